"""The notes for other tools: one JSON file, its JSON Schema, and an Atom feed of changes.

The schema is generated from the dataclasses in model.py, like the editor's
guide, so the file and its description cannot disagree. The feed is written
by the standard library's ElementTree: well-formed Atom without hand-made XML
(feedgen, used before, cost a build more to import, lxml and dateutil, than
to write the feed).
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import posixpath
import typing
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .check import SLUG
from .claims import owner_of, passage_sources, statements
from .fields import FieldInfo, bare, fields_of, is_optional
from .lang import date_phrase, date_words, say
from .model import KINDS, NESTED, Notes, PartialDate
from .pages import CHANGES_PAGE, DATA, FEED, SCHEMA, page_url, where
from .render.changes import by_day_and_page, change_summary, day_anchor, list_changes
from .render.corrections import list_corrections, plain_sentence
from .render.markup import attr
from .render.page import all_notes, last_updated, reporting_up_to
from .text_rules import strip_invisible

_ATOM = "http://www.w3.org/2005/Atom"
FEED_LIMIT = 100
"""The feed holds the newest this-many entries (one per page and day), so it stays small."""
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_EXTRA = {
    "file": ("string", "The note's file in the project, relative to its root (content/actors/<id>.md)."),
    "page": ("string", "Where the note is shown, relative to the site's root (timeline/#landing)."),
}
_SENTENCES = {
    "type": "array",
    "description": "Each sentence readers see of the note, as published: its voice (reporting, context or "
    "analysis), and for reporting the passages that prove it, the source's exact words.",
    "items": {
        "type": "object",
        "required": ["field", "text", "voice", "passages"],
        "additionalProperties": False,
        "properties": {
            "field": {"type": "string", "description": "The field it is in: role, body, evidence_for[0].text …"},
            "text": {"type": "string", "description": "The sentence as readers see it, markers left out."},
            "voice": {"enum": ["reporting", "context", "analysis"]},
            "passages": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["source", "words"],
                    "additionalProperties": False,
                    "properties": {
                        "source": {"type": "string", "description": "The id of the source whose text holds them."},
                        "words": {"type": "string", "description": "The source's exact words, one unbroken run."},
                    },
                },
            },
            "basis": {"type": "string", "description": "For context, where it comes from; for analysis, a note."},
        },
    },
}


def notes_as_data(notes: Notes, title: str = "") -> dict[str, Any]:
    """Every note as plain JSON values, each with its file and its place on the site."""
    newest = reporting_up_to(notes)
    updated = last_updated(all_notes(notes))
    data: dict[str, Any] = {
        "$schema": posixpath.basename(SCHEMA),
        "title": title,
        "reporting_up_to": newest.iso() if newest else None,
        "updated": updated.iso() if updated else None,
    }
    for kind, cls in KINDS.items():
        items = []
        for note in getattr(notes, kind + "s"):
            item = {info.name: _value(getattr(note, info.name)) for info in fields_of(cls)}
            item["file"] = note.origin.path
            item["page"] = page_url(*where(notes, kind, note.id))
            if kind == "actor" and not item["side"]:  # left out in the note: the story's default side
                item["side"] = notes.story.default_side
            item["sentences"] = _sentences(notes, note)
            items.append(item)
        data[kind + "s"] = items
    story = notes.story
    data["story"] = {
        "file": story.origin.path,
        "sentences": _sentences(notes, story),
        "corrections": [_value(c) for c in story.corrections],
    }
    return data


def _sentences(notes: Notes, note: Any) -> list[dict[str, Any]]:
    """Each sentence readers see of the note, as published, with its voice and its passages:
    enough for anyone to check the site against its sources again."""
    found = []
    for key, marked in statements(note):
        default = next(iter(passage_sources(notes, owner_of(note, key))), "")
        found += [
            {
                "field": key,
                "text": sentence.text,
                "voice": sentence.voice,
                "passages": [{"source": m.source or default, "words": m.words} for m in sentence.passages],
                **({"basis": sentence.marks[0].words} if sentence.voice != "reporting" and sentence.marks else {}),
            }
            for sentence in marked.sentences
            if not sentence.aside
        ]
    return found


def _value(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if type(value) in NESTED:
        return {info.name: _value(getattr(value, info.name)) for info in fields_of(type(value))}
    if isinstance(value, tuple):
        return [_value(v) for v in value]
    return value


def json_schema(title: str = "") -> dict[str, Any]:
    """A JSON Schema (2020-12) for notes_as_data, made from model.py's field list."""
    date = {"type": "string", "pattern": DATE_PATTERN}
    defs = {cls.__name__: _object_schema(cls, extra=cls not in NESTED) for cls in (*KINDS.values(), *NESTED)}
    properties: dict[str, Any] = {
        "$schema": {"type": "string", "description": "The schema's file name, beside this file."},
        "title": {"type": "string", "description": "The explainer's title."},
        "reporting_up_to": {
            "anyOf": [date, {"type": "null"}],
            "description": "Publication date of the newest dated source.",
        },
        "updated": {"anyOf": [date, {"type": "null"}], "description": "The newest `updated` date of any note."},
    }
    for kind, cls in KINDS.items():
        properties[kind + "s"] = {
            "type": "array",
            "items": {"$ref": f"#/$defs/{cls.__name__}"},
            "description": f"Every {kind} note. {cls.__doc__}",
        }
    properties["story"] = {
        "type": "object",
        "description": "What readers read of the story note: the central page's intro, the pages' descriptions "
        "and cards, each sentence with its voice and passages; and the note's corrections.",
        "required": ["file", "sentences", "corrections"],
        "additionalProperties": False,
        "properties": {
            "file": {"type": "string", "description": "The story note's file: content/story.md."},
            "sentences": _SENTENCES,
            "corrections": {"type": "array", "items": {"$ref": "#/$defs/Correction"}},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": posixpath.basename(SCHEMA),
        "title": f"{title}: notes" if title else "Explainer notes",
        "description": "Every note of the explainer, as published in " + posixpath.basename(DATA) + ".",
        "type": "object",
        "required": list(properties),
        "additionalProperties": False,
        "properties": properties,
        "$defs": defs,
    }


def _object_schema(cls: type, extra: bool) -> dict[str, Any]:
    properties = {info.name: _field_schema(info) for info in fields_of(cls)}
    if extra:
        properties.update({name: {"type": kind, "description": doc} for name, (kind, doc) in _EXTRA.items()})
        properties["sentences"] = _SENTENCES
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip(),
        "required": list(properties),
        "additionalProperties": False,
        "properties": properties,
    }


