"""The engine holds no word of any one story: hooks/ and overrides/ name no actor, side,
relation type or question. The story is content (content/story.md and the notes).

Scanned: every string literal in hooks/**/*.py (f-string pieces too; docstrings and comments
are not) and every template in overrides/ (its comments left out).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from conftest import ROOT
from explainer import load_notes
from explainer.model import KINDS

EXTRA_WORDS = (
    "Venezuela",
    "Venezuelan",
    "Caracas",
    "Russia",
    "Russian",
    "Moscow",
    "Kremlin",
    "Maduro",
    "Guaidó",
    "Guaido",
    "Zakharova",
    "Bluff or base",
    "PDVSA",
    "Monroe",
    "Rosneft",
    "servicemen",
)
"""Words of the Venezuela story that no note's name holds whole."""


def story_words(root: Path) -> tuple[set[str], set[str]]:
    """(ids, phrases) of a project's story: ids are matched as whole literals, phrases as words anywhere."""
    notes = load_notes(root / "content", root / "seeds", root).notes
    story = notes.story
    ids = {s.id for s in story.sides} | {t.id for t in story.relation_types} | {story.question_slug}
    # Glossary terms are words of the language (a "think tank"), which the engine may use too.
    ids |= {note.id for kind in KINDS if kind != "term" for note in getattr(notes, kind + "s")}
    phrases = {story.question, story.short_title, story.question_title, story.question_label}
    phrases |= {s.label for s in story.sides} | {s.short for s in story.sides}
    phrases |= {a.name for a in notes.actors} | {alias for a in notes.actors for alias in a.aliases}
    phrases |= {t.label for t in story.relation_types if " " in t.label} | set(EXTRA_WORDS)
    return ids, {p for p in phrases if p and p not in ENGLISH}


ENGLISH = {"U.S.", "U.K."}
"""Names of the story that are also the engine's knowledge of English: abbreviations that do not
end a sentence (passages.py)."""


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings: a bare string statement anywhere."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    }


def code_strings(folder: Path, root: Path = ROOT) -> Iterator[tuple[str, int, str]]:
    """(file, line, text) of every string literal in the Python under folder, docstrings left out."""
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                yield path.relative_to(root).as_posix(), node.lineno, node.value


def template_strings(folder: Path) -> Iterator[tuple[str, int, str]]:
    """(file, line, text) of every line of the templates under folder, comments left out."""
    for path in sorted(folder.rglob("*.html")):
        text = re.sub(r"\{#.*?#\}|<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), path.read_text(), flags=re.S)
        for number, line in enumerate(text.split("\n"), start=1):
            yield path.relative_to(ROOT).as_posix(), number, line


def story_words_in(strings: Iterator[tuple[str, int, str]], ids: set[str], phrases: set[str]) -> list[str]:
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?![\w-])",
    )  # names are matched as written: "Time" the magazine, not "<time>"
    found = []
    for path, line, text in strings:
        if text in ids:
            found.append(f"{path}:{line}: the id {text!r}")
        for match in pattern.finditer(text):
            found.append(f"{path}:{line}: {match.group(0)!r} in {text[:80]!r}")
    return found


def test_the_engine_names_nothing_of_the_venezuela_story() -> None:
    ids, phrases = story_words(ROOT)
    strings = [*code_strings(ROOT / "hooks"), *template_strings(ROOT / "overrides")]
    assert story_words_in(iter(strings), ids, phrases) == []


def test_the_scan_finds_a_story_word_in_code_but_not_in_a_docstring(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text('"""About Maduro."""\nSIDES = ("maduro", "Backing Maduro")\n', encoding="utf-8")
    strings = list(code_strings(tmp_path, tmp_path))
    assert story_words_in(iter(strings), {"maduro"}, {"Maduro"}) == [
        "m.py:2: the id 'maduro'",
        "m.py:2: 'Maduro' in 'Backing Maduro'",
    ]
