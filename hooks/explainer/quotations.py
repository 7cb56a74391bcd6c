"""Where a quote may come from: one quotation of a source, or one sentence outside quote marks.

Finding a quote's pieces in order anywhere in a source proves little: "The talks
are over … we will strike first" can join two people's words. So a source is
cut into quotations, each the words between one pair of quote marks or, outside
quote marks, one sentence, never crossing a paragraph; every piece of a quote
must stand in one of them. Each keeps its paragraph, so the check can ask
whether the source names the speaker next to the words. (The passages an editor
cites after a sentence, passages.py, are another thing: any unbroken run.)
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .model import Actor
from .speakers import has_word
from .verbatim import in_order, normalise, pieces

MIN_WORDS = 3
"""Words each piece of a quote needs, unless the quote is all a source holds between one pair of quote marks."""


@dataclass(frozen=True)
class Quotation:
    """Words a quote may be taken from: one quotation, or one sentence outside quote marks."""

    text: str
    """The words, normalised (verbatim.normalise)."""
    quoted: bool
    """True when the words stand between a pair of quote marks."""
    paragraph: int
    """Index of the source's paragraph that holds them."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a source, as the check reads it."""

    text: str
    """The whole paragraph, as the source has it (normalised only when needed: seeds can be long)."""
    narration: str
    """Its words outside quote marks, quotations replaced by " / "."""
    quotes: bool
    """True when it holds a quotation."""


def quotations(source: str) -> tuple[Quotation, ...]:
    """The source's quotations, in order."""
    return _split(source)[1]


def quotations_holding(quote: str, source: str) -> list[Quotation]:
    """The quotations of the source that hold every piece of the quote, in order."""
    parts = pieces(quote)
    return [p for p in quotations(source) if in_order(parts, p.text)]


def in_one_paragraph(quote: str, source: str) -> bool:
    """True when some paragraph of the source holds every piece of the quote, in order."""
    parts = pieces(quote)
    return any(in_order(parts, normalise(p.text)) for p in _split(source)[0])


def short_piece(quote: str) -> str | None:
    """The first piece of the quote with fewer than MIN_WORDS words ('' when it has none), or None."""
    parts = pieces(quote)
    if not parts:
        return ""
    return next((part for part in parts if len(_WORD.findall(part)) < MIN_WORDS), None)


def is_whole(quote: str, quotation: Quotation) -> bool:
    """True when the quote, uncut, is all its quotation's quote marks hold (punctuation at the ends aside)."""
    parts = pieces(quote)
    return quotation.quoted and len(parts) == 1 and parts[0].strip(_END) == quotation.text.strip(_END)


def names_speaker(quotation: Quotation, names: Iterable[str], source: str) -> bool:
    """True when the source names the speaker next to the quotation.

    Next to is outside the quote marks in the quotation's paragraph; when that
    paragraph refers to someone as "he", "she" or "they" ("he stressed"), also
    in the last earlier paragraph that quotes someone, where a reader looks
    back for who spoke.
    """
    spellings = _spellings(tuple(names))
    if not spellings:
        return False
    paragraphs = _split(source)[0]
    own = paragraphs[quotation.paragraph]
    if _named_in(spellings, _fold(own.narration)):
        return True
    if not _PRONOUN.search(own.narration):
        return False
    earlier = next((p for p in reversed(paragraphs[: quotation.paragraph]) if p.quotes), None)
    return earlier is not None and _named_in(spellings, _fold(earlier.narration))


