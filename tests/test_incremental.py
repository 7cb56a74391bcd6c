"""Serving reuses unchanged pages (hooks/explainer_incremental.py), and never serves a stale one.

`mkdocs serve` runs in a copy of the project; each step edits the copy, starts
a clean `mkdocs build --strict` of it, waits until the server has rebuilt and is
quiet, then fetches every file of the clean build from the server and compares bytes:
pages, search/search_index.json, the feed, the open data, the sitemap (its
.gz too: its date is the build's day, the same for both). The only change
allowed is the livereload script the server adds before each page's </body>.
A file an earlier step built and this one does not (a deleted note's page)
must be gone from the server.

EXPLAINER_BUILDER=properdocs runs it with ProperDocs (the fork of MkDocs 1.6)
instead of MkDocs, in an environment that has it installed.

The broken note cannot be compared with `mkdocs build --strict`, which refuses
it: that step is compared with a full build as the server makes one (problems
shown on the pages), without any reuse.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from plumbing import Served, copy_project, free_port, mkdocs_env, mkdocs_serve

BUILDER = os.environ.get("EXPLAINER_BUILDER", "mkdocs")
"""The command that builds and serves: mkdocs, or properdocs."""
SETTLED = 90.0
"""Seconds within which the server must have rebuilt after an edit: a ceiling for "it rebuilt",
not a speed bar (a busy machine is slow, not wrong)."""
QUIET = 1.5
"""Seconds without a new build before the served site counts as settled (the server polls
for changes every 0.05 to 0.5 s)."""
_LIVERELOAD = re.compile(rb"<script>\nvar livereload = function\(epoch, requestId\).*?</script>(?=</body>)", re.DOTALL)
_SERVING_BUILD = """
import sys
if sys.argv[4] == "properdocs":
    import properdocs.replacement  # mkdocs.* imports get ProperDocs, as its command line does
from mkdocs.commands.build import build
from mkdocs.config import load_config

config = load_config(sys.argv[1], site_dir=sys.argv[2])
config.site_url = sys.argv[3]
# What `mkdocs serve` builds (problems shown on the pages, not fatal), from scratch:
# with --dirty the hooks reuse nothing, and a single build is a full one.
config.plugins.on_startup(command="serve", dirty=True)
build(config, serve_url=sys.argv[3])
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`mkdocs serve` as `make serve` runs it, in a copy of the project, its site_url its own address
    (as the clean builds get it): the sitemap and canonical links are compared too."""
    root = copy_project(tmp_path_factory.mktemp("incremental") / "project")
    _date_every_note_earlier(root)
    port = free_port()
    env = mkdocs_env(root / "hooks", SITE_URL=f"http://127.0.0.1:{port}/")
    with mkdocs_serve(root, "--livereload", env=env, program=BUILDER, port=port) as served:
        _settle(served, 0)
        yield served


def _builds(served: Served) -> tuple[int, int]:
    """(builds started, builds finished) by the server so far, from its log.

    MkDocs logs "Documentation built in 1.52 seconds" only the first time (a duplicate filter):
    the server's "Reloading browsers" after each rebuild counts instead."""
    text = served.log.read_text(encoding="utf-8", errors="replace")
    finished = int("Serving on" in text) + text.count("Reloading browsers")
    return text.count("Building documentation..."), finished + text.count("An error happened during the rebuild")


def _settle(served: Served, before: int) -> int:
    """Wait until the server has finished more than `before` builds and started no other for QUIET s."""
    start = time.monotonic()
    seen, quiet_since = (-1, -1), time.monotonic()
    while time.monotonic() - start < SETTLED:
        now = _builds(served)
        if now != seen:
            seen, quiet_since = now, time.monotonic()
        elif now[1] > before and now[0] == now[1] and time.monotonic() - quiet_since >= QUIET:
            assert "An error happened during the rebuild" not in served.log.read_text(encoding="utf-8")
            return now[1]
        time.sleep(0.1)
    raise AssertionError(f"the server did not settle after build {before}:\n{served.log.read_text()[-3000:]}")


