"""Structured, sourced notes made into an explainer's pages. No MkDocs here."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from .check import check_notes
from .lang import language_problems, site_language
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


def load_and_check(root: Path, today: _dt.date | None = None, language: str | None = None) -> Checked:
    """The one way in: read root/content and root/seeds, then check what was read.

    language is the site's (theme.language, which the MkDocs hook passes); without it, mkdocs.yml's.
    """
    loaded = load_notes(root / "content", root / "seeds", root)
    where = ("mkdocs.yml", 0)
    if language is None:
        language, line = site_language(root)
        where = ("mkdocs.yml", line)
    notes = dataclasses.replace(loaded.notes, language=language)
    problems = loaded.problems + check_notes(notes, loaded.broken, today) + language_problems(language, *where)
    return Checked(notes, sorted(problems), frozenset(loaded.broken))


def read_checked(root: Path) -> Notes:
    """The notes of a project; raise NotesError with every problem if any."""
    checked = load_and_check(root)
    if checked.problems:
        raise NotesError(checked.problems)
    return checked.notes
