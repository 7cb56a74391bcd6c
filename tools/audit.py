"""Lighthouse on the pages a reader lands on, served compressed as a static host would.

Builds the site with SITE_URL set to the address it is served at (so canonical
URLs are the page's own), serves it with tools/serve_static.py, runs
Lighthouse (mobile, Debian's Chromium) on each page, and prints the four
scores and the page's first-load weight. A page whose first run scores under
100 in performance is run again (--runs, 3 by default) and the median run
counts, as Lighthouse's docs advise for variability. Exits 1 when
accessibility, best practices or SEO is below 100, performance below 95, or a
page is over its weight budget.

    python tools/audit.py [--lighthouse PATH] [--out DIR] [PAGE ...]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "hooks")]

import serve_static  # noqa: E402
from plumbing import CHROMIUM_FLAGS, mkdocs_env  # noqa: E402

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MINIMUM = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
"""Performance moves with the machine's load, so it may dip to 95; the goal stays 100."""

TEXT_BUDGET = 80 * 1024
DIAGRAM_BUDGET = 120 * 1024
"""Bytes on the wire for a page's first load, search index aside. Material's own assets are
about 57 KB of it once its stylesheets are cut to the rules the site uses (theme_css.py)."""

SEARCH_FILES = re.compile(r"^/search/search_index\.json$|^/assets/javascripts/workers/search\.[0-9a-f]+\.min\.js$")
"""Search's index and the worker that loads it in the background: counted apart.
Material's own assets come to about 57 KB without the worker and 69 KB with it."""
NOT_THE_PAGE = re.compile(r"^/robots\.txt$|\.map$")
"""Asked for by crawlers and Lighthouse (robots.txt, source maps), never by a reader's browser."""
CHROME_FLAGS = " ".join(("--headless=new", *CHROMIUM_FLAGS))
_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>', re.DOTALL)


def is_diagram_page(page_html: str) -> bool:
    """A page whose content draws an SVG picture gets the larger budget."""
    article = _ARTICLE.search(page_html)
    return article is not None and "<svg" in article.group(1)


def budget_for(page_html: str) -> int:
    return DIAGRAM_BUDGET if is_diagram_page(page_html) else TEXT_BUDGET


def default_pages() -> list[str]:
    """Home, the three story pages readers share most, and the most connected actor's page."""
    from explainer import load_notes

    notes = load_notes(ROOT / "content", ROOT / "seeds", ROOT).notes
    links = {a.id: sum(a.id in (r.subject, r.object) for r in notes.relations) for a in notes.actors}
    actor = max(sorted(links), key=lambda a: links[a])
    return ["", "who-backs-whom/", "bluff-or-base/", "timeline/", f"actors/{actor}/"]


def build(site: Path, site_url: str) -> None:
    mkdocs = Path(sys.executable).with_name("mkdocs")
    subprocess.run(  # noqa: S603
        [str(mkdocs), "build", "--strict", "-d", str(site)],
        cwd=ROOT,
        env=mkdocs_env(SITE_URL=site_url),
        check=True,
    )


