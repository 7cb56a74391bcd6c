"""Check what loaded notes say: ids, references, dates and provenance.

check_notes returns every problem it finds; it neither prints nor raises.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import re
from collections.abc import Iterable
from typing import Any

from . import model
from .fields import CHOICES, REFERENCES, story_choices
from .lang import Told, Value, told, told_date
from .load import ANY_ID
from .model import Notes, Origin, PartialDate
from .problems import Problem
from .quotations import (
    MIN_WORDS,
    in_one_paragraph,
    is_whole,
    names_speaker,
    quotations_holding,
    short_piece,
    speaker_names,
)
from .story_check import story_problems
from .text_rules import text_problems, too_common
from .verbatim import closest_passage, contains_token, find_verbatim, pieces
from .wikilinks import PROSE, find_links, link_problem

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 80
"""Ids become file names, addresses and anchors: a longer one is a mistake (and past 255, no file)."""
RESERVED_IDS: dict[str, dict[str, Told]] = {
    "actor": {"index": told("check.check.reserved.actors-index")},
    "source": {"one-source": told("check.check.reserved.one-source")},
    "relation": {
        "every-relation": told("check.check.reserved.every-relation"),
        **{
            f"wbw-{size}-{part}": told("check.check.reserved.sides-diagram")
            for size in ("wide", "narrow")
            for part in ("title", "desc")
        },
    },
}
"""Ids the site uses itself, and for what: a path (actors/index.md) or an anchor on the page that
shows notes of that kind. tests/test_hostile_notes.py reads them off the rendered pages."""
_EVIDENCE_ANCHOR = re.compile(r"-(?:for|against)-\d+$")
"""The central question's page anchors each point as <explanation>-for-<n>: no explanation's own id may look so."""
PAGE_ANCHORS = re.compile(r"evidence(?:-ref)?(?:-\d+)?|correction-.+")
"""Anchors every page may write: its Evidence list and its entries (render/evidence.py), and
corrections (render/corrections.py). No note of any kind may take one as its id."""


@functools.lru_cache(maxsize=16384)
def _text_problems(text: str) -> tuple[tuple[int, Told], ...]:
    """text_problems, remembered: the editor's guide checks the same texts once per example."""
    return tuple(text_problems(text))


def check_notes(notes: Notes, broken: Iterable[tuple[str, str]] = (), today: _dt.date | None = None) -> list[Problem]:
    """Every problem in the notes, sorted by file and line."""
    checker = _Checker(notes, set(broken), today or _dt.date.today())
    checker.run()
    return sorted(set(checker.problems))


