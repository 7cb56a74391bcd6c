"""Find a quote, word for word, in a source's text, or the passage closest to it.

Only what typesetting changes is forgiven: runs of white space, curly versus
straight quotes, dash variants and Unicode normal form. An elision written
"…", "..." or "[...]" matches the pieces around it in order; passages.py says
which stretch of the source all the pieces must come from.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher, get_close_matches
from functools import lru_cache
from typing import Any

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_TYPESET = re.compile("[" + "".join(map(chr, _TYPOGRAPHY)) + "]")
_ELISION = re.compile(r"\s*(?:\[\s*(?:\u2026|\.\.\.)\s*\]|\u2026|\.\.\.)\s*")


def normalise(text: str) -> str:
    """Text with typesetting differences removed, for comparison only."""
    if not text.isascii():  # str.translate looks up every character: only the few that differ are replaced
        text = _TYPESET.sub(_plain, unicodedata.normalize("NFC", text))
    return " ".join(text.split())


def _plain(mark: re.Match[str]) -> str:
    return str(_TYPOGRAPHY[ord(mark.group())])


def normalised_source(source: str) -> str:
    """normalise(source), worked out once per source text: a seed is searched hundreds of times a build."""
    return _normalised(source)


@lru_cache(maxsize=64)
def _normalised(source: str) -> str:
    return normalise(source)


def pieces(quote: str) -> list[str]:
    """The parts of a quote between its elisions, normalised."""
    return [p for p in (normalise(part) for part in _ELISION.split(quote)) if p]


def find_verbatim(quote: str, source: str) -> bool:
    """True when every piece of the quote stands in the source, in order."""
    return in_order(pieces(quote), _normalised(source))


def in_order(parts: list[str], haystack: str) -> bool:
    """True when every part stands in the (normalised) haystack, in order; False for no parts."""
    if not parts:
        return False
    start = 0
    for part in parts:
        found = haystack.find(part, start)
        if found < 0:
            return False
        start = found + len(part)
    return True


def contains_token(value: str, source: str) -> bool:
    """True when value stands in the source as a whole token ("100", not "1000")."""
    needle = normalise(value)
    if not needle:
        return False
    return _token(needle).search(_normalised(source)) is not None


@lru_cache(maxsize=1024)
def _token(needle: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + re.escape(needle) + r"(?![\w]|\.\d)")


def closest_passage(quote: str, source: str) -> str:
    """The stretch of the source most like the quote, to show the editor the slip.

    Runs of words the quote shares with the source vote for where it starts;
    only the few places with most votes are compared with it, so a long source
    costs a few text searches, not a comparison at each of its words (a
    430-character quote took minutes against 310 KB that way).
    """
    haystack = _normalised(source)
    needle = " ".join(pieces(quote)) or normalise(quote)
    wanted = [token for token, _, _ in _tokens(needle)]
    if not haystack or not any(_is_word(token, 0) for token in wanted):
        return ""
    # Words are compared as wholes, which is quick; a short quote letter by letter, so a typo still counts.
    by_letter = len(needle) <= _BY_LETTER
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle.casefold() if by_letter else wanted)
    size = len(wanted)
    best: tuple[float, int] = (0.0, 0)
    region: list[tuple[str, int, int]] = []
    for place in _places(needle, haystack):
        tokens = list(_tokens(haystack, max(0, place - _REACH), place + len(needle) + 2 * _REACH))
        for first, (token, start, _) in enumerate(tokens):
            if abs(start - place) > _REACH or _is_word(token, 0) != _is_word(wanted[0], 0):
                continue
            if (score := _score(matcher, haystack, tokens[first : first + size], by_letter)) > best[0]:
                best, region = (score, first), tokens
    if not region:
        return ""
    # The window had the quote's length in words: let its end, then its start, move to fit the passage.
    first, slack = best[1], max(3, size // 5)
    ends = range(first + max(1, size - slack), min(len(region), first + size + slack) + 1)
    if not ends:  # the source ends sooner than the quote would: the passage runs to its end
        ends = range(first + 1, len(region) + 1)
    end = max(ends, key=lambda e: (_score(matcher, haystack, region[first:e], by_letter), -abs(e - first - size)))
    firsts = range(max(0, first - slack), min(first + slack, end - 1) + 1)
    first = max(firsts, key=lambda f: (_score(matcher, haystack, region[f:end], by_letter), -abs(end - f - size)))
    return haystack[region[first][1] : region[end - 1][2]]


def _score(matcher: SequenceMatcher[Any], haystack: str, tokens: list[tuple[str, int, int]], by_letter: bool) -> float:
    matcher.set_seq1(_compared(haystack, tokens, by_letter))
    return matcher.ratio()


def _compared(haystack: str, tokens: list[tuple[str, int, int]], by_letter: bool) -> str | list[str]:
    """What of a stretch of tokens the matcher compares: its letters, or its words."""
    if by_letter:
        return haystack[tokens[0][1] : tokens[-1][2]].casefold()
    return [token for token, _, _ in tokens]


_TOKEN = re.compile(r"\w+|[^\w\s]")
_WORD = re.compile(r"\w+")
_GRAM = 3
"""Words in a run that votes for a place: three words in a row seldom repeat by chance."""
_PLACES = 4
"""Places, most voted first, where the closest-passage search compares the quote with the source."""
_REACH = 40
"""Characters either side of a voted place where the passage may start (words added or dropped)."""
_BY_LETTER = 80
"""Quotes up to this many characters are compared letter by letter; longer ones word by word."""


def _tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int, int]]:
    """Words and punctuation marks of text[start:end], folded, with where each starts and ends."""
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        yield match.group().casefold(), match.start(), match.end()


def _places(needle: str, haystack: str) -> list[int]:
    """Where in the haystack the needle most likely starts, most voted first."""
    votes = _votes(_folded(needle), _folded(haystack))
    # A word added or dropped shifts the rest of the quote: count near places together.
    ranked = sorted(votes)
    near = {}
    low = high = total = 0
    for place in ranked:
        while high < len(ranked) and ranked[high] <= place + _REACH // 2:
            total += votes[ranked[high]]
            high += 1
        while ranked[low] < place - _REACH // 2:
            total -= votes[ranked[low]]
            low += 1
        near[place] = total
    places: list[int] = []
    for place in sorted(near, key=lambda p: (-near[p], p)):
        if all(abs(place - other) > _REACH for other in places):
            places.append(max(0, place))
            if len(places) == _PLACES:
                break
    return places


def _votes(quote: str, hay: str) -> Counter[int]:
    """How many runs of the quote's words, the longest found, place the quote's start at each offset."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(quote)]
    for size in range(min(_GRAM, len(words)), 0, -1):
        runs: dict[str, list[int]] = {}
        for j in range(len(words) - size + 1):
            runs.setdefault(quote[words[j][0] : words[j + size - 1][1]], []).append(words[j][0])
        if votes := _count(runs, hay):
            return votes
    # Not one word in common: a misspelt word or two. Look for the source's words nearest them.
    near: dict[str, list[int]] = {}
    for start, end in words[:_GRAM]:
        for close in get_close_matches(quote[start:end], _vocabulary(hay), n=3, cutoff=0.7):
            near.setdefault(close, []).append(start)
    return _count(near, hay)


def _count(runs: dict[str, list[int]], hay: str) -> Counter[int]:
    """Votes of each run found in hay as whole words: where the quote would start, for each offset it has."""
    votes: Counter[int] = Counter()
    for run, offsets in runs.items():
        found = hay.find(run)
        while found >= 0:
            if not _is_word(hay, found - 1) and not _is_word(hay, found + len(run)):
                votes.update(found - offset for offset in offsets)
            found = hay.find(run, found + 1)
    return votes


@lru_cache(maxsize=4)
def _vocabulary(hay: str) -> tuple[str, ...]:
    return tuple(sorted(set(_WORD.findall(hay))))


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    """Text in lower case for finding runs of words, unless that would move characters."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text
