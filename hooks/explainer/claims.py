"""Every sentence a reader sees, in one of three voices, and reporting proven by its passages.

The loader calls `take_marks` on each note it builds: text fields keep their
words, and the markers (passages.py) go to the note's Origin. `check_claims`
then holds every sentence readers see to its voice:

- reporting: at least one passage, each one unbroken run of a seed's words,
  and nothing said beyond them (support.py);
- context or analysis: marked, and shown to readers as such;
- a sentence with no marker is an error: the build does not publish it.

Claims that are fields, not sentences, need passages too: a side other than
the default carries one after its value (`side: government ^["…"]`), a relation's
type one on its value or on its text, and whoever `reported_by` or
`argued_by` names must be named in one of the note's passages.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from . import lang, model
from .model import Evidence, Notes, PartialDate
from .passages import Mark, Marked, Sentence, read_marks
from .problems import Problem
from .search import fold
from .support import Names, attribution, check_passage, drift
from .verbatim import normalise

STATEMENTS: dict[type, tuple[str, ...]] = {
    model.Actor: ("role", "stance", "body"),
    model.Source: ("body",),
    model.Relation: ("text",),
    model.Event: ("title", "text", "date_note"),
    model.Quote: ("context",),
    model.Figure: ("label",),
    model.Explanation: ("title", "summary", "body"),
    model.Term: ("definition", "body"),
    model.Story: ("question_intro", "pages"),
}
"""The fields whose sentences readers read as statements; evidence points' text too, and the story's
page texts ("pages[0].description", "pages[0].card")."""
PAGE_TEXTS = ("description", "card")
"""What readers read of a story's page texts (model.PageText): a page's description and its card."""
_PLACEHOLDER = re.compile(r"\bTODO\b")
"""What `make new` writes for the editor to replace (template.TODO)."""
_POINT_KEY = re.compile(r"(evidence_\w+)\[(\d+)\]\.text")
"""An evidence point's text field (evidence_for[0].text): its group and its index."""


@dataclasses.dataclass
class Coverage:
    """How many sentences readers see, by voice, and how many the check flagged."""

    voices: Counter[str] = dataclasses.field(default_factory=Counter)
    flags: int = 0

    def add(self, other: Coverage) -> None:
        self.voices.update(other.voices)
        self.flags += other.flags

    def line(self, language: str) -> str:
        """The summary `make check` prints, in the language."""
        reporting, unmarked = self.voices["reporting"], self.voices["unmarked"]
        total = reporting + unmarked
        share = 100 * reporting / total if total else 100.0
        context, analysis = self.voices["context"], self.voices["analysis"]
        return lang.said(
            language,
            lang.told(
                "check.claims.coverage",
                reporting=reporting,
                total=total,
                share=f"{share:.0f}",
                context=context,
                analysis=analysis,
                flags=self.flags,
            ),
        )


def take_marks(
    values: dict[str, Any], lines: Mapping[str, int]
) -> tuple[tuple[tuple[str, Marked], ...], list[tuple[str, int, lang.Told]]]:
    """Read the markers out of a note's text values, in place; return them by field, and marker errors.

    Errors are (field, line, message). Evidence points are keyed "evidence_for[2].text", and their
    lines are added to lines under that key; a story's page texts "pages[0].description", at the line
    lines gives that key (convert._nested_lines), else the item's.
    """
    marks: list[tuple[str, Marked]] = []
    errors: list[tuple[str, int, lang.Told]] = []
    for name, value in list(values.items()):
        if isinstance(value, str) and name != "id":
            values[name] = _take(name, value, lines.get(name, 0), marks, errors)
        elif isinstance(value, tuple) and value and isinstance(value[0], Evidence):
            points = []
            for index, point in enumerate(value):
                key = f"{name}[{index}].text"
                points.append(dataclasses.replace(point, text=_take(key, point.text, point.line, marks, errors)))
            values[name] = tuple(points)
        elif isinstance(value, tuple) and value and isinstance(value[0], model.PageText):
            texts = []
            for index, item in enumerate(value):
                taken = {}
                for field in (f for f in PAGE_TEXTS if getattr(item, f)):
                    key = f"{name}[{index}].{field}"
                    taken[field] = _take(key, getattr(item, field), lines.get(key, item.line), marks, errors)
                texts.append(dataclasses.replace(item, **taken))
            values[name] = tuple(texts)
    return tuple(marks), errors


def _take(
    key: str, value: str, line: int, marks: list[tuple[str, Marked]], errors: list[tuple[str, int, lang.Told]]
) -> str:
    marked = read_marks(value)
    marks.append((key, marked))
    errors += [(key, line + offset, message) for offset, message in marked.errors]
    return marked.text.rstrip()  # `side: government ^["…"]` is the side "government"


