"""A second explainer, made up for the test, in Spanish (tests/stories/es): the engine builds it unchanged.

Its own question, sides, relation types and central page; the project's hooks/ and
overrides/ as they are. Every page is Spanish, the editor's guide too, with what the check
says and what `make new` writes.
"""

from __future__ import annotations

import html
import json
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, served_folder, strict_build, url_of
from explainer import load_and_check
from explainer.fields import fields_of
from explainer.lang import TABLES
from explainer.model import Actor
from explainer.template import TODO, render_template
from pages import broken_links
from test_engine_words import story_words

STORY = ROOT / "tests" / "stories" / "es"


@pytest.fixture(scope="module")
def es_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One strict build of the Spanish story, with the project's code, into a temporary folder."""
    return strict_build(STORY / "mkdocs.yml", tmp_path_factory.mktemp("es-site"))


def _pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}


def _visible(page: str) -> str:
    """A page's words as a reader sees or hears them: text, titles, labels."""
    words = re.findall(r'(?:title|aria-label|content|alt)="([^"]*)"', page)
    body = re.sub(r"<script\b.*?</script>|<style\b.*?</style>|<[^>]+>", " ", page, flags=re.DOTALL)
    return " ".join(html.unescape(" ".join([body, *words])).split())


def test_the_story_checks_clean() -> None:
    checked = load_and_check(STORY)
    assert [str(p) for p in checked.problems] == []
    assert checked.notes.language == "es"


def test_every_page_family_is_built(es_site: Path) -> None:
    notes = load_and_check(STORY).notes
    expected = [
        "index.html",
        "background/index.html",
        "who-backs-whom/index.html",
        "venta-o-concesion/index.html",
        "timeline/index.html",
        "actors/index.html",
        "quotes/index.html",
        "sources/index.html",
        "glossary/index.html",
        "changes/index.html",
        "guide/index.html",
        "feed.xml",
        "data/explainer.json",
        "data/explainer.schema.json",
        *(f"actors/{a.id}/index.html" for a in notes.actors),
    ]
    assert [page for page in expected if not (es_site / page).is_file()] == []
    assert not (es_site / "bluff-or-base").exists()
    home = (es_site / "index.html").read_text(encoding="utf-8")
    styles = ("assets/explainer.css", "assets/pictures.css", "assets/javascripts/search-query.js")
    assert [s for s in styles if s not in home or not (es_site / s).is_file()] == []  # the engine's, as init gives
    assert broken_links(es_site, "http://127.0.0.1/") == []


def test_every_page_is_spanish(es_site: Path) -> None:
    pages = _pages(es_site)
    assert [name for name, page in pages.items() if '<html lang="es"' not in page] == []


def _english_phrases() -> set[str]:
    """The English table's words, cut at each {name}: every run of three words or more."""
    found = set()
    for key, words in TABLES["en"].items():
        if TABLES["es"][key] == words:
            continue
        plain = re.sub(r"<[^>]+>|\*|\[|\]\([^)]*\)|`[^`]*`", " ", words)  # code is no language's words
        for literal, *_ in string.Formatter().parse(plain):
            run = " ".join(literal.split()).strip(" .,:;")
            if len(run.split()) >= 3:
                found.add(run)
    return found


def test_no_english_engine_words_on_any_page(es_site: Path) -> None:
    phrases = _english_phrases()
    assert {"month known, day not given", "Based on reporting up to", "How to update this explainer"} <= phrases
    assert "Ids of the sources this note rests on (at least one)" in phrases  # what a field means
    pages = _pages(es_site)
    assert "guide/index.html" in pages
    found = [f"{name}: {phrase!r}" for name, page in pages.items() for phrase in phrases if phrase in _visible(page)]
    assert found == []
    feed = (es_site / "feed.xml").read_text(encoding="utf-8")
    assert "<language>es</language>" in feed or 'xml:lang="es"' in feed


