"""What every generated page carries: its front matter and its age."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import Any

from ..lang import date_words
from ..model import Notes, PartialDate
from ..text_rules import strip_invisible
from .markup import per_notes


@per_notes
def reporting_up_to(notes: Notes) -> PartialDate | None:
    """The publication date of the newest dated source."""
    dates = [s.date for s in notes.sources if s.date is not None]
    return max(dates, key=lambda d: d.sort_key()) if dates else None


def last_updated(items: Iterable[Any]) -> PartialDate | None:
    """The newest `updated` date among some notes."""
    dates = [n.updated for n in items if getattr(n, "updated", None) is not None]
    return max(dates, key=lambda d: d.sort_key()) if dates else None


def all_notes(notes: Notes) -> list[Any]:
    return [
        *notes.sources,
        *notes.actors,
        *notes.relations,
        *notes.events,
        *notes.quotes,
        *notes.figures,
        *notes.explanations,
        *notes.terms,
    ]


def front_matter(notes: Notes, title: str, description: str, updated_from: Iterable[Any] | None = None) -> str:
    """YAML front matter for a generated page: its title, description and dates.

    The hook reads `reporting_up_to` and `updated` back from page.meta to show
    the page's age; JSON strings are valid YAML, so any title is safe here.
    """
    # MkDocs templates print titles and descriptions unescaped: escape them here.
    meta: dict[str, str] = {
        "title": html.escape(strip_invisible(title), quote=True),
        "description": html.escape(" ".join(strip_invisible(description).split()), quote=True),
    }
    newest = reporting_up_to(notes)
    if newest is not None:
        meta["reporting_up_to"] = date_words(notes.language, newest)
    updated = last_updated(all_notes(notes) if updated_from is None else updated_from)
    if updated is not None:
        meta["updated"] = date_words(notes.language, updated)
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"