def _start_clean_build(served: Served, site: Path, as_served: bool) -> subprocess.Popen[str]:
    """A clean build of the served copy into site, started at once: it runs beside the server's
    rebuild (both only read the copy) instead of after it."""
    if as_served:
        config = str(served.root / "mkdocs.yml")
        command = [sys.executable, "-c", _SERVING_BUILD, config, str(site), served.url, BUILDER]
    else:
        command = [sys.executable, "-m", BUILDER, "build", "--strict", "-d", str(site)]
    return subprocess.Popen(
        command,
        cwd=served.root,
        env=mkdocs_env(served.root / "hooks", SITE_URL=served.url),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _finish(build: subprocess.Popen[str]) -> None:
    output, _ = build.communicate(timeout=SETTLED * 2)
    assert build.returncode == 0, output


def _get(url: str) -> bytes | None:
    """The served bytes, or None for a 404."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            body: bytes = response.read()
            return body
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise


def _differences(served: Served, site: Path, gone: set[str]) -> list[str]:
    """Every file of the clean site that the server serves differently, and every gone file it still serves."""
    found: list[str] = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = path.relative_to(site).as_posix()
        body = _get(served.url + urllib.parse.quote(name))
        if body is not None and name.endswith(".html"):
            body, injected = _LIVERELOAD.subn(b"", body)
            assert injected == 1, f"{name}: the server did not add its livereload script once"
        if body is None:
            found.append(f"{name}: not served")
        elif body != path.read_bytes():
            found.append(f"{name}: {_first_difference(body, path.read_bytes())}")
    found += [f"{name}: still served after its note went" for name in sorted(gone) if _get(served.url + name)]
    return found


def _first_difference(served: bytes, built: bytes) -> str:
    at = next((n for n, (a, b) in enumerate(zip(served, built, strict=False)) if a != b), min(len(served), len(built)))
    return f"served {served[max(0, at - 60) : at + 60]!r}, built {built[max(0, at - 60) : at + 60]!r}"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path}: {old!r} not found"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BOLIVIA = "content/actors/bolivia.md"
_ADDED = " It is one example, as is [[china]].^[analysis]"
"""A sentence added to the end of Bolivia's body: the edits touch its body, whatever the notes say."""
_UPDATED = re.compile(r'^updated: "[0-9-]+"$', re.MULTILINE)


def _date_every_note_earlier(root: Path) -> None:
    """Every note updated on 1 January 2026, so that an edit dated today is newer than all of them."""
    for path in (root / "content").rglob("*"):
        if path.suffix in (".md", ".yml"):
            text = path.read_text(encoding="utf-8")
            path.write_text(_UPDATED.sub('updated: "2026-01-01"', text), encoding="utf-8")


def _body(root: Path) -> None:
    path = root / BOLIVIA
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + _ADDED + "\n", encoding="utf-8")


def _name(root: Path) -> None:
    _edit(root / "content/actors/bolivia.md", "name: Bolivia", "name: Bolivia (the Plurinational State)")


def _updated(root: Path) -> None:
    # Newer than every other note (see _date_every_note_earlier): every page's "Last updated" and dates change.
    _edit(root / BOLIVIA, 'updated: "2026-01-01"', f'updated: "{_dt.date.today().isoformat()}"')


def _new_note(root: Path) -> None:
    (root / "content/actors/paraguay.md").write_text(
        '---\nname: Paraguay\nkind: country\nrole: "A country of South America^[context: general knowledge]"\n'
        "aliases: [Asunción]\nsources: [the-week]\n---\nParaguay borders [[bolivia]].^[context: general knowledge]\n",
        encoding="utf-8",
    )


def _deleted_note(root: Path) -> None:
    (root / "content/actors/paraguay.md").unlink()


_QUOTE = "they are tasked with the practical implementation"


def _broken_note(root: Path) -> None:
    _edit(root / "content/quotes.yml", _QUOTE, "they are tasked with the implementation")


def _fixed_note(root: Path) -> None:
    _edit(root / "content/quotes.yml", "they are tasked with the implementation", _QUOTE)


def _term(root: Path) -> None:
    # Shown in the tooltip of every use of "coup" (the background, actors' pages, the home page...).
    _edit(root / "content/terms/coup.md", "often by the military.", "often by the armed forces.")


def _seed(root: Path) -> None:
    seed = root / "seeds/russian-troops-in-venezuela.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA paragraph added to the copy's seed.\n", encoding="utf-8")


def _hand_written(root: Path) -> None:
    _edit(root / "docs/index.md", "## The short answer", "## The short answer, in brief")


def _config(root: Path) -> None:
    _edit(root / "mkdocs.yml", "who backs whom, and the competing", "who backs whom and the competing")


def _theme(root: Path) -> None:
    # The server does not watch overrides/: a note's edit makes it rebuild.
    _edit(root / "overrides/main.html", '<meta charset="utf-8">', '<meta charset="utf-8"><!-- edited -->')
    _edit(root / BOLIVIA, _ADDED, "")


STEPS: list[tuple[str, Callable[[Path], None], bool]] = [
    ("one note's body", _body, False),
    ("an actor's name, in every page's nav", _name, False),
    ("a note's updated date, on every page", _updated, False),
    ("a new note", _new_note, False),
    ("a deleted note", _deleted_note, False),
    ("a broken note, shown while serving", _broken_note, True),
    ("the broken note fixed", _fixed_note, False),
    ("a term's definition, in its tooltip on every page that uses it", _term, False),
    ("the seed", _seed, False),
    ("a hand-written page", _hand_written, False),
    ("mkdocs.yml", _config, False),
    ("a theme override", _theme, False),
]


