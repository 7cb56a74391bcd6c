"""Notes written as editors write them: new notes to fill in, and examples for the guide.

A new note has every field, each under a comment saying what it means. It
passes `make check` as written, without claiming anything false:

- text the editor must write (a name, a title, a definition) is a TODO
  placeholder, which the check accepts but `find_unfinished` reports, so
  `make serve` shows it and `make site` refuses to publish it;
- facts the check must resolve (the source cited, who said a quote, the quote's
  words, an event's date) are copied from an existing note of the same kind,
  and their comment says so. Copied words are verbatim and correctly
  attributed, so nothing untrue can slip out; a quote or figure still holding
  the copied words is reported as unfinished too, because it repeats another.
"""

from __future__ import annotations

import dataclasses
import json
import re
import textwrap
import typing
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from .fields import STORY_CHOICES, VERBATIM, FieldInfo, bare, field_meaning, field_words, fields_of
from .lang import Told, say, told
from .model import KINDS, NESTED, STORY_PARTS, Notes, PartialDate, Story
from .passages import Marked, write_marks
from .problems import Problem

LIST_KINDS = ("relation", "event", "quote", "figure")
"""Kinds kept as YAML lists (content/events.yml); the rest are one Markdown file each."""
_NO_MARKS = Marked("\0", (), ())
TODO = "TODO"
_TODO = re.compile(r"\bTODO\b")
_BARE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def note_path(kind: str, note_id: str) -> str:
    """Where `new` writes a note, relative to content/."""
    folder = kind + "s"
    return f"{folder}/{note_id}.yml" if kind in LIST_KINDS else f"{folder}/{note_id}.md"


def render_template(kind: str, note_id: str, today: str, notes: Notes) -> str:
    """The text of a new note of this kind, every field present and explained in the story's language."""
    cls = KINDS[kind]
    language = notes.language
    example = example_note(notes, kind)
    infos = fields_of(cls)
    values: dict[str, Any] = {}
    comments: dict[str, list[str]] = {}
    needs_todo = not any(_is_prose(cls, i) and i.required for i in infos)
    for info in infos:
        value, copied = _placeholder(cls, info, note_id, today, notes, example)
        if needs_todo and _is_prose(cls, info) and not info.required:
            value, needs_todo = _todo(language, cls, info), False
        values[info.name] = value
        comments[info.name] = _comment(language, cls, info, copied)
    if kind == "source":
        comments["seed"] += _seed_hint(notes, note_id)
        values["seed"] = values["seed"] or _matching_seed(notes, note_id)
    if values.get("body") and comments.get("body"):  # said where the body goes: below the front matter
        comments["body"][0] = say(language, "new.below", comment=comments["body"][0])
    header = say(language, "new.header", kind=kind).split("\n")
    return write_note(kind, values, comments, header)


def _todo(language: str, cls: type, info: FieldInfo) -> str:
    """The placeholder for text only the editor can write: TODO and what the field means."""
    return f"{TODO}: {field_words(language, cls, info)[1]}"


def write_note(
    kind: str,
    values: dict[str, Any],
    comments: dict[str, list[str]] | None = None,
    header: list[str] | None = None,
) -> str:
    """A note as YAML (a list item) or as Markdown with front matter, as the loader reads it.

    kind "story" writes the story note (content/story.md)."""
    comments = comments or {}
    hints = {i.name: i.hint for i in fields_of(Story if kind == "story" else KINDS[kind])}
    lines: list[str] = []
    for name, value in values.items():
        if name == "body" or (name == "id" and kind not in LIST_KINDS):
            continue
        lines += [f"# {c}" for c in comments.get(name, [])]
        lines += _field_lines(name, hints[name], value)
    if kind in LIST_KINDS:
        item = _as_list_item(lines)
        return "\n".join([*(f"# {h}" for h in header or []), *item]) + "\n"
    body = values.get("body") or ""
    if body:
        lines += [f"# {c}" for c in comments.get("body", [])]
    front = ["---", *(f"# {h}" for h in header or []), *lines, "---"]
    return "\n".join(front) + "\n" + (f"{body}\n" if body else "")


