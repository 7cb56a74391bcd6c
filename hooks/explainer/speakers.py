"""Who a text gives words to: the known names standing next to a cue of attribution.

"CNN says", "says Vox", "according to the BBC": support.py holds each sentence's
speakers to its passages' and back. The names are made searchable once per set of
names (NameIndex), and the cues once per language (sentence_words.Words).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from .lang import Told
from .search import fold
from .sentence_words import Words, alternatives

_NAME_WORD = re.compile(r"[\w’'-]+")
_QUOTE_ENDS = (",", "”", '"', "’", "'")
"""What ends the words before a cue whose speaker follows a quote ("'…', says Vox")."""
_T = TypeVar("_T")


@functools.lru_cache(maxsize=16384)
def fold_word(word: str) -> str:
    """fold(word).casefold(), for the words sentences share (months, names)."""
    return fold(word).casefold()


@functools.lru_cache(maxsize=4096)
def spelling_words(spelling: str) -> frozenset[str]:
    """A name folded, whole and word by word."""
    return frozenset({fold_word(spelling), *(fold_word(w) for w in _NAME_WORD.findall(spelling))})


def find_attributed(text: str, index: NameIndex, w: Words) -> tuple[str, ...]:
    folded = fold(text).casefold()
    if not w.cues.search(folded):
        return ()
    # Two letters name someone only in capitals, as written: RT and US, not "us".
    spots = [(m.start(), m.end(), index.spelled[m.group(0)]) for m in index.folded.finditer(folded)]
    if index.capitals is not None:
        spots += [(m.start(), m.end(), m.group(0)) for m in index.capitals.finditer(text)]
    found = []
    for cue in w.cues.finditer(folded):
        # "…", says Vox / …, CNN reported / according to the BBC: the speaker follows the cue.
        # Both patterns end at the cue ($): only the words just before it can match.
        before_cue = folded[: cue.start()]
        trimmed = before_cue.rstrip()
        inverted = cue.group(0) in w.speaker_after or (
            cue.group(0) in w.speaker_after_quote and trimmed.endswith(_QUOTE_ENDS)
        )
        relative = len(trimmed) < len(before_cue) and w.relative.search(
            before_cue, max(0, len(trimmed) - w.relative_longest)
        )
        if relative and not inverted:
            continue  # "a broadcaster that said": the speaker is who the clause is about, not a name before it
        before = [s for s in spots if cue.start() - 40 <= s[1] <= cue.start()]
        after = [s for s in spots if cue.end() <= s[0] <= cue.end() + 12]
        if inverted and after:
            found.append(min(after, key=lambda s: (s[0], s[0] - s[1]))[2])
        elif before and not inverted:
            found.append(max(before, key=lambda s: (s[1], s[1] - s[0]))[2])
    return tuple(unique(found))


@dataclass(frozen=True)
class NameIndex:
    """Every known name made searchable once per set of names, not once per sentence."""

    known: Mapping[str, tuple[str, ...]]
    folded: re.Pattern[str]
    """Every known name (folded, longest first)."""
    capitals: re.Pattern[str] | None
    """Two-letter names in capitals, as written."""
    spelled: dict[str, str]
    """Each folded spelling's name as written."""
    spellings: dict[str, frozenset[str]]
    """Each folded name: the folded names (of more than one letter) of every note that has it."""
    linked: dict[str, frozenset[str]]
    """Each id's names folded, whole and word by word: what a link to it lets a sentence name."""
    attributed: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    """What _attributed found in each text so far, by language and text."""
    readable: dict[str, str] = field(default_factory=dict)
    """Each sentence as read (_readable)."""
    linked_in: dict[str, frozenset[str]] = field(default_factory=dict)
    """The names each sentence's links let it say (_linked_names)."""
    findings: dict[tuple[object, ...], tuple[Told, ...]] = field(default_factory=dict)
    """What drift and attribution found, by sentence, passages and allowed words."""


_INDEX: list[NameIndex] = []
"""The set of names last asked about, first; and a few before it (the editor's guide's tiny projects
share theirs): an index serves every mapping with the same names."""
_KEPT_INDEXES = 4


def name_index(known: Mapping[str, tuple[str, ...]]) -> NameIndex:
    if _INDEX and _INDEX[0].known is known:
        return _INDEX[0]
    same = next((i for i in _INDEX if list(i.known.items()) == list(known.items())), None)
    if same is not None:
        _INDEX.remove(same)
        _INDEX.insert(0, dataclasses.replace(same, known=known))
        return _INDEX[0]
    spelled: dict[str, str] = {}
    capitals: list[str] = []
    spellings: dict[str, set[str]] = {}
    for all_names in known.values():
        folded_names = {fold(n).casefold() for n in all_names if len(n) > 1}
        for spelling in all_names:
            key = fold(spelling).casefold()
            spellings.setdefault(key, set()).update(folded_names)
            if len(key) > 2:
                spelled.setdefault(key, spelling)
            elif len(key) == 2 and spelling.isupper():
                capitals.append(spelling)
    pattern = alternatives(sorted(spelled, key=len, reverse=True)) or "(?!)"
    folded = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")
    caps = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, capitals))})(?!\w)") if capitals else None
    linked = {id_: frozenset(w for n in all_names for w in spelling_words(n)) for id_, all_names in known.items()}
    index = NameIndex(known, folded, caps, spelled, {k: frozenset(v) for k, v in spellings.items()}, linked)
    _INDEX[:] = [index, *_INDEX[: _KEPT_INDEXES - 1]]
    return index


def spellings_of(who: str, known: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Folded spellings of a name: the name itself, and every name of the note it belongs to."""
    key = fold_word(who)
    return sorted({key} | name_index(known).spellings.get(key, frozenset()))


def has_word(text: str, words: str) -> bool:
    """True when words stand in text as whole words ("US" in "the US", not in "discuss").

    As the pattern (?<!\\w)words(?!\\w) would find, without making one per name: a word character
    is what str.isalnum says, or "_"."""
    if not words:
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    end = len(words)
    at = text.find(words)
    while at >= 0:
        if (at == 0 or not _is_word(text[at - 1])) and (at + end == len(text) or not _is_word(text[at + end])):
            return True
        at = text.find(words, at + 1)
    return False


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"


def unique(items: Iterable[_T]) -> list[_T]:
    return list(dict.fromkeys(items))
