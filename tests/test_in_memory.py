"""A project held in memory loads and checks as it would from disk; the guide checks its examples that way."""

from __future__ import annotations

import builtins
import io
import os
import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import MINIMAL, ROOT, SEED, project_notes
from explainer import load_and_check, mistakes
from explainer.mistakes import collect_mistakes, example_project

SEED_TEXT = (ROOT / "seeds" / SEED).read_text(encoding="utf-8")

# Each case: the files changed from MINIMAL (None: removed). Loaded from disk and from memory, the
# problems must be the same, word for word, line for line.
CHANGES: list[tuple[str, dict[str, str | None]]] = [
    ("unchanged", {}),
    ("field typo", {"content/actors/russia.md": MINIMAL["content/actors/russia.md"].replace("role:", "rol:")}),
    ("bad yaml list", {"content/relations.yml": "- id: a\n  subject: russia\n   type: supports\n"}),
    ("empty file", {"content/events.yml": "\n"}),
    ("not a kind", {"content/people/x.md": "---\nname: X\n---\n"}),
    ("upper-case suffix", {"content/actors/x.MD": "---\nname: X\n---\n"}),
    ("hidden and backup files skipped", {"content/.notes.md": "x", "content/actors/russia.md~": "x"}),
    ("no story", {"content/story.md": None}),
    ("no seed", {f"seeds/{SEED}": None}),
    ("hand-written page", {"docs/index.md": "---\ndescription: Nothing sourced here.\n---\n\nA page.\n"}),
]


def _write(root: Path, files: dict[str, str]) -> Path:
    """Each file as it is, byte for byte (write_project would dedent it)."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _project(changes: dict[str, str | None]) -> dict[str, str]:
    files = {name: textwrap.dedent(text).lstrip("\n") for name, text in MINIMAL.items()}
    files[f"seeds/{SEED}"] = SEED_TEXT
    for name, text in changes.items():
        if text is None:
            files.pop(name, None)
        else:
            files[name] = text
    return files


@pytest.mark.parametrize(("case", "changes"), CHANGES, ids=[case for case, _ in CHANGES])
def test_a_project_in_memory_says_what_it_says_on_disk(
    tmp_path: Path, case: str, changes: dict[str, str | None]
) -> None:
    files = _project(changes)
    root = _write(tmp_path, files)
    on_disk = load_and_check(root)
    in_memory = load_and_check(Path("elsewhere"), texts=files)
    assert [str(p) for p in in_memory.problems] == [str(p) for p in on_disk.problems]
    assert in_memory.notes == on_disk.notes
    assert in_memory.coverage == on_disk.coverage


def _refuse(what: str) -> Any:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"the guide's examples touched the disk: {what}{args}")

    return refused


def test_the_guide_checks_its_examples_without_touching_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    notes = project_notes()
    mistakes._run.cache_clear()  # checked afresh, not remembered from another test
    for module, name in ((os, "open"), (os, "mkdir"), (os, "scandir"), (io, "open"), (builtins, "open")):
        monkeypatch.setattr(module, name, _refuse(f"{module.__name__}.{name}"))
    found = collect_mistakes(notes)
    monkeypatch.undo()
    assert len(found) >= 10
    assert all(m.messages for m in found)


def test_the_guide_prints_what_the_check_says_on_disk(tmp_path: Path) -> None:
    """Each example, written into a real project and checked there, gives the messages the guide prints."""
    notes = project_notes()
    project = example_project(notes)
    for mistake in collect_mistakes(notes):
        root = _write(tmp_path / str(len(list(tmp_path.iterdir()))), {**project, mistake.path: mistake.text})
        checked = load_and_check(root)
        said = [str(p) for p in checked.problems] or [
            f"To finish before `make site` will publish: {p}" for p in mistakes.find_unfinished(checked.notes)
        ]
        assert list(mistake.messages) == said, mistake.title