def check_claims(notes: Notes) -> tuple[list[Problem], Coverage]:
    """Every sentence readers see that is unmarked or unproven, and the count of voices."""
    checker = _ClaimChecker(notes)
    for kind in model.KINDS:
        for note in getattr(notes, kind + "s"):
            checker.check_note(note)
    if notes.story is not model.EMPTY_STORY:
        checker.check_note(notes.story)
    return checker.problems, checker.coverage


def check_pages(notes: Notes, pages: Mapping[str, Sequence[tuple[int, str, str]]]) -> tuple[list[Problem], Coverage]:
    """Every sentence of hand-written pages: path → (first line, field, text) of what readers read."""
    checker = _ClaimChecker(notes)
    names = Names(checker.known, frozenset(checker.date_words(s.id for s in notes.sources)))
    for path, texts in pages.items():
        for line, field, text in texts:
            marked = read_marks(text)
            at = _At(path, line, field)
            for offset, message in marked.errors:
                checker.add(at, offset, message)
            checker.check_text(at, marked, checker.seeded, names)
    return checker.problems, checker.coverage


def statements(note: Any) -> Iterator[tuple[str, Marked]]:
    """(field, marked text) of each statement field the note has written."""
    fields = STATEMENTS.get(type(note), ())
    for key, marked in note.origin.marks:
        if key.split("[", 1)[0] in fields or key.startswith("evidence_"):
            yield key, marked


class _ClaimChecker:
    def __init__(self, notes: Notes) -> None:
        self.notes = notes
        self.problems: list[Problem] = []
        self.coverage = Coverage()
        self.sources = {s.id: s for s in notes.sources}
        self.actors = {a.id: a for a in notes.actors}
        self.known = _known_names(notes)
        self.seeded = {s.id: notes.seeds[s.seed] for s in notes.sources if s.seed in notes.seeds}
        self.allowed: dict[str, frozenset[str]] = {}
        """Each subject's names, folded whole and word by word (names_for), worked out once."""
        self.dated: dict[str, frozenset[str]] = {}
        """Each source's date in words, folded (date_words), worked out once."""

    def add(self, at: _At, offset: int, message: lang.Told) -> None:
        self.problems.append(Problem(at.path, at.line + offset, at.field, message))

    def check_text(self, at: _At, marked: Marked, seeds: dict[str, str], names: Names) -> list[str]:
        """Check each sentence of one text; return the words of its passages."""
        passages: list[str] = []
        for sentence in marked.sentences:
            if not sentence.aside:
                self.check_sentence(at, sentence, seeds, names)
            passages += [m.words for m in sentence.passages]
        return passages

    def check_note(self, note: Any) -> None:
        seeds = self.seeds_of(note)
        names = self.names_for(note)
        passages: list[str] = []
        for key, marked in statements(note):
            point = _point(note, key)  # an evidence point's passages come from its own sources
            own = self.seeds_of(point) if point is not None else seeds
            passages += self.check_text(_at(note, key), marked, own, names)
        for key, marked in note.origin.marks:
            if key in ("side", "type"):
                passages += [m.words for m in marked.marks if m.voice == "reporting"]
                for mark in marked.marks:
                    self.passage(_at(note, key), mark, seeds)
        if not any(_unfinished(marked.text) for _, marked in note.origin.marks):
            self.check_field_claims(note, passages)  # an unfinished note from `make new` is listed as such

    def check_sentence(self, at: _At, sentence: Sentence, seeds: dict[str, str], names: Names) -> None:
        if _unfinished(sentence.text):
            return  # `make new`'s TODO: find_unfinished lists it, and `make site` will not publish it
        voice = sentence.voice
        self.coverage.voices[voice or "unmarked"] += 1
        if voice is None:
            self.add(at, sentence.line, lang.told("check.claims.no-passage", sentence=_cut(sentence.text)))
            return
        for mark in sentence.passages:
            self.passage(at, mark, seeds)
        if voice == "reporting":
            language = self.notes.language
            for finding in drift(sentence, names, language) + attribution(sentence, names, language):
                self.coverage.flags += 1
                self.add(
                    at, sentence.line, lang.told("check.claims.finding", sentence=_cut(sentence.text), finding=finding)
                )

    def passage(self, at: _At, mark: Mark, seeds: dict[str, str]) -> None:
        if mark.voice != "reporting":
            return
        if mark.source and mark.source not in self.sources:
            self.add(at, mark.line, lang.told("check.claims.no-source", source=mark.source))
            return
        chosen = seeds
        if mark.source:
            chosen = {mark.source: self.seeded[mark.source]} if mark.source in self.seeded else {}
        problem = check_passage(mark, chosen)
        if problem is not None:
            self.add(at, mark.line, problem)

    def check_field_claims(self, note: Any, passages: list[str]) -> None:
        if (
            isinstance(note, model.Actor)
            and note.side not in ("", self.notes.story.default_side)
            and not _has_passage(note, "side")
        ):
            self.add(_at(note, "side"), 0, lang.told("check.claims.side", side=note.side))
        if isinstance(note, model.Relation) and not _has_passage(note, "type") and not _has_passage(note, "text"):
            self.add(_at(note, "type"), 0, lang.told("check.claims.relation-type", type=note.type))
        said: str | None = None  # the passages folded, once a note credits someone
        for field in ("reported_by", "argued_by"):
            value = getattr(note, field, ())
            for ref in (value,) if isinstance(value, str) else value:
                if not ref:
                    continue
                said = fold(normalise(" ".join(passages))).casefold() if said is None else said
                if not any(fold(normalise(n)).casefold() in said for n in self.known.get(ref, (ref,))):
                    name = self.known.get(ref, (ref,))[0]
                    self.add(_at(note, field), 0, lang.told("check.claims.not-credited", name=name))

    def seeds_of(self, note: Any) -> dict[str, str]:
        """Source id → seed text of the sources a passage with no source id may come from (passage_sources)."""
        own = [s for s in getattr(note, "sources", ()) if s in self.seeded]
        return {s: self.seeded[s] for s in own} if own else self.seeded

    def names_for(self, note: Any) -> Names:
        allowed: set[str] = set()
        subjects = [getattr(note, "id", "")] if isinstance(note, model.Actor) else []
        subjects += [getattr(note, f, "") for f in ("speaker", "subject", "object", "reported_by")]
        for subject in filter(None, subjects):
            if subject not in self.allowed:
                words = set()
                for name in self.known.get(subject, ()):
                    words.add(fold(name).casefold())
                    words.update(fold(w).casefold() for w in name.split())
                self.allowed[subject] = frozenset(words)
            allowed |= self.allowed[subject]
        allowed.update(self.date_words(getattr(note, "sources", ())))
        return Names(self.known, frozenset(allowed))

    def date_words(self, source_ids: Iterable[str]) -> set[str]:
        """The words of the sources' own dates ("march", "2019", in the story's language): a sentence may say
        when they reported."""
        words: set[str] = set()
        for source_id in source_ids:
            if source_id not in self.dated:
                date = getattr(self.sources.get(source_id), "date", None)
                said = lang.date_words(self.notes.language, date).split() if isinstance(date, PartialDate) else []
                self.dated[source_id] = frozenset(fold(w).casefold() for w in said)
            words |= self.dated[source_id]
        return words


