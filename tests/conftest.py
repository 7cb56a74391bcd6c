"""Shared fixtures: small note sets, one real build of the site served, one `mkdocs serve`, a browser.

The plumbing (copying the project, running `mkdocs serve`, waiting) is tools/plumbing.py, which the
tools share: this file puts tools/ on the path. Reading built pages (links, head tags, which pages
stand for all) is in pages.py."""

from __future__ import annotations

import functools
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

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))  # tools/ is not a package: its scripts import one another so

from plumbing import CHROMIUM_FLAGS, Served, copy_project, mkdocs_serve  # noqa: E402

from explainer import load_and_check  # noqa: E402
from explainer.model import Notes  # noqa: E402

SEED = "russian-troops-in-venezuela.txt"


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
        The article.^[context: this source note]
        """,
    "content/actors/russia.md": """
        ---
        name: Russia
        kind: country
        role: Sent troops^["photographs showed nearly 100 Russian servicemen disembarking"]
        side: maduro ^["Moscow was increasing its support for Venezuela’s president, Nicolás Maduro"]
        aliases: [Moscow, the Kremlin]
        sources: [the-week]
        ---
        Russia backs [[nicolas-maduro|Maduro]].^["Moscow was increasing its support for Venezuela’s president, Nicolás Maduro"]
        """,
    "content/actors/nicolas-maduro.md": """
        ---
        name: Nicolás Maduro
        kind: person
        role: President of Venezuela^["Venezuela’s president, Nicolás Maduro"]
        side: maduro ^["Venezuela’s president, Nicolás Maduro"]
        sources: [the-week]
        ---
        """,
    "content/actors/maria-zakharova.md": """
        ---
        name: Maria Zakharova
        kind: person
        role: Spokeswoman^["said Maria Zakharova, Russia’s foreign ministry spokeswoman"]
        side: maduro ^["said Maria Zakharova, Russia’s foreign ministry spokeswoman"]
        sources: [the-week]
        ---
        """,
    "content/relations.yml": """
        - id: russia-supports-maduro
          subject: russia
          type: supports
          object: nicolas-maduro
          sources: [the-week]
          text: Russia backs Maduro.^["Moscow was increasing its support for Venezuela’s president, Nicolás Maduro"]
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
          label: Russian servicemen seen landing^["photographs showed nearly 100 Russian servicemen disembarking"]
          sources: [the-week]
        """,
    "content/events.yml": """
        - id: landing
          date: "2019-03"
          title: Russian servicemen land in Caracas^["nearly 100 Russian servicemen disembarking from two military planes in Caracas"]
          actors: [russia]
          sources: [the-week]
        """,
    # The story note: the project's own, so that small note sets tell the same story.
    "content/story.md": (ROOT / "content" / "story.md").read_text(encoding="utf-8"),
}


@functools.cache
def project_notes() -> Notes:
    """This explainer's own notes, loaded and checked once (they have no problems: the build is strict)."""
    return load_and_check(ROOT).notes


def page_html(markdown: str, tips: dict[str, str] | None = None) -> str:
    """A page's HTML through the Markdown extensions of the real mkdocs.yml; with tips, and the glossary's
    tooltips (render/tooltips.py), as a build has them."""
    import markdown as markdown_module

    from explainer.render.tooltips import Tooltips

    names, settings = _site_extensions()
    extensions: list[Any] = [*names, Tooltips(tips=tips)] if tips is not None else list(names)
    return str(markdown_module.markdown(markdown, extensions=extensions, extension_configs=settings))


@functools.cache
def _site_extensions() -> tuple[tuple[str, ...], dict[str, Any]]:
    """The real mkdocs.yml's Markdown extensions and their settings, read once."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    return tuple(config.markdown_extensions), dict(config.mdx_configs)


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    return write_project(tmp_path, MINIMAL)


def strict_build(config_file: Path, site: Path) -> Path:
    """A real build of the project at config_file into site, failing with every warning MkDocs logged."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    records: list[logging.LogRecord] = []
    handler = logging.Handler(level=logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        build(load_config(str(config_file), site_dir=str(site), strict=True))
    finally:
        logging.getLogger("mkdocs").removeHandler(handler)
    assert [r.getMessage() for r in records] == []
    return site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real strict build of the project's site into a temporary folder."""
    return strict_build(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site"))


def tool(name: str) -> ModuleType:
    """A script from tools/, which is not a package, imported once."""
    if name in sys.modules:
        return sys.modules[name]
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
        browser = pw.chromium.launch(executable_path=path, args=list(CHROMIUM_FLAGS))
        yield browser
        browser.close()


@contextmanager
def open_tab(browser: Any) -> Iterator[Any]:
    """A tab in a context of its own, failing on leaving if a script threw."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda err: errors.append(str(err)))
    yield tab
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh tab: nothing cached, nothing left by another test."""
    with open_tab(browser) as tab:
        yield tab


@pytest.fixture(scope="module")
def tab(browser: Any) -> Iterator[Any]:
    """One tab for the tests of a module that only open pages and read them: the theme's files
    stay cached from one page to the next, as for a reader."""
    with open_tab(browser) as shared:
        yield shared
