"""Does each sentence say only what its passages say? The fact-checker's annotated copy, checked.

For one sentence of reporting and its passages (see passages.py), this finds:

- a passage that is not one unbroken run of its source's words, or too short
  to carry a claim;
- drift: a number, a month or year, a proper name or words in quotation marks
  that the sentence says and its passages do not; a hedge of the passage
  ("appears", "some", "may") that the sentence drops;
- attribution: "X says" or "according to X" where no passage names X, and a
  passage that gives its words to someone ("says Time") whom the sentence
  does not name.

A sentence may name the actors it links to, the note's own subject and the
outlet it shows as "reported by". Findings are words for the editor (lang.Told,
written in the site's language when shown); claims.py adds the file, line and field.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from .lang import DEFAULT, READING, Told, told
from .passages import Mark, Sentence
from .search import fold
from .verbatim import closest_passage, normalise, normalised_source
from .wikilinks import WIKILINK

MIN_PASSAGE_WORDS = 3
"""A passage shorter than this cannot carry a claim ("the", "the minister said")."""
_ELISION = re.compile(r"…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*%?")
_QUOTED = re.compile(r"[“\"]([^”\"]{2,})[”\"]")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][\w’'-]*")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_][\w’'-]*")
_T = TypeVar("_T")


@dataclass(frozen=True)
class _Words:
    """A language's Reading, made ready to search folded text with."""

    months: frozenset[str]
    capitalised: bool
    hedges: tuple[tuple[str, ...], ...]
    month_not_hedge: re.Pattern[str]
    cues: re.Pattern[str]
    speaker_after: frozenset[str]
    speaker_after_quote: frozenset[str]
    relative: re.Pattern[str]
    never_names: frozenset[str]


@functools.cache
def _words_of(language: str) -> _Words:
    reading = READING.get(language, READING[DEFAULT])
    folded = _fold_all
    cues = "|".join(re.escape(c) for c in sorted(folded(reading.cues), key=len, reverse=True))
    return _Words(
        months=frozenset(folded(reading.months)),
        capitalised=reading.months_capitalised,
        hedges=tuple(tuple(folded(family)) for family in reading.hedges),
        month_not_hedge=re.compile(reading.month_not_hedge),
        cues=re.compile(rf"\b(?:{cues})\b"),
        speaker_after=frozenset(folded(reading.speaker_after)),
        speaker_after_quote=frozenset(folded(reading.speaker_after_quote)),
        relative=re.compile(rf"\b(?:{'|'.join(folded(reading.relative))})\s+$"),
        never_names=frozenset(folded(reading.never_names)),
    )


def _fold_all(words: tuple[str, ...]) -> list[str]:
    return [fold(w).casefold() for w in words]


@dataclass(frozen=True)
class Names:
    """Who a sentence may name without a passage, and every known name, for attribution."""

    known: Mapping[str, tuple[str, ...]]
    """Every actor's and source's names and aliases, by id (actor and source ids share a namespace here)."""
    allowed: frozenset[str] = field(default_factory=frozenset)
    """Folded words the sentence may say freely: the note's subject, its outlet, the source's date."""


def check_passage(mark: Mark, seeds: Mapping[str, str]) -> Told | None:
    """What is wrong with one passage (None when nothing): seeds maps source id to its text."""
    if _ELISION.search(mark.words):
        return told("check.support.elision", passage=_cut(mark.words))
    if len(mark.words.split()) < MIN_PASSAGE_WORDS:
        return told("check.support.too-short", passage=_cut(mark.words), n=MIN_PASSAGE_WORDS)
    if not seeds:
        return told("check.support.no-seed")
    needle = normalise(mark.words)
    if any(needle in normalised_source(text) for text in seeds.values()):
        return None
    source, text = next(iter(seeds.items()))
    closest = _cut(closest_passage(mark.words, text))
    return told("check.support.not-found", source=source, passage=_cut(mark.words), closest=closest)


def drift(sentence: Sentence, names: Names, language: str = DEFAULT) -> list[Told]:
    """What the sentence says that its passages do not, read in the language; [] when it keeps to them."""
    w = _words_of(language)
    passages = " ".join(m.words for m in sentence.passages)
    said = _readable(sentence.text, names)
    normalised = normalise(passages)
    evidence = fold(normalised).casefold()
    evidence_words = _words(evidence)
    hedges = _words(w.month_not_hedge.sub(" ", normalised)).intersection(word for f in w.hedges for word in f)
    allowed = names.allowed | _linked_names(sentence.text, names)
    found: list[Told] = []
    for number in _NUMBER.findall(said):
        if number.casefold() not in evidence_words and number.rstrip(".,") not in evidence and number not in allowed:
            found.append(told("check.support.number", number=number))
    for word in re.findall(r"[^\W\d_]+", said):
        month = fold(word).casefold()
        if month not in w.months or (w.capitalised and not word[0].isupper()):
            continue
        if month not in evidence_words and month not in allowed:
            found.append(told("check.support.date-word", word=word))
    for quoted in _QUOTED.findall(said):
        if fold(normalise(quoted)).casefold() not in evidence:
            found.append(told("check.support.quoted", words=_cut(quoted)))
    for name in _names_in(said):
        folded = fold(name).casefold()
        if folded in w.never_names or folded in allowed or folded in w.months or folded in evidence_words:
            continue
        if folded in evidence or _same_stem(folded, evidence_words):
            continue
        found.append(told("check.support.name", name=name))
    said_words: set[str] | None = None
    for family in w.hedges:
        kept = [word for word in family if word in hedges]
        if kept:
            said_words = _words(said) if said_words is None else said_words
            if not any(word in said_words for word in family):
                found.append(told("check.support.hedge", hedge=kept[0]))
    return _unique(found)


