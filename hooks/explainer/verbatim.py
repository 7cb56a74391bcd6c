"""Find a quote, word for word, in a source's text.

Only what typesetting changes is forgiven: runs of white space, curly versus
straight quotes, dash variants and Unicode normal form. An elision written
"…", "..." or "[...]" matches the pieces around it in order.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache

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
_ELISION = re.compile(r"\s*(?:\[\s*(?:\u2026|\.\.\.)\s*\]|\u2026|\.\.\.)\s*")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Text with typesetting differences removed, for comparison only."""
    text = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY)
    return _SPACE.sub(" ", text).strip()


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
    pattern = r"(?<![\w.])" + re.escape(needle) + r"(?![\w]|\.\d)"
    return re.search(pattern, _normalised(source)) is not None


def closest_passage(quote: str, source: str) -> str:
    """The stretch of the source most like the quote, to show the editor the slip.

    Runs of words the quote shares with the source vote for where it starts;
    only the few places with most votes are compared, word by word, so a long
    source costs a few text searches, not a comparison at each of its words
    (a 430-character quote took minutes against 310 KB that way).
    """
    haystack = _normalised(source)
    needle = " ".join(pieces(quote)) or normalise(quote)
    wanted = [token for token, _, _ in _tokens(needle)]
    if not haystack or not any(_is_word(token, 0) for token in wanted):
        return ""
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    size = len(wanted)
    best: tuple[float, int] = (0.0, 0)
    region: list[tuple[str, int, int]] = []
    for place in _places(needle, haystack):
        tokens = list(_tokens(haystack, max(0, place - _REACH), place + len(needle) + 2 * _REACH))
        for first, (token, start, _) in enumerate(tokens):
            if abs(start - place) <= _REACH and _is_word(token, 0) == _is_word(wanted[0], 0):
                matcher.set_seq1([token for token, _, _ in tokens[first : first + size]])
                if (score := matcher.ratio()) > best[0]:
                    best, region = (score, first), tokens
    if not region:
        return ""
    # The window had the quote's length in words; let its end move to fit the passage.
    first = best[1]
    slack = max(2, size // 10)
    ends = range(first + max(1, size - slack), min(len(region), first + size + slack) + 1)
    scored = []
    for end in ends:
        matcher.set_seq1([token for token, _, _ in region[first:end]])
        scored.append((matcher.ratio(), -abs(end - first - size), end))
    _, _, end = max(scored)
    return haystack[region[first][1] : region[end - 1][2]]


_TOKEN = re.compile(r"\w+|[^\w\s]")
_GRAM = 3
"""Words in a run that votes for a place: three words in a row seldom repeat by chance."""
_PLACES = 4
"""Places, most voted first, where the closest-passage search compares the quote word by word."""
_REACH = 40
"""Characters either side of a voted place where the passage may start (words added or dropped)."""


def _tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int, int]]:
    """Words and punctuation marks of text[start:end], folded, with where each starts and ends."""
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        yield match.group().casefold(), match.start(), match.end()


def _places(needle: str, haystack: str) -> list[int]:
    """Where in the haystack the needle most likely starts, judged by the longest runs of words they share."""
    hay, quote = _folded(haystack), _folded(needle)
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", quote)]
    votes: Counter[int] = Counter()
    for size in range(min(_GRAM, len(words)), 0, -1):
        runs: dict[str, list[int]] = {}
        for j in range(len(words) - size + 1):
            runs.setdefault(quote[words[j][0] : words[j + size - 1][1]], []).append(words[j][0])
        for run, offsets in runs.items():
            found = hay.find(run)
            while found >= 0:
                after = found + len(run)
                if not _is_word(hay, found - 1) and not _is_word(hay, after):
                    votes.update(found - offset for offset in offsets)
                found = hay.find(run, found + 1)
        if votes:
            break
    # A word added or dropped shifts the rest of the quote: count near places together.
    ranked = sorted(votes)
    near = {}
    low = high = 0
    total = 0
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


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    """Text in lower case for finding runs of words, unless that would move characters."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text
