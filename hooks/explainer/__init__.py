"""Structured, sourced notes made into an explainer's pages. No MkDocs here."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .check import check_notes
from .claims import Coverage, check_claims, check_pages
from .handwritten import read_pages
from .lang import DEFAULT, site_language
from .lang.missing import language_problems
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


def load_and_check(
    root: Path,
    today: _dt.date | None = None,
    language: str | None = None,
    *,
    sourcing: bool = True,
    texts: Mapping[str, str] | None = None,
) -> Checked:
    """The one way in: read root/content and root/seeds, then check what was read, and every sentence
    readers see (the notes' and the hand-written pages' in root/docs) against its passages.

    language is the site's (theme.language, which the MkDocs hook passes); without it, mkdocs.yml's.
    sourcing=False leaves out the sentences' passages: for tests of the other checks, which write
    notes without them. The build and `make check` always check them.
    texts ({path from root: text}, as content/actors/russia.md) is the project held in memory:
    its files are read from there, nothing on disk is (the language is English unless given).
    """
    loaded = load_notes(root / "content", root / "seeds", root, texts)
    where = ("mkdocs.yml", 0)
    if language is None:
        language, line = site_language(root) if texts is None else (DEFAULT, 0)
        where = ("mkdocs.yml", line)
    problems = loaded.problems + language_problems(language, *where)
    hand_written = read_pages(root, problems, texts)
    corrected = tuple(p.page for p in hand_written.values() if p.page is not None)
    notes = dataclasses.replace(loaded.notes, language=language, pages=corrected)
    problems += check_notes(notes, loaded.broken, today)
    coverage = Coverage()
    if sourcing:
        on_notes, coverage = check_claims(notes)
        on_pages, page_coverage = check_pages(notes, {path: p.texts for path, p in hand_written.items()})
        coverage.add(page_coverage)
        problems += on_notes + on_pages
    return Checked(notes, sorted(problems), frozenset(loaded.broken), coverage)


def read_checked(root: Path) -> Notes:
    """The notes of a project; raise NotesError with every problem if any."""
    checked = load_and_check(root)
    if checked.problems:
        raise NotesError(checked.problems, checked.notes.language)
    return checked.notes