_KNOWN: list[Any] = []
"""The notes last asked about, and their names: the notes' and the pages' checks share one set."""


def _known_names(notes: Notes) -> dict[str, tuple[str, ...]]:
    """Every actor's and source's names and aliases, by id; the same object while the notes are."""
    if _KNOWN and _KNOWN[0] is notes:
        known: dict[str, tuple[str, ...]] = _KNOWN[1]
        return known
    known = {s.id: (s.name,) for s in notes.sources}
    for actor in notes.actors:
        known[actor.id] = (actor.name, *actor.aliases, *known.get(actor.id, ()))
    _KNOWN[:] = [notes, known]
    return known


@dataclasses.dataclass(frozen=True)
class _At:
    """Where a text starts: its file, line and field ('' for a page)."""

    path: str
    line: int
    field: str


def _at(note: Any, key: str) -> _At:
    return _At(note.origin.path, note.origin.line_at(key), key)


def passage_sources(notes: Notes, note: Any) -> list[str]:
    """The sources a passage written with no source id comes from: the note's (or the evidence
    point's) own sources that have a seed; else every source that has one."""
    seeded = [s.id for s in notes.sources if s.seed in notes.seeds]
    own = [s for s in getattr(note, "sources", ()) if s in seeded]
    return own or seeded


def owner_of(note: Any, key: str) -> Any:
    """What a field key's sentences belong to: the evidence point for "evidence_for[2].text", else the note."""
    point = _point(note, key)
    return note if point is None else point


def _point(note: Any, key: str) -> Any | None:
    """The evidence point a key such as "evidence_for[2].text" names, or None."""
    if not key.startswith("evidence_"):
        return None
    match = _POINT_KEY.fullmatch(key)
    return getattr(note, match.group(1))[int(match.group(2))] if match else None


def _has_passage(note: Any, key: str) -> bool:
    marked = note.origin.marked(key)
    return marked is not None and any(m.voice == "reporting" for m in marked.marks)


def _unfinished(text: str) -> bool:
    """Whether the text holds `make new`'s placeholder (the pattern is asked only where the word stands)."""
    return "TODO" in text and _PLACEHOLDER.search(text) is not None


def _cut(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
