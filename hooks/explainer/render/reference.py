"""Sources (with what rests on each) and the Glossary."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import Notes
from ..pages import PAGES, where
from .corrections import render_corrections
from .labels import outlets
from .markup import Linker, text
from .page import front_matter
from .story_words import page_description

_KIND_OF = {
    "actors": "actor",
    "relations": "relation",
    "events": "event",
    "quotes": "quote",
    "figures": "figure",
    "explanations": "explanation",
    "terms": "term",
}


def claims_by_source(notes: Notes) -> dict[str, list[tuple[str, Any]]]:
    """For each source id, the (kind, note) pairs that cite it or credit it."""
    found: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for plural, kind in _KIND_OF.items():
        for note in getattr(notes, plural):
            for source_id in sorted(outlets(note)):
                found[source_id].append((kind, note))
    return found


def describe(kind: str, note: Any) -> str:
    """A short plain-text name for a note, for lists of claims."""
    if kind == "quote":
        return f"“{note.text}”"
    if kind == "figure":
        return f"{note.value}: {note.label}"
    if kind == "relation":
        return note.text or f"{note.subject} {note.type} {note.object}"
    return str(getattr(note, "title", "") or getattr(note, "name", "") or getattr(note, "term", "") or note.id)


def render_sources(notes: Notes) -> str:
    link = Linker(notes, PAGES["sources"])
    claims = claims_by_source(notes)
    parts = [
        front_matter(
            notes,
            "Sources",
            page_description(
                notes,
                "sources",
                "Every source behind this explainer, what rests on each, and which claims rest on one source only.",
            ),
            notes.sources,
        ),
        "# Sources\n",
        "Every note on this site cites a source. The documents in the project's seeds folder are the "
        "evidence: each quote and figure is checked against their text at every build. Outlets that the "
        "article credits are listed too, with what the article attributes to them.\n",
    ]
    for source in sorted(notes.sources, key=lambda s: (s.kind != "article", s.name)):
        parts.append(f"## {text(source.name)} {{ #{source.id} }}\n")
        facts = [f"**Kind:** {text(source.kind.replace('-', ' '))}"]
        if source.title:
            facts.append(f"**Title:** {text(source.title)}")
        if source.publisher:
            facts.append(f"**Publisher:** {text(source.publisher)}")
        if source.date:
            facts.append(f"**Published:** {source.date.human()}")
        if source.party:
            facts.append(f"**A party to the dispute:** {link.actor(source.party)}")
        if source.seed:
            facts.append(f"**Text checked from:** `seeds/{source.seed}`")
        parts.append(" · ".join(facts) + "\n")
        if source.body:
            parts.append(link.said(source, "body") + "\n")
        if source.corrections:
            parts.append(render_corrections("source", source))
        rests = claims.get(source.id, [])
        parts.append(f'<details markdown="block"><summary>{len(rests)} notes rest on this source</summary>\n')
        parts += [_claim_item(link, kind, note) for kind, note in rests]
        parts.append("\n</details>\n")
    single = [(k, n) for plural, k in _KIND_OF.items() for n in getattr(notes, plural) if len(outlets(n)) == 1]
    parts.append("## Claims resting on one source only { #one-source }\n")
    parts.append(
        f"{len(single)} notes rest on a single source with no outlet credited beside it. "
        "They are labelled *One source* where they appear.\n"
    )
    parts += [_claim_item(link, kind, note) for kind, note in single]
    return "\n".join(parts) + "\n" + link.evidence.render()


def _claim_item(link: Linker, kind: str, note: Any) -> str:
    page, anchor = where(link.notes, kind, note.id)
    return f"- {kind.capitalize()}: [{text(describe(kind, note))}]({link.href(page, anchor)})"


def render_glossary(notes: Notes) -> str:
    link = Linker(notes, PAGES["glossary"])
    parts = [
        front_matter(
            notes,
            "Glossary",
            page_description(
                notes, "glossary", f"Terms in the story of {notes.story.short_title}, explained in plain words."
            ),
            notes.terms,
        ),
        "# Glossary\n",
    ]
    for term in sorted(notes.terms, key=lambda t: t.term.lower()):
        parts.append(f"## {text(term.term)} {{ #{term.id} }}\n")
        parts.append(link.said(term, "definition") + "\n")
        if term.corrections:
            parts.append(render_corrections("term", term))
        if term.aliases:
            parts.append(f"*Also written:* {', '.join(text(a) for a in term.aliases)}\n")
        if term.body:
            parts.append(link.said(term, "body") + "\n")
        parts.append(f"<small>{link.reported(term.sources, '')}</small>\n")
    return "\n".join(parts) + link.evidence.render()