def test_the_guide_is_spanish_and_so_is_what_the_check_says_in_it(es_site: Path) -> None:
    guide = (es_site / "guide" / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="como-actualizar-este-explicador">Cómo actualizar este explicador' in guide
    assert "<th>campo</th>" in guide and "<th>qué significa</th>" in guide
    assert 'lang="en"' not in guide
    checks = re.findall(r'<pre class="check-output"><code>(.*?)</code></pre>', guide, re.S)
    assert len(checks) >= 10 and all("content/" in c for c in checks)  # the check's own output
    assert any("no es una de las opciones" in c or "falta" in c for c in checks)  # ... in Spanish
    made_new = re.findall(r'<pre class="guide-code"><code>(?:(?!</code>).)*TODO(?:(?!</code>).)*</code>', guide, re.S)
    assert made_new and "obligatorio" in made_new[0]  # what make new writes, in Spanish
    assert '<h3 id="una-errata-en-el-nombre-de-un-campo">Una errata en el nombre de un campo' in guide


def test_make_new_writes_a_spanish_note_in_a_spanish_story() -> None:
    notes = load_and_check(STORY).notes
    note = render_template("actor", "portavoz", "2024-02-14", notes)
    role = next(info for info in fields_of(Actor) if info.name == "role")
    assert f"{TODO}: {TABLES['es']['field.Actor.role']}" in " ".join(note.split())  # the placeholder
    assert "# Una nota nueva de tipo actor, escrita por `make new`." in note
    assert "obligatorio" in note and "required" not in note and role.doc not in note


def test_a_date_reads_as_a_spanish_reader_writes_it(es_site: Path) -> None:
    timeline = _visible((es_site / "timeline" / "index.html").read_text(encoding="utf-8"))
    assert "Según la información publicada hasta el 14 de febrero de 2024" in timeline
    assert "9 de febrero de 2024 día exacto" in timeline


def test_no_word_of_the_venezuela_story_anywhere(es_site: Path) -> None:
    _, phrases = story_words(ROOT)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?![\w-])"
    )
    found = []
    for path in sorted(es_site.rglob("*")):
        if path.suffix in (".html", ".xml", ".json") and "assets" not in path.parts:
            text = path.read_text(encoding="utf-8")
            found += [f"{path.relative_to(es_site)}: {m.group(0)!r}" for m in pattern.finditer(_visible(text))]
    assert found == []


def test_the_diagram_draws_the_storys_sides_and_relation_types(es_site: Path) -> None:
    page = (es_site / "who-backs-whom" / "index.html").read_text(encoding="utf-8")
    notes = load_and_check(STORY).notes
    for side in notes.story.sides:
        assert f"wbw-side wbw-side-{side.id}" in page, side.id
        assert f">{side.short}</text>" in page, side.short
    for kind in notes.story.relation_types:
        assert f"edge-{kind.id} family-{kind.colour}" in page, kind.id
        assert html.escape(kind.label) in page
    assert (
        page.index("wbw-side-ayuntamiento") < page.index("wbw-side-observadores") < page.index("wbw-side-cooperativa")
    )


def test_search_is_spanish_and_knows_folded_names(es_site: Path) -> None:
    index = json.loads((es_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["es"]
    entry = next(e for e in index["docs"] if e["location"] == "actors/ramon-ibanez/")
    assert {"ramon", "ibanez"} <= set(entry["names"].split())
    mayor = next(e for e in index["docs"] if e["location"] == "actors/lucia-fernandez/")
    assert {"alcaldesa", "lucia", "fernandez"} <= set(mayor["names"].split())  # an alias, and folded names


@pytest.fixture(scope="module")
def es_url(es_site: Path) -> Iterator[str]:
    with served_folder(es_site) as server:
        yield url_of(server)


@pytest.mark.browser
def test_search_finds_an_accented_name_typed_without_accents(page: Any, es_url: str) -> None:
    page.goto(es_url)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("Ramon Ibanez")
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=20_000)
    assert urlsplit(first.get_attribute("href")).path.endswith("/actors/ramon-ibanez/")  # ?h= marks the words
