"""MkDocs adapter: load and check the notes, then add the pages made from them.

All the work is in the `explainer` package, which knows nothing of MkDocs.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from explainer import NotesError, Problem, check_notes, load_notes
from explainer.model import Notes
from explainer.render.home import fill_page
from explainer.render.markup import PAGES
from explainer.render.seo import PageInfo, page_seo
from explainer.render.site import render_site
from explainer.render.tooltips import focus_first_abbreviations, render_abbreviations

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.explainer")

NAV_ACTOR_LIMIT = 60
"""Up to this many actors are listed in the nav; past it only the Actors index is,
so that every page's HTML does not grow with the number of actors."""


class _Build:
    """What one build knows: the notes, and the problems shown while serving."""

    serving = False
    notes = Notes()
    problems: ClassVar[list[Problem]] = []


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether we are serving: then mistakes are shown, not fatal."""
    _Build.serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check every note; fail the build with all problems at once."""
    root = Path(config.config_file_path).parent
    loaded = load_notes(root / "content", root / "seeds", root)
    problems = loaded.problems + check_notes(loaded.notes, loaded.broken)
    _Build.notes, _Build.problems = loaded.notes, problems
    if problems:
        if not _Build.serving:
            raise PluginError(str(NotesError(problems)))
        for problem in sorted(problems):
            log.error(str(problem))
    _list_actors_in_nav(config, loaded.notes)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages; they live in memory, never in docs/."""
    for src_uri, markdown in render_site(_Build.notes).items():
        existing = files.get_file_from_path(src_uri)
        if existing is not None:
            raise PluginError(f"docs/{src_uri} clashes with a generated page: rename or remove docs/{src_uri}")
        files.append(File.generated(config, src_uri, content=markdown))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill a hand-written page's blocks and [[...]] links; show problems while serving."""
    shown = list(_Build.problems)
    if page.file.generated_by is None:
        path = f"{config.docs_dir.rstrip('/').rsplit('/', 1)[-1]}/{page.file.src_uri}"
        first_line = page.file.content_string.count("\n") - markdown.count("\n") + 1
        markdown, problems = fill_page(_Build.notes, markdown, page.file.src_uri, path, first_line)
        if problems and not _Build.serving:
            raise PluginError(str(NotesError(problems)))
        for problem in problems:
            log.error(str(problem))
        shown += problems
    markdown += render_abbreviations(_Build.notes)
    return _problem_banner(shown) + markdown if shown else markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Let the keyboard reach each glossary tooltip: the first use of each term is focusable."""
    return focus_first_abbreviations(html)


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    """Give the theme the page's description, age, share tags and JSON-LD (overrides/main.html)."""
    info = PageInfo(
        src_uri=page.file.src_uri,
        title=page.title or config.site_name,
        site_name=config.site_name,
        url=page.url,
        site_url=config.site_url or "",
        meta=page.meta,
        site_description=config.site_description or "",
        html=page.content or "",
    )
    context["explainer_seo"] = page_seo(_Build.notes, info)
    return context


def _problem_banner(
problems: list[Problem]) -> str:
    lines = [f'!!! failure "The notes have {len(problems)} problem(s): this preview may be incomplete"', ""]
    lines += [f"    - `{str(p).replace('`', '')}`" for p in sorted(problems)]
    return "\n".join(lines) + "\n\n"


def _list_actors_in_nav(config: MkDocsConfig, notes: Notes) -> None:
    """Expand the nav's Actors entry into a section with one line per actor."""
    nav: list[Any] = config.nav or []
    for index, entry in enumerate(nav):
        if isinstance(entry, dict) and entry.get("Actors") == PAGES["actors"]:
            pages: list[Any] = [PAGES["actors"]]
            if len(notes.actors) <= NAV_ACTOR_LIMIT:
                # Nav titles reach the HTML unescaped, so a name is escaped here.
                actors = sorted(notes.actors, key=lambda a: a.name)
                pages += [{html.escape(a.name): f"actors/{a.id}.md"} for a in actors]
            nav[index] = {"Actors": pages}
