"""Where every page of an explainer lives and what it is called: the one page table.

Renderers, search, the feed and the open data all take paths from here, as
paths under docs/ ("timeline.md", "actors/russia.md"); `page_url` turns one
into the address MkDocs gives it.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from . import model

if TYPE_CHECKING:
    from .model import Notes, Story

PAGES = {
    "home": "index.md",
    "background": "background.md",
    "who-backs-whom": "who-backs-whom.md",
    "timeline": "timeline.md",
    "actors": "actors/index.md",
    "quotes": "quotes.md",
    "sources": "sources.md",
    "glossary": "glossary.md",
}
"""Where each generated page lives, as a path under docs/; the central question's page
is named by the story (question_page)."""

CHANGES_PAGE = "changes.md"
GUIDE_PAGE = "guide.md"
FEED = "feed.xml"
DATA = "data/explainer.json"
SCHEMA = "data/explainer.schema.json"
ACTORS_FOLDER = "actors"
"""Each actor's page is actors/<id>.md, published at actors/<id>/."""


def actor_page(actor_id: str) -> str:
    """The page of one actor, as a path under docs/."""
    return f"{ACTORS_FOLDER}/{actor_id}.md"


def question_page(story: Story) -> str:
    """The page that weighs the explanations, at the address the story note gives it."""
    return f"{story.question_slug}.md"


def site_pages(story: Story) -> dict[str, str]:
    """Every generated page by its key, the central question's ("question") included."""
    return {**PAGES, "question": question_page(story)}


INTRO = "question_intro"
"""The story's one field of prose on a page: the central question's page opens with it."""


def corrected_page(story: Story, field: str) -> str | None:
    """The page that shows what a story correction's field names, or None when it names none:
    question_intro is the central page's, a page's description ("timeline.description") that
    page's, and a card ("timeline.card") the home page's."""
    if field == INTRO:
        return site_pages(story)["question"]
    page, _, part = field.partition(".")
    if page in model.PAGE_KEYS and part == "description":
        return site_pages(story)[page]
    if page in model.PAGE_KEYS and part == "card":
        return PAGES["home"]
    return None


def where(notes: Notes, kind: str, note_id: str) -> tuple[str, str]:
    """The page and anchor where a note is shown."""
    if kind == "explanation":
        return (question_page(notes.story), note_id)
    return {
        "actor": (actor_page(note_id), ""),
        "source": (PAGES["sources"], note_id),
        "event": (PAGES["timeline"], note_id),
        "quote": (PAGES["quotes"], note_id),
        "term": (PAGES["glossary"], note_id),
        "relation": (PAGES["who-backs-whom"], note_id),
        "figure": (PAGES["home"], note_id),
    }[kind]


def page_url(page: str, anchor: str = "", directory_urls: bool = True) -> str:
    """The address MkDocs gives a page under docs/, relative to the site root:
    'actors/russia.md' -> 'actors/russia/' (or 'actors/russia.html' without directory URLs)."""
    stem = posixpath.splitext(page)[0]
    if not directory_urls:
        url = stem + ".html"
    elif stem == "index" or stem.endswith("/index"):
        url = stem.removesuffix("index")
    else:
        url = stem + "/"
    return f"{url}#{anchor}" if anchor else url
