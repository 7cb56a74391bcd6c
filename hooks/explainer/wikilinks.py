"""The [[...]] links editors write in note bodies.

``[[russia]]`` links an actor, ``[[term:sanctions]]`` a glossary term,
``[[event:guaido-declares]]``, ``[[quote:zakharova-as-long]]``,
``[[explanation:a-base]]`` and ``[[source:cnn]]`` the others; ``|text``
after the id changes the words shown: ``[[nicolas-maduro|Maduro]]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

WIKILINK = re.compile(r"\[\[(?:(?P<kind>[a-z]+):)?(?P<id>[^\]|]*)(?:\|(?P<text>[^\]]*))?\]\]")
LINKABLE = ("actor", "term", "event", "quote", "explanation", "source")


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


def find_links(text: str) -> Iterator[WikiLink]:
    """Every [[...]] link in a Markdown text, with its sentence."""
    for match in WIKILINK.finditer(text):
        yield WikiLink(
            kind=match.group("kind") or "actor",
            id=match.group("id").strip(),
            text=(match.group("text") or "").strip(),
            line_offset=text.count("\n", 0, match.start()),
            sentence=_sentence_around(text, match.start(), match.end()),
        )


def plain(text: str, names: Mapping[tuple[str, str], str] | None = None) -> str:
    """Text with each [[...]] link replaced by its words, else the target's name, else its id."""

    def words(match: re.Match[str]) -> str:
        kind, target = match.group("kind") or "actor", match.group("id").strip()
        return (match.group("text") or (names or {}).get((kind, target)) or target).strip()

    return WIKILINK.sub(words, text)


def _sentence_around(text: str, start: int, end: int) -> str:
    before = max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n\n"))
    after_candidates = [i for i in (text.find(mark, end) for mark in (". ", "? ", "! ", "\n\n")) if i >= 0]
    after = min(after_candidates) + 1 if after_candidates else len(text)
    sentence = text[before + 1 if before >= 0 else 0 : after].strip()
    return " ".join(sentence.split())
