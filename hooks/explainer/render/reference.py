"""Sources (with what rests on each) and the Glossary."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import SOURCE_KINDS, Notes
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
            link.say("page.sources"),
            page_description(notes, "sources", link.say("describe.sources")),
            notes.sources,
        ),
        f"# {link.say('page.sources')}\n",
        link.say("sources.intro") + "\n",
    ]
    for source in sorted(notes.sources, key=lambda s: (s.kind != "article", s.name)):
        parts.append(f"## {text(source.name)} {{ #{source.id} }}\n")
        say = link.say
        kind = say(f"source-kind.{source.kind}") if source.kind in SOURCE_KINDS else source.kind.replace("-", " ")
        facts = [f"{say('sources.kind')} {text(kind)}"]
        if source.title:
            facts.append(f"{say('sources.title')} {text(source.title)}")
        if source.publisher:
            facts.append(f"{say('sources.publisher')} {text(source.publisher)}")
        if source.date:
            facts.append(f"{say('sources.published')} {link.date(source.date)}")
        if source.party:
            facts.append(f"{say('sources.party')} {link.actor(source.party)}")
        if source.seed:
            facts.append(f"{say('sources.checked-from')} `seeds/{source.seed}`")
        parts.append(" · ".join(facts) + "\n")
        if source.body:
            parts.append(link.said(source, "body") + "\n")
        if source.corrections:
            parts.append(render_corrections(notes, "source", source))
        if cited := link.evidence.flush():
            parts.append(cited)
        rests = claims.get(source.id, [])
        parts.append(f'<details markdown="block"><summary>{link.say("sources.rest", n=len(rests))}</summary>\n')
        parts += [_claim_item(link, kind, note) for kind, note in rests]
        parts.append("\n</details>\n")
    single = [(k, n) for plural, k in _KIND_OF.items() for n in getattr(notes, plural) if len(outlets(n)) == 1]
    parts.append(f"## {link.say('sources.one-source')} {{ #one-source }}\n")
    parts.append(link.say("sources.one-source.intro", n=len(single)) + "\n")
    parts += [_claim_item(link, kind, note) for kind, note in single]
    return "\n".join(parts) + "\n" + link.evidence.render()


def _claim_item(link: Linker, kind: str, note: Any) -> str:
    page, anchor = where(link.notes, kind, note.id)
    return f"- {link.say(f'note.{kind}')}: [{text(describe(kind, note))}]({link.href(page, anchor)})"


def render_glossary(notes: Notes) -> str:
    link = Linker(notes, PAGES["glossary"])
    parts = [
        front_matter(
            notes,
            link.say("page.glossary"),
            page_description(notes, "glossary", link.say("describe.glossary", story=notes.story.short_title)),
            notes.terms,
        ),
        f"# {link.say('page.glossary')}\n",
    ]
    for term in sorted(notes.terms, key=lambda t: t.term.lower()):
        parts.append(f"## {text(term.term)} {{ #{term.id} }}\n")
        parts.append(link.said(term, "definition") + "\n")
        if term.corrections:
            parts.append(render_corrections(notes, "term", term))
        if term.aliases:
            parts.append(f"{link.say('glossary.also-written')} {', '.join(text(a) for a in term.aliases)}\n")
        if term.body:
            parts.append(link.said(term, "body") + "\n")
        parts.append(f"<small>{link.reported(term.sources, '')}</small>\n")
        if cited := link.evidence.flush():
            parts.append(cited)
    return "\n".join(parts) + link.evidence.render()
