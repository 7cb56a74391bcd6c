"""What is wrong with the notes, said so an editor can fix it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lang import DEFAULT, Told, count, said


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one place: the file, the line, the field and what to do."""

    path: str
    """The file, relative to the project root (content/quotes.yml)."""
    line: int
    """1-based line number; 0 when the problem is with the whole file."""
    field: str
    """The field at fault, or '' when it is not one field."""
    message: Told
    """What was found and how to fix it, in words kept until the language is known (lang.said)."""

    def __str__(self) -> str:
        return self.said(DEFAULT)

    def said(self, language: str) -> str:
        """The problem as an editor of the language reads it: file:line: field: what to do."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f" {self.field}:" if self.field else ""
        return f"{where}:{what} {said(language, self.message)}"


class NotesError(Exception):
    """Raised with every problem at once when the notes cannot be used."""

    def __init__(self, problems: list[Problem], language: str = DEFAULT) -> None:
        self.problems = sorted(problems)
        lines = [count(language, "check.notes-have", len(self.problems))]
        lines += [f"  {p.said(language)}" for p in self.problems]
        super().__init__("\n".join(lines))


def shown(value: object, limit: int = 60) -> str:
    """A value as a message shows it: its repr, on one line, cut to at most limit characters.

    Never builds the whole repr: a value may be huge (a pasted file) or deeply nested.
    """
    parts: list[str] = []
    _show(value, parts, limit + 1, 0)
    text = "".join(parts)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _show(value: object, parts: list[str], left: int, depth: int) -> int:
    """Append value's repr to parts until about `left` characters are written; return what is left."""
    if left <= 0:
        return left
    if isinstance(value, dict | list | tuple) and depth < 8:
        opening, closing = "{}" if isinstance(value, dict) else "()" if isinstance(value, tuple) else "[]"
        parts.append(opening)
        left -= 1
        items: Any = value.items() if isinstance(value, dict) else value
        for index, item in enumerate(items):
            if left <= 0:
                return left
            if index:
                parts.append(", ")
                left -= 2
            if isinstance(value, dict):
                left = _show(item[0], parts, left, depth + 1)
                parts.append(": ")
                left = _show(item[1], parts, left - 2, depth + 1)
            else:
                left = _show(item, parts, left, depth + 1)
        parts.append("," + closing if isinstance(value, tuple) and len(value) == 1 else closing)
        return left - 1
    if isinstance(value, dict | list | tuple):
        text = "..."
    elif isinstance(value, str):
        text = repr(str(value[: left + 1]))
    else:
        text = repr(value)[: left + 1]
    parts.append(text)
    return left - len(text)
