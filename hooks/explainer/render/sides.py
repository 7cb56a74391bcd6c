"""Who backs whom: the sides, each actor's stance, every relation with its source."""

from __future__ import annotations

from ..model import Notes, Relation
from ..pages import PAGES
from .corrections import render_corrections
from .labels import render_labels
from .markup import Linker, attr, text
from .page import front_matter
from .story_words import page_description, relation_words, side_of, side_title


def render_who_backs_whom(notes: Notes, diagram: str = "") -> str:
    link = Linker(notes, PAGES["who-backs-whom"])
    parts = [
        front_matter(
            notes,
            link.say("page.who-backs-whom"),
            page_description(notes, "who-backs-whom", link.say("describe.who-backs-whom")),
            [*notes.actors, *notes.relations],
        ),
        f"# {link.say('page.who-backs-whom')}\n",
    ]
    if diagram:
        parts += [diagram, ""]
    parts.append(f"## {link.say('sides.heading')}\n")
    for side in notes.story.sides:
        title = side_title(notes, side.id)
        members = [a for a in notes.actors if side_of(notes, a) == side.id and a.kind != "media"]
        if not members:
            continue
        parts.append(f"### {text(title)}\n")
        for actor in sorted(members, key=lambda a: a.name):
            stance = f": {link.said(actor, 'stance')}" if actor.stance else ""
            parts.append(f"- {link.actor(actor.id)} ({link.said(actor, 'role')}){stance}")
        parts.append("")
    parts.append(f"## {link.say('sides.every-relation')} {{ #every-relation }}\n")
    parts.append(render_relation_table(notes, link, notes.relations))
    return "\n".join(parts) + link.evidence.render()


_COLUMNS = ("who", "link", "whom", "when", "sourcing")
"""The relation table's headings (lang: column.*); on phones each cell shows its heading (explainer.css)."""


def render_relation_table(notes: Notes, link: Linker, relations: tuple[Relation, ...] | list[Relation]) -> str:
    """A table of relations, each row anchored by the relation's id."""
    if not relations:
        return link.say("sides.none") + "\n"
    columns = [link.say(f"column.{key}") for key in _COLUMNS]
    rows = [
        '<div class="table-scroll" markdown="block">',
        # A class, so Material's script leaves the table where it is (explainer.css says why and styles it).
        '<table class="relations" markdown="block">',
        "<thead><tr>" + "".join(f"<th>{name}</th>" for name in columns) + "</tr></thead>",
        '<tbody markdown="block">',
    ]
    for relation in sorted(relations, key=lambda r: (r.type, r.subject, r.object)):
        when = link.date(relation.date) if relation.date else link.say("sides.not-dated")
        words = relation_words(notes, relation.type)
        note = f"<br><small>{link.said(relation, 'text')}</small>" if relation.text else ""
        note += render_corrections(notes, "relation", relation, inline=True)
        sourcing = f"{link.reported(relation.sources, relation.reported_by)} {render_labels(notes, relation)}"
        cells = (link.actor(relation.subject), f"{text(words)}{note}", link.actor(relation.object), when, sourcing)
        rows.append(
            f'<tr id="{attr(relation.id)}" markdown="block">'
            + "".join(
                f'<td data-label="{name}" markdown="span">{cell}</td>'
                for name, cell in zip(columns, cells, strict=True)
            )
            + "</tr>"
        )
    rows += ["</tbody>", "</table>", "</div>", ""]
    return "\n".join(rows)
