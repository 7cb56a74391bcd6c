"""The editor's guide on what belongs to one story: the story note, and the site's language."""

from __future__ import annotations

from collections.abc import Callable

from ..lang import DEFAULT, TABLES
from ..model import Notes, PageText, RelationType, Side, Story


def story_section(notes: Notes, field_table: Callable[[type, str], str]) -> str:
    """The story note: what belongs to this one story, with its fields and those of its lists."""
    sides = ", ".join(f"`{s.id}`" for s in notes.story.sides) or "none yet"
    kinds = ", ".join(f"`{t.id}`" for t in notes.story.relation_types) or "none yet"
    return "\n".join(
        [
            "### The story note { #story }\n",
            "`content/story.md` holds what belongs to this one story and to no other: the question, the sides "
            "an actor may be on, the kinds of link a relation may have and how the diagram draws each, the page "
            "that weighs the explanations, and the words that describe the pages. The engine's code holds none "
            f"of it. This explainer's sides: {sides}. Its relation types: {kinds}.\n",
            field_table(Story, "story"),
            "Each of `sides`:\n",
            field_table(Side, "side"),
            "Each of `relation_types`:\n",
            field_table(RelationType, "relation type"),
            "Each of `pages`:\n",
            field_table(PageText, "page"),
        ]
    )


def language_section(notes: Notes) -> str:
    """Which language the pages are written in, and how to add one."""
    known = ", ".join(f"`{code}`" for code in sorted(TABLES))
    return (
        "### The site's language { #language }\n\n"
        f"Every word the site writes itself (headings, labels, dates, the age of each page) comes from one table "
        f"per language, chosen by `theme.language` in `mkdocs.yml`, the setting that also gives Material and its "
        f"search their language. This site is in `{notes.language}`; the tables are {known}. Dates follow the "
        "language too (25 March 2019, 25 de marzo de 2019). The notes and the story note are written in the "
        "site's language by their editors.\n\n"
        "To add a language: copy `hooks/explainer/lang/en.py` to a file named for the language's code "
        "(`fr.py` for `fr`), translate every value (keep each `{name}` as it is: the site fills it in), add the "
        "table to `TABLES` in `hooks/explainer/lang/__init__.py`, and set `theme.language` to the code. "
        f"`make check` names every key the new table lacks; until it has them all, the missing words show in "
        f"the default language (`{DEFAULT}`).\n"
    )
