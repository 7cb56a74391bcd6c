"""What a page tells search engines and link previews: tags, dates and JSON-LD.

A pure function of the notes and a few facts about one page; the hook passes
the result to the theme, which writes it into the page's <head>.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..lang import date_lead, date_words, say
from ..model import Actor, Notes, PartialDate
from ..pages import ACTORS_FOLDER, PAGES, actor_page, page_url, question_page
from .corrections import corrections_on, plain_sentence
from .markup import per_notes
from .page import all_notes, last_updated, reporting_up_to

ARTICLES = frozenset(PAGES[key] for key in ("home", "background", "who-backs-whom", "timeline"))
"""Pages that tell the story (NewsArticle), with the central question's page; the reference pages are plain WebPages."""

SCHEMA_TYPES = {"person": "Person", "country": "Country"}
"""schema.org type of each kind of actor; every other kind is an Organization."""

_HREF = re.compile(r'<a\s[^>]*?href="([^"#?]*)', re.IGNORECASE)
_ACTOR_URL = re.compile(rf"^/{re.escape(ACTORS_FOLDER)}/([a-z0-9-]+)/(?:index\.html)?$")
_PLAIN_PATH = re.compile(r"[A-Za-z0-9._~%/-]*")
"""An href urljoin reads as a path only: no scheme, parameters, spaces or characters it drops."""
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_OWN_PAGE = re.compile(rf"{re.escape(ACTORS_FOLDER)}/([a-z0-9-]+)\.md")
_RUN = re.compile(r"[\w-]+")
"""A run of the characters that may not touch a name where it is named (see _named_in)."""


@dataclass(frozen=True)
class PageInfo:
    """What the builder knows about one page."""

    src_uri: str
    """Path under docs/, as in pages.PAGES: "index.md", "actors/russia.md"."""
    title: str
    site_name: str
    url: str = ""
    """The page's address relative to the site root: "", "actors/russia/"."""
    site_url: str = ""
    """The deployed site's root address; empty when unknown (no canonical URLs then)."""
    meta: Mapping[str, Any] = field(default_factory=dict)
    """The page's front matter."""
    site_description: str = ""
    html: str = ""
    """The page's rendered content, to find the actors it links to."""


@dataclass(frozen=True)
class PageSeo:
    """Everything the theme writes about one page."""

    title: str
    description: str
    canonical: str
    reporting_up_to: PartialDate | None
    updated: PartialDate | None
    tags: tuple[tuple[str, str, str], ...]
    """(attribute, name, content) of each <meta>: ("property", "og:title", "Timeline")."""
    json_ld: str
    """JSON-LD, safe to place inside a <script> element as it is."""
    words: Mapping[str, str] = field(default_factory=dict)
    """What the page's age says, in the site's language (overrides/partials/age.html): based_on and
    last_updated, and the two dates in words, newest and updated."""


