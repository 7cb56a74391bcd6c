"""Every word the engine writes on a page, in the language of the site.

One table per language, chosen by the site's language: mkdocs.yml's `theme.language`, the
setting that also gives Material its language. A language's table is two modules: <code>.py,
the words on the readers' pages, and <code>_guide.py, the editor's guide's (its prose and what
each field means). Every table has the same keys as English's; the check names any that is
missing, and the module it belongs in. To add a language, copy en.py and en_guide.py to
<code>.py and <code>_guide.py, translate their values and add them to TABLES; en_init.py, the
files `python -m explainer init` starts an explainer with, goes to <code>_init.py and
init.STARTERS.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..model import PartialDate
from ..problems import Problem
from . import en, en_guide, es, es_guide

TABLES: dict[str, dict[str, str]] = {"en": en.WORDS | en_guide.WORDS, "es": es.WORDS | es_guide.WORDS}
"""Each language's table of words, by its code (as mkdocs.yml's theme.language writes it)."""
DEFAULT = "en"
_LANGUAGE = re.compile(r"^\s+language:\s*['\"]?([A-Za-z_-]+)['\"]?\s*(?:#.*)?$")


def say(language: str, key: str, **values: Any) -> str:
    """The words for key in the language, with {names} filled from values.

    A key the language's table lacks is a check problem (language_problems); a preview still
    shows the default language's words.
    """
    words = TABLES.get(language, {}).get(key)
    template = TABLES[DEFAULT][key] if words is None else words  # "" is a word: none is needed here
    return template.format(**values) if values else template


def count(language: str, key: str, n: int, **values: Any) -> str:
    """Words with a number: key.one for one, key.other for any other number ({n} is the number)."""
    return say(language, f"{key}.{'one' if n == 1 else 'other'}", n=n, **values)


def date_words(language: str, date: PartialDate) -> str:
    """A date as a reader of the language reads it: 2019, March 2019, 25 March 2019."""
    if date.month is None:
        return str(date.year)
    month = say(language, f"month.{date.month}")
    if date.day is None:
        return say(language, "date.month", month=month, year=date.year)
    return say(language, "date.day", day=date.day, month=month, year=date.year)


def date_lead(language: str, use: str, date: PartialDate) -> str:
    """What the language puts before a date of this precision in a use: Spanish says "hasta el 14 de
    febrero" but "hasta febrero", "el 14 de febrero" but "en febrero" (use: until, on); "" for nothing."""
    return say(language, f"date.{use}.{date.precision}")


def date_phrase(language: str, use: str, date: PartialDate) -> str:
    """A date with what leads into it in a use: "el 14 de febrero de 2019", "en 2019", "on 25 March 2019"."""
    return " ".join(words for words in (date_lead(language, use, date), date_words(language, date)) if words)


def month_abbreviation(language: str, month: int) -> str:
    return say(language, f"month-abbr.{month}")


def language_problems(language: str, path: str = "mkdocs.yml", line: int = 0) -> list[Problem]:
    """What keeps the site's language from being written: no table, or keys its table lacks."""
    if language not in TABLES:
        known = ", ".join(sorted(TABLES))
        message = (
            f"no table of words for the language {language!r}: use one of {known}, or add "
            f"hooks/explainer/lang/{language}.py and {language}_guide.py (copy en.py and en_guide.py and translate "
            "them; see the editor's guide)"
        )
        return [Problem(path, line, "theme.language", message)]
    problems = []
    for key in TABLES[DEFAULT]:
        if key not in TABLES[language]:
            module = "_guide" if key in en_guide.WORDS else ""
            message = f"missing from the {language!r} table: add it, translating en{module}.py's"
            problems.append(Problem(f"hooks/explainer/lang/{language}{module}.py", 0, key, message))
    return problems


def site_language(root: Path) -> tuple[str, int]:
    """The language mkdocs.yml gives the theme (theme.language) and its line; English when it gives none."""
    config = root / "mkdocs.yml"
    if not config.is_file():
        return DEFAULT, 0
    in_theme = False
    for number, line in enumerate(config.read_text(encoding="utf-8").splitlines(), start=1):
        if line and not line[0].isspace() and not line.startswith("#"):
            in_theme = line.startswith("theme:")
        elif in_theme and (found := _LANGUAGE.match(line)):
            return found.group(1), number
    return DEFAULT, 0
