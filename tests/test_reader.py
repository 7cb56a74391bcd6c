"""The reader's experience of every built page, in Chromium against the site served gzipped.

Private (no request leaves the site), accessible (axe-core finds nothing on one page
per template, light and dark), fits a 360 px phone, light on the wire, shareable (description, Open Graph, Twitter,
canonical URL, JSON-LD), honest about its age, palettes that follow the
system, and clean on paper.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import elsewhere, project_notes, served_folder, tool, url_of
from explainer.render.page import reporting_up_to
from pages import PageParser, one_page_per_template, page_paths, parse_html

audit = tool("audit")

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
SITE_URL = "http://127.0.0.1:8000/"
"""mkdocs.yml's site_url when SITE_URL is unset, as in the test build."""
SCHEMA_TYPES = {"Person", "Organization", "Country"}


@dataclass
class Visit:
    """What one first load of a page did."""

    path: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    sent: list[tuple[str, int]] = field(default_factory=list)
    overflow: int = 0
    """How many CSS pixels the page is wider than the window."""
    violations: list[str] | None = None
    """What axe-core found, if it ran."""


COLOUR_RULES = ["color-contrast", "link-in-text-block"]
"""The axe-core rules a colour scheme can change; the others read the page's structure."""


CONTENT = ".md-content"
"""What differs from page to page; the header, the navigation and the footer are drawn the same on every page."""


def run_axe(page: Any, rules: list[str] | None = None, within: str | None = None) -> list[str]:
    """axe-core's violations on the page (or only within the elements a selector names) as
    'rule: element', from the copy the PyPI package ships."""
    from axe_playwright_python.sync_playwright import Axe

    options: dict[str, Any] = {"resultTypes": ["violations"]} | (
        {"runOnly": {"type": "rule", "values": rules}} if rules else {}
    )
    results = Axe().run(page, context={"include": [[within]]} if within else None, options=options).response
    return [f"{v['id']}: {node['html'][:160]}" for v in results["violations"] for node in v["nodes"]]


def sweep(
    browser: Any,
    server: Any,
    paths: list[str],
    viewport: dict[str, int],
    scheme: str = "light",
    axe: Collection[str] = (),
    rules: list[str] | None = None,
    whole: Collection[str] | None = None,
    settle: Collection[str] = (),
) -> list[Visit]:
    """Load each page in turn in one tab whose cache is off, so that each load is a first
    load, recording every request; requests to any other host are recorded, then refused,
    so a test never depends on the outside world.

    On the pages in settle, wait until the network has been idle for half a second, so
    that background loads (search, the sitemap) are counted too. On the pages in axe, run
    axe-core (only rules, if given) on the whole page, or, if whole is given, only within
    CONTENT on the pages not in whole.
    """
    base = url_of(server)
    visits: list[Visit] = []
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    context.route(elsewhere(base), lambda route: route.abort())
    page = context.new_page()
    devtools = context.new_cdp_session(page)
    devtools.send("Network.enable")
    devtools.send("Network.setCacheDisabled", {"cacheDisabled": True})
    page.on("request", lambda request: visits[-1].requests.append(request.url))
    page.on("console", lambda msg: visits[-1].console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: visits[-1].console_errors.append(str(error)))
    try:
        for path in paths:
            found = Visit(path)
            visits.append(found)
            server.sent.clear()
            page.goto(base + path, wait_until="load")
            if path in settle:
                page.wait_for_load_state("networkidle")
            found.sent = list(server.sent)
            found.overflow = int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))
            if path in axe:
                within = None if whole is None or path in whole else CONTENT
                found.violations = run_axe(page, rules, within)
    finally:
        context.close()
    return visits


def third_party(visit: Visit, base: str) -> list[str]:
    return [url for url in visit.requests if not url.startswith((base, "data:", "blob:"))]


@pytest.fixture(scope="module")
def templates(built_site: Path) -> list[str]:
    return one_page_per_template(built_site, project_notes())


@pytest.fixture(scope="module")
def phone_visits(browser: Any, site_server: Any, built_site: Path, templates: list[str]) -> list[Visit]:
    """Every page, once, on a 360 px phone in the light palette: the cheap sweep of the whole
    site (other hosts, weight, errors, width). Pages made by one renderer share their faults,
    so the costly parts run on one page per template (an actor page or two stands for all):
    axe-core, and waiting for the network to go idle, for what the theme's scripts load after
    the page (the same scripts on every page of a template; search's index is counted apart)."""
    return sweep(browser, site_server, page_paths(built_site), PHONE, axe=templates, settle=templates)


