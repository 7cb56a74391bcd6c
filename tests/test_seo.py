"""render/seo.py: share tags, dates and JSON-LD from notes and page facts, exactly."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from explainer.model import Actor, Notes, Origin, PartialDate, Relation, Source
from explainer.render.seo import PageInfo, PageSeo, linked_actors, page_seo, parse_human_date, script_json

SITE = "Why are Russian troops in Venezuela?"
URL = "https://example.org/explainer/"


def _origin() -> Origin:
    return Origin("content/x.md", 1)


NOTES = Notes(
    sources=(
        Source("the-week", "The Week", "article", _origin(), date=PartialDate(2019, 3)),
        Source("bbc", "BBC", "news-outlet", _origin(), date=PartialDate(2019, 1, 24), updated=PartialDate(2026, 11, 2)),
        Source("undated", "Someone", "expert", _origin()),
    ),
    actors=(
        Actor(
            "russia",
            "Russia",
            "country",
            "Sent troops",
            ("the-week",),
            _origin(),
            aliases=("Moscow",),
            updated=PartialDate(2026, 11, 20),
        ),
        Actor("nicolas-maduro", "Nicolás Maduro", "person", "President of Venezuela", ("the-week",), _origin()),
        Actor("rosneft", "Rosneft", "company", "Oil company", ("the-week",), _origin()),
    ),
    relations=(
        Relation(
            "r", "russia", "supports", "nicolas-maduro", ("the-week",), _origin(), updated=PartialDate(2026, 11, 25)
        ),
    ),
)


@dataclass
class Got:
    seo: PageSeo
    ld: dict[str, Any]
    tags: dict[str, str]


def seo_of(src_uri: str, **fields: Any) -> Got:
    result = page_seo(NOTES, PageInfo(src_uri=src_uri, site_name=SITE, **fields))
    return Got(result, json.loads(result.json_ld), {name: value for _, name, value in result.tags})


def test_an_actor_page_is_about_its_actor_and_mentions_the_actors_it_links() -> None:
    html = '<p><a href="../nicolas-maduro/">Maduro</a> <a href="../../sources/#the-week">x</a></p>'
    got = seo_of(
        "actors/russia.md",
        title="Russia",
        url="actors/russia/",
        site_url=URL,
        meta={"description": "Russia: sent troops.", "updated": "20 November 2026", "reporting_up_to": "March 2019"},
        html=html,
    )
    assert got.ld == {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": "Russia",
        "description": "Russia: sent troops.",
        "inLanguage": "en",
        "isPartOf": {"@type": "WebSite", "name": SITE, "url": URL},
        "publisher": {"@type": "Organization", "name": SITE, "url": URL},
        "url": URL + "actors/russia/",
        "mainEntityOfPage": URL + "actors/russia/",
        "dateModified": "2026-11-20",
        "temporalCoverage": "../2019-03",
        "about": [
            {
                "@type": "Country",
                "name": "Russia",
                "url": URL + "actors/russia/",
                "description": "Sent troops",
                "alternateName": ["Moscow"],
            }
        ],
        "mentions": [{"@type": "Person", "name": "Nicolás Maduro", "url": URL + "actors/nicolas-maduro/"}],
    }
    assert got.tags == {
        "og:type": "website",
        "og:site_name": SITE,
        "og:title": "Russia",
        "og:description": "Russia: sent troops.",
        "og:url": URL + "actors/russia/",
        "twitter:card": "summary",
        "twitter:title": "Russia",
        "twitter:description": "Russia: sent troops.",
    }


def test_a_story_page_is_a_news_article_about_the_actors_its_summary_names() -> None:
    html = '<a href="../actors/rosneft/">Rosneft</a><a href="../actors/russia/">Russia</a>'
    got = seo_of(
        "timeline.md",
        title="Timeline",
        url="timeline/",
        site_url=URL,
        meta={"description": "What Moscow did, and when; Russian troops land.", "updated": "25 November 2026"},
        html=html,
    )
    ld = got.ld
    assert ld["@type"] == "NewsArticle" and ld["headline"] == "Timeline" and "name" not in ld
    assert [a["name"] for a in ld["about"]] == ["Russia"]
    assert ld["mentions"] == [{"@type": "Organization", "name": "Rosneft", "url": URL + "actors/rosneft/"}]
    assert got.tags["og:type"] == "article"
    assert got.tags["article:modified_time"] == "2026-11-25"


def test_an_adjective_is_not_a_name() -> None:
    ld = seo_of("timeline.md", title="Timeline", meta={"description": "Russian troops land."}).ld
    assert "about" not in ld


def test_the_home_page_is_titled_with_the_site_name() -> None:
    got = seo_of("index.md", title="Home", meta={"description": "The answer."})
    assert got.tags["og:title"] == SITE
    assert got.ld["headline"] == SITE


def test_without_a_site_url_nothing_claims_an_address() -> None:
    got = seo_of("glossary.md", title="Glossary", url="glossary/", html='<a href="../actors/russia/">R</a>')
    ld = got.ld
    assert got.seo.canonical == ""
    assert "og:url" not in got.tags
    assert "url" not in ld and "mainEntityOfPage" not in ld
    assert ld["isPartOf"] == {"@type": "WebSite", "name": SITE}
    assert ld["mentions"] == [{"@type": "Country", "name": "Russia"}]


def test_a_page_without_dates_or_description_takes_them_from_the_notes_and_the_site() -> None:
    got = seo_of("guide.md", title="Guide", site_description="  A sourced\n explainer. ")
    seo = got.seo
    assert seo.reporting_up_to == PartialDate(2019, 3)
    assert seo.updated == PartialDate(2026, 11, 25)
    assert seo.description == "A sourced explainer."
    assert got.ld["dateModified"] == "2026-11-25"


def test_escaped_front_matter_becomes_plain_text_and_json_ld_stays_inside_its_script() -> None:
    meta = {"description": "Maduro&#x27;s &lt;/script&gt;&lt;!-- &amp; co", "title": "x"}
    seo = seo_of("quotes.md", title="Say &quot;hi&quot;", meta=meta).seo
    assert seo.description == "Maduro's </script><!-- & co"
    assert seo.title == 'Say "hi"'
    assert "<" not in seo.json_ld and ">" not in seo.json_ld and "&" not in seo.json_ld
    assert json.loads(seo.json_ld)["description"] == "Maduro's </script><!-- & co"


def test_script_json_round_trips() -> None:
    data = {"a": "</script><!--x-->&amp;", "b": ["é", 1]}
    assert json.loads(script_json(data)) == data


@pytest.mark.parametrize(
    "date", [PartialDate(2019), PartialDate(2019, 3), PartialDate(2019, 3, 5), PartialDate(2026, 12)]
)
def test_a_human_date_reads_back(date: PartialDate) -> None:
    assert parse_human_date(date.human()) == date
    assert parse_human_date(date.iso()) == date


@pytest.mark.parametrize("value", [None, "", "soon", "31 February 2019", ["March 2019"]])
def test_what_is_not_a_date_is_none(value: object) -> None:
    assert parse_human_date(value) is None


def test_linked_actors_resolves_relative_links_from_the_page() -> None:
    html = (
        '<a href="../russia/">R</a> <a class="x" href="../russia/#stance">again</a>'
        ' <a href="../../actors/rosneft/index.html">Ro</a> <a href="../unknown/">U</a>'
        ' <a href="https://example.com/actors/nicolas-maduro/">external</a> <a href="#nicolas-maduro">here</a>'
    )
    assert linked_actors(NOTES, html, "actors/nicolas-maduro/") == ["russia", "rosneft"]
    assert linked_actors(NOTES, '<a href="actors/nicolas-maduro/">M</a>', "") == ["nicolas-maduro"]
