"""Blocks that hand-written pages pull in with <!-- explainer: NAME -->."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Notes
from ..pages import PAGES, site_pages
from ..passages import read_marks
from ..problems import Problem
from ..text_rules import text_problems
from ..wikilinks import LINKABLE, find_links, link_problem
from .corrections import render_corrections
from .markup import Linker, attr, text
from .page import reporting_up_to
from .story_words import page_card

BLOCK = re.compile(r"<!--\s*explainer:\s*([a-z-]+)\s*-->")


def _key_figures(notes: Notes, link: Linker) -> str:
    lines = ['<div class="key-figures" markdown="block">', ""]
    for figure in notes.figures:
        about = f" ({link.actors(figure.about)})" if figure.about else ""
        lines.append(
            f'<p class="key-figure" id="{attr(figure.id)}" markdown="span">'
            f'<strong class="figure-value">{text(figure.value)}</strong> {link.said(figure, "label")}{about} '
            f"<small>{link.reported(figure.sources, figure.reported_by)}</small></p>"
            + render_corrections("figure", figure)
        )
    lines += ["", "</div>", ""]
    return "\n".join(lines)


def _reporting_up_to(notes: Notes, link: Linker) -> str:
    newest = reporting_up_to(notes)
    when = newest.human() if newest else "an undated source"
    return (
        f'<p class="reporting-up-to" markdown="span">**Based on reporting up to {when}.** '
        f"This explainer has not followed events since; see the [sources]({link.href(PAGES['sources'])}).</p>\n"
    )


def _ways_in(notes: Notes, link: Linker) -> str:
    cards = [
        ("background", "Background", "The story so far, in the order things happened."),
        ("who-backs-whom", "Who backs whom", "The sides, and every sourced link between them."),
        ("question", notes.story.question_title, "The competing explanations and the evidence each way."),
        ("timeline", "Timeline", f"{len(notes.events)} dated events, in order."),
        ("actors", "Actors", f"{len(notes.actors)} countries, bodies, people and companies."),
        ("quotes", "Quotes", f"{len(notes.quotes)} quotations, each checked word for word."),
        ("sources", "Sources", "What every claim rests on."),
        ("glossary", "Glossary", f"{len(notes.terms)} terms in plain words."),
    ]
    pages = site_pages(notes.story)
    lines = ['<div class="grid cards" markdown="block">', ""]
    lines += [
        f"- [**{text(title)}**]({link.href(pages[key])}): {text(page_card(notes, key, blurb))}"
        for key, title, blurb in cards
    ]
    lines += ["", "</div>", ""]
    return "\n".join(lines)


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
        marked = read_marks(markdown[position:end])
        line = markdown.count("\n", 0, position) + first_line
        problems += [Problem(path, line + offset, "", message) for offset, message in marked.errors]
        filled.append(link.evidence.draw(marked, lambda words: words))
        if match is None:
            break
        name = match.group(1)
        position = match.end()
        if name not in BLOCKS:
            at = markdown.count("\n", 0, match.start()) + first_line
            problems.append(
                Problem(path, at, "", f"unknown block <!-- explainer: {name} -->: use one of {', '.join(BLOCKS)}")
            )
            continue
        filled.append(BLOCKS[name](notes, link))
    return link.prose("".join(filled)) + link.evidence.render(), problems
