"""Shared fixtures: small note sets, one real build of the site, a browser."""

from __future__ import annotations

import functools
import html.parser
import http.server
import logging
import os
import shutil
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = "russian-troops-in-venezuela.txt"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def write_project(tmp_path: Path, files: dict[str, str], seed: bool = True) -> Path:
    """A project folder with the given content files (dedented) and the real seed."""
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    if seed:
        (tmp_path / "seeds").mkdir(exist_ok=True)
        shutil.copy(ROOT / "seeds" / SEED, tmp_path / "seeds" / SEED)
    return tmp_path


MINIMAL = {
    "content/sources/the-week.md": """
        ---
        name: The Week
        kind: article
        date: "2019-03"
        seed: russian-troops-in-venezuela.txt
        ---
        The article.
        """,
    "content/actors/russia.md": """
        ---
        name: Russia
        kind: country
        role: Sent troops
        side: maduro
        aliases: [Moscow, the Kremlin]
        sources: [the-week]
        ---
        Russia backs [[nicolas-maduro|Maduro]].
        """,
    "content/actors/nicolas-maduro.md": """
        ---
        name: Nicolás Maduro
        kind: person
        role: President of Venezuela
        side: maduro
        sources: [the-week]
        ---
        """,
    "content/actors/maria-zakharova.md": """
        ---
        name: Maria Zakharova
        kind: person
        role: Spokeswoman
        side: maduro
        sources: [the-week]
        ---
        """,
    "content/relations.yml": """
        - id: russia-supports-maduro
          subject: russia
          type: supports
          object: nicolas-maduro
          sources: [the-week]
          text: Russia backs Maduro.
        """,
    "content/quotes.yml": """
        - id: zakharova-as-long
          speaker: maria-zakharova
          text: "As long as they need. As long as the Venezuelan government needs."
          sources: [the-week]
        """,
    "content/figures.yml": """
        - id: servicemen
          value: "100"
          label: Russian servicemen seen landing
          sources: [the-week]
        """,
    "content/events.yml": """
        - id: landing
          date: "2019-03"
          title: Russian servicemen land in Caracas
          actors: [russia]
          sources: [the-week]
        """,
    # The story note: the project's own, so that small note sets tell the same story.
    "content/story.md": (ROOT / "content" / "story.md").read_text(encoding="utf-8"),
}


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    return write_project(tmp_path, MINIMAL)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real strict build of the project's site into a temporary folder."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site = tmp_path_factory.mktemp("site")
    records: list[logging.LogRecord] = []
    handler = logging.Handler(level=logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site), strict=True)
        build(config)
    finally:
        logging.getLogger("mkdocs").removeHandler(handler)
    assert [r.getMessage() for r in records] == []
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(folder: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    url, server = serve(built_site)
    yield url
    server.shutdown()


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright; skipped only off CI."""
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but chromium is not installed: .ci/run should install it")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    yield page
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


class LinkParser(html.parser.HTMLParser):
    """Every href and src of a page, and every id it defines."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        for name in ("href", "src"):
            if found.get(name):
                self.refs.append(str(found[name]))


def broken_links(site: Path, base: str) -> list[str]:
    """Every link, script, style and image of every page that does not resolve inside site/ at base."""
    pages = {}
    for path in site.rglob("*.html"):
        pages[path.relative_to(site).as_posix()] = parse_html(path)
    prefix = urlparse(base).path
    broken = []
    for name, parsed in pages.items():
        for ref in parsed.refs:
            url = urljoin(base + name, ref)
            if urlparse(url).netloc != urlparse(base).netloc:
                continue
            target, fragment = urldefrag(url)
            path = urlparse(target).path
            if not path.startswith(prefix):
                broken.append(f"{name} -> {ref} (outside {prefix})")
                continue
            rel = path[len(prefix) :]
            if rel == "" or rel.endswith("/"):
                rel += "index.html"
            if not (site / rel).is_file():
                broken.append(f"{name} -> {ref}")
            elif fragment and rel in pages and fragment not in pages[rel].ids:
                broken.append(f"{name} -> {ref} (no #{fragment})")
    return sorted(broken)


def parse_html(path: Path) -> LinkParser:
    parser = LinkParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser
