"""`python -m explainer init DIR`: a new explainer that checks at once and builds once filled in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, strict_build
from explainer import load_and_check
from explainer.init import init_project
from explainer.template import find_unfinished


def test_init_writes_a_project_that_checks_and_lists_its_placeholders(tmp_path: Path) -> None:
    written = init_project(tmp_path / "new", ROOT, "es")
    assert {"content/story.md", "content/sources/article.md", "content/actors/first-actor.md"} <= set(written)
    assert {"seeds/article.txt", "docs/index.md", "mkdocs.yml"} <= set(written)
    checked = load_and_check(tmp_path / "new")
    assert [str(p) for p in checked.problems] == []
    assert checked.notes.language == "es"
    unfinished = [str(p) for p in find_unfinished(checked.notes)]
    assert "content/story.md:3: question: still holds the TODO placeholder from `python -m explainer init`: " in (
        "\n".join(unfinished)
    )
    assert (
        "seeds/article.txt:1: still the placeholder from `python -m explainer init`: paste the article's text here"
        in (unfinished)
    )


@pytest.mark.parametrize(
    ("language", "existing", "message"),
    [
        ("fr", False, "no table of words for 'fr': use one of en, es"),
        ("en", True, "is not empty: start a new explainer in an empty or new folder"),
    ],
)
def test_init_refuses_what_it_cannot_start(tmp_path: Path, language: str, existing: bool, message: str) -> None:
    if existing:
        (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)):
        init_project(tmp_path, ROOT, language)


def test_once_filled_in_it_builds(tmp_path: Path) -> None:
    project = tmp_path / "new"
    init_project(project, ROOT)
    for path in project.rglob("*"):
        if path.suffix in (".md", ".yml"):
            path.write_text(path.read_text(encoding="utf-8").replace("TODO: ", ""), encoding="utf-8")
    seed = "A made-up article for the test: the article's exact words that say so.\n"
    (project / "seeds" / "article.txt").write_text(seed, encoding="utf-8")
    checked = load_and_check(project)
    assert [str(p) for p in checked.problems] == [] and find_unfinished(checked.notes) == []
    strict_build(project / "mkdocs.yml", tmp_path / "site")
    assert (tmp_path / "site" / "central-question" / "index.html").is_file()
    assert (tmp_path / "site" / "actors" / "first-actor" / "index.html").is_file()
