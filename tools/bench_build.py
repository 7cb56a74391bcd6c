"""The benchmark's children: whole builds and the package's own steps, each in a fresh interpreter.

Only public tools: time.perf_counter for wall time, and os.wait4's resource
usage of each child process for its CPU time and peak memory. A child build
(`tools/bench_build.py --child-build`) does what `mkdocs build` does and also
times our hooks' event handlers, so start-up counts the same on both sides of
every comparison. It imports nothing of ours before the build (this module
imports synth, and so the explainer package, only where it is used): a plain
Material build must not pay for importing the package it is compared with.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plumbing import ROOT, mkdocs_env

HOOKS = ROOT / "hooks"
BENCH = Path(__file__).resolve().with_name("bench.py")
_PATHS = [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
# Appended, so that PYTHONPATH can point at another copy of the package (a before/after comparison).
# Builds run as a host runs them: with bytecode kept after the first build. Some
# machines set PYTHONDONTWRITEBYTECODE, which would make every build compile the
# hooks from source while MkDocs and Material load the .pyc files pip wrote.
ENV = {
    **{k: v for k, v in mkdocs_env().items() if k != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPATH": os.pathsep.join([*_PATHS, str(HOOKS)]),
    "PYTHONPYCACHEPREFIX": str(ROOT / "bench-out" / "pycache"),
}


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


@dataclass(frozen=True)
class Run:
    """One child process: its wall time, CPU time and peak resident memory."""

    wall_s: float
    cpu_s: float
    """User plus system time: on a shared machine, the work without the waiting."""
    peak_mb: float


def run(cmd: list[str], cwd: Path = ROOT, env: dict[str, str] = ENV) -> tuple[Run, str]:
    """Run cmd to the end: how it ran and what it printed. Fails loudly with its output if it fails."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)  # noqa: S603 - our own commands
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if (code := os.waitstatus_to_exitcode(status)) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({code}):\n{stdout}\n{stderr}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024), stdout


@dataclass(frozen=True)
class Build(Run):
    """One whole build in a fresh interpreter: wall_s is start-up, imports and build."""

    hooks_s: float = 0.0
    """Wall time inside our hooks' on_* handlers."""
    hooks_cpu_s: float = 0.0
    events_cpu_s: dict[str, float] = field(default_factory=dict)
    """CPU time in each of our on_* handlers."""
    config_cpu_s: float = 0.0
    """Importing MkDocs and loading mkdocs.yml, which imports our hooks' modules."""
    ours_imported: bool = False
    """Whether the child had imported the explainer package by the end (never, for plain Material)."""
    pages: int = 0


@dataclass(frozen=True)
class Builds:
    """Several builds of one site: medians, and the most memory any took."""

    runs: tuple[Build, ...]

    @property
    def wall_s(self) -> float:
        return median(b.wall_s for b in self.runs)

    @property
    def cpu_s(self) -> float:
        return median(b.cpu_s for b in self.runs)

    @property
    def hooks_s(self) -> float:
        return median(b.hooks_s for b in self.runs)

    @property
    def hooks_cpu_s(self) -> float:
        return median(b.hooks_cpu_s for b in self.runs)

    @property
    def config_cpu_s(self) -> float:
        return median(b.config_cpu_s for b in self.runs)

    @property
    def events_cpu_s(self) -> dict[str, float]:
        return {e: median(b.events_cpu_s.get(e, 0.0) for b in self.runs) for e in self.runs[0].events_cpu_s}

    @property
    def peak_mb(self) -> float:
        return max(b.peak_mb for b in self.runs)

    @property
    def pages(self) -> int:
        return self.runs[-1].pages


def build(config: Path, site: Path, capture: Path | None = None) -> Build:
    """Build the site of config into site, in a fresh interpreter.

    With capture, also write there the nav our hooks made (nav.json, for plain_project).
    """
    cmd = _child_build(config, site)
    done, out = run([*cmd, "--capture", str(capture)] if capture else cmd, cwd=config.parent)
    inside = json.loads(out.strip().splitlines()[-1])
    return Build(done.wall_s, done.cpu_s, done.peak_mb, **inside, pages=sum(1 for _ in site.rglob("*.html")))


VALGRIND = shutil.which("valgrind")
_INSTRUCTIONS = re.compile(r"^==\d+== I\s+refs:\s+([\d,]+)\s*$", re.MULTILINE)


def instructions(config: Path, site: Path, valgrind: str | None = VALGRIND) -> int | None:
    """The instructions one build of config executes, counted by valgrind's cachegrind; None without valgrind.

    Unlike CPU time, the count hardly depends on the machine or its load: the same build counted
    twice differs by about 0.05 % (the hash seed is fixed), where the median CPU time of five builds
    moved by over 10 % within half an hour here (docs-engine/benchmarks.md). What each instruction
    costs (cache misses, the CPU's clock) it leaves out, so it stands beside the CPU time, not in its
    place. A build runs about 20 times slower under valgrind.
    """
    if valgrind is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        said = Path(folder) / "valgrind.log"
        counter = [valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
        cmd = [*counter, f"--log-file={said}", *_child_build(config, site)]
        run(cmd, cwd=config.parent, env={**ENV, "PYTHONHASHSEED": "0"})
        return instructions_counted(said.read_text(encoding="utf-8"))


def _child_build(config: Path, site: Path) -> list[str]:
    """The command of one child build (child_build) of config into site, emptied first."""
    shutil.rmtree(site, ignore_errors=True)
    return [sys.executable, str(Path(__file__).resolve()), "--child-build", str(config), str(site)]


def instructions_counted(valgrind_says: str) -> int:
    """The total from cachegrind's summary: `==123== I   refs:      16,323,951,931`."""
    found = _INSTRUCTIONS.search(valgrind_says)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{valgrind_says[-2000:]}")
    return int(found.group(1).replace(",", ""))


def child_build(config: str, site: str, capture: str | None) -> None:
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
        "ours_imported": "explainer" in sys.modules,
    }
    print(json.dumps(result))


