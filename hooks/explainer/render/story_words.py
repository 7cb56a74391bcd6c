"""What the story note says, as renderers need it: side titles, relation words, page texts."""

from __future__ import annotations

from ..model import Actor, Notes, RelationType, Side
from .markup import per_notes


@per_notes
def sides_of(notes: Notes) -> dict[str, Side]:
    """The story's sides by id, in the order the story lists them."""
    return {side.id: side for side in notes.story.sides}


@per_notes
def relation_types_of(notes: Notes) -> dict[str, RelationType]:
    """The story's relation types by id, in legend order."""
    return {kind.id: kind for kind in notes.story.relation_types}


def side_of(notes: Notes, actor: Actor) -> str:
    """The side an actor is on: the one its note names, else the story's default side."""
    return actor.side or notes.story.default_side


def side_title(notes: Notes, side_id: str) -> str:
    """A side as pages title it; its id when the story does not list it (a preview of broken notes)."""
    side = sides_of(notes).get(side_id)
    return side.label if side else side_id


def relation_words(notes: Notes, type_id: str) -> str:
    """A relation type in words, between two names."""
    kind = relation_types_of(notes).get(type_id)
    return kind.label if kind else type_id


def party_sides(notes: Notes) -> frozenset[str]:
    """The sides that are parties to the dispute."""
    return frozenset(side.id for side in notes.story.sides if side.in_dispute == "yes")


def page_description(notes: Notes, page: str, default: str) -> str:
    """The description the story gives a generated page, else default."""
    return next((p.description for p in notes.story.pages if p.page == page and p.description), default)
