"""The words a language's sentences are read for, made ready to search folded text with.

lang/<code>_reading.py lists them as a reader writes them (months, hedges, cues of attribution);
support.py looks for months and hedges, speakers.py for cues. Each language's are made once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lang import DEFAULT, READING
from .search import fold


@dataclass(frozen=True)
class Words:
    """A language's Reading, made ready to search folded text with."""

    months: frozenset[str]
    ascii_months: tuple[str, ...]
    """The months written in ASCII letters alone."""
    month_words: re.Pattern[str]
    """In ASCII text, the words that are a month (of ASCII letters) in any case."""
    capitalised: bool
    hedges: tuple[tuple[str, ...], ...]
    hedge_words: frozenset[str]
    """Every word of every family of hedges."""
    month_not_hedge: re.Pattern[str]
    cues: re.Pattern[str]
    speaker_after: frozenset[str]
    speaker_after_quote: frozenset[str]
    relative: re.Pattern[str]
    relative_longest: int
    """The length of the longest of the words relative matches: how far back from a cue to look for one."""
    never_names: frozenset[str]


@functools.cache
def words_of(language: str) -> Words:
    reading = READING.get(language, READING[DEFAULT])
    folded = _fold_all
    cues = alternatives(sorted(folded(reading.cues), key=len, reverse=True))
    ascii_months = sorted((m for m in folded(reading.months) if m.isascii() and m.isalpha()), key=len, reverse=True)
    months = "|".join(ascii_months) or "(?!)"
    return Words(
        months=frozenset(folded(reading.months)),
        ascii_months=tuple(ascii_months),
        month_words=re.compile(rf"(?<![^\W\d_])(?:{months})(?![^\W\d_])", re.IGNORECASE),
        capitalised=reading.months_capitalised,
        hedges=tuple(tuple(folded(family)) for family in reading.hedges),
        hedge_words=frozenset(word for family in reading.hedges for word in folded(family)),
        month_not_hedge=re.compile(reading.month_not_hedge),
        cues=re.compile(rf"\b(?:{cues})\b"),
        speaker_after=frozenset(folded(reading.speaker_after)),
        speaker_after_quote=frozenset(folded(reading.speaker_after_quote)),
        relative=re.compile(rf"\b(?:{'|'.join(map(re.escape, folded(reading.relative)))})\s+$"),
        relative_longest=max((len(r) for r in folded(reading.relative)), default=0),
        never_names=frozenset(folded(reading.never_names)),
    )


def _fold_all(words: tuple[str, ...]) -> list[str]:
    return [fold(w).casefold() for w in words]


def alternatives(words: list[str]) -> str:
    """A pattern for the first of words (longest first, say) standing at a place: the words grouped by first
    letter, in their order, so that the engine tries only those that start where it stands."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[:1], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())
