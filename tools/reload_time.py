"""Edit to page: how long an editor waits under `make serve` to see a sentence they saved.

    .venv/bin/python tools/reload_time.py [--notes 1000] [--edits 10] [--no-browser]

In a copy of the project (or a synthetic set of --notes notes, tools/synth.py)
under `mkdocs serve --livereload`, writes one new sentence into a note's body
(content/actors/maria-zakharova.md; actor-1 in a synthetic set) --edits times,
and times from the file written to (a) the served page holding the sentence
and (b) a Chromium tab open on that page having reloaded and showing it. For
scale: the same edit to the same page through plain Material (its Markdown
edited, under `mkdocs serve`), and a full build of each in a fresh
interpreter. `make bench` runs this at the real notes and at 1,000 synthetic
notes; this script prints one such section. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "hooks")]

import synth  # noqa: E402 - after the path set-up above
from bench_build import Builds, build, count_notes, median, plain_project  # noqa: E402
from plumbing import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_FLAGS,
    ROOT,
    copy_project,
    load_average,
    machine,
    mkdocs_env,
    mkdocs_serve,
    seconds_until,
    seconds_until_shown,
)

REAL_NOTE = "actors/maria-zakharova"
SYNTHETIC_NOTE = "actors/actor-1"
EDIT_TIMEOUT = 180.0
"""Seconds an edit may take to show before the measurement gives up (a very busy machine)."""
SETTLE = 1.0
"""Seconds between edits: the tab's scripts load, the server goes idle."""


@dataclass(frozen=True)
class Edit:
    """One saved sentence."""

    served_s: float
    """From the file written to the served page holding the sentence."""
    tab_s: float | None
    """From the file written to the open tab showing it (None: no browser)."""
    built_s: float | None
    """The server's own figure for that rebuild ("Documentation built in …")."""
    cpu_s: float | None
    """The server's CPU time from the write to the page served: the work, without the waiting."""


@dataclass(frozen=True)
class Edits:
    """Several edits under one `mkdocs serve`."""

    runs: tuple[Edit, ...]
    first_build_s: float
    """The server's first build, before any edit."""
    load: tuple[float, float]
    """The one-minute load average before the first edit and after the last."""

    def served(self) -> list[float]:
        return [e.served_s for e in self.runs]

    def tab(self) -> list[float]:
        return [e.tab_s for e in self.runs if e.tab_s is not None]

    def built(self) -> list[float]:
        return [e.built_s for e in self.runs if e.built_s is not None]

    def cpu(self) -> list[float]:
        return [e.cpu_s for e in self.runs if e.cpu_s is not None]


@dataclass(frozen=True)
class EditToPage:
    """Edit to page for one project, with its full builds for scale."""

    label: str
    notes: int
    page: str
    hooks: Edits
    plain: Edits
    """The same edit to the same page through plain Material."""
    build: Builds
    """Full builds with our hooks, each in a fresh interpreter."""
    plain_build: Builds

    @property
    def share(self) -> float:
        """The median edit to the served page, as a share of a full build (wall time)."""
        return median(self.hooks.served()) / self.build.wall_s

    @property
    def cpu_share(self) -> float | None:
        """The server's CPU time for an edit, as a share of a full build's CPU time."""
        return median(self.hooks.cpu()) / self.build.cpu_s if self.hooks.cpu() else None


def edit_to_page(
    label: str, project: Path, note_id: str, edits: int, repeats: int = 1, browser: bool = True
) -> EditToPage:
    """Measure project (a throwaway copy: its note is edited) and its plain Material twin."""
    page = note_id + "/"
    work = project.parent
    config = project / "mkdocs.yml"
    build(config, work / "site", capture=work / "captured")  # warms the caches; captures the nav
    plain_config = plain_project(work / "plain", work / "captured", root=project)
    ours, plain = [], []
    for _ in range(repeats):
        ours.append(build(config, work / "site"))
        plain.append(build(plain_config, work / "plain-site"))
    hooks_env = mkdocs_env(project / "hooks" if (project / "hooks").is_dir() else ROOT / "hooks")
    return EditToPage(
        label,
        count_notes(project),
        page,
        time_edits(project, project / "content" / f"{note_id}.md", page, edits, browser, hooks_env),
        time_edits(work / "plain", work / "plain" / "docs" / f"{note_id}.md", page, edits, browser, mkdocs_env()),
        Builds(tuple(ours)),
        Builds(tuple(plain)),
    )