def page_seo(notes: Notes, info: PageInfo) -> PageSeo:
    """The description, dates, Open Graph and Twitter tags and JSON-LD of one page."""
    # Generated front matter holds HTML-escaped plain text (MkDocs prints it raw; a description made
    # from a note's Markdown is made plain first, render.markup.plain_text); this is plain text.
    description = " ".join(html.unescape(str(info.meta.get("description") or info.site_description)).split())
    title = info.site_name if info.src_uri == PAGES["home"] else html.unescape(info.title)
    canonical = urljoin(info.site_url, info.url) if info.site_url else ""
    newest = parse_human_date(info.meta.get("reporting_up_to"), notes.language) or reporting_up_to(notes)
    updated = parse_human_date(info.meta.get("updated"), notes.language) or _last_updated(notes)
    article = info.src_uri in ARTICLES or info.src_uri == question_page(notes.story)

    tags = [
        ("property", "og:type", "article" if article else "website"),
        ("property", "og:site_name", info.site_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
    ]
    if canonical:
        tags.append(("property", "og:url", canonical))
    if article and updated is not None:
        tags.append(("property", "article:modified_time", updated.iso()))
    tags += [
        ("name", "twitter:card", "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]

    about, mentions = _actors_of(notes, info, f"{title} {description}")
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if article else "WebPage",
        ("headline" if article else "name"): title,
        "description": description,
        "inLanguage": notes.language,
        "isPartOf": _drop_empty({"@type": "WebSite", "name": info.site_name, "url": info.site_url}),
        "publisher": _drop_empty({"@type": "Organization", "name": info.site_name, "url": info.site_url}),
    }
    if canonical:
        data["url"] = canonical
        data["mainEntityOfPage"] = canonical
    corrected = corrections_on(notes, info.src_uri)
    if corrected:
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": plain_sentence(notes.language, c.correction),
                "datePublished": c.correction.date.iso(),
            }
            for c in corrected
        ]
    if updated is not None:
        data["dateModified"] = updated.iso()
    if newest is not None:
        data["temporalCoverage"] = f"../{newest.iso()}"
    if about:
        data["about"] = [_entity(a, info.site_url, full=True) for a in about]
    if mentions:
        data["mentions"] = [_entity(a, info.site_url, full=False) for a in mentions]
    language = notes.language
    lead = date_lead(language, "until", newest) if newest else ""  # Spanish: "hasta el 14 de febrero"
    words = {"based_on": " ".join(w for w in (say(language, "age.based-on"), lead) if w)}
    words |= {"last_updated": say(language, "age.last-updated")}
    words |= {"newest": date_words(language, newest)} if newest else {}
    words |= {"updated": date_words(language, updated)} if updated else {}
    return PageSeo(title, description, canonical, newest, updated, tuple(tags), script_json(data), words)


def parse_human_date(value: object, language: str = "en") -> PartialDate | None:
    """Read back a date that lang.date_words wrote (2019, March 2019, 25 March 2019), or an ISO date."""
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if not isinstance(value, str | int):
        return None
    return _parse_date_words(" ".join(str(value).split()), language)


@functools.lru_cache(maxsize=1024)
def _parse_date_words(text: str, language: str) -> PartialDate | None:
    """The date whose words in the language, or whose iso(), are text; else None.

    Every page carries the same few dates: each is read once (PartialDate is frozen)."""
    iso = _ISO_DATE.fullmatch(text)
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    months = _month_numbers(language)
    named = [months[w.casefold()] for w in re.findall(r"[^\W\d_]+", text) if w.casefold() in months]
    if iso:
        parts = [int(part) for part in iso.groups() if part is not None]
    elif numbers and len(numbers) <= 2 and len(named) <= 1 and (named or len(numbers) == 1):
        parts = [numbers[-1], *named, *numbers[:-1]]
    else:
        return None
    try:
        dt.date(*parts, *[1] * (3 - len(parts)))
    except ValueError:
        return None
    date = PartialDate(*parts)
    return date if text in (date_words(language, date), date.iso()) else None


@functools.lru_cache(maxsize=16)
def _month_numbers(language: str) -> dict[str, int]:
    return {say(language, f"month.{month}").casefold(): month for month in range(1, 13)}


def linked_actors(notes: Notes, content: str, page_url: str) -> list[str]:
    """Ids of the actors whose pages content (HTML) links to, in order of first link."""
    known = _actor_table(notes).by_id
    base = "http://site/" + page_url
    found: dict[str, None] = {}
    # A page repeats its links (a third are empty): resolve each different one once, in order.
    for href in dict.fromkeys(_HREF.findall(content)):
        if not href or not _may_reach_actor(href, known):
            continue
        target = urlsplit(urljoin(base, href))
        match = _ACTOR_URL.match(target.path) if target.netloc == "site" else None
        if match and match.group(1) in known:
            found.setdefault(match.group(1))
    return list(found)