@lru_cache(maxsize=1024)
def _spellings(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names folded (blank ones left out), once per speaker."""
    return tuple(_fold(name) for name in names if name.strip())


def _named_in(spellings: tuple[str, ...], text: str) -> bool:
    """Whether any of the spellings stands in text as whole words."""
    return any(has_word(text, spelling) for spelling in spellings)


def speaker_names(actor: Actor) -> tuple[str, ...]:
    """The names a source may give the actor: name, aliases and, for a person, the surname."""
    surname = (actor.name.split()[-1],) if actor.kind == "person" and actor.name.split() else ()
    return (actor.name, *actor.aliases, *surname)


_WORD = re.compile(r"\w+(?:['-]\w+)*")
_END = " ,.;:"
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_MARK = re.compile("[\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2018\u2019]")
_CLOSERS = {
    "\u201c": '\u201d"',
    "\u201e": "\u201c\u201d",
    "\u201f": "\u201d",
    "\u00ab": "\u00bb",
    "\u2039": "\u203a",
    '"': '"\u201d',
    "\u2018": "\u2019'",
    "'": "'\u2019",
}
"""Each opening quote mark and the marks that may close it."""
_SINGLE = "\u2018'\u2039"
"""Marks that are also apostrophes (or rare): one with no closing mark in its paragraph is not a quote mark."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-z])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Gov|Sen|Rep|Prof|No|vs|etc))\.$")


@lru_cache(maxsize=16)
def _split(source: str) -> tuple[tuple[Paragraph, ...], tuple[Quotation, ...]]:
    """The source's paragraphs and its quotations, in order."""
    text = unicodedata.normalize("NFC", source).replace("\r\n", "\n")
    # Blank lines part paragraphs; a text without any has one paragraph a line.
    raw = re.split(r"\n[ \t]*\n\s*", text) if re.search(r"\n[ \t]*\n", text) else text.split("\n")
    paragraphs: list[Paragraph] = []
    quotations: list[Quotation] = []
    for paragraph in (p for p in raw if p.strip()):
        segments = _segments(paragraph)
        index = len(paragraphs)
        for words, quoted in segments:
            runs = [words] if quoted else _sentences(words)
            quotations.extend(Quotation(normalise(run), quoted, index) for run in runs if run.strip())
        narration = " / ".join(words for words, quoted in segments if not quoted)
        paragraphs.append(Paragraph(paragraph, narration, len(segments) > 1))
    return tuple(paragraphs), tuple(quotations)


def _segments(paragraph: str) -> list[tuple[str, bool]]:
    """The paragraph cut at its quote marks: (words, True) between a pair, (words, False) outside."""
    marks = [m.start() for m in _MARK.finditer(paragraph)]
    segments: list[tuple[str, bool]] = []
    start = k = 0
    while k < len(marks):
        opening = marks[k]
        k += 1
        if opening < start or not _opens(paragraph, opening):
            continue
        closers = _CLOSERS[paragraph[opening]]
        closing = next((m for m in marks[k:] if paragraph[m] in closers and _closes(paragraph, m)), None)
        if closing is None and paragraph[opening] in _SINGLE:
            continue
        # A quotation left open runs to the end of its paragraph, as a quotation that goes on does.
        end = len(paragraph) if closing is None else closing
        segments += [(paragraph[start:opening], False), (paragraph[opening + 1 : end], True)]
        start = end + 1
        k = bisect.bisect_left(marks, start)
    segments.append((paragraph[start:], False))
    return segments


def _opens(text: str, index: int) -> bool:
    """A mark opens a quotation after a space or bracket, not after a letter, and before words."""
    if text[index] not in _CLOSERS:
        return False
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not (before.isalnum() or after.isspace())


def _closes(text: str, index: int) -> bool:
    """A mark closes a quotation after words, not before a letter (don't, the minister's)."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _sentences(text: str) -> list[str]:
    """The text cut after each full stop, question or exclamation mark that ends a sentence."""
    sentences, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text, max(start, end.start() - 8), end.start()):
            sentences.append(text[start : end.start()])
            start = end.end()
    sentences.append(text[start:])
    return sentences


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """Text without accents, for finding a name however the source spells it (José, Jose); remembered,
    as a paragraph is read once for each quote it holds."""
    decomposed = unicodedata.normalize("NFD", normalise(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
