"""Structured, sourced notes made into an explainer's pages. No MkDocs here."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from .check import check_notes
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


def load_and_check(root: Path, today: _dt.date | None = None) -> Checked:
    """The one way in: read root/content and root/seeds, then check what was read."""
    loaded = load_notes(root / "content", root / "seeds", root)
    problems = sorted(loaded.problems + check_notes(loaded.notes, loaded.broken, today))
    return Checked(loaded.notes, problems, frozenset(loaded.broken))


def read_checked(root: Path) -> Notes:
    """The notes of a project; raise NotesError with every problem if any."""
    checked = load_and_check(root)
    if checked.problems:
        raise NotesError(checked.problems)
    return checked.notes