def _may_reach_actor(href: str, known: Mapping[str, Actor]) -> bool:
    """False when href (a plain relative path) cannot resolve to a known actor's page.

    urljoin ends the path it makes with href's last segment (or "" after "."
    or ".."), and keeps the segment before it when that is a name: so an actor's
    page (/actors/<id>/ or /actors/<id>/index.html) is reached only through an
    href that ends "<id>/" or "<id>/index.html", or one with dots or nothing
    before its end, which is resolved in full. Skipping the rest spares
    urljoin most of a page's links (at 5,000 notes, 22,000 a build).
    """
    if not _PLAIN_PATH.fullmatch(href) or href.startswith("//"):
        return True
    segments = href.split("/")
    last = segments[-1]
    if last in (".", ".."):
        return True
    if last not in ("", "index.html"):
        return False
    if len(segments) < 2 or segments[-2] in ("", ".", ".."):
        return True
    return segments[-2] in known


def script_json(data: object) -> str:
    """JSON that cannot end its <script> element early or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass(frozen=True)
class _ActorTable:
    """The actors looked up by id, and their names by the first run of word characters in each."""

    by_id: dict[str, Actor]
    by_first_run: dict[str, list[tuple[int, str]]]
    """First run of [\\w-] in a name -> (the actor's place in notes.actors, the name)."""
    unindexed: list[tuple[int, str]]
    """Names that do not start with a run (so may stand anywhere): always tried."""


@per_notes
def _actor_table(notes: Notes) -> _ActorTable:
    by_first_run: dict[str, list[tuple[int, str]]] = {}
    unindexed: list[tuple[int, str]] = []
    for place, actor in enumerate(notes.actors):
        for name in _names(actor):
            run = _RUN.match(name)
            if run:
                by_first_run.setdefault(run.group(), []).append((place, name))
            else:
                unindexed.append((place, name))
    return _ActorTable({a.id: a for a in notes.actors}, by_first_run, unindexed)


@per_notes
def _last_updated(notes: Notes) -> PartialDate | None:
    return last_updated(all_notes(notes))


def _actors_of(notes: Notes, info: PageInfo, summary: str) -> tuple[list[Actor], list[Actor]]:
    """(about, mentions): an actor page is about its actor; another page about those its summary names."""
    table = _actor_table(notes)
    own = _OWN_PAGE.fullmatch(info.src_uri)
    if own and own.group(1) in table.by_id:
        about = [table.by_id[own.group(1)]]
    else:
        about = [notes.actors[place] for place in sorted(_places_named_in(table, summary))]
    about_ids = {a.id for a in about}
    mentions = [table.by_id[i] for i in linked_actors(notes, info.html, info.url) if i not in about_ids]
    return about, mentions


def _places_named_in(table: _ActorTable, text: str) -> set[int]:
    """The places of the actors text names, trying only names whose first run stands in text.

    A name that starts with a run, found where nothing of [\\w-] touches it, has
    that run as a whole run of text; so no other name can be found there.
    """
    tried = [pair for run in set(_RUN.findall(text)) for pair in table.by_first_run.get(run, ())]
    return {place for place, name in [*tried, *table.unindexed] if _named_in(name, text)}


def _named_in(name: str, text: str) -> bool:
    return _name_pattern(name).search(text) is not None


@functools.lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def _names(actor: Actor) -> Iterable[str]:
    """The names an actor is known by; a blank one (the check refuses it) would name every page."""
    yield from (name for name in (actor.name, *actor.aliases) if name.strip())


def _entity(actor: Actor, site_url: str, full: bool) -> dict[str, Any]:
    entity: dict[str, Any] = {"@type": SCHEMA_TYPES.get(actor.kind, "Organization"), "name": actor.name}
    if site_url:
        entity["url"] = _actor_url(site_url, actor.id)
    if full:
        if actor.role:
            entity["description"] = actor.role
        if actor.aliases:
            entity["alternateName"] = list(actor.aliases)
    return entity


@functools.lru_cache(maxsize=8192)
def _actor_url(site_url: str, actor_id: str) -> str:
    return urljoin(site_url, page_url(actor_page(actor_id)))


def _drop_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value}
