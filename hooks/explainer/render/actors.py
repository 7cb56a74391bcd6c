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


def render_actor_index(notes: Notes) -> str:
    link = Linker(notes, PAGES["actors"])
    parts = [
        front_matter(
            notes,
            link.say("page.actors"),
            page_description(notes, "actors", link.say("describe.actors", story=notes.story.short_title)),
            notes.actors,
        ),
        f"# {link.say('page.actors')}\n",
        link.say("actors.intro") + "\n",
    ]
    order = {kind: i for i, kind in enumerate(ACTOR_KINDS)}
    by_kind = sorted(notes.actors, key=lambda a: (order.get(a.kind, 99), a.name))
    for kind, actors in groupby(by_kind, key=lambda a: a.kind):
        parts.append(f"## {link.say(f'kinds.{kind}') if kind in ACTOR_KINDS else text(kind)}\n")
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
        f'<p class="actor-role" markdown="span">{link.said(actor, "role")}</p>\n'
        + render_corrections(notes, "actor", actor),
    ]
    kind = link.say(f"kind.{actor.kind}") if actor.kind in ACTOR_KINDS else actor.kind.replace("-", " ")
    facts = [f"{link.say('actors.kind')} {text(kind)}"]
    if actor.kind != "media":
        facts.append(f"{link.say('actors.side')} {text(side_title(notes, side_of(notes, actor)))}")
    if actor.country:
        facts.append(f"{link.say('actors.country')} {link.actor(actor.country)}")
    if actor.aliases:
        facts.append(f"{link.say('actors.also-called')} {', '.join(text(a) for a in actor.aliases)}")
    parts.append(" · ".join(facts) + "\n")
    if actor.stance:
        parts.append(f"{link.say('actors.stance')} {link.said(actor, 'stance')}\n")
    if actor.body:
        parts.append(link.said(actor, "body") + "\n")
    parts.append(f"<small>{link.reported(actor.sources, '')}</small>\n")
    if relations:
        parts.append(f"## {link.say('actors.relations')} {{ #relations }}\n")
        parts.append(render_relation_table(notes, link, relations))
    if quotes:
        parts.append(f"## {link.say('actors.said')} {{ #what-they-said }}\n")
        parts += [render_quote(notes, link, q, anchor=False) for q in quotes]
    if mentions:
        parts.append(f"## {link.say('actors.mentioned-in')} {{ #mentioned-in }}\n")
        for mention in mentions:
            parts.append(
                f"- [{text(mention.label)}]({link.href(mention.page, mention.anchor)}): {text(mention.sentence)}"
            )
        parts.append("")
    return "\n".join(parts) + link.evidence.render()