def time_edits(project: Path, note: Path, page: str, edits: int, browser: bool, env: dict[str, str]) -> Edits:
    """Under `mkdocs serve` in project, write a sentence into note edits times; time each to page."""
    original = note.read_text(encoding="utf-8").rstrip("\n")
    token = time.time_ns() % 1_000_000
    runs, load_before = [], load_average()
    with (
        mkdocs_serve(project, "--livereload", env=env) as served,
        _tab(served.url + page if browser else None) as tab,
        ThreadPoolExecutor(1) as poller,
    ):
        url = served.url + page
        seconds_until_shown(url, "</html>", EDIT_TIMEOUT)
        for n in range(edits):
            if n:
                time.sleep(SETTLE)
            before, cpu_before = len(served.build_times()), served.cpu_s()
            marker = f"benchedit{n}x{token}"
            since = time.monotonic()
            # In a voice, as every sentence must be: an unmarked one is a problem shown on every page.
            note.write_text(
                f"{original}\n\nThis sentence is edit {n + 1}, marked {marker}.^[analysis]\n", encoding="utf-8"
            )
            # The served page is polled beside the tab, both from the moment the file was written.
            serving = poller.submit(seconds_until_shown, url, marker, EDIT_TIMEOUT, since)
            tab_s = tab(marker, since) if tab else None
            served_s = serving.result()
            built, cpu_after = served.build_times(), served.cpu_s()  # logged before the page is let out
            cpu_s = cpu_after - cpu_before if cpu_after is not None and cpu_before is not None else None
            runs.append(Edit(served_s, tab_s, built[before] if len(built) > before else None, cpu_s))
        first = served.build_times()[0]
    return Edits(tuple(runs), first, (load_before, load_average()))


@contextmanager
def _tab(url: str | None) -> Iterator[Callable[[str, float], float] | None]:
    """A Chromium tab open on url, as an editor keeps one: a function timing a marker's arrival in it."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        url = None
    if url is None or not Path(CHROMIUM).exists():
        yield None
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_FLAGS))
        try:
            page = browser.new_page()
            page.goto(url, timeout=EDIT_TIMEOUT * 1000)

            def shows(marker: str, since: float) -> float:
                # The live-reload script reloads the page: while it does, the check fails and is tried again.
                script = "m => document.body !== null && document.body.textContent.includes(m)"
                check: Callable[[], Any] = lambda: page.evaluate(script, marker)  # noqa: E731
                return seconds_until(check, f"the tab on {url} to show {marker!r}", EDIT_TIMEOUT, since, (Error,))

            yield shows
        finally:
            browser.close()


def real_notes(folder: Path, edits: int, repeats: int = 1, browser: bool = True) -> EditToPage:
    """Edit to page at the real notes, in a copy of the project under folder."""
    project = copy_project(folder / "project")
    return edit_to_page("the real notes", project, REAL_NOTE, edits, repeats, browser)


def synthetic_notes(folder: Path, notes: int, edits: int, repeats: int = 1, browser: bool = True) -> EditToPage:
    """Edit to page at a synthetic set of notes, under folder."""
    project = folder / "project"
    synth.make_project(project, notes)
    return edit_to_page("synthetic", project, SYNTHETIC_NOTE, edits, repeats, browser)


def main(argv: list[str] | None = None) -> int:
    import tempfile

    from bench_report import report_edits

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, help="a synthetic set of this many notes instead of the real notes")
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--no-browser", action="store_true", help="time the served page only")
    args = parser.parse_args(argv)
    print(f"Machine: {machine().describe()}.\n")
    with tempfile.TemporaryDirectory(prefix="reload-time-") as folder:
        if args.notes:
            result = synthetic_notes(Path(folder), args.notes, args.edits, browser=not args.no_browser)
        else:
            result = real_notes(Path(folder), args.edits, browser=not args.no_browser)
    print("\n".join(report_edits([result])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
