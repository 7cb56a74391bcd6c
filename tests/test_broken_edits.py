"""A bad edit ends in a clear message, never a traceback, and never a half-written site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from plumbing import WAIT, Served, copy_project, mkdocs_env

from conftest import ROOT

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": "hooks"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project to break, without its virtual environment or build output."""
    return copy_project(tmp_path / "project")  # every command below runs on sys.executable: no .venv needed


def break_a_quote(project: Path) -> str:
    quotes = project / "content" / "quotes.yml"
    text = quotes.read_text(encoding="utf-8")
    broken = text.replace("As long as they need.", "As long as they want.", 1)
    assert broken != text
    quotes.write_text(broken, encoding="utf-8")
    line = broken[: broken.index("As long as they want.")].count("\n") + 1
    return f"content/quotes.yml:{line}: text: quote not found word for word"


def test_a_broken_note_fails_the_build_with_file_and_line_and_no_traceback(project: Path) -> None:
    expected = break_a_quote(project)
    (project / "content" / "actors" / "russia.md").write_text(
        (project / "content" / "actors" / "russia.md").read_text(encoding="utf-8").replace("kind:", "knd:", 1),
        encoding="utf-8",
    )
    before = {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file()}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "out")],
        cwd=project,
        env=mkdocs_env(project / "hooks"),
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert expected in result.stderr
    assert "content/actors/russia.md:3: knd: unknown field: did you mean `kind`?" in result.stderr
    assert {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file()} == before


def test_check_command_reports_every_problem_and_exits_non_zero(project: Path) -> None:
    expected = break_a_quote(project)
    result = subprocess.run(
        [sys.executable, "-m", "explainer", "check"],
        cwd=project,
        env=mkdocs_env(project / "hooks"),
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert result.returncode == 1
    assert expected in result.stdout
    assert "Traceback" not in result.stderr


def test_make_site_refuses_a_broken_link_in_a_note_and_keeps_the_previous_site(project: Path) -> None:
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("previous good site", encoding="utf-8")
    actor = project / "content" / "actors" / "russia.md"
    actor.write_text(
        actor.read_text(encoding="utf-8") + "\nSee [gone](missing.md) and [a](#no-such-anchor).^[analysis]\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_site.py"), "--root", str(project)],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    said = result.stdout + result.stderr
    assert "contains a link 'missing.md'" in said and "Aborted with 2 warnings in strict mode!" in said
    assert "Traceback" not in said
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "previous good site"


def test_serve_shows_a_bad_edit_in_the_page_and_recovers_without_a_traceback(served: Served) -> None:
    quotes = served.root / "content" / "quotes.yml"
    good = quotes.read_bytes()
    expected = break_a_quote(served.root)
    try:
        page = served.wait_for("quotes/", expected)
        assert "The notes have" in page.split(expected)[0], "the problem is not in the banner above the page"
    finally:
        quotes.write_bytes(good)
    served.wait_for("quotes/", expected, present=False)
    assert served.process.poll() is None, "the server stopped on a bad edit"
    output = served.output()
    assert expected in output
    assert "Traceback" not in output
