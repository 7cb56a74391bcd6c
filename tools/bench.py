"""Benchmarks: what our hooks cost against plain Material, how the cost grows, what an editor waits.

    make bench            # every figure in docs-engine/benchmarks.md (several minutes)
    make bench QUICK=1    # smaller sizes and fewer runs, about a minute

Prints Markdown tables (docs-engine/benchmarks.md carries a copy) and writes the raw
figures to bench-out/results.json. Every build runs in a fresh interpreter
(tools/bench_build.py), so start-up counts the same on both sides of every
comparison; edit to page runs under `mkdocs serve` (tools/reload_time.py); the
closest passage against long seeds in a time-limited child
(tools/bench_closest.py).
"""

from __future__ import annotations

import argparse
import gzip
import json
import posixpath
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "hooks")]

import reload_time  # noqa: E402 - after the path set-up above
import synth  # noqa: E402
from bench_build import (  # noqa: E402
    ENV,
    Builds,
    Run,
    Steps,
    build,
    child_hooks,
    count_notes,
    instructions,
    median,
    plain_project,
    run_check,
    time_hooks,
)
from bench_closest import Closest, time_closest  # noqa: E402
from plumbing import ROOT, Machine, is_remote, machine, page_loads  # noqa: E402

from explainer.search import IndexSize, measure_index  # noqa: E402

GZIP_LEVEL = 6
"""Apache's default and a common server setting; nginx defaults to 1 (larger files)."""


@dataclass(frozen=True)
class Plan:
    """How much to run: the full run, or the quick one."""

    overhead_runs: int
    count_instructions: bool
    """Also count the instructions of the overhead's builds (bench_build.instructions: about 80 s more)."""
    sizes: tuple[int, ...]
    build_repeats: int
    hooks_repeats: int
    check_repeats: int
    actor_counts: tuple[int, ...]
    edits: int
    edit_notes: tuple[int, ...]
    """Synthetic sets timed from edit to page, beside the real notes."""
    seed_sizes: tuple[int, ...]
    closest_limit_s: float


FULL = Plan(
    overhead_runs=5,
    count_instructions=True,
    sizes=(10, 100, 1000, 5000),
    build_repeats=3,
    hooks_repeats=3,
    check_repeats=5,
    actor_counts=(10, 60, 5000),
    edits=10,
    edit_notes=(1000,),
    seed_sizes=(310_000, 1_000_000, 5_000_000),
    closest_limit_s=60,
)
QUICK = Plan(
    overhead_runs=2,
    count_instructions=False,
    sizes=(10, 100, 300),
    build_repeats=1,
    hooks_repeats=1,
    check_repeats=3,
    actor_counts=(10, 60, 300),
    edits=3,
    edit_notes=(),
    seed_sizes=(1_000_000,),
    closest_limit_s=15,
)
NAV_OTHER_NOTES = 100
"""Notes of the other kinds beside the actors in the nav test: the same at every actor count."""


