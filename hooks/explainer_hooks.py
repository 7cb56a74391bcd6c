"""MkDocs adapter: load and check the notes, then add the pages made from them.

All the work is in the `explainer` package, which knows nothing of MkDocs.
"""

from __future__ import annotations

import datetime
import html
import logging
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from explainer import NotesError, Problem, load_and_check
from explainer.export import add_to_head, feed_link_tag, json_schema, notes_as_data, render_feed, to_json
from explainer.lang import Told, count, said, say, told
from explainer.minify import minify_css, strip_indentation
from explainer.mistakes import collect_mistakes
from explainer.model import Notes
from explainer.pages import DATA, FEED, PAGES, SCHEMA, actor_page
from explainer.passages import strip_marks
from explainer.render import tooltips
from explainer.render.home import fill_page
from explainer.render.seo import PageInfo, PageSeo, page_seo
from explainer.render.site import render_site
from explainer.search import improve_index_file, local_polyfills
from explainer.template import find_unfinished
from explainer.theme_css import trim_site

if TYPE_CHECKING:
    from collections.abc import Callable

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.explainer")

NAV_ACTOR_LIMIT = 12
"""Up to this many actors are listed in the nav; past it only the Actors index is, so that
every page's HTML does not grow with the number of actors. Every sentence's evidence now
weighs on the pages' budgets (tests/test_reader.py): 42 actors in every page's nav cost
about 1.5 KB gzipped a page, which the Actors index, one click away, spares."""


class _Build:
    """What one build knows: the notes, and the problems shown while serving."""

    serving = False
    notes = Notes()
    problems: ClassVar[list[Problem]] = []
    incremental: ClassVar[ModuleType | None] = None
    """explainer_incremental, while `mkdocs serve` reuses unchanged pages."""


_HOOKS = Path(__file__).resolve().parent


def _code_stamps() -> dict[str, int]:
    return {p.relative_to(_HOOKS.parent).as_posix(): p.stat().st_mtime_ns for p in _HOOKS.rglob("*.py")}


_STARTED_WITH = _code_stamps()
"""The hooks' code as imported: `mkdocs serve` never imports it again."""


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether we are serving: then mistakes are shown, not fatal, and unchanged pages are reused.

    The serving adapters are imported only to serve: `mkdocs build` does not pay for them (20 ms)."""
    _Build.serving = command == "serve"
    if _Build.serving and not dirty:
        import explainer_incremental

        _Build.incremental = explainer_incremental
        explainer_incremental.enable(_page_facts)


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]) -> LiveReloadServer:
    """Notice saved files sooner."""
    import explainer_polling

    return explainer_polling.watch_faster(server, config.watch)


def on_shutdown() -> None:
    """Stop reusing pages (the server stops)."""
    if _Build.incremental is not None:
        _Build.incremental.disable()
        _Build.incremental = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check every note; fail the build with all problems at once. Mark glossary terms on every page."""
    if _Build.incremental is not None:
        _Build.incremental.start_build(config)
    root = Path(config.config_file_path).parent
    checked = load_and_check(root, language=config.theme["language"] or None)
    _Build.notes, _Build.problems = checked.notes, list(checked.problems)
    if checked.problems:
        if not _Build.serving:
            raise PluginError(str(NotesError(checked.problems, checked.notes.language)))
        for problem in checked.problems:
            log.error(problem.said(checked.notes.language))
    _hold_back_placeholders(checked.notes)
    _say_if_code_changed()
    _list_actors_in_nav(config, checked.notes)
    config.markdown_extensions.append(tooltips.NAME)
    config.mdx_configs[tooltips.NAME] = {"tips": tooltips.abbreviations(checked.notes)}
    # The offline copy (make offline) serves Material's file:// polyfill itself, not from a CDN.
    config.extra["polyfills"] = local_polyfills(config.extra.get("polyfills") or [])
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages, the feed and the open data; they live in memory, never in docs/."""
    notes, title = _Build.notes, config.site_name
    generated: dict[str, str | bytes] = {
        **render_site(notes, collect_mistakes(notes), datetime.date.today().isoformat()),
        FEED: render_feed(notes, config.site_url or "", title, config.site_description or ""),
        DATA: to_json(notes_as_data(notes, title)),
        SCHEMA: to_json(json_schema(title)),
    }
    # Two files published at one address: the last would silently replace the first.
    published = {file.dest_uri: f"docs/{file.src_uri}" for file in files}
    for src_uri, content in generated.items():
        file = File.generated(config, src_uri, content=content)
        if file.dest_uri in published:
            clash = _clash(published[file.dest_uri], src_uri, file.dest_uri)
            raise PluginError(said(notes.language, clash))
        published[file.dest_uri] = src_uri
        files.append(file)
    return files


def _clash(taken_by: str, src_uri: str, dest_uri: str) -> Told:
    if taken_by.startswith("docs/"):
        return told("check.clash.hand-written", page=taken_by, generated=src_uri, address=dest_uri)
    return told("check.clash.generated", first=taken_by, second=src_uri, address=dest_uri)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill a hand-written page's blocks and [[...]] links; show problems while serving."""
    shown = list(_Build.problems)
    if page.file.generated_by is None:
        if isinstance(page.meta.get("description"), str):  # its evidence is checked; the meta tag gets the words
            page.meta["description"] = strip_marks(page.meta["description"])
        path = f"{config.docs_dir.rstrip('/').rsplit('/', 1)[-1]}/{page.file.src_uri}"
        first_line = page.file.content_string.count("\n") - markdown.count("\n") + 1
        markdown, problems = fill_page(_Build.notes, markdown, page.file.src_uri, path, first_line)
        if problems and not _Build.serving:
            raise PluginError(str(NotesError(problems, _Build.notes.language)))
        for problem in problems:
            log.error(problem.said(_Build.notes.language))
        shown += problems
    if shown:
        markdown = _problem_banner(shown, _Build.notes.language) + markdown
    return markdown


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    """Give the theme the page's description, age, share tags and JSON-LD (overrides/main.html)."""
    context["explainer_seo"] = _page_seo(page, config)
    return context


