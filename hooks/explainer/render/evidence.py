"""The evidence after each sentence: a small numbered marker, and the passages listed at the page's end.

A reporting sentence is followed by a marker per passage. The marker is a link
to its entry in the page's "Evidence" list (so it works without JavaScript, by
keyboard and with a screen reader, and prints as a footnote); hovering or
focusing it shows the passage (CSS, like the glossary's tooltips). The entry
quotes the passage, names its source and, where the source note has a `url`,
links to the original with a Text Fragment that lands on the passage.

Context and analysis are labelled where they stand, in words ("context",
"analysis") that screen readers read too, and listed with what they rest on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from ..lang import say
from ..model import Notes
from ..pages import PAGES
from ..passages import Mark, Marked
from .markup import attr, notes_by_id, text

FRAGMENT_WORDS = 4
"""A long passage's Text Fragment names its first and last few words (text=start,end)."""


class EvidenceNotes:
    """The passages cited on one page, numbered in order of first use, and the list at the page's end."""

    def __init__(self, notes: Notes, href: Callable[[str, str], str]) -> None:
        self._sources = notes_by_id(notes)["source"]
        self._language = notes.language
        self._own_sources: tuple[str, ...] = tuple(self._sources)
        """The sources of the note being drawn; a hand-written page's are all of them."""
        self._href = href
        self._entries: dict[tuple[str, str, str], int] = {}
        self._pending: list[tuple[int, str]] = []
        """(number, list entry) of the passages cited and not listed yet."""

    def said(self, note: Any, key: str, value: str, prose: Callable[[str], str] | None = None) -> str:
        """A note's field with its markers: Markdown through prose(), else escaped text."""
        marked: Marked | None = note.origin.marked(key) if hasattr(note, "origin") else None
        self._own_sources = tuple(getattr(note, "sources", ()))
        if marked is None or not marked.marks:
            return prose(value) if prose else text(value)
        drawn = self.draw(marked, (lambda words: words) if prose else text)
        return prose(drawn) if prose else drawn

    def draw(self, marked: Marked, words: Callable[[str], str], sources: tuple[str, ...] | None = None) -> str:
        """The text with each marker drawn where it stood; words() makes the text between them.

        sources are the text's own (a hand-written page passes (): every source is its own).
        """
        if sources is not None:
            self._own_sources = sources
        pieces: list[str] = []
        position = 0
        for mark in sorted(marked.marks, key=lambda m: m.at):
            pieces += [words(marked.text[position : mark.at]), self.marker(mark)]
            position = mark.at
        pieces.append(words(marked.text[position:]))
        return "".join(pieces)

    def marker(self, mark: Mark) -> str:
        """The inline marker for one mark: a number for a passage, a word for context and analysis."""
        source = mark.source or self._seeded_source()
        key = (mark.voice, source, mark.words)
        number = self._entries.get(key)
        first = number is None
        if number is None:
            number = len(self._entries) + 1
            self._entries[key] = number
            self._pending.append((number, self._entry(number, mark, source)))
        if mark.voice == "reporting":
            tip = f"“{mark.words}” ({self._source_name(source)})"
            shown, label = str(number), self._say("evidence.number", n=number)
        else:
            tip = self._say(f"evidence.{mark.voice}.why") + (f": {mark.words}" if mark.words else "")
            shown, label = self._say(f"evidence.{mark.voice}"), tip
        anchor = f' id="evidence-ref-{number}"' if first else ""  # a passage cited again links back to its first use
        voice = "" if mark.voice == "reporting" else f" ev-{mark.voice}"
        return (
            f'<sup class="ev{voice}"{anchor}>'
            f'<a href="#evidence-{number}" title="{attr(tip)}" aria-label="{attr(label)}">{shown}</a></sup>'
        )

    def flush(self) -> str:
        """The entries cited since the last list, as a list to place right after what cites them.

        Close to its markers, a passage's words compress with the tooltip that repeats them: a page
        of many sections (explanations, glossary entries) lists each section's evidence after it.
        """
        if not self._pending:
            return ""
        items = "\n".join(entry for _, entry in self._pending)
        start, self._pending = self._pending[0][0], []
        label = attr(self._say("evidence.heading"))
        return f'\n<ol class="evidence-notes" start="{start}" aria-label="{label}" markdown="block">\n{items}\n</ol>\n'

    def render(self) -> str:
        """The page's list of the evidence not listed yet, under its heading; '' when there is none."""
        if not self._pending:
            return ""
        heading = self._say("evidence.heading")
        return f"\n## {heading} {{#evidence}}\n" + self.flush()

    def _entry(self, number: int, mark: Mark, source: str) -> str:
        back = f'<a class="evidence-back" href="#evidence-ref-{number}" aria-label="{self._say("evidence.back")}">↩</a>'
        if mark.voice != "reporting":
            said = self._say(f"evidence.{mark.voice}.why") + (f": {text(mark.words)}" if mark.words else ".")
            return f'<li id="evidence-{number}" class="voice-{mark.voice}" markdown="span">{said} {back}</li>'
        named = f"[{text(self._source_name(source))}]({self._href(PAGES['sources'], source)})"
        url = getattr(self._sources.get(source), "url", "")
        read = self._say("evidence.original")
        original = f' · <a href="{attr(fragment_link(url, mark.words))}">{read}</a>' if url else ""
        return f'<li id="evidence-{number}" markdown="span">“{text(mark.words)}” — {named}{original} {back}</li>'

    def _say(self, key: str, **values: Any) -> str:
        return say(self._language, key, **values)

    def _seeded_source(self) -> str:
        """Where a passage with no source id comes from: the note's own seeded source, else the first
        seeded source of all (as the check looks for it, claims.seeds_of)."""
        for candidates in (self._own_sources, tuple(self._sources)):
            seeded = [s for s in candidates if getattr(self._sources.get(s), "seed", "")]
            if seeded:
                return seeded[0]
        return self._own_sources[0] if self._own_sources else ""

    def _source_name(self, source: str) -> str:
        found = self._sources.get(source)
        return found.name if found is not None else source


def in_heading(drawn: str) -> str:
    """A heading's text with its markers left out of the search index's section titles (Material's
    search skips what carries data-search-exclude); the table of contents gets a data-toc-label."""
    return drawn.replace('<sup class="ev', '<sup data-search-exclude class="ev')


def fragment_link(url: str, words: str) -> str:
    """url with a Text Fragment (#:~:text=) that lands on and highlights the words."""
    parts = words.split()
    if len(parts) <= 2 * FRAGMENT_WORDS:
        target = _fragment_text(" ".join(parts))
    else:
        target = (
            f"{_fragment_text(' '.join(parts[:FRAGMENT_WORDS]))},{_fragment_text(' '.join(parts[-FRAGMENT_WORDS:]))}"
        )
    return f"{url.split('#', 1)[0]}#:~:text={target}"


def _fragment_text(words: str) -> str:
    # The text directive reserves - , & as syntax: percent-encode them with the rest.
    return quote(words, safe="").replace("-", "%2D")
