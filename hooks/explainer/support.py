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
from collections.abc import Mapping
from dataclasses import dataclass, field

from .lang import DEFAULT, Told, told
from .passages import Mark, Sentence
from .search import fold
from .sentence_words import words_of
from .speakers import (
    NameIndex,
    find_attributed,
    fold_word,
    has_word,
    name_index,
    spelling_words,
    spellings_of,
    unique,
)
from .verbatim import closest_passage, normalise, normalised_source
from .wikilinks import WIKILINK

MIN_PASSAGE_WORDS = 3
"""A passage shorter than this cannot carry a claim ("the", "the minister said")."""
_ELISION = re.compile(r"…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*%?")
_QUOTED = re.compile(r"[“\"]([^”\"]{2,})[”\"]")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][\w’'-]*")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_][\w’'-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MEMO_LIMIT = 50_000
"""Findings remembered per set of names; past this many (a long `make serve`), they and the sentences
read for them are forgotten."""


@dataclass(frozen=True)
class Names:
    """Who a sentence may name without a passage, and every known name, for attribution."""

    known: Mapping[str, tuple[str, ...]]
    """Every actor's and source's names and aliases, by id (actor and source ids share a namespace here)."""
    allowed: frozenset[str] = field(default_factory=frozenset)
    """Folded words the sentence may say freely: the note's subject, its outlet, the source's date."""


def check_passage(mark: Mark, seeds: Mapping[str, str]) -> Told | None:
    """What is wrong with one passage (None when nothing): seeds maps source id to its text."""
    return _passage_problem(mark.words, tuple(seeds.items()))


@functools.lru_cache(maxsize=4096)
def _passage_problem(words: str, seeds: tuple[tuple[str, str], ...]) -> Told | None:
    """check_passage's answer, remembered: a passage is often cited again, and the guide checks one note per example."""
    if _ELISION.search(words):
        return told("check.support.elision", passage=_cut(words))
    if len(words.split()) < MIN_PASSAGE_WORDS:
        return told("check.support.too-short", passage=_cut(words), n=MIN_PASSAGE_WORDS)
    if not seeds:
        return told("check.support.no-seed")
    needle = normalise(words)
    if any(needle in normalised_source(text) for _, text in seeds):
        return None
    source, text = seeds[0]
    closest = _cut(closest_passage(words, text))
    return told("check.support.not-found", source=source, passage=_cut(words), closest=closest)


def drift(sentence: Sentence, names: Names, language: str = DEFAULT) -> list[Told]:
    """What the sentence says that its passages do not, read in the language; [] when it keeps to them.

    Remembered per sentence and passages: the editor's guide checks the same notes once per example."""
    index = name_index(names.known)
    passages = " ".join(m.words for m in sentence.passages)
    key = ("drift", language, sentence.text, passages, names.allowed)
    if key not in index.findings:
        _remember(index, key, _drift(sentence.text, passages, names, index, language))
    return list(index.findings[key])


def _drift(text: str, passages: str, names: Names, index: NameIndex, language: str) -> tuple[Told, ...]:
    w = words_of(language)
    said = _readable(text, names, index)
    evidence, evidence_words, hedges = _evidence(passages, language)
    allowed = _allowed(text, names, index)
    found: list[Told] = []
    for number in _NUMBER.findall(said):
        if number.casefold() not in evidence_words and number.rstrip(".,") not in evidence and number not in allowed:
            found.append(told("check.support.number", number=number))
    # In ASCII text a word is a month when it is one in any case: only those are looked at, if any is there.
    if said.isascii():
        lower = said.lower()
        words = w.month_words.findall(said) if any(m in lower for m in w.ascii_months) else []
    else:
        words = _LETTERS.findall(said)
    for word in words:
        month = fold_word(word)
        if month not in w.months or (w.capitalised and not word[0].isupper()):
            continue
        if month not in evidence_words and month not in allowed:
            found.append(told("check.support.date-word", word=word))
    for quoted in _QUOTED.findall(said):
        if fold(normalise(quoted)).casefold() not in evidence:
            found.append(told("check.support.quoted", words=_cut(quoted)))
    for name in _names_in(said):
        folded = fold_word(name)
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
    return tuple(unique(found))


def attribution(sentence: Sentence, names: Names, language: str = DEFAULT) -> list[Told]:
    """An "X says" whose passages do not name X, and a passage's "says Y" the sentence does not name,
    read in the language. Remembered as drift is."""
    index = name_index(names.known)
    passages = tuple(m.words for m in sentence.passages)
    key = ("attribution", language, sentence.text, passages, names.allowed)
    if key not in index.findings:
        _remember(index, key, _attribution(sentence.text, passages, names, index, language))
    return list(index.findings[key])


def _attribution(
    text: str, written: tuple[str, ...], names: Names, index: NameIndex, language: str
) -> tuple[Told, ...]:
    said = _readable(text, names, index)
    passages, evidence = _normalised_passages(written)
    found: list[Told] = []
    for who in _attributed(said, names, language):
        if not any(has_word(evidence, s) for s in spellings_of(who, names.known)):
            found.append(told("check.support.says-unnamed", who=who))
    givers = [who for passage in passages for who in _attributed(passage, names, language)]
    if givers:
        sentence_names = fold(said).casefold()
        allowed = _allowed(text, names, index)
        for who in givers:
            if not any(has_word(sentence_names, s) or s in allowed for s in spellings_of(who, names.known)):
                found.append(told("check.support.gives-words", who=who))
    return tuple(unique(found))


def _remember(index: NameIndex, key: tuple[object, ...], findings: tuple[Told, ...]) -> None:
    if len(index.findings) >= _MEMO_LIMIT:
        for memo in (index.findings, index.readable, index.linked_in, index.attributed):
            memo.clear()
    index.findings[key] = findings


@functools.lru_cache(maxsize=4096)
def _normalised_passages(written: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """Each passage normalised, and all of them folded together."""
    passages = tuple(normalise(words) for words in written)
    return passages, fold(" ".join(passages)).casefold()


@functools.lru_cache(maxsize=4096)
def _evidence(passages: str, language: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """The passages folded, their folded words, and the hedges they hold (words of the language's hedges)."""
    w = words_of(language)
    normalised = normalise(passages)
    evidence = fold(normalised).casefold()
    # _words(normalised) is the words of evidence; and folding evidence again mostly leaves it as it is.
    words = set(_TOKEN.findall(evidence))
    again = fold(evidence).casefold()
    evidence_words = words if again == evidence else set(_TOKEN.findall(again))
    if w.month_not_hedge.search(normalised):
        words = _words(w.month_not_hedge.sub(" ", normalised))
    return evidence, frozenset(evidence_words), frozenset(words & w.hedge_words)


def _readable(text: str, names: Names, index: NameIndex) -> str:
    """The sentence as read: links as their words, Markdown links as their text."""
    if text in index.readable:
        return index.readable[text]

    def words(match: re.Match[str]) -> str:
        shown = (match.group("text") or "").strip()
        target = match.group("id").strip()
        return shown or (names.known.get(target) or (target,))[0]

    read = _MARKDOWN_LINK.sub(r"\1", WIKILINK.sub(words, text) if "[[" in text else text)
    index.readable[text] = read
    return read


def _allowed(text: str, names: Names, index: NameIndex) -> frozenset[str]:
    """What the sentence may say freely: the note's allowed words and its links' names."""
    linked = _linked_names(text, names, index)
    return names.allowed | linked if linked else names.allowed


def _linked_names(text: str, names: Names, index: NameIndex) -> frozenset[str]:
    """Folded words of every name and alias of the actors the sentence links to."""
    if "[[" not in text:
        return frozenset()
    if text in index.linked_in:
        return index.linked_in[text]
    linked: set[str] = set()
    for match in WIKILINK.finditer(text):
        if (match.group("kind") or "actor") == "actor":
            linked |= index.linked.get(match.group("id").strip(), frozenset())
        linked |= spelling_words(match.group("text") or "")
    index.linked_in[text] = frozenset(w for w in linked if w)
    return index.linked_in[text]


def _names_in(text: str) -> list[str]:
    """Capitalised words not at the start of the sentence or after a colon or quote mark."""
    found = []
    for match in _CAPITALISED.finditer(text):
        at = match.start() - 1
        while at >= 0 and text[at] in " “\"‘'(":  # the character before, past spaces and opening marks
            at -= 1
        if at < 0 or text[at] in ".:!?-–—":
            continue
        found.append(match.group(0).rstrip("’'").removesuffix("’s").removesuffix("'s"))
    return found


def _attributed(text: str, names: Names, language: str) -> list[str]:
    """Known names standing next to a cue of attribution: 'CNN says', 'says Vox', 'according to the BBC'.

    For each cue, the nearest name ending just before it (the speaker of "X says"), else the
    nearest one just after it ("says X", "according to X"). Remembered per text: a passage
    cited by several sentences is read once.
    """
    index = name_index(names.known)
    if (language, text) not in index.attributed:
        index.attributed[language, text] = find_attributed(text, index, words_of(language))
    return list(index.attributed[language, text])


def _same_stem(word: str, evidence_words: frozenset[str]) -> bool:
    """Brazilian where the passage says Brazil: a name and its adjective share a stem."""
    stem = word[:6]
    return len(word) >= 6 and any(w.startswith(stem) for w in evidence_words)


def _words(text: str) -> set[str]:
    """Folded words and numbers (33.4%, 1,000) without the punctuation around them."""
    return set(_TOKEN.findall(fold(text).casefold()))


def _cut(text: str, limit: int = 80) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
