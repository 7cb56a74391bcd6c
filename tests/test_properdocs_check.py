"""tools/properdocs_check.py's comparison: only the generator tag may differ, and it must name ProperDocs.

The builds themselves run in `make properdocs` (.ci/run calls it): about half a
minute, and a venv of its own, so not here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from properdocs_check import compare_sites  # noqa: E402 - tools/ is not a package

MKDOCS_TAG = '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material">'
PROPERDOCS_TAG = '<meta name="generator" content="mkdocs-ProperDocs 1.6.7, mkdocs-material">'


def _page(tag: str, body: str = "<p>Hello</p>") -> str:
    return f"<html>\n<head>\n{tag}\n</head>\n<body>{body}</body>\n</html>\n"


def _write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(text.encode())
    return site


SAME = {"sitemap.xml": "<urlset/>", "search/search_index.json": "{}"}

CASES = [
    ("identical", {"index.html": _page(MKDOCS_TAG)}, {"index.html": _page(PROPERDOCS_TAG)}, []),
    (
        "a byte elsewhere",
        {"index.html": _page(MKDOCS_TAG)},
        {"index.html": _page(PROPERDOCS_TAG, "<p>Hello!</p>")},
        [
            "index.html: differs at line 5: MkDocs b'<body><p>Hello</p></body>', ProperDocs b'<body><p>Hello!</p></body>'"
        ],
    ),
    (
        "not built by ProperDocs",
        {"index.html": _page(MKDOCS_TAG)},
        {"index.html": _page(MKDOCS_TAG)},
        [f"index.html: the generator tag does not name ProperDocs: {MKDOCS_TAG}"],
    ),
    (
        "no generator tag",
        {"index.html": _page("")},
        {"index.html": _page("")},
        ["no HTML page has a generator tag: nothing shows which tool built it"],
    ),
    (
        "a file missing",
        {"index.html": _page(MKDOCS_TAG), "feed.xml": "<feed/>"},
        {"index.html": _page(PROPERDOCS_TAG), "robots.txt": ""},
        ["feed.xml: only in MkDocs' build", "robots.txt: only in ProperDocs' build"],
    ),
    (
        "a tag outside HTML",
        {"index.html": _page(MKDOCS_TAG), "a.txt": MKDOCS_TAG},
        {"index.html": _page(PROPERDOCS_TAG), "a.txt": PROPERDOCS_TAG},
        [f"a.txt: differs at line 1: MkDocs {MKDOCS_TAG.encode()!r}, ProperDocs {PROPERDOCS_TAG.encode()!r}"],
    ),
]


@pytest.mark.parametrize(
    ("mkdocs_files", "properdocs_files", "problems"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_compare_sites(
    tmp_path: Path, mkdocs_files: dict[str, str], properdocs_files: dict[str, str], problems: list[str]
) -> None:
    mkdocs_site = _write(tmp_path / "mkdocs", {**SAME, **mkdocs_files})
    properdocs_site = _write(tmp_path / "properdocs", {**SAME, **properdocs_files})
    assert compare_sites(mkdocs_site, properdocs_site).problems == problems


def test_compare_sites_reports_the_generator_tags(tmp_path: Path) -> None:
    mkdocs_site = _write(tmp_path / "mkdocs", {"index.html": _page(MKDOCS_TAG), "404.html": _page(MKDOCS_TAG)})
    properdocs_site = _write(
        tmp_path / "properdocs", {"index.html": _page(PROPERDOCS_TAG), "404.html": _page(PROPERDOCS_TAG)}
    )
    result = compare_sites(mkdocs_site, properdocs_site)
    assert (result.files, result.generators) == (
        2,
        {("mkdocs-1.6.1, mkdocs-material", "mkdocs-ProperDocs 1.6.7, mkdocs-material")},
    )
