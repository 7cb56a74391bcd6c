"""Read content/ and seeds/ into plain notes, remembering file and line.

Loading never raises for an editor's mistake: it returns the notes it could
build and a list of problems for the rest. Checking what the notes say (that
references resolve, that quotes are verbatim) is check.py's job.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import difflib
import functools
import re
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from .model import KINDS, Evidence, Notes, Origin, PartialDate
from .problems import Problem

MAX_NOTE_BYTES = 1_000_000
"""A note larger than this is surely a mistake (a pasted file): refuse it unread."""
MAX_SEED_BYTES = 20_000_000
FOLDERS = {kind + "s": kind for kind in KINDS}
"""content/actors/ and content/actors.yml both hold actors, and so on."""
_LOADER_FIELDS = ("origin", "line")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclasses.dataclass
class Loaded:
    """What loading found: the notes it could build and what went wrong."""

    notes: Notes
    problems: list[Problem]
    broken: set[tuple[str, str]]
    """(kind, id) of notes that exist but could not be built: not 'unknown' elsewhere."""


class _Map(dict[str, Any]):
    """A YAML mapping that remembers the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


def _line_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    items = yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=True)
    mapping = _Map({str(k): v for k, v in items.items()})
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {str(key.value): key.start_mark.line + 1 for key, _ in node.value if hasattr(key, "value")}
    return mapping


class _LineLoader(yaml.SafeLoader):
    """Safe YAML, keeping line numbers, with dates left as text for us to read."""

    construct_mapping = _line_mapping


try:
    _CSafeLoader: type[Any] = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _CSafeLoader = yaml.SafeLoader


class _FastLineLoader(_CSafeLoader):  # type: ignore[misc]
    """_LineLoader on libyaml: the same notes from the same YAML, several times faster.

    Its error messages differ, so a file it cannot read is read again with
    _LineLoader for the message editors see. tools/bench.py measured the gain;
    45,000 generated texts read alike with both (see _PYYAML_ONLY).
    """

    construct_mapping = _line_mapping


def _timestamp_as_text(loader: _LineLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _line_mapping)


def load_notes(content_dir: Path, seeds_dir: Path, root: Path | None = None) -> Loaded:
    """Read every note under content_dir and every seed under seeds_dir."""
    root = root or content_dir.parent
    problems: list[Problem] = []
    built: dict[str, list[Any]] = {kind: [] for kind in KINDS}
    broken: set[tuple[str, str]] = set()
    files = sorted(p for p in content_dir.rglob("*") if p.is_file()) if content_dir.is_dir() else []
    note_files = [p for p in files if p.suffix in (".md", ".yml", ".yaml") and p.name != "README.md"]
    if not note_files:
        problems.append(
            Problem(_rel(content_dir, root), 0, "", "no notes found: add notes under content/ (see the editor's guide)")
        )
    for path in note_files:
        rel = _rel(path, root)
        kind = _kind_of(path.relative_to(content_dir))
        if kind is None:
            where = ", ".join(f"content/{folder}/" for folder in FOLDERS)
            problems.append(Problem(rel, 0, "", f"not a kind of note: put it in one of {where}"))
            continue
        records = list(_read_records(path, rel, problems))
        if path.suffix == ".md" and not records:
            broken.add((kind, path.stem))  # unreadable, but it exists: no "unknown id" elsewhere
        for raw, line, implied_id in records:
            note = _build(KINDS[kind], raw, rel, line, implied_id, problems)
            if note is None:
                broken.add((kind, str(implied_id or raw.get("id", ""))))
            else:
                built[kind].append(note)
    seeds = _read_seeds(seeds_dir, root, problems)
    notes = Notes(**{kind + "s": tuple(items) for kind, items in built.items()}, seeds=seeds)
    return Loaded(notes, problems, broken)


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _kind_of(rel: Path) -> str | None:
    return FOLDERS.get(rel.parts[0] if len(rel.parts) > 1 else rel.stem)


