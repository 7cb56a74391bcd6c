"""Where a project's files come from: its folders on disk, or texts held in memory.

Loading (load.py) asks a reader for the files in a folder and for a file's
text; both readers answer the same way, so a project held in memory is loaded
and checked exactly as it would be from disk, with the same paths and lines in
its problems. The editor's guide checks its example mistakes in memory: no
temporary folder, no file written.

On disk, only plain files inside the project are read: a link that leaves it
(to /proc/self/environ, to a file outside the repository) and a pipe or device
are reported unread.
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .lang import told
from .problems import Problem


class Reader(Protocol):
    """What loading needs from a project's files."""

    def walk(self, folder: Path, root: Path, problems: list[Problem], deep: bool = True) -> list[Path]:
        """Every file in folder (and its sub-folders when deep), sorted; hidden files and backups left out."""
        ...

    def read(self, path: Path, rel: str, limit: int, problems: list[Problem]) -> str | None:
        """The text of a file walk found, or None with a problem."""
        ...


@functools.lru_cache(maxsize=4096)
def rel_path(path: Path, root: Path) -> str:
    """path from root, as problems name it (remembered: the guide's tiny projects name the same files)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


class Disk:
    """The project's folders on disk, guarded: links that leave the project and special files are refused."""

    def walk(self, folder: Path, root: Path, problems: list[Problem], deep: bool = True) -> list[Path]:
        """A link is followed only where it stays inside root; one that leaves is reported and not read."""
        real_root = root.resolve()
        found: list[Path] = []
        seen: set[Path] = set()
        pending = [folder] if folder.is_dir() else []
        if pending and not folder.resolve().is_relative_to(real_root):
            _refuse_link(folder, root, problems)
            pending = []
        while pending:
            current = pending.pop()
            real = current.resolve()
            if real in seen:
                continue  # a link back to a folder already read
            seen.add(real)
            try:
                entries = list(os.scandir(current))
            except OSError as err:
                unread = told("check.reading.cannot-read", reason=str(err.strerror))
                problems.append(Problem(rel_path(current, root), 0, "", unread))
                continue
            for entry in entries:
                path = Path(entry.path)
                if _skipped(entry.name):
                    continue
                if entry.is_symlink() and not path.resolve().is_relative_to(real_root):
                    _refuse_link(path, root, problems)
                elif entry.is_dir():
                    pending += [path] if deep else []
                else:
                    found.append(path)  # a plain file or not, read says
        return sorted(found)

    def read(self, path: Path, rel: str, limit: int, problems: list[Problem]) -> str | None:
        """The UTF-8 text of a plain file."""
        try:
            # Non-blocking, so that a pipe is refused rather than waited on.
            handle = os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb")
        except FileNotFoundError:
            problems.append(Problem(rel, 0, "", told("check.reading.broken-link")))
            return None
        except OSError as err:
            problems.append(Problem(rel, 0, "", told("check.reading.cannot-read", reason=str(err.strerror))))
            return None
        with handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                problems.append(Problem(rel, 0, "", told("check.reading.not-plain")))
                return None
            size = info.st_size
            data = b""
            if size <= limit:
                # As much as the file says it holds, and one byte more: a file that said too little (those in
                # /proc say 0) is read on, up to the limit. Asking for the limit at once costs its buffer.
                data = handle.read(size + 1)
                if len(data) > size:
                    data += handle.read(limit + 1 - len(data))
        # A file's size may lie (those in /proc say 0): what was read counts too.
        return _decode(data, max(size, len(data)), rel, limit, problems)


@dataclass(frozen=True)
class InMemory:
    """A project's files as texts, by their path from the project's root (content/actors/russia.md)."""

    texts: Mapping[str, str]

    def walk(self, folder: Path, root: Path, problems: list[Problem], deep: bool = True) -> list[Path]:
        found = []
        for rel in self.texts:
            path, inside = _inside(root, rel, folder)
            if inside is None:
                continue
            if (deep or len(inside) == 1) and not any(_skipped(part) for part in inside):
                found.append(path)
        return sorted(found)

    def read(self, path: Path, rel: str, limit: int, problems: list[Problem]) -> str | None:
        data = self.texts[rel].encode("utf-8")
        return _decode(data, len(data), rel, limit, problems)


DISK = Disk()


@functools.lru_cache(maxsize=4096)
def _inside(root: Path, rel: str, folder: Path) -> tuple[Path, tuple[str, ...] | None]:
    """The file at rel from root, and its path's parts from folder (None when outside it); remembered, as
    the guide's tiny projects hold the same files."""
    path = root / rel
    return path, path.relative_to(folder).parts if path.is_relative_to(folder) else None


def _skipped(name: str) -> bool:
    """Hidden files (.DS_Store) and editors' backups (note.md~) are not the editor's notes."""
    return name.startswith(".") or name.endswith("~")


def _refuse_link(path: Path, root: Path, problems: list[Problem]) -> None:
    problems.append(Problem(rel_path(path, root), 0, "", told("check.reading.link-out")))


def _decode(data: bytes, size: int, rel: str, limit: int, problems: list[Problem]) -> str | None:
    """A file's bytes as text, or None with a problem: too large, not UTF-8, or empty."""
    if size > limit:
        problems.append(Problem(rel, 0, "", told("check.reading.too-large", size=size, limit=limit)))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        problems.append(Problem(rel, line, "", told("check.reading.not-utf8", byte=data[err.start])))
        return None
    if not text.strip():
        problems.append(Problem(rel, 0, "", told("check.reading.empty")))
        return None
    return text.removeprefix("\ufeff")
