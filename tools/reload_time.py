"""Measure live reload: seconds from saving a note to the served page showing it.

    .venv/bin/python tools/reload_time.py [--project DIR] [--edits 5]

Copies the project (or DIR) to a temporary folder, runs `mkdocs serve` there on
a free port, saves a glossary note several times with a new word in it, and
prints how long each save took to reach the served page, next to how long the
server's own rebuild took. The target is 2 s (issue 6). Prints figures; asserts
nothing.
"""

from __future__ import annotations

import argparse
import os
import re
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
SKIP = shutil.ignore_patterns(
    ".git", ".venv", "site", ".site-*", "__pycache__", ".*_cache", "node_modules", "bench-out"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", type=Path, default=ROOT)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reload-time-") as folder:
        root = Path(folder) / "project"
        shutil.copytree(args.project, root, ignore=SKIP)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        log = Path(folder) / "serve.log"
        env = {**os.environ, "PYTHONPATH": str(root / "hooks"), "NO_MKDOCS_2_WARNING": "1"}
        with log.open("w") as out:
            server = subprocess.Popen(  # noqa: S603 - fixed arguments, our own interpreter
                [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
                cwd=root,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
            )
        url = f"http://127.0.0.1:{port}/glossary/"
        try:
            started = time.monotonic()
            _wait(url, "</html>", 120)
            print(f"server up after {time.monotonic() - started:.2f} s")
            note = sorted((root / "content/terms").glob("*.md"))[0]
            original = note.read_text(encoding="utf-8")
            seconds = []
            for n in range(args.edits):
                marker = f"reloadmark{n}x{time.time_ns()}"
                note.write_text(original.replace("\n---\n", f"\n---\n{marker} ", 1), encoding="utf-8")
                seconds.append(_wait(url, marker, 120))
                time.sleep(0.5)
            builds = [float(s) for s in re.findall(r"Documentation built in ([0-9.]+) seconds", log.read_text())]
        finally:
            server.terminate()
            server.wait(timeout=20)
    for n, (took, built) in enumerate(zip(seconds, builds[1:], strict=False), start=1):
        print(f"edit {n}: visible after {took:.2f} s (rebuild {built:.2f} s)")
    print(
        f"save to served page: median {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s "
        f"(target 2 s); first build {builds[0]:.2f} s, rebuild median {statistics.median(builds[1:]):.2f} s; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    return 0


def _wait(url: str, marker: str, timeout: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our own local server
                if marker in response.read().decode("utf-8"):
                    return time.monotonic() - start
        except OSError:
            pass
        time.sleep(0.02)
    raise SystemExit(f"{url} did not show {marker!r} within {timeout} s")


if __name__ == "__main__":
    sys.exit(main())
