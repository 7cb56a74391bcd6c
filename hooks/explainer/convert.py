"""Turn one note as written (a YAML mapping) into its dataclass, checking types.

The dataclass fields are the schema: required fields, types, unknown keys
with a suggestion for a misspelling. Problems name the file, line and field.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import difflib
import functools
import re
import types
import typing
from typing import Any

import yaml

from .claims import take_marks
from .fields import LOADER_FIELDS, field_meaning, type_hints
from .lang import Told, told
from .model import NESTED, STORY_PARTS, Evidence, Origin, PartialDate
from .problems import Problem, shown
from .yaml_lines import LineMap, Plain, field_name

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
"""2019, 2019-03 or 2019-03-25, in ASCII digits only (\\d would take full-width and other digits too)."""
_WHOLE = re.compile(r"[-+]?[0-9]{1,18}")
_RESOLVER = yaml.resolver.Resolver()


@functools.cache
def _loaded_fields(cls: type) -> tuple[dict[str, dataclasses.Field[Any]], bool]:
    """The fields an editor may write (by name), and whether the note keeps an Origin."""
    every = dataclasses.fields(cls)
    return {f.name: f for f in every if f.name not in LOADER_FIELDS}, any(f.name == "origin" for f in every)


@functools.cache
def _shape(hint: Any) -> tuple[bool, Any, Any, tuple[Any, ...]]:
    """A field's type read once: (optional, the type without None, its origin, its arguments)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        hint = next(a for a in args if a is not type(None))
        return True, hint, typing.get_origin(hint), typing.get_args(hint)
    return False, hint, origin, args


def build_note(
    cls: type, raw: LineMap, rel: str, line: int, implied_id: str | None, problems: list[Problem]
) -> Any | None:
    """Turn one raw mapping into a note, or record why it cannot be."""
    hints = type_hints(cls)
    fields, keeps_origin = _loaded_fields(cls)
    values: dict[str, Any] = {}
    before = len(problems)
    if implied_id is not None:
        if "id" in raw and raw["id"] != implied_id:
            differs = told("check.convert.id-differs", id=shown(raw["id"]))
            problems.append(Problem(rel, raw.key_lines.get("id", line), "id", differs))
        values["id"] = implied_id
    misspelt: set[str] = set()
    for key, value in raw.items():
        key_line = raw.key_lines.get(str(key), line)
        if key == "id" and implied_id is not None:
            continue
        if key not in fields:
            close = difflib.get_close_matches(str(key), [f for f in fields if f not in raw], n=1)
            if close:
                unknown = told("check.convert.unknown-field.close", name=close[0])
            else:
                unknown = told("check.convert.unknown-field", fields=", ".join(fields))
            problems.append(Problem(rel, key_line, field_name(key), unknown))
            misspelt.update(close)
            continue
        converted = _convert(hints[key], value, rel, key_line, str(key), problems)
        if converted is not _INVALID:
            values[key] = converted
    for name, f in fields.items():
        no_default = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if no_default and name not in values and name not in raw and name not in misspelt:
            example = "[source-id]" if "sources" in name else "..."
            meaning = field_meaning(cls, name)
            missing = told("check.convert.missing", name=name, example=example, meaning=meaning)
            problems.append(Problem(rel, line, name, missing))
    if len(problems) > before:
        return None
    if keeps_origin:
        nested = {**_nested_lines(raw), **raw.key_lines}
        marks, errors = take_marks(values, nested)
        problems += [Problem(rel, at or line, name, message) for name, at, message in errors]
        field_lines = {**nested, **_point_lines(values)}
        values["origin"] = Origin(rel, line, tuple(sorted(field_lines.items())), marks)
    else:
        values["line"] = line
    return cls(**values)


_INVALID = object()


def _point_lines(values: dict[str, Any]) -> dict[str, int]:
    """The line of each evidence point's text, keyed as claims.py keys its markers."""
    return {
        f"{name}[{index}].text": point.line
        for name, value in values.items()
        if isinstance(value, tuple)
        for index, point in enumerate(value)
        if isinstance(point, Evidence)
    }


