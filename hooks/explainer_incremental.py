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
  listed once);
- the server looks for saved files every 0.1 s rather than 0.5 s (less often
  for thousands of notes, so that polling stays under 4 % of a CPU).

Anything that reaches every page (mkdocs.yml, the nav and its titles, the theme's
files, a file added or removed) is in every key, so it rebuilds everything. A
plugin with page events this module does not know turns the page reuse off.
Warnings a skipped step logged are logged again. `mkdocs build` never uses it.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import mkdocs.commands.build as mkdocs_build
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page
from mkdocs.theme import Theme
from watchdog.observers.polling import PollingObserver

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation

PageFacts = Callable[[Page, "MkDocsConfig"], str]
"""What a hook adds to a page beyond MkDocs' own data (its SEO block, say), as text."""

POLL_SECONDS = (0.1, 0.5)
"""How often the server looks for saved files: at least, and at most (MkDocs: 0.5 s)."""
POLL_SHARE = 25
"""Poll no more often than every POLL_SHARE times what one look at the watched files costs."""
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
    nav: tuple[Navigation, str] | None = None
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
    _state.page_facts = page_facts
    Page.render = _render  # type: ignore[method-assign,assignment]
    mkdocs_build._build_page = _build_page
    Theme.get_env = _get_env  # type: ignore[method-assign,assignment]
    Files.add_files_from_theme = _add_files_from_theme  # type: ignore[method-assign,assignment]


def disable() -> None:
    """Build everything again, forgetting what was kept (call from `on_shutdown`)."""
    Page.render = _ORIGINAL_RENDER  # type: ignore[method-assign]
    mkdocs_build._build_page = _ORIGINAL_BUILD_PAGE
    Theme.get_env = _ORIGINAL_GET_ENV  # type: ignore[method-assign]
    Files.add_files_from_theme = _ORIGINAL_ADD_THEME_FILES  # type: ignore[method-assign]
    global _state
    _state = _State()


def watch_faster(server: LiveReloadServer) -> LiveReloadServer:
    """Have the server look for saved files more often (call from `on_serve`).

    MkDocs' server polls every 0.5 s: on average a quarter of a second before a
    save is even seen. Its watches are moved to a new observer that polls faster.
    """
    watched = getattr(server, "_watched_paths", None)
    if _state.page_facts is None or not isinstance(watched, dict) or server.observer.is_alive():
        return server
    paths = {str(path): int(count) for path, count in watched.items()}
    started = time.perf_counter()
    for path in paths:
        for folder, _subfolders, names in os.walk(path):
            for name in names:
                os.stat(os.path.join(folder, name))
    fastest, slowest = POLL_SECONDS
    interval = min(slowest, max(fastest, POLL_SHARE * (time.perf_counter() - started)))
    for path, count in paths.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = PollingObserver(timeout=interval)
    for path, count in paths.items():
        for _ in range(count):
            server.watch(path)
    return server


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
        run.site = _digest(_stable(config), _config_file(config), _files_stamp(files), _today())
    key = _digest(run.site, page.file.src_uri, page.file.dest_uri, page.url, page.markdown)
    kept = _state.rendered.get(key)
    if kept is not None and _reuse_render(page, kept[1], files):
        _state.rendered[key] = (run.number, kept[1])
        return
    with _captured() as records:
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
    _replay(done.records)
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
    key = _digest(
        run.site,
        _nav_stamp(run, nav),
        _theme_stamp(config.theme),
        [f.src_uri for f in doc_files],
        page.file.src_uri,
        page.url,
        page.title,
        repr(page.meta),
        page.content,
        _toc_stamp(page.toc),
        page.canonical_url,
        page.edit_url,
        excluded,
        said,
    )
    indexes = _search_indexes(config)
    kept = _state.built.get(key)
    if kept is None:
        before = [len(entries) for entries in indexes]
        path = Path(page.file.abs_dest_path)
        existed = path.exists()
        with _captured() as records:
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
        entries.extend(copy.deepcopy(again))
    page.content = done.content
    _replay(done.records)


def _get_env(theme: Theme) -> jinja2.Environment:
    """Theme.get_env, kept while the theme's files and settings are the same."""
    if not _state.reuse_env:
        return _ORIGINAL_GET_ENV(theme)
    stamp = _digest(str(theme.locale), _theme_stamp(theme))
    if _state.env is None or _state.env[0] != stamp:
        _state.env = (stamp, _ORIGINAL_GET_ENV(theme))
    return _state.env[1]