@contextmanager
def scratch(name: str) -> Iterator[Path]:
    """A temporary folder, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class Overhead:
    """The real site with our hooks against the same pages through plain Material, without and with
    our theme overrides (the second is issue 13's measure: it counts the hooks alone)."""

    hooks: Builds
    plain: Builds
    themed: Builds
    instructions: tuple[int, int] | None = None
    """Instructions one build executes, with our hooks and through plain Material with our theme overrides
    (bench_build.instructions); None when they were not counted."""

    @property
    def cpu_ratio(self) -> float:
        return self.hooks.cpu_s / self.plain.cpu_s

    @property
    def wall_ratio(self) -> float:
        return self.hooks.wall_s / self.plain.wall_s

    @property
    def themed_cpu_ratio(self) -> float:
        return self.hooks.cpu_s / self.themed.cpu_s

    @property
    def instructions_ratio(self) -> float | None:
        return self.instructions[0] / self.instructions[1] if self.instructions else None


def overhead(runs: int, keep_site: Path | None = None, *, count: bool = False) -> Overhead:
    """Builds with our hooks, through plain Material, and through plain Material with our theme overrides,
    in turn; with count, also the instructions of one build with our hooks and one with our overrides."""
    with scratch("plain") as folder:
        real_site, plain_site, themed_site = folder / "site-hooks", folder / "site-plain", folder / "site-themed"
        # Not counted: these warm the disk cache and .pyc files, and the first captures our pages.
        build(ROOT / "mkdocs.yml", real_site, capture=folder / "captured")
        plain_config = plain_project(folder / "plain", folder / "captured")
        themed_config = plain_project(folder / "themed", folder / "captured", overrides=True)
        build(plain_config, plain_site)
        build(themed_config, themed_site)
        ours, plain, themed = [], [], []
        for _ in range(runs):
            ours.append(build(ROOT / "mkdocs.yml", real_site))
            plain.append(build(plain_config, plain_site))
            themed.append(build(themed_config, themed_site))
        if keep_site is not None:
            shutil.copytree(real_site, keep_site)
        counted = None
        if count:
            hooks_count = instructions(ROOT / "mkdocs.yml", real_site)
            themed_count = instructions(themed_config, themed_site)
            counted = (hooks_count, themed_count) if hooks_count and themed_count else None
    return Overhead(Builds(tuple(ours)), Builds(tuple(plain)), Builds(tuple(themed)), counted)


@dataclass(frozen=True)
class Growth:
    """One synthetic set: the package's steps and, unless only those were timed, whole builds."""

    notes: int
    steps: Steps
    builds: Builds | None = None
    checks: tuple[Run, ...] = ()
    """`python -m explainer check` runs, at the largest size only."""

    @property
    def per_note_ms(self) -> float:
        return self.steps.total_s / self.notes * 1000

    @property
    def own_share(self) -> float:
        """The package's load, check and render as a share of the whole build's CPU time."""
        return self.steps.total_s / self.builds.cpu_s if self.builds else 0.0

    @property
    def hooks_share(self) -> float:
        """All our handlers as a share of the whole build's CPU time."""
        return self.builds.hooks_cpu_s / self.builds.cpu_s if self.builds else 0.0

    @property
    def hooks_share_wall(self) -> float:
        return self.builds.hooks_s / self.builds.wall_s if self.builds else 0.0


def growth(plan: Plan, builds: bool = True) -> list[Growth]:
    """At each size: the package's load/check/render, and the whole build and the check command."""
    rows = []
    for size in plan.sizes:
        with scratch(f"n{size}") as project:
            notes = sum(synth.make_project(project, size).values())
            steps = Steps.median_of([time_hooks(project) for _ in range(plan.hooks_repeats)])
            if not builds:
                rows.append(Growth(notes, steps))
                continue
            done = Builds(tuple(build(project / "mkdocs.yml", project / "site") for _ in range(plan.build_repeats)))
            checks = [run_check(project) for _ in range(plan.check_repeats)] if size == max(plan.sizes) else []
        rows.append(Growth(notes, steps, done, tuple(checks)))
    return rows


@dataclass(frozen=True)
class PageWeight:
    """One page: its HTML, and the gzip bytes of the HTML with every stylesheet and script it loads."""

    page: str
    html_bytes: int
    first_load_gzip_bytes: int


def page_weight(site: Path) -> tuple[list[PageWeight], list[str]]:
    """Every page but 404.html, and the files any page loads from another host."""
    packed: dict[Path, int] = {}

    def gz(path: Path) -> int:
        if path not in packed:
            packed[path] = len(gzip.compress(path.read_bytes(), GZIP_LEVEL))
        return packed[path]

    pages, external = [], set()
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if rel == "404.html":
            continue
        first_load = gz(page)
        loads = page_loads(page.read_text(encoding="utf-8"))
        wanted = [x.url for x in loads if x.tag == "script" or (x.tag == "link" and "stylesheet" in x.rels)]
        for ref in dict.fromkeys(wanted):
            if is_remote(ref):
                external.add(ref)
                continue
            path = ref.split("?")[0].split("#")[0]
            first_load += gz(site / posixpath.normpath(posixpath.join(posixpath.dirname(rel), path)))
        pages.append(PageWeight(rel, page.stat().st_size, first_load))
    return pages, sorted(external)


NAV_PAGES = ("index.html", "background/index.html", "timeline/index.html", "glossary/index.html", "quotes/index.html")
"""Pages whose content does not depend on the number of actors: their size shows the nav's."""
LIST_PAGES = ("actors/index.html", "who-backs-whom/index.html")
"""Pages that list every actor, and so grow with them by design."""


@dataclass(frozen=True)
class NavSizes:
    """HTML bytes of pages at one number of actors, the other notes the same."""

    actors: int
    pages: int
    sizes: dict[str, int]
    actor_page_median: float


def nav_flatness(actor_counts: tuple[int, ...]) -> list[NavSizes]:
    rows = []
    for actors in actor_counts:
        with scratch(f"a{actors}") as project:
            synth.make_project(project, NAV_OTHER_NOTES, actors=actors)
            done = build(project / "mkdocs.yml", project / "site")
            site = project / "site"
            sizes = {page: (site / page).stat().st_size for page in NAV_PAGES + LIST_PAGES}
            actor_pages = [float(p.stat().st_size) for p in (site / "actors").glob("*/index.html")]
        rows.append(NavSizes(actors, done.pages, sizes, median(actor_pages)))
    return rows


@dataclass(frozen=True)
class Results:
    """Every figure of one run of the benchmark."""

    machine: Machine
    mode: str
    real_notes: int
    overhead: Overhead
    growth: list[Growth]
    check_real: tuple[Run, ...]
    pages: list[PageWeight]
    external: list[str]
    search_index: IndexSize
    nav: list[NavSizes]
    edits: list[reload_time.EditToPage]
    closest: list[Closest]
    bench_s: float = 0.0


def measure(plan: Plan, mode: str, progress: Callable[[str], None] = lambda _: None) -> Results:
    """Every measurement of the plan."""
    started, at_start = time.perf_counter(), machine()
    with scratch("real") as folder:
        progress(
            f"overhead: {plan.overhead_runs} builds each with our hooks, through plain Material, and with our overrides"
            + (", then their instructions under valgrind" if plan.count_instructions else "")
        )
        over = overhead(plan.overhead_runs, keep_site=folder / "site", count=plan.count_instructions)
        pages, external = page_weight(folder / "site")
        index = measure_index((folder / "site" / "search" / "search_index.json").read_bytes())
    progress("check command on the real notes")
    checks = tuple(run_check(ROOT) for _ in range(plan.check_repeats))
    progress(f"growth: {', '.join(str(n) for n in plan.sizes)} notes")
    grown = growth(plan)
    progress(f"page size at {', '.join(str(n) for n in plan.actor_counts)} actors")
    nav = nav_flatness(plan.actor_counts)
    edits = []
    for notes in (None, *plan.edit_notes):
        progress(f"edit to page, {plan.edits} edits: {f'{notes} synthetic notes' if notes else 'the real notes'}")
        with scratch("edit") as folder:
            if notes is None:
                edits.append(reload_time.real_notes(folder, plan.edits, plan.build_repeats))
            else:
                edits.append(reload_time.synthetic_notes(folder, notes, plan.edits, plan.build_repeats))
    progress(f"closest passage against seeds of {', '.join(f'{n:,}' for n in plan.seed_sizes)} bytes")
    closest = time_closest(plan.seed_sizes, plan.closest_limit_s, ENV)
    return Results(
        at_start,
        mode,
        count_notes(ROOT),
        over,
        grown,
        checks,
        pages,
        external,
        index,
        nav,
        edits,
        closest,
        time.perf_counter() - started,
    )


def main(argv: list[str] | None = None) -> int:
    from bench_report import report, report_hooks_only

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs: about a minute")
    parser.add_argument(
        "--hooks-only",
        action="store_true",
        help="time only the package's load, check and render at each size (the package PYTHONPATH names first)",
    )
    parser.add_argument(
        "--json", type=Path, default=ROOT / "bench-out" / "results.json", help="where to write raw figures"
    )
    parser.add_argument("--child-hooks", metavar="PROJECT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_hooks:
        child_hooks(args.child_hooks)
        return 0
    plan, mode = (QUICK, "quick") if args.quick else (FULL, "full")
    if args.hooks_only:
        print(report_hooks_only(growth(plan, builds=False), plan.hooks_repeats, mode))
        return 0
    results = measure(plan, mode, lambda what: print(f"... {what}", file=sys.stderr, flush=True))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(asdict(results), indent=1), encoding="utf-8")
    print(report(results))
    print(f"({mode} run took {results.bench_s:.0f} s; raw figures in {args.json})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
