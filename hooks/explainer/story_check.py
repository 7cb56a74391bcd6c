"""Check the story note: its sides, relation types and central page hold together.

Field types, required fields and fixed choices (a colour, a line style) are
checked like every note's (check.py); this is what only the story needs.
"""

from __future__ import annotations

import posixpath
import re

from .lang import Told, told
from .model import Story
from .pages import CHANGES_PAGE, GUIDE_PAGE, INTRO, PAGES, corrected_page
from .problems import Problem

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def taken_slugs() -> set[str]:
    """Addresses the engine's own pages use, which the central page may not take."""
    paths = [*PAGES.values(), CHANGES_PAGE, GUIDE_PAGE, "data/", "search/", "assets/"]
    return {posixpath.splitext(path)[0].split("/")[0] for path in paths}


def story_problems(story: Story) -> list[Problem]:
    """Every problem with the story note's own parts, at their lines."""
    path = story.origin.path
    problems: list[Problem] = []

    def add(line: int, field: str, message: Told) -> None:
        problems.append(Problem(path, line or story.origin.line_of(field), field, message))

    sides: dict[str, int] = {}
    for side in story.sides:
        if not _SLUG.match(side.id):
            add(side.line, "sides", told("check.story.side-not-plain", id=side.id))
        elif side.id in sides:
            add(side.line, "sides", told("check.story.side-twice", id=side.id, line=sides[side.id]))
        sides.setdefault(side.id, side.line)
    if not story.sides:
        add(0, "sides", told("check.story.no-sides"))
    elif story.default_side not in sides:
        add(0, "default_side", told("check.story.not-a-side", side=story.default_side, sides=", ".join(sides)))

    types: dict[str, int] = {}
    drawn: dict[tuple[str, str], str] = {}
    for kind in story.relation_types:
        if not _SLUG.match(kind.id):
            add(kind.line, "relation_types", told("check.story.type-not-plain", id=kind.id))
        elif kind.id in types:
            add(kind.line, "relation_types", told("check.story.type-twice", id=kind.id, line=types[kind.id]))
        types.setdefault(kind.id, kind.line)
        same = drawn.get((kind.dash, kind.end))
        if same is not None:
            alike = told("check.story.drawn-alike", id=kind.id, same=same, dash=kind.dash, end=kind.end)
            add(kind.line, "relation_types", alike)
        drawn.setdefault((kind.dash, kind.end), kind.id)
    if not story.relation_types:
        add(0, "relation_types", told("check.story.no-types"))

    if not _SLUG.match(story.question_slug):
        add(0, "question_slug", told("check.story.slug-not-plain", slug=story.question_slug))
    elif story.question_slug in taken_slugs():
        add(0, "question_slug", told("check.story.slug-taken", slug=story.question_slug))
    for correction in story.corrections:
        if corrected_page(story, correction.field) is None:
            add(
                correction.line,
                "corrections",
                told("check.story.correction-field", field=correction.field, intro=INTRO),
            )
    seen: set[str] = set()
    for text in story.pages:
        if text.page in seen:
            add(text.line, "pages", told("check.story.page-twice", page=text.page))
        seen.add(text.page)
    return problems
