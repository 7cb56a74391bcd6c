"""Corrections, shown as newsrooms show them: dated, under what they correct, and listed in one place.

A note's `corrections` say what an earlier version said and why it was wrong.
`render_corrections` draws them where the note is shown; `list_corrections`
gives every one, newest first, to the What's changed page, the feed and each
page's JSON-LD (schema.org `correction`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..lang import date_words, say
from ..model import KINDS, Correction, Notes, PartialDate
from ..pages import INTRO, corrected_page, where
from .markup import per_notes, text

STORY = "story"
"""The kind and id the story note's corrections are listed under."""


@dataclass(frozen=True)
class Corrected:
    """One correction, with the note it corrects and where that note is shown."""

    correction: Correction
    kind: str
    note_id: str
    page: str
    """The page the note is shown on, as a path under docs/."""
    anchor: str
    """The correction's own anchor on that page."""


def anchor_of(kind: str, note_id: str, index: int) -> str:
    if kind == STORY:  # one story note: correction-story-1
        return f"correction-{kind}-{index + 1}"
    return f"correction-{kind}-{note_id}-{index + 1}"


def render_corrections(notes: Notes, kind: str, note: Any, inline: bool = False) -> str:
    """The note's corrections, newest first: a paragraph each, or (inline, in a table cell) a line each."""
    return _draw(notes, kind, note.id, list(enumerate(note.corrections)), inline)


def render_story_corrections(notes: Notes, page: str, part: str) -> str:
    """The story note's corrections shown on one page: those of its intro (part "intro"), of the page's
    description ("description") or of the home page's cards ("card")."""
    story = notes.story

    def wanted(field: str) -> bool:
        return field == INTRO if part == "intro" else field.endswith("." + part)

    shown = [
        (index, c)
        for index, c in enumerate(story.corrections)
        if wanted(c.field) and corrected_page(story, c.field) == page
    ]
    return _draw(notes, STORY, STORY, shown, False)


def _draw(notes: Notes, kind: str, note_id: str, corrections: list[tuple[int, Correction]], inline: bool) -> str:
    shown = sorted(corrections, key=lambda pair: pair[1].date.sort_key(), reverse=True)
    drawn = []
    for index, correction in shown:
        label = say(notes.language, "correction.label", date=date_words(notes.language, correction.date))
        said = f"**{label}** {sentence(notes.language, correction)}"
        anchor = anchor_of(kind, note_id, index)
        if inline:
            drawn.append(f'<br><small class="correction" id="{anchor}">{said}</small>')
        else:
            drawn.append(f'\n<p class="correction" id="{anchor}" markdown="span">{said}</p>\n')
    return "".join(drawn)


def sentence(language: str, correction: Correction) -> str:
    """'an earlier version said “…”. Why it was wrong.' as escaped Markdown."""
    return say(
        language, "correction.said", said=text(correction.said), stop=_stop(correction.said), why=text(correction.why)
    )


def plain_sentence(language: str, correction: Correction) -> str:
    return say(language, "correction.said.plain", said=correction.said, stop=_stop(correction.said), why=correction.why)


def _stop(said: str) -> str:
    """A full stop after the quoted words, unless they end a sentence of their own."""
    return "" if said.rstrip().endswith((".", "!", "?")) else "."


@per_notes
def list_corrections(notes: Notes) -> list[Corrected]:
    """Every correction of every note, newest first, then in note order."""
    found = [
        Corrected(correction, "page", page.id, page.path, anchor_of("page", page.id, index))
        for page in notes.pages
        for index, correction in enumerate(page.corrections)
    ]
    for index, correction in enumerate(notes.story.corrections):
        page = corrected_page(notes.story, correction.field)
        if page is not None:  # else the check refuses it
            found.append(Corrected(correction, STORY, STORY, page, anchor_of(STORY, STORY, index)))
    for kind in KINDS:
        for note in getattr(notes, kind + "s"):
            page, _ = where(notes, kind, note.id)
            found += [
                Corrected(correction, kind, note.id, page, anchor_of(kind, note.id, index))
                for index, correction in enumerate(note.corrections)
            ]
    return sorted(found, key=lambda c: _newest_first(c.correction.date))


def corrections_on(notes: Notes, page: str) -> list[Corrected]:
    """The corrections shown on one page."""
    return [c for c in list_corrections(notes) if c.page == page]


def _newest_first(date: PartialDate) -> tuple[int, int, int]:
    year, month, day = date.sort_key()
    return (-year, -month, -day)
