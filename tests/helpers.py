"""The tests' plumbing, one of each: a copy of the project, a free port, fetching a page,
waiting for something to happen, and `mkdocs serve` running in a copy."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
WAIT = 120.0
"""Seconds a test waits for something that must happen at all (a server answering, a save
showing): a ceiling for "it never happened", not a speed bar; a busy machine is slow, not wrong."""

BUILD_OUTPUT = ("site", "offline", "offline.new", "node_modules", "bench-out")
T = TypeVar("T")


def copy_project(to: Path, root: Path = ROOT) -> Path:
    """Everything a build needs, copied, so that edits never touch the real project: at the
    top, no hidden folders (.git, .venv, caches) and no build output; below, no __pycache__."""

    def left_out(folder: str, names: list[str]) -> list[str]:
        if Path(folder) == root:
            return [n for n in names if n.startswith(".") or n in BUILD_OUTPUT]
        return [n for n in names if n == "__pycache__"]

    shutil.copytree(root, to, ignore=left_out)
    return to


def build_env(root: Path, **extra: str) -> dict[str, str]:
    """The environment `make` gives mkdocs and `python -m explainer`, for the project at root."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(root / "hooks"), **extra}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def fetch(url: str) -> str | None:
    """The page at url as text, or None while nothing answers there."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body: bytes = response.read()
            return body.decode("utf-8")
    except OSError:
        return None


def wait_until(
    probe: Callable[[], T | None], what: str, timeout: float = WAIT, process: subprocess.Popen[bytes] | None = None
) -> T:
    """Ask probe until it gives something truthy, and return that; fail if process stops first."""
    deadline = time.monotonic() + timeout
    while True:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the server stopped (exit code {process.returncode}) while waiting for {what}")
        found = probe()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


@dataclass
class Served:
    """`mkdocs serve` running in a copy of the project."""

    root: Path
    url: str
    log: Path
    process: subprocess.Popen[bytes]

    def wait_for(self, path: str, marker: str, present: bool = True, timeout: float = WAIT) -> str:
        """The page at path once it does (or, with present=False, does not) hold marker."""

        def probe() -> str | None:
            text = fetch(self.url + path)
            return text if text is not None and (marker in text) == present else None

        where = f"{marker!r} to {'show' if present else 'go'} at {self.url + path}"
        try:
            return wait_until(probe, where, timeout, self.process)
        except AssertionError as error:
            raise AssertionError(f"{error}; mkdocs serve's output ends:\n{self.output()[-3000:]}") from None

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def mkdocs_serve(root: Path, *options: str) -> Iterator[Served]:
    """`mkdocs serve` (run by the interpreter running the tests) in the project at root, on a
    free port, once it answers; stopped on leaving. Its output goes to serve.log beside root."""
    port = free_port()
    log = root.parent / f"serve-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", *options, "-a", f"127.0.0.1:{port}"],
            cwd=root,
            env=build_env(root),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    served = Served(root, f"http://127.0.0.1:{port}/", log, process)
    try:
        try:
            wait_until(lambda: fetch(served.url), f"mkdocs serve to answer at {served.url}", process=process)
        except AssertionError as error:
            raise AssertionError(f"{error}; its output ends:\n{served.output()[-3000:]}") from None
        yield served
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
