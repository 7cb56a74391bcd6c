"""Every generated page of the explainer, as Markdown, by its path under docs/."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..mistakes import Mistake
from ..model import Notes
from ..pages import CHANGES_PAGE, GUIDE_PAGE, PAGES, actor_page, question_page, site_pages
from ..text_rules import strip_invisible
from .actors import render_actor, render_actor_index
from .changes import render_changes
from .corrections import render_story_corrections
from .diagram import render_diagram
from .guide import render_guide
from .mentions import find_mentions
from .question import render_question_page
from .quotes import render_quotes
from .reference import render_glossary, render_sources
from .sides import render_who_backs_whom
from .story import render_background, render_timeline


def render_site(notes: Notes, mistakes: Sequence[Mistake] = (), today: str = "") -> dict[str, str]:
    """Render all pages; a pure function of the notes (and, for the editor's guide,
    the example mistakes checked at build time and the day `make new` would write)."""
    pages = {
        PAGES["background"]: render_background(notes),
        PAGES["who-backs-whom"]: render_who_backs_whom(notes, diagram=render_diagram(notes)),
        question_page(notes.story): render_question_page(notes),
        PAGES["timeline"]: render_timeline(notes),
        PAGES["actors"]: render_actor_index(notes),
        PAGES["quotes"]: render_quotes(notes),
        PAGES["sources"]: render_sources(notes),
        PAGES["glossary"]: render_glossary(notes),
        CHANGES_PAGE: render_changes(notes),
        GUIDE_PAGE: render_guide(notes, list(mistakes), today),
    }
    for path in site_pages(notes.story).values():
        corrected = render_story_corrections(notes, path, "description") if path in pages else ""
        if corrected:
            pages[path] = under_title(pages[path], corrected)
    mentions = find_mentions(notes)
    for actor in notes.actors:
        if actor_page(actor.id) not in pages:  # an id the check refuses (index) never replaces a page
            pages[actor_page(actor.id)] = render_actor(notes, actor, mentions.get(actor.id, []))
    # Characters the check refuses may still reach a preview through any renderer's escaping.
    return {path: strip_invisible(markdown) for path, markdown in pages.items()}


def under_title(markdown: str, block: str) -> str:
    """A page with block right under its title, where newsrooms put corrections."""
    heading = re.search(r"^# .*$", markdown, re.MULTILINE)
    at = heading.end() if heading else 0
    return markdown[:at] + "\n" + block + markdown[at:]
