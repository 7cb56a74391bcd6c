"""What the check tells an editor is kept as a key and values (lang.told) and written in the site's language."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from explainer.lang import TABLES, Told, said, told
from explainer.problems import NotesError, Problem

HOOKS = Path(__file__).resolve().parents[1] / "hooks"


def _told_calls() -> list[tuple[str, int, str, set[str]]]:
    """Every told("key", name=...) in the engine: file, line, key and the names it fills."""
    calls = []
    for path in sorted(HOOKS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "told":
                key = node.args[0]
                assert isinstance(key, ast.Constant), f"{path}:{node.lineno}: told's key is a literal, to be found"
                names = {keyword.arg for keyword in node.keywords if keyword.arg}
                calls.append((path.relative_to(HOOKS).as_posix(), node.lineno, key.value, names))
    return calls


def _names(template: str) -> set[str]:
    return {name.split("!")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_told_is_in_the_english_table_with_the_names_it_is_given() -> None:
    calls = _told_calls()
    assert len(calls) > 150
    wrong = [
        (where, line, key)
        for where, line, key, names in calls
        if key not in TABLES["en"] or _names(TABLES["en"][key]) != names
    ]
    assert wrong == []


def test_told_words_are_written_in_the_language_they_are_shown_in() -> None:
    missing = Problem("mkdocs.yml", 3, "theme.language", told("check.language.missing", language="fr", english="en.py"))
    assert str(missing) == "mkdocs.yml:3: theme.language: missing from the 'fr' table: add it, translating en.py's"
    assert (
        missing.said("es")
        == "mkdocs.yml:3: theme.language: falta en la tabla 'fr': añada esta clave, traduciendo su texto de en.py"
    )


def test_words_held_inside_told_words_are_written_in_the_same_language() -> None:
    inner = told("check.code-changed.others", files="hooks/x.py")
    outer = told("check.code-changed", others=inner)
    assert said("es", outer).startswith("ha cambiado desde que empezó `make serve` (y hooks/x.py): ")
    assert str(outer).startswith("changed since `make serve` started (and hooks/x.py): ")


@pytest.mark.parametrize(
    ("language", "first"), [("en", "The notes have 2 problems:"), ("es", "Las notas tienen 2 problemas:")]
)
def test_notes_error_lists_every_problem_in_the_language(language: str, first: str) -> None:
    problems = [
        Problem("b.md", 2, "", told("check.new.at", path="p", line=1)),
        Problem("a.md", 1, "", Told("check.new.at", (("path", "q"), ("line", 9)))),
    ]
    lines = str(NotesError(problems, language)).splitlines()
    assert lines[0] == first
    assert [line.split(":")[0].strip() for line in lines[1:]] == ["a.md", "b.md"]
