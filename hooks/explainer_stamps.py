"""Fingerprints of what a page depends on, for hooks/explainer_incremental.py.

Each is plain data or a digest of it: equal fingerprints, equal inputs. What
cannot be told apart safely (an object printed with its address) gives a
fingerprint that never matches, so the page is built again.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page
from mkdocs.theme import Theme

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


def nav_items(items: Any) -> list[Any]:
    """Every title and address in the nav, in order."""
    out: list[Any] = []
    for item in items:
        if isinstance(item, Section):
            out.append(("section", item.title, nav_items(item.children)))
        elif isinstance(item, Page):
            out.append(("page", item.title, item.url, item.file.src_uri))
        else:
            out.append((type(item).__name__, item.title, getattr(item, "url", None)))
    return out


def toc_stamp(toc: Any) -> list[Any]:
    """A page's table of contents."""
    return [(i.title, i.id, i.level, toc_stamp(i.children)) for i in toc]


def theme_files(theme: Theme) -> list[tuple[str, int, int]]:
    """Every file of the theme's folders; hidden folders (Material's 14,000 icons) only in custom_dir."""
    stamp: list[tuple[str, int, int]] = []
    for folder in theme.dirs:
        for parent, subfolders, names in os.walk(folder):
            if folder != theme.custom_dir:
                subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            subfolders.sort()
            for name in sorted(names):
                stat = os.stat(os.path.join(parent, name))
                stamp.append((os.path.join(parent, name), stat.st_mtime_ns, stat.st_size))
    return stamp


def files_stamp(files: Files) -> list[tuple[str, str, str, str]]:
    """Every file of the site, where it goes and its address: links between pages depend on them."""
    return [(f.src_uri, f.dest_uri, f.url, f.inclusion.name) for f in files]


def config_file(config: MkDocsConfig) -> bytes:
    """mkdocs.yml as written."""
    path = config.config_file_path
    return Path(path).read_bytes() if path and Path(path).is_file() else b""


def today() -> str:
    """The build's day: pages' update dates and the sitemap's."""
    return datetime.date.today().isoformat()


def stable(value: Any, depth: int = 0) -> Any:
    """The config as plain data: plugins by their settings, modules by name."""
    if depth > 30:
        return "..."
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Theme):
        return ("theme", value.name, list(value.dirs), stable(dict(value), depth + 1))
    if isinstance(value, Mapping):
        return [(repr(k), stable(v, depth + 1)) for k, v in value.items()]
    if isinstance(value, list | tuple):
        return [stable(v, depth + 1) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(repr(stable(v, depth + 1)) for v in value)
    settings = getattr(value, "config", None)
    if isinstance(settings, Mapping):
        return (type(value).__qualname__, stable(settings, depth + 1))
    name = getattr(value, "__name__", None)
    if name is not None:
        return (type(value).__qualname__, name)
    text = repr(value)
    return (type(value).__qualname__, text if " at 0x" not in text else "")


def digest(*parts: Any) -> str:
    """A short digest of plain data (text is hashed as it is: a page's HTML is not copied by repr)."""
    hashed = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = (
            part.encode("utf-8", "surrogatepass")
            if isinstance(part, str)
            else repr(part).encode("utf-8", "surrogatepass")
        )
        hashed.update(b"s" if isinstance(part, str) else b"r")
        hashed.update(len(data).to_bytes(8, "big"))
        hashed.update(data)
    return hashed.hexdigest()


@contextmanager
def captured(logger: logging.Logger) -> Iterator[list[logging.LogRecord]]:
    """What this thread logs to logger meanwhile (info and up), to log again when the step is skipped."""
    records: list[logging.LogRecord] = []
    handler = _Collect(records)
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)


class _Collect(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.INFO)
        self.records = records
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.records.append(record)


def replay(records: list[logging.LogRecord]) -> None:
    """Log again what a skipped step logged."""
    for record in records:
        logging.getLogger(record.name).handle(record)
