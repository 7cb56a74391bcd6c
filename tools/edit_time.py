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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import synth  # noqa: E402 - after the path set-up above

SKIP = shutil.ignore_patterns(
    ".git", ".venv", "site", ".site-*", "__pycache__", ".*_cache", "node_modules", "bench-out", "offline"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=0, help="synthetic notes (0: the real notes)")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--builds", type=int, default=3)
    parser.add_argument("--builder", default="mkdocs", help="mkdocs or properdocs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="edit-time-") as folder:
        root = Path(folder) / "project"
        if args.notes:
            synth.make_project(root, args.notes)
            config = root / "mkdocs.yml"
            # Synthetic projects watch only docs/: serving must see the notes change.
            config.write_text(config.read_text(encoding="utf-8") + "watch:\n- content\n", encoding="utf-8")
        else:
            shutil.copytree(ROOT, root, ignore=SKIP)
        hooks = ROOT / "hooks" if args.notes else root / "hooks"
        env = {**os.environ, "PYTHONPATH": str(hooks), "NO_MKDOCS_2_WARNING": "1"}
        full = [_full_build(root, Path(folder) / "site", args.builder, env) for _ in range(args.builds)]
        edits = _edit_to_page(root, args.builder, env, args.edits)
    builds, build_cpu = [b for b, _ in full], [c for _, c in full]
    saves, save_cpu = [e for e, _ in edits], [c for _, c in edits]
    build, save = statistics.median(builds), statistics.median(saves)
    print(f"notes: {args.notes or 'real'}; builder: {args.builder}")
    print(f"full build: median {build:.2f} s ({', '.join(f'{b:.2f}' for b in builds)})")
    print(f"edit to page: median {save:.2f} s ({', '.join(f'{s:.2f}' for s in saves)})")
    print(f"edit to page / full build: {save / build:.0%} (goal: at most 35 %)")
    if all(c is not None for c in save_cpu):
        cpu = statistics.median(c for c in save_cpu if c is not None)
        print(
            f"CPU: full build median {statistics.median(build_cpu):.2f} s, server per edit median {cpu:.2f} s "
            f"({cpu / statistics.median(build_cpu):.0%})"
        )
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())} on {os.cpu_count()} CPUs")
    return 0


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
