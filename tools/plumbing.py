"""What the scripts in tools/ share: the project's copy, `mkdocs serve`, Chromium, a page's loads.

Not a script: bench.py, reload_time.py, offline.py and audit.py import it.
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

ROOT = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns(
    ".git",
    ".venv",
    "site",
    ".site-*",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
    "node_modules",
    "bench-out",
    "offline*",
    ".offline-deps",
    ".lighthouse",
)
"""What a copy of the project leaves out: builds, caches, installed tools."""
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


def mkdocs_env(hooks: Path = ROOT / "hooks", **extra: str) -> dict[str, str]:
    """The environment the Makefile gives MkDocs: the package importable, no MkDocs 2 notice."""
    return {**os.environ, "PYTHONPATH": str(hooks), "NO_MKDOCS_2_WARNING": "1", **extra}


def copy_project(to: Path, source: Path = ROOT) -> Path:
    """Everything a build needs, copied, so that edits never touch the real notes."""
    shutil.copytree(source, to, ignore=SKIP)
    return to


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str) -> str:
    # `mkdocs serve` holds a request until its rebuild ends: many seconds on a busy machine.
    with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310 - our own local server
        body: bytes = response.read()
        return body.decode("utf-8")


def until(
    check: Callable[[], bool],
    what: str,
    timeout: float,
    since: float | None = None,
    interval: float = 0.02,
    errors: tuple[type[Exception], ...] = (OSError,),
) -> float:
    """Seconds from since (time.monotonic(), or now) until check() is true; TimeoutError past timeout.

    A check that raises one of errors (a server still starting) counts as false.
    """
    start = time.monotonic() if since is None else since
    while time.monotonic() - start < timeout:
        try:
            if check():
                return time.monotonic() - start
        except errors:
            pass
        time.sleep(interval)
    raise TimeoutError(f"{what} within {timeout:.0f} s")


def wait_for(url: str, marker: str, timeout: float, since: float | None = None, interval: float = 0.02) -> float:
    """Seconds until the page at url holds marker."""
    return until(lambda: marker in fetch(url), f"{url} did not show {marker!r}", timeout, since, interval)


@dataclass(frozen=True)
class Served:
    """A running `mkdocs serve`."""

    url: str
    log: Path
    """Its output: "Documentation built in 2.35 seconds" after each build."""
    started_s: float
    """From launch to the first page served."""
    pid: int

    def cpu_s(self) -> float | None:
        """The server's CPU time so far (user plus system, Linux's /proc), None elsewhere."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def build_times(self) -> list[float]:
        """Every build's own time as the server logged it, the first build included."""
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return [float(line.split()[-2]) for line in text.splitlines() if "Documentation built in" in line]


@contextmanager
def mkdocs_serve(project: Path, env: dict[str, str] | None = None, timeout: float = 300) -> Iterator[Served]:
    """`mkdocs serve --livereload` (as `make serve` runs it) on a free port in project, until the block ends."""
    port = free_port()
    log = project.parent / f"serve-{port}.log"
    with log.open("w") as out:
        server = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed arguments
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env or mkdocs_env(project / "hooks"),
        )
    url = f"http://127.0.0.1:{port}/"

    def up() -> bool:
        if server.poll() is not None:
            raise RuntimeError(f"mkdocs serve stopped:\n{log.read_text(errors='replace')[-3000:]}")
        return "</html>" in fetch(url)

    try:
        started = until(up, f"mkdocs serve in {project} served no page", timeout, interval=0.1)
        yield Served(url, log, started, server.pid)
    except TimeoutError as error:
        raise RuntimeError(f"{error}; the server said:\n{log.read_text(errors='replace')[-3000:]}") from error
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
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


class _Loads(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[Load] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        url = values.get("href") if tag == "link" else values.get("src")
        if url and tag in ("link", "script", "img", "iframe", "source", "audio", "video"):
            self.found.append(Load(tag, frozenset((values.get("rel") or "").split()), url))


def page_loads(page_html: str) -> list[Load]:
    """Every link, script, image, frame and media source of a page, in order."""
    parser = _Loads()
    parser.feed(page_html)
    return parser.found


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
