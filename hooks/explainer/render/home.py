"""Blocks that hand-written pages pull in with <!-- explainer: NAME -->."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lang import count as plural
from ..lang import date_phrase, told
from ..model import Notes
from ..pages import PAGES, site_pages
from ..passages import read_marks
from ..problems import Problem
from ..text_rules import text_problems
from ..wikilinks import LINKABLE, find_links, link_problem
from .corrections import render_corrections, render_story_corrections
from .markup import Linker, attr, text
from .page import reporting_up_to

BLOCK = re.compile(r"<!--\s*explainer:\s*([a-z-]+)\s*-->")


def _key_figures(notes: Notes, link: Linker) -> str:
    lines = ['<div class="key-figures" markdown="block">', ""]
    for figure in notes.figures:
        about = f" ({link.actors(figure.about)})" if figure.about else ""
        lines.append(
            f'<p class="key-figure" id="{attr(figure.id)}" markdown="span">'
            f'<strong class="figure-value">{text(figure.value)}</strong> {link.said(figure, "label")}{about} '
            f"<small>{link.reported(figure.sources, figure.reported_by)}</small></p>"
            + render_corrections(notes, "figure", figure)
        )
    lines += ["", "</div>", ""]
    return "\n".join(lines)


def _reporting_up_to(notes: Notes, link: Linker) -> str:
    newest = reporting_up_to(notes)
    when = date_phrase(notes.language, "until", newest) if newest else link.say("home.undated")
    said = link.say("home.reporting-up-to", when=when, sources=link.href(PAGES["sources"]))
    return f'<p class="reporting-up-to" markdown="span">{said}</p>\n'


def _ways_in(notes: Notes, link: Linker) -> str:
    say = link.say
    cards = [
        ("background", say("page.background.short"), say("card.background")),
        ("who-backs-whom", say("page.who-backs-whom"), say("card.who-backs-whom")),
        ("question", notes.story.question_title, say("card.question")),
        ("timeline", say("page.timeline"), plural(notes.language, "card.timeline", len(notes.events))),
        ("actors", say("page.actors"), plural(notes.language, "card.actors", len(notes.actors))),
        ("quotes", say("page.quotes"), plural(notes.language, "card.quotes", len(notes.quotes))),
        ("sources", say("page.sources"), say("card.sources")),
        ("glossary", say("page.glossary"), plural(notes.language, "card.glossary", len(notes.terms))),
    ]
    pages = site_pages(notes.story)
    lines = ['<div class="grid cards" markdown="block">', ""]
    lines += [
        f"- [**{text(title)}**]({link.href(pages[key])}): {_card(notes, link, key, blurb)}"
        for key, title, blurb in cards
    ]
    lines += ["", "</div>", ""]
    return "\n".join(lines)


def _card(notes: Notes, link: Linker, key: str, blurb: str) -> str:
    """The line under a page's card: the story's, with its evidence markers, else the engine's words."""
    for index, text_of in enumerate(notes.story.pages):
        if text_of.page == key and text_of.card:
            return link.evidence.said(notes.story, f"pages[{index}].card", text_of.card)
    return text(blurb)


BLOCKS: dict[str, Callable[[Notes, Linker], str]] = {
    "key-figures": _key_figures,
    "reporting-up-to": _reporting_up_to,
    "ways-in": _ways_in,
}


def fill_page(notes: Notes, markdown: str, page: str, path: str, first_line: int = 1) -> tuple[str, list[Problem]]:
    """Fill a hand-written page's block markers and [[...]] links; unknown ones are problems.

    first_line is the file's line that the markdown starts on (after front matter).
    """
    problems: list[Problem] = []
    link = Linker(notes, page)
    known = {kind: {n.id for n in getattr(notes, kind + "s")} for kind in LINKABLE}
    for found in find_links(markdown):
        message = link_problem(found, known)
        if message:
            problems.append(Problem(path, found.line_offset + first_line, "", message))
    problems += [Problem(path, offset + first_line, "", message) for offset, message in text_problems(markdown, False)]

    # In reading order: each stretch of prose with its evidence markers drawn, then the block after it.
    filled: list[str] = []
    position = 0
    for match in [*BLOCK.finditer(markdown), None]:
        end = match.start() if match else len(markdown)
        marked = read_marks(markdown[position:end])  # its problems are the check's (claims.check_pages)
        filled.append(link.evidence.draw(marked, lambda words: words, sources=()))
        if match is None:
            break
        name = match.group(1)
        position = match.end()
        if name not in BLOCKS:
            at = markdown.count("\n", 0, match.start()) + first_line
            unknown = told("check.home.unknown-block", name=name, blocks=", ".join(BLOCKS))
            problems.append(Problem(path, at, "", unknown))
            continue
        filled.append(BLOCKS[name](notes, link))
    filled_page = "".join(filled)
    corrected = next((p for p in notes.pages if p.path == page), None)
    shown = render_corrections(notes, "page", corrected) if corrected is not None else ""
    shown += render_story_corrections(notes, page, "card")  # the home page's cards are the story's
    if shown:  # at the top, under the title, as newsrooms put them
        heading = re.search(r"^# .*$", filled_page, re.MULTILINE)
        at = heading.end() if heading else 0
        filled_page = filled_page[:at] + "\n" + shown + filled_page[at:]
    return link.prose(filled_page) + link.evidence.render(), problems
