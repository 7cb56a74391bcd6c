"""make properdocs: the escape hatch, proven. The site builds with ProperDocs as it does with MkDocs.

MkDocs 1.6 is frozen; ProperDocs (PyPI `properdocs`, command `properdocs`) is its
maintained fork. Its command redirects every `mkdocs.*` import to `properdocs.*`,
so Material and our hook run on ProperDocs unchanged even though Material still
installs `mkdocs` as its dependency (requirements-properdocs.txt, installed into
.venv-properdocs by `make properdocs`). It reads mkdocs.yml when given `-f`, and
runs its `hooks:`.

This script builds the site, and the offline copy's site (OFFLINE=true, Material's
offline plugin), with both, each with `--strict` (never `--quiet`:
MkDocs 1.6 drops warnings before counting them), and compares every output file
byte for byte. The one difference allowed is the content of the generator tag
(overrides/main.html prints `mkdocs-{{ mkdocs_version }}`, which ProperDocs fills
with "ProperDocs 1.6.7"); every ProperDocs page must name ProperDocs there, which
proves the second build really ran on it. Both builds get the same
SOURCE_DATE_EPOCH, so the sitemap's dates and its gzip header cannot differ when
the two builds straddle midnight; the editor's guide prints the local date, so a
variant is built again if the day changed during its builds.

    python tools/properdocs_check.py --properdocs .venv-properdocs/bin/properdocs [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = re.compile(rb'<meta name="generator" content="([^"]*)">')
"""The tag whose content is allowed to differ (once per HTML page)."""


@dataclass
class Comparison:
    """What comparing two built sites found."""

    files: int = 0
    problems: list[str] = field(default_factory=list)
    generators: set[tuple[str, str]] = field(default_factory=set)
    """Each (MkDocs, ProperDocs) pair of generator tag contents seen."""


def _tree(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def _first_difference(a: bytes, b: bytes) -> str:
    for number, (line_a, line_b) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False), 1):
        if line_a != line_b:
            return f"line {number}: MkDocs {line_a[:200]!r}, ProperDocs {line_b[:200]!r}"
    return f"one is a prefix of the other ({len(a)} and {len(b)} bytes)"


def compare_sites(mkdocs_site: Path, properdocs_site: Path) -> Comparison:
    """Every file of both builds, byte for byte but for the generator tag's content in HTML pages."""
    result = Comparison()
    ours, theirs = _tree(mkdocs_site), _tree(properdocs_site)
    result.problems += [f"{name}: only in MkDocs' build" for name in sorted(ours - theirs)]
    result.problems += [f"{name}: only in ProperDocs' build" for name in sorted(theirs - ours)]
    for name in sorted(ours & theirs):
        result.files += 1
        a, b = (mkdocs_site / name).read_bytes(), (properdocs_site / name).read_bytes()
        tag_a, tag_b = GENERATOR.search(a), GENERATOR.search(b)
        if name.endswith(".html") and tag_a and tag_b:
            result.generators.add((tag_a[1].decode(), tag_b[1].decode()))
            if not tag_b[1].startswith(b"mkdocs-ProperDocs "):
                result.problems.append(f"{name}: the generator tag does not name ProperDocs: {tag_b[0].decode()}")
            a, b = GENERATOR.sub(b"", a, count=1), GENERATOR.sub(b"", b, count=1)
        if a != b:
            result.problems.append(f"{name}: differs at {_first_difference(a, b)}")
    if not result.generators:
        result.problems.append("no HTML page has a generator tag: nothing shows which tool built it")
    return result


def _build(command: list[str], site: Path, env: dict[str, str]) -> float:
    """One strict build into site; its seconds. Exits with the builder's output when it fails."""
    started = time.perf_counter()
    full = [*command, "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)]
    done = subprocess.run(full, env=env, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"{' '.join(command)} build --strict failed (exit {done.returncode})")
    return time.perf_counter() - started


def build_both(properdocs: str, out: Path, extra_env: dict[str, str]) -> tuple[float, float]:
    """Build the site with MkDocs into out/mkdocs and with ProperDocs into out/properdocs; their seconds."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT / "hooks"), **extra_env}
    env["SOURCE_DATE_EPOCH"] = str(int(time.time()))
    seconds_mkdocs = _build([sys.executable, "-m", "mkdocs"], out / "mkdocs", env)
    seconds_properdocs = _build([properdocs], out / "properdocs", env)
    return seconds_mkdocs, seconds_properdocs


VARIANTS = {"site": {"OFFLINE": "false"}, "offline copy": {"OFFLINE": "true"}}
"""What is built and compared: the site (make site) and the offline copy's build (make offline)."""


def check_variant(properdocs: str, out: Path, name: str) -> list[str]:
    """Build one variant with both tools, print what was found, and return the problems."""
    # The editor's guide prints today's date: build again if the day changed in between.
    for _ in range(2):
        day = datetime.date.today()
        seconds = build_both(properdocs, out, VARIANTS[name])
        if datetime.date.today() == day:
            break
    result = compare_sites(out / "mkdocs", out / "properdocs")
    print(f"The {name}: built with MkDocs in {seconds[0]:.1f} s, with ProperDocs in {seconds[1]:.1f} s")
    if not result.problems:
        tags = "; ".join(f"{a!r} -> {b!r}" for a, b in sorted(result.generators))
        print(f"  {result.files} files identical byte for byte, but for the generator tag: {tags}")
    return [f"the {name}: {problem}" for problem in result.problems]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--properdocs", default=str(ROOT / ".venv-properdocs" / "bin" / "properdocs"))
    parser.add_argument("--keep", type=Path, help="build into this folder and keep both builds of each variant")
    args = parser.parse_args(argv)
    if not Path(args.properdocs).is_file():
        raise SystemExit(f"{args.properdocs} not found: run `make properdocs`, which installs it")
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="properdocs-check-") as scratch:
        for number, name in enumerate(VARIANTS):
            problems += check_variant(args.properdocs, (args.keep or Path(scratch)) / str(number), name)
    for problem in problems:
        print(f"properdocs: {problem}", file=sys.stderr)
    if problems:
        print(f"ProperDocs' builds differ from MkDocs': {len(problems)} problem(s) above", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
