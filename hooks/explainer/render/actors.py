"""The Actors index and one page per actor."""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby

from ..model import ACTOR_KINDS, Actor, Notes, Quote, Relation
from ..pages import PAGES, actor_page
from .corrections import render_corrections
from .markup import Linker, link_names, per_notes, plain_text, text
from .mentions import Mention
from .page import front_matter
from .quotes import render_quote
from .sides import render_relation_table
from .story_words import page_description, side_of, side_title

KIND_TITLES = {
    "country": "Countries",
    "government-body": "Government bodies",
    "person": "People",
    "company": "Companies",
    "organisation": "Organisations",
    "media": "News outlets",
}


def render_actor_index(notes: Notes) -> str:
    link = Linker(notes, PAGES["actors"])
    parts = [
        front_matter(
            notes,
            "Actors",
            page_description(
                notes,
                "actors",
                "Every country, government body, person, company and outlet in the story of "
                f"{notes.story.short_title}, with their role and side.",
            ),
            notes.actors,
        ),
        "# Actors\n",
        "Everyone the reporting names, by kind. Each page says who they are, which side they are on, "
        "what links them to the others, what they said, and where else they are mentioned.\n",
    ]
    order = {kind: i for i, kind in enumerate(ACTOR_KINDS)}
    by_kind = sorted(notes.actors, key=lambda a: (order.get(a.kind, 99), a.name))
    for kind, actors in groupby(by_kind, key=lambda a: a.kind):
        parts.append(f"## {KIND_TITLES.get(kind, kind)}\n")
        parts += [f"- {link.actor(a.id)}: {link.said(a, 'role')}" for a in actors]
        parts.append("")
    return "\n".join(parts) + link.evidence.render()


@per_notes
def _involving(notes: Notes) -> tuple[dict[str, list[Relation]], dict[str, list[Quote]]]:
    """Each actor's relations (as subject or object) and quotes, in note order."""
    relations: dict[str, list[Relation]] = defaultdict(list)
    for relation in notes.relations:
        for actor_id in dict.fromkeys((relation.subject, relation.object)):
            relations[actor_id].append(relation)
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for quote in notes.quotes:
        quotes[quote.speaker].append(quote)
    return relations, quotes


def render_actor(notes: Notes, actor: Actor, mentions: list[Mention]) -> str:
    link = Linker(notes, actor_page(actor.id))
    relations_of, quotes_of = _involving(notes)
    relations = list(relations_of.get(actor.id, ()))
    quotes = list(quotes_of.get(actor.id, ()))
    parts = [
        front_matter(
            notes,
            actor.name,
            plain_text(f"{actor.name}: {actor.role}. {actor.stance}", link_names(notes)),
            [actor, *relations, *quotes],
        ),
        f"# {text(actor.name)}\n",
        f'<p class="actor-role" markdown="span">{link.said(actor, "role")}</p>\n' + render_corrections("actor", actor),
    ]
    facts = [f"**Kind:** {text(actor.kind.replace('-', ' '))}"]
    if actor.kind != "media":
        facts.append(f"**Side:** {text(side_title(notes, side_of(notes, actor)))}")
    if actor.country:
        facts.append(f"**Country:** {link.actor(actor.country)}")
    if actor.aliases:
        facts.append(f"**Also called:** {', '.join(text(a) for a in actor.aliases)}")
    parts.append(" · ".join(facts) + "\n")
    if actor.stance:
        parts.append(f"**Stance:** {link.said(actor, 'stance')}\n")
    if actor.body:
        parts.append(link.said(actor, "body") + "\n")
    parts.append(f"<small>{link.reported(actor.sources, '')}</small>\n")
    if relations:
        parts.append("## Relations\n")
        parts.append(render_relation_table(notes, link, relations))
    if quotes:
        parts.append("## What they said\n")
        parts += [render_quote(notes, link, q, anchor=False) for q in quotes]
    if mentions:
        parts.append("## Mentioned in\n")
        for mention in mentions:
            parts.append(
                f"- [{text(mention.label)}]({link.href(mention.page, mention.anchor)}): {text(mention.sentence)}"
            )
        parts.append("")
    return "\n".join(parts) + link.evidence.render()