def attribution(sentence: Sentence, names: Names, language: str = DEFAULT) -> list[Told]:
    """An "X says" whose passages do not name X, and a passage's "says Y" the sentence does not name,
    read in the language."""
    said = _readable(sentence.text, names)
    passages = [normalise(m.words) for m in sentence.passages]
    evidence = fold(" ".join(passages)).casefold()
    found: list[Told] = []
    for who in _attributed(said, names, language):
        if not any(_has_word(evidence, s) for s in _spellings(who, names)):
            found.append(told("check.support.says-unnamed", who=who))
    sentence_names = fold(said).casefold()
    allowed = names.allowed | _linked_names(sentence.text, names)
    for who in (who for passage in passages for who in _attributed(passage, names, language)):
        if not any(_has_word(sentence_names, s) or s in allowed for s in _spellings(who, names)):
            found.append(told("check.support.gives-words", who=who))
    return _unique(found)


def _readable(text: str, names: Names) -> str:
    """The sentence as read: links as their words, Markdown links as their text."""

    def words(match: re.Match[str]) -> str:
        shown = (match.group("text") or "").strip()
        target = match.group("id").strip()
        return shown or (names.known.get(target) or (target,))[0]

    text = WIKILINK.sub(words, text)
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)


def _linked_names(text: str, names: Names) -> frozenset[str]:
    """Folded words of every name and alias of the actors the sentence links to."""
    linked: set[str] = set()
    if "[[" not in text:
        return frozenset()
    by_id = _name_index(names.known).linked
    for match in WIKILINK.finditer(text):
        if (match.group("kind") or "actor") == "actor":
            linked |= by_id.get(match.group("id").strip(), frozenset())
        linked |= _spelling_words(match.group("text") or "")
    return frozenset(w for w in linked if w)


def _spelling_words(spelling: str) -> set[str]:
    """A name folded, whole and word by word."""
    return {fold(spelling).casefold(), *(fold(w).casefold() for w in re.findall(r"[\w’'-]+", spelling))}


def _names_in(text: str) -> list[str]:
    """Capitalised words not at the start of the sentence or after a colon or quote mark."""
    found = []
    for match in _CAPITALISED.finditer(text):
        before = text[: match.start()].rstrip(" “\"‘'(")
        if not before or before.endswith((".", ":", "!", "?", "-", "–", "—")):
            continue
        found.append(match.group(0).rstrip("’'").removesuffix("’s").removesuffix("'s"))
    return found


def _attributed(text: str, names: Names, language: str) -> list[str]:
    """Known names standing next to a cue of attribution: 'CNN says', 'says Vox', 'according to the BBC'.

    For each cue, the nearest name ending just before it (the speaker of "X says"), else the
    nearest one just after it ("says X", "according to X"). Remembered per text: a passage
    cited by several sentences is read once.
    """
    index = _name_index(names.known)
    if (language, text) not in index.attributed:
        index.attributed[language, text] = _find_attributed(text, index, _words_of(language))
    return list(index.attributed[language, text])


def _find_attributed(text: str, index: _NameIndex, w: _Words) -> tuple[str, ...]:
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
        inverted = cue.group(0) in w.speaker_after or (
            cue.group(0) in w.speaker_after_quote and re.search(r"[,”\"’']\s*$", folded[: cue.start()])
        )
        if w.relative.search(folded[: cue.start()]):
            continue  # "a broadcaster that said": the speaker is who the clause is about, not a name before it
        before = [s for s in spots if cue.start() - 40 <= s[1] <= cue.start()]
        after = [s for s in spots if cue.end() <= s[0] <= cue.end() + 12]
        if inverted and after:
            found.append(min(after, key=lambda s: (s[0], s[0] - s[1]))[2])
        elif before and not inverted:
            found.append(max(before, key=lambda s: (s[1], s[1] - s[0]))[2])
    return tuple(_unique(found))


@dataclass(frozen=True)
class _NameIndex:
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


_INDEX: list[_NameIndex] = []
"""One set of names per build: only the latest is kept."""


def _name_index(known: Mapping[str, tuple[str, ...]]) -> _NameIndex:
    if _INDEX and _INDEX[0].known is known:
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
    alternatives = "|".join(re.escape(k) for k in sorted(spelled, key=len, reverse=True)) or "(?!)"
    folded = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    caps = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, capitals))})(?!\w)") if capitals else None
    linked = {id_: frozenset(w for n in all_names for w in _spelling_words(n)) for id_, all_names in known.items()}
    index = _NameIndex(known, folded, caps, spelled, {k: frozenset(v) for k, v in spellings.items()}, linked)
    _INDEX[:] = [index]
    return index


def _spellings(who: str, names: Names) -> list[str]:
    """Folded spellings of a name: the name itself, and every name of the note it belongs to."""
    key = fold(who).casefold()
    return sorted({key} | _name_index(names.known).spellings.get(key, frozenset()))


def _has_word(text: str, words: str) -> bool:
    """True when words stand in text as whole words ("US" in "the US", not in "discuss")."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _same_stem(word: str, evidence_words: set[str]) -> bool:
    """Brazilian where the passage says Brazil: a name and its adjective share a stem."""
    stem = word[:6]
    return len(word) >= 6 and any(w.startswith(stem) for w in evidence_words)


def _words(text: str) -> set[str]:
    """Folded words and numbers (33.4%, 1,000) without the punctuation around them."""
    return set(_TOKEN.findall(fold(text).casefold()))


def _unique(items: Iterable[_T]) -> list[_T]:
    return list(dict.fromkeys(items))


def _cut(text: str, limit: int = 80) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
