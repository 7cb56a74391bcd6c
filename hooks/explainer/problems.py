"""What is wrong with the notes, said so an editor can fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one place: the file, the line, the field and what to do."""

    path: str
    """The file, relative to the project root (content/quotes.yml)."""
    line: int
    """1-based line number; 0 when the problem is with the whole file."""
    field: str
    """The field at fault, or '' when it is not one field."""
    message: str
    """What was found and how to fix it."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f" {self.field}:" if self.field else ""
        return f"{where}:{what} {self.message}"


class NotesError(Exception):
    """Raised with every problem at once when the notes cannot be used."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"The notes have {count} {noun}:"] + [f"  {p}" for p in self.problems]
        super().__init__("\n".join(lines))