def run_lighthouse(lighthouse: str, url: str, report: Path, chrome: str) -> dict[str, Any]:
    command = [
        lighthouse,
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    subprocess.run(command, env=dict(os.environ, CHROME_PATH=chrome), check=True)  # noqa: S603
    result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return result


def scores(result: dict[str, Any]) -> dict[str, int]:
    return {name: round((result["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}


def first_load_bytes(sent: list[tuple[str, int]]) -> tuple[int, int]:
    """(page bytes, search bytes) that a server sent for one cold load, each file counted once.

    The server counts what it wrote (headers and gzipped bodies); Lighthouse's own
    figures miss the search worker, which the browser fetches off the page's thread.
    """
    first: dict[str, int] = {}
    for path, size in sent:
        if not NOT_THE_PAGE.search(path):
            first.setdefault(path, size)
    search = sum(size for path, size in first.items() if SEARCH_FILES.match(path))
    return sum(first.values()) - search, search


def what_blocks(result: dict[str, Any]) -> str:
    """Blocking time and largest paint, and the long tasks behind them by script, as Lighthouse
    simulated them (a 4x slower CPU): where to look when performance is under 100."""
    audits = result["audits"]
    tasks = ", ".join(
        f"{(task['url'].rstrip('/').rsplit('/', 1)[-1] or task['url'])} {task['duration']:.0f}"
        for task in audits["long-tasks"]["details"]["items"]
    )
    return (
        f"TBT {audits['total-blocking-time']['numericValue']:.0f} ms, "
        f"LCP {audits['largest-contentful-paint']['numericValue'] / 1000:.2f} s; long tasks (ms): {tasks or 'none'}"
    )


def failed_audits(result: dict[str, Any]) -> list[str]:
    """The scored audits that lost points, to say what to fix."""
    found = []
    for category in result["categories"].values():
        for ref in category["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
                shown = audit.get("displayValue") or ""
                found.append(f"{category['id']}: {ref['id']} ({audit['score']:.2f}) {audit['title']} {shown}".rstrip())
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help="paths under the site root (default: the five key pages)")
    parser.add_argument("--lighthouse", default=str(ROOT / ".lighthouse/node_modules/.bin/lighthouse"))
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH") or shutil.which("chromium") or "")
    parser.add_argument("--out", type=Path, help="keep the Lighthouse JSON reports here")
    parser.add_argument(
        "--runs", type=int, default=3, help="runs per page when the first scores under 100 in performance (median)"
    )
    args = parser.parse_args()
    if not Path(args.lighthouse).exists():
        parser.error(f"{args.lighthouse} not found: run `make audit`, which installs lighthouse@12.2.3 there")
    if not args.chrome:
        parser.error("no Chromium found: apt-get install chromium, or set CHROME_PATH")
    pages = args.pages or default_pages()

    with tempfile.TemporaryDirectory(prefix="audit-") as tmp:
        site, reports = Path(tmp) / "site", args.out or Path(tmp) / "reports"
        site.mkdir()
        reports.mkdir(parents=True, exist_ok=True)
        server = serve_static.start(site)
        base = serve_static.url_of(server)
        try:
            started = time.monotonic()
            build(site, base)
            print(f"Built the site for {base} in {time.monotonic() - started:.1f} s; serving it gzipped")
            return _audit(pages, site, server, reports, args)
        finally:
            server.shutdown()


def _audit(
    pages: list[str], site: Path, server: serve_static.StaticServer, reports: Path, args: argparse.Namespace
) -> int:
    base = serve_static.url_of(server)
    failures: list[str] = []
    header = f"{'page':<28}{'perf':>6}{'a11y':>6}{'bp':>6}{'seo':>6}{'KB':>8}{'budget':>8}{'search':>8}{'s':>6}"
    print(header)
    for page in pages:
        html_file = site / page / "index.html" if page == "" or page.endswith("/") else site / page
        if not html_file.is_file():
            failures.append(f"{page or '/'}: no such page in the built site")
            continue
        started = time.monotonic()
        name = re.sub(r"[^a-z0-9]+", "-", page).strip("-") or "home"
        runs: list[tuple[dict[str, Any], list[tuple[str, int]]]] = []
        # Performance varies from run to run; Lighthouse's own advice is the median of several.
        while len(runs) < (1 if not runs or scores(runs[0][0])["performance"] == 100 else args.runs):
            server.sent.clear()
            report = reports / f"{name}-{len(runs) + 1}.json"
            runs.append((run_lighthouse(args.lighthouse, base + page, report, args.chrome), list(server.sent)))
        runs.sort(key=lambda run: scores(run[0])["performance"])
        result, sent = runs[len(runs) // 2]
        got, (weight, search) = scores(result), first_load_bytes(sent)
        budget = budget_for(html_file.read_text(encoding="utf-8"))
        seconds = time.monotonic() - started
        row = "".join(f"{got[c]:>6}" for c in CATEGORIES)
        spread = f"  (median of {len(runs)}: {', '.join(str(scores(r)['performance']) for r, _ in runs)})"
        print(
            f"{page or '/':<28}{row}{weight / 1024:>8.1f}{budget // 1024:>8}{search / 1024:>8.1f}{seconds:>6.0f}"
            + (spread if len(runs) > 1 else ""),
            flush=True,
        )
        if got["performance"] < 100:
            print(f"{'':<4}{what_blocks(result)}", flush=True)
        low = [c for c in CATEGORIES if got[c] < MINIMUM[c]]
        if low:
            failures.append(f"{page or '/'}: " + ", ".join(f"{c} {got[c]} < {MINIMUM[c]}" for c in low))
            failures += [f"    {line}" for line in failed_audits(result)]
        if weight > budget:
            failures.append(f"{page or '/'}: first load {weight / 1024:.1f} KB is over its {budget // 1024} KB budget")
    if failures:
        print("\nAudit failed:\n" + "\n".join(failures))
        return 1
    print("\nAudit passed: accessibility, best practices and SEO 100, performance at least 95, weights within budget.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
