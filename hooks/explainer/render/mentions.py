"""Where each actor is mentioned, with the sentence that mentions them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..lang import date_words, say
from ..model import Notes
from ..pages import where
from ..wikilinks import PROSE, find_links, plain


@dataclass(frozen=True)
class Mention:
    """One place that names an actor."""

    page: str
    """The page it is on, as a path under docs/."""
    anchor: str
    label: str
    """What the place is: 'Timeline', 'Quotes' …"""
    sentence: str
    """The words around the mention, as plain text."""


_MENTIONED = ("actor", "source", "event", "quote", "term", "relation", "figure")
"""Kinds of note whose place is labelled by its page (lang: mention.<kind>); an explanation's by the story."""


def find_mentions(notes: Notes) -> dict[str, list[Mention]]:
    """For each actor id, every other note that names it, in page order."""
    found: dict[str, dict[Mention, None]] = defaultdict(dict)  # a dict keeps order and finds repeats at once
    names = note_names(notes)
    labels = {kind: say(notes.language, f"mention.{kind}") for kind in _MENTIONED}
    labels["explanation"] = notes.story.question_label

    def add(actor_id: str, kind: str, note_id: str, sentence: str) -> None:
        page, anchor = where(notes, kind, note_id)
        if kind == "actor" and note_id == actor_id:
            return
        label = names[("actor", note_id)] if kind == "actor" else labels[kind]
        mention = Mention(page, anchor, label, " ".join(plain(sentence, names).split()))
        found[actor_id].setdefault(mention)

    for relation in notes.relations:
        for actor_id in (relation.subject, relation.object):
            add(actor_id, "relation", relation.id, relation.text or relation.type)
    for event in notes.events:
        for actor_id in event.actors:
            add(actor_id, "event", event.id, f"{date_words(notes.language, event.date)}: {event.title}")
    for quote in notes.quotes:
        for actor_id in quote.about:
            add(actor_id, "quote", quote.id, f"“{quote.text}”")
    for explanation in notes.explanations:
        for actor_id in explanation.argued_by:
            add(actor_id, "explanation", explanation.id, f"{explanation.title}: {explanation.summary}")
    for figure in notes.figures:
        for actor_id in figure.about:
            add(actor_id, "figure", figure.id, f"{figure.value}: {figure.label}")
    for kind, items in _bodies(notes):
        for note in items:
            for text in _prose(note):
                for link in find_links(text):
                    if link.kind == "actor":
                        add(link.id, kind, note.id, link.sentence)
    return {actor_id: list(mentions) for actor_id, mentions in found.items()}


def _prose(note: Any) -> list[str]:
    """The texts of a note that carry [[...]] links (wikilinks.PROSE), its points of evidence included."""
    points = [*getattr(note, "evidence_for", ()), *getattr(note, "evidence_against", ())]
    return [getattr(item, field) for item in (note, *points) for field in PROSE.get(type(item), ())]


def note_names(notes: Notes) -> dict[tuple[str, str], str]:
    """The name a reader knows each linkable note by, keyed by (kind, id)."""
    names = {("actor", a.id): a.name for a in notes.actors}
    names.update({("term", t.id): t.term for t in notes.terms})
    names.update({("source", s.id): s.name for s in notes.sources})
    names.update({("event", e.id): e.title for e in notes.events})
    names.update({("explanation", x.id): x.title for x in notes.explanations})
    return names


def _bodies(notes: Notes) -> list[tuple[str, tuple[Any, ...]]]:
    return [
        ("actor", notes.actors),
        ("source", notes.sources),
        ("event", notes.events),
        ("quote", notes.quotes),
        ("explanation", notes.explanations),
        ("term", notes.terms),
    ]
