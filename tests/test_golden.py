"""Each generated page, whole, against its golden file (regenerate: make golden)."""

from __future__ import annotations

import pytest

from golden import PAGES, golden_path, render_golden_pages


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return render_golden_pages()


@pytest.mark.parametrize("page", PAGES)
def test_page_matches_its_golden_file(rendered: dict[str, str], page: str) -> None:
    expected = golden_path(page)
    assert expected.is_file(), f"no golden file for {page}: run `make golden`"
    assert rendered[page] == expected.read_text(encoding="utf-8"), f"{page} changed: review, then `make golden`"
