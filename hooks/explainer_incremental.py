"""While `mkdocs serve` runs, rebuild only the pages an edit changed.

MkDocs 1.6 (and ProperDocs 1.6.7, its fork) rebuild the whole site on every save.
While serving, this module wraps three steps of that build loop:

- `Page.render` (Markdown to HTML) is skipped for a page whose final Markdown
  (after every `on_page_markdown`), address and site (config, list of files) are
  unchanged; its HTML, table of contents, title and anchors are reused;
- `_build_page` (context events, theme template, `on_post_page`) is skipped for a
  page whose HTML, title, meta, table of contents and address, the whole nav, the
  config, the theme's files and what the hook says about the page (`page_facts`)
  are unchanged: its previous output is written again and its search entries are
  added again, in the same order;
- `Theme.get_env` returns the previous Jinja environment, templates compiled,
  while no file in the theme's folders changed (and the theme's files are
  listed once).

Anything that reaches every page (mkdocs.yml, the nav and its titles, the theme's
files, a file added or removed) is in every key, so it rebuilds everything. A
plugin with page events this module does not know turns the page reuse off.
Warnings a skipped step logged are logged again. `mkdocs build` never uses it.
"""

from __future__ import annotations

import copy
import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import mkdocs.commands.build as mkdocs_build
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.theme import Theme

import explainer_stamps as stamps

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation

PageFacts = Callable[[Page, "MkDocsConfig"], str]
"""What a hook adds to a page beyond MkDocs' own data (its SEO block, say), as text."""

KEPT_BUILDS = 2
"""A reused result not used by this many builds is dropped (a failed build keeps the older ones)."""

_SEARCH_PLUGINS = frozenset({"material.plugins.search.plugin", "mkdocs.contrib.search", "properdocs.contrib.search"})
"""Plugins whose only page event adds search entries, which are replayed."""

_ORIGINAL_RENDER = Page.render
_ORIGINAL_BUILD_PAGE = mkdocs_build._build_page
_ORIGINAL_GET_ENV = Theme.get_env
_ORIGINAL_ADD_THEME_FILES = Files.add_files_from_theme
_LOGGER = logging.getLogger(Page.__module__.split(".")[0])
"""The builder's own logger ("mkdocs" or "properdocs"), where its warnings go."""


@dataclass
class _Run:
    """One build: its config, and stamps its pages share, computed once."""

    config: MkDocsConfig
    number: int
    site: str = ""
    shared: tuple[Navigation, Any, str] | None = None
    indexes: list[Any] | None = None
    reuse_pages: bool | None = None


@dataclass
class _Rendered:
    content: str
    toc: Any
    title: str | None
    anchors: set[str] | None
    links: dict[str, dict[str, str]] | None
    records: list[logging.LogRecord]


@dataclass
class _Built:
    output: bytes | None
    content: str | None
    entries: list[list[dict[str, Any]]]
    records: list[logging.LogRecord]


@dataclass
class _State:
    page_facts: PageFacts | None = None
    run: _Run | None = None
    builds: int = 0
    rendered: dict[str, tuple[int, _Rendered]] = field(default_factory=dict)
    built: dict[str, tuple[int, _Built]] = field(default_factory=dict)
    env: tuple[str, jinja2.Environment] | None = None
    theme: tuple[Theme, str] | None = None
    theme_files: tuple[str, list[tuple[str, str | None]]] | None = None
    reuse_env: bool = True


_state = _State()


def enable(page_facts: PageFacts) -> None:
    """Reuse unchanged pages from now on (call from `on_startup` when serving)."""
    if not _FITS:
        _LOGGER.info("Every page is rebuilt on each save: this builder's build loop is not the one %s knows", __name__)
        return
    _state.page_facts = page_facts
    Page.render = _render  # type: ignore[method-assign,assignment]
    mkdocs_build._build_page = _build_page
    Theme.get_env = _get_env  # type: ignore[method-assign,assignment]
    Files.add_files_from_theme = _add_files_from_theme  # type: ignore[method-assign,assignment]


def fits() -> bool:
    """The build loop is the one this module wraps: MkDocs 1.6.1's, ProperDocs 1.6.7's."""
    populate, build = inspect.getsource(mkdocs_build._populate_page), inspect.getsource(mkdocs_build.build)
    render = inspect.getsource(_ORIGINAL_RENDER)
    return (
        _parameters(_ORIGINAL_BUILD_PAGE) == ["page", "config", "doc_files", "nav", "env", "dirty", "excluded"]
        and _parameters(_ORIGINAL_RENDER) == ["self", "config", "files"]
        and _parameters(_ORIGINAL_GET_ENV) == ["self"]
        and _parameters(_ORIGINAL_ADD_THEME_FILES) == ["self", "env", "config"]
        and "page.render(config, files)" in populate
        and all(f"self.{name} =" in render for name in ("content", "toc", "_title_from_render", "present_anchor_ids"))
        and all(call in build for call in ("_build_page(", "files.add_files_from_theme(env, config)", "get_env()"))
    )


