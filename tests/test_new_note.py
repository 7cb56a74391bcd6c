"""`make new`: every field present and explained, passes the check, refuses taken ids."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from explainer import check_notes, load_notes
from explainer.fields import fields_of
from explainer.model import KINDS
from explainer.template import LIST_KINDS, find_unfinished, note_path, note_values, render_template, write_note

TODAY = "2026-11-25"


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    return subprocess.run(
        [sys.executable, "-m", "explainer", "--root", str(root), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of this explainer's notes and seeds."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_new_note_has_every_field_explained_and_passes_the_check(project: Path, kind: str) -> None:
    made = run(project, "new", kind, "brand-new", "--today", TODAY)
    assert made.returncode == 0, made.stderr
    path = project / "content" / note_path(kind, "brand-new")
    assert (
        made.stdout.strip()
        == f"Wrote content/{note_path(kind, 'brand-new')}: replace every TODO, then run `make check`."
    )
    written = path.read_text(encoding="utf-8").split("\n")
    for info in fields_of(KINDS[kind]):
        if info.name == "body" or (info.name == "id" and kind not in LIST_KINDS):
            continue
        [line] = [i for i, text in enumerate(written) if re.match(rf"^(- |  )?{info.name}:", text)]
        comments = []
        for above in reversed(written[:line]):
            if not above.strip().startswith("#"):
                break
            comments.append(above.strip())
        assert f"# {info.doc}" in comments, (info.name, comments)
        assert any(("required" if info.required else "optional") in c for c in comments)

    checked = run(project, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no problems" in checked.stdout
    reminders = [line for line in checked.stdout.splitlines() if line.startswith("  content/")]
    assert reminders, "a fresh note must be listed as unfinished"
    assert all("brand-new" in line or "repeat" in line for line in reminders)


def test_new_quote_copies_true_words_and_is_reported_as_a_repeat(project: Path) -> None:
    assert run(project, "new", "quote", "fresh-quote", "--today", TODAY).returncode == 0
    loaded = load_notes(project / "content", project / "seeds", project)
    assert check_notes(loaded.notes, loaded.broken) == []
    fresh = next(q for q in loaded.notes.quotes if q.id == "fresh-quote")
    original = next(q for q in loaded.notes.quotes if q.id != "fresh-quote" and q.text == fresh.text)
    assert fresh.speaker == original.speaker, "copied words keep their real speaker"
    fields = {p.field for p in find_unfinished(loaded.notes) if "fresh-quote" in p.path}
    assert fields == {"text", "context"}


def test_a_filled_in_note_is_finished(project: Path) -> None:
    assert run(project, "new", "actor", "peskov", "--today", TODAY).returncode == 0
    path = project / "content/actors/peskov.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace('"TODO: Name as the page shows it."', '"Dmitry Peskov"')
    text = text.replace(
        '"TODO: Who they are in this story, in one line."', '"Kremlin spokesman^[context: general knowledge]"'
    )
    text = re.sub(r"TODO: .*\n$", "Speaks for [[vladimir-putin]].^[context: general knowledge]\n", text)
    path.write_text(text, encoding="utf-8")
    checked = run(project, "check")
    assert checked.returncode == 0
    assert "To finish" not in checked.stdout
    assert "placeholder" not in checked.stdout


def test_refuses_an_id_that_exists(project: Path) -> None:
    before = (project / "content/actors/russia.md").read_bytes()
    made = run(project, "new", "actor", "russia")
    assert made.returncode == 2
    assert made.stderr.strip() == (
        "an actor with id 'russia' exists already at content/actors/russia.md:2: pick another id, or edit that note"
    )
    assert (project / "content/actors/russia.md").read_bytes() == before
    quote_id = load_notes(project / "content", project / "seeds", project).notes.quotes[0].id
    made = run(project, "new", "quote", quote_id)
    assert made.returncode == 2
    assert not (project / "content" / note_path("quote", quote_id)).exists()


def test_refuses_an_id_that_is_not_plain(project: Path) -> None:
    made = run(project, "new", "actor", "Dmitry_Peskov")
    assert made.returncode == 2
    assert "is not a plain id" in made.stderr
    assert not list((project / "content/actors").glob("Dmitry*"))


def test_every_note_written_out_loads_back_the_same(tmp_path: Path) -> None:
    """The guide's examples are written this way: they must be real, complete notes."""
    notes = load_notes(ROOT / "content", ROOT / "seeds", ROOT).notes
    for kind in KINDS:
        for note in getattr(notes, kind + "s"):
            path = tmp_path / "content" / note_path(kind, note.id)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(write_note(kind, note_values(note)), encoding="utf-8")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(ROOT / "content" / "story.md", tmp_path / "content" / "story.md")
    again = load_notes(tmp_path / "content", tmp_path / "seeds", tmp_path)
    assert again.problems == []
    assert check_notes(again.notes, again.broken) == []
    for kind in KINDS:
        before = {n.id: _without_lines(n) for n in getattr(notes, kind + "s")}
        after = {n.id: _without_lines(n) for n in getattr(again.notes, kind + "s")}
        assert after == before, kind


def _without_lines(note: object) -> object:
    """The note without where it was read from, which differs between files."""
    changes: dict[str, object] = {"origin": None}
    for name in ("evidence_for", "evidence_against", "corrections"):
        if hasattr(note, name):
            changes[name] = tuple(dataclasses.replace(p, line=0) for p in getattr(note, name))
    return dataclasses.replace(note, **changes)  # type: ignore[type-var]


def test_template_is_the_same_text_the_command_writes(project: Path) -> None:
    notes = load_notes(project / "content", project / "seeds", project).notes
    assert run(project, "new", "term", "brand-new", "--today", TODAY).returncode == 0
    written = (project / "content/terms/brand-new.md").read_text(encoding="utf-8")
    assert written == render_template("term", "brand-new", TODAY, notes)


def test_new_source_names_a_seed_waiting_for_it(project: Path) -> None:
    (project / "seeds" / "second-article.txt").write_text("A second article.\n", encoding="utf-8")
    assert run(project, "new", "source", "second-article", "--today", TODAY).returncode == 0
    written = (project / "content/sources/second-article.md").read_text(encoding="utf-8")
    assert '\nseed: "second-article.txt"\n' in written
    assert "files in seeds/ that no source cites yet: second-article.txt" in written
