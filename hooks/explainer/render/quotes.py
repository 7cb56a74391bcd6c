"""Quotes, grouped by speaker, each with a permanent anchor."""

from __future__ import annotations

from itertools import groupby

from ..model import Notes, Quote
from ..pages import PAGES
from .corrections import render_corrections
from .labels import render_labels
from .markup import Linker, attr, text
from .page import front_matter
from .story_words import page_description


def render_quotes(notes: Notes) -> str:
    link = Linker(notes, PAGES["quotes"])
    names = {a.id: a.name for a in notes.actors}
    parts = [
        front_matter(
            notes,
            link.say("page.quotes"),
            page_description(notes, "quotes", link.say("describe.quotes", story=notes.story.short_title)),
            notes.quotes,
        ),
        f"# {link.say('page.quotes')}\n",
        link.say("quotes.intro") + "\n",
    ]
    ordered = sorted(notes.quotes, key=lambda q: (names.get(q.speaker, q.speaker), q.id))
    for speaker, quotes in groupby(ordered, key=lambda q: q.speaker):
        parts.append(f"## {text(names.get(speaker, speaker))}\n")
        parts.append(f"{link.actor(speaker, link.say('quotes.about', name=names.get(speaker, speaker)))}\n")
        parts += [render_quote(notes, link, q) for q in quotes]
    return "\n".join(parts) + link.evidence.render()


def render_quote(notes: Notes, link: Linker, quote: Quote, anchor: bool = True) -> str:
    """One quote as a figure: the words, then who said it, who reported it, when."""
    id_attr = f' id="{attr(quote.id)}"' if anchor else ""
    permalink = link.href(PAGES["quotes"], quote.id)
    said = [link.actor(quote.speaker)]
    if quote.date:
        said.append(link.date(quote.date))
    caption = "— " + ", ".join(said) + f". {link.reported(quote.sources, quote.reported_by)}"
    labels = render_labels(notes, quote)
    lines = [
        f'<figure class="quote"{id_attr} markdown="block">',
        "",
        f"> “{text(quote.text)}”",
        "",
        f'<figcaption markdown="span">{caption} {labels} [#]({permalink} "{link.say("quotes.link")}")</figcaption>',
        "",
    ]
    if quote.context:
        lines += [f'<p class="quote-context" markdown="span">{link.said(quote, "context")}</p>', ""]
    if quote.corrections:
        lines.append(render_corrections(notes, "quote", quote))
    lines += ["</figure>", ""]
    if cited := link.evidence.flush():
        lines.append(cited)
    return "\n".join(lines)