def _parameters(function: Callable[..., Any]) -> list[str]:
    return list(inspect.signature(function).parameters)


_FITS = fits()
"""Whether the build loop as imported (before any wrapping) is one this module knows."""


def disable() -> None:
    """Build everything again, forgetting what was kept (call from `on_shutdown`)."""
    Page.render = _ORIGINAL_RENDER  # type: ignore[method-assign]
    mkdocs_build._build_page = _ORIGINAL_BUILD_PAGE
    Theme.get_env = _ORIGINAL_GET_ENV  # type: ignore[method-assign]
    Files.add_files_from_theme = _ORIGINAL_ADD_THEME_FILES  # type: ignore[method-assign]
    global _state
    _state = _State()


def start_build(config: MkDocsConfig) -> None:
    """A build begins (call from `on_config`): forget what no recent build used."""
    if _state.page_facts is None:
        return
    _state.builds += 1
    _state.run = _Run(config, _state.builds)
    oldest = _state.builds - KEPT_BUILDS
    _state.rendered = {k: v for k, v in _state.rendered.items() if v[0] >= oldest}
    _state.built = {k: v for k, v in _state.built.items() if v[0] >= oldest}
    # A plugin's on_env may change the environment: it then gets a new one each build.
    _state.reuse_env = all(_trusted(handler) for handler in config.plugins.events["env"])


def _run_for(config: MkDocsConfig) -> _Run | None:
    run = _state.run
    return run if run is not None and run.config is config else None


def _render(page: Page, config: MkDocsConfig, files: Files) -> None:
    """Page.render, or what it gave last time for the same Markdown in the same site."""
    run = _run_for(config)
    if run is None or page.markdown is None:
        _ORIGINAL_RENDER(page, config, files)
        return
    if not run.site:
        run.site = stamps.digest(
            stamps.stable(config), stamps.config_file(config), stamps.files_stamp(files), stamps.today()
        )
    key = stamps.digest(run.site, page.file.src_uri, page.file.dest_uri, page.url, page.markdown)
    kept = _state.rendered.get(key)
    if kept is not None and _reuse_render(page, kept[1], files):
        _state.rendered[key] = (run.number, kept[1])
        return
    with stamps.captured(_LOGGER) as records:
        _ORIGINAL_RENDER(page, config, files)
    links = {f.src_uri: dict(a) for f, a in page.links_to_anchors.items()} if page.links_to_anchors else None
    done = _Rendered(
        page.content or "", copy.deepcopy(page.toc), page._title_from_render, page.present_anchor_ids, links, records
    )
    _state.rendered[key] = (run.number, done)


def _reuse_render(page: Page, done: _Rendered, files: Files) -> bool:
    """Give the page what render gave it last time; False if a linked file is gone."""
    links: dict[File, dict[str, str]] | None = None
    if done.links is not None:
        found = {uri: files.get_file_from_path(uri) for uri in done.links}
        links = {f: dict(done.links[uri]) for uri, f in found.items() if f is not None}
        if len(links) != len(found):
            return False
    page.content, page.toc = done.content, copy.deepcopy(done.toc)
    page._title_from_render = done.title
    page.present_anchor_ids = set(done.anchors) if done.anchors is not None else None
    page.links_to_anchors = links
    stamps.replay(done.records)
    return True


