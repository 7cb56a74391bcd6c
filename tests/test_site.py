"""One real strict build of the project's site: every page exists and links resolve."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT, broken_links, parse_html
from explainer import load_notes

MAIN_PAGES = [
    "index.html",
    "background/index.html",
    "who-backs-whom/index.html",
    "bluff-or-base/index.html",
    "timeline/index.html",
    "actors/index.html",
    "quotes/index.html",
    "sources/index.html",
    "glossary/index.html",
]


def test_every_main_page_and_actor_page_is_built(built_site: Path) -> None:
    notes = load_notes(ROOT / "content", ROOT / "seeds", ROOT).notes
    expected = MAIN_PAGES + [f"actors/{a.id}/index.html" for a in notes.actors]
    missing = [p for p in expected if not (built_site / p).is_file()]
    assert missing == []
    assert len(notes.actors) >= 20


def test_nothing_generated_is_written_into_docs() -> None:
    assert sorted(p.name for p in (ROOT / "docs").glob("*.md")) == ["index.md"]  # hand-written


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    assert broken_links(built_site, "http://127.0.0.1:8000/") == []


def test_actor_names_on_generated_pages_link_to_their_pages(built_site: Path) -> None:
    notes = load_notes(ROOT / "content", ROOT / "seeds", ROOT).notes
    text = (built_site / "who-backs-whom/index.html").read_text(encoding="utf-8")
    for actor in notes.actors:
        if any(actor.id in (r.subject, r.object) for r in notes.relations):
            assert re.search(rf'href="\.\./actors/{actor.id}/"', text), actor.id


def test_every_quote_has_a_permanent_anchor(built_site: Path) -> None:
    notes = load_notes(ROOT / "content", ROOT / "seeds", ROOT).notes
    ids = parse_html(built_site / "quotes/index.html").ids
    assert [q.id for q in notes.quotes if q.id not in ids] == []


def test_timeline_lists_every_event_in_order(built_site: Path) -> None:
    notes = load_notes(ROOT / "content", ROOT / "seeds", ROOT).notes
    text = (built_site / "timeline/index.html").read_text(encoding="utf-8")
    positions = {e.id: text.find(f'id="{e.id}"') for e in notes.events}
    assert -1 not in positions.values()
    in_page_order = sorted(notes.events, key=lambda e: positions[e.id])
    dates = [e.date.sort_key() for e in in_page_order]
    assert dates == sorted(dates)


def test_no_markdown_is_left_unrendered(built_site: Path) -> None:
    """Markdown inside generated HTML blocks must be rendered, not shown as ** or [..](..md)."""
    leftovers = []
    for path in built_site.rglob("*.html"):
        text = re.sub(r"<(script|style|code|pre)[^>]*>.*?</\1>", "", path.read_text(encoding="utf-8"), flags=re.S)
        for found in re.findall(r"\*\*\w[^*<]*\*\*|\]\([^)\s]*\.md(?:#[^)]*)?\)", text):
            leftovers.append(f"{path.relative_to(built_site)}: {found}")
    assert leftovers == []
