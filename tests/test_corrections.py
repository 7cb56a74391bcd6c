"""Corrections: recorded on the note, shown on its page, listed on What's changed, in the feed and JSON-LD."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import MINIMAL, write_project
from explainer import load_and_check
from explainer.export import render_feed
from explainer.model import Notes
from explainer.pages import CHANGES_PAGE, actor_page
from explainer.render.home import fill_page
from explainer.render.seo import PageInfo, page_seo
from explainer.render.site import render_site

CORRECTED = """
    ---
    name: Russia
    kind: country
    role: Sent military experts
    side: maduro
    aliases: [Moscow, the Kremlin]
    sources: [the-week]
    updated: "2026-12-01"
    corrections:
      - date: "2026-12-01"
        field: role
        said: Sent about 100 servicemen, Russia and Venezuela confirmed
        why: >-
          The officials confirmed military experts; the figure of nearly 100 came from
          photographs reported days earlier.
    ---
    Russia backs [[nicolas-maduro|Maduro]].
    """
SENTENCE = (
    "an earlier version said “Sent about 100 servicemen, Russia and Venezuela confirmed”. The officials "
    "confirmed military experts; the figure of nearly 100 came from photographs reported days earlier."
)


def corrected_notes(tmp_path: Path, russia: str = CORRECTED) -> tuple[Notes, list[str]]:
    root = write_project(tmp_path, {**MINIMAL, "content/actors/russia.md": russia})
    checked = load_and_check(root, sourcing=False)  # these notes carry no passages: not what is tested
    return checked.notes, [str(p) for p in checked.problems]


def test_a_correction_is_shown_under_what_it_corrects(tmp_path: Path) -> None:
    notes, problems = corrected_notes(tmp_path)
    assert problems == []
    page = render_site(notes)[actor_page("russia")]
    assert (
        '<p class="correction" id="correction-actor-russia-1" markdown="span">**Correction, 1 December 2026:** '
        "an earlier version said “Sent about 100 servicemen, Russia and Venezuela confirmed”. The officials "
        "confirmed military experts; the figure of nearly 100 came from photographs reported days earlier\\.</p>"
    ) in page
    # Near the top, as newsrooms put them: right under the role line, before the rest of the page.
    assert page.index("actor-role") < page.index("Correction, 1 December 2026") < page.index("Russia backs [Maduro]")


def test_what_has_changed_lists_every_correction_with_a_link_to_it(tmp_path: Path) -> None:
    notes, _ = corrected_notes(tmp_path)
    page = render_site(notes)[CHANGES_PAGE]
    assert "## Corrections { #corrections }" in page
    assert "- 1 December 2026, [Russia](actors/russia.md#correction-actor-russia-1): an earlier version said" in page


def test_the_feed_carries_each_correction(tmp_path: Path) -> None:
    notes, _ = corrected_notes(tmp_path)
    feed = ET.fromstring(render_feed(notes, "https://example.org/", "Title"))  # noqa: S314 - our own feed
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    ids = [entry.findtext(f"{atom}id") for entry in entries]
    first = entries[ids.index("https://example.org/actors/russia/#correction-actor-russia-1")]  # the story's own too
    assert first.findtext(f"{atom}title") == "Correction, 1 December 2026"
    assert first.findtext(f"{atom}id") == "https://example.org/actors/russia/#correction-actor-russia-1"
    assert "An earlier version said “Sent about 100 servicemen" in (first.findtext(f"{atom}content") or "")


def test_the_page_json_ld_carries_schema_org_corrections(tmp_path: Path) -> None:
    notes, _ = corrected_notes(tmp_path)
    info = PageInfo(
        src_uri=actor_page("russia"), title="Russia", site_name="Site", url="actors/russia/", site_url="", meta={}
    )
    seo = page_seo(notes, info)
    data = json.loads(seo.json_ld)
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": SENTENCE[0].upper() + SENTENCE[1:],
            "datePublished": "2026-12-01",
        }
    ]


def test_a_correction_needs_what_was_said_and_why_and_a_past_date(tmp_path: Path) -> None:
    broken = CORRECTED.replace('date: "2026-12-01"\n        field: role', 'date: "2999-01-01"\n        field: role')
    broken = broken.replace("        said: Sent about 100 servicemen, Russia and Venezuela confirmed\n", "")
    _, problems = corrected_notes(tmp_path, broken)
    assert problems == [
        "content/actors/russia.md:10: said: missing required field: add `said: ...` "
        "(What an earlier version said, word for word as it was published.)"
    ]
    future = CORRECTED.replace('date: "2026-12-01"\n        field: role', 'date: "2999-01-01"\n        field: role')
    _, problems = corrected_notes(tmp_path, future)
    assert problems == ["content/actors/russia.md:10: date: 2999-01-01 is in the future"]


def test_a_hand_written_page_is_corrected_in_public_too(tmp_path: Path) -> None:
    page = (
        "---\ntitle: Home\ncorrections:\n"
        '  - date: "2026-12-01"\n    said: Both governments called it routine.\n'
        "    why: Neither official used the word.\n---\n\n# Home\n\nToday.^[analysis]\n"
    )
    root = write_project(tmp_path, {**MINIMAL, "docs/index.md": page})
    checked = load_and_check(root)
    assert checked.problems == []
    filled, problems = fill_page(checked.notes, "# Home\n\nToday.\n", "index.md", "docs/index.md", 8)
    assert problems == []
    assert filled.startswith(
        '# Home\n\n<p class="correction" id="correction-page-index-1" markdown="span">**Correction, 1 December '
        "2026:** an earlier version said “Both governments called it routine\\.” Neither official used the word\\.</p>"
    )
    changes = render_site(checked.notes)[CHANGES_PAGE]
    assert "- 1 December 2026, [Home](index.md#correction-page-index-1): an earlier version said" in changes
    broken = page.replace('"2026-12-01"', '"2999-01-01"')
    (root / "docs/index.md").write_text(broken, encoding="utf-8")
    assert [str(p) for p in load_and_check(root).problems] == ["docs/index.md:4: date: 2999-01-01 is in the future"]


STORY = """
    ---
    question: Who sent troops?
    short_title: the troops
    sides:
      - {id: maduro, label: With Maduro, short: Maduro}
      - {id: neutral, label: Others, short: Others}
    default_side: neutral
    relation_types:
      - {id: supports, label: supports, colour: backing, dash: solid, end: arrow}
    question_title: Why troops?
    question_slug: why-troops
    question_label: Why troops
    question_intro: Several answers, one of them ours.^[analysis]
    pages:
      - page: timeline
        description: Every event, month by month.^[analysis]
    corrections:
      - date: "2026-12-01"
        field: question_intro
        said: Several answers, all from the reporting.
        why: One answer is our own reading.
      - date: "2026-11-30"
        field: timeline.description
        said: Every event, day by day.
        why: The article gives months, not days.
      - date: "2026-11-30"
        field: timeline.card
        said: Every day.
        why: Months, not days.
    ---
    """
INTRO_CORRECTED = (
    "an earlier version said “Several answers, all from the reporting\\.” One answer is our own reading\\."
)


def test_the_story_note_is_corrected_where_its_words_are_read(tmp_path: Path) -> None:
    checked = load_and_check(write_project(tmp_path, {**MINIMAL, "content/story.md": STORY}))
    assert [str(p) for p in checked.problems] == []
    pages = render_site(checked.notes)
    central = pages["why-troops.md"]
    # Right under the intro it corrects, before the explanations.
    intro = central.index("Several answers, one of them ours.")
    shown = central.index(
        '<p class="correction" id="correction-story-1" markdown="span">**Correction, 1 December 2026:** '
        + INTRO_CORRECTED
        + "</p>"
    )
    assert intro < shown < central.index('<div class="evidence-tally">')
    assert "correction-story-2" not in central
    timeline = pages["timeline.md"]  # a page's description is corrected on that page, under its title
    assert timeline.index("# Timeline\n") < timeline.index('id="correction-story-2"') < timeline.index("<ol")
    home, _ = fill_page(checked.notes, "# Home\n\nToday.\n", "index.md", "docs/index.md", 1)  # the cards' page
    assert home.startswith('# Home\n\n<p class="correction" id="correction-story-3"')

    changes = pages[CHANGES_PAGE]
    assert f"- 1 December 2026, [Why troops?](why-troops.md#correction-story-1): {INTRO_CORRECTED}" in changes
    assert "- 30 November 2026, [Timeline](timeline.md#correction-story-2): an earlier version said" in changes

    feed = ET.fromstring(render_feed(checked.notes, "https://example.org/", "Title"))  # noqa: S314 - our own feed
    atom = "{http://www.w3.org/2005/Atom}"
    first = feed.findall(f"{atom}entry")[0]
    assert first.findtext(f"{atom}id") == "https://example.org/why-troops/#correction-story-1"
    assert "An earlier version said “Several answers, all from the reporting.”" in (
        first.findtext(f"{atom}content") or ""
    )

    info = PageInfo(
        src_uri="why-troops.md", title="Why troops?", site_name="Site", url="why-troops/", site_url="", meta={}
    )
    assert json.loads(page_seo(checked.notes, info).json_ld)["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "An earlier version said “Several answers, all from the reporting.” One answer is our own reading.",
            "datePublished": "2026-12-01",
        }
    ]