def note_values(note: Any) -> dict[str, Any]:
    """A loaded note's fields as written, markers included, leaving out those at their default."""
    values = {}
    written = dict(note.origin.marks) if hasattr(note, "origin") else {}
    for info in fields_of(type(note)):
        value = getattr(note, info.name)
        if info.required or value != info.default:
            values[info.name] = value
        marked = written.get(info.name)
        if isinstance(value, str) and marked and marked.marks and marked.text.rstrip() == value:
            values[info.name] = write_marks(marked).rstrip()
        elif isinstance(value, tuple) and any(key.startswith(f"{info.name}[") for key in written):
            values[info.name] = tuple(_item_marks(info.name, i, item, written) for i, item in enumerate(value))
    return values


def _item_marks(name: str, index: int, item: Any, written: dict[str, Any]) -> Any:
    """An item of a list field (an evidence point, a story's page text) with its markers written back."""
    changes = {}
    for field in dataclasses.fields(item):
        marked = written.get(f"{name}[{index}].{field.name}", _NO_MARKS)
        if marked is not _NO_MARKS and marked.text.rstrip() == getattr(item, field.name):
            changes[field.name] = write_marks(marked).rstrip()
    return dataclasses.replace(item, **changes) if changes else item


def example_note(notes: Notes, kind: str) -> Any | None:
    """A typical note of this kind among those that set the most fields: the fullest example.

    Typical means its length is nearest the middle of theirs: not a one-word quote,
    not the longest essay.
    """
    candidates = list(getattr(notes, kind + "s"))
    if not candidates:
        return None
    sizes = [len(note_values(n)) for n in candidates]
    most = max(sizes)
    fullest = sorted(
        (n for n, size in zip(candidates, sizes, strict=True) if size == most), key=lambda n: (len(repr(n)), n.id)
    )
    return fullest[len(fullest) // 2]


def find_unfinished(notes: Notes) -> list[Problem]:
    """Notes still holding what `make new` wrote: TODO text, or a copied quote or figure."""
    found: list[Problem] = []
    for kind, cls in KINDS.items():
        for note in getattr(notes, kind + "s"):
            for info in fields_of(cls):
                value = getattr(note, info.name)
                texts = [p.text for p in value] if info.name.startswith("evidence_") else [value]
                if any(isinstance(t, str) and _TODO.search(t) for t in texts):
                    meaning = field_meaning(cls, info.name)
                    if info.required:
                        fix = told("check.template.todo", meaning=meaning)
                    else:
                        fix = told("check.template.todo.optional", meaning=meaning)
                    found.append(Problem(note.origin.path, note.origin.line_of(info.name), info.name, fix))
    found += _unfinished_story(notes)
    found += _repeated(notes.quotes, "text", lambda q: q.text, _same_quote)
    found += _repeated(notes.figures, "value", lambda f: (f.value, f.label), _same_figure)
    return sorted(set(found))


def _same_quote(first: Any) -> Told:
    return told("check.template.same-quote", id=first.id, at=f"{first.origin.path}:{first.origin.line}")


def _same_figure(first: Any) -> Told:
    return told("check.template.same-figure", id=first.id, at=f"{first.origin.path}:{first.origin.line}")


def _unfinished_story(notes: Notes) -> list[Problem]:
    """TODOs that `python -m explainer init` left in the story note and the seeds."""
    story, found = notes.story, []
    parts: list[tuple[Any, int]] = [(story, 0)]
    parts += [(side, side.line) for side in story.sides] + [(kind, kind.line) for kind in story.relation_types]
    for part, line in parts:
        for info in fields_of(type(part)):
            value = getattr(part, info.name)
            if isinstance(value, str) and _TODO.search(value):
                at = line or story.origin.line_of(info.name)
                message = told("check.template.init-todo", meaning=field_meaning(type(part), info.name))
                found.append(Problem(story.origin.path, at, info.name, message))
    for name, text in notes.seeds.items():
        if text.startswith(TODO):
            found.append(Problem(f"seeds/{name}", 1, "", told("check.template.init-seed")))
    return found


def _repeated(items: tuple[Any, ...], field: str, key: Any, same_as: Callable[[Any], Told]) -> list[Problem]:
    """A problem for each note whose field repeats an earlier one's: same_as says which it repeats."""
    groups: dict[Any, list[Any]] = defaultdict(list)
    for note in items:
        groups[key(note)].append(note)
    found = []
    for group in groups.values():
        group.sort(key=lambda n: (n.origin.path, n.origin.line))
        first = group[0]
        for note in group[1:]:
            found.append(Problem(note.origin.path, note.origin.line_of(field), field, same_as(first)))
    return found


def _is_prose(cls: type, info: FieldInfo) -> bool:
    return (
        info.type == "text"
        and not info.choices
        and (cls, info.name) not in VERBATIM
        and (cls, info.name) not in STORY_CHOICES
    )


def _placeholder(
    cls: type, info: FieldInfo, note_id: str, today: str, notes: Notes, example: Any | None
) -> tuple[Any, str]:
    """The value a new note starts with, and the example it was copied from ('' if none)."""
    if info.name == "id":
        return note_id, ""
    if info.name == "updated":
        return PartialDate(*(int(p) for p in today.split("-"))), ""
    if info.name == "body":
        return _todo(notes.language, cls, info), ""
    if (cls, info.name) in STORY_CHOICES and not info.required:
        return notes.story.default_side, ""
    if not info.required:
        return info.default, ""
    if _is_prose(cls, info):
        return _todo(notes.language, cls, info), ""
    if example is not None:
        kind = next(k for k, c in KINDS.items() if c is cls)
        return getattr(example, info.name), f"{kind} {example.id!r}"
    if info.name == "sources":
        seeded = [s.id for s in notes.sources if s.seed in notes.seeds] or [s.id for s in notes.sources]
        return tuple(seeded[:1]), ""
    return ("", "") if bare(info.hint) is str else (None, "")


def _comment(language: str, cls: type, info: FieldInfo, copied: str) -> list[str]:
    type_said, meaning = field_words(language, cls, info)
    what = [say(language, "new.required" if info.required else "new.optional"), type_said]
    if info.choices and ", ".join(info.choices) not in meaning:
        what.append(say(language, "new.one-of", choices=", ".join(info.choices)))
    lines = [meaning, " · ".join(what)]
    if copied:
        lines.append(say(language, "new.copied", example=copied))
    return lines


def _seed_hint(notes: Notes, note_id: str) -> list[str]:
    cited = {s.seed for s in notes.sources}
    uncited = sorted(name for name in notes.seeds if name not in cited)
    if uncited:
        return [say(notes.language, "new.seed.uncited", files=", ".join(uncited))]
    return [say(notes.language, "new.seed.first")]


def _matching_seed(notes: Notes, note_id: str) -> str:
    return next((name for name in sorted(notes.seeds) if name.rsplit(".", 1)[0] == note_id), "")


def _field_lines(name: str, hint: Any, value: Any) -> list[str]:
    nested = typing.get_args(bare(hint))[0] if typing.get_origin(bare(hint)) is tuple else None
    if nested in NESTED or nested in STORY_PARTS:
        if not value:
            return [f"{name}: []"]
        lines = [f"{name}:"]
        for point in value:
            point_lines = [
                line
                for info in fields_of(nested)
                if info.required or getattr(point, info.name) != info.default
                for line in _field_lines(info.name, info.hint, getattr(point, info.name))
            ]
            lines += ["  " + ("- " if i == 0 else "  ") + line for i, line in enumerate(point_lines)]
        return lines
    if isinstance(value, str) and "^[" in value and name != "body":
        # Markers hold quote marks and colons: a folded block keeps them as written, and readable.
        return [f"{name}: >-", *("  " + line for line in textwrap.wrap(value, 100, break_on_hyphens=False))]
    return [f"{name}: {_yaml(value)}".rstrip()]


def _yaml(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        return f'"{value.iso()}"'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(_yaml(v) for v in value) + "]"
    if dataclasses.is_dataclass(value):
        raise TypeError(f"cannot write {value!r} inline")  # evidence is written by _field_lines
    text = str(value)
    if _BARE.match(text) and text not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def _as_list_item(lines: list[str]) -> list[str]:
    """Field lines as one `- id: ...` item of a YAML list, comments kept with their field."""
    out = []
    first = True
    for line in lines:
        if first and not line.startswith("#"):
            out.append("- " + line)
            first = False
        else:
            out.append("  " + line)
    return out
