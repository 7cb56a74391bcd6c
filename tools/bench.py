"""Benchmarks: what our hooks cost against plain Material, and how the cost grows.

    make bench            # every figure in docs-engine/benchmarks.md (a few minutes)
    make bench QUICK=1    # smaller sizes and fewer runs, under a minute

Prints Markdown tables (docs-engine/benchmarks.md carries a copy) and writes the raw
figures to bench-out/results.json. Only public tools: time.perf_counter for
wall time, and os.wait4's resource usage of each child process for its peak
memory. Every build runs in a fresh interpreter (`tools/bench.py --child-build`,
which does what `mkdocs build` does and also times our hooks' event handlers),
so start-up is counted the same for both sides of every comparison.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import platform
import posixpath
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "hooks"
# Appended, so that PYTHONPATH can point at another copy of the package (a before/after comparison).
for _folder in (HOOKS, ROOT / "tools"):
    if str(_folder) not in sys.path:
        sys.path.append(str(_folder))

import synth  # noqa: E402 - after the path set-up above

_PATHS = [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
# Builds run as a host runs them: with bytecode kept after the first build. Some
# machines set PYTHONDONTWRITEBYTECODE, which would make every build compile the
# hooks from source while MkDocs and Material load the .pyc files pip wrote.
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPATH": os.pathsep.join([*_PATHS, str(HOOKS)]),
    "PYTHONPYCACHEPREFIX": str(ROOT / "bench-out" / "pycache"),
    "NO_MKDOCS_2_WARNING": "1",
}
GZIP_LEVEL = 6
"""Apache's default and a common server setting; nginx defaults to 1 (larger files)."""


@dataclass(frozen=True)
class Plan:
    """How much to run: the full run, or the quick one."""

    overhead_runs: int
    sizes: tuple[int, ...]
    build_repeats: int
    hooks_repeats: int
    check_repeats: int
    actor_counts: tuple[int, ...]


FULL = Plan(
    overhead_runs=5,
    sizes=(10, 100, 1000, 5000),
    build_repeats=3,
    hooks_repeats=3,
    check_repeats=5,
    actor_counts=(10, 60, 5000),
)
QUICK = Plan(
    overhead_runs=2, sizes=(10, 100, 300), build_repeats=1, hooks_repeats=1, check_repeats=3, actor_counts=(10, 60, 300)
)
NAV_OTHER_NOTES = 100
"""Notes of the other kinds beside the actors in the nav test: the same at every actor count."""


# ---- running children -------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One child process: its wall time, CPU time, peak resident memory and what it printed."""

    wall_s: float
    cpu_s: float
    """User plus system time: on a shared machine, the work without the waiting."""
    peak_mb: float
    stdout: str


def run(cmd: list[str], cwd: Path = ROOT) -> Run:
    """Run cmd to the end; fail loudly with its output if it fails."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=out, stderr=err)  # noqa: S603 - our own commands
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({child.returncode}):\n{stdout}\n{stderr}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout)


@dataclass(frozen=True)
class Build:
    """One whole build in a fresh interpreter."""

    wall_s: float
    """The child process from start to exit: start-up, imports, build."""
    cpu_s: float
    hooks_s: float
    """Wall time spent inside our hooks' on_* handlers during the build."""
    hooks_cpu_s: float
    events_cpu_s: dict[str, float]
    """CPU time in each of our on_* handlers."""
    config_cpu_s: float
    """Importing MkDocs and loading mkdocs.yml, which imports our hooks' modules."""
    peak_mb: float
    pages: int