class _Checker:
    def __init__(self, notes: Notes, broken: set[tuple[str, str]], today: _dt.date) -> None:
        self.notes = notes
        self.today = today
        self.problems: list[Problem] = []
        self.sources = {s.id: s for s in notes.sources}
        self.ids: dict[str, set[str]] = {kind: {id_ for k, id_ in broken if k == kind} for kind in model.KINDS}
        for kind in model.KINDS:
            self.ids[kind] |= {note.id for note in getattr(notes, kind + "s")}
        self.story_allowed = story_choices(notes.story) if notes.story is not model.EMPTY_STORY else {}
        """An actor's side and a relation's type are checked against the story, once there is one."""
        self.unreadable = {kind for kind, id_ in broken if id_ == ANY_ID}
        """Kinds with a file that could not be read: any id of theirs may exist, so none is 'unknown'."""

    def add(self, origin: Origin, line: int, field: str, message: Told) -> None:
        self.problems.append(Problem(origin.path, line or origin.line_of(field), field, message))

    def run(self) -> None:
        if self.notes.story is not model.EMPTY_STORY:
            self.check_fields(self.notes.story, self.notes.story.origin, 0)
            self.problems += story_problems(self.notes.story)
        for kind in model.KINDS:
            seen: dict[str, Origin] = {}
            for note in getattr(self.notes, kind + "s"):
                self.check_id(kind, note, seen)
                self.check_fields(note, note.origin, 0)
                self.check_spellings(note)
        for relation in self.notes.relations:
            if relation.subject == relation.object:
                itself = told("check.check.self-relation", subject=relation.subject, type=relation.type)
                self.add(relation.origin, 0, "object", itself)
        for source in self.notes.sources:
            if source.seed and source.seed not in self.notes.seeds:
                self.add(source.origin, 0, "seed", told("check.check.no-seed", seed=source.seed))
        for quote in self.notes.quotes:
            self.check_quote(quote)
        for figure in self.notes.figures:
            self.check_figure(figure)

    def check_id(self, kind: str, note: Any, seen: dict[str, Origin]) -> None:
        id_ = note.id
        if len(id_) > MAX_ID_LENGTH:
            self.add(note.origin, 0, "id", told("check.check.id-too-long", length=len(id_), limit=MAX_ID_LENGTH))
        elif id_ in RESERVED_IDS.get(kind, {}):
            used = RESERVED_IDS[kind][id_]
            self.add(note.origin, 0, "id", told("check.check.id-reserved", kind=kind, id=id_, used=used))
        elif PAGE_ANCHORS.fullmatch(id_):
            self.add(note.origin, 0, "id", told("check.check.id-page-anchor", kind=kind, id=id_))
        elif kind == "explanation" and _EVIDENCE_ANCHOR.search(id_):
            self.add(note.origin, 0, "id", told("check.check.id-evidence-anchor", id=id_))
        elif not SLUG.match(id_):
            self.add(note.origin, 0, "id", told("check.check.id-not-plain", id=id_))
        elif id_ in seen:
            first = seen[id_]
            used_at = told("check.check.id-used", kind=kind, id=id_, path=first.path, line=first.line)
            self.add(note.origin, 0, "id", used_at)
        else:
            seen[id_] = note.origin

    def check_fields(self, note: Any, origin: Origin, line: int) -> None:
        for f in dataclasses.fields(note):
            value = getattr(note, f.name)
            allowed = CHOICES.get((type(note), f.name)) or self.story_allowed.get((type(note), f.name))
            if allowed and value not in allowed and value != f.default:  # an actor's side may be left out
                choice = told("check.check.not-a-choice", value=repr(value), allowed=", ".join(allowed))
                self.add(origin, line, f.name, choice)
            if f.name in REFERENCES:
                self.check_references(f.name, value, origin, line)
            if f.name == "sources" and not value:
                self.add(origin, line, "sources", told("check.check.no-sources"))
            self.check_text(type(note), f.name, value, origin, line)
            if isinstance(value, PartialDate):
                self.check_date(note, f.name, value, origin, line)
            if (
                isinstance(value, tuple)
                and value
                and (type(value[0]) in model.NESTED or type(value[0]) in model.STORY_PARTS)
            ):
                for item in value:  # evidence points and corrections: their own fields, at their own lines
                    self.check_fields(item, origin, item.line)
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            if required and f.name != "id" and isinstance(value, str) and not value:
                self.add(origin, line, f.name, told("check.check.empty"))

    def check_references(self, field: str, value: str | tuple[str, ...], origin: Origin, line: int) -> None:
        kind = REFERENCES[field]
        for ref in (value,) if isinstance(value, str) else value:
            if ref and ref not in self.ids[kind] and kind not in self.unreadable:
                known = ", ".join(sorted(self.ids[kind])[:12])
                self.add(origin, line, field, told("check.check.unknown-ref", kind=kind, ref=ref, known=known))

    def check_date(self, note: Any, field: str, date: PartialDate, origin: Origin, line: int) -> None:
        if date.sort_key() > (self.today.year, self.today.month, self.today.day):
            self.add(origin, line, field, told("check.check.future", date=date.iso()))
        if field == "updated":
            return
        cited = [self.sources[s] for s in getattr(note, "sources", ()) if s in self.sources]
        published = [s.date for s in cited if s.date is not None]
        if published and all(date.first_day() > p.last_day() for p in published):
            latest = told_date(max(published, key=PartialDate.sort_key))
            self.add(origin, line, field, told("check.check.before-sources", date=date.iso(), latest=latest))

    def check_spellings(self, note: Any) -> None:
        """Aliases and terms are looked for in every page's text: none may be blank, no term an everyday word."""
        if any(not alias for alias in getattr(note, "aliases", ())):
            self.add(note.origin, 0, "aliases", told("check.check.empty-alias"))
        if isinstance(note, model.Term):
            for field, spelling in (("term", note.term), *(("aliases", alias) for alias in note.aliases)):
                if spelling and too_common(spelling, self.notes.language):
                    self.add(note.origin, 0, field, told("check.check.common-term", spelling=spelling))

    def check_text(self, cls: type, field: str, value: Any, origin: Origin, line: int) -> None:
        """Every text obeys text_rules; [[...]] links resolve, and stand only in the fields made into Markdown."""
        for item in value if isinstance(value, tuple) else (value,):
            if not isinstance(item, str):
                continue
            start = line or origin.line_of(field)
            for offset, message in _text_problems(item):
                self.add(origin, start + offset, field, message)
            if "[[" not in item:
                continue
            prose = PROSE.get(cls, ())
            for link in find_links(item):
                problem: Told | None = None
                if field not in prose:
                    where: Value = told("check.check.plain-link.where", fields=", ".join(prose)) if prose else ""
                    problem = told("check.check.plain-link", kind=link.kind, id=link.id, field=field, where=where)
                elif link.kind not in self.unreadable:
                    problem = link_problem(link, self.ids)
                if problem:
                    self.add(origin, start + link.line_offset, field, problem)

    def _seed_texts(self, source_ids: tuple[str, ...]) -> list[tuple[str, str]]:
        texts = []
        for source_id in source_ids:
            if source_id in self.sources:
                seed = self.sources[source_id].seed
                if seed in self.notes.seeds:
                    texts.append((seed, self.notes.seeds[seed]))
        return texts

    def check_quote(self, quote: model.Quote) -> None:
        texts = self._seed_texts(quote.sources)
        if not texts and set(quote.sources) <= self.sources.keys():
            self.add(quote.origin, 0, "sources", told("check.check.quote-unchecked"))
            return
        if not texts or not quote.text.strip():
            return
        found = [(seed, text, passage) for seed, text in texts for passage in quotations_holding(quote.text, text)]
        short = short_piece(quote.text)
        one_word = len(quote.text.split()) < 2
        if one_word:
            self.add(quote.origin, 0, "text", told("check.check.one-word", quote=self._one_line(quote.text)))
        elif short is not None and not any(is_whole(quote.text, passage) for _, _, passage in found):
            cut = len(pieces(quote.text)) > 1
            piece: Value = told("check.check.too-short.piece", piece=self._one_line(short)) if cut else ""
            too_short = told("check.check.too-short", quote=self._one_line(quote.text), piece=piece, least=MIN_WORDS)
            self.add(quote.origin, 0, "text", too_short)
        if not found:
            if pieces(quote.text):  # a quote of nothing but cuts is too short, and that is said
                self._quote_not_found(quote, texts)
            return
        speaker = next((a for a in self.notes.actors if a.id == quote.speaker), None)
        if speaker and not any(names_speaker(p, speaker_names(speaker), text) for _, text, p in found):
            quoted = self._one_line(quote.text)
            unnamed = told("check.check.speaker", name=speaker.name, seed=found[0][0], quote=quoted)
            self.add(quote.origin, 0, "speaker", unnamed)

    def _quote_not_found(self, quote: model.Quote, texts: list[tuple[str, str]]) -> None:
        apart = next(((seed, text) for seed, text in texts if find_verbatim(quote.text, text)), None)
        if apart:
            seed, text = apart
            quoted = self._one_line(quote.text)
            if len(pieces(quote.text)) > 1:
                if in_one_paragraph(quote.text, text):
                    message = told("check.check.pieces-apart", seed=seed, quote=quoted)
                else:
                    message = told("check.check.pieces-apart.paragraphs", seed=seed, quote=quoted)
            elif in_one_paragraph(quote.text, text):
                message = told("check.check.runs-across", seed=seed, quote=quoted)
            else:
                message = told("check.check.runs-across.paragraphs", seed=seed, quote=quoted)
            self.add(quote.origin, 0, "text", message)
            return
        seed, text = texts[0]
        closest = closest_passage(quote.text, text)
        quoted, closest_line = self._one_line(quote.text), self._one_line(closest)
        self.add(quote.origin, 0, "text", told("check.check.not-found", seed=seed, quote=quoted, closest=closest_line))

    @staticmethod
    def _one_line(value: str, most: int = 160) -> str:
        """A value for a message: on one line, cut short when long."""
        line = " ".join(value.split())
        return repr(line if len(line) <= most else line[: most - 1] + "…")

    def check_figure(self, figure: model.Figure) -> None:
        texts = self._seed_texts(figure.sources)
        if not texts and set(figure.sources) <= self.sources.keys():
            self.add(figure.origin, 0, "sources", told("check.check.figure-unchecked"))
            return
        if texts and not any(contains_token(figure.value, text) for _, text in texts):
            seeds = ", ".join(f"seeds/{seed}" for seed, _ in texts)
            self.add(figure.origin, 0, "value", told("check.check.figure-missing", value=figure.value, seeds=seeds))
