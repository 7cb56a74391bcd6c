"""The who-backs-whom diagram: its structure, links, legend, escaping and geometry."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT
from explainer.load import load_story
from explainer.model import Actor, Notes, Origin, Relation
from explainer.render.diagram import drawn_edges, render_diagram, short_labels, styles
from explainer.render.diagram_layout import layout_narrow, layout_wide
from explainer.render.sides import render_who_backs_whom
from explainer.render.story_words import relation_words

STORY = load_story(ROOT / "content", ROOT, [])

SVG = "{http://www.w3.org/2000/svg}"
HERE = Origin("content/x.md", 1)


def actor(actor_id: str, name: str, side: str, kind: str = "country") -> Actor:
    return Actor(id=actor_id, name=name, kind=kind, role="r", sources=("s",), origin=HERE, side=side)


def relation(subject: str, type_: str, obj: str, rid: str = "") -> Relation:
    return Relation(
        id=rid or f"{subject}-{type_}-{obj}", subject=subject, type=type_, object=obj, sources=("s",), origin=HERE
    )


NOTES = Notes(
    actors=(
        actor("russia", "Russia", "maduro"),
        actor("maduro", "Nicolás Maduro", "maduro", "person"),
        actor("putin", "Vladimir Putin", "maduro", "person"),
        actor("venezuela", "Venezuela", "divided"),
        actor("syria", "Syria", "neutral"),
        actor("us", "United States", "guaido"),
        actor("guaido", "Juan Guaidó", "guaido", "person"),
        actor("rt", "RT", "maduro", "media"),
        actor("lonely", "Nobody links here", "neutral"),
    ),
    relations=(
        relation("russia", "supports", "maduro"),
        relation("russia", "deploys-to", "venezuela"),
        relation("russia", "partners-with", "venezuela", "oil"),
        relation("russia", "partners-with", "venezuela", "gas"),
        relation("russia", "deploys-to", "syria"),
        relation("putin", "leads", "russia"),
        relation("us", "recognises", "guaido"),
        relation("us", "sanctions", "venezuela"),
        relation("guaido", "opposes", "maduro"),
        relation("maduro", "criticises", "us"),
        relation("rt", "criticises", "us"),
    ),
    story=STORY,
)


def figure(notes: Notes = NOTES) -> ET.Element:
    return ET.fromstring(render_diagram(notes))  # noqa: S314 (our own output; parsing also proves it well formed)


def svgs(root: ET.Element) -> list[ET.Element]:
    found = root.findall(f"{SVG}svg")
    assert [s.get("class") for s in found] == ["wbw wbw-wide", "wbw wbw-narrow"]
    return found


def test_every_relation_between_drawn_actors_is_an_edge_with_its_type() -> None:
    for svg in svgs(figure()):
        edges = svg.findall(f"{SVG}g[@data-relations]")
        drawn = {}
        for g in edges:
            kind = re.fullmatch(r"wbw-edge edge-([a-z-]+) family-[a-z]+", g.get("class", ""))
            assert kind is not None, g.get("class")
            for rid in (g.get("data-relations") or "").split():
                drawn[rid] = (g.get("data-from"), kind.group(1), g.get("data-to"))
        expected = {r.id: (r.subject, r.type, r.object) for r in NOTES.relations if r.subject != "rt"}
        assert drawn == expected
        # Two relations of one type between the same actors share one line.
        assert len(edges) == len(expected) - 1


def test_each_edge_says_what_it_is_in_words() -> None:
    titles = [g.findtext(f"{SVG}title") for g in svgs(figure())[0].findall(f"{SVG}g[@data-relations]")]
    assert "Russia supports Nicolás Maduro" in titles
    assert "United States recognises as president Juan Guaidó" in titles


def test_every_drawn_actor_is_a_link_to_its_page_and_media_are_left_out() -> None:
    for svg in svgs(figure()):
        links = {a.get("data-actor"): a.get("href") for a in svg.iter(f"{SVG}a")}
        assert links == {
            i: f"../actors/{i}/" for i in ("russia", "maduro", "putin", "venezuela", "syria", "us", "guaido")
        }


def test_the_legend_lists_every_drawn_type_once() -> None:
    items = figure().findall("figcaption/ul/li")
    drawn = {r.type for r in NOTES.relations if r.subject != "rt"}
    assert sorted(li.get("class", "").split()[0] for li in items) == sorted(f"edge-{t}" for t in drawn)
    words = ["".join(li.itertext()).strip() for li in items]
    assert sorted(words) == sorted(relation_words(NOTES, t) for t in drawn)


def test_it_has_a_text_alternative_naming_the_sides_and_actors() -> None:
    for svg in svgs(figure()):
        name = svg.get("class", "").split("-")[-1]
        assert svg.get("aria-labelledby") == f"wbw-{name}-title"
        assert svg.get("aria-describedby") == f"wbw-{name}-desc"
        assert svg.find(f"{SVG}title").get("id") == f"wbw-{name}-title"  # type: ignore[union-attr]
        desc = svg.findtext(f"{SVG}desc") or ""
        assert "7 actors" in desc and "9 lines" in desc
        assert "Backing Maduro: Russia, " in desc and "Vladimir Putin" in desc and "Juan Guaidó" in desc


def test_note_text_is_escaped() -> None:
    evil = Notes(
        actors=(actor("a", '<script>alert("x")</script> & Co', "maduro"), actor("b", "B", "guaido")),
        relations=(relation("a", "supports", "b"),),
        story=STORY,
    )
    out = render_diagram(evil)
    assert "<script>" not in out
    labels = ["".join(t.itertext()) for t in figure(evil).iter(f"{SVG}text")]
    assert any("<script>alert" in label for label in labels)


def test_nothing_is_drawn_without_relations_between_non_media_actors() -> None:
    assert render_diagram(dataclasses.replace(NOTES, relations=NOTES.relations[-1:])) == ""


def test_a_broken_note_while_serving_leaves_its_line_out_instead_of_failing() -> None:
    broken = dataclasses.replace(
        NOTES,
        actors=(*NOTES.actors, actor("odd", "Odd", "sideways")),
        relations=(*NOTES.relations, relation("russia", "supports", "ghost"), relation("odd", "supports", "us")),
    )
    assert render_diagram(broken) == render_diagram(NOTES)


def test_the_picture_does_not_depend_on_the_order_of_the_notes() -> None:
    shuffled = Notes(actors=NOTES.actors[::-1], relations=NOTES.relations[::-1], story=STORY)
    assert render_diagram(shuffled) == render_diagram(NOTES)


@pytest.mark.parametrize("layout", [layout_wide, layout_narrow])
def test_lines_start_and_end_on_the_edge_of_their_actors_and_boxes_do_not_overlap(layout: object) -> None:
    from explainer.render.diagram import _ordered_sides

    edges = drawn_edges(NOTES)
    drawn = layout(_ordered_sides(NOTES, edges), edges, short_labels(NOTES))  # type: ignore[operator]
    nodes = {n.id: n for n in drawn.nodes}
    for line in drawn.lines:
        for (x, y), node in ((line.start, nodes[line.edge.subject]), (line.tip, nodes[line.edge.object])):
            assert x in (node.x, node.x + node.width)
            assert node.y < y < node.y + node.height
        # The line arrives heading into its actor's box.
        target = nodes[line.edge.object]
        assert line.direction == (1 if line.tip[0] == target.x else -1)
    boxes = sorted((n.x, n.y, n.x + n.width, n.y + n.height) for n in drawn.nodes)
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[2] <= drawn.width and a[1] >= 0 and a[3] <= drawn.height
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_every_relation_type_of_the_story_has_its_own_dash_and_end() -> None:
    assert set(styles(NOTES)) == {t.id for t in STORY.relation_types}
    looks = [(dash, head) for _, dash, head in styles(NOTES).values()]
    assert len(set(looks)) == len(looks)


def test_the_page_keeps_the_relations_table_beside_the_picture() -> None:
    page = render_who_backs_whom(NOTES, diagram=render_diagram(NOTES))
    assert page.index('<figure class="wbw-figure"') < page.index("## Every relation") < page.index("<table")
