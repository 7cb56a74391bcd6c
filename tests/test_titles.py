"""Titles are statements: an event's and an explanation's title carries its voice and passages, and
shows its marker where it stands as the note's statement, never in the table of contents, search
titles, page titles or meta tags."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import markdown
import pytest

from conftest import MINIMAL, write_project
from explainer import load_and_check
from explainer.model import Notes, PartialDate
from explainer.render.changes import list_changes
from explainer.render.question import render_question_page
from explainer.render.story import render_background, render_timeline

NO_PASSAGE = (
    'has no passage: add ^["the source\'s exact words"] after it, '
    "or mark it ^[context: where it comes from] or ^[analysis]"
)
EVENT = """
    - id: landing
      date: "2019-03"
      title: {title}
      actors: [russia]
      sources: [the-week]
    """
EXPLANATION = """
    ---
    title: {title}
    summary: Photographs showed Russian servicemen.^["photographs showed nearly 100 Russian servicemen"]
    sources: [the-week]
    ---
    """
TITLES = [
    (
        "an event's title with no passage",
        "content/events.yml",
        EVENT.format(title="Russian servicemen land in Caracas"),
        f"content/events.yml:3: title: 'Russian servicemen land in Caracas' {NO_PASSAGE}",
    ),
    (
        "an explanation's title with no passage",
        "content/explanations/a-base.md",
        EXPLANATION.format(title="Russia may be setting up a base"),
        f"content/explanations/a-base.md:2: title: 'Russia may be setting up a base' {NO_PASSAGE}",
    ),
    (
        "an event's title whose passage is not word for word",
        "content/events.yml",
        EVENT.format(title='Russian servicemen land^["nearly 100 Russian soldiers disembarking"]'),
        "content/events.yml:3: title: passage not found word for word in the-week's text: "
        "'nearly 100 Russian soldiers disembarking'; closest passage: 'nearly 100 Russian servicemen disembarking'",
    ),
    (
        "an explanation's title that drops its passage's hedges",
        "content/explanations/a-base.md",
        EXPLANATION.format(
            title='Russia is setting up a base^["Some analysts suspect that Russia may be attempting to set up a base"]'
        ),
        "content/explanations/a-base.md:2: title: 'Russia is setting up a base': drops the passage's hedge 'may': "
        "keep it (or a word like it)",
    ),
]


@pytest.mark.parametrize(("what", "path", "note", "expected"), TITLES, ids=[case[0] for case in TITLES])
def test_a_title_is_held_to_its_passages_at_its_line(
    tmp_path: Path, what: str, path: str, note: str, expected: str
) -> None:
    problems = [str(p) for p in load_and_check(write_project(tmp_path, {**MINIMAL, path: note})).problems]
    assert expected in problems, what


def _notes(tmp_path: Path) -> Notes:
    explanation = EXPLANATION.format(
        title='A foothold — some analysts suspect Russia may set up a base^["Some analysts suspect that Russia '
        'may be attempting to set up a base"]'
    )
    root = write_project(tmp_path, {**MINIMAL, "content/explanations/a-base.md": explanation})
    checked = load_and_check(root)
    assert [str(p) for p in checked.problems] == []
    return checked.notes


def test_a_timeline_title_shows_its_marker_and_other_lists_the_words_alone(tmp_path: Path) -> None:
    notes = _notes(tmp_path)
    [event] = notes.events
    assert event.title == "Russian servicemen land in Caracas"  # the note holds the words, the marks apart
    timeline = render_timeline(notes)
    assert '**Russian servicemen land in Caracas<sup class="ev" id="evidence-ref-1"><a href="#evidence-1"' in timeline
    background = render_background(notes)  # an event with no text: its title is the entry
    assert 'Russian servicemen land in Caracas<sup class="ev" id="evidence-ref-1">' in background
    updated = dataclasses.replace(event, updated=PartialDate(2026, 12, 1))
    changed = list_changes(dataclasses.replace(notes, events=(updated,)))  # What's changed and the feed
    assert [c.label for c in changed] == ["Russian servicemen land in Caracas"]


def test_an_explanation_heading_shows_its_marker_but_not_in_the_toc_or_search_or_meta(tmp_path: Path) -> None:
    notes = _notes(tmp_path)
    page = render_question_page(notes)
    front, body = page.split("\n---\n", 1)
    assert "^[" not in front and "<sup" not in front  # the meta description and the title: words alone
    converter = markdown.Markdown(extensions=["attr_list", "md_in_html", "toc"])
    html = converter.convert(body)
    title = "A foothold — some analysts suspect Russia may set up a base"
    [token] = [t for t in converter.toc_tokens[0]["children"] if t["id"] == "a-base"]  # type: ignore[attr-defined]
    assert token["name"] == title
    heading = html[html.index('<h2 id="a-base">') : html.index("</h2>", html.index('<h2 id="a-base">'))]
    assert heading.startswith(f'<h2 id="a-base">{title}<sup data-search-exclude class="ev"')

    # Material's search skips what carries data-search-exclude: the section's title is the words alone.
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    [section] = [s for s in parser.data if s.id == "a-base"]
    assert "".join(section.title).strip() == title


def test_the_open_data_carries_titles_and_the_story_notes_sentences(tmp_path: Path) -> None:
    from explainer.export import notes_as_data

    notes = _notes(tmp_path)
    data = notes_as_data(notes)
    [explanation] = data["explanations"]
    assert explanation["title"] == "A foothold — some analysts suspect Russia may set up a base"
    assert explanation["sentences"][0] == {
        "field": "title",
        "text": "A foothold — some analysts suspect Russia may set up a base",
        "voice": "reporting",
        "passages": [
            {"source": "the-week", "words": "Some analysts suspect that Russia may be attempting to set up a base"}
        ],
    }
    story = data["story"]
    assert story["file"] == "content/story.md"
    assert {s["field"] for s in story["sentences"]} >= {"question_intro", "pages[0].description", "pages[0].card"}
    assert story["corrections"]  # the project's story note, which MINIMAL shares, records some
    assert [c["field"] for c in story["corrections"]] == [c.field for c in notes.story.corrections]