def _build_page(
    page: Page,
    config: MkDocsConfig,
    doc_files: Any,
    nav: Navigation,
    env: jinja2.Environment,
    dirty: bool = False,
    excluded: bool = False,
) -> None:
    """_build_page, or the output it wrote last time for the same page in the same site."""
    run = _run_for(config)
    facts = _state.page_facts
    if run is None or facts is None or dirty or not _reuse_pages(run):
        _ORIGINAL_BUILD_PAGE(page, config, doc_files, nav, env, dirty, excluded)
        return
    try:
        said = facts(page, config)
    except Exception:  # the real build reports it, with the page's name
        _ORIGINAL_BUILD_PAGE(page, config, doc_files, nav, env, dirty, excluded)
        return
    key = stamps.digest(
        run.site,
        _shared_stamp(run, nav, doc_files, config.theme),
        page.file.src_uri,
        page.url,
        page.title,
        repr(page.meta),
        page.content,
        repr(stamps.toc_stamp(page.toc)),
        page.canonical_url,
        page.edit_url,
        excluded,
        said,
    )
    indexes = [_entries_of(index) for index in _search_indexes(run)]
    kept = _state.built.get(key)
    if kept is None:
        before = [len(entries) for entries in indexes]
        path = Path(page.file.abs_dest_path)
        existed = path.exists()
        with stamps.captured(_LOGGER) as records:
            _ORIGINAL_BUILD_PAGE(page, config, doc_files, nav, env, dirty, excluded)
        output = path.read_bytes() if path.exists() and not existed else None
        added = [copy.deepcopy(entries[n:]) for entries, n in zip(indexes, before, strict=True)]
        _state.built[key] = (run.number, _Built(output, page.content, added, records))
        return
    done = kept[1]
    _state.built[key] = (run.number, done)
    if done.output is not None:
        path = Path(page.file.abs_dest_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(done.output)
    for entries, again in zip(indexes, done.entries, strict=True):
        # Entries hold text, numbers and lists of tags: a copy a plugin may change.
        entries.extend({k: list(v) if isinstance(v, list) else v for k, v in entry.items()} for entry in again)
    page.content = done.content
    stamps.replay(done.records)


def _get_env(theme: Theme) -> jinja2.Environment:
    """Theme.get_env, kept while the theme's files and settings are the same."""
    if not _state.reuse_env:
        return _ORIGINAL_GET_ENV(theme)
    stamp = stamps.digest(str(theme.locale), _theme_stamp(theme))
    if _state.env is None or _state.env[0] != stamp:
        _state.env = (stamp, _ORIGINAL_GET_ENV(theme))
    return _state.env[1]


def _add_files_from_theme(files: Files, env: jinja2.Environment, config: MkDocsConfig) -> None:
    """Files.add_files_from_theme, without listing the theme's thousands of files again while they are the same."""
    key = stamps.digest(_theme_stamp(config.theme), sorted(config.theme.static_templates))
    if _state.theme_files is None or _state.theme_files[0] != key:
        listed = Files([])
        _ORIGINAL_ADD_THEME_FILES(listed, env, config)
        _state.theme_files = (key, [(f.src_uri, f.src_dir) for f in listed])
    for path, folder in _state.theme_files[1]:
        # As the original does: theme files do not override docs_dir files.
        if files.get_file_from_path(path) is None:
            files.append(File(path, folder, config.site_dir, config.use_directory_urls))


def _reuse_pages(run: _Run) -> bool:
    """Pages are reused only when every page event's effect is known (after on_config)."""
    if run.reuse_pages is None:
        events = run.config.plugins.events
        handlers = [*events["page_context"], *events["post_page"]]
        run.reuse_pages = all(_trusted(h) or _owner_module(h) in _SEARCH_PLUGINS for h in handlers)
        if not run.reuse_pages:
            _LOGGER.info("Every page is rebuilt on each save: a plugin has page events %s does not know", __name__)
    return run.reuse_pages


def _trusted(handler: Callable[..., Any]) -> bool:
    """The hook that gave page_facts: what its page events depend on is in those facts."""
    return _state.page_facts is not None and _owner_module(handler) == _state.page_facts.__module__


def _owner_module(handler: Callable[..., Any]) -> str:
    owner = getattr(handler, "__self__", None)
    return type(owner).__module__ if owner is not None else str(getattr(handler, "__module__", ""))


def _search_indexes(run: _Run) -> list[Any]:
    """The search plugins' indexes, whose entry lists each page's on_page_context adds to."""
    if run.indexes is None:
        plugins = run.config.plugins.values()
        found = [getattr(p, "search_index", None) for p in plugins if type(p).__module__ in _SEARCH_PLUGINS]
        run.indexes = [index for index in found if isinstance(_entries_of(index), list)]
    return run.indexes


def _entries_of(index: Any) -> Any:
    """Material's SearchIndex.entries, or MkDocs' own SearchIndex._entries."""
    return getattr(index, "entries", getattr(index, "_entries", None))


def _shared_stamp(run: _Run, nav: Navigation, doc_files: Any, theme: Theme) -> str:
    """What every page may print, once per build: the nav's titles and addresses (and so its
    neighbours'), every page's title (the `pages` a template gets), the theme's files."""
    if run.shared is None or run.shared[0] is not nav or run.shared[1] is not doc_files:
        pages = [(f.src_uri, f.page.title if f.page else None) for f in doc_files]
        run.shared = (nav, doc_files, stamps.digest(stamps.nav_items(nav.items), pages, _theme_stamp(theme)))
    return run.shared[2]


def _theme_stamp(theme: Theme) -> str:
    """The theme's files, once per build."""
    if _state.theme is None or _state.theme[0] is not theme:
        _state.theme = (theme, stamps.digest(theme.dirs, stamps.theme_files(theme)))
    return _state.theme[1]
