"""Turning note text into safe Markdown, and links between generated pages.

A name, a quote or a title from a note is text, never markup: ``text()``
escapes it. Bodies are the editor's Markdown; only their [[...]] links are
rewritten, each by the method its kind names in a closed table. Where a
page needs plain words (a description), ``plain_text()`` drops the markup.
Characters the check refuses (text_rules) are dropped from all of these, so
that a preview of broken notes is still written.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
from collections.abc import Callable
from typing import Any, TypeVar

from ..lang import date_words, say
from ..model import Evidence, Notes, PartialDate
from ..pages import PAGES, actor_page, question_page
from ..text_rules import strip_invisible
from ..wikilinks import PROSE, WIKILINK, plain

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def text(value: str) -> str:
    """Escape a note's text so Markdown and HTML show it as written."""
    escaped = html.escape(strip_invisible(value), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", escaped).replace("\n", " ")


def attr(value: str) -> str:
    """Escape a value for an HTML attribute."""
    return html.escape(strip_invisible(value), quote=True)


# Each pattern stops at the next character that could start another match: linear on any text.
_HTML = re.compile(r"<!--.*?(?:-->|\Z)|</?[A-Za-z][^<>]*>", re.DOTALL)
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\](?:\([^()]*\)|\[[^\[\]]*\])")
_MD_BLOCK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-+*][ \t]+|\d+[.)][ \t]+)", re.MULTILINE)
_MD_ATTRS = re.compile(r"\{:?[ \t]*[#.][^{}\n]*\}")
_MD_INLINE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])|(?<!\w)[*_]+|[*_]+(?!\w)|`+|~~")


def plain_text(markdown: str, names: dict[tuple[str, str], str] | None = None) -> str:
    """An editor's Markdown as plain words on one line: links as their words, no marks, no HTML."""
    words = _HTML.sub("", plain(markdown, names))
    words = _MD_ATTRS.sub("", _MD_BLOCK.sub("", _MD_LINK.sub(r"\1", words)))
    words = _MD_INLINE.sub(lambda m: m.group(1) or "", words)
    return " ".join(strip_invisible(html.unescape(words)).split())


_T = TypeVar("_T")


def per_notes(compute: Callable[[Notes], _T]) -> Callable[[Notes], _T]:
    """Remember a function of the notes alone while the same Notes is passed again.

    Rendering a site calls such functions once per page; with thousands of
    pages, recomputing them made rendering grow with the square of the notes
    (tools/bench.py). Notes are frozen, so the answer cannot go stale.
    """
    last: list[Any] = [None, None]

    @functools.wraps(compute)
    def remembered(notes: Notes) -> _T:
        if last[0] is not notes:
            last[:] = [notes, compute(notes)]
        result: _T = last[1]
        return result

    return remembered


@per_notes
def notes_by_id(notes: Notes) -> dict[str, dict[str, Any]]:
    """Each kind's notes by id: {"actor": {"russia": Actor(...)}, ...}."""
    return {
        "actor": {a.id: a for a in notes.actors},
        "term": {t.id: t for t in notes.terms},
        "source": {s.id: s for s in notes.sources},
        "event": {e.id: e for e in notes.events},
        "quote": {q.id: q for q in notes.quotes},
        "explanation": {x.id: x for x in notes.explanations},
    }


@per_notes
def link_names(notes: Notes) -> dict[tuple[str, str], str]:
    """The words a [[...]] link shows by default, keyed by (kind, id)."""
    names = {("actor", a.id): a.name for a in notes.actors}
    names.update({("term", t.id): t.term for t in notes.terms})
    names.update({("source", s.id): s.name for s in notes.sources})
    names.update({("event", e.id): e.title for e in notes.events})
    names.update({("quote", q.id): f"“{q.text}”" for q in notes.quotes})
    names.update({("explanation", x.id): x.title for x in notes.explanations})
    return names


@functools.lru_cache(maxsize=65536)
def _relative(target: str, start: str) -> str:
    return posixpath.relpath(target, start)


class Linker:
    """Links from one generated page to notes on other pages."""

    def __init__(self, notes: Notes, page: str) -> None:
        self.notes = notes
        self.page = page
        by_id = notes_by_id(notes)
        self._actors = by_id["actor"]
        self._terms = by_id["term"]
        self._sources = by_id["source"]
        self._events = by_id["event"]
        self._quotes = by_id["quote"]
        self._explanations = by_id["explanation"]
        from .evidence import EvidenceNotes  # it draws with this module's text() and attr()

        self.evidence = EvidenceNotes(notes, self.href)
        """The passages this page cites, numbered as they first appear; listed by evidence.render()."""

    def say(self, key: str, **values: Any) -> str:
        """The words for key in the site's language (lang/)."""
        return say(self.notes.language, key, **values)

    def date(self, date: PartialDate) -> str:
        """A date in the site's language: 25 March 2019."""
        return date_words(self.notes.language, date)

    def href(self, target: str, anchor: str = "") -> str:
        """A relative link from this page to target (a path under docs/)."""
        path = "" if target == self.page else _relative(target, posixpath.dirname(self.page) or ".")
        return f"{path}#{anchor}" if anchor else path or "#"

    def actor(self, actor_id: str, shown: str = "") -> str:
        actor = self._actors.get(actor_id)
        if actor is None:
            return text(shown or actor_id)
        if actor_page(actor_id) == self.page:
            return f"**{text(shown or actor.name)}**"
        return f"[{text(shown or actor.name)}]({self.href(actor_page(actor_id))})"

    def actors(self, actor_ids: tuple[str, ...]) -> str:
        return ", ".join(self.actor(a) for a in actor_ids)

    def term(self, term_id: str, shown: str = "") -> str:
        term = self._terms.get(term_id)
        if term is None:
            return text(shown or term_id)
        return f"[{text(shown or term.term)}]({self.href(PAGES['glossary'], term_id)})"

    def source(self, source_id: str, shown: str = "") -> str:
        source = self._sources.get(source_id)
        if source is None:
            return text(shown or source_id)
        return f"[{text(shown or source.name)}]({self.href(PAGES['sources'], source_id)})"

    def sources(self, source_ids: tuple[str, ...]) -> str:
        return ", ".join(self.source(s) for s in source_ids)

    def event(self, event_id: str, shown: str = "") -> str:
        event = self._events.get(event_id)
        if event is None:
            return text(shown or event_id)
        return f"[{text(shown or event.title)}]({self.href(PAGES['timeline'], event_id)})"

    def quote(self, quote_id: str, shown: str = "") -> str:
        quote = self._quotes.get(quote_id)
        if quote is None:
            return text(shown or quote_id)
        return f"[{text(shown or f'“{quote.text}”')}]({self.href(PAGES['quotes'], quote_id)})"

    def explanation(self, explanation_id: str, shown: str = "") -> str:
        found = self._explanations.get(explanation_id)
        if found is None:
            return text(shown or explanation_id)
        return f"[{text(shown or found.title)}]({self.href(question_page(self.notes.story), explanation_id)})"

    def prose(self, markdown: str) -> str:
        """An editor's Markdown with its [[...]] links made into links from this page."""

        def replace(match: re.Match[str]) -> str:
            make = LINK_MAKERS.get(match.group("kind") or "actor")
            if make is None:  # the check refuses it; a preview shows its words
                return text(plain(match.group(0)))
            return make(self, match.group("id").strip(), (match.group("text") or "").strip())

        return WIKILINK.sub(replace, strip_invisible(markdown))

    def said(self, note: Any, key: str, value: str | None = None) -> str:
        """A note's field as readers see it: escaped text, or Markdown with links where the field takes
        them (wikilinks.PROSE), and after each sentence the marker of its evidence or voice.

        key names the field as claims.py does ("role", "evidence_for[2].text"); value is the text
        when it is not the note's own attribute (an evidence point's).
        """
        field = key.rsplit(".", 1)[-1] if "[" in key else key
        words = getattr(note, key) if value is None else value
        owner = Evidence if "[" in key else type(note)
        prose = self.prose if field in PROSE.get(owner, ()) else None
        return self.evidence.said(note, key, words, prose)

    def reported(self, sources: tuple[str, ...], reported_by: str) -> str:
        """'Reported by the Guardian, via The Week' or 'Source: The Week'."""
        via = [s for s in sources if s != reported_by]
        if reported_by:
            line = self.say("reported.by", source=self.source(reported_by))
            return line + (self.say("reported.via", sources=self.sources(tuple(via))) if via else "")
        return self.say("reported.source", sources=self.sources(sources))


LINK_MAKERS: dict[str, Callable[[Linker, str, str], str]] = {
    "actor": Linker.actor,
    "term": Linker.term,
    "event": Linker.event,
    "quote": Linker.quote,
    "explanation": Linker.explanation,
    "source": Linker.source,
}
"""How a [[kind:id]] link is made, for each kind in LINKABLE and no other: a link's words never name a method."""
