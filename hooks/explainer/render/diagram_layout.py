"""Where the who-backs-whom diagram puts each actor and each line.

Two deterministic layouts of the same nodes and edges: `wide` (a column per
side, the story's first side left, its last right, the rest between) and `narrow`
(one column, sides stacked, lines as arcs on the right) for phones. Pure
geometry in SVG user units; diagram.py turns it into markup.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

FONT = 13
LINE = 16
PAD = 6
GAP = 10
GROUP_PAD = 8
TITLE_LINE = 17


@dataclass(frozen=True)
class Edge:
    """One drawn line: every relation of one type from one actor to another."""

    subject: str
    type: str
    object: str
    relations: tuple[str, ...]
    """Ids of the relations the line stands for (usually one)."""


@dataclass
class Node:
    id: str
    lines: list[str]
    x: float = 0
    y: float = 0
    width: float = 0

    @property
    def height(self) -> float:
        return 2 * PAD + LINE * len(self.lines)


@dataclass
class Group:
    side: str
    title: list[str]
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0


Point = tuple[float, float]


@dataclass
class Line:
    """A cubic curve from start to tip; both ends leave and arrive horizontally."""

    edge: Edge
    start: Point
    bend_start: Point
    bend_end: Point
    tip: Point
    direction: int
    """+1 when the line arrives heading right, -1 heading left."""


@dataclass
class Layout:
    width: float
    height: float
    nodes: list[Node] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


def wrap(words: str, chars: int, max_lines: int = 3) -> list[str]:
    """Break a label into lines of about `chars` characters; ellipsis past max_lines."""
    lines = textwrap.wrap(words, chars, break_on_hyphens=False) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: chars - 1].rstrip() + "…"
    return lines


def _stack(group: Group, members: list[Node], x: float, y: float, width: float) -> float:
    """Place a group's title and nodes from y down; return the y below the group."""
    group.x, group.y, group.width = x, y, width
    top = y + GROUP_PAD + TITLE_LINE * len(group.title) + 4
    for node in members:
        node.x, node.y, node.width = x + GROUP_PAD, top, width - 2 * GROUP_PAD
        top += node.height + GAP
    group.height = top - GAP + GROUP_PAD - y
    return y + group.height


def _anchors(
    ends: dict[tuple[str, str], list[tuple[float, int]]], nodes: dict[str, Node]
) -> dict[tuple[str, str, int], float]:
    """Spread the lines meeting one side of a node along its height, ordered by where they come from."""
    spread: dict[tuple[str, str, int], float] = {}
    for (node_id, side), arriving in ends.items():
        node = nodes[node_id]
        for rank, (_, index) in enumerate(sorted(arriving)):
            spread[(node_id, side, index)] = node.y + node.height * (rank + 1) / (len(arriving) + 1)
    return spread


def _route(
    edges: list[Edge],
    nodes: dict[str, Node],
    column: dict[str, int],
    bulge_side: dict[int, int],
    bend: Callable[[float], float],
) -> list[Line]:
    """Curves between columns, arcs within one; each end on the facing side of its node.

    An arc bulges by bend(its height), out to the side bulge_side gives its column.
    """
    sides: list[tuple[str, str]] = []
    ends: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
    for index, edge in enumerate(edges):
        a, b = nodes[edge.subject], nodes[edge.object]
        ca, cb = column[edge.subject], column[edge.object]
        if ca == cb:
            side_a = side_b = "right" if bulge_side[ca] > 0 else "left"
        else:
            side_a, side_b = ("right", "left") if ca < cb else ("left", "right")
        sides.append((side_a, side_b))
        ends[(a.id, side_a)].append((b.y + b.height / 2, index))
        ends[(b.id, side_b)].append((a.y + a.height / 2, index))
    spread = _anchors(ends, nodes)
    lines = []
    for index, edge in enumerate(edges):
        a, b = nodes[edge.subject], nodes[edge.object]
        side_a, side_b = sides[index]
        x1 = a.x + a.width if side_a == "right" else a.x
        x2 = b.x + b.width if side_b == "right" else b.x
        y1, y2 = spread[(a.id, side_a, index)], spread[(b.id, side_b, index)]
        if column[edge.subject] == column[edge.object]:
            out = 1 if side_a == "right" else -1
            dx, direction = out * bend(abs(y2 - y1)), -out
            lines.append(Line(edge, (x1, y1), (x1 + dx, y1), (x2 + dx, y2), (x2, y2), direction))
        else:
            half = (x2 - x1) / 2
            lines.append(Line(edge, (x1, y1), (x1 + half, y1), (x2 - half, y2), (x2, y2), 1 if half > 0 else -1))
    return lines