def _nested_lines(raw: LineMap) -> dict[str, int]:
    """The line of each field of each item of a list field, keyed "pages[0].description"."""
    return {
        f"{name}[{index}].{key}": at
        for name, value in raw.items()
        if isinstance(value, list)
        for index, item in enumerate(value)
        if isinstance(item, LineMap)
        for key, at in item.key_lines.items()
    }


def _kind_of_value(value: Any) -> Told:
    """What an editor wrote, in YAML's words rather than Python's."""
    if isinstance(value, dict):
        return told("check.convert.a-set-of-fields")
    if isinstance(value, list):
        return told("check.convert.a-list")
    if value is None:
        return told("check.convert.nothing")
    if isinstance(value, Plain):
        tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
        if tag.endswith(":bool"):
            return told("check.convert.true-false")
        if tag.endswith((":int", ":float")):
            return told("check.convert.a-number")
    return told("check.convert.text")


_ITEMS = {
    "point": told("check.convert.items.point"),
    "correction": told("check.convert.items.correction"),
    "side": told("check.convert.items.side"),
    "relation type": told("check.convert.items.relation-type"),
    "page": told("check.convert.items.page"),
}
"""Items of a list field (model.NESTED, model.STORY_PARTS), by the guide's word for one: their plural."""


def convert_field(cls: type, name: str, value: Any, rel: str, line: int, problems: list[Problem]) -> Any:
    """One field of a note as its dataclass types it, or None with problems naming rel and line."""
    converted = _convert(type_hints(cls)[name], value, rel, line, name, problems)
    return None if converted is _INVALID else converted


def _convert(hint: Any, value: Any, rel: str, line: int, name: str, problems: list[Problem]) -> Any:
    """Convert one YAML value (text as written, a list, fields or None) to the field's type.

    Or record a problem and return _INVALID.
    """
    optional, hint, origin, args = _shape(hint)
    if optional and value is None:
        return None

    def wrong(expected: Told) -> object:
        found = told("check.convert.expected", expected=expected, found=_kind_of_value(value), value=shown(value))
        problems.append(Problem(rel, line, name, found))
        return _INVALID

    if hint is str:
        # Text as written: `title: 20:30` is "20:30", `role: 0755` is "0755", `value: 1e3` is "1e3".
        return str(value).strip() if isinstance(value, str) else wrong(told("check.convert.text"))
    if hint is int:
        # Written plainly and in decimal: "3" in quotes is text, and 010 is ten, not YAML 1.1's eight.
        if isinstance(value, Plain) and _WHOLE.fullmatch(value):
            return int(value)
        return wrong(told("check.convert.a-whole-number"))
    if hint is PartialDate:
        return _date(value, rel, line, name, problems)
    if origin is tuple:
        item_hint = args[0]
        if isinstance(value, str) and item_hint is str:
            value = [value]
        if value is None:
            return ()
        if not isinstance(value, list):
            return wrong(told("check.convert.a-list"))
        items = []
        for item in value:
            if item_hint in NESTED or item_hint in STORY_PARTS:
                if not isinstance(item, LineMap):
                    first = next(iter(type_hints(item_hint)))
                    one = NESTED.get(item_hint) or STORY_PARTS[item_hint]
                    return wrong(told("check.convert.a-list-of", items=_ITEMS[one], first=first))
                built = build_note(item_hint, item, rel, item.line, None, problems)
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
    """A PartialDate from 2019, 2019-03 or 2019-03-25: a real month and day, and no year 0."""
    match = _DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            if year:
                _dt.date(year, 1 if month is None else month, 1 if day is None else day)
                return PartialDate(year, month, day)
        except ValueError:
            pass
    problems.append(Problem(rel, line, name, told("check.convert.not-a-date", value=shown(value))))
    return _INVALID