def _add_files_from_theme(files: Files, env: jinja2.Environment, config: MkDocsConfig) -> None:
    """Files.add_files_from_theme, without listing the theme's thousands of files again while they are the same."""
    key = _digest(_theme_stamp(config.theme), sorted(config.theme.static_templates))
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


def _search_indexes(config: MkDocsConfig) -> list[list[dict[str, Any]]]:
    """The entry lists of the search plugins, which add to them in each page's on_page_context."""
    found: list[list[dict[str, Any]]] = []
    for plugin in config.plugins.values():
        if type(plugin).__module__ in _SEARCH_PLUGINS:
            index = getattr(plugin, "search_index", None)
            entries = getattr(index, "entries", getattr(index, "_entries", None))
            if isinstance(entries, list):
                found.append(entries)
    return found


def _nav_stamp(run: _Run, nav: Navigation) -> str:
    """Every title and address in the nav: each page prints the nav and its neighbours' links."""
    if run.nav is None or run.nav[0] is not nav:
        run.nav = (nav, _digest(_nav_items(nav.items)))
    return run.nav[1]


def _nav_items(items: Any) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if isinstance(item, Section):
            out.append(("section", item.title, _nav_items(item.children)))
        elif isinstance(item, Page):
            out.append(("page", item.title, item.url, item.file.src_uri))
        else:
            out.append((type(item).__name__, item.title, getattr(item, "url", None)))
    return out


def _toc_stamp(toc: Any) -> list[Any]:
    return [(i.title, i.id, i.level, _toc_stamp(i.children)) for i in toc]


def _theme_stamp(theme: Theme) -> str:
    """Every file of the theme's folders, once per build; hidden folders (Material's icons) only in custom_dir."""
    if _state.theme is None or _state.theme[0] is not theme:
        _state.theme = (theme, _digest(theme.dirs, _theme_files(theme)))
    return _state.theme[1]


def _theme_files(theme: Theme) -> list[tuple[str, int, int]]:
    stamp: list[tuple[str, int, int]] = []
    for folder in theme.dirs:
        for parent, subfolders, names in os.walk(folder):
            if folder != theme.custom_dir:
                subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            subfolders.sort()
            for name in sorted(names):
                stat = os.stat(os.path.join(parent, name))
                stamp.append((os.path.join(parent, name), stat.st_mtime_ns, stat.st_size))
    return stamp


def _files_stamp(files: Files) -> list[tuple[str, str, str, str]]:
    return [(f.src_uri, f.dest_uri, f.url, f.inclusion.name) for f in files]


def _config_file(config: MkDocsConfig) -> bytes:
    path = config.config_file_path
    return Path(path).read_bytes() if path and Path(path).is_file() else b""


def _today() -> str:
    return datetime.date.today().isoformat()


def _stable(value: Any, depth: int = 0) -> Any:
    """The config as plain data: plugins by their settings, modules by name."""
    if depth > 30:
        return "..."
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Theme):
        return ("theme", value.name, list(value.dirs), _stable(dict(value), depth + 1))
    if isinstance(value, Mapping):
        return [(repr(k), _stable(v, depth + 1)) for k, v in value.items()]
    if isinstance(value, list | tuple):
        return [_stable(v, depth + 1) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(repr(_stable(v, depth + 1)) for v in value)
    settings = getattr(value, "config", None)
    if isinstance(settings, Mapping):
        return (type(value).__qualname__, _stable(settings, depth + 1))
    name = getattr(value, "__name__", None)
    if name is not None:
        return (type(value).__qualname__, name)
    text = repr(value)
    return (type(value).__qualname__, text if " at 0x" not in text else "")


def _digest(*parts: Any) -> str:
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


@contextmanager
def _captured() -> Iterator[list[logging.LogRecord]]:
    """What this thread logs meanwhile (info and up), to log again when the step is skipped."""
    records: list[logging.LogRecord] = []
    handler = _Collect(records)
    _LOGGER.addHandler(handler)
    try:
        yield records
    finally:
        _LOGGER.removeHandler(handler)


class _Collect(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.INFO)
        self.records = records
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.records.append(record)


def _replay(records: list[logging.LogRecord]) -> None:
    for record in records:
        logging.getLogger(record.name).handle(record)
