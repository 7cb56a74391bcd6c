"""Structured, sourced notes made into an explainer's pages. No MkDocs here."""

from __future__ import annotations

from pathlib import Path

from .check import check_notes
from .load import load_notes
from .model import Notes
from .problems import NotesError, Problem

__all__ = ["Notes", "NotesError", "Problem", "check_notes", "load_notes", "read_checked"]


def read_checked(content_dir: Path, seeds_dir: Path, root: Path | None = None) -> Notes:
    """Load and check the notes; raise NotesError with every problem if any."""
    loaded = load_notes(content_dir, seeds_dir, root)
    problems = loaded.problems + check_notes(loaded.notes, loaded.broken)
    if problems:
        raise NotesError(problems)
    return loaded.notes