def _read_text(path: Path, rel: str, limit: int, problems: list[Problem]) -> str | None:
    size = path.stat().st_size
    if size > limit:
        problems.append(Problem(rel, 0, "", f"file is {size:,} bytes, over the {limit:,} limit: is it the right file?"))
        return None
    data = path.read_bytes()
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


def _read_records(path: Path, rel: str, problems: list[Problem]) -> Iterator[tuple[_Map, int, str | None]]:
    """Yield each raw note in a file with its line and, for .md notes, the id its name implies."""
    text = _read_text(path, rel, MAX_NOTE_BYTES, problems)
    if text is None:
        return
    if path.suffix == ".md":
        front, body, body_line = _split_front_matter(text, rel, problems)
        if front is None:
            return
        data = _parse_yaml("\n" + front, rel, 0, problems)  # the newline keeps file line numbers
        if data is None:
            return
        if not isinstance(data, _Map):
            problems.append(Problem(rel, 2, "", "front matter must be `field: value` lines"))
            return
        if body.strip():
            data["body"] = body.strip("\n")
            data.key_lines["body"] = body_line + len(body) - len(body.lstrip("\n"))
        yield data, data.line, path.stem
        return
    data = _parse_yaml(text, rel, 0, problems)
    if data is None:
        return
    if not isinstance(data, list):
        problems.append(Problem(rel, 1, "", "expected a list of notes, each starting with `- id: ...`"))
        return
    for item in data:
        if isinstance(item, _Map):
            yield item, item.line, None
        else:
            problems.append(Problem(rel, 0, "", f"list item {item!r} is not a note: write `- id: ...` and its fields"))


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


_PYYAML_ONLY = ("\t", "\ufeff", "!")
"""libyaml reads tabs, stray byte-order marks and tags differently from PyYAML: PyYAML reads text with any."""
_FAST_DEPTH = 100
"""Deeper YAML goes to PyYAML, whose nesting limit (a RecursionError) libyaml does not share."""
_SLOW = object()


def _load_fast(text: str) -> Any:
    """The YAML read by libyaml, or _SLOW where PyYAML might read it differently or not at all."""
    if any(mark in text for mark in _PYYAML_ONLY):
        return _SLOW
    loader = _FastLineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        # Depth as PyYAML's composer recurses: in document order, an alias's node only once.
        seen: set[int] = set()
        stack: list[tuple[yaml.Node, int]] = [(node, 1)]
        while stack:
            current, depth = stack.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            if depth > _FAST_DEPTH:
                return _SLOW
            children = current.value if isinstance(current, yaml.SequenceNode) else []
            if isinstance(current, yaml.MappingNode):
                children = [child for pair in current.value for child in pair]
            stack += [(child, depth + 1) for child in reversed(children)]
        return loader.construct_document(node)
    except (yaml.YAMLError, RecursionError):
        return _SLOW
    finally:
        loader.dispose()


