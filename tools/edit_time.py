"""Edit to page: seconds from saving one note's body to the served page showing it, against a full build.

    .venv/bin/python tools/edit_time.py [--notes 1000] [--edits 5] [--builds 3] [--builder properdocs]

Copies the project (or writes N synthetic notes with tools/synth.py) to a
temporary folder, times full `mkdocs build`s there (a fresh interpreter each,
as `make site` runs), then runs `mkdocs serve`, saves one actor note several
times with a new word at the start of its body, and times each save until the
actor's served page shows the word. Prints the medians, their ratio (issue 13's
goal: at most 35 %) and the load average, and the CPU time each took (from the
kernel: a busy machine stretches wall time much more than CPU time; Linux only
for the server's). Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import synth  # noqa: E402 - after the path set-up above

SKIP = shutil.ignore_patterns(
    ".git", ".venv", "site", ".site-*", "__pycache__", ".*_cache", "node_modules", "bench-out", "offline"
)


@dataclass(frozen=True)
class EditTime:
    """Seconds, each run: full builds and saves (wall and CPU), and the load meanwhile."""

    notes: int
    """Synthetic notes; 0 for the real notes."""
    builder: str
    build_wall: list[float]
    build_cpu: list[float]
    edit_wall: list[float]
    edit_cpu: list[float | None]
    """The server's CPU seconds from each save to its page showing it (None off Linux)."""
    load: tuple[float, float, float]

    def ratio(self) -> float:
        """Median edit to page over median full build, wall time: issue 13's goal is at most 0.35."""
        return statistics.median(self.edit_wall) / statistics.median(self.build_wall)


def measure(notes: int = 0, edits: int = 5, builds: int = 3, builder: str = "mkdocs") -> EditTime:
    """Time full builds and saves of one note's body in a copy of the project (or N synthetic notes)."""
    with tempfile.TemporaryDirectory(prefix="edit-time-") as folder:
        root = Path(folder) / "project"
        if notes:
            synth.make_project(root, notes)
            config = root / "mkdocs.yml"
            # Synthetic projects watch only docs/: serving must see the notes change.
            config.write_text(config.read_text(encoding="utf-8") + "watch:\n- content\n", encoding="utf-8")
        else:
            shutil.copytree(ROOT, root, ignore=SKIP)
        hooks = ROOT / "hooks" if notes else root / "hooks"
        env = {**os.environ, "PYTHONPATH": str(hooks), "NO_MKDOCS_2_WARNING": "1"}
        full = [_full_build(root, Path(folder) / "site", builder, env) for _ in range(builds)]
        saves = _edit_to_page(root, builder, env, edits)
    return EditTime(
        notes,
        builder,
        [wall for wall, _ in full],
        [cpu for _, cpu in full],
        [wall for wall, _ in saves],
        [cpu for _, cpu in saves],
        os.getloadavg(),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=0, help="synthetic notes (0: the real notes)")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--builds", type=int, default=3)
    parser.add_argument("--builder", default="mkdocs", help="mkdocs or properdocs")
    args = parser.parse_args()
    t = measure(args.notes, args.edits, args.builds, args.builder)
    print(f"notes: {t.notes or 'real'}; builder: {t.builder}")
    print(f"full build: median {statistics.median(t.build_wall):.2f} s ({_runs(t.build_wall)})")
    print(f"edit to page: median {statistics.median(t.edit_wall):.2f} s ({_runs(t.edit_wall)})")
    print(f"edit to page / full build: {t.ratio():.0%} (goal: at most 35 %)")
    known = [c for c in t.edit_cpu if c is not None]
    if known:
        build_cpu, edit_cpu = statistics.median(t.build_cpu), statistics.median(known)
        print(
            f"CPU: full build median {build_cpu:.2f} s, server per edit median {edit_cpu:.2f} s ({edit_cpu / build_cpu:.0%})"
        )
    print(f"load average {' '.join(f'{n:.2f}' for n in t.load)} on {os.cpu_count()} CPUs")
    return 0


def _runs(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def _full_build(root: Path, site: Path, builder: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one `mkdocs build` in a fresh interpreter."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(  # noqa: S603 - fixed arguments, our own interpreter
        [sys.executable, "-m", builder, "build", "-q", "-d", str(site)], cwd=root, env=env, check=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _edit_to_page(root: Path, builder: str, env: dict[str, str], edits: int) -> list[tuple[float, float | None]]:
    """Wall seconds from each save to the page showing it, and the server's CPU seconds meanwhile."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = root.parent / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(  # noqa: S603 - fixed arguments, our own interpreter
            [sys.executable, "-m", builder, "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
            cwd=root,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    note = sorted((root / "content/actors").glob("*.md"))[0]
    url = f"http://127.0.0.1:{port}/actors/{note.stem}/"
    try:
        _wait(url, "</html>", 300)
        original = note.read_text(encoding="utf-8")
        seconds = []
        for n in range(edits):
            time.sleep(1.0)  # the server polls for changes: start each save from a quiet server
            marker = f"editmark{n}x{time.time_ns()}"
            note.write_text(original.replace("\n---\n", f"\n---\n{marker} ", 1), encoding="utf-8")
            cpu = _cpu_seconds(server.pid)
            wall = _wait(url, marker, 300)
            spent = _cpu_seconds(server.pid)
            seconds.append((wall, spent - cpu if spent is not None and cpu is not None else None))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return seconds


def _cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds of a running process, from /proc (None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait(url: str, marker: str, timeout: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own local server
                if marker in response.read().decode("utf-8"):
                    return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.02)
    raise SystemExit(f"{url} did not show {marker!r} within {timeout} s")


if __name__ == "__main__":
    sys.exit(main())
