"""`make site` (tools/build_site.py): site/ is whole after any build, failed, concurrent or killed."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import build_site

SCRIPT = ROOT / "tools" / "build_site.py"


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A plain MkDocs project that builds in a moment, with a previous site/ to replace."""
    root = tmp_path / "project"
    (root / "docs").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(
        "site_name: Tiny\nvalidation:\n  links:\n    not_found: warn\n    anchors: warn\n", encoding="utf-8"
    )
    (root / "docs" / "index.md").write_text("# Tiny\n\nNew text.\n", encoding="utf-8")
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("previous site", encoding="utf-8")
    (root / "site" / "old-page.html").write_text("previous page", encoding="utf-8")
    return root


PREVIOUS = {"index.html": b"previous site", "old-page.html": b"previous page"}


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".site-"))


def test_a_build_replaces_the_site_and_leaves_nothing_behind(tiny: Path, capsys: Any) -> None:
    assert build_site.main(["--root", str(tiny)]) == 0
    built = files_of(tiny / "site")
    assert "old-page.html" not in built
    assert b"New text." in built["index.html"]
    assert leftovers(tiny) == []
    assert "Built site/" in capsys.readouterr().out


def test_a_broken_link_fails_the_build_and_leaves_the_site_as_it_was(tiny: Path, capsys: Any) -> None:
    # `--strict --quiet` published this: MkDocs 1.6 drops warnings before strict mode counts them.
    (tiny / "docs" / "index.md").write_text("See [gone](missing.md) and [a](#no-such-anchor).\n", encoding="utf-8")
    assert build_site.main(["--root", str(tiny)]) == 1
    assert files_of(tiny / "site") == PREVIOUS
    assert leftovers(tiny) == []
    assert "The build failed: site/ is unchanged." in capsys.readouterr().err


class Killed(BaseException):
    """Stands for SIGKILL: nothing of ours runs after it (build_site has no cleanup in `finally`)."""


STEPS = [
    ("built-folder-made", True),
    ("built", True),
    ("swapped", True),  # renameat2 swaps in one step: no state between the two renames
    ("built-folder-made", False),
    ("built", False),
    ("moved-aside", False),
    ("swapped", False),
]


@pytest.mark.parametrize(
    ("step", "exchange"), STEPS, ids=[f"{s}-{'renameat2' if e else 'two-renames'}" for s, e in STEPS]
)
def test_a_build_killed_at_any_step_leaves_a_whole_site_and_the_next_build_recovers(
    tiny: Path, monkeypatch: pytest.MonkeyPatch, step: str, exchange: bool
) -> None:
    reached: list[str] = []

    def stop_at(name: str) -> None:
        reached.append(name)
        if name == step:
            raise Killed

    monkeypatch.setattr(build_site, "_step", stop_at)
    if not exchange:
        monkeypatch.setattr(build_site, "_exchange", lambda a, b: False)
    with pytest.raises(Killed):
        build_site.main(["--root", str(tiny)])
    assert step in reached
    site = tiny / "site"
    if site.exists():
        whole = files_of(site)
        assert whole == PREVIOUS or (b"New text." in whole["index.html"] and "old-page.html" not in whole)
    else:
        assert step == "moved-aside"  # the old site waits in .site-old; the next build puts it back

    monkeypatch.setattr(build_site, "_step", lambda name: None)
    assert build_site.main(["--root", str(tiny)]) == 0
    assert b"New text." in files_of(site)["index.html"]
    assert leftovers(tiny) == []


def test_an_old_site_that_cannot_be_removed_does_not_fail_the_build(
    tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    for path in (tiny / "site").rglob("*"):
        path.chmod(0o444)
    (tiny / "site").chmod(0o555)  # read-only, as a host's deploy step may leave it
    real_rmtree = shutil.rmtree
    calls: list[Path] = []

    def refuse_once(path: Any, *args: Any, **kwargs: Any) -> None:
        calls.append(Path(path))
        if len(calls) == 1:
            raise PermissionError(13, "Permission denied", str(path))
        real_rmtree(path, *args, **kwargs)

    monkeypatch.setattr(build_site.shutil, "rmtree", refuse_once)
    assert build_site.main(["--root", str(tiny)]) == 0
    assert b"New text." in files_of(tiny / "site")["index.html"]
    assert "the next build will try again" in capsys.readouterr().err
    assert build_site.main(["--root", str(tiny)]) == 0
    assert leftovers(tiny) == []


def test_two_builds_at_once_take_turns_and_leave_a_whole_site(tiny: Path) -> None:
    reference = tiny.parent / "reference"
    shutil.copytree(tiny, reference)
    assert build_site.main(["--root", str(reference)]) == 0
    with (tiny / build_site.LOCK).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a build already running
        builds = [
            subprocess.Popen(
                [sys.executable, str(SCRIPT), "--root", str(tiny)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        first_lines: list[str] = []
        readers = [threading.Thread(target=lambda b=b: first_lines.append(b.stderr.readline())) for b in builds]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join(timeout=120)
        assert first_lines == ["Another build of the site is running: waiting for it to finish.\n"] * 2
        assert files_of(tiny / "site") == PREVIOUS  # neither touched site/ while waiting
        fcntl.flock(lock, fcntl.LOCK_UN)
    for build in builds:
        out, err = build.communicate(timeout=120)
        assert build.returncode == 0, err
        assert "Built site/" in out
    assert files_of(tiny / "site").keys() == files_of(reference / "site").keys()
    assert leftovers(tiny) == []


def test_make_site_runs_the_safe_build() -> None:
    if shutil.which("make") is None:
        pytest.fail("make is not installed: the README's commands need it")
    dry = subprocess.run(["make", "-n", "site"], cwd=ROOT, capture_output=True, text=True)
    # Only the build's own line: a set-up step (pip install --quiet) may come first.
    recipe = [line for line in dry.stdout.splitlines() if "build_site.py" in line]
    assert recipe, dry.stdout + dry.stderr
    assert not [line for line in recipe if "--quiet" in line or " -q" in line]
