"""make offline: a copy of the site that works opened from disk (file://), search included.

Material's offline plugin (switched on by OFFLINE=true, see mkdocs.yml) turns
links into file names and inlines the search index as a script. For search it
also needs a polyfill, iframe-worker, which it would load from a CDN; the hook
points the pages at explainer.search.OFFLINE_SHIM instead, and this script
installs the pinned iframe-worker from the npm registry (into .offline-deps/,
git-ignored) and copies its shim there. The copy then loads nothing from the
network, which this script checks before replacing the previous copy.

    python tools/offline.py [--out offline]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "hooks")]

from plumbing import is_remote, mkdocs_env, page_loads  # noqa: E402

from explainer.search import OFFLINE_SHIM, measure_index  # noqa: E402

IFRAME_WORKER = "1.0.4"
"""The iframe-worker release served with the offline copy (npm), pinned."""
DEPS = ROOT / ".offline-deps"
LOADING_RELS = {"stylesheet", "preload", "modulepreload", "icon", "preconnect", "dns-prefetch", "manifest"}


def install_shim(deps: Path = DEPS) -> Path:
    """The iframe-worker shim at the pinned version, installed with npm when missing."""
    package = deps / "node_modules" / "iframe-worker"
    manifest = package / "package.json"
    installed = json.loads(manifest.read_text(encoding="utf-8"))["version"] if manifest.is_file() else None
    if installed != IFRAME_WORKER:
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("make offline needs npm (Node.js) to fetch iframe-worker: apt-get install npm")
        quiet = ["--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"]
        install = [npm, "install", "--prefix", str(deps), *quiet, f"iframe-worker@{IFRAME_WORKER}"]
        subprocess.run(install, check=True)  # noqa: S603 (our own command line)
    return package / "shim" / "index.js"


def build_offline(out: Path, root: Path = ROOT) -> None:
    """Build the offline copy into out; the previous copy stays whole if anything fails."""
    shim = install_shim()
    new = out.with_name(out.name + ".new")
    shutil.rmtree(new, ignore_errors=True)
    env = mkdocs_env(root / "hooks", OFFLINE="true")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]  # never --quiet: it hides warnings from --strict
    subprocess.run([*command, "-f", str(root / "mkdocs.yml"), "-d", str(new)], env=env, check=True)  # noqa: S603
    (new / OFFLINE_SHIM).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shim, new / OFFLINE_SHIM)
    remote = network_loads(new)
    if remote:
        shutil.rmtree(new)
        raise SystemExit("the offline copy would load from the network:\n  " + "\n  ".join(remote))
    shutil.rmtree(out, ignore_errors=True)
    new.rename(out)


def network_loads(site: Path) -> list[str]:
    """Every 'page: URL' where a page of the site loads something over the network."""
    remote = []
    for page in sorted(site.rglob("*.html")):
        for load in page_loads(page.read_text(encoding="utf-8")):
            if (load.tag != "link" or load.rels & LOADING_RELS) and is_remote(load.url):
                remote.append(f"{page.relative_to(site)}: {load.url}")
    return remote


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "offline", help="folder to write (default: offline/)")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    build_offline(out)
    print(f"Built {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}/: open index.html from disk")
    print(measure_index((out / "search" / "search_index.json").read_bytes()).describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
