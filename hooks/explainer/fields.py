"""What each field of each kind of note is, read from the dataclasses in model.py.

The new-note template, the editor's guide and the JSON Schema all describe
fields through `fields_of`, so none of them can drift from the model.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass
from typing import Any

from . import model
from .lang import DEFAULT, Told, say
from .model import NESTED, STORY_PARTS, PartialDate

LOADER_FIELDS = ("origin", "line")
"""Fields the loader fills in; editors never write them."""

CHOICES: dict[tuple[type, str], tuple[str, ...]] = {
    **{(cls, "status"): model.STATUSES for cls in (model.Relation, model.Event, model.Quote, model.Figure)},
    (model.Side, "in_dispute"): ("yes", "no"),
    (model.RelationType, "colour"): model.COLOURS,
    (model.RelationType, "dash"): tuple(model.DASHES),
    (model.RelationType, "end"): model.ENDS,
    (model.PageText, "page"): model.PAGE_KEYS,
    (model.Source, "kind"): model.SOURCE_KINDS,
    (model.Actor, "kind"): model.ACTOR_KINDS,
}
"""The values a field may take, where check.py allows only some; an actor's side and a relation's
type take the ids the story note gives (story_choices)."""


STORY_CHOICES = ((model.Actor, "side"), (model.Relation, "type"))
"""Fields whose values the story note lists."""


def story_choices(story: model.Story) -> dict[tuple[type, str], tuple[str, ...]]:
    """The values the story note allows: its sides for an actor's side, its relation types for a type."""
    return {
        (model.Actor, "side"): tuple(s.id for s in story.sides),
        (model.Relation, "type"): tuple(t.id for t in story.relation_types),
    }


REFERENCES: dict[str, str] = {
    "sources": "source",
    "reported_by": "source",
    "actors": "actor",
    "about": "actor",
    "argued_by": "actor",
    "speaker": "actor",
    "subject": "actor",
    "object": "actor",
    "country": "actor",
    "party": "actor",
    "quote": "quote",
    "figure": "figure",
}
"""Fields that hold the id of another note, and the kind of note they name."""

VERBATIM = {(model.Quote, "text"), (model.Figure, "value")}
"""Fields the check looks up word for word in the source's text."""


@dataclass(frozen=True)
class FieldInfo:
    """One field of one kind of note, as an editor needs to know it."""

    name: str
    required: bool
    type: str
    """The type in words: 'text', 'date', 'list of actor ids' …"""
    doc: str
    hint: Any
    """The Python type, for code that needs more than words."""
    choices: tuple[str, ...] = ()
    default: Any = None
    """The value when the field is left out (None when required)."""


_READ: dict[type, tuple[FieldInfo, ...]] = {}


def fields_of(cls: type) -> tuple[FieldInfo, ...]:
    """Every field an editor may write for this kind of note, in model order."""
    if cls not in _READ:  # reading type hints is slow, and a build asks hundreds of times
        _READ[cls] = _read_fields(cls)
    return _READ[cls]


@functools.cache
def type_hints(cls: type) -> dict[str, Any]:
    """A kind's fields' types, read once (typing reads each written annotation anew: slow)."""
    return typing.get_type_hints(cls)


def _read_fields(cls: type) -> tuple[FieldInfo, ...]:
    hints = type_hints(cls)
    infos = []
    for f in dataclasses.fields(cls):
        if f.name in LOADER_FIELDS:
            continue
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if required:
            default = None
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = f.default
        choices = CHOICES.get((cls, f.name), ())
        infos.append(
            FieldInfo(
                name=f.name,
                required=required,
                type=type_words(f.name, hints[f.name]),
                doc=f.metadata.get("doc", ""),
                hint=hints[f.name],
                choices=choices,
                default=default,
            )
        )
    return tuple(infos)


def is_optional(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint)


def bare(hint: Any) -> Any:
    """The type without its `| None`."""
    if is_optional(hint):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def type_words(name: str, hint: Any, language: str = DEFAULT) -> str:
    """A field's type as the guide says it, in the language: 'list of actor ids'."""
    hint = bare(hint)
    if name == "body":
        return say(language, "type.body")
    if hint is PartialDate:
        return say(language, "type.date")
    if hint is int:
        return say(language, "type.number")
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if item in NESTED or item in STORY_PARTS:
            return say(language, f"type.items.{NESTED.get(item) or STORY_PARTS[item]}")
        if name in REFERENCES:
            return say(language, "type.refs", kind=say(language, f"type.ref.{REFERENCES[name]}"))
        return say(language, "type.texts")
    if name in REFERENCES:
        return say(language, "type.ref", kind=say(language, f"type.ref.{REFERENCES[name]}"))
    if name == "id":
        return say(language, "type.id")
    return say(language, "type.text")


def field_words(language: str, cls: type, info: FieldInfo) -> tuple[str, str]:
    """A field's type and what it means, in the language (lang/<code>_guide.py; English: model.py's docs)."""
    return type_words(info.name, info.hint, language), say(language, f"field.{cls.__name__}.{info.name}")


def kind_words(language: str, cls: type) -> str:
    """What a kind of note is, in the language: English is its class docstring."""
    return say(language, f"about.{cls.__name__}")


def field_meaning(cls: type, name: str) -> Told:
    """What a field means, kept until the language is known (the guide's field.<Class>.<name>: in
    English, model.py's doc). Every field an editor writes has these words in every table."""
    return Told(f"field.{cls.__name__}.{name}")
