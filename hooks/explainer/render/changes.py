"""What's changed: every note's `updated` date, newest first, linked to the page it is on.

`list_changes` is the data (the feed is made from it too); `render_changes`
is the page.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from itertools import groupby

from ..lang import count as plural
from ..lang import say
from ..model import KINDS, Notes, PartialDate
from ..pages import CHANGES_PAGE, DATA, FEED, PAGES, SCHEMA, question_page, where
from .corrections import list_corrections, sentence
from .markup import Linker, text
from .page import front_matter
from .reference import describe

_TITLED = {"home": "page.home-figures", **{key: f"page.{key}" for key in ("who-backs-whom", "timeline", "quotes")}}
_TITLED |= {key: f"page.{key}" for key in ("background", "actors", "sources", "glossary")}


def page_titles(notes: Notes) -> dict[str, str]:
    """The pages notes are shown on, by title; each actor's page is titled by their name."""
    titles = {PAGES[key]: say(notes.language, words) for key, words in _TITLED.items()}
    return {**titles, question_page(notes.story): notes.story.question_title}


@dataclass(frozen=True)
class Change:
    """One note, and the day it was last updated."""

    date: PartialDate
    kind: str
    id: str
    label: str
    """The note in a few plain words: an event's title, a quote's words."""
    page: str
    """The page the note is shown on, as a path under docs/."""
    page_title: str
    anchor: str


def list_changes(notes: Notes) -> list[Change]:
    """Every note with an `updated` date, newest first, then by page and label."""
    names = {a.id: a.name for a in notes.actors}
    titles = page_titles(notes)
    changes = []
    for kind in KINDS:
        for note in getattr(notes, kind + "s"):
            if note.updated is None:
                continue
            page, anchor = where(notes, kind, note.id)
            title = titles.get(page) or names.get(posixpath.splitext(posixpath.basename(page))[0], page)
            changes.append(Change(note.updated, kind, note.id, describe(kind, note), page, title, anchor))
    return sorted(changes, key=lambda c: (_newest_first(c.date), c.page_title.lower(), c.label.lower(), c.id))


def by_day_and_page(changes: list[Change]) -> list[tuple[PartialDate, list[tuple[str, list[Change]]]]]:
    """Changes grouped by day (newest first), then by the page they changed."""
    days = []
    for date, same_day in groupby(changes, key=lambda c: c.date):
        pages = [(page, list(on_page)) for page, on_page in groupby(same_day, key=lambda c: c.page)]
        days.append((date, pages))
    return days


def day_anchor(date: PartialDate) -> str:
    return f"on-{date.iso()}"


def render_changes(notes: Notes) -> str:
    """The What's changed page."""
    link = Linker(notes, CHANGES_PAGE)
    changes = list_changes(notes)
    parts = [
        front_matter(
            notes,
            link.say("page.changes"),
            link.say("describe.changes"),
            [n for kind in KINDS for n in getattr(notes, kind + "s")],
        ),
        f"# {link.say('page.changes')}\n",
        link.say("changes.intro") + "\n",
        link.say("changes.follow", feed=link.href(FEED), data=link.href(DATA), schema=link.href(SCHEMA)) + "\n",
    ]
    corrected = list_corrections(notes)
    if corrected:
        parts.append(f"## {link.say('changes.corrections')} {{ #corrections }}\n")
        parts.append(link.say("changes.corrections.intro") + "\n")
        names = {a.id: a.name for a in notes.actors} | {p.id: p.title for p in notes.pages}
        for c in corrected:
            title = (
                names.get(c.note_id, c.page) if c.kind in ("page", "actor") else page_titles(notes).get(c.page, c.page)
            )
            parts.append(
                f"- {link.date(c.correction.date)}, [{text(title)}]({link.href(c.page, c.anchor)}): "
                + sentence(notes.language, c.correction)
            )
        parts.append("")
    if not changes:
        parts.append(link.say("changes.none") + "\n")
    for date, pages in by_day_and_page(changes):
        count = sum(len(on_page) for _, on_page in pages)
        parts.append(f"## {link.date(date)} {{ #{day_anchor(date)} }}\n")
        parts.append(plural(notes.language, "changes.day", count, pages=len(pages)) + "\n")
        for page, on_page in pages:
            parts.append(f"- [{text(on_page[0].page_title)}]({link.href(page)}): {change_summary(notes, on_page)}")
            parts += [f"    - [{text(c.label)}]({link.href(c.page, c.anchor)})" for c in on_page if c.anchor]
        parts.append("")
    return "\n".join(parts) + "\n"


def change_summary(notes: Notes, changes: list[Change]) -> str:
    """How many notes of each kind changed: '3 events, 1 quote'."""
    kinds: dict[str, int] = {}
    for change in changes:
        kinds[change.kind] = kinds.get(change.kind, 0) + 1
    return ", ".join(plural(notes.language, f"count.{kind}", n) for kind, n in kinds.items())


def _newest_first(date: PartialDate) -> tuple[int, int, int]:
    year, month, day = date.sort_key()
    return (-year, -month, -day)
