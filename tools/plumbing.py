"""What the scripts in tools/ and the tests share: the project's copy, `mkdocs serve`, waiting,
Chromium, a page's loads, the machine.

Not a script: bench.py, reload_time.py, offline.py and audit.py import it, and so do the tests
(tests/conftest.py puts tools/ on the path).
"""

from __future__ import annotations

import os
import platform
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
WAIT = 120.0
"""Seconds to wait for something that must happen at all (a server answering, a save showing):
a ceiling for "it never happened", not a speed bar; a busy machine is slow, not wrong."""
BUILD_OUTPUT = ("site", "offline", "offline.new", "node_modules", "bench-out")
"""What a copy of the project leaves out at its top, besides hidden folders (.git, .venv, caches)."""
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)
"""Headless Chromium on a shared machine: no sandbox, no GPU, no calls home."""
T = TypeVar("T")


def mkdocs_env(hooks: Path = ROOT / "hooks", **extra: str) -> dict[str, str]:
    """The environment the Makefile gives MkDocs: the package importable, no MkDocs 2 notice."""
    return {**os.environ, "PYTHONPATH": str(hooks), "NO_MKDOCS_2_WARNING": "1", **extra}


def copy_project(to: Path, source: Path = ROOT) -> Path:
    """Everything a build needs, copied, so that edits never touch the real notes: at the top,
    no hidden folders (.git, .venv, caches) and no build output; below, no __pycache__."""

    def left_out(folder: str, names: list[str]) -> list[str]:
        if Path(folder) == source:
            return [n for n in names if n.startswith(".") or n in BUILD_OUTPUT]
        return [n for n in names if n == "__pycache__"]

    shutil.copytree(source, to, ignore=left_out)
    return to


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str) -> str:
    # `mkdocs serve` holds a request until its rebuild ends: many seconds on a busy machine.
    with urllib.request.urlopen(url, timeout=WAIT) as response:  # noqa: S310 - our own local server
        body: bytes = response.read()
        return body.decode("utf-8")


def wait_until(
    probe: Callable[[], T | None],
    what: str,
    timeout: float = WAIT,
    since: float | None = None,
    interval: float = 0.05,
    errors: tuple[type[Exception], ...] = (OSError,),
    process: subprocess.Popen[bytes] | None = None,
) -> T:
    """Ask probe until it gives something truthy, and return that: TimeoutError past timeout
    seconds from since (time.monotonic(), or now), RuntimeError if process stops first.

    A probe that raises one of errors (a server still starting) counts as nothing yet.
    """
    start = time.monotonic() if since is None else since
    while True:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server stopped (exit code {process.returncode}) while waiting for {what}")
        try:
            found = probe()
        except errors:
            found = None
        if found:
            return found
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def seconds_until(
    check: Callable[[], bool],
    what: str,
    timeout: float,
    since: float | None = None,
    errors: tuple[type[Exception], ...] = (OSError,),
) -> float:
    """Seconds from since (time.monotonic(), or now) until check() is true, polled every 0.02 s."""
    start = time.monotonic() if since is None else since
    wait_until(check, what, timeout, start, 0.02, errors)
    return time.monotonic() - start


def seconds_until_shown(url: str, marker: str, timeout: float, since: float | None = None) -> float:
    """Seconds until the page at url holds marker."""
    return seconds_until(lambda: marker in fetch(url), f"{marker!r} to show at {url}", timeout, since)


@dataclass(frozen=True)
class Served:
    """A running `mkdocs serve` in a project."""

    root: Path
    url: str
    log: Path
    """Its output: "Documentation built in 2.35 seconds" after each build."""
    process: subprocess.Popen[bytes]
    started_s: float
    """From launch to the first page served."""

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, path: str, marker: str, present: bool = True, timeout: float = WAIT) -> str:
        """The page at path once it does (or, with present=False, does not) hold marker."""

        def probe() -> str | None:
            text = fetch(self.url + path)
            return text if (marker in text) == present else None

        where = f"{marker!r} to {'show' if present else 'go'} at {self.url + path}"
        try:
            return wait_until(probe, where, timeout, process=self.process)
        except (TimeoutError, RuntimeError) as error:
            raise type(error)(f"{error}; mkdocs serve's output ends:\n{self.output()[-3000:]}") from None

    def cpu_s(self) -> float | None:
        """The server's CPU time so far (user plus system, Linux's /proc), None elsewhere."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def build_times(self) -> list[float]:
        """Every build's own time as the server logged it, the first build included."""
        return [float(line.split()[-2]) for line in self.output().splitlines() if "Documentation built in" in line]


