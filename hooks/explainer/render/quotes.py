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
            "Quotes",
            page_description(
                notes,
                "quotes",
                f"Every quote in the story of {notes.story.short_title}, word for word, grouped by speaker, "
                "with who said it and who reported it.",
            ),
            notes.quotes,
        ),
        "# Quotes\n",
        "Every quotation, word for word as the source prints it; the build checks each one against the "
        "source's text. Each has its own link: use the # beside it.\n",
    ]
    ordered = sorted(notes.quotes, key=lambda q: (names.get(q.speaker, q.speaker), q.id))
    for speaker, quotes in groupby(ordered, key=lambda q: q.speaker):
        parts.append(f"## {text(names.get(speaker, speaker))}\n")
        parts.append(f"{link.actor(speaker, 'About ' + names.get(speaker, speaker))}\n")
        parts += [render_quote(notes, link, q) for q in quotes]
    return "\n".join(parts) + link.evidence.render()


def render_quote(notes: Notes, link: Linker, quote: Quote, anchor: bool = True) -> str:
    """One quote as a figure: the words, then who said it, who reported it, when."""
    id_attr = f' id="{attr(quote.id)}"' if anchor else ""
    permalink = link.href(PAGES["quotes"], quote.id)
    said = [link.actor(quote.speaker)]
    if quote.date:
        said.append(quote.date.human())
    caption = "— " + ", ".join(said) + f". {link.reported(quote.sources, quote.reported_by)}"
    labels = render_labels(notes, quote)
    lines = [
        f'<figure class="quote"{id_attr} markdown="block">',
        "",
        f"> “{text(quote.text)}”",
        "",
        f'<figcaption markdown="span">{caption} {labels} [#]({permalink} "Link to this quote")</figcaption>',
        "",
    ]
    if quote.context:
        lines += [f'<p class="quote-context" markdown="span">{link.said(quote, "context")}</p>', ""]
    if quote.corrections:
        lines.append(render_corrections("quote", quote))
    lines += ["</figure>", ""]
    return "\n".join(lines)
