"""Shared fixtures: small note sets, one real build of the site, a browser."""

from __future__ import annotations

import functools
import html.parser
import importlib.util
import logging
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

from explainer import load_and_check
from explainer.model import Actor, Notes
from explainer.render.mentions import find_mentions
from helpers import Served, copy_project, mkdocs_serve

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
}


@functools.cache
def project_notes() -> Notes:
    """This explainer's own notes, loaded and checked once (they have no problems: the build is strict)."""
    return load_and_check(ROOT).notes


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


def tool(name: str) -> ModuleType:
    """A script from tools/, which is not a package, imported once."""
    if name in sys.modules:
        return sys.modules[name]
    if str(ROOT / "tools") not in sys.path:
        sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@contextmanager
def served_folder(folder: Path) -> Iterator[Any]:
    """A folder served on a free port as a static host would (tools/serve_static.py: gzipped,
    404.html, and .sent, the path and size of every response)."""
    serve_static = tool("serve_static")
    server = serve_static.start(folder)
    try:
        yield server
    finally:
        server.shutdown()


def url_of(server: Any) -> str:
    return str(tool("serve_static").url_of(server))


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[Any]:
    """The built site, served on 127.0.0.1 for the whole session."""
    with served_folder(built_site) as server:
        yield server


@pytest.fixture(scope="session")
def site_url(site_server: Any) -> str:
    return url_of(site_server)


def elsewhere(*allowed: str) -> re.Pattern[str]:
    """Every URL that starts with none of allowed, for a route that refuses them: a pattern,
    unlike a function, is matched inside the browser, so allowed requests never wait on Python."""
    return re.compile("^(?!" + "|".join(re.escape(prefix) for prefix in allowed) + ")")


def missing(program: str, install: str) -> NoReturn:
    """Skip a test whose program is not installed, except on CI (CI set), where it fails:
    CI must run every test."""
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {program} is not installed: .ci/run should install it ({install})")
    pytest.skip(f"{program} is not installed ({install})")


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`mkdocs serve --livereload` (as `make serve` runs it) in a copy of the project, for the
    session: a test that breaks a file there puts it back."""
    with mkdocs_serve(copy_project(tmp_path_factory.mktemp("serve") / "project"), "--livereload") as served:
        yield served


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright; skipped only off CI."""
    path = chromium_path()
    if path is None:
        missing("chromium", "apt-get install chromium")
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


class PageParser(html.parser.HTMLParser):
    """What the tests read in a page: every href and src, every id, and the head's title,
    <meta> (by name or property), canonical link and JSON-LD scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self.json_ld: list[str] = []
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if found.get("id"):
            self.ids.add(found["id"])
        self.refs += [found[name] for name in ("href", "src") if found.get(name)]
        if tag == "meta" and "content" in found:
            self.meta[found.get("name") or found.get("property") or ""] = found["content"]
        elif tag == "link" and found.get("rel") == "canonical":
            self.canonical = found.get("href", "")
        elif tag == "script" and found.get("type") == "application/ld+json":
            self._in = "json_ld"
            self.json_ld.append("")
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "json_ld":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data


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


def parse_html(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def page_paths(site: Path) -> list[str]:
    """Every HTML page of a built site, as a path under its root ("", "actors/russia/", "404.html")."""
    paths = []
    for file in sorted(site.rglob("*.html")):
        relative = file.relative_to(site).as_posix()
        paths.append(relative.removesuffix("index.html"))
    return paths


def representative_actors(notes: Notes) -> list[str]:
    """The actor pages that stand for all 40-odd (one renderer makes them all, so they share
    their faults): the one with the most on it (relations, quotes, mentions) and the one with the least."""
    mentions = find_mentions(notes)

    def size(actor: Actor) -> tuple[int, str]:
        relations = sum(actor.id in (r.subject, r.object) for r in notes.relations)
        quotes = sum(q.speaker == actor.id for q in notes.quotes)
        return relations + quotes + len(mentions.get(actor.id, [])), actor.id

    ranked = sorted(notes.actors, key=size)
    return list(dict.fromkeys([ranked[-1].id, ranked[0].id]))


def one_page_per_template(site: Path) -> list[str]:
    """The pages a browser check visits: every page made by its own template, and of the
    actor pages, which share one, only the representative ones."""
    keep = {f"actors/{actor_id}/" for actor_id in representative_actors(project_notes())}
    return [p for p in page_paths(site) if not re.fullmatch(r"actors/[^/]+/", p) or p in keep]
