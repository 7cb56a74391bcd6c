"""The notes an explainer is made of: one frozen dataclass per kind.

Every field carries a one-line ``doc`` in its metadata; the loader uses the
field list as the schema (required fields, types, unknown keys) and the
editor's guide prints it, so the code and the guide cannot drift apart.
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # passages.py says its problems in words from lang, which needs this module
    from .passages import Marked

Precision = Literal["year", "month", "day"]


def doc(text: str, default: Any = ..., *, factory: Any = None) -> Any:
    """A dataclass field with a one-line description for editors."""
    if factory is not None:
        return field(default_factory=factory, metadata={"doc": text})
    if default is ...:
        return field(metadata={"doc": text})
    return field(default=default, metadata={"doc": text})


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def iso(self) -> str:
        """The date as written in notes: 2019, 2019-03 or 2019-03-25."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def human(self) -> str:
        """The date as a reader reads it: 2019, March 2019, 25 March 2019."""
        if self.month is None:
            return str(self.year)
        month = _dt.date(2000, self.month, 1).strftime("%B")
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"

    def first_day(self) -> _dt.date:
        """The earliest calendar day this date may stand for."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> _dt.date:
        """The latest calendar day this date may stand for."""
        if self.day is not None and self.month is not None:
            return _dt.date(self.year, self.month, self.day)
        if self.month is not None:
            nxt = _dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return nxt - _dt.timedelta(days=1)
        return _dt.date(self.year, 12, 31)


@dataclass(frozen=True)
class Origin:
    """Where a note was read from, for messages and 'edit this' links."""

    path: str
    line: int
    field_lines: tuple[tuple[str, int], ...] = ()
    """The line each field was written on."""
    marks: tuple[tuple[str, Marked], ...] = ()
    """Each text field's sentences and the passages after them (passages.py), by field:
    "role", "body", "evidence_for[2].text". The field itself holds the text without markers."""

    def line_of(self, field: str) -> int:
        """The line of a field, or the note's first line when it was not written."""
        return self._lines.get(field, self.line)

    def line_at(self, key: str) -> int:
        """The line of a field key ("evidence_for[2].text"), else of the field it is in, else the note's first line."""
        return self._lines[key] if key in self._lines else self.line_of(key.split("[", 1)[0])

    def marked(self, field: str) -> Marked | None:
        """A field's text read sentence by sentence, or None when the field was not written."""
        return self._marks.get(field)

    @functools.cached_property
    def _lines(self) -> dict[str, int]:
        return dict(self.field_lines)  # made once: the check and the pages ask thousands of times a build

    @functools.cached_property
    def _marks(self) -> dict[str, Marked]:
        return dict(self.marks)


@dataclass(frozen=True)
class Correction:
    """A published statement whose meaning changed: recorded, dated and shown, as newsrooms do."""

    date: PartialDate = doc("When the correction was published: 2026-12-01.")
    said: str = doc("What an earlier version said, word for word as it was published.")
    why: str = doc("What was wrong with it, and what is right, in the project's own words.")
    line: int = doc("Set by the loader.")
    field: str = doc("The field that said it (role, body, text …), if one.", "")


def corrections_field() -> Any:
    return doc("Corrections to what this note said before: date, said, why (and field).", factory=tuple)


STATUSES = ("confirmed", "reported", "single-source", "disputed", "unverified")
SOURCE_KINDS = (
    "article",
    "news-outlet",
    "news-agency",
    "magazine",
    "state-broadcaster",
    "think-tank",
    "government",
    "expert",
)
ACTOR_KINDS = ("country", "government-body", "person", "company", "organisation", "media")
COLOURS = ("backing", "military", "business", "hostile", "structure")
"""The diagram's colour families for lines (each a CSS class, family-<colour>, in docs/assets/pictures.css)."""
DASHES = {"solid": "", "dashed": "7 4", "dotted": "2 3", "dash-dot": "9 3 2 3"}
"""Each line style a relation type may be drawn with, and its SVG dash pattern."""
ENDS = ("arrow", "dot", "bar", "chevron")
"""The marks a line may end in."""
PAGE_KEYS = ("background", "who-backs-whom", "question", "timeline", "actors", "quotes", "sources", "glossary")
"""The generated pages a story may describe in its own words (story `pages`)."""


