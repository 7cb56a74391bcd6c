"""Read content/ and seeds/ into plain notes, remembering file and line.

Loading never raises for an editor's mistake: it returns the notes it could
build and a list of problems for the rest. Checking what the notes say (that
references resolve, that quotes are verbatim) is check.py's job.

Only plain files inside the project are read: a link that leaves it (to
/proc/self/environ, to a file outside the repository) and a pipe or device
are reported unread, and so is a file in content/ that is not a note.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .convert import build_note
from .model import EMPTY_STORY, KINDS, Notes, Story
from .problems import Problem, shown
from .yaml_lines import LineMap, parse_yaml

MAX_NOTE_BYTES = 1_000_000
"""A note larger than this is surely a mistake (a pasted file): refuse it unread."""
MAX_SEED_BYTES = 20_000_000
FOLDERS = {kind + "s": kind for kind in KINDS}
"""content/actors/ and content/actors.yml both hold actors, and so on."""
NOTE_SUFFIXES = (".md", ".yml", ".yaml")
STORY_FILE = "story.md"
"""content/story.md: the story note (model.Story), one per explainer."""
ANY_ID = "*"
"""(kind, ANY_ID) in Loaded.broken: a file of that kind could not be read, so any id of that kind may exist."""
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")


@dataclasses.dataclass
class Loaded:
    """What loading found: the notes it could build and what went wrong."""

    notes: Notes
    problems: list[Problem]
    broken: set[tuple[str, str]]
    """(kind, id) of notes that exist but could not be built: not 'unknown' elsewhere (see ANY_ID)."""


def load_notes(content_dir: Path, seeds_dir: Path, root: Path | None = None) -> Loaded:
    """Read every note under content_dir and every seed under seeds_dir."""
    root = root or content_dir.parent
    problems: list[Problem] = []
    built: dict[str, list[Any]] = {kind: [] for kind in KINDS}
    broken: set[tuple[str, str]] = set()
    files = _walk(content_dir, root, problems)
    note_files = [p for p in files if _is_note(p, _rel(p, root), problems)]
    if not note_files:
        problems.append(
            Problem(_rel(content_dir, root), 0, "", "no notes found: add notes under content/ (see the editor's guide)")
        )
    story_path = content_dir / STORY_FILE
    # Only a file _walk found is read: a link out of the project is refused there.
    story = _read_story(story_path, story_path in note_files, root, problems) if note_files else EMPTY_STORY
    for path in note_files:
        rel = _rel(path, root)
        if path == content_dir / STORY_FILE:
            continue
        kind = _kind_of(path.relative_to(content_dir))
        if kind is None:
            where = ", ".join(f"content/{folder}/" for folder in FOLDERS)
            problems.append(Problem(rel, 0, "", f"not a kind of note: put it in one of {where}"))
            continue
        before = len(problems)
        records = list(_read_records(path, rel, problems))
        if len(problems) > before:  # the file exists but was not (all) read: no "unknown id" elsewhere
            broken.add((kind, path.stem if path.suffix == ".md" else ANY_ID))
        for raw, line, implied_id in records:
            note = build_note(KINDS[kind], raw, rel, line, implied_id, problems)
            if note is None:
                broken.add((kind, str(implied_id or raw.get("id", ""))))
            else:
                built[kind].append(note)
    seeds = _read_seeds(seeds_dir, root, problems)
    notes = Notes(**{kind + "s": tuple(items) for kind, items in built.items()}, seeds=seeds)  # type: ignore[arg-type]
    notes = dataclasses.replace(notes, story=story)
    return Loaded(notes, problems, broken)


def load_story(content_dir: Path, root: Path, problems: list[Problem]) -> Story:
    """The story note alone (content/story.md), for tools that need no other note."""
    path = content_dir / STORY_FILE
    return _read_story(path, path in _walk(content_dir, root, problems, deep=False), root, problems)


def _read_story(path: Path, found: bool, root: Path, problems: list[Problem]) -> Story:
    """The story note, or the empty story with a problem saying what to do."""
    rel = _rel(path, root)
    if not found:
        message = (
            "no story note: write content/story.md (the question, the sides, the relation types; "
            "`python -m explainer init` writes one to fill in, and the editor's guide shows every field)"
        )
        problems.append(Problem(rel, 0, "", message))
        return EMPTY_STORY
    for raw, line, implied_id in _read_records(path, rel, problems):
        story = build_note(Story, raw, rel, line, implied_id, problems)
        if isinstance(story, Story):
            return story
    return EMPTY_STORY


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _kind_of(rel: Path) -> str | None:
    return FOLDERS.get(rel.parts[0] if len(rel.parts) > 1 else rel.stem)


def _walk(folder: Path, root: Path, problems: list[Problem], deep: bool = True) -> list[Path]:
    """Every file in folder (and its sub-folders when deep), sorted, all inside the project.

    A link is followed only where it stays inside root; one that leaves is reported
    and not read. Hidden files (.DS_Store) and editors' backups (note.md~) are skipped.
    """
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
            problems.append(
                Problem(_rel(current, root), 0, "", f"cannot be read ({err.strerror}): check its permissions")
            )
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith(".") or entry.name.endswith("~"):
                continue
            if entry.is_symlink() and not path.resolve().is_relative_to(real_root):
                _refuse_link(path, root, problems)
            elif entry.is_dir():
                pending += [path] if deep else []
            else:
                found.append(path)  # a plain file or not, _read_text says
    return sorted(found)


def _refuse_link(path: Path, root: Path, problems: list[Problem]) -> None:
    message = "links to a place outside the project, so it is not read: put the file itself here"
    problems.append(Problem(_rel(path, root), 0, "", message))


def _is_note(path: Path, rel: str, problems: list[Problem]) -> bool:
    """Whether a file in content/ is a note; a problem for any other file, which would be ignored unseen."""
    if path.suffix in NOTE_SUFFIXES:
        return path.name != "README.md"
    suffix = path.suffix.lower()
    if suffix in _MARKDOWN_SUFFIXES or suffix in NOTE_SUFFIXES:
        name = path.stem + (".md" if suffix in _MARKDOWN_SUFFIXES else ".yml")
        problems.append(
            Problem(rel, 0, "", f"not read: a note's name ends in .md or .yml, in lower case: rename it {name}")
        )
    else:
        problems.append(
            Problem(
                rel,
                0,
                "",
                "not a note, so not read: notes are .md files (one note) or .yml files (a list of notes); "
                "move this file out of content/",
            )
        )
    return False


def _read_text(path: Path, rel: str, limit: int, problems: list[Problem]) -> str | None:
    """The UTF-8 text of a plain file (found by _walk), or None with a problem."""
    try:
        # Non-blocking, so that a pipe is refused rather than waited on.
        handle = os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb")
    except FileNotFoundError:
        problems.append(Problem(rel, 0, "", "links to a file that does not exist: remove the link or fix it"))
        return None
    except OSError as err:
        problems.append(Problem(rel, 0, "", f"cannot be read ({err.strerror}): check its permissions"))
        return None
    with handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            message = "not a plain file (a pipe, socket or device), so it is not read: remove it"
            problems.append(Problem(rel, 0, "", message))
            return None
        size = info.st_size
        data = handle.read(limit + 1) if size <= limit else b""
    size = max(size, len(data))
    if size > limit:  # a file's size may lie (those in /proc say 0): what was read counts too
        problems.append(Problem(rel, 0, "", f"file is {size:,} bytes, over the {limit:,} limit: is it the right file?"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        problems.append(
            Problem(rel, line, "", f"not UTF-8 text (byte 0x{data[err.start]:02x}): save the file as UTF-8")
        )
        return None
    if not text.strip():
        problems.append(Problem(rel, 0, "", "file is empty: write the note or delete the file"))
        return None
    return text.removeprefix("\ufeff")


def _read_records(path: Path, rel: str, problems: list[Problem]) -> Iterator[tuple[LineMap, int, str | None]]:
    """Yield each raw note in a file with its line and, for .md notes, the id its name implies."""
    text = _read_text(path, rel, MAX_NOTE_BYTES, problems)
    if text is None:
        return
    if path.suffix == ".md":
        front, body, body_line = _split_front_matter(text, rel, problems)
        if front is None:
            return
        before = len(problems)
        data = parse_yaml("\n" + front, rel, 0, problems)  # the newline keeps file line numbers
        if data is None and len(problems) > before:
            return
        if data is None:  # no fields at all: build_note says which are missing
            data = LineMap()
            data.line, data.key_lines = 2, {}
        if not isinstance(data, LineMap):
            problems.append(Problem(rel, 2, "", "front matter must be `field: value` lines"))
            return
        if body.strip():
            data["body"] = body.strip("\n")
            data.key_lines["body"] = body_line + len(body) - len(body.lstrip("\n"))
        yield data, data.line, path.stem
        return
    data = parse_yaml(text, rel, 0, problems)
    if data is None:
        return
    if not isinstance(data, list):
        problems.append(Problem(rel, 1, "", "expected a list of notes, each starting with `- id: ...`"))
        return
    for item in data:
        if isinstance(item, LineMap):
            yield item, item.line, None
        else:
            problems.append(
                Problem(rel, 0, "", f"list item {shown(item)} is not a note: write `- id: ...` and its fields")
            )


def _split_front_matter(text: str, rel: str, problems: list[Problem]) -> tuple[str | None, str, int]:
    """Return (front matter, body, line the body starts on)."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        problems.append(Problem(rel, 1, "", "a note starts with a `---` line, then its fields, then `---`"))
        return None, "", 0
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    problems.append(Problem(rel, 1, "", "front matter is not closed: add a `---` line after the fields"))
    return None, "", 0


def _read_seeds(seeds_dir: Path, root: Path, problems: list[Problem]) -> dict[str, str]:
    seeds: dict[str, str] = {}
    for path in _walk(seeds_dir, root, problems, deep=False):
        if path.name != "README.md":
            text = _read_text(path, _rel(path, root), MAX_SEED_BYTES, problems)
            if text is not None:
                seeds[path.name] = text
    return seeds
