"""A new note with every field present and explained, ready to fill in."""

from __future__ import annotations

import dataclasses
import types
import typing

from .model import KINDS

LIST_KINDS = ("relation", "event", "quote", "figure")
"""Kinds kept as YAML lists (content/events.yml); the rest are one Markdown file each."""
_SKIP = ("origin", "line", "body")
_EXAMPLES = {
    "sources": "[the-week]",
    "updated": '"2026-11-25"',
    "date": '"2019-03"',
}


def note_path(kind: str, note_id: str) -> str:
    """Where `new` writes a note, relative to content/."""
    folder = kind + "s"
    return f"{folder}/{note_id}.yml" if kind in LIST_KINDS else f"{folder}/{note_id}.md"


def render_template(kind: str, note_id: str, today: str) -> str:
    """The text of a new note of this kind: required fields first, each with its doc."""
    cls = KINDS[kind]
    hints = typing.get_type_hints(cls)
    lines: list[str] = []
    for f in dataclasses.fields(cls):
        if f.name in _SKIP or (f.name == "id" and kind not in LIST_KINDS):
            continue
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        lines.append(f"# {f.metadata.get('doc', '')}{' (required)' if required else ' (optional)'}")
        lines.append(f"{f.name}: {_placeholder(f.name, hints[f.name], note_id, today, required)}")
    if kind in LIST_KINDS:
        return _list_note(lines)
    return "---\n" + "\n".join(lines) + "\n---\n\nWrite the note's text here, in your own words.\n"


def _list_note(lines: list[str]) -> str:
    out = []
    first_field = True
    for line in lines:
        if line.startswith("#"):
            out.append("  " + line)
        elif first_field:
            out.append("- " + line)
            first_field = False
        else:
            out.append("  " + line)
    return "\n".join(out) + "\n"


def _placeholder(name: str, hint: typing.Any, note_id: str, today: str, required: bool) -> str:
    if name == "id":
        return note_id
    if name == "updated":
        return f'"{today}"'
    if name in _EXAMPLES and required:
        return _EXAMPLES[name]
    if typing.get_origin(hint) is tuple:
        return "[]"
    if hint is int:
        return "0"
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return ""
    return '""'