@pytest.mark.browser
def test_the_recorder_sees_a_request_to_another_host(browser: Any, tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><title>t</title><img alt="" src="http://fonts.example.invalid/x.png">',
        encoding="utf-8",
    )
    with served_folder(tmp_path) as hostile:
        [found] = sweep(browser, hostile, [""], PHONE)
    assert third_party(found, url_of(hostile)) == ["http://fonts.example.invalid/x.png"]


@pytest.mark.browser
def test_no_page_asks_another_host_for_anything(phone_visits: list[Visit], site_url: str) -> None:
    assert {v.path: third_party(v, site_url) for v in phone_visits if third_party(v, site_url)} == {}
    assert sum(len(v.requests) for v in phone_visits) >= 5 * len(phone_visits)


@pytest.mark.browser
def test_searching_asks_no_other_host(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP)
    context.route(elsewhere(site_url), lambda route: route.abort())
    requests: list[str] = []
    page = context.new_page()
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(site_url)
        page.locator(".md-search__input").click()
        page.locator(".md-search__input").press_sequentially("Rosneft", delay=20)
        page.locator(".md-search-result__item").first.wait_for()
    finally:
        context.close()
    assert any(url.endswith("search/search_index.json") for url in requests)
    assert [url for url in requests if not url.startswith((site_url, "data:", "blob:"))] == []


@pytest.mark.browser
def test_no_page_logs_an_error(phone_visits: list[Visit]) -> None:
    assert {v.path: v.console_errors for v in phone_visits if v.console_errors} == {}


@pytest.mark.browser
def test_axe_finds_no_violation_on_one_page_per_template_on_a_phone(
    phone_visits: list[Visit], templates: list[str]
) -> None:
    assert [v.path for v in phone_visits if v.violations is not None] == templates
    assert {v.path: v.violations for v in phone_visits if v.violations} == {}


@pytest.mark.browser
def test_axe_finds_no_colour_fault_on_one_page_per_template_in_the_dark(
    browser: Any, site_server: Any, templates: list[str]
) -> None:
    # The page's own part on each, and the header, navigation and footer once: they are drawn
    # alike on every page (an actor's page marks its line in the navigation as the home page does).
    whole = [""]
    visits = sweep(browser, site_server, templates, PHONE, "dark", axe=templates, rules=COLOUR_RULES, whole=whole)
    assert {v.path: v.violations for v in visits if v.violations} == {}


DESKTOP_ONLY = ["", "who-backs-whom/"]
"""What a desktop shows and a phone does not: the side bars and header links, the same on
every page (so the home page stands for all), and the wide diagram."""


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_in_what_only_a_desktop_shows(browser: Any, site_server: Any, scheme: str) -> None:
    rules = None if scheme == "light" else COLOUR_RULES
    visits = sweep(browser, site_server, DESKTOP_ONLY, DESKTOP, scheme, axe=DESKTOP_ONLY, rules=rules)
    assert {v.path: v.violations for v in visits if v.violations} == {}


@pytest.mark.browser
def test_no_page_scrolls_sideways_on_a_360_px_phone(phone_visits: list[Visit]) -> None:
    assert {v.path: v.overflow for v in phone_visits if v.overflow > 0} == {}


@pytest.mark.browser
def test_each_page_first_load_is_within_its_weight_budget(phone_visits: list[Visit], built_site: Path) -> None:
    rows, over = [], []
    for found in phone_visits:
        if found.path.endswith(".html"):
            continue  # the 404 page is not a landing page
        weight, search = audit.first_load_bytes(found.sent)
        budget = audit.budget_for((built_site / found.path / "index.html").read_text(encoding="utf-8"))
        rows.append(
            f"{found.path or '/':<40}{weight / 1024:7.1f} KB of {budget // 1024} (+ search {search / 1024:.1f})"
        )
        if weight > budget or weight < 20 * 1024:
            over.append(rows[-1])
    print("\nFirst load, gzipped, search aside:\n" + "\n".join(rows))
    assert over == [], "over budget (or implausibly light):\n" + "\n".join(over)