def build(config: Path, site: Path, capture: Path | None = None) -> Build:
    """Build the site of config into site, in a fresh interpreter.

    With capture, also write there the nav our hooks made (nav.json, for plain_project).
    """
    shutil.rmtree(site, ignore_errors=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child-build", str(config), str(site)]
    done = run([*cmd, "--capture", str(capture)] if capture else cmd, cwd=config.parent)
    inside = json.loads(done.stdout.strip().splitlines()[-1])
    pages = sum(1 for _ in site.rglob("*.html"))
    return Build(
        done.wall_s,
        done.cpu_s,
        inside["hooks_s"],
        inside["hooks_cpu_s"],
        inside["events_cpu_s"],
        inside["config_cpu_s"],
        done.peak_mb,
        pages,
    )


def _child_build(config: str, site: str, capture: str | None) -> None:
    """What `mkdocs build` does, with our hooks' handlers timed; prints one JSON line."""
    started = time.process_time()
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    cfg = load_config(config, site_dir=site)
    configured = time.process_time()
    if capture:
        _capture(cfg, Path(capture))
    hook_modules = set(cfg["hooks"]) if "hooks" in cfg else set()
    spent: dict[str, list[float]] = {}

    def timed(event: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start, start_cpu = time.perf_counter(), time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                totals = spent.setdefault(f"on_{event}", [0.0, 0.0])
                totals[0] += time.perf_counter() - start
                totals[1] += time.process_time() - start_cpu

        return wrapper

    for event, methods in cfg.plugins.events.items():
        methods[:] = [timed(event, m) if getattr(m, "__module__", None) in hook_modules else m for m in methods]
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(cfg)
    finally:
        cfg.plugins.on_shutdown()
    result = {
        "hooks_s": sum(wall for wall, _ in spent.values()),
        "hooks_cpu_s": sum(cpu for _, cpu in spent.values()),
        "events_cpu_s": {event: cpu for event, (_, cpu) in sorted(spent.items())},
        "config_cpu_s": configured - started,
    }
    print(json.dumps(result))


def _capture(cfg: Any, folder: Path) -> None:
    """Write the nav as our on_config left it; a handler added last sees it."""

    def keep_nav(config: Any) -> Any:
        (folder / "nav.json").write_text(json.dumps(config.nav or []), encoding="utf-8")
        return config

    folder.mkdir(parents=True, exist_ok=True)
    cfg.plugins.events["config"].append(keep_nav)


def time_hooks(project: Path) -> dict[str, float]:
    """The package's own steps on project's notes, timed in a fresh interpreter (cold caches)."""
    done = run([sys.executable, str(Path(__file__).resolve()), "--child-hooks", str(project)])
    times: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return times


def _child_hooks(project: str) -> None:
    from explainer import check_notes, load_notes
    from explainer.render.site import render_site

    # Load and check timed apart: load_and_check, as the hook calls it, in two steps.
    root = Path(project)
    clock = time.process_time
    start, start_wall = clock(), time.perf_counter()
    loaded = load_notes(root / "content", root / "seeds", root)
    loaded_at = clock()
    problems = loaded.problems + check_notes(loaded.notes, loaded.broken)
    checked_at = clock()
    pages = render_site(loaded.notes)
    rendered_at, rendered_wall = clock(), time.perf_counter()
    if problems:
        raise SystemExit(f"{project}: the notes have {len(problems)} problem(s), first: {problems[0]}")
    print(
        json.dumps(
            {
                "load_s": loaded_at - start,
                "check_s": checked_at - loaded_at,
                "render_s": rendered_at - checked_at,
                "total_s": rendered_at - start,
                "wall_s": rendered_wall - start_wall,
                "pages": len(pages),
                "package": str(Path(sys.modules["explainer"].__file__ or "").parent),
            }
        )
    )


def median_of(values: list[float]) -> float:
    return statistics.median(values)


# ---- the four measurements --------------------------------------------------------------------


@contextmanager
def scratch(name: str) -> Iterator[Path]:
    """A temporary folder, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def plain_project(folder: Path, capture: Path) -> Path:
    """The same pages as plain files, and a mkdocs.yml for plain Material: no hooks, no theme overrides.

    The pages are what the package renders (render_site) and docs/ with its
    blocks and [[links]] filled (fill_page), so both builds show the same
    content. What our hooks add on top (glossary tooltips on every page, share
    tags, the feed and open data) is left out: that is part of what they cost.
    The nav is the one our on_config made, from a build with capture (see build).
    """
    from explainer import read_checked
    from explainer.render.home import fill_page
    from explainer.render.site import render_site

    notes = read_checked(ROOT)
    docs = folder / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for page in docs.rglob("*.md"):
        src_uri = page.relative_to(docs).as_posix()
        filled, problems = fill_page(notes, page.read_text(encoding="utf-8"), src_uri, f"docs/{src_uri}")
        if problems:
            raise RuntimeError(f"docs/{src_uri}: {problems[0]}")
        page.write_text(filled, encoding="utf-8")
    for src_uri, markdown in render_site(notes).items():
        target = docs / src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")
    config = synth.read_config()
    theme = config.get("theme")
    if isinstance(theme, dict):
        config["theme"] = {key: value for key, value in theme.items() if key != "custom_dir"}
    nav = json.loads((capture / "nav.json").read_text(encoding="utf-8"))
    return synth.write_config(folder, config, hooks=False, nav=nav)


def overhead(runs: int, keep_site: Path | None = None) -> dict[str, Any]:
    """The real site with our hooks against the same pages through plain Material, runs alternating."""
    with scratch("plain") as folder:
        real_site, plain_site = folder / "site-hooks", folder / "site-plain"
        # Not counted: these warm the disk cache and .pyc files, and the first captures our pages.
        build(ROOT / "mkdocs.yml", real_site, capture=folder / "captured")
        plain_config = plain_project(folder / "plain", folder / "captured")
        build(plain_config, plain_site)
        ours: list[Build] = []
        plain: list[Build] = []
        for _ in range(runs):
            ours.append(build(ROOT / "mkdocs.yml", real_site))
            plain.append(build(plain_config, plain_site))
        if keep_site is not None:
            shutil.copytree(real_site, keep_site)
    return {
        "runs": runs,
        "hooks_s": [b.wall_s for b in ours],
        "plain_s": [b.wall_s for b in plain],
        "hooks_cpu_s": [b.cpu_s for b in ours],
        "plain_cpu_s": [b.cpu_s for b in plain],
        "ratio": median_of([b.wall_s for b in ours]) / median_of([b.wall_s for b in plain]),
        "cpu_ratio": median_of([b.cpu_s for b in ours]) / median_of([b.cpu_s for b in plain]),
        "in_hooks_s": median_of([b.hooks_s for b in ours]),
        "in_hooks_cpu_s": median_of([b.hooks_cpu_s for b in ours]),
        "events_cpu_s": {e: median_of([b.events_cpu_s.get(e, 0.0) for b in ours]) for e in ours[0].events_cpu_s},
        "hooks_config_cpu_s": median_of([b.config_cpu_s for b in ours]),
        "plain_config_cpu_s": median_of([b.config_cpu_s for b in plain]),
        "hooks_peak_mb": max(b.peak_mb for b in ours),
        "plain_peak_mb": max(b.peak_mb for b in plain),
        "hooks_pages": ours[-1].pages,
        "plain_pages": plain[-1].pages,
    }


def hooks_growth(sizes: tuple[int, ...], repeats: int) -> list[dict[str, Any]]:
    """At each size, the package's load, check and render, each run in a fresh interpreter."""
    rows = []
    for size in sizes:
        with scratch(f"h{size}") as project:
            written = synth.make_project(project, size)
            steps = [time_hooks(project) for _ in range(repeats)]
        rows.append(_hooks_row(written, steps))
    return rows


def _hooks_row(written: dict[str, int], steps: list[dict[str, Any]]) -> dict[str, Any]:
    notes = sum(written.values())
    row: dict[str, Any] = {"notes": notes, "counts": written, "package": steps[0]["package"]}
    for key in ("load_s", "check_s", "render_s", "total_s", "wall_s"):
        row[key] = median_of([s[key] for s in steps])
    row["per_note_ms"] = row["total_s"] / notes * 1000
    return row


def growth(plan: Plan) -> list[dict[str, Any]]:
    """At each size: the package's load/check/render, the whole build, its peak memory, the check command."""
    rows = []
    for size in plan.sizes:
        with scratch(f"n{size}") as project:
            written = synth.make_project(project, size)
            steps = [time_hooks(project) for _ in range(plan.hooks_repeats)]
            builds = [build(project / "mkdocs.yml", project / "site") for _ in range(plan.build_repeats)]
            checks = [run_check(project) for _ in range(plan.check_repeats)] if size == max(plan.sizes) else []
        row = _hooks_row(written, steps)
        row.update(
            {
                "build_s": median_of([b.wall_s for b in builds]),
                "build_cpu_s": median_of([b.cpu_s for b in builds]),
                "in_build_hooks_s": median_of([b.hooks_s for b in builds]),
                "in_build_hooks_cpu_s": median_of([b.hooks_cpu_s for b in builds]),
                "events_cpu_s": {
                    e: median_of([b.events_cpu_s.get(e, 0.0) for b in builds]) for e in builds[0].events_cpu_s
                },
                "peak_mb": max(b.peak_mb for b in builds),
                "pages": builds[-1].pages,
                "check_command_s": median_of([c.wall_s for c in checks]) if checks else None,
                "check_command_cpu_s": median_of([c.cpu_s for c in checks]) if checks else None,
            }
        )
        row["own_share"] = row["total_s"] / row["build_cpu_s"]
        row["hooks_share"] = row["in_build_hooks_cpu_s"] / row["build_cpu_s"]
        row["hooks_share_wall"] = row["in_build_hooks_s"] / row["build_s"]
        rows.append(row)
    return rows


def run_check(project: Path) -> Run:
    """`python -m explainer check` on project, start-up included."""
    return run([sys.executable, "-m", "explainer", "--root", str(project), "check"])


def check_real(repeats: int) -> dict[str, Any]:
    runs = [run_check(ROOT) for _ in range(repeats)]
    return {
        "median_s": median_of([r.wall_s for r in runs]),
        "median_cpu_s": median_of([r.cpu_s for r in runs]),
        "runs_s": [r.wall_s for r in runs],
        "peak_mb": max(r.peak_mb for r in runs),
    }


class _Loads(HTMLParser):
    """The stylesheets and scripts a page loads as it opens."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and (values.get("rel") or "") == "stylesheet" and values.get("href"):
            self.found.append(str(values["href"]))
        elif tag == "script" and values.get("src"):
            self.found.append(str(values["src"]))


def page_weight(site: Path) -> dict[str, Any]:
    """Per page: HTML bytes, and gzip bytes of the HTML with every stylesheet and script it loads."""
    packed: dict[Path, int] = {}

    def gz(path: Path) -> int:
        if path not in packed:
            packed[path] = len(gzip.compress(path.read_bytes(), GZIP_LEVEL))
        return packed[path]

    pages = []
    external: set[str] = set()
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if rel == "404.html":
            continue
        parser = _Loads()
        parser.feed(page.read_text(encoding="utf-8"))
        first_load = gz(page)
        for ref in dict.fromkeys(parser.found):
            if "://" in ref or ref.startswith("//"):
                external.add(ref)
                continue
            path = ref.split("?")[0].split("#")[0]
            first_load += gz(site / posixpath.normpath(posixpath.join(posixpath.dirname(rel), path)))
        pages.append({"page": rel, "html_bytes": page.stat().st_size, "first_load_gzip_bytes": first_load})
    html = [p["html_bytes"] for p in pages]
    loads = [p["first_load_gzip_bytes"] for p in pages]
    home = next((p for p in pages if p["page"] == "index.html"), pages[0])
    return {
        "pages": len(pages),
        "html_median": median_of(html),
        "html_max": max(html),
        "html_max_page": max(pages, key=lambda p: p["html_bytes"])["page"],
        "html_total": sum(html),
        "first_load_median": median_of(loads),
        "first_load_max": max(loads),
        "home": home,
        "external": sorted(external),
        "by_page": pages,
    }


def search_index(site: Path) -> dict[str, Any]:
    """The search index against the text it indexes (the title and text of every entry)."""
    data = (site / "search" / "search_index.json").read_bytes()
    docs = json.loads(data)["docs"]
    text = sum(len((d.get("title", "") + d.get("text", "")).encode()) for d in docs)
    return {
        "entries": len(docs),
        "index_bytes": len(data),
        "index_gzip_bytes": len(gzip.compress(data, GZIP_LEVEL)),
        "text_bytes": text,
        "ratio": len(data) / text if text else 0.0,
    }


NAV_PAGES = ("index.html", "background/index.html", "timeline/index.html", "glossary/index.html", "quotes/index.html")
"""Pages whose content does not depend on the number of actors: their size shows the nav's."""
LIST_PAGES = ("actors/index.html", "who-backs-whom/index.html")
"""Pages that list every actor, and so grow with them by design."""


def nav_flatness(actor_counts: tuple[int, ...]) -> list[dict[str, Any]]:
    """HTML bytes of pages at each number of actors, with the other notes the same."""
    rows = []
    for actors in actor_counts:
        with scratch(f"a{actors}") as project:
            synth.make_project(project, NAV_OTHER_NOTES, actors=actors)
            done = build(project / "mkdocs.yml", project / "site")
            site = project / "site"
            sizes = {page: (site / page).stat().st_size for page in NAV_PAGES + LIST_PAGES}
            actor_pages = [float(p.stat().st_size) for p in (site / "actors").glob("*/index.html")]
        rows.append(
            {
                "actors": actors,
                "pages": done.pages,
                "build_s": done.wall_s,
                "peak_mb": done.peak_mb,
                "sizes": sizes,
                "actor_page_median": median_of(actor_pages),
            }
        )
    return rows


# ---- the report -------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "mkdocs": metadata.version("mkdocs"),
        "material": metadata.version("mkdocs-material"),
        "os": f"{platform.system()} {platform.release()}",
        "load_at_start": f"{load:.2f}",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def _kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _verdict(ok: bool) -> str:
    return "meets the goal" if ok else "**misses the goal**"


def _runs(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def report_overhead(o: dict[str, Any]) -> list[str]:
    return [
        f"### 1. Overhead: the real site with our hooks, and the same pages through plain Material "
        f"({o['runs']} builds each, alternating, each in a fresh interpreter)",
        "",
        "| build | median wall | wall, each run (s) | median CPU | peak memory | pages |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
        f"| with our hooks | {median_of(o['hooks_s']):.2f} s | {_runs(o['hooks_s'])} | {median_of(o['hooks_cpu_s']):.2f} s "
        f"| {o['hooks_peak_mb']:.0f} MB | {o['hooks_pages']} |",
        f"| plain Material | {median_of(o['plain_s']):.2f} s | {_runs(o['plain_s'])} | {median_of(o['plain_cpu_s']):.2f} s "
        f"| {o['plain_peak_mb']:.0f} MB | {o['plain_pages']} |",
        "",
        f"Ratio of medians: **{o['cpu_ratio']:.2f}×** in CPU time, {o['ratio']:.2f}× in wall time "
        f"(goal ≤ 1.25×: {_verdict(o['cpu_ratio'] <= 1.25)}).",
        "",
        "Where the difference goes, median CPU time of the build with hooks: "
        + ", ".join(f"`{event}` {_ms(cpu)}" for event, cpu in o["events_cpu_s"].items())
        + f" (all handlers {_ms(o['in_hooks_cpu_s'])}); loading mkdocs.yml, which imports the hooks' modules: "
        f"{_ms(o['hooks_config_cpu_s'])} against {_ms(o['plain_config_cpu_s'])} without them. The rest is MkDocs "
        "and Material doing more with what the hooks add (the glossary tooltips' `abbr` work on every page, "
        "the theme overrides' templates).",
        "",
    ]


def report_growth(g: list[dict[str, Any]]) -> list[str]:
    lines = [
        "### 2. Growth: synthetic note sets",
        "",
        "| notes | pages | load | check | render | load + check + render | per note | share of build "
        "| all our handlers | share of build | whole build (CPU) | whole build (wall) | peak memory |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in g:
        lines.append(
            f"| {r['notes']:,} | {r['pages']:,} | {_ms(r['load_s'])} | {_ms(r['check_s'])} | {_ms(r['render_s'])} "
            f"| {_ms(r['total_s'])} | {r['per_note_ms']:.2f} ms | {r['own_share']:.1%} "
            f"| {_ms(r['in_build_hooks_cpu_s'])} | {r['hooks_share']:.1%} | {r['build_cpu_s']:.2f} s "
            f"| {r['build_s']:.2f} s | {r['peak_mb']:.0f} MB |"
        )
    lines += ["", *growth_verdicts(g), ""]
    for r in g:
        lines.append(
            f"Our handlers at {r['notes']:,} notes, CPU: "
            + ", ".join(f"`{event}` {_ms(cpu)}" for event, cpu in r["events_cpu_s"].items() if cpu >= 0.0005)
            + "."
        )
    lines.append("")
    return lines


def growth_verdicts(g: list[dict[str, Any]]) -> list[str]:
    steady = [r for r in g if r["notes"] >= 100]
    lines = []
    if len(steady) >= 2:
        per_note = [r["per_note_ms"] for r in steady]
        spread = max(per_note) / min(per_note)
        lines.append(
            f"Hooks' time per note from {steady[0]['notes']:,} to {steady[-1]['notes']:,} notes varies {spread:.2f}× "
            f"(goal ≤ 2×: {_verdict(spread <= 2)})."
        )
    at_1000 = next((r for r in g if r["notes"] == 1000 and "hooks_share" in r), None)
    if at_1000 is not None:
        lines.append(
            f"At 1,000 notes the hooks' own work (load, check, render) is {at_1000['own_share']:.1%} of the whole "
            f"build's CPU time (goal < 10%: {_verdict(at_1000['own_share'] < 0.10)}); all our handlers together, "
            f"with what they do besides (search, share tags, feed, the guide's examples), are "
            f"{at_1000['hooks_share']:.1%} ({at_1000['hooks_share_wall']:.1%} of wall time) "
            f"(against the same goal: {_verdict(at_1000['hooks_share'] < 0.10)})."
        )
    return lines


def report_check(c: dict[str, Any], real_notes: int, largest: dict[str, Any]) -> list[str]:
    return [
        "### 3. Check command (`python -m explainer check`, start-up included)",
        "",
        "| notes | median wall | median CPU |",
        "| ---: | ---: | ---: |",
        f"| {real_notes} (the real notes) | {c['median_s']:.2f} s | {c['median_cpu_s']:.2f} s |",
        f"| {largest['notes']:,} (synthetic) | {largest['check_command_s']:.2f} s | {largest['check_command_cpu_s']:.2f} s |",
        "",
        f"Goal < 0.3 s on the real notes: {_verdict(c['median_s'] < 0.3)} (wall time).",
        "",
    ]


def report_output(w: dict[str, Any], s: dict[str, Any]) -> list[str]:
    home = w["home"]
    return [
        "### 4. Output: the real site",
        "",
        "| per page | median | largest | home page |",
        "| --- | ---: | ---: | ---: |",
        f"| HTML | {_kb(w['html_median'])} | {_kb(w['html_max'])} ({w['html_max_page']}) | {_kb(home['html_bytes'])} |",
        f"| first load: HTML + CSS + JS, gzip -{GZIP_LEVEL} | {_kb(w['first_load_median'])} | {_kb(w['first_load_max'])} "
        f"| {_kb(home['first_load_gzip_bytes'])} |",
        "",
        f"{w['pages']} pages, {_kb(w['html_total'])} of HTML in all; {len(w['external'])} files loaded from other hosts.",
        "",
        "| search index | size | gzip | entries | text it indexes | index ÷ text |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        f"| search/search_index.json | {_kb(s['index_bytes'])} | {_kb(s['index_gzip_bytes'])} | {s['entries']} "
        f"| {_kb(s['text_bytes'])} | {s['ratio']:.2f}× |",
        "",
    ]


def report_nav(nav: list[dict[str, Any]]) -> list[str]:
    first, last = nav[0], nav[-1]
    lines = [
        f"### 5. Page size against the number of actors ({NAV_OTHER_NOTES} other notes each time)",
        "",
        "| HTML of | "
        + " | ".join(f"{r['actors']:,} actors" for r in nav)
        + f" | {last['actors']:,} ÷ {first['actors']:,} |",
        "| --- | " + " | ".join("---:" for _ in nav) + " | ---: |",
    ]
    for page in NAV_PAGES:
        sizes = [r["sizes"][page] for r in nav]
        lines.append(f"| {page} | " + " | ".join(_kb(x) for x in sizes) + f" | {sizes[-1] / sizes[0]:.2f} |")
    medians = [r["actor_page_median"] for r in nav]
    lines.append(
        "| an actor's page (median) | " + " | ".join(_kb(x) for x in medians) + f" | {medians[-1] / medians[0]:.2f} |"
    )
    for page in LIST_PAGES:
        sizes = [r["sizes"][page] for r in nav]
        lines.append(
            f"| {page} (lists every actor) | " + " | ".join(_kb(x) for x in sizes) + f" | {sizes[-1] / sizes[0]:.2f} |"
        )
    lines.append("| pages built | " + " | ".join(f"{r['pages']:,}" for r in nav) + " | |")
    spread = max(last["sizes"][p] / first["sizes"][p] for p in NAV_PAGES)
    lines += [
        "",
        f"Pages that do not list actors are at most {spread:.2f}× their size from {first['actors']:,} to "
        f"{last['actors']:,} actors (goal: flat, within 1.25×: {_verdict(spread <= 1.25)}).",
        "",
    ]
    return lines


def report(results: dict[str, Any]) -> str:
    """Every figure as Markdown: the text `make bench` prints and docs-engine/benchmarks.md shows."""
    m = results["machine"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['os']}; Python {m['python']}, MkDocs {m['mkdocs']}, "
        f"Material {m['material']}; load average {m['load_at_start']} at the start; {m['date']}; {results['mode']} run.",
        "",
    ]
    lines += report_overhead(results["overhead"])
    lines += report_growth(results["growth"])
    lines += report_check(results["check_real"], results["real_notes"], results["growth"][-1])
    lines += report_output(results["page_weight"], results["search_index"])
    lines += report_nav(results["nav"])
    return "\n".join(lines)


def measure(plan: Plan, mode: str, progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Every measurement of the plan; the raw figures as one dict."""
    from explainer import read_checked

    real = read_checked(ROOT)
    results: dict[str, Any] = {"machine": machine(), "mode": mode, "plan": asdict(plan)}
    results["real_notes"] = sum(len(getattr(real, f.name)) for f in dataclasses.fields(real) if f.name != "seeds")
    with scratch("real") as folder:
        site = folder / "site"
        progress(f"overhead: {plan.overhead_runs} + {plan.overhead_runs} builds")
        results["overhead"] = overhead(plan.overhead_runs, keep_site=site)
        results["page_weight"] = page_weight(site)
        results["search_index"] = search_index(site)
    progress("check command on the real notes")
    results["check_real"] = check_real(plan.check_repeats)
    progress(f"growth: {', '.join(str(n) for n in plan.sizes)} notes")
    results["growth"] = growth(plan)
    progress(f"page size at {', '.join(str(n) for n in plan.actor_counts)} actors")
    results["nav"] = nav_flatness(plan.actor_counts)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs: under a minute")
    parser.add_argument(
        "--hooks-only",
        action="store_true",
        help="time only the package's load, check and render at each size (the package PYTHONPATH names first)",
    )
    parser.add_argument(
        "--json", type=Path, default=ROOT / "bench-out" / "results.json", help="where to write raw figures"
    )
    parser.add_argument("--child-build", nargs=2, metavar=("CONFIG", "SITE"), help=argparse.SUPPRESS)
    parser.add_argument("--capture", help=argparse.SUPPRESS)
    parser.add_argument("--child-hooks", metavar="PROJECT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_build:
        _child_build(*args.child_build, args.capture)
        return 0
    if args.child_hooks:
        _child_hooks(args.child_hooks)
        return 0
    plan = QUICK if args.quick else FULL
    mode = "quick" if args.quick else "full"
    started = time.perf_counter()
    if args.hooks_only:
        rows = hooks_growth(plan.sizes, plan.hooks_repeats)
        print(f"Package: {rows[0]['package']}; {mode} sizes; CPU time, median of {plan.hooks_repeats}.\n")
        print("| notes | load | check | render | hooks | per note |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in rows:
            print(
                f"| {r['notes']:,} | {_ms(r['load_s'])} | {_ms(r['check_s'])} | {_ms(r['render_s'])} "
                f"| {_ms(r['total_s'])} | {r['per_note_ms']:.2f} ms |"
            )
        print("\n" + "\n".join(growth_verdicts(rows)))
        return 0
    say = lambda what: print(f"... {what}", file=sys.stderr, flush=True)  # noqa: E731
    results = measure(plan, mode, say)
    results["bench_s"] = time.perf_counter() - started
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(report(results))
    print(f"({mode} run took {results['bench_s']:.0f} s; raw figures in {args.json})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
