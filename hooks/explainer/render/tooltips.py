"""Glossary tooltips: the terms' definitions as abbreviations, on every page.

Python-Markdown's `abbr` extension turns `*[Term]: definition` lines into
<abbr title="..."> wherever the term stands; the site's stylesheet
(docs/assets/pictures.css) shows the title as a tooltip on hover and on
keyboard focus. An <abbr> is not focusable, so the first one of each term on
a page gets tabindex="0": a keyboard reader can reach each definition once
without tabbing through every repeat.
"""

from __future__ import annotations

import html
import re

from ..model import Notes
from .markup import per_notes

_ABBR_OR_LINK = re.compile(r"<(/?)(a|abbr)\b([^>]*)>", re.IGNORECASE)
_HEADING = re.compile(r"<(h[1-6])\b.*?</\1>", re.IGNORECASE | re.DOTALL)
_ABBR_TAG = re.compile(r"</?abbr\b[^>]*>", re.IGNORECASE)
_TITLE = re.compile(r'\btitle="([^"]*)"')
_WORD = re.compile(r"\w+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
"""Markdown's backslash escapes: a page shows its Markdown's characters without them."""
_TITLED_BLOCK = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?) ?([\w-]+)", re.MULTILINE)
"""An admonition or details block (`!!! note`), which a page titles with its type, capitalised (Note)."""


def abbreviations(notes: Notes) -> dict[str, str]:
    """Each spelling of a term, and its capitalised form, with the tooltip it shows.

    A term's own spelling wins over another term's alias. An alias that is a
    word of an actor's name is left out (the Monroe Doctrine's alias "Monroe"
    would otherwise label James Monroe).
    """
    names = " ".join(a.name for a in notes.actors)
    found: dict[str, str] = {}
    for own in (True, False):
        for term in sorted(notes.terms, key=lambda t: (t.term.lower(), t.id)):
            tip = " ".join(f"{term.term}: {term.definition}".split())
            spellings = (
                [term.term] if own else [a for a in term.aliases if not re.search(rf"\b{re.escape(a)}\b", names)]
            )
            for words in spellings:
                for form in (words, words[:1].upper() + words[1:]):
                    if form and form not in found and _usable(form):
                        found[form] = tip
    return found


def _usable(words: str) -> bool:
    """The abbr syntax cannot hold ] or \\, and a spelling must start and end on a word character."""
    return not re.search(r"[\]\\\n]", words) and bool(re.match(r"\w", words)) and bool(re.search(r"\w$", words))


def render_abbreviations(notes: Notes, page: str | None = None) -> str:
    """The `*[Term]: tooltip` lines to append to a page's Markdown ('' when there are none).

    Given the page's Markdown, only the spellings that stand on the page, as
    written, are defined: `abbr` can mark no other, and each definition costs
    each page a block parse and one more pattern tried at every word, so
    defining every term on every page made a build grow with pages × terms
    (tools/bench.py). A blank line between definitions makes each its own
    block: `abbr` takes one definition per pass and hands the rest of a block
    back to every block parser, which cost N² on each page.
    """
    definitions = _definitions(notes)
    if page is not None:
        shown = html.unescape("".join(_ESCAPE.split(page)))  # the same as _ESCAPE.sub(r"\1", page), faster
        if "!!!" in page or "???" in page:
            shown += "\n" + " ".join(m.group(1).lower().capitalize() for m in _TITLED_BLOCK.finditer(page))
        words = _words(shown)
        # A one-word spelling stands on the page when its word does; a longer one is looked for whole.
        definitions = [d for d in definitions if d[0] <= words and (len(d[0]) == 1 or d[1] in shown)]
    lines = [line for *_, line in definitions]
    return "\n\n" + "\n\n".join(lines) + "\n" if lines else ""


def _words(text: str) -> set[str]:
    """set(_WORD.findall(text)), found faster: a word never holds a space, and most of a page's distinct
    space-separated pieces are one word each."""
    found: set[str] = set()
    for piece in set(text.split()):
        if piece.isalnum():
            found.add(piece)
        else:
            found.update(_WORD.findall(piece))
    return found


@per_notes
def _definitions(notes: Notes) -> list[tuple[frozenset[str], str, str]]:
    """Each definition line, with the words its spelling needs on a page, as written, and the spelling; built once."""
    return [
        (frozenset(_WORD.findall(words)), words, f"*[{words}]: {tip}")
        for words, tip in sorted(abbreviations(notes).items())
    ]


def focus_first_abbreviations(html: str) -> str:
    """Make the first <abbr> of each term on a page focusable; drop those in links and headings.

    A title names the subject and a link's words are the link's, so neither
    carries a tooltip; leaving them out also keeps long lists of links (the
    Sources page) within the page-weight budget.
    """
    html = _HEADING.sub(lambda m: _ABBR_TAG.sub("", m.group(0)), html)
    seen: set[str] = set()
    depth = 0
    dropped = False

    def visit(match: re.Match[str]) -> str:
        nonlocal depth, dropped
        closing, tag, attrs = match.group(1), match.group(2).lower(), match.group(3)
        if tag == "a":
            depth = max(0, depth - 1) if closing else depth + 1
            return match.group(0)
        if closing:
            was_dropped, dropped = dropped, False
            return "" if was_dropped else match.group(0)
        if depth > 0:
            dropped = True
            return ""
        title = _TITLE.search(attrs)
        if title is None or title.group(1) in seen or "tabindex" in attrs:
            return match.group(0)
        seen.add(title.group(1))
        return f'<abbr tabindex="0"{attrs}>'

    return _ABBR_OR_LINK.sub(visit, html)