def head_of(site: Path, path: str) -> PageParser:
    return parse_html(site / path / "index.html")


def content_pages(site: Path) -> list[str]:
    return [p for p in page_paths(site) if not p.endswith(".html")]


def test_every_page_has_a_description_share_tags_and_a_canonical_url(built_site: Path) -> None:
    problems = []
    for path in content_pages(built_site):
        head = head_of(built_site, path)
        expected = {
            "description": head.meta.get("description", ""),
            "og:title": head.meta.get("og:title", ""),
            "og:description": head.meta.get("description", ""),
            "og:url": SITE_URL + path,
            "og:site_name": "Why are Russian troops in Venezuela?",
            "twitter:card": "summary",
            "twitter:title": head.meta.get("og:title", ""),
            "twitter:description": head.meta.get("description", ""),
        }
        wrong = {k: head.meta.get(k) for k, v in expected.items() if not v or head.meta.get(k) != v}
        if len(head.meta.get("description", "")) < 50 or head.canonical != SITE_URL + path or wrong:
            problems.append((path, head.canonical, wrong))
        if head.meta.get("og:type") not in ("article", "website"):
            problems.append((path, "og:type", head.meta.get("og:type")))
    assert problems == []


def test_descriptions_are_the_pages_own(built_site: Path) -> None:
    descriptions = [head_of(built_site, p).meta["description"] for p in content_pages(built_site)]
    assert len(set(descriptions)) == len(descriptions)
    assert not any("&amp;" in d or "&#" in d for d in descriptions)


def test_every_page_carries_valid_json_ld_with_its_date_and_actors(built_site: Path) -> None:
    notes = project_notes()
    kinds = {a.id: a.kind for a in notes.actors}
    problems = []
    for path in content_pages(built_site):
        scripts = head_of(built_site, path).json_ld
        data = json.loads(scripts[0]) if len(scripts) == 1 else {}
        if data.get("@type") not in ("NewsArticle", "WebPage") or data.get("url") != SITE_URL + path:
            problems.append((path, "type or url", data.get("@type"), data.get("url")))
        if not re.fullmatch(r"\d{4}(-\d\d){0,2}", str(data.get("dateModified", ""))):
            problems.append((path, "dateModified", data.get("dateModified")))
        for entity in data.get("about", []) + data.get("mentions", []):
            if entity["@type"] not in SCHEMA_TYPES or not entity["url"].startswith(SITE_URL + "actors/"):
                problems.append((path, "entity", entity))
        actor = re.fullmatch(r"actors/([a-z0-9-]+)/", path)
        if actor:
            about = data.get("about", [{}])
            want = {"person": "Person", "country": "Country"}.get(kinds[actor.group(1)], "Organization")
            if len(about) != 1 or about[0]["url"] != SITE_URL + path or about[0]["@type"] != want:
                problems.append((path, "about", about))
    assert problems == []
    home = json.loads(head_of(built_site, "").json_ld[0])
    assert home["@type"] == "NewsArticle"
    assert {"Russia", "Venezuela"} <= {a["name"] for a in home["about"]}


def test_every_page_says_how_old_its_reporting_is(built_site: Path) -> None:
    notes = project_notes()
    newest = reporting_up_to(notes)
    assert newest is not None
    said = re.compile(rf"Based on reporting up to (\*\*)?(<time[^>]*>)?{newest.human()}")
    missing = []
    for path in content_pages(built_site):
        text = (built_site / path / "index.html").read_text(encoding="utf-8")
        age = re.search(r'<p class="page-age">(.*?)</p>', text, re.DOTALL)
        if not said.search(text) or age is None or "Last updated <time datetime=" not in age.group(1):
            missing.append(path)
    assert missing == []


@pytest.mark.browser
@pytest.mark.parametrize(("scheme", "palette"), [("light", "default"), ("dark", "slate")])
def test_the_palette_follows_the_system_and_can_be_toggled(
    browser: Any, site_url: str, scheme: str, palette: str
) -> None:
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(site_url)
        assert page.locator("body").get_attribute("data-md-color-scheme") == palette
        page.locator("form[data-explainer-palette] label:visible").first.click()
        assert page.locator("body").get_attribute("data-md-color-scheme") not in (palette, None)
    finally:
        context.close()