def _parse_yaml(text: str, rel: str, offset: int, problems: list[Problem]) -> Any:
    data = _load_fast(text)
    if data is not _SLOW:
        return data
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = offset + mark.line + 1 if mark is not None else offset + 1
        what = getattr(err, "problem", None) or str(err)
        context = getattr(err, "context", None)
        context_mark = getattr(err, "context_mark", None)
        if context and context_mark is not None:
            context += f" started on line {offset + context_mark.line + 1}"
        detail = f"{what} ({context})" if context else what
        hint = "check indentation, and quote text that holds ':' or starts with a symbol"
        problems.append(Problem(rel, line, "", f"YAML could not be read: {detail}; {hint}"))
        return None
    except RecursionError:
        problems.append(Problem(rel, offset + 1, "", "YAML is nested too deeply to read"))
        return None


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(cls: type, raw: _Map, rel: str, line: int, implied_id: str | None, problems: list[Problem]) -> Any | None:
    """Turn one raw mapping into a note, or record why it cannot be."""
    hints = _type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in _LOADER_FIELDS}
    values: dict[str, Any] = {}
    before = len(problems)
    if implied_id is not None:
        if "id" in raw and raw["id"] != implied_id:
            problems.append(
                Problem(
                    rel,
                    raw.key_lines.get("id", line),
                    "id",
                    f"id {raw['id']!r} differs from the file name: remove the id line",
                )
            )
        values["id"] = implied_id
    misspelt: set[str] = set()
    for key, value in raw.items():
        key_line = raw.key_lines.get(str(key), line)
        if key == "id" and implied_id is not None:
            continue
        if key not in fields:
            close = difflib.get_close_matches(str(key), [f for f in fields if f not in raw], n=1)
            hint = f"did you mean `{close[0]}`?" if close else "allowed: " + ", ".join(fields)
            problems.append(Problem(rel, key_line, str(key), f"unknown field: {hint}"))
            misspelt.update(close)
            continue
        converted = _convert(hints[key], value, rel, key_line, str(key), problems)
        if converted is not _INVALID:
            values[key] = converted
    for name, f in fields.items():
        no_default = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if no_default and name not in values and name not in raw and name not in misspelt:
            example = "the-week" if "sources" in name else "..."
            problems.append(
                Problem(
                    rel, line, name, f"missing required field: add `{name}: {example}` ({f.metadata.get('doc', '')})"
                )
            )
    if len(problems) > before:
        return None
    if "origin" in {f.name for f in dataclasses.fields(cls)}:
        values["origin"] = Origin(rel, line, tuple(sorted(raw.key_lines.items())))
    else:
        values["line"] = line
    return cls(**values)


_INVALID = object()


def _convert(hint: Any, value: Any, rel: str, line: int, name: str, problems: list[Problem]) -> Any:
    """Convert one YAML value to the field's type, or record a problem and return _INVALID."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)) and type(None) in args:
        if value is None:
            return None
        hint = next(a for a in args if a is not type(None))
        origin, args = typing.get_origin(hint), typing.get_args(hint)

    def wrong(expected: str) -> object:
        shown = repr(value) if len(repr(value)) < 60 else repr(value)[:57] + "..."
        problems.append(Problem(rel, line, name, f"expected {expected}, found {type(value).__name__} {shown}"))
        return _INVALID

    if hint is str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return wrong("text")
        return str(value).strip()
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return wrong("a whole number")
        return value
    if hint is PartialDate:
        return _date(value, rel, line, name, problems)
    if origin is tuple:
        item_hint = args[0]
        if isinstance(value, (str, int)) and item_hint is str:
            value = [value]
        if value is None:
            return ()
        if not isinstance(value, list):
            return wrong("a list")
        items = []
        for item in value:
            if item_hint is Evidence:
                if not isinstance(item, _Map):
                    return wrong("a list of points, each `- text: ...` with `sources:`")
                built = _build(Evidence, item, rel, item.line, None, problems)
                if built is None:
                    return _INVALID
                items.append(built)
            else:
                converted = _convert(item_hint, item, rel, line, name, problems)
                if converted is _INVALID:
                    return _INVALID
                items.append(converted)
        return tuple(items)
    raise TypeError(f"no conversion for {hint!r}")  # a programming error, not an editor's


def _date(value: Any, rel: str, line: int, name: str, problems: list[Problem]) -> Any:
    text = str(value).strip() if isinstance(value, (str, int, _dt.date)) and not isinstance(value, bool) else ""
    match = _DATE.match(text)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            _dt.date(year or 1, month or 1, day or 1)
            return PartialDate(year or 1, month, day)
        except ValueError:
            pass
    problems.append(
        Problem(
            rel,
            line,
            name,
            f"{value!r} is not a date: write 2019, 2019-03 or 2019-03-25, only as precise as the source",
        )
    )
    return _INVALID


def _read_seeds(seeds_dir: Path, root: Path, problems: list[Problem]) -> dict[str, str]:
    seeds: dict[str, str] = {}
    if not seeds_dir.is_dir():
        return seeds
    for path in sorted(seeds_dir.iterdir()):
        if path.is_file() and not path.name.startswith(".") and path.name != "README.md":
            text = _read_text(path, _rel(path, root), MAX_SEED_BYTES, problems)
            if text is not None:
                seeds[path.name] = text
    return seeds