@dataclass(frozen=True)
class Source:
    """A document or an outlet that the notes rest on."""

    id: str = doc("Short plain slug; becomes the anchor on the Sources page.")
    name: str = doc("The outlet's or document's name as readers know it.")
    kind: str = doc("One of: " + ", ".join(SOURCE_KINDS) + ".")
    origin: Origin = doc("Set by the loader.")
    title: str = doc("The document's headline, when the source is one document.", "")
    publisher: str = doc("Who published it, when that differs from the name.", "")
    date: PartialDate | None = doc("When it was published: 2019, 2019-03 or 2019-03-29.", None)
    seed: str = doc("File in seeds/ holding the document's text; quotes are checked against it.", "")
    url: str = doc("Where the original can be read, if public.", "")
    party: str = doc("Actor id, when the source is a party to the dispute (a state broadcaster).", "")
    body: str = doc("What this source is, in Markdown.", "")
    updated: PartialDate | None = doc("When this note was last changed: 2026-11-25.", None)
    corrections: tuple[Correction, ...] = corrections_field()


@dataclass(frozen=True)
class Actor:
    """A country, body, person or company the story names."""

    id: str = doc("Short plain slug; becomes the page address actors/<id>/.")
    name: str = doc("Name as the page shows it.")
    kind: str = doc("One of: " + ", ".join(ACTOR_KINDS) + ".")
    role: str = doc("Who they are in this story, in one line.")
    sources: tuple[str, ...] = doc("Ids of the sources this note rests on (at least one).")
    origin: Origin = doc("Set by the loader.")
    side: str = doc("Which side they back: the id of one of the sides in content/story.md.", "")
    stance: str = doc("Their position in one or two sentences.", "")
    aliases: tuple[str, ...] = doc("Other names readers search by (a capital for its country).", factory=tuple)
    country: str = doc("Actor id of the country they belong to, if any.", "")
    body: str = doc("Who they are, in Markdown.", "")
    updated: PartialDate | None = doc("When this note was last changed.", None)
    corrections: tuple[Correction, ...] = corrections_field()


@dataclass(frozen=True)
class Relation:
    """A typed, sourced link: one actor supports, sanctions … another."""

    id: str = doc("Short plain slug, unique among relations.")
    subject: str = doc("Actor id of who acts.")
    type: str = doc("The id of one of the relation types in content/story.md.")
    object: str = doc("Actor id of who is acted on.")
    sources: tuple[str, ...] = doc("Ids of the sources (at least one).")
    origin: Origin = doc("Set by the loader.")
    date: PartialDate | None = doc("When it began, if the source dates it.", None)
    reported_by: str = doc("Source id of the outlet the article credits, if any.", "")
    text: str = doc("One sentence saying what the link is.", "")
    status: str = doc("How solid the claim is: " + ", ".join(STATUSES) + ".", "reported")
    updated: PartialDate | None = doc("When this note was last changed.", None)
    corrections: tuple[Correction, ...] = corrections_field()


@dataclass(frozen=True)
class Event:
    """Something that happened, dated as precisely as the source allows."""

    id: str = doc("Short plain slug; becomes the anchor on the Timeline.")
    date: PartialDate = doc("2019, 2019-03 or 2019-03-25: write only what the source says.")
    title: str = doc("What happened, in a short line.")
    sources: tuple[str, ...] = doc("Ids of the sources (at least one).")
    origin: Origin = doc("Set by the loader.")
    date_note: str = doc("How the date was worked out, when the source gives it indirectly.", "")
    actors: tuple[str, ...] = doc("Ids of the actors involved.", factory=tuple)
    reported_by: str = doc("Source id of the outlet the article credits, if any.", "")
    text: str = doc("A sentence or two on what happened, in Markdown.", "")
    status: str = doc("How solid the claim is: " + ", ".join(STATUSES) + ".", "reported")
    updated: PartialDate | None = doc("When this note was last changed.", None)
    corrections: tuple[Correction, ...] = corrections_field()