def _page_seo(page: Page, config: MkDocsConfig) -> PageSeo:
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
    return page_seo(_Build.notes, info)


def _page_facts(page: Page, config: MkDocsConfig) -> str:
    """All our page events add to a page beyond MkDocs' own data (the rest is in its Markdown)."""
    return repr(_page_seo(page, config))


def on_post_build(config: MkDocsConfig) -> None:
    """Make search fold accents and know aliases and quotes (after Material writes its index);
    slim our CSS, and cut the theme's to the rules the built pages can use."""
    index = Path(config.site_dir) / "search" / "search_index.json"
    if index.is_file():
        improve_index_file(index, _Build.notes, config.use_directory_urls)
    for sheet in config.extra_css:
        built = Path(config.site_dir) / sheet
        if "://" not in sheet and built.is_file():
            built.write_text(minify_css(built.read_text(encoding="utf-8")), encoding="utf-8")
    trim_site(Path(config.site_dir))


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Link every page to the feed of changes, for browsers and feed readers; drop the indentation."""
    title = say(_Build.notes.language, "feed.link", site=config.site_name)
    feed = feed_link_tag(get_relative_url(FEED, page.url), title)
    return strip_indentation(add_to_head(output, feed))


def _hold_back_placeholders(notes: Notes) -> None:
    """Placeholders from `make new` show while serving; a build refuses to publish them."""
    unfinished = find_unfinished(notes)
    if unfinished and not _Build.serving:
        lines = [count(notes.language, "check.placeholders", len(unfinished))]
        lines += [f"  {p.said(notes.language)}" for p in unfinished]
        raise PluginError("\n".join(lines))
    for problem in unfinished:
        log.warning(problem.said(notes.language))
    _Build.problems += unfinished


def _say_if_code_changed() -> None:
    """`mkdocs serve` imports the hooks once: say so, loudly, when their code changes."""
    now = _code_stamps()
    changed = sorted(p for p in now.keys() | _STARTED_WITH.keys() if now.get(p) != _STARTED_WITH.get(p))
    if changed and _Build.serving:
        others = told("check.code-changed.others", files=", ".join(changed[1:])) if len(changed) > 1 else ""
        problem = Problem(changed[0], 0, "", told("check.code-changed", others=others))
        log.error(problem.said(_Build.notes.language))
        _Build.problems.append(problem)


def _problem_banner(problems: list[Problem], language: str) -> str:
    lines = [f'!!! failure "{count(language, "check.preview-banner", len(problems))}"', ""]
    lines += [f"    - `{p.said(language).replace('`', '')}`" for p in sorted(problems)]
    return "\n".join(lines) + "\n\n"


def _list_actors_in_nav(config: MkDocsConfig, notes: Notes) -> None:
    """Expand the nav's entry for the Actors index (whatever its title) into a section with one line per actor."""
    nav: list[Any] = config.nav or []
    for index, entry in enumerate(nav):
        if isinstance(entry, dict) and len(entry) == 1 and list(entry.values()) == [PAGES["actors"]]:
            title = next(iter(entry))
            pages: list[Any] = [PAGES["actors"]]
            if len(notes.actors) <= NAV_ACTOR_LIMIT:
                # Nav titles reach the HTML unescaped, so a name is escaped here.
                actors = sorted(notes.actors, key=lambda a: a.name)
                pages += [{html.escape(a.name): actor_page(a.id)} for a in actors]
            nav[index] = {title: pages}
