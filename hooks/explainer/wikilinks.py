"""The [[...]] links editors write in note bodies.

``[[russia]]`` links an actor, ``[[term:sanctions]]`` a glossary term,
``[[event:guaido-declares]]``, ``[[quote:zakharova-as-long]]``,
``[[explanation:a-base]]`` and ``[[source:cnn]]`` the others; ``|text``
after the id changes the words shown: ``[[nicolas-maduro|Maduro]]``.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from .lang import Told, told
from .model import Actor, Event, Evidence, Explanation, Quote, Source, Term

WIKILINK = re.compile(r"\[\[(?:(?P<kind>[a-z]+):)?(?P<id>[^\[\]|]*)(?:\|(?P<text>[^\[\]]*))?\]\]")
"""A link; no part of it holds a bracket, so a try stops at the next one: linear on any text."""
LINKABLE = ("actor", "term", "event", "quote", "explanation", "source")
"""The kinds a link may name: a closed list, so no link can name anything else."""

PROSE: dict[type, tuple[str, ...]] = {
    Source: ("body",),
    Actor: ("stance", "body"),
    Event: ("text",),
    Quote: ("context",),
    Explanation: ("summary", "body"),
    Evidence: ("text",),
    Term: ("body",),
}
"""The fields written in Markdown with [[...]] links: the renderers pass exactly these through
Linker.prose, the check checks exactly these links, and every other field is plain text."""


@dataclass(frozen=True)
class WikiLink:
    """One [[...]] link as written."""

    kind: str
    id: str
    text: str
    """The words to show, '' for the target's own name."""
    line_offset: int
    """Lines from the start of the text to the link."""
    sentence: str
    """The sentence the link stands in, links shown as their words."""


def find_links(text: str) -> tuple[WikiLink, ...]:
    """Every [[...]] link in a Markdown text, with its sentence.

    Remembered: the check reads a note's links, and the actor pages list the same ones as mentions."""
    return _find_links(text) if "[[" in text else ()


@functools.lru_cache(maxsize=8192)
def _find_links(text: str) -> tuple[WikiLink, ...]:
    links = []
    line, counted = 0, 0
    for match in WIKILINK.finditer(text):
        line, counted = line + text.count("\n", counted, match.start()), match.start()
        link = WikiLink(
            kind=match.group("kind") or "actor",
            id=match.group("id").strip(),
            text=(match.group("text") or "").strip(),
            line_offset=line,
            sentence=_sentence_around(text, match.start(), match.end()),
        )
        links.append(link)
    return tuple(links)


def link_problem(link: WikiLink, ids: Mapping[str, Collection[str]]) -> Told | None:
    """What is wrong with one link, said for an editor, or None when it names a note that exists."""
    if link.kind not in LINKABLE:
        close = difflib.get_close_matches(link.kind, LINKABLE, n=1)
        hint = told("check.wikilinks.did-you-mean", close=close[0], id=link.id) if close else ""
        return told("check.wikilinks.unknown-kind", kind=link.kind, id=link.id, hint=hint, kinds=", ".join(LINKABLE))
    if link.id not in ids.get(link.kind, ()):
        return told("check.wikilinks.no-note", kind=link.kind, id=link.id)
    return None


def plain(text: str, names: Mapping[tuple[str, str], str] | None = None) -> str:
    """Text with each [[...]] link replaced by its words, else the target's name, else its id."""

    def words(match: re.Match[str]) -> str:
        kind, target = match.group("kind") or "actor", match.group("id").strip()
        return (match.group("text") or (names or {}).get((kind, target)) or target).strip()

    return WIKILINK.sub(words, text)


_SENTENCE_REACH = 600
"""How far a sentence is looked for either side of a link: a text with no full stop costs no more."""


def _sentence_around(text: str, start: int, end: int) -> str:
    first, last = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    before = max(text.rfind(mark, first, start) for mark in (". ", "? ", "! ", "\n\n"))
    after_candidates = [i for i in (text.find(mark, end, last) for mark in (". ", "? ", "! ", "\n\n")) if i >= 0]
    after = min(after_candidates) + 1 if after_candidates else last
    sentence = text[before + 1 if before >= 0 else first : after].strip()
    return " ".join(sentence.split())