@dataclass(frozen=True)
class Quote:
    """Words someone said, verbatim, with who said and who reported them."""

    id: str = doc("Short plain slug; becomes the quote's permanent anchor.")
    speaker: str = doc("Actor id of who said it.")
    text: str = doc("The exact words; mark a cut with … and nothing else.")
    sources: tuple[str, ...] = doc("Ids of the sources whose text holds the words (at least one).")
    origin: Origin = doc("Set by the loader.")
    reported_by: str = doc("Source id of the outlet that reported the words, if not the source.", "")
    context: str = doc("When and why it was said, in the project's own words.", "")
    date: PartialDate | None = doc("When it was said, as precisely as known.", None)
    about: tuple[str, ...] = doc("Ids of the actors it is about.", factory=tuple)
    status: str = doc("How solid the claim is: " + ", ".join(STATUSES) + ".", "reported")
    updated: PartialDate | None = doc("When this note was last changed.", None)
    corrections: tuple[Correction, ...] = corrections_field()


@dataclass(frozen=True)
class Figure:
    """A number the story gives, as the source writes it."""

    id: str = doc("Short plain slug, unique among figures.")
    value: str = doc('The number as the source writes it: "100", "33.4%", "35".')
    label: str = doc("What the number counts, in a short phrase.")
    sources: tuple[str, ...] = doc("Ids of the sources whose text holds the number.")
    origin: Origin = doc("Set by the loader.")
    about: tuple[str, ...] = doc("Ids of the actors it is about.", factory=tuple)
    reported_by: str = doc("Source id of the outlet the article credits, if any.", "")
    status: str = doc("How solid the claim is: " + ", ".join(STATUSES) + ".", "reported")
    updated: PartialDate | None = doc("When this note was last changed.", None)
    corrections: tuple[Correction, ...] = corrections_field()


@dataclass(frozen=True)
class Evidence:
    """One point for or against an explanation."""

    text: str = doc("The point, in the project's own words.")
    sources: tuple[str, ...] = doc("Ids of the sources it rests on.")
    line: int = doc("Set by the loader.")
    quote: str = doc("Id of a quote that backs the point, if any.", "")
    figure: str = doc("Id of a figure that backs the point, if any.", "")
    reported_by: str = doc("Source id of the outlet the article credits, if any.", "")


NESTED: dict[type, str] = {Evidence: "point", Correction: "correction"}
"""Kinds of item written inside a note's list field, by the word the guide uses for one."""


@dataclass(frozen=True)
class Explanation:
    """A competing answer to the story's central question, with the evidence each way."""

    id: str = doc("Short plain slug; becomes the anchor on the central question's page.")
    title: str = doc("The explanation as a short claim.")
    summary: str = doc("The explanation in one or two sentences.")
    sources: tuple[str, ...] = doc("Ids of the sources that report it.")
    origin: Origin = doc("Set by the loader.")
    argued_by: tuple[str, ...] = doc("Actor ids of who argues it (people or outlets as actors).", factory=tuple)
    evidence_for: tuple[Evidence, ...] = doc("Points for: text, sources, optional quote.", factory=tuple)
    evidence_against: tuple[Evidence, ...] = doc("Points against, in the same form.", factory=tuple)
    order: int = doc("Position on the page, smallest first.", 0)
    body: str = doc("Longer discussion, in Markdown.", "")
    updated: PartialDate | None = doc("When this note was last changed.", None)
    corrections: tuple[Correction, ...] = corrections_field()


@dataclass(frozen=True)
class Term:
    """A glossary entry, shown as a tooltip wherever the term appears."""

    id: str = doc("Short plain slug; becomes the anchor in the Glossary.")
    term: str = doc("The term as it appears in text.")
    definition: str = doc("One or two plain sentences; shown on hover.")
    sources: tuple[str, ...] = doc("Ids of the sources the definition rests on.")
    origin: Origin = doc("Set by the loader.")
    aliases: tuple[str, ...] = doc("Other spellings readers search by (a short form, an acronym).", factory=tuple)
    body: str = doc("More about the term, in Markdown.", "")
    updated: PartialDate | None = doc("When this note was last changed.", None)
    corrections: tuple[Correction, ...] = corrections_field()


@dataclass(frozen=True)
class Side:
    """One side of the story's dispute; actors name it in their `side`."""

    id: str = doc("Short plain slug that actors write in `side`.")
    label: str = doc("The side as pages title it, in a few words.")
    short: str = doc("A shorter title for the diagram's narrow columns.")
    line: int = doc("Set by the loader.")
    column: int = doc("Where the diagram draws it, left to right (1 first); 0 keeps the order written.", 0)
    in_dispute: str = doc(
        "yes when the side is a party to the dispute: a claim resting on it alone is labelled so.", "no"
    )


