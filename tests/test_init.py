"""`python -m explainer init DIR`: a new explainer that checks at once and builds once filled in."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, strict_build
from explainer import load_and_check
from explainer.init import ASSETS, STARTERS, init_project
from explainer.lang import TABLES
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


@pytest.mark.parametrize(
    ("language", "said", "central"),
    [
        ("en", "the article's exact words that say so", "central-question"),
        ("es", "las palabras exactas del artículo que lo dicen", "pregunta-central"),
    ],
)
def test_once_filled_in_it_builds(tmp_path: Path, language: str, said: str, central: str) -> None:
    project = tmp_path / "new"
    init_project(project, ROOT, language)
    for path in project.rglob("*"):
        if path.suffix in (".md", ".yml"):
            path.write_text(path.read_text(encoding="utf-8").replace("TODO: ", ""), encoding="utf-8")
    seed = f"A made-up article for the test: {said}.\n"
    (project / "seeds" / "article.txt").write_text(seed, encoding="utf-8")
    checked = load_and_check(project)
    assert [str(p) for p in checked.problems] == [] and find_unfinished(checked.notes) == []
    strict_build(project / "mkdocs.yml", tmp_path / "site")
    assert (tmp_path / "site" / central / "index.html").is_file()
    assert (tmp_path / "site" / "actors" / "first-actor" / "index.html").is_file()


def test_a_spanish_explainer_starts_in_spanish(tmp_path: Path) -> None:
    init_project(tmp_path / "nuevo", ROOT, "es")
    written = {
        p.relative_to(tmp_path / "nuevo").as_posix(): p.read_text(encoding="utf-8")
        for p in (tmp_path / "nuevo").rglob("*.md")
    }
    assert "# La historia que cuenta este explicador" in written["content/story.md"]
    assert "## Cifras clave" in written["docs/index.md"] and "Key figures" not in written["docs/index.md"]
    assert 'site_name: "TODO: ¿La pregunta que responde su explicador?"' in (tmp_path / "nuevo/mkdocs.yml").read_text(
        encoding="utf-8"
    )


def test_every_language_starts_with_the_same_files() -> None:
    assert {language: sorted(starter.FILES) for language, starter in STARTERS.items()} == {
        language: sorted(STARTERS["en"].FILES) for language in STARTERS
    }
    assert sorted(STARTERS) == sorted(TABLES)


class _Config(yaml.SafeLoader):
    """mkdocs.yml as written: !ENV [NAME, default] reads as its default."""


_Config.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])  # type: ignore[arg-type]
_THE_STORYS = ("site_name", "site_description", "nav")
"""What a story writes in its own mkdocs.yml beyond what init writes for it."""


def _config(path: Path) -> dict[str, Any]:
    config: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_Config)  # noqa: S506
    return config


def _engine_parts(config: dict[str, Any]) -> dict[str, Any]:
    """What every explainer built with this engine sets alike: no story's words, no paths."""
    theme = {k: v for k, v in config["theme"].items() if k not in ("custom_dir", "language", "palette")}
    search = [p for p in config["plugins"] if p == "search" or (isinstance(p, dict) and "search" in p)]
    kept = ("markdown_extensions", "extra_css", "extra_javascript", "validation")
    return {"theme": theme, "search": search, **{key: config.get(key) for key in kept}}


def _without_paths(config: dict[str, Any]) -> dict[str, Any]:
    """A config but for the story's own words and the paths to the engine (which depend on where it is)."""
    theme = {k: v for k, v in config["theme"].items() if k != "custom_dir"}
    return {k: v for k, v in config.items() if k not in (*_THE_STORYS, "hooks")} | {"theme": theme}


def test_the_spanish_test_story_is_configured_as_init_starts_a_story(tmp_path: Path) -> None:
    init_project(tmp_path / "new", ROOT, "es")
    story = ROOT / "tests" / "stories" / "es"
    assert _without_paths(_config(story / "mkdocs.yml")) == _without_paths(_config(tmp_path / "new" / "mkdocs.yml"))
    for asset in ASSETS:  # the engine's stylesheets and scripts, as init copies them
        assert (story / "docs" / "assets" / asset).read_bytes() == (ROOT / "docs" / "assets" / asset).read_bytes()


def test_init_starts_a_story_with_the_engines_settings_as_this_site_has_them(tmp_path: Path) -> None:
    init_project(tmp_path / "new", ROOT, "en")
    assert _engine_parts(_config(tmp_path / "new" / "mkdocs.yml")) == _engine_parts(_config(ROOT / "mkdocs.yml"))