@contextmanager
def mkdocs_serve(
    project: Path,
    *options: str,
    env: dict[str, str] | None = None,
    program: str = "mkdocs",
    port: int | None = None,
    timeout: float = 300,
) -> Iterator[Served]:
    """`mkdocs serve` (as `make serve` runs it, with options) in project, on a free port, once it
    serves a page; stopped on leaving. program: mkdocs, or properdocs (MkDocs' maintained fork);
    port: a free one if not given. Run by this interpreter; its output goes to serve-PORT.log
    beside project."""
    port = port or free_port()
    log = project.parent / f"serve-{port}.log"
    with log.open("wb") as out:
        server = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed arguments
            [sys.executable, "-m", program, "serve", *options, "-a", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env or mkdocs_env(project / "hooks"),
        )
    try:
        url = f"http://127.0.0.1:{port}/"
        start = time.monotonic()

        def serving() -> bool:
            # Its own log first: another server on the port (a test beside it, under `make test`'s
            # workers) would answer, but this one only says "Serving on" once it holds the port.
            said = log.read_text(encoding="utf-8", errors="replace")
            return f"Serving on {url}" in said and "</html>" in fetch(url)

        try:
            wait_until(serving, f"mkdocs serve in {project} to serve a page", timeout, process=server)
        except (TimeoutError, RuntimeError) as error:
            said = log.read_text(encoding="utf-8", errors="replace")[-3000:]
            raise type(error)(f"{error}; the server said:\n{said}") from None
        yield Served(project, url, log, server, time.monotonic() - start)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@dataclass(frozen=True)
class Load:
    """Something a page fetches by itself as it opens."""

    tag: str
    rels: frozenset[str]
    """A link's rel values (stylesheet, preload, icon…); empty for other tags."""
    url: str


LOADING_TAGS = ("link", "script", "img", "iframe", "source", "audio", "video")


class PageParser(HTMLParser):
    """What the tools and tests read in a page: every href and src, what it fetches by itself as
    it opens, every id, and the head's title, <meta> (by name or property), canonical link and
    JSON-LD scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.loads: list[Load] = []
        self.ids: set[str] = set()
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self.json_ld: list[str] = []
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if found.get("id"):
            self.ids.add(found["id"])
        self.refs += [found[name] for name in ("href", "src") if found.get(name)]
        url = found.get("href") if tag == "link" else found.get("src")
        if url and tag in LOADING_TAGS:
            self.loads.append(Load(tag, frozenset(found.get("rel", "").split()), url))
        if tag == "meta" and "content" in found:
            self.meta[found.get("name") or found.get("property") or ""] = found["content"]
        elif tag == "link" and found.get("rel") == "canonical":
            self.canonical = found.get("href", "")
        elif tag == "script" and found.get("type") == "application/ld+json":
            self._in = "json_ld"
            self.json_ld.append("")
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "json_ld":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data


def parse_page(page_html: str) -> PageParser:
    parser = PageParser()
    parser.feed(page_html)
    return parser


def page_loads(page_html: str) -> list[Load]:
    """Every link, script, image, frame and media source of a page, in order."""
    return parse_page(page_html).loads


def is_remote(url: str) -> bool:
    return url.startswith(("http:", "https:", "//"))


@dataclass(frozen=True)
class Machine:
    """Where figures were taken: they mean little without it."""

    cpu: str
    cores: int
    os: str
    python: str
    mkdocs: str
    material: str
    load: float
    """The one-minute load average when the figures started: above `cores`, processes wait for a core."""
    date: str

    def describe(self) -> str:
        return (
            f"{self.cpu}, {self.cores} cores, {self.os}; Python {self.python}, MkDocs {self.mkdocs}, "
            f"Material {self.material}; load average {self.load:.2f} at the start; {self.date}"
        )


def load_average() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def machine() -> Machine:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo.read_text().splitlines()
                if line.startswith("model name")
            ),
            cpu,
        )
    return Machine(
        cpu=cpu,
        cores=os.cpu_count() or 0,
        os=f"{platform.system()} {platform.release()}",
        python=platform.python_version(),
        mkdocs=metadata.version("mkdocs"),
        material=metadata.version("mkdocs-material"),
        load=load_average(),
        date=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    )