@dataclass(frozen=True)
class RelationType:
    """A kind of link between two actors that this story uses, and how the diagram draws it."""

    id: str = doc("Short plain slug that relations write in `type`.")
    label: str = doc("The link in words, as it reads between two names.")
    colour: str = doc("The line's colour family: one of " + ", ".join(COLOURS) + ".")
    dash: str = doc("The line's style: one of " + ", ".join(DASHES) + ".")
    end: str = doc("The mark the line ends in: one of " + ", ".join(ENDS) + ".")
    line: int = doc("Set by the loader.")


@dataclass(frozen=True)
class PageText:
    """What the story says about one generated page: its description, and its card on the home page."""

    page: str = doc("Which page: one of " + ", ".join(PAGE_KEYS) + ".")
    line: int = doc("Set by the loader.")
    description: str = doc("The page's description, for search engines and link previews.", "")
    card: str = doc("The line under the page's card on the home page.", "")


@dataclass(frozen=True)
class Story:
    """The story an explainer tells: its question, its sides, its kinds of link, its central page."""

    id: str = doc("Always story: the note is content/story.md.")
    question: str = doc("The question the explainer answers, as the home page asks it.")
    short_title: str = doc("The story in a few words, for page descriptions ('the story of …').")
    sides: tuple[Side, ...] = doc("The sides, in the order the Who backs whom page lists them.")
    default_side: str = doc("The side of an actor whose note names none (usually observers).")
    relation_types: tuple[RelationType, ...] = doc("The kinds of link relations may have, in legend order.")
    question_title: str = doc("The title of the page that weighs the explanations.")
    question_slug: str = doc("That page's address: a plain slug.")
    question_label: str = doc("How other pages name that page in a list, in a few words.")
    question_intro: str = doc("The paragraph that opens that page.")
    origin: Origin = doc("Set by the loader.")
    pages: tuple[PageText, ...] = doc("Descriptions and home-page cards for the generated pages.", factory=tuple)
    body: str = doc("Notes for editors about this story, in Markdown (not published).", "")
    corrections: tuple[Correction, ...] = doc(
        "Corrections to what the story said before: date, said, why, and the field (question_intro, "
        "or a page's description or card: background.description, question.card …).",
        factory=tuple,
    )


EMPTY_STORY = Story("story", "", "", (), "", (), "", "question", "", "", Origin("content/story.md", 0))
"""The story of a project whose story note is missing or broken: no sides, no relation types."""
STORY_PARTS: dict[type, str] = {Side: "side", RelationType: "relation type", PageText: "page"}
"""Kinds of item written inside the story note's lists, by the word the guide uses for one."""


@dataclass(frozen=True)
class Notes:
    """Every note of one explainer, as loaded and checked."""

    sources: tuple[Source, ...] = ()
    actors: tuple[Actor, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    explanations: tuple[Explanation, ...] = ()
    terms: tuple[Term, ...] = ()
    seeds: dict[str, str] = field(default_factory=dict)
    """Text of each file in seeds/, by file name."""
    story: Story = EMPTY_STORY
    """The story note, content/story.md."""
    language: str = "en"
    """The site's language (mkdocs.yml's theme.language): the table of words pages are written in (lang/)."""
    pages: tuple[Page, ...] = ()
    """The hand-written pages in docs/ that carry corrections in their front matter."""


@dataclass(frozen=True)
class Page:
    """A hand-written page, as far as the notes need it: its corrections, shown like a note's."""

    path: str
    """Where it lives under docs/: index.md."""
    title: str
    corrections: tuple[Correction, ...]
    origin: Origin

    @property
    def id(self) -> str:
        """The page's name in anchors: index for index.md, about-us for about/us.md."""
        return self.path.removesuffix(".md").replace("/", "-")


KINDS: dict[str, type] = {
    "source": Source,
    "actor": Actor,
    "relation": Relation,
    "event": Event,
    "quote": Quote,
    "figure": Figure,
    "explanation": Explanation,
    "term": Term,
}
"""Each kind of note by the name editors use for it."""
