"""Who backs whom as a picture: an inline SVG drawn from the typed relations.

No script and no library: the hook writes the SVG into the page at build
time. Two layouts of the same picture (columns for wide screens, one stacked
column with arcs for phones); the page's stylesheet shows one. Colours come
from CSS classes so the picture follows Material's light and dark schemes;
each type of line also has its own dash and end, so colour is never the only
cue. The relations table on the same page says everything in words.
"""

from __future__ import annotations

import html
import posixpath
from collections import Counter, defaultdict

from ..lang import count, say
from ..model import DASHES, Notes
from ..pages import PAGES, actor_page
from .diagram_layout import FONT, LINE, PAD, TITLE_LINE, Edge, Layout, Line, layout_narrow, layout_wide
from .markup import per_notes
from .story_words import relation_types_of, relation_words, side_of

_FALLBACK = ("structure", "", "arrow")
"""How a line of a type the story does not list is drawn (a preview of broken notes)."""
_INSET = {"arrow": 8.0, "chevron": 1.0, "bar": 1.5, "dot": 6.0}


@per_notes
def side_order(notes: Notes) -> list[str]:
    """The sides left to right in the wide picture (top to bottom in the narrow one): by column, then as listed."""
    listed = list(notes.story.sides)
    ordered = sorted(listed, key=lambda s: (s.column or len(listed) + 1 + listed.index(s), listed.index(s)))
    return [side.id for side in ordered]


@per_notes
def styles(notes: Notes) -> dict[str, tuple[str, str, str]]:
    """For each relation type of the story: its colour family (a CSS class), dash pattern and line end.

    The story check makes sure no two types share both a dash and an end, so the picture reads without colour."""
    return {t.id: (t.colour, DASHES.get(t.dash, ""), t.end) for t in relation_types_of(notes).values()}


def short_labels(notes: Notes) -> dict[str, str]:
    """The sides' titles in the picture: shorter than the page's, as a column is narrow."""
    return {side.id: side.short for side in notes.story.sides}


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def drawn_edges(notes: Notes) -> list[Edge]:
    """One line per (subject, type, object) between actors that are not media outlets."""
    # While serving, broken notes still render: an unknown actor or side is left out, not fatal.
    drawable = {a.id for a in notes.actors if a.kind != "media" and side_of(notes, a) in side_order(notes)}
    grouped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for relation in notes.relations:
        if relation.subject not in drawable or relation.object not in drawable:
            continue
        grouped[(relation.subject, relation.type, relation.object)].append(relation.id)
    return [Edge(s, t, o, tuple(sorted(ids))) for (s, t, o), ids in sorted(grouped.items())]


def _ordered_sides(notes: Notes, edges: list[Edge]) -> dict[str, list[tuple[str, str]]]:
    """The drawn actors by side, in a deterministic order that keeps lines short.

    Within a side, actors linked to each other sit together (breadth first from
    the most linked, ties by name); those clusters are then ordered by where
    their links to sides already placed arrive, so lines across cross less.
    """
    actors = {a.id: a for a in notes.actors}
    drawn = {e.subject for e in edges} | {e.object for e in edges}
    degree = Counter([e.subject for e in edges] + [e.object for e in edges])
    near: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        near[e.subject].add(e.object)
        near[e.object].add(e.subject)

    def rank(actor_id: str) -> tuple[int, str]:
        return (-degree[actor_id], actors[actor_id].name)

    placed: dict[str, float] = {}
    sides: dict[str, list[tuple[str, str]]] = {}
    for side in side_order(notes):
        left = sorted((i for i in drawn if side_of(notes, actors[i]) == side), key=rank)
        clusters: list[list[str]] = []
        while left:
            cluster, queue = [], [left[0]]
            while queue:
                current = queue.pop(0)
                if current not in cluster:
                    cluster.append(current)
                    queue += sorted((n for n in near[current] - set(cluster) if n in left), key=rank)
            clusters.append(cluster)
            left = [i for i in left if i not in cluster]

        def pull(cluster: list[str]) -> float:
            found = [placed[n] for member in cluster for n in near[member] if n in placed]
            return sum(found) / len(found) if found else 2.0

        order = [i for cluster in sorted(clusters, key=pull) for i in cluster]
        placed.update((actor_id, index / len(order)) for index, actor_id in enumerate(order))
        sides[side] = [(i, actors[i].name) for i in order]
    return sides


def _end(line: Line, style: tuple[str, str, str]) -> str:
    """The path of a line (stopping short of its end mark) and the mark itself."""
    _, dash, head = style
    tx, ty = line.tip
    d = line.direction
    ex = tx - d * _INSET[head]
    (x1, y1), (c1x, c1y), (c2x, c2y) = line.start, line.bend_start, line.bend_end
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    path = f'<path class="wbw-line" d="M{x1:.1f} {y1:.1f}C{c1x:.1f} {c1y:.1f} {c2x:.1f} {c2y:.1f} {ex:.1f} {ty:.1f}"{dash_attr}/>'
    return path + _head(head, tx, ty, d)


def _head(head: str, tx: float, ty: float, d: int) -> str:
    if head == "arrow":
        return f'<path class="wbw-head" d="M{tx:.1f} {ty:.1f}L{tx - d * 9:.1f} {ty - 4.5:.1f}L{tx - d * 9:.1f} {ty + 4.5:.1f}Z"/>'
    if head == "chevron":
        return f'<path class="wbw-open" d="M{tx - d * 8:.1f} {ty - 5:.1f}L{tx:.1f} {ty:.1f}L{tx - d * 8:.1f} {ty + 5:.1f}"/>'
    if head == "bar":
        return f'<path class="wbw-open wbw-bar" d="M{tx - d * 1.5:.1f} {ty - 6:.1f}V{ty + 6:.1f}"/>'
    return f'<circle class="wbw-head" cx="{tx - d * 3.5:.1f}" cy="{ty:.1f}" r="3.5"/>'


