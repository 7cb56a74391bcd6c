"""Search's index loads when a reader reaches for search, not with every page
(docs/assets/javascripts/search-query.js holds back Material's request)."""

from __future__ import annotations

from typing import Any

import pytest

INDEX = "search/search_index.json"


def _requests(page: Any) -> list[str]:
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    return asked


@pytest.mark.browser
def test_a_page_loads_without_the_index_and_hovering_search_loads_it(page: Any, site_url: str) -> None:
    asked = _requests(page)
    page.goto(site_url + "actors/russia/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in asked if url.endswith(INDEX)]
    assert [url for url in asked if "/workers/search." in url], "Material still starts its worker at once"
    with page.expect_request(lambda request: request.url.endswith(INDEX)):
        page.hover("input.md-search__input")
    page.click("input.md-search__input")
    page.keyboard.type("zakharova")
    page.wait_for_selector(".md-search-result__item a[href*='maria-zakharova']")


@pytest.mark.browser
def test_on_a_phone_opening_search_loads_the_index_and_finds(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    asked = _requests(page)
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    assert not [url for url in asked if url.endswith(INDEX)]
    with page.expect_request(lambda request: request.url.endswith(INDEX)):
        page.tap("header label[for=__search]")
    page.keyboard.type("guaido")
    page.wait_for_selector(".md-search-result__item a[href*='juan-guaido']")
    context.close()
    assert errors == []


@pytest.mark.browser
def test_the_search_hotkey_loads_the_index(page: Any, site_url: str) -> None:
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    with page.expect_request(lambda request: request.url.endswith(INDEX)):
        page.keyboard.press("/")
    page.keyboard.type("bolton")
    page.wait_for_selector(".md-search-result__item a[href*='john-bolton']")