def _capture(cfg: Any, folder: Path) -> None:
    """Write the nav as our on_config left it, and the Markdown of each page our on_files added
    (folder/pages/<src_uri>); handlers added last see them."""

    def keep_nav(config: Any) -> Any:
        (folder / "nav.json").write_text(json.dumps(config.nav or []), encoding="utf-8")
        return config

    def keep_pages(files: Any, config: Any) -> Any:
        for file in files:
            if file.generated_by is not None and file.src_uri.endswith(".md"):
                page = folder / "pages" / file.src_uri
                page.parent.mkdir(parents=True, exist_ok=True)
                page.write_text(file.content_string, encoding="utf-8")
        return files

    folder.mkdir(parents=True, exist_ok=True)
    cfg.plugins.events["config"].append(keep_nav)
    cfg.plugins.events["files"].append(keep_pages)


@dataclass(frozen=True)
class Steps:
    """The package's load, check and render of one project, CPU time; wall_s for all three."""

    load_s: float
    check_s: float
    render_s: float
    wall_s: float
    pages: int
    package: str
    """The folder the package was imported from (PYTHONPATH can name another copy)."""

    @property
    def total_s(self) -> float:
        return self.load_s + self.check_s + self.render_s

    @staticmethod
    def median_of(steps: list[Steps]) -> Steps:
        return Steps(
            median(s.load_s for s in steps),
            median(s.check_s for s in steps),
            median(s.render_s for s in steps),
            median(s.wall_s for s in steps),
            steps[0].pages,
            steps[0].package,
        )


def time_hooks(project: Path) -> Steps:
    """The package's own steps on project's notes, timed in a fresh interpreter (cold caches)."""
    _, out = run([sys.executable, str(BENCH), "--child-hooks", str(project)])
    return Steps(**json.loads(out.strip().splitlines()[-1]))


def child_hooks(project: str) -> None:
    from explainer import check_notes, load_notes
    from explainer.claims import check_claims
    from explainer.render.site import render_site

    # Load and check timed apart: load_and_check, as the hook calls it, in two steps (the check
    # includes every sentence's passages, claims.py).
    root = Path(project)
    clock = time.process_time
    start, start_wall = clock(), time.perf_counter()
    loaded = load_notes(root / "content", root / "seeds", root)
    loaded_at = clock()
    problems = loaded.problems + check_notes(loaded.notes, loaded.broken) + check_claims(loaded.notes)[0]
    checked_at = clock()
    pages = render_site(loaded.notes)
    rendered_at, rendered_wall = clock(), time.perf_counter()
    if problems:
        raise SystemExit(f"{project}: the notes have {len(problems)} problem(s), first: {problems[0]}")
    times = {"load_s": loaded_at - start, "check_s": checked_at - loaded_at, "render_s": rendered_at - checked_at}
    package = str(Path(sys.modules["explainer"].__file__ or "").parent)
    print(json.dumps({**times, "wall_s": rendered_wall - start_wall, "pages": len(pages), "package": package}))


def count_notes(project: Path) -> int:
    """How many notes project's content/ holds, of every kind."""
    from explainer import read_checked
    from explainer.model import KINDS

    notes = read_checked(project)
    return sum(len(getattr(notes, kind + "s")) for kind in KINDS)


def run_check(project: Path) -> Run:
    """`python -m explainer check` on project, start-up included."""
    return run([sys.executable, "-m", "explainer", "--root", str(project), "check"])[0]


def plain_project(folder: Path, capture: Path, root: Path = ROOT, *, overrides: bool = False) -> Path:
    """The same pages as plain files, and a mkdocs.yml for plain Material: no hooks, no theme overrides
    (with overrides, the same theme overrides as ours: issue 13's measure, which counts only the hooks).

    The pages are the ones our hooks generated in a build with capture (see build),
    word for word, the editor's guide with its checked example mistakes included, and
    root's docs/ with its blocks and [[links]] filled (fill_page): both builds show
    the same content. What our hooks add on top (glossary tooltips on every page,
    share tags, the feed and open data) is left out: that is part of what they cost.
    The nav is the one our on_config made, from the same build.
    """
    import synth

    from explainer import read_checked
    from explainer.render.home import fill_page

    notes = read_checked(root)
    docs = folder / "docs"
    shutil.copytree(root / "docs", docs)
    for page in docs.rglob("*.md"):
        src_uri = page.relative_to(docs).as_posix()
        filled, problems = fill_page(notes, page.read_text(encoding="utf-8"), src_uri, f"docs/{src_uri}")
        if problems:
            raise RuntimeError(f"docs/{src_uri}: {problems[0]}")
        page.write_text(filled, encoding="utf-8")
    generated = capture / "pages"
    for page in generated.rglob("*.md"):
        target = docs / page.relative_to(generated)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    config = synth.read_config(root / "mkdocs.yml")
    theme = config.get("theme")
    if isinstance(theme, dict) and not overrides:
        config["theme"] = {key: value for key, value in theme.items() if key != "custom_dir"}
    nav = json.loads((capture / "nav.json").read_text(encoding="utf-8"))
    return synth.write_config(folder, config, hooks=False, nav=nav)


if __name__ == "__main__":
    # The child of build(): python tools/bench_build.py --child-build CONFIG SITE [--capture FOLDER]
    child_build(sys.argv[2], sys.argv[3], sys.argv[5] if sys.argv[4:5] == ["--capture"] else None)
