"""What keeps the site's language from being written or read: no table for it, keys its table lacks, or no
words to read its sentences with."""

from __future__ import annotations

from ..problems import Problem
from . import DEFAULT, MODULES, READING, TABLES, told


def language_problems(language: str, path: str = "mkdocs.yml", line: int = 0) -> list[Problem]:
    """A problem for a language with no table, or one for each key its modules lack (named by module)."""
    if language not in TABLES:
        known = ", ".join(sorted(TABLES))
        return [Problem(path, line, "theme.language", told("check.language.unknown", language=language, known=known))]
    problems = []
    if language not in READING:
        missing = told("check.language.no-reading", language=language)
        problems.append(Problem(f"hooks/explainer/lang/{language}_reading.py", 0, "", missing))
    for suffix, words in MODULES[DEFAULT].items():
        for key in words:
            if key not in TABLES[language]:
                missing = told("check.language.missing", language=language, english=f"en{suffix}.py")
                problems.append(Problem(f"hooks/explainer/lang/{language}{suffix}.py", 0, key, missing))
    return problems
