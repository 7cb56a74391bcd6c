"""Read content/ and seeds/ into plain notes, remembering file and line.

Loading never raises for an editor's mistake: it returns the notes it could
build and a list of problems for the rest. Checking what the notes say (that
references resolve, that quotes are verbatim) is check.py's job.

Files come from the project's folders on disk or, given texts, from memory
(reading.py): the same notes and problems either way. A file in content/ that
is not a note is reported unread.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from .convert import build_note
from .lang import told
from .model import EMPTY_STORY, KINDS, Notes, Story
from .problems import Problem, shown
from .reading import DISK, InMemory, Reader, rel_path
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


def load_notes(
    content_dir: Path, seeds_dir: Path, root: Path | None = None, texts: Mapping[str, str] | None = None
) -> Loaded:
    """Read every note under content_dir and every seed under seeds_dir.

    Given texts ({path from root: text}), the files are those texts, and nothing on disk is read.
    """
    root = root or content_dir.parent
    reader: Reader = DISK if texts is None else InMemory(texts)
    problems: list[Problem] = []
    built: dict[str, list[Any]] = {kind: [] for kind in KINDS}
    broken: set[tuple[str, str]] = set()
    files = reader.walk(content_dir, root, problems)
    note_files = [p for p in files if _is_note(p, rel_path(p, root), problems)]
    if not note_files:
        problems.append(Problem(rel_path(content_dir, root), 0, "", told("check.load.no-notes")))
    story_path = content_dir / STORY_FILE
    # Only a file the reader found is read: a link out of the project is refused there.
    found = story_path in note_files
    story = _read_story(reader, story_path, found, root, problems) if note_files else EMPTY_STORY
    for path in note_files:
        rel = rel_path(path, root)
        if path == story_path:
            continue
        kind = _kind_of(path, content_dir)
        if kind is None:
            where = ", ".join(f"content/{folder}/" for folder in FOLDERS)
            problems.append(Problem(rel, 0, "", told("check.load.not-a-kind", folders=where)))
            continue
        text = reader.read(path, rel, MAX_NOTE_BYTES, problems)
        if text is None:  # the file exists but was not read: no "unknown id" elsewhere
            broken.add((kind, path.stem if path.suffix == ".md" else ANY_ID))
            continue
        read = _read_file(kind, rel, text)
        built[kind] += read.notes
        problems += read.problems
        broken |= read.broken
    seeds = _read_seeds(reader, seeds_dir, root, problems)
    notes = Notes(**{kind + "s": tuple(items) for kind, items in built.items()}, seeds=seeds)  # type: ignore[arg-type]
    notes = dataclasses.replace(notes, story=story)
    return Loaded(notes, problems, broken)


def load_story(content_dir: Path, root: Path, problems: list[Problem]) -> Story:
    """The story note alone (content/story.md), for tools that need no other note."""
    path = content_dir / STORY_FILE
    return _read_story(DISK, path, path in DISK.walk(content_dir, root, problems, deep=False), root, problems)


@dataclasses.dataclass(frozen=True)
class _File:
    """What one file of notes holds."""

    notes: tuple[Any, ...]
    problems: tuple[Problem, ...]
    broken: frozenset[tuple[str, str]]


@functools.lru_cache(maxsize=8192)
def _read_file(kind: str, rel: str, text: str) -> _File:
    """The notes of one file (kind "story": the story note), built from its text; remembered, so that a file read again unchanged
    (by the editor's guide, which checks a tiny project once per example, or by `make serve`) is
    not parsed again. Notes are frozen: the same ones can be handed out twice."""
    problems: list[Problem] = []
    broken: set[tuple[str, str]] = set()
    markdown = rel.endswith(".md")
    stem = PurePosixPath(rel).stem
    records = list(_records(text, rel, stem if markdown else None, problems))
    if problems:  # the file was not all read: no "unknown id" elsewhere
        broken.add((kind, stem if markdown else ANY_ID))
    notes = []
    for raw, line, implied_id in records:
        note = build_note(Story if kind == "story" else KINDS[kind], raw, rel, line, implied_id, problems)
        if note is None:
            broken.add((kind, str(implied_id or raw.get("id", ""))))
        else:
            notes.append(note)
    return _File(tuple(notes), tuple(problems), frozenset(broken))


def _read_story(reader: Reader, path: Path, found: bool, root: Path, problems: list[Problem]) -> Story:
    """The story note, or the empty story with a problem saying what to do."""
    rel = rel_path(path, root)
    if not found:
        problems.append(Problem(rel, 0, "", told("check.load.no-story")))
        return EMPTY_STORY
    text = reader.read(path, rel, MAX_NOTE_BYTES, problems)
    if text is None:
        return EMPTY_STORY
    read = _read_file("story", rel, text)
    problems += read.problems
    return read.notes[0] if read.notes else EMPTY_STORY


@functools.lru_cache(maxsize=4096)
def _kind_of(path: Path, content_dir: Path) -> str | None:
    parts = path.relative_to(content_dir).parts
    return FOLDERS.get(parts[0] if len(parts) > 1 else path.stem)


def _is_note(path: Path, rel: str, problems: list[Problem]) -> bool:
    """Whether a file in content/ is a note; a problem for any other file, which would be ignored unseen."""
    if path.suffix in NOTE_SUFFIXES:
        return path.name != "README.md"
    suffix = path.suffix.lower()
    if suffix in _MARKDOWN_SUFFIXES or suffix in NOTE_SUFFIXES:
        name = path.stem + (".md" if suffix in _MARKDOWN_SUFFIXES else ".yml")
        problems.append(Problem(rel, 0, "", told("check.load.rename", name=name)))
    else:
        problems.append(Problem(rel, 0, "", told("check.load.not-a-note")))
    return False


def _records(
    text: str, rel: str, implied_id: str | None, problems: list[Problem]
) -> Iterator[tuple[LineMap, int, str | None]]:
    """Yield each raw note in a file's text with its line and, for a .md note, the id its name implies."""
    if implied_id is not None:
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
            problems.append(Problem(rel, 2, "", told("check.load.front-matter-fields")))
            return
        if body.strip():
            data["body"] = body.strip("\n")
            data.key_lines["body"] = body_line + len(body) - len(body.lstrip("\n"))
        yield data, data.line, implied_id
        return
    data = parse_yaml(text, rel, 0, problems)
    if data is None:
        return
    if not isinstance(data, list):
        problems.append(Problem(rel, 1, "", told("check.load.not-a-list")))
        return
    for item in data:
        if isinstance(item, LineMap):
            yield item, item.line, None
        else:
            problems.append(Problem(rel, 0, "", told("check.load.item-not-a-note", item=shown(item))))


def _split_front_matter(text: str, rel: str, problems: list[Problem]) -> tuple[str | None, str, int]:
    """Return (front matter, body, line the body starts on)."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        problems.append(Problem(rel, 1, "", told("check.load.no-front-matter")))
        return None, "", 0
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    problems.append(Problem(rel, 1, "", told("check.load.front-matter-open")))
    return None, "", 0


def _read_seeds(reader: Reader, seeds_dir: Path, root: Path, problems: list[Problem]) -> dict[str, str]:
    seeds: dict[str, str] = {}
    for path in reader.walk(seeds_dir, root, problems, deep=False):
        if path.name != "README.md":
            text = reader.read(path, rel_path(path, root), MAX_SEED_BYTES, problems)
            if text is not None:
                seeds[path.name] = text
    return seeds
