"""One regular expression that finds the longest of many phrases at each place (the glossary's spellings)."""

from __future__ import annotations

import os
import re


def longest_of(phrases: list[str], depth: int = 0) -> str:
    """A pattern matching the longest of phrases (none empty) at a place, grouped by their first
    letters: "Lima(?: Group)?". A space in a phrase matches any run of white space.

    The same matches as trying each phrase in turn, longest first (tests/test_pictures.py proves
    it): with the real site's 161 glossary spellings one after another, the regular expression
    engine tried each at every word of every page, 2.5 times as long. A start the phrases of a
    group share is taken whole, and past _MOST_NESTED groups the rest are tried in turn, so that
    no phrases nest the pattern deeper than Python can compile.
    """
    if depth >= _MOST_NESTED:
        return "|".join(map(escape, sorted(phrases, key=len, reverse=True)))
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase[1:])
    found = []
    for first, rests in by_first.items():
        longer = [rest for rest in rests if rest]
        if len(longer) < 2:
            whole = escape(first + "".join(longer))
            found.append(f"{escape(first)}(?:{escape(longer[0])})?" if longer and rests != longer else whole)
            continue
        shared = os.path.commonprefix(longer) if rests == longer else ""  # noqa: RUF071 (letters, not paths)
        after = [rest[len(shared) :] for rest in longer]
        optional = "?" if rests != longer or "" in after else ""
        inner = longest_of([rest for rest in after if rest], depth + 1)
        found.append(f"{escape(first + shared)}(?:{inner}){optional}")
    return "|".join(found)


def escape(phrase: str) -> str:
    """phrase as a pattern; a space stands for any spaces or line break between words (a page's
    Markdown may wrap a line inside a phrase)."""
    return re.escape(phrase).replace("\\ ", r"\s+")


_MOST_NESTED = 20
"""Groups within groups in a pattern, at most (a glossary term and its aliases rarely share more than three)."""
