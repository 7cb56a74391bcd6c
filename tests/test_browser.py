"""What a reader does, in headless Chromium against the built site on 127.0.0.1."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from plumbing import copy_project

from conftest import MINIMAL, served_folder, url_of, write_project

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
def test_each_main_page_opens_with_its_heading(tab: Any, site_url: str, path: str) -> None:
    response = tab.goto(site_url + path)
    assert response.status == 200
    assert heading(tab) == MAIN[path]


def test_a_name_on_a_generated_page_leads_to_the_actor_page(page: Any, site_url: str) -> None:
    page.goto(site_url + "who-backs-whom/")
    page.locator("article a", has_text="Maria Zakharova").first.click()
    page.wait_for_url("**/actors/maria-zakharova/")
    assert heading(page) == "Maria Zakharova"
    assert page.locator("article").get_by_text("What they said").count() == 1


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A small site whose actor is named with a script, built for real as `mkdocs serve` builds it.

    The check refuses such a name, so `make site` never publishes it; but a preview shows whatever
    the notes hold, with their problems on the page, and that must not run a script either.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    shutil.rmtree(root / "content")
    files = dict(MINIMAL)
    name = "<script>window.__pwned = 1</script><img src=x onerror='window.__pwned = 2'>Russia"
    files["content/actors/russia.md"] = MINIMAL["content/actors/russia.md"].replace("name: Russia", f'name: "{name}"')
    write_project(root, files)
    (root / "docs" / "index.md").write_text("# Test\n\nSee [[russia]].^[analysis]\n", encoding="utf-8")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"), strict=False)
    config.plugins.on_startup(command="serve", dirty=False)  # problems shown on the pages, as in a preview
    build(config)
    with served_folder(root / "site") as server:
        yield url_of(server), name


def test_a_script_in_a_name_shows_as_text_and_runs_nothing(page: Any, hostile_site: tuple[str, str]) -> None:
    url, name = hostile_site
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url + "actors/russia/")
    assert heading(page) == name
    page.goto(url + "who-backs-whom/")
    assert page.get_by_text(name).count() >= 1
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
