"""Find a quote, word for word, in a source's text.

Only what typesetting changes is forgiven: runs of white space, curly versus
straight quotes, dash variants and Unicode normal form. An elision written
"…", "..." or "[...]" matches the pieces around it in order.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
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
    haystack = _normalised(source)
    parts = pieces(quote)
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
    """The stretch of the source most like the quote, to show the editor the slip."""
    haystack = _normalised(source)
    needle = " ".join(pieces(quote)) or normalise(quote)
    if not haystack or not needle:
        return ""
    width = len(needle)
    starts = [0] + [m.end() for m in re.finditer(r"[\s\"']", haystack)]
    best_score, best_start = 0.0, 0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle)
    # The earliest window with the best ratio. A ratio never exceeds the quick
    # ratio, so windows are tried best quick ratio first and the search stops
    # when no quick ratio is left that could match the best found: a few full
    # comparisons instead of hundreds (tools/bench.py, the editor guide's examples).
    bounds = []
    for start in starts:
        matcher.set_seq1(haystack[start : start + width])
        bounds.append((-matcher.quick_ratio(), start))
    for bound, start in sorted(bounds):
        if -bound <= 0 or -bound < best_score:
            break
        matcher.set_seq1(haystack[start : start + width])
        score = matcher.ratio()
        if score > best_score or (score == best_score and start < best_start):
            best_score, best_start = score, start
    if not best_score:
        return ""
    # The window had the quote's length; let its end move a little to fit the passage.
    slack = max(3, width // 10)
    candidates = []
    for end in range(best_start + max(1, width - slack), best_start + width + slack + 1):
        matcher.set_seq1(haystack[best_start:end])
        candidates.append((matcher.ratio(), -abs(end - best_start - width), end))
    _, _, end = max(candidates)
    return haystack[best_start:end].strip()