def _field_schema(info: FieldInfo) -> dict[str, Any]:
    schema = _type_schema(info.name, bare(info.hint))
    if info.choices:
        schema["enum"] = list(info.choices)
    if is_optional(info.hint):
        schema = {"anyOf": [schema, {"type": "null"}]}
    written = "required" if info.required else "optional"
    schema["description"] = f"{info.doc} ({written} in a note; {info.type})"
    return schema


def _type_schema(name: str, hint: Any) -> dict[str, Any]:
    if hint is PartialDate:
        return {"type": "string", "pattern": DATE_PATTERN}
    if hint is int:
        return {"type": "integer"}
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if item in NESTED:
            return {"type": "array", "items": {"$ref": f"#/$defs/{item.__name__}"}}
        return {"type": "array", "items": _type_schema(name, item)}
    if hint is str:
        return {"type": "string", "pattern": SLUG.pattern} if name == "id" else {"type": "string"}
    raise TypeError(f"no JSON Schema for {hint!r}")  # a new type in model.py needs a line here


def to_json(data: dict[str, Any]) -> str:
    """json.dumps(data, ensure_ascii=False, indent=1) with a newline, made three times faster: with an
    indent, json encodes in Python, a generator per list and dict. Anything but text, numbers, true,
    false, null, lists and text-keyed objects goes to json.dumps itself."""
    try:
        return _indented(data, "\n") + "\n"
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


class _NotPlain(Exception):
    """A value _indented leaves to json.dumps."""


def _indented(value: Any, newline: str) -> str:
    """value as json.dumps(value, ensure_ascii=False, indent=1) writes it at the depth newline indents."""
    if isinstance(value, str):
        return _json_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float) and math.isfinite(value):
        return float.__repr__(value)
    inner = newline + " "
    if isinstance(value, (list, tuple)):
        return f"[{inner}{f',{inner}'.join(_indented(item, inner) for item in value)}{newline}]" if value else "[]"
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        items = f",{inner}".join(f"{_json_string(key)}: {_indented(item, inner)}" for key, item in value.items())
        return f"{{{inner}{items}{newline}}}" if value else "{}"
    raise _NotPlain


