"""Search finds what readers type: the index transform, the built index, `mkdocs serve --dirty`,
and the search box of the built site and of the offline copy, in Chromium."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from plumbing import copy_project, fetch, mkdocs_serve, wait_until

from conftest import ROOT, elsewhere, missing, project_notes
from explainer.model import Actor, Notes, Origin, PartialDate, Quote, Term
from explainer.pages import page_url
from explainer.search import (
    NAMES_BOOST,
    OFFLINE_SHIM,
    ONE_WORD_NAMES_BOOST,
    fold,
    improve_index,
    local_polyfills,
    measure_index,
    words,
)

CASES_FILE = ROOT / "tests" / "search_cases.yml"


@dataclass(frozen=True)
class Case:
    """One row of tests/search_cases.yml."""

    query: str
    expect: str
    top: int = 1
    why: str = ""


def load_cases(path: Path = CASES_FILE) -> list[Case]:
    """The cases, or an error naming the file, the case and what to fix."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(rows, list), f"{path.name}: expected a list of cases (- query: … expect: …)"
    cases = []
    for number, row in enumerate(rows, 1):
        where = f"{path.name}, case {number}"
        assert isinstance(row, dict), f"{where}: expected query: and expect:, found {row!r}"
        unknown = set(row) - {"query", "expect", "top", "why"}
        assert not unknown, f"{where}: unknown field(s) {sorted(unknown)}; use query, expect, top, why"
        assert isinstance(row.get("query"), str) and row["query"].strip(), f"{where}: query: must be some text"
        assert isinstance(row.get("expect"), str), f"{where}: expect: must be a page such as actors/russia/"
        assert row.get("top", 1) in (1, 2, 3), f"{where}: top: must be 1, 2 or 3, found {row.get('top')!r}"
        cases.append(Case(row["query"], row["expect"], row.get("top", 1), row.get("why", "")))
    return cases


CASES = load_cases()


def case_id(case: Case) -> str:
    return f"{case.query}->{case.expect}"


# ---------------------------------------------------------------- the pure transform


def origin() -> Origin:
    return Origin("content/test.md", 1)


