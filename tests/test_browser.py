"""What a reader does, in headless Chromium against the built site on 127.0.0.1."""

from __future__ import annotations

import logging
import shutil
from typing import Any
from urllib.parse import urlparse

import pytest

from conftest import MINIMAL, ROOT, serve, write_project

pytestmark = pytest.mark.browser

MAIN = {
    "": "Why are Russian troops in Venezuela?",
    "background/": "Background: how we got here",
    "who-backs-whom/": "Who backs whom",
    "bluff-or-base/": "Bluff or base?",
    "timeline/": "Timeline",
    "actors/": "Actors",
    "quotes/": "Quotes",
    "sources/": "Sources",
    "glossary/": "Glossary",
}


def heading(page: Any) -> str:
    """The page's h1 as a reader sees it, without the permalink mark."""
    return str(page.locator("h1").first.inner_text()).removesuffix("¶").strip()


@pytest.mark.parametrize("path", list(MAIN))
def test_each_main_page_opens_with_its_heading(page: Any, site_url: str, path: str) -> None:
    response = page.goto(site_url + path)
    assert response.status == 200
    assert heading(page) == MAIN[path]


def test_a_name_on_a_generated_page_leads_to_the_actor_page(page: Any, site_url: str) -> None:
    page.goto(site_url + "who-backs-whom/")
    page.locator("article a", has_text="Maria Zakharova").first.click()
    page.wait_for_url("**/actors/maria-zakharova/")
    assert heading(page) == "Maria Zakharova"
    assert page.locator("article").get_by_text("What they said").count() == 1


def search(page: Any, site_url: str, query: str) -> list[str]:
    page.goto(site_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(query, delay=20)
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=10_000)
    return [str(href) for href in results.evaluate_all("els => els.map(e => e.href)")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Zakharova", "actors/maria-zakharova/"), ("Rosneft", "actors/rosneft/"), ("Lavrov", "actors/sergey-lavrov/")],
)
def test_searching_an_actor_name_shows_their_page(page: Any, site_url: str, query: str, expected: str) -> None:
    hrefs = search(page, site_url, query)
    assert any(urlparse(h).path.endswith(expected) for h in hrefs), hrefs


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A small site whose actor is named with a script, built for real."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = tmp_path_factory.mktemp("hostile")
    files = dict(MINIMAL)
    name = "<script>window.__pwned = 1</script><img src=x onerror='window.__pwned = 2'>Russia"
    files["content/actors/russia.md"] = MINIMAL["content/actors/russia.md"].replace("name: Russia", f'name: "{name}"')
    write_project(root, files)
    for item in ("mkdocs.yml", "docs", "overrides", "hooks"):
        source = ROOT / item
        if source.is_dir():
            shutil.copytree(source, root / item, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy(source, root / item)
    (root / "docs" / "index.md").write_text("# Test\n\nSee [[russia]].\n", encoding="utf-8")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"), strict=False)
    build(config)
    url, server = serve(root / "site")
    yield url, name
    server.shutdown()


def test_a_script_in_a_name_shows_as_text_and_runs_nothing(page: Any, hostile_site: Any) -> None:
    url, name = hostile_site
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url + "actors/russia/")
    assert heading(page) == name
    page.goto(url + "who-backs-whom/")
    assert page.get_by_text(name).count() >= 1
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