def _sentence(notes: Notes, names: dict[str, str], edge: Edge) -> str:
    return f"{names[edge.subject]} {relation_words(notes, edge.type)} {names[edge.object]}"


def _svg(notes: Notes, layout: Layout, name: str, summary: str) -> str:
    here = posixpath.splitext(PAGES["who-backs-whom"])[0] + "/"
    names = {a.id: a.name for a in notes.actors}
    width, height = layout.width, layout.height + 8
    parts = [
        f'<svg class="wbw wbw-{name}" xmlns="http://www.w3.org/2000/svg" viewBox="0 -4 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="group" '
        f'aria-labelledby="wbw-{name}-title" aria-describedby="wbw-{name}-desc">',
        f'<title id="wbw-{name}-title">{_esc(say(notes.language, "diagram.title"))}</title>',
        f'<desc id="wbw-{name}-desc">{_esc(summary)}</desc>',
    ]
    for group in layout.groups:
        parts.append(
            f'<g class="wbw-side wbw-side-{group.side}"><rect x="{group.x:.1f}" y="{group.y:.1f}" '
            f'width="{group.width:.1f}" height="{group.height:.1f}" rx="6"/>'
        )
        parts += [
            f'<text class="wbw-side-title" x="{group.x + 8:.1f}" y="{group.y + 8 + TITLE_LINE * (i + 1) - 4:.1f}">'
            f"{_esc(words)}</text>"
            for i, words in enumerate(group.title)
        ]
        parts.append("</g>")
    for line in layout.lines:
        style = styles(notes).get(line.edge.type, _FALLBACK)
        family = style[0]
        parts.append(
            f'<g class="wbw-edge edge-{_esc(line.edge.type)} family-{family}" '
            f'data-from="{_esc(line.edge.subject)}" data-to="{_esc(line.edge.object)}" '
            f'data-relations="{_esc(" ".join(line.edge.relations))}">'
            f"<title>{_esc(_sentence(notes, names, line.edge))}</title>{_end(line, style)}</g>"
        )
    for node in layout.nodes:
        href = posixpath.relpath(posixpath.splitext(actor_page(node.id))[0], here) + "/"
        cx = node.x + node.width / 2
        spans = "".join(
            f'<tspan x="{cx:.1f}" y="{node.y + PAD + LINE * i + FONT - 1:.1f}">{_esc(words)}</tspan>'
            for i, words in enumerate(node.lines)
        )
        label = f' aria-label="{_esc(names[node.id])}"' if " ".join(node.lines) != names[node.id] else ""
        parts.append(
            f'<a class="wbw-actor" href="{_esc(href)}" data-actor="{_esc(node.id)}"{label}>'
            f'<rect x="{node.x:.1f}" y="{node.y:.1f}" width="{node.width:.1f}" height="{node.height:.1f}" rx="4"/>'
            f'<text text-anchor="middle">{spans}</text></a>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _legend(notes: Notes, types: list[str]) -> str:
    items = []
    for kind in types:
        style = styles(notes).get(kind, _FALLBACK)
        family = style[0]
        sample = Line(Edge("", kind, "", ()), (2, 7), (20, 7), (20, 7), (40, 7), 1)
        items.append(
            f'<li class="edge-{_esc(kind)} family-{family}">'
            f'<svg class="wbw-key" viewBox="0 0 42 14" width="42" height="14" aria-hidden="true" focusable="false">'
            f"{_end(sample, style)}</svg> {_esc(relation_words(notes, kind))}</li>"
        )
    return '<ul class="wbw-legend">' + "".join(items) + "</ul>"


def _summary(notes: Notes, sides: dict[str, list[tuple[str, str]]], edges: list[Edge]) -> str:
    short = short_labels(notes)
    groups = [f"{short[side]}: {', '.join(name for _, name in members)}." for side, members in sides.items() if members]
    counts = Counter(e.type for e in edges)
    kinds = ", ".join(f"{n} {relation_words(notes, t)}" for t, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
    drawn = sum(len(m) for m in sides.values())
    language = notes.language
    return " ".join(
        [
            count(language, "diagram.summary", len(edges), actors=drawn),
            *groups,
            say(language, "diagram.by-type", kinds=kinds),
        ]
    )


def render_diagram(notes: Notes) -> str:
    """The who-backs-whom figure as raw HTML for the page's Markdown; '' when nothing links."""
    edges = drawn_edges(notes)
    if not edges:
        return ""
    sides = _ordered_sides(notes, edges)
    summary = _summary(notes, sides, edges)
    legend = list(styles(notes))
    types = sorted({e.type for e in edges}, key=lambda t: (legend.index(t) if t in legend else len(legend), t))
    wide = layout_wide(sides, edges, short_labels(notes))
    narrow = layout_narrow(sides, edges, short_labels(notes))
    # The picture repeats the lists and table below it: Material's search skips it.
    return (
        '<figure class="wbw-figure" data-search-exclude="true">'
        f"{_svg(notes, wide, 'wide', summary)}{_svg(notes, narrow, 'narrow', summary)}"
        f"<figcaption><p>{say(notes.language, 'diagram.caption')}</p>"
        f"{_legend(notes, types)}</figcaption></figure>"
    )