def layout_wide(groups: dict[str, list[tuple[str, str]]], edges: list[Edge], titles: dict[str, str]) -> Layout:
    """The first side (in the story's column order) left, the last right, the others stacked between."""
    col_width, gap, margin = 150.0, 96.0, 52.0
    chars = int((col_width - 2 * GROUP_PAD - 2 * PAD) / (FONT * 0.56))
    order = list(groups)
    columns = [order[:1], order[1:-1], order[-1:]] if len(order) > 1 else [order, [], []]
    layout = Layout(width=2 * margin + 3 * col_width + 2 * gap, height=0)
    nodes: dict[str, Node] = {}
    column: dict[str, int] = {}
    heights = []
    placed: list[tuple[int, Group, list[Node]]] = []
    for index, sides in enumerate(columns):
        for side in sides:
            if not groups.get(side):
                continue
            members = [Node(actor_id, wrap(name, chars)) for actor_id, name in groups[side]]
            group = Group(side, wrap(titles[side], int(chars * 0.95), 2))
            placed.append((index, group, members))
            for node in members:
                nodes[node.id], column[node.id] = node, index
    for index in range(3):
        y = 0.0
        for at, group, members in placed:
            if at == index:
                y = _stack(group, members, margin + index * (col_width + gap), y, col_width) + 14
        heights.append(y - 14)
    layout.height = max(heights, default=0)
    # The middle column is short: centre it so lines to either side stay short.
    shift = (layout.height - heights[1]) / 2
    for at, group, members in placed:
        if at == 1:
            group.y += shift
            for node in members:
                node.y += shift
        layout.groups.append(group)
        layout.nodes += members
    layout.lines = _route(edges, nodes, column, {0: -1, 1: 1, 2: 1}, lambda h: min(margin - 6, 14 + h * 0.22))
    return layout


def layout_narrow(groups: dict[str, list[tuple[str, str]]], edges: list[Edge], titles: dict[str, str]) -> Layout:
    """One column, sides stacked top to bottom, every line an arc on the right."""
    col_width, arcs = 176.0, 150.0
    chars = int((col_width - 2 * GROUP_PAD - 2 * PAD) / (FONT * 0.56))
    layout = Layout(width=col_width + arcs + 4, height=0)
    nodes: dict[str, Node] = {}
    y = 0.0
    for side in groups:
        if not groups.get(side):
            continue
        members = [Node(actor_id, wrap(name, chars)) for actor_id, name in groups[side]]
        group = Group(side, wrap(titles[side], int(chars * 0.95), 2))
        y = _stack(group, members, 0, y, col_width) + 14
        layout.groups.append(group)
        layout.nodes += members
        nodes.update((n.id, n) for n in members)
    layout.height = y - 14
    centre = {n.id: n.y + n.height / 2 for n in nodes.values()}
    longest = max((abs(centre[e.subject] - centre[e.object]) for e in edges), default=1.0) or 1.0
    # The longest arc fills the room beside the column; shorter ones nest inside it.
    layout.lines = _route(
        edges, nodes, dict.fromkeys(nodes, 0), {0: 1}, lambda h: 12 + (arcs - 18) * min(1.0, h / longest)
    )
    return layout