def test_every_served_file_matches_a_clean_build_after_each_edit(server: Served, tmp_path: Path) -> None:
    builds = _settle(server, 0)
    ever: set[str] = set()
    for number, (step, edit, as_served) in enumerate([("nothing yet", lambda _: None, False), *STEPS]):
        edit(server.root)
        site = tmp_path / f"clean-{number}"
        clean = _start_clean_build(server, site, as_served)
        try:
            if number:
                builds = _settle(server, builds)
        except BaseException:
            clean.kill()
            clean.wait()
            raise
        _finish(clean)
        names = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
        different = _differences(server, site, ever - names)
        assert _builds(server)[1] == builds, f"after {step}: the server rebuilt while its files were compared"
        assert not different, f"after {step}, served files differ from a clean build:\n" + "\n".join(different[:10])
        ever |= names


# In-process: which pages a rebuild converts and renders again. The comparison above
# would pass if nothing were ever reused; this says what is.

_BOLIVIA_AND_NAMED = {"actors/bolivia.md", "actors/china.md"}
"""Bolivia's page, and China's, which lists where it is named."""
_SOME_WITH_BOLIVIA = {"actors/bolivia.md", "..."}
"""Bolivia's page and some others (those whose Markdown names Bolivia), not every page."""
REBUILT: list[tuple[str, Callable[[Path], None] | None, set[str] | None, set[str] | None]] = [
    ("no change", None, set(), set()),
    # Its page, and the page of the actor the new sentence names (it shows where it is named).
    ("one note's body", _body, _BOLIVIA_AND_NAMED, _BOLIVIA_AND_NAMED),
    # Its page's title changes, and a page title may stand on every page (the nav, previous and next):
    # every page is rendered again; converted again are the pages whose Markdown holds the name.
    ("an actor's name, a page title", _name, _SOME_WITH_BOLIVIA, None),
    (
        "a theme override",
        lambda root: _edit(root / "overrides/main.html", "<meta charset", "<meta  charset"),
        set(),
        None,
    ),
]
"""(edit, pages converted from Markdown again, pages rendered with the theme again; None: every page)."""


def test_a_rebuild_while_serving_converts_and_renders_only_the_pages_an_edit_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if BUILDER == "properdocs":
        import properdocs.replacement  # noqa: F401 - mkdocs.* imports get ProperDocs, as its command line does
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import explainer_incremental

    root = tmp_path / "project"
    copy_project(root)
    converted: list[str] = []
    rendered: list[str] = []
    convert, render = explainer_incremental._ORIGINAL_RENDER, explainer_incremental._ORIGINAL_BUILD_PAGE
    monkeypatch.setattr(
        explainer_incremental,
        "_ORIGINAL_RENDER",
        lambda page, *a: [converted.append(page.file.src_uri), convert(page, *a)],
    )
    monkeypatch.setattr(
        explainer_incremental,
        "_ORIGINAL_BUILD_PAGE",
        lambda page, *a: [rendered.append(page.file.src_uri), render(page, *a)],
    )

    def rebuild() -> None:
        converted.clear()
        rendered.clear()
        config = load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
        build(config, serve_url="http://127.0.0.1:8000/")

    first = load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    first.plugins.on_startup(command="serve", dirty=False)
    try:
        rebuild()
        every = set(rendered)
        assert set(converted) == every and "actors/bolivia.md" in every
        for step, edit, again_converted, again_rendered in REBUILT:
            if edit is not None:
                edit(root)
            rebuild()
            if again_converted is _SOME_WITH_BOLIVIA:
                assert "actors/bolivia.md" in converted and set(converted) < every, step
            else:
                assert sorted(converted) == sorted(every if again_converted is None else again_converted), step
            assert sorted(rendered) == sorted(every if again_rendered is None else again_rendered), step
    finally:
        monkeypatch.undo()  # first: shutting down puts back what the adapter wrapped, which must not be a lambda
        first.plugins.on_shutdown()


def test_the_build_loop_is_the_one_the_adapter_wraps() -> None:
    """MkDocs 1.6.1 and ProperDocs 1.6.7: if an upgrade fails this, re-read their commands/build.py and
    structure/pages.py and adapt hooks/explainer_incremental.py. Until then serving rebuilds every page
    (and says so): slow, not wrong."""
    if BUILDER == "properdocs":
        import properdocs.replacement  # noqa: F401 - mkdocs.* imports get ProperDocs
    import explainer_incremental

    assert explainer_incremental.fits()
    assert explainer_incremental._FITS


def test_the_server_polls_faster_and_keeps_every_watch(tmp_path: Path) -> None:
    from mkdocs.livereload import LiveReloadServer

    import explainer_polling

    (tmp_path / "notes").mkdir()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(tmp_path / "notes"))
    server.watch(str(tmp_path / "notes"))
    assert server.observer.timeout == 0.5

    explainer_polling.watch_faster(server, later=[str(tmp_path)])

    assert server.observer.timeout == server.build_delay == explainer_polling.POLL_SECONDS[0]
    assert server._watched_paths == {str(tmp_path / "notes"): 2}
    assert [e.watch.path for e in server.observer.emitters] == [str(tmp_path / "notes")]
    server.server_close()
