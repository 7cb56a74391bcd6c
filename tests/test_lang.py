"""The tables of words, one per language: the same keys, dates as their readers write them."""

from __future__ import annotations

import html
import string
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ROOT
from explainer import load_and_check
from explainer.export import render_feed
from explainer.fields import LOADER_FIELDS, fields_of
from explainer.lang import (
    MODULES,
    READING,
    TABLES,
    date_phrase,
    date_words,
    en_guide,
    es_guide,
    say,
    site_language,
)
from explainer.lang.missing import language_problems
from explainer.model import KINDS, NESTED, STORY_PARTS, PartialDate, Story
from explainer.render.home import fill_page
from explainer.render.seo import PageInfo, page_seo, parse_human_date


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


@pytest.mark.parametrize(
    ("language", "use", "date", "words"),
    [
        ("es", "until", PartialDate(2019, 2, 14), "el 14 de febrero de 2019"),
        ("es", "until", PartialDate(2019, 2), "febrero de 2019"),
        ("es", "until", PartialDate(2019), "2019"),
        ("es", "on", PartialDate(2019, 2, 14), "el 14 de febrero de 2019"),
        ("es", "on", PartialDate(2019, 2), "en febrero de 2019"),
        ("es", "on", PartialDate(2019), "en 2019"),
        ("en", "until", PartialDate(2019, 2, 14), "14 February 2019"),
        ("en", "until", PartialDate(2019, 2), "February 2019"),
        ("en", "on", PartialDate(2019, 2, 14), "on 14 February 2019"),
        ("en", "on", PartialDate(2019, 2), "in February 2019"),
        ("en", "on", PartialDate(2019), "in 2019"),
    ],
)
def test_a_date_takes_the_words_its_precision_needs(language: str, use: str, date: PartialDate, words: str) -> None:
    """Spanish: "hasta el 14 de febrero de 2019" but "hasta febrero de 2019"; "el 14 …" but "en febrero"."""
    assert date_phrase(language, use, date) == words


@pytest.mark.parametrize(
    ("date", "said"),
    [(PartialDate(2024, 2, 14), "hasta el 14 de febrero de 2024"), (PartialDate(2024, 2), "hasta febrero de 2024")],
)
def test_reporting_up_to_a_date_reads_as_spanish_on_the_home_page_and_each_pages_age(
    date: PartialDate, said: str
) -> None:
    notes = load_and_check(ROOT / "tests" / "stories" / "es").notes
    notes = replace(notes, sources=tuple(replace(source, date=date) for source in notes.sources))
    home, problems = fill_page(notes, "<!-- explainer: reporting-up-to -->\n", "index.md", "docs/index.md")
    assert problems == [] and f"**Según la información publicada {said}.**" in home
    words = page_seo(notes, PageInfo("timeline.md", "Cronología", "Sitio")).words
    assert f"{words['based_on']} {words['newest']}" == f"Según la información publicada {said}"


@pytest.mark.parametrize(
    ("updated", "said"),
    [
        (PartialDate(2024, 2, 14), "Actualizado el 14 de febrero de 2024:"),
        (PartialDate(2024, 2), "Actualizado en febrero de 2024:"),
    ],
)
def test_the_feed_says_when_in_spanish(updated: PartialDate, said: str) -> None:
    notes = load_and_check(ROOT / "tests" / "stories" / "es").notes
    notes = replace(notes, actors=tuple(replace(actor, updated=updated) for actor in notes.actors))
    feed = render_feed(notes, "https://example.org/", "Sitio").decode("utf-8")
    assert said in html.unescape(feed)


@pytest.mark.parametrize(
    ("key", "module"),
    [
        ("page.timeline", "es.py"),
        ("guide.title", "es_guide.py"),
        ("field.Actor.role", "es_guide.py"),
        ("check.notes-have.one", "es_check.py"),
    ],
)
def test_a_key_missing_from_the_sites_language_fails_the_check_by_name(
    minimal: Path, monkeypatch: pytest.MonkeyPatch, key: str, module: str
) -> None:
    lacking = {k: words for k, words in TABLES["es"].items() if k != key}
    monkeypatch.setitem(TABLES, "es", lacking)
    problems = [str(p) for p in load_and_check(minimal, language="es").problems]
    english = module.replace("es", "en", 1)
    assert problems == [
        f"hooks/explainer/lang/{module}: {key}: missing from the 'es' table: add it, translating {english}'s"
    ]
    assert say("es", key) == TABLES["en"][key]  # a preview still shows words


def test_each_language_is_three_modules_that_share_no_key() -> None:
    for modules in MODULES.values():
        keys = [key for words in modules.values() for key in words]
        assert len(keys) == len(set(keys))
        assert {suffix: set(words) for suffix, words in modules.items()} == {
            suffix: set(words) for suffix, words in MODULES["en"].items()
        }


def test_every_field_an_editor_writes_has_its_meaning_in_every_language() -> None:
    """English is model.py's own words; a field added to the model is a key every other table must add."""
    described = (*KINDS.values(), *NESTED, *STORY_PARTS, Story)
    expected = {f"field.{cls.__name__}.{info.name}" for cls in described for info in fields_of(cls)}
    assert expected == {key for key in en_guide.WORDS if key.startswith("field.")}
    assert en_guide._FILLED_BY_THE_LOADER == LOADER_FIELDS
    same = [key for key in expected if es_guide.WORDS[key] == en_guide.WORDS[key]]
    assert same == []


def test_a_language_without_a_table_is_named_with_what_to_do() -> None:
    assert [str(p) for p in language_problems("fr", "mkdocs.yml", 12)] == [
        "mkdocs.yml:12: theme.language: no table of words for the language 'fr': use one of en, es, or add "
        "hooks/explainer/lang/fr.py, fr_guide.py, fr_check.py and fr_reading.py (copy en.py, en_guide.py, en_check.py "
        "and en_reading.py and translate them; see the editor's guide)"
    ]


def test_the_language_is_read_from_the_themes_setting_in_mkdocs_yml(tmp_path: Path) -> None:
    assert site_language(tmp_path) == ("en", 0)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: X\nsite_url: !ENV [SITE_URL, 'x']\ntheme:\n  name: material\n  language: es\nplugins:\n  - search\n",
        encoding="utf-8",
    )
    assert site_language(tmp_path) == ("es", 5)


def test_a_language_with_no_words_to_read_sentences_with_is_named(
    minimal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(READING, "es")
    assert [str(p) for p in load_and_check(minimal, language="es").problems] == [
        "hooks/explainer/lang/es_reading.py: no words to read 'es' sentences with: copy en_reading.py here and "
        "translate its months, hedges and cues, then add it to READING in hooks/explainer/lang/__init__.py"
    ]