def actor(actor_id: str, name: str, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(actor_id, name, "country", "A role", ("the-week",), origin(), aliases=aliases)


NOTES = Notes(
    actors=(
        actor("russia", "Russia", ("Moscow", "the Kremlin")),
        actor("juan-guaido", "Juan Guaidó"),
        actor("maria-zakharova", "Maria Zakharova"),
    ),
    quotes=(
        Quote(
            "zakharova-as-long",
            "maria-zakharova",
            "As long as they <need>.",
            ("the-week",),
            origin(),
            context="Asked by [[russia|Moscow's]] critics.",
            date=PartialDate(2019, 3),
        ),
    ),
    terms=(Term("monroe-doctrine", "Monroe Doctrine", "A US policy.", ("the-week",), origin(), aliases=("Monroe",)),),
)

MATERIAL_INDEX: dict[str, Any] = {
    "config": {
        "lang": ["en"],
        "separator": r"[\s\-]+",
        "pipeline": ["stopWordFilter"],
        "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}},
    },
    "docs": [
        {"location": "", "title": "Home", "text": "<p>Guaidó met the press in Bogotá.</p>"},
        {"location": "actors/russia/", "title": "Russia", "text": "<p>Moscow backs Maduro.</p>"},
        {"location": "actors/russia/#mentioned-in", "title": "Mentioned in", "text": "<p>Copied sentence.</p>"},
        {"location": "actors/juan-guaido/", "title": "Juan Guaidó", "text": "<p>Leader.</p>"},
        {"location": "quotes/", "title": "Quotes", "text": "<p>Every quote.</p>"},
        {"location": "quotes/#maria-zakharova", "title": "Maria Zakharova", "text": "<p>“As long as they need.”</p>"},
        {"location": "glossary/", "title": "Glossary", "text": ""},
        {"location": "glossary/#monroe-doctrine", "title": "Monroe Doctrine", "text": "<p>A US policy.</p>"},
    ],
}


def entry(index: dict[str, Any], location: str) -> dict[str, Any]:
    found = [e for e in index["docs"] if e["location"] == location]
    assert len(found) == 1, f"{len(found)} entries at {location!r}"
    return found[0]


def test_fold_removes_accents_and_lower_cases() -> None:
    assert fold("Guaidó") == "guaido"
    assert fold("Bogotá") == "bogota"
    assert fold("Türkiye, Łódź, Straße, Ærø") == "turkiye, lodz, strasse, aero"
    assert fold("Guaido\u0301") == "guaido"  # written decomposed
    assert fold("Caracas") == "caracas"


def test_words_drop_tags_and_keep_accents() -> None:
    assert words("<p>Guaidó’s <a href='x'>Bogotá</a> &amp; U.S.</p>") == ["guaidó’s", "bogotá", "u", "s"]


def test_page_urls_follow_mkdocs() -> None:
    assert [page_url(p) for p in ("index.md", "actors/index.md", "actors/russia.md", "quotes.md")] == [
        "",
        "actors/",
        "actors/russia/",
        "quotes/",
    ]
    assert page_url("index.md", directory_urls=False) == "index.html"
    assert page_url("actors/russia.md", directory_urls=False) == "actors/russia.html"


def test_accented_words_get_their_folded_spelling() -> None:
    improved = improve_index(MATERIAL_INDEX, NOTES)
    home = entry(improved, "")
    assert home["text_folded"] == "guaido bogota"
    assert "title_folded" not in home
    assert entry(improved, "actors/juan-guaido/")["title_folded"] == "guaido"
    assert "text_folded" not in entry(improved, "actors/russia/")


FOLDED_SPELLINGS = [
    # (text of an entry, the folded spellings it adds)
    ("<p>“Quoted” — no accent’s here</p>", ""),
    ("<p>GUAIDÓ met Guaidó in Bogotá</p>", "guaido bogota"),
    ("<p>Don’t café’s, ﬁnal x² Straße</p>", "cafe’s final x2 strasse"),
    ("<p>P&eacute;rez &amp; Perez</p>", "perez"),
]


@pytest.mark.parametrize(("text", "folded"), FOLDED_SPELLINGS, ids=[case[1] or "none" for case in FOLDED_SPELLINGS])
def test_only_words_that_folding_changes_add_a_spelling(text: str, folded: str) -> None:
    improved = improve_index({"docs": [{"location": "x/", "title": "", "text": text}]}, NOTES)
    assert improved["docs"][0].get("text_folded", "") == folded


def test_new_fields_are_declared_with_their_weights() -> None:
    fields = improve_index(MATERIAL_INDEX, NOTES)["config"]["fields"]
    assert fields["title_folded"] == fields["title"] == {"boost": 1000.0}
    assert fields["text_folded"] == fields["text"] == {"boost": 1.0}
    assert fields["names"] == {"boost": NAMES_BOOST}
    assert fields["one_word_names"] == {"boost": ONE_WORD_NAMES_BOOST}
    assert ONE_WORD_NAMES_BOOST > NAMES_BOOST >= fields["title"]["boost"]


def test_actor_pages_and_terms_carry_names_and_aliases() -> None:
    improved = improve_index(MATERIAL_INDEX, NOTES)
    russia = entry(improved, "actors/russia/")
    assert russia["names"] == "russia moscow the kremlin"  # lunr drops "the" as it indexes
    assert russia["one_word_names"] == "russia moscow"
    guaido = entry(improved, "actors/juan-guaido/")
    assert guaido["names"] == "juan guaidó guaido"
    assert "one_word_names" not in guaido
    monroe = entry(improved, "glossary/#monroe-doctrine")
    assert (monroe["names"], monroe["one_word_names"]) == ("monroe doctrine", "monroe")
    assert "names" not in entry(improved, "")


def test_each_quote_replaces_its_speakers_section_with_an_entry_at_its_anchor() -> None:
    improved = improve_index(MATERIAL_INDEX, NOTES)
    locations = [e["location"] for e in improved["docs"]]
    assert "quotes/#maria-zakharova" not in locations
    assert locations.index("quotes/#zakharova-as-long") == locations.index("quotes/") + 1
    quote = entry(improved, "quotes/#zakharova-as-long")
    assert quote["title"] == "Maria Zakharova: “As long as they &lt;need&gt;.”"
    assert quote["text"] == "<p>Maria Zakharova — March 2019. Asked by Moscow's critics.</p>"


def test_mentioned_in_lists_are_left_out() -> None:
    locations = [e["location"] for e in improve_index(MATERIAL_INDEX, NOTES)["docs"]]
    assert "actors/russia/#mentioned-in" not in locations
    assert "actors/russia/" in locations


def test_a_page_rebuilt_under_dirty_serve_keeps_only_its_latest_entries() -> None:
    # What Material writes after `mkdocs serve --dirty` rebuilt the Russia page:
    # the old entries stay where they were, the new ones come at the end.
    dirty = dict(MATERIAL_INDEX)
    rebuilt = [
        {"location": "actors/russia/", "title": "Russia", "text": "<p>Moscow backs Maduro still.</p>"},
        {"location": "actors/russia/#relations", "title": "Relations", "text": "<p>New section.</p>"},
    ]
    dirty["docs"] = MATERIAL_INDEX["docs"] + rebuilt + MATERIAL_INDEX["docs"][3:4]
    improved = improve_index(dirty, NOTES)
    locations = [e["location"] for e in improved["docs"]]
    assert sorted(Counter(locations).values())[-1] == 1
    assert entry(improved, "actors/russia/")["text"] == "<p>Moscow backs Maduro still.</p>"
    assert locations.index("actors/russia/#relations") == locations.index("actors/russia/") + 1


def test_improving_twice_changes_nothing_and_the_input_is_left_alone() -> None:
    before = json.dumps(MATERIAL_INDEX)
    once = improve_index(MATERIAL_INDEX, NOTES)
    assert improve_index(once, NOTES) == once
    assert json.dumps(MATERIAL_INDEX) == before


def test_offline_locations_use_file_names() -> None:
    offline = {
        **MATERIAL_INDEX,
        "docs": [
            {"location": "index.html", "title": "Home", "text": ""},
            {"location": "actors/russia.html", "title": "Russia", "text": ""},
            {"location": "quotes.html", "title": "Quotes", "text": ""},
            {"location": "glossary.html#monroe-doctrine", "title": "Monroe Doctrine", "text": ""},
        ],
    }
    improved = improve_index(offline, NOTES, directory_urls=False)
    assert entry(improved, "actors/russia.html")["one_word_names"] == "russia moscow"
    assert entry(improved, "glossary.html#monroe-doctrine")["one_word_names"] == "monroe"
    assert entry(improved, "quotes.html#zakharova-as-long")["title"].startswith("Maria Zakharova")


def test_the_cdn_polyfill_is_replaced_by_the_sites_own() -> None:
    cdn = "https://unpkg.com/iframe-worker/shim"
    assert local_polyfills(["a.js", cdn]) == ["a.js", OFFLINE_SHIM]
    assert local_polyfills([]) == []


def test_index_size_is_measured_against_its_text() -> None:
    raw = '{"config":{},"docs":[{"location":"","title":"Á","text":"<p>ab &amp;</p>","names":"x y"}]}'.encode()
    size = measure_index(raw)
    assert (size.index_bytes, size.entries) == (len(raw), 1)
    assert size.text_bytes == len("Á ab &".encode())
    assert size.added_bytes == len(',"names":"x y"')
    assert size.describe().startswith("search index: 0.1 kB (")


def test_the_cases_file_is_read_and_checked(tmp_path: Path) -> None:
    assert len(CASES) >= 30
    bad = tmp_path / "cases.yml"
    bad.write_text("- query: Moscow\n  expected: actors/russia/\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"cases.yml, case 1: unknown field\(s\) \['expected'\]"):
        load_cases(bad)


# ---------------------------------------------------------------- the built index


@pytest.fixture(scope="module")
def built_index(built_site: Path) -> dict[str, Any]:
    index: dict[str, Any] = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return index


@pytest.fixture(scope="module")
def notes() -> Notes:
    return project_notes()


def test_built_index_has_one_entry_per_location(built_index: dict[str, Any]) -> None:
    counts = Counter(e["location"] for e in built_index["docs"])
    assert [location for location, n in counts.items() if n > 1] == []


def test_every_actor_term_and_quote_has_its_entry(built_index: dict[str, Any], notes: Notes) -> None:
    by_location = {e["location"]: e for e in built_index["docs"]}
    assert [a.id for a in notes.actors if "names" not in by_location.get(f"actors/{a.id}/", {})] == []
    assert [t.id for t in notes.terms if "names" not in by_location.get(f"glossary/#{t.id}", {})] == []
    assert [q.id for q in notes.quotes if f"quotes/#{q.id}" not in by_location] == []


def test_each_quote_is_indexed_once_on_the_quotes_page(built_index: dict[str, Any], notes: Notes) -> None:
    quotes_page = [e for e in built_index["docs"] if e["location"].startswith("quotes/")]
    for quote in notes.quotes:
        said = f"“{html.escape(quote.text, quote=False)}”"
        holding = [e["location"] for e in quotes_page if said in e["title"] + e["text"]]
        assert holding == [f"quotes/#{quote.id}"], quote.id


def test_left_out_sections_still_exist_on_the_pages(built_site: Path, built_index: dict[str, Any]) -> None:
    # If the actor pages renamed "Mentioned in", its copies would be indexed again unnoticed.
    assert 'id="mentioned-in"' in (built_site / "actors" / "russia" / "index.html").read_text(encoding="utf-8")
    assert [e["location"] for e in built_index["docs"] if e["location"].endswith("#mentioned-in")] == []


def test_every_case_points_at_a_place_that_exists(built_site: Path) -> None:
    missing = []
    for case in CASES:
        path, _, anchor = case.expect.partition("#")
        page = built_site / path / "index.html"
        if not page.is_file() or (anchor and f'id="{anchor}"' not in page.read_text(encoding="utf-8")):
            missing.append(f"{CASES_FILE.name}: {case.query!r}: expect: {case.expect} is not a page (or anchor)")
    assert missing == []


# ---------------------------------------------------------------- mkdocs serve --dirty


def served_index(url: str) -> dict[str, Any] | None:
    text = fetch(url + "search/search_index.json")
    return json.loads(text) if text else None


def test_dirty_serve_rebuild_does_not_repeat_entries(tmp_path: Path) -> None:
    """Material repeats every entry of the rebuilt pages under `mkdocs serve --dirty`; we must not."""
    with mkdocs_serve(copy_project(tmp_path / "project"), "--dirty") as served:
        first = wait_until(lambda: served_index(served.url), "the search index", process=served.process)
        note = served.root / "content" / "actors" / "rosneft.md"
        note.write_text(
            note.read_text(encoding="utf-8") + "\nRosneft rebuilt marker zqxj.^[analysis]\n", encoding="utf-8"
        )
        rebuilt = json.loads(served.wait_for("search/search_index.json", "zqxj"))
    repeated = [loc for loc, n in Counter(e["location"] for e in rebuilt["docs"]).items() if n > 1]
    assert repeated == [], served.output()[-2000:]
    assert len(rebuilt["docs"]) == len(first["docs"])


# ---------------------------------------------------------------- the search box, in Chromium

RESULTS = """() => [...document.querySelectorAll('.md-search-result__item')].map(group =>
  [...group.querySelectorAll('a.md-search-result__link')]
    .filter(link => !link.closest('details:not([open])'))
    .map(link => link.href))"""


def search(page: Any, query: str) -> list[list[str]]:
    """Put the query in Material's search box (emptied first); the links shown, group by group,
    once they have stayed the same for 300 ms. Material reads the box on each key released,
    so the words go in at once, then one key: one search, not one per letter."""
    box = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    box.click()
    if box.input_value():
        box.fill("")
        box.press("End")
        wait_until(lambda: "match" not in meta.inner_text().lower(), "the search box to empty")
    box.fill(query)
    box.press("End")
    shown: tuple[str, list[list[str]]] | None = None
    since = time.monotonic()

    def settled() -> tuple[list[list[str]]] | None:
        nonlocal shown, since
        now = (meta.inner_text(), page.evaluate(RESULTS))
        if now != shown:
            shown, since = now, time.monotonic()
        return (now[1],) if "match" in now[0].lower() and time.monotonic() - since >= 0.3 else None

    return wait_until(settled, f"the results for {query!r} to settle")[0]


def rank(groups: list[list[str]], expect: str, base: str) -> int | None:
    """The position (from 1) of the first group showing a link to expect."""
    for position, links in enumerate(groups, 1):
        shown = [where(link, base) for link in links]
        if expect in shown:
            return position
    return None


def where(link: str, base: str) -> str:
    """A result link as a place in the site: 'actors/russia/' or 'glossary/#monroe-doctrine'."""
    parts = urlsplit(link)
    path = parts.path.removeprefix(urlsplit(base).path)
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def assert_found(page: Any, case: Case, expect: str, base: str) -> None:
    groups = search(page, case.query)
    position = rank(groups, expect, base)
    shown = [[where(link, base) for link in links] for links in groups[:3]]
    assert position is not None and position <= case.top, (
        f"{case.query!r} should show {expect} in the first {case.top} result group(s) ({case.why or 'see '}"
        f"{CASES_FILE.name}); it is in group {position}. First groups: {shown}"
    )


@pytest.fixture(scope="module")
def search_tab(tab: Any, site_url: str) -> Any:
    """One tab on the home page for every case: each search empties the box first."""
    tab.goto(site_url)
    return tab


@pytest.mark.browser
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_search_box_finds(search_tab: Any, site_url: str, case: Case) -> None:
    assert_found(search_tab, case, case.expect, site_url)


@pytest.mark.browser
def test_query_is_folded_like_the_index(page: Any, site_url: str) -> None:
    page.goto(site_url)
    samples = ["Guaidó", "BOGOTÁ", "Türkiye", "Łódź", "Straße", "Ærø", "Guaido\u0301", "José Pérez"]
    assert page.evaluate("s => s.map(window.explainerSearchQuery.fold)", samples) == [fold(s) for s in samples]
    rewritten = page.evaluate("q => q.map(window.explainerSearchQuery.rewrite)", ["the Kremlin", "the", "As long"])
    assert rewritten == ["kremlin", "the", "long"]


MARKS = """(where) => ({words: [...document.querySelectorAll(where + ' mark')].map(m => m.textContent),
                     nested: document.querySelectorAll('mark mark').length})"""


@pytest.mark.browser
def test_a_folded_search_marks_the_accented_words_it_found(page: Any, site_url: str) -> None:
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    assert not [url for url in asked if "search-highlight" in url], "loaded before anyone searched"
    search(page, "guaido")
    page.wait_for_function("() => document.querySelector('.md-search-result__list mark')")
    marks = page.evaluate(MARKS, ".md-search-result__list")
    assert "Guaidó" in marks["words"] and marks["nested"] == 0, marks


@pytest.mark.browser
def test_a_page_opened_from_a_result_marks_the_accented_words_too(page: Any, site_url: str) -> None:
    page.goto(site_url + "background/?h=bolton+guaido")
    page.wait_for_function("() => document.querySelectorAll('article mark').length > 1")
    page.wait_for_timeout(300)
    marks = page.evaluate(MARKS, "article")
    assert {"Guaidó", "Bolton"} <= set(marks["words"]) and marks["nested"] == 0, marks


# ---------------------------------------------------------------- the offline copy, from file://


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline copy, built as `make offline` builds it."""
    if shutil.which("npm") is None:
        missing("npm", "apt-get install npm: make offline fetches iframe-worker with it")
    out = tmp_path_factory.mktemp("offline") / "offline"
    subprocess.run([sys.executable, str(ROOT / "tools" / "offline.py"), "--out", str(out)], check=True)
    return out


def offline_place(site: Path, expect: str) -> str:
    """Where a case's page is in the offline copy: actors/russia/ -> actors/russia.html."""
    path, _, anchor = expect.partition("#")
    if path == "" or (site / path / "index.html").is_file():
        path += "index.html"
    else:
        path = path.removesuffix("/") + ".html"
    return path + (f"#{anchor}" if anchor else "")


@pytest.fixture
def offline_page(page: Any) -> Iterator[Any]:
    """A page that may load files only: every other request is refused and remembered."""
    remote: list[str] = []

    def refuse(route: Any) -> None:
        remote.append(route.request.url)
        route.abort()

    page.route(elsewhere("file:", "data:", "blob:", "about:"), refuse)
    yield page
    assert remote == [], f"the offline copy asked the network for {remote}"


def one_case_per_kind_of_place(cases: list[Case]) -> list[Case]:
    """The offline copy searches the site's own index, with only its addresses changed (see
    test_offline_locations_use_file_names), so one case per kind of place stands for all:
    a page, and an anchor on each page that has them."""
    kinds: dict[tuple[str, bool], Case] = {}
    for case in cases:
        path, _, anchor = case.expect.partition("#")
        kinds.setdefault((path.split("/")[0], bool(anchor)), case)
    return list(kinds.values())


@pytest.mark.browser
@pytest.mark.parametrize("case", one_case_per_kind_of_place(CASES), ids=case_id)
def test_offline_search_box_finds(offline_page: Any, offline_site: Path, case: Case) -> None:
    base = offline_site.as_uri() + "/"
    offline_page.goto(base + "index.html")
    assert_found(offline_page, case, offline_place(offline_site, case.expect), base)


@pytest.mark.browser
def test_offline_result_opens_the_page(offline_page: Any, offline_site: Path) -> None:
    base = offline_site.as_uri() + "/"
    offline_page.goto(base + "index.html")
    search(offline_page, "PDVSA")
    offline_page.locator("a.md-search-result__link").first.click()
    offline_page.wait_for_load_state()
    assert re.search(r"/actors/pdv\.html", offline_page.url)
    assert "PDV" in offline_page.locator("h1").inner_text()
