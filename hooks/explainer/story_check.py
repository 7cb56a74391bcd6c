"""Check the story note: its sides, relation types and central page hold together.

Field types, required fields and fixed choices (a colour, a line style) are
checked like every note's (check.py); this is what only the story needs.
"""

from __future__ import annotations

import posixpath
import re

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

    def add(line: int, field: str, message: str) -> None:
        problems.append(Problem(path, line or story.origin.line_of(field), field, message))

    sides: dict[str, int] = {}
    for side in story.sides:
        if not _SLUG.match(side.id):
            add(
                side.line, "sides", f"side id {side.id!r} is not a plain id: use lower-case letters, digits and hyphens"
            )
        elif side.id in sides:
            add(side.line, "sides", f"side {side.id!r} is already listed at line {sides[side.id]}: list each side once")
        sides.setdefault(side.id, side.line)
    if not story.sides:
        add(0, "sides", "no sides: list at least one, each with an id, a label and a short label")
    elif story.default_side not in sides:
        add(0, "default_side", f"{story.default_side!r} is not one of the sides: use one of: {', '.join(sides)}")

    types: dict[str, int] = {}
    drawn: dict[tuple[str, str], str] = {}
    for kind in story.relation_types:
        if not _SLUG.match(kind.id):
            add(kind.line, "relation_types", f"relation type {kind.id!r} is not a plain id: use lower-case and hyphens")
        elif kind.id in types:
            add(kind.line, "relation_types", f"relation type {kind.id!r} is already listed at line {types[kind.id]}")
        types.setdefault(kind.id, kind.line)
        same = drawn.get((kind.dash, kind.end))
        if same is not None:
            add(
                kind.line,
                "relation_types",
                f"{kind.id!r} is drawn like {same!r} ({kind.dash} line, {kind.end} end): give it another dash or end, "
                "so the diagram reads without colour",
            )
        drawn.setdefault((kind.dash, kind.end), kind.id)
    if not story.relation_types:
        add(0, "relation_types", "no relation types: list at least one, each with an id, a label and its drawing")

    if not _SLUG.match(story.question_slug):
        add(
            0,
            "question_slug",
            f"{story.question_slug!r} is not a plain slug: use lower-case letters, digits and hyphens",
        )
    elif story.question_slug in taken_slugs():
        add(0, "question_slug", f"{story.question_slug!r} is the address of another page: pick another slug")
    for correction in story.corrections:
        if corrected_page(story, correction.field) is None:
            add(
                correction.line,
                "corrections",
                f"a story correction's field {correction.field!r} names nothing readers read: write "
                f"{INTRO}, or a page's description or card (background.description, question.card)",
            )
    seen: set[str] = set()
    for text in story.pages:
        if text.page in seen:
            add(text.line, "pages", f"page {text.page!r} is described twice: keep one")
        seen.add(text.page)
    return problems
