"""The editor's guide on what belongs to one story: the story note, and the site's language."""

from __future__ import annotations

from collections.abc import Callable

from ..lang import DEFAULT, TABLES, say
from ..model import Notes, PageText, RelationType, Side, Story


def story_section(notes: Notes, field_table: Callable[[type, str], str]) -> str:
    """The story note: what belongs to this one story, with its fields and those of its lists."""
    language = notes.language
    none = say(language, "guide.none-yet")
    sides = ", ".join(f"`{s.id}`" for s in notes.story.sides) or none
    kinds = ", ".join(f"`{t.id}`" for t in notes.story.relation_types) or none
    return "\n".join(
        [
            f"### {say(language, 'guide.story.heading')} {{ #story }}\n",
            say(language, "guide.story", sides=sides, kinds=kinds),
            field_table(Story, "story"),
            say(language, "guide.each-of", field="sides"),
            field_table(Side, "side"),
            say(language, "guide.each-of", field="relation_types"),
            field_table(RelationType, "relation type"),
            say(language, "guide.each-of", field="pages"),
            field_table(PageText, "page"),
        ]
    )


def language_section(notes: Notes) -> str:
    """Which language the pages are written in, and how to add one."""
    known = ", ".join(f"`{code}`" for code in sorted(TABLES))
    words = say(
        notes.language, "guide.language", code=notes.language, known=known, default=DEFAULT, placeholder="`{name}`"
    )
    return f"### {say(notes.language, 'guide.language.heading')} {{ #language }}\n\n" + words
