"""Build the deployable site/ so that readers never see a broken or half-written one.

`make site` runs this. The build goes to a folder of its own; only a complete,
strict build replaces site/, in one atomic step. So:

- a failed build leaves the previous site/ as it was;
- two builds at once take turns (a lock), and each says when it waits;
- a build killed at any moment leaves site/ whole, old or new: site/ and the
  new folder trade places in one `renameat2(RENAME_EXCHANGE)` call where Linux
  has it; elsewhere by two renames, and the next build puts the old site back
  if it finds none;
- what a killed build left behind is removed by the next one.

    python tools/build_site.py                 # as make site does
    python tools/build_site.py --site-dir out  # another folder

`mkdocs build --strict` runs without `--quiet`: MkDocs 1.6 drops warnings
before strict mode counts them, so a quiet strict build publishes broken links.
"""

from __future__ import annotations

import argparse
import ctypes
import fcntl
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK = ".site.lock"
BUILDING = ".site-new-"
"""Prefix of the folders builds go to; the next build removes any left over."""
OLD = ".site-old"
"""Where the old site waits during a swap by two renames."""
_RENAME_EXCHANGE = 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site-dir", default="site", help="the folder to replace (default: site)")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project (holds mkdocs.yml)")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    site = root / args.site_dir
    with _locked(root / LOCK):
        _recover(root, site)
        built = Path(tempfile.mkdtemp(prefix=BUILDING, dir=root))
        _step("built-folder-made")
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(built)]
        if subprocess.run(command, cwd=root, check=False).returncode != 0:  # noqa: S603 - our own interpreter
            _remove(built)
            print(f"The build failed: {args.site_dir}/ is unchanged.", file=sys.stderr)
            return 1
        _step("built")
        _swap(built, site, root / OLD)
    print(f"Built {args.site_dir}/")
    return 0


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on path; wait, saying so, while another build holds it."""
    with path.open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("Another build of the site is running: waiting for it to finish.", file=sys.stderr, flush=True)
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _recover(root: Path, site: Path) -> None:
    """Undo what a killed build left: put a waiting old site back, remove unfinished folders."""
    old = root / OLD
    if old.is_dir() and not site.exists():
        os.rename(old, site)
        print(f"Put back the site a killed build had moved aside ({OLD} → {site.name}/).", file=sys.stderr)
    leftovers = [p for p in root.iterdir() if p.name.startswith(BUILDING) or p.name == OLD]
    for leftover in leftovers:
        _remove(leftover)


def _swap(built: Path, site: Path, old: Path) -> None:
    """Put built in site's place in one step where the system allows it; then remove the old site."""
    if not site.exists():
        os.rename(built, site)
        _step("swapped")
        return
    if _exchange(built, site):
        _step("swapped")
        _remove(built)  # the old site, now at the build's path
        return
    os.rename(site, old)
    _step("moved-aside")
    os.rename(built, site)
    _step("swapped")
    _remove(old)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd = -100
    done = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    if done == 0:
        return True
    errno = ctypes.get_errno()
    if errno in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: this file system cannot exchange
        return False
    raise OSError(errno, os.strerror(errno), str(b))


def _remove(path: Path) -> None:
    """Remove a folder, read-only parts included; say so, and carry on, if it cannot be."""

    def make_writable_and_retry(function: Callable[[str], object], failed: str, _: object) -> None:
        for each in (os.path.dirname(failed), failed):
            if each and not os.path.islink(each):
                os.chmod(each, os.stat(each).st_mode | stat.S_IRWXU)
        function(failed)

    try:
        shutil.rmtree(path, onerror=make_writable_and_retry)
    except OSError as err:
        print(f"Could not remove {path.name} ({err.strerror}); the next build will try again.", file=sys.stderr)


def _step(name: str) -> None:
    """A point between two changes on disk; the tests stop a build at each to prove site/ survives."""


if __name__ == "__main__":
    sys.exit(main())
