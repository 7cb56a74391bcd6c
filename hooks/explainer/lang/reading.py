"""The words the engine reads in a language's texts: what the sourcing check looks for in sentences
(support.py: months, hedges, cues) and what search drops (stop words).

Each language has one Reading, in lang/<code>_reading.py. Words are written as readers write
them; the check folds accents and case itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    months: tuple[str, ...]
    """The twelve months' names: a sentence's month must be in its passages."""
    months_capitalised: bool
    """True where a month is written with a capital (English), so that "may" and "march" as verbs are not months."""
    hedges: tuple[tuple[str, ...], ...]
    """Families of hedge words: a sentence keeps a passage's hedge when it has a word of the same family."""
    month_not_hedge: str
    """A regular expression for a month that is also a hedge word, where it is the month ("May 2018"); "(?!)" for none."""
    cues: tuple[str, ...]
    """Words that give words to someone: "X says", "according to X"."""
    speaker_after: tuple[str, ...]
    """Cues whose speaker always follows them ("according to")."""
    speaker_after_quote: tuple[str, ...]
    """Cues whose speaker follows them after a quote or comma ("'…', says Vox")."""
    relative: tuple[str, ...]
    """Words that open a clause ("a broadcaster that said"): the speaker is not the name before them."""
    stop_words: str
    """The words the language's search drops from its index, separated by spaces (lunr's stop words for it,
    as Material's lunr.<code>.js lists them): no glossary term may be only these."""
    never_names: tuple[str, ...]
    """Words that are no one's name even when capitalised mid-sentence ("I", "The")."""
