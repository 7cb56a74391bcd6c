"""Renderers: exact Markdown from small notes, and note text that never becomes markup."""

from __future__ import annotations

import re
from pathlib import Path

import markdown

from conftest import MINIMAL, write_project
from explainer import load_and_check
from explainer.model import Notes
from explainer.render.markup import Linker, text
from explainer.render.mentions import find_mentions
from explainer.render.quotes import render_quote
from explainer.render.site import render_site
from explainer.render.story import events_in_order, render_timeline

HOSTILE = '<script>alert("x")</script> *bold* [link](http://evil.example) | pipe `code` <img src=x onerror=alert(1)>'


def load(root: Path) -> Notes:
    checked = load_and_check(root)
    assert checked.problems == []
    return checked.notes


def to_html(md: str) -> str:
    return markdown.markdown(md, extensions=["attr_list", "md_in_html", "tables"])


def test_text_is_shown_as_written_never_as_markup() -> None:
    html = to_html(text(HOSTILE))
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<strong" not in html
    assert "&lt;script&gt;" in html
    shown = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert shown.replace("&quot;", '"') == HOSTILE


def test_links_are_relative_to_the_page(minimal: Path) -> None:
    notes = load(minimal)
    assert Linker(notes, "timeline.md").actor("russia") == "[Russia](actors/russia.md)"
    assert Linker(notes, "actors/nicolas-maduro.md").actor("russia") == "[Russia](russia.md)"
    assert Linker(notes, "actors/russia.md").actor("russia") == "**Russia**"
    assert Linker(notes, "actors/russia.md").source("the-week") == "[The Week](../sources.md#the-week)"
    assert Linker(notes, "quotes.md").prose("see [[nicolas-maduro|Maduro]]") == "see [Maduro](actors/nicolas-maduro.md)"


def test_a_quote_keeps_its_words_speaker_and_permanent_anchor(minimal: Path) -> None:
    notes = load(minimal)
    md = render_quote(notes, Linker(notes, "quotes.md"), notes.quotes[0])
    assert md.startswith('<figure class="quote" id="zakharova-as-long" markdown="block">')
    assert "> “As long as they need\\. As long as the Venezuelan government needs\\.”" in md
    assert "— [Maria Zakharova](actors/maria-zakharova.md). Source: [The Week](sources.md#the-week)" in md
    html = to_html(md)
    assert "As long as they need. As long as the Venezuelan government needs." in html


def test_mentions_carry_the_sentence_around_the_link(minimal: Path) -> None:
    mentions = find_mentions(load(minimal))
    assert [(m.page, m.anchor, m.sentence) for m in mentions["nicolas-maduro"]] == [
        ("who-backs-whom.md", "russia-supports-maduro", "Russia backs Maduro."),
        ("actors/russia.md", "", "Russia backs Maduro."),
    ]
    assert [m.label for m in mentions["nicolas-maduro"]] == ["Who backs whom", "Russia"]


def test_a_mention_shows_names_not_ids(tmp_path: Path) -> None:
    files = dict(MINIMAL)
    files["content/actors/russia.md"] = MINIMAL["content/actors/russia.md"].replace(
        "[[nicolas-maduro|Maduro]]", "[[nicolas-maduro]]"
    )
    mentions = find_mentions(load(write_project(tmp_path, files)))
    assert mentions["nicolas-maduro"][1].sentence == "Russia backs Nicolás Maduro."


def test_hostile_names_and_quotes_render_as_text_on_every_page(tmp_path: Path) -> None:
    files = dict(MINIMAL)
    files["content/actors/russia.md"] = MINIMAL["content/actors/russia.md"].replace(
        "name: Russia", f"name: '{HOSTILE.replace(chr(39), chr(39) * 2)}'"
    )
    checked = load_and_check(write_project(tmp_path, files))
    # The check refuses the script and the handler; a preview still renders them, as text.
    assert [(p.line, p.field, str(p.message)[:20]) for p in checked.problems] == [
        (2, "name", "<script> is not allo"),
        (2, "name", "the onerror= attribu"),
    ]
    for page, md in render_site(checked.notes).items():
        html = to_html(md.split("---\n", 2)[-1])
        assert "<script" not in html, page
        assert "onerror" not in re.sub(r"&lt;img[^&]*", "", html), page


def test_every_page_is_rendered(minimal: Path) -> None:
    pages = render_site(load(minimal))
    assert set(pages) >= {
        "actors/index.md",
        "actors/maria-zakharova.md",
        "actors/nicolas-maduro.md",
        "actors/russia.md",
        "background.md",
        "bluff-or-base.md",
        "glossary.md",
        "quotes.md",
        "sources.md",
        "timeline.md",
        "who-backs-whom.md",
    }


def test_events_of_one_date_keep_the_order_the_editor_wrote_them(tmp_path: Path) -> None:
    """Photographs before the officials' confirmation, as written, though their ids sort the other way."""
    events = """
        - id: zz-photographs
          date: "2019-03"
          title: Photographs of Russian servicemen in Caracas^["Russian servicemen disembarking from two military planes in Caracas"]
          actors: [russia]
          sources: [the-week]
        - id: aa-confirmed
          date: "2019-03"
          title: Officials confirm military experts^["Military experts are there"]
          actors: [russia]
          sources: [the-week]
        - id: earlier
          date: "2019-01"
          title: An earlier event^[analysis]
          actors: [russia]
          sources: [the-week]
        """
    notes = load(write_project(tmp_path, {**MINIMAL, "content/events.yml": events}))
    assert [event.id for event in events_in_order(notes)] == ["earlier", "zz-photographs", "aa-confirmed"]
    timeline = render_timeline(notes)
    assert timeline.index("Photographs of Russian") < timeline.index("Officials confirm")
