"""Structured, sourced notes made into an explainer's pages. No MkDocs here."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from .check import check_notes
from .claims import Coverage, check_claims, check_pages
from .load import load_notes
from .model import Notes
from .problems import NotesError, Problem

__all__ = ["Checked", "Notes", "NotesError", "Problem", "check_notes", "load_and_check", "load_notes", "read_checked"]


@dataclass(frozen=True)
class Checked:
    """A project's notes as loaded, and every problem loading and checking found."""

    notes: Notes
    problems: list[Problem]
    """Sorted by file and line; empty when the notes can be published."""
    broken: frozenset[tuple[str, str]]
    """(kind, id) of notes that exist but could not be built."""
    coverage: Coverage
    """How many sentences readers see, in which voice, and how many drift from their passages."""


def load_and_check(root: Path, today: _dt.date | None = None, *, sourcing: bool = True) -> Checked:
    """The one way in: read root/content and root/seeds, then check what was read, and every sentence
    readers see (the notes' and the hand-written pages' in root/docs) against its passages.

    sourcing=False leaves out the sentences' passages: for tests of the other checks, which write
    notes without them. The build and `make check` always check them.
    """
    loaded = load_notes(root / "content", root / "seeds", root)
    problems = loaded.problems + check_notes(loaded.notes, loaded.broken, today)
    coverage = Coverage()
    if sourcing:
        on_notes, coverage = check_claims(loaded.notes)
        on_pages, page_coverage = check_pages(loaded.notes, _hand_written(root))
        coverage.add(page_coverage)
        problems += on_notes + on_pages
    return Checked(loaded.notes, sorted(problems), frozenset(loaded.broken), coverage)


def _hand_written(root: Path) -> dict[str, str]:
    """The hand-written pages, by path from root: their sentences are held to passages like the notes'."""
    docs = root / "docs"
    pages = sorted(p for p in docs.rglob("*.md") if p.is_file()) if docs.is_dir() else []
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8", errors="replace") for p in pages}


def read_checked(root: Path) -> Notes:
    """The notes of a project; raise NotesError with every problem if any."""
    checked = load_and_check(root)
    if checked.problems:
        raise NotesError(checked.problems)
    return checked.notes