_json_string: Callable[[str], str] = json.encoder.encode_basestring


@dataclass(frozen=True)
class _Entry:
    """One entry of the feed, in the order it is written."""

    id: str
    title: str
    updated: _dt.datetime
    content: str
    """HTML, escaped again in the XML."""
    link: str


def render_feed(notes: Notes, site_url: str, title: str, description: str = "") -> bytes:
    """An Atom feed with one entry per page and day of change, newest first."""
    # XML cannot hold every character a note might (the check refuses them; a preview still builds).
    base = strip_invisible(site_url if site_url.endswith("/") else site_url + "/")
    title, description = strip_invisible(title), strip_invisible(description)
    language = notes.language
    # One entry per correction and one per page and day of change, all newest first (a correction
    # before the changes of its day: a reader following the story needs it most).
    entries: list[tuple[tuple[int, int, int], int, _Entry]] = []
    for corrected in list_corrections(notes):
        href = strip_invisible(base + page_url(corrected.page, corrected.anchor))
        words = date_words(language, corrected.correction.date)
        said = attr(strip_invisible(plain_sentence(language, corrected.correction)))
        entry = _Entry(
            href,
            strip_invisible(say(language, "correction.title", date=words)),
            _when(corrected.correction.date),
            f"<p>{said}</p>",
            href,
        )
        entries.append((corrected.correction.date.sort_key(), 0, entry))
    changes = list_changes(notes)
    pages = [(date, page, on_page) for date, by_page in by_day_and_page(changes) for page, on_page in by_page]
    for date, page, on_page in pages[:FEED_LIMIT]:
        summary = change_summary(notes, on_page)
        items = "".join(
            f'<li><a href="{attr(base + page_url(c.page, c.anchor))}">{attr(c.label)}</a></li>' for c in on_page
        )
        said = say(language, "feed.updated-on", date=date_phrase(language, "on", date))
        entry = _Entry(
            strip_invisible(f"{base}{page_url(CHANGES_PAGE)}#{day_anchor(date)}/{page_url(page).strip('/') or 'home'}"),
            strip_invisible(say(language, "feed.entry", page=on_page[0].page_title, summary=summary)),
            _when(date),
            f"<p>{said}</p><ul>{items}</ul>",
            strip_invisible(base + page_url(page)),
        )
        entries.append((date.sort_key(), 1, entry))
    entries.sort(key=lambda e: (tuple(-part for part in e[0]), e[1]))  # stable: each kind keeps its order
    newest = entries[0][2].updated if entries else _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)
    # Written with the standard library's ElementTree, which escapes text and attributes.
    feed = ET.Element("feed", {"xmlns": _ATOM, "xml:lang": language})
    _add(feed, "id", base + FEED)
    _add(feed, "title", say(language, "feed.title", title=title))
    _add(feed, "updated", newest.isoformat())
    _add(_add(feed, "author"), "name", title)
    _add(feed, "link", href=base + FEED, rel="self", type="application/atom+xml")
    _add(feed, "link", href=base + page_url(CHANGES_PAGE), rel="alternate", type="text/html")
    _add(feed, "subtitle", description or say(language, "feed.subtitle", title=title))
    for _, _, entry in entries:
        element = _add(feed, "entry")
        _add(element, "id", entry.id)
        _add(element, "title", entry.title)
        _add(element, "updated", entry.updated.isoformat())
        _add(element, "content", entry.content, type="html")
        _add(element, "link", href=entry.link)
    ET.indent(feed, space="  ")
    xml: bytes = ET.tostring(feed, encoding="UTF-8", xml_declaration=True)
    return xml + b"\n"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = text
    return element


def _when(date: PartialDate) -> _dt.datetime:
    return _dt.datetime(date.year, date.month or 1, date.day or 1, tzinfo=_dt.UTC)


def feed_link_tag(href: str, title: str) -> str:
    """The <link> that lets browsers and feed readers find the feed from a page."""
    return f'<link rel="alternate" type="application/atom+xml" title="{attr(title)}" href="{attr(href)}">'


def add_to_head(html: str, tag: str) -> str:
    """The page with tag added at the end of its <head>, once."""
    if tag in html or "</head>" not in html:
        return html
    return html.replace("</head>", f"  {tag}\n  </head>", 1)
