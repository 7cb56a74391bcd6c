"""Every word the engine writes, in the language of the site.

One table per language, chosen by the site's language: mkdocs.yml's `theme.language`, the
setting that also gives Material its language. A language's table is three modules: <code>.py,
the words on the readers' pages; <code>_guide.py, the editor's guide's (its prose and what
each field means); and <code>_check.py, what `make check`, `make serve` and `make site` tell an
editor. Every table has the same keys as English's; the check names any that is missing, and
the module it belongs in. To add a language, copy en.py, en_guide.py and en_check.py to
<code>.py, <code>_guide.py and <code>_check.py, translate their values and add them to MODULES;
en_reading.py, the words the engine reads in a story's texts (months, hedges, "says", the stop
words search drops), goes to <code>_reading.py and READING; en_init.py, the files
`python -m explainer init` starts an explainer with, goes to <code>_init.py and init.STARTERS.

What the check finds is found before anyone knows who will read it: a Told keeps the key and
its values, and said() writes it in a language when it is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from ..model import PartialDate
from . import en, en_check, en_guide, en_reading, es, es_check, es_guide, es_reading
from .reading import Reading

MODULES: dict[str, dict[str, dict[str, str]]] = {
    "en": {"": en.WORDS, "_guide": en_guide.WORDS, "_check": en_check.WORDS},
    "es": {"": es.WORDS, "_guide": es_guide.WORDS, "_check": es_check.WORDS},
}
"""Each language's modules (lang/<code><suffix>.py) and their words."""
READING: dict[str, Reading] = {"en": en_reading.READING, "es": es_reading.READING}
"""Each language's words the engine reads in a story's texts (lang/<code>_reading.py)."""
TABLES: dict[str, dict[str, str]] = {
    code: {key: words for table in modules.values() for key, words in table.items()}
    for code, modules in MODULES.items()
}
"""Each language's table of words, by its code (as mkdocs.yml's theme.language writes it)."""
DEFAULT = "en"
_LANGUAGE = re.compile(r"^\s+language:\s*['\"]?([A-Za-z_-]+)['\"]?\s*(?:#.*)?$")


def say(language: str, key: str, /, **values: Any) -> str:
    """The words for key in the language, with {names} filled from values.

    A key the language's table lacks is a check problem (language_problems); a preview still
    shows the default language's words.
    """
    words = TABLES.get(language, {}).get(key)
    template = TABLES[DEFAULT][key] if words is None else words  # "" is a word: none is needed here
    return template.format(**values) if values else template


Value = Union[str, int, "Told"]
"""What fills a Told's {name}: words, a number, or other words kept until the language is known."""


@dataclass(frozen=True)
class Told:
    """Words for an editor, kept as their key and values until the language they are shown in is known."""

    key: str
    values: tuple[tuple[str, Value], ...] = ()

    def __str__(self) -> str:
        return said(DEFAULT, self)

    def __lt__(self, other: Told) -> bool:
        """Problems at one place sort by their English words, then by key: the same in every language."""
        return (str(self), self.key) < (str(other), other.key)


def told(key: str, **values: Value) -> Told:
    """The words for key (mostly a key of lang/<code>_check.py; any table's key will do), with values for its
    {names}."""
    return Told(key, tuple(values.items()))


def said(language: str, words: Told) -> str:
    """Told words written in the language, any words they hold written in it too."""
    values = {name: said(language, value) if isinstance(value, Told) else value for name, value in words.values}
    return say(language, words.key, **values)


def count(language: str, key: str, n: int, /, **values: Any) -> str:
    """Words with a number: key.one for one, key.other for any other number ({n} is the number)."""
    return say(language, f"{key}.{'one' if n == 1 else 'other'}", n=n, **values)


def date_words(language: str, date: PartialDate) -> str:
    """A date as a reader of the language reads it: 2019, March 2019, 25 March 2019."""
    words = told_date(date)
    return words if isinstance(words, str) else said(language, words)


def told_date(date: PartialDate) -> str | Told:
    """A date in words, kept until the language is known (a year alone is the same in every language)."""
    if date.month is None:
        return str(date.year)
    month = Told(f"month.{date.month}")
    if date.day is None:
        return told("date.month", month=month, year=date.year)
    return told("date.day", day=date.day, month=month, year=date.year)


def date_lead(language: str, use: str, date: PartialDate) -> str:
    """What the language puts before a date of this precision in a use: Spanish says "hasta el 14 de
    febrero" but "hasta febrero", "el 14 de febrero" but "en febrero" (use: until, on); "" for nothing."""
    return say(language, f"date.{use}.{date.precision}")


def date_phrase(language: str, use: str, date: PartialDate) -> str:
    """A date with what leads into it in a use: "el 14 de febrero de 2019", "en 2019", "on 25 March 2019"."""
    return " ".join(words for words in (date_lead(language, use, date), date_words(language, date)) if words)


def month_abbreviation(language: str, month: int) -> str:
    return say(language, f"month-abbr.{month}")


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