@pytest.mark.browser
def test_a_page_prints_without_navigation_or_search_and_shows_where_links_go(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto(site_url + "sources/")
        # An outside link as a note's body would make one; the rule under test is the stylesheet's.
        page.evaluate(
            """() => { const a = Object.assign(document.createElement('a'), {href: 'https://example.org/report'});
                       a.textContent = 'the report';
                       document.querySelector('.md-content article p').append(' See ', a, '.'); }"""
        )
        page.emulate_media(media="print")
        hidden = page.evaluate(
            """() => ['.md-header', '.md-sidebar--primary', '.md-sidebar--secondary', '.md-search', '.md-footer']
                .map(s => document.querySelector(s)).filter(Boolean)
                .map(e => getComputedStyle(e).display)"""
        )
        external = page.locator(".md-content a[href='https://example.org/report']")
        href = external.get_attribute("href")
        after = external.evaluate("a => getComputedStyle(a, '::after').content")
        age_shown = page.locator(".page-age").evaluate("e => getComputedStyle(e).display")
    finally:
        context.close()
    assert hidden == ["none"] * 5
    assert href and urlsplit(href).netloc and href in after
    assert age_shown != "none"


def _pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


@pytest.mark.browser
def test_who_backs_whom_prints_the_wide_diagram_and_the_whole_table_from_a_phone(page: Any, site_url: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(site_url + "who-backs-whom/")
    page.locator("article abbr[tabindex='0']").first.focus()
    page.emulate_media(media="print")
    shown = page.evaluate(
        """() => ({wide: getComputedStyle(document.querySelector('svg.wbw-wide')).display,
                   narrow: getComputedStyle(document.querySelector('svg.wbw-narrow')).display,
                   headings: getComputedStyle(document.querySelector('table.relations thead')).display,
                   tooltip: getComputedStyle(document.activeElement, '::after').content})"""
    )
    lazy = _pdf_pages(page.pdf(format="A4"))
    # The table is laid out only near the screen (content-visibility); a printout must have all of it.
    page.add_style_tag(content=".table-scroll { content-visibility: visible !important; }")
    whole = _pdf_pages(page.pdf(format="A4"))
    assert shown == {"wide": "block", "narrow": "none", "headings": "table-header-group", "tooltip": "none"}
    assert lazy == whole > 3


_MATERIAL_TABLE = """document.addEventListener("DOMContentLoaded", () => {
  const table = document.createElement("table")
  table.id = "material-table"
  table.innerHTML = "<thead><tr><th>Who</th></tr></thead><tbody><tr><td>Russia</td></tr></tbody>"
  document.querySelector("article").append(table)
}, {once: true})"""
"""A plain table put in the page before Material's script runs: Material wraps and styles it as its own."""
_TABLE_LOOK = {
    "table": ["display", "font-size", "background-color", "border-top", "border-left", "border-radius", "overflow"],
    "th": ["padding", "font-weight", "vertical-align", "text-align", "min-width", "border-top"],
    "td": ["padding", "font-weight", "vertical-align", "text-align", "border-top"],
}


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_materials_script_leaves_the_relations_table_which_looks_like_materials_tables(
    browser: Any, site_url: str, scheme: str
) -> None:
    """Material's script wraps every table:not([class]) once a page has loaded, re-styling the whole table in
    the page's longest task; the relations table has a class, so it stays put, styled by explainer.css as
    Material styles its own tables (which an upgrade of Material may change)."""
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    try:
        page.add_init_script(_MATERIAL_TABLE)
        page.goto(site_url + "who-backs-whom/")
        page.wait_for_function("() => document.querySelector('#material-table').closest('.md-typeset__table')")
        found = page.evaluate(
            """(look) => {
                const styles = (table) => Object.fromEntries(Object.entries(look).map(([tag, names]) => {
                    const element = tag === "table" ? table : table.querySelector(tag)
                    const style = getComputedStyle(element)
                    return [tag, Object.fromEntries(names.map(name => [name, style.getPropertyValue(name)]))]
                }))
                const ours = document.querySelector("table.relations")
                return {wrapper: ours.parentElement.className, ours: styles(ours),
                        material: styles(document.querySelector("#material-table"))}
            }""",
            _TABLE_LOOK,
        )
    finally:
        context.close()
    assert found["wrapper"] == "table-scroll"
    assert found["ours"] == found["material"], (
        f"Material {importlib.metadata.version('mkdocs-material')} styles its tables unlike the relations table: "
        "bring `table.relations` in docs/assets/explainer.css in line with Material's "
        "`.md-typeset table:not([class])`"
    )


def _get(url: str, gzip_ok: bool = True) -> tuple[int, dict[str, str], bytes]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_the_static_server_gzips_text_as_a_host_would(tmp_path: Path) -> None:
    import gzip

    page = "<!doctype html><title>x</title>" + "<p>Russia and Venezuela</p>" * 50
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(page, encoding="utf-8")
    (tmp_path / "404.html").write_text("<p>not here</p>", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG" + bytes(500))
    (tmp_path.parent / "secret.txt").write_text("secret", encoding="utf-8")
    with served_folder(tmp_path) as server:
        base = url_of(server)
        status, headers, body = _get(base + "a/")
        assert (status, headers["Content-Encoding"], gzip.decompress(body).decode()) == (200, "gzip", page)
        assert int(headers["Content-Length"]) == len(body) < len(page) / 5
        status, headers, body = _get(base + "a/", gzip_ok=False)
        assert (status, "Content-Encoding" in headers, body.decode()) == (200, False, page)
        status, headers, _ = _get(base + "logo.png")
        assert (status, headers["Content-Type"], "Content-Encoding" in headers) == (200, "image/png", False)
        status, headers, _ = _get(base + "a")
        assert (status, headers["Location"]) == (301, "/a/")
        status, _, body = _get(base + "missing/", gzip_ok=False)
        assert (status, body) == (404, b"<p>not here</p>")
        assert _get(base + "../secret.txt", gzip_ok=False)[2] != b"secret"
        assert _get(base + "%2e%2e/secret.txt", gzip_ok=False)[2] != b"secret"
        assert [path for path, _ in server.sent][:3] == ["/a/", "/a/", "/logo.png"]


def test_first_load_counts_each_file_once_and_sets_search_apart() -> None:
    sent = [
        ("/", 8000),
        ("/assets/stylesheets/main.57a0d79d.min.css", 23000),
        ("/search/search_index.json", 42000),
        ("/assets/javascripts/workers/search.a7633da7.min.js", 12000),
        ("/assets/javascripts/bundle.a5f9d56c.min.js.map", 90000),
        ("/robots.txt", 7000),
        ("/", 8000),
    ]
    assert audit.first_load_bytes(sent) == (31000, 54000)


def test_only_a_picture_in_the_content_earns_the_larger_budget() -> None:
    icon = '<header><svg viewBox="0 0 24 24"></svg></header>'
    assert audit.budget_for(icon + '<article class="md-content__inner md-typeset"><p>x</p></article>') == 80 * 1024
    drawn = '<article class="md-content__inner md-typeset"><figure><svg></svg></figure></article>'
    assert audit.budget_for(icon + drawn) == 120 * 1024


@pytest.mark.browser
def test_a_sentences_evidence_opens_by_keyboard_and_tap_and_prints_as_a_footnote(page: Any, site_url: str) -> None:
    """The marker after a sentence: Tab reaches it and shows its passage, following it (a tap, or
    Enter) lands on the listed passage, and on paper the list prints after what it supports."""
    page.set_viewport_size(PHONE)
    page.goto(site_url + "actors/maria-zakharova/")
    marker = page.locator("sup.ev a").first
    for _ in range(200):  # Tab through the page until the first marker has the focus
        page.keyboard.press("Tab")
        if marker.evaluate("a => a === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the first evidence marker")
    title = marker.get_attribute("title") or ""
    shown = marker.evaluate("a => getComputedStyle(a, '::after').content")
    assert title.startswith("“") and title.strip('“”"') and title in shown.replace('\\"', '"')
    page.keyboard.press("Enter")
    target = marker.get_attribute("href") or ""
    page.wait_for_function(f"location.hash === {json.dumps(target)}")
    listed = page.locator(target)
    assert listed.is_visible() and title.split("”")[0].lstrip("“") in listed.inner_text()
    page.emulate_media(media="print")
    assert listed.evaluate("e => getComputedStyle(e.closest('ol')).display") != "none"
    assert marker.evaluate("a => getComputedStyle(a, '::after').content") in ("none", "normal")  # no tooltip on paper
