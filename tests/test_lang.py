"""The tables of words, one per language: the same keys, dates as their readers write them."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from explainer import load_and_check
from explainer.lang import TABLES, date_words, language_problems, say, site_language
from explainer.model import PartialDate
from explainer.render.seo import parse_human_date


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", sorted(TABLES))
def test_every_table_has_exactly_the_english_keys_and_placeholders(language: str) -> None:
    assert set(TABLES[language]) == set(TABLES["en"])
    changed = [key for key, words in TABLES["en"].items() if _names(words) != _names(TABLES[language][key])]
    assert changed == []


@pytest.mark.parametrize(
    ("language", "date", "words"),
    [
        ("en", PartialDate(2019, 3, 25), "25 March 2019"),
        ("en", PartialDate(2019, 3), "March 2019"),
        ("en", PartialDate(2019), "2019"),
        ("es", PartialDate(2019, 3, 25), "25 de marzo de 2019"),
        ("es", PartialDate(2019, 3), "marzo de 2019"),
        ("es", PartialDate(2019), "2019"),
    ],
)
def test_dates_read_as_a_reader_of_the_language_writes_them(language: str, date: PartialDate, words: str) -> None:
    assert date_words(language, date) == words
    assert parse_human_date(words, language) == date


def test_precision_is_said_in_the_language() -> None:
    assert say("en", "precision.month") == "month known, day not given"
    assert say("es", "precision.month") == "se sabe el mes, no el día"


def test_a_key_missing_from_the_sites_language_fails_the_check_by_name(
    minimal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lacking = {key: words for key, words in TABLES["es"].items() if key != "page.timeline"}
    monkeypatch.setitem(TABLES, "es", lacking)
    problems = [str(p) for p in load_and_check(minimal, language="es").problems]
    assert problems == [
        "hooks/explainer/lang/es.py: page.timeline: missing from the 'es' table: add it, translating en.py's"
    ]
    assert say("es", "page.timeline") == "Timeline"  # a preview still shows words


def test_a_language_without_a_table_is_named_with_what_to_do() -> None:
    assert [str(p) for p in language_problems("fr", "mkdocs.yml", 12)] == [
        "mkdocs.yml:12: theme.language: no table of words for the language 'fr': use one of en, es, or add "
        "hooks/explainer/lang/fr.py (copy en.py and translate it; see the editor's guide)"
    ]


def test_the_language_is_read_from_the_themes_setting_in_mkdocs_yml(tmp_path: Path) -> None:
    assert site_language(tmp_path) == ("en", 0)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: X\nsite_url: !ENV [SITE_URL, 'x']\ntheme:\n  name: material\n  language: es\nplugins:\n  - search\n",
        encoding="utf-8",
    )
    assert site_language(tmp_path) == ("es", 5)
