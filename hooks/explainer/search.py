"""Search that finds what readers type: the site's search index, improved after the build.

Material for MkDocs writes ``search/search_index.json``: a ``config`` (with the
lunr ``fields`` and their boosts) and ``docs``, one entry per page and per
section (``location``, ``title``, ``text``). Its search lower-cases words and
matches the start of each word typed ("Zakh" finds "Zakharova"), nothing more.
``improve_index`` returns a new index that also

- folds accents: each entry gets the accent-folded spelling of its accented
  words in extra fields (``title_folded``, ``text_folded``, weighted like the
  title and the text); docs/assets/javascripts/search-query.js folds the
  reader's query the same way, so "Guaido", "Guaidó", "Bogota" and "Bogotá"
  all meet;
- ranks an actor's page and a glossary term's entry first for its name or an
  alias from the notes: ``names`` holds the words of every name and alias,
  ``one_word_names`` the names that are one word ("Moscow", "PDVSA", "Monroe"),
  weighted most, so "Venezuela" finds Venezuela before "Venezuelan armed forces";
- gives every quote an entry of its own at its permanent anchor, the words said
  as its title, so a word from a quote finds it, and the speaker's name too;
- leaves out the actor pages' "Mentioned in" lists (copies of sentences indexed
  where they stand) and keeps one entry per location (Material repeats entries
  when ``mkdocs serve --dirty`` rebuilds a page).

The query side is docs/assets/javascripts/search-query.js: Material does not
fold the query, and it makes every word typed a prefix, so the "the" of "the
Kremlin" would match "theatre" (lunr drops stop words from the index, not from
the query). The script rewrites the query on its way to Material's search
worker: accents folded (as ``fold`` does) and lunr's stop words dropped. Without
it, search still works; unaccented queries still find accented text. Once a
reader searches, it loads search-highlight.js, which marks the accented words a
folded query found, where Material's highlighting (letter for letter) does not.

Plain Python: no MkDocs here; the hook reads and writes the file.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .lang import date_words
from .model import Notes, Quote
from .pages import PAGES, actor_page, page_url
from .wikilinks import plain

NAMES_BOOST = 1000.0
"""Weight of a word of an actor's or term's name or alias: the same as a title's
(Material's default), since names and aliases are other titles of the entry."""
ONE_WORD_NAMES_BOOST = 10000.0
"""Weight of a name or alias that is one word ("Moscow", "PDVSA", "Monroe"), so
the entry it names comes first, before entries whose longer names merely start
with the word ("Venezuela" before "Venezuelan armed forces")."""
UNINDEXED_SECTIONS = ("mentioned-in",)
"""Anchors of actor-page sections left out of the index: their text is copied
from other pages, which are indexed already."""
EVIDENCE_SECTION = "#evidence"
"""Every page's Evidence list (render/evidence.py) is left out too: it repeats the source's words,
which would match searches on every page that cites them."""
OFFLINE_SHIM = "assets/javascripts/iframe-worker/shim.js"
"""Where the offline copy serves the iframe-worker polyfill from (instead of a CDN)."""

Index = dict[str, Any]
Entry = dict[str, Any]

_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NON_ASCII_LETTER = re.compile(r"[^\W_\x00-\x7f]")
"""What a word must hold for folding to change it: _WORD's words are letters, digits, ' and ’."""
_UNDECOMPOSED = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})
_OURS = ("names", "one_word_names", "title_folded", "text_folded")


class _FoldTable(dict[int, str]):
    """str.translate table: each character to its folded spelling, worked out the first time it is met.

    Folding one character at a time gives what folding the whole text would:
    NFKD decomposes each character on its own and only reorders combining
    characters, and every character with a combining class is a mark (category
    M), which folding drops (checked against the whole of unicodedata's table).
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        folded = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
        self[code] = folded.translate(_UNDECOMPOSED)
        return self[code]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case text without accents: 'Guaidó' -> 'guaido', 'Türkiye' -> 'turkiye'."""
    lowered = text.lower()
    return lowered if lowered.isascii() else lowered.translate(_FOLD)


def words(markup: str) -> list[str]:
    """The lower-case words of an entry's title or text (its HTML tags dropped)."""
    return _WORD.findall(_lower_text(markup))


def _lower_text(markup: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(_TAG.sub(" ", markup))).lower()


def _folded_words(markup: str) -> list[str]:
    """_folded(words(markup)), without folding each word: a word of ASCII letters (and ’) folds to itself."""
    text = _lower_text(markup)
    if not _NON_ASCII_LETTER.search(text):
        return []
    return _folded(word for word in _WORD.findall(text) if not word.isascii())


def improve_index(index: Index, notes: Notes, directory_urls: bool = True) -> Index:
    """A new search index that folds accents, knows aliases and quotes, and has no repeats.

    Idempotent: improving an improved index gives the same index.
    """
    config = dict(index.get("config", {}))
    fields = {name: spec for name, spec in config.get("fields", {}).items() if name not in _OURS}
    docs = [_without_ours(entry) for entry in _latest_entries(index.get("docs", []))]
    docs = _with_quote_entries(_indexed(docs, notes, directory_urls), notes, directory_urls)

    names = _names_by_location(notes, directory_urls)
    improved = []
    for entry in docs:
        entry = dict(entry)
        for field in ("title", "text"):
            folded = _folded_words(entry.get(field, ""))
            if folded:
                entry[f"{field}_folded"] = " ".join(folded)
        if entry["location"] in names:
            entry |= _name_fields(names[entry["location"]])
        improved.append(entry)

    title_boost = fields.get("title", {}).get("boost", 1000.0)
    text_boost = fields.get("text", {}).get("boost", 1.0)
    fields |= {
        "names": {"boost": NAMES_BOOST},
        "one_word_names": {"boost": ONE_WORD_NAMES_BOOST},
        "title_folded": {"boost": title_boost},
        "text_folded": {"boost": text_boost},
    }
    return {**index, "config": {**config, "fields": fields}, "docs": improved}


def improve_index_file(path: Path, notes: Notes, directory_urls: bool = True) -> None:
    """Rewrite Material's search_index.json in place with ``improve_index``."""
    index = json.loads(path.read_text(encoding="utf-8"))
    improved = improve_index(index, notes, directory_urls)
    path.write_text(json.dumps(improved, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def local_polyfills(polyfills: Iterable[str]) -> list[str]:
    """The theme's polyfills with the iframe-worker one served from the site, not a CDN."""
    return [OFFLINE_SHIM if "iframe-worker" in url and "://" in url else url for url in polyfills]


def _latest_entries(docs: list[Entry]) -> list[Entry]:
    """One run of entries per page: the last one written (a rebuilt page's entries come last)."""
    runs: list[list[Entry]] = []
    in_run: set[str] = set()  # the locations in the last run
    for entry in docs:
        page = entry["location"].split("#")[0]
        run = runs[-1] if runs else []
        same_run = (
            run
            and run[0]["location"].split("#")[0] == page
            and entry["location"] != page
            and entry["location"] not in in_run
        )
        if same_run:
            run.append(entry)
        else:
            runs.append([entry])
            in_run = set()
        in_run.add(entry["location"])
    latest: dict[str, list[Entry]] = {}
    for run in runs:
        page = run[0]["location"].split("#")[0]
        latest.pop(page, None)
        latest[page] = run
    return [entry for run in latest.values() for entry in run]


def _without_ours(entry: Entry) -> Entry:
    return {key: value for key, value in entry.items() if key not in _OURS}


def _indexed(docs: list[Entry], notes: Notes, directory_urls: bool) -> list[Entry]:
    """The entries without the sections that only copy other pages or the sources' words."""
    left_out = {
        f"{page_url(actor_page(actor.id), directory_urls=directory_urls)}#{anchor}"
        for actor in notes.actors
        for anchor in UNINDEXED_SECTIONS
    }
    return [e for e in docs if e["location"] not in left_out and not e["location"].endswith(EVIDENCE_SECTION)]


def _with_quote_entries(docs: list[Entry], notes: Notes, directory_urls: bool) -> list[Entry]:
    """Each quote as an entry at its anchor, in place of its speaker's section on the Quotes page.

    The words said are the entry's title, so a word from a quote weighs as much as
    a word of a page title; the speaker is named in the title too.
    """
    quotes_url = page_url(PAGES["quotes"], directory_urls=directory_urls)
    speakers = {quote.speaker for quote in notes.quotes}
    ours = {f"{quotes_url}#{quote.id}" for quote in notes.quotes}
    kept = [entry for entry in docs if entry["location"] not in ours]
    at = next((i + 1 for i, entry in enumerate(kept) if entry["location"] == quotes_url), None)
    if at is None:
        return kept
    names = {actor.id: actor.name for actor in notes.actors}
    quotes = [_quote_entry(quotes_url, names.get(q.speaker, q.speaker), q, notes.language) for q in notes.quotes]
    sections = {f"{quotes_url}#{speaker}" for speaker in speakers}
    return kept[:at] + quotes + [entry for entry in kept[at:] if entry["location"] not in sections]


def _quote_entry(quotes_url: str, speaker: str, quote: Quote, language: str) -> Entry:
    said = f" — {html.escape(date_words(language, quote.date))}" if quote.date else ""
    context = html.escape(plain(quote.context), quote=False) if quote.context else ""
    return {
        "location": f"{quotes_url}#{quote.id}",
        "title": html.escape(f"{speaker}: “{quote.text}”", quote=False),
        "text": f"<p>{html.escape(speaker, quote=False)}{said}. {context}</p>",
    }


def _names_by_location(notes: Notes, directory_urls: bool) -> dict[str, list[str]]:
    """The names and aliases of each actor's page and each glossary entry, by location."""
    names = {page_url(actor_page(a.id), directory_urls=directory_urls): [a.name, *a.aliases] for a in notes.actors}
    glossary = page_url(PAGES["glossary"], directory_urls=directory_urls)
    names |= {f"{glossary}#{t.id}": [t.term, *t.aliases] for t in notes.terms}
    return names


def _name_fields(names: list[str]) -> dict[str, str]:
    """The words of a note's names and aliases, and the names that are one word, folded too."""
    found = [word for name in names for word in words(name)]
    one_word = [word for name in names if len(words(name)) == 1 for word in words(name)]
    fields = {"names": _unique(found + _folded(found)), "one_word_names": _unique(one_word + _folded(one_word))}
    return {field: " ".join(values) for field, values in fields.items() if values}


def _folded(found: Iterable[str]) -> list[str]:
    """The accent-folded spelling of each word that has accents, once each."""
    return _unique(folded for word in found if (folded := fold(word)) != word)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


@dataclass(frozen=True)
class IndexSize:
    """How big a search index is next to the text it indexes."""

    index_bytes: int
    """The JSON file as written."""
    index_gzip_bytes: int
    """The same, gzip-compressed (what a server sends)."""
    text_bytes: int
    """The plain text of every entry's title and text (tags dropped): what readers can find."""
    added_bytes: int
    """Bytes of the fields this module adds: names and folded spellings."""
    entries: int

    def describe(self) -> str:
        ratio = self.index_bytes / self.text_bytes if self.text_bytes else 0.0
        share = 100 * self.added_bytes / self.index_bytes if self.index_bytes else 0.0
        return (
            f"search index: {self.index_bytes / 1000:.1f} kB ({self.index_gzip_bytes / 1000:.1f} kB gzipped), "
            f"{self.entries} entries, for {self.text_bytes / 1000:.1f} kB of text ({ratio:.2f}x); "
            f"names and folded spellings: {self.added_bytes / 1000:.1f} kB ({share:.1f}%)"
        )


def measure_index(raw: bytes) -> IndexSize:
    """Measure a search_index.json as written: its size, the text it indexes, what we add."""
    index = json.loads(raw)
    docs = index.get("docs", [])
    text = " ".join(
        " ".join(html.unescape(_TAG.sub(" ", entry.get(field, ""))).split())
        for entry in docs
        for field in ("title", "text")
    )
    added = sum(
        len(f',"{key}":'.encode()) + len(json.dumps(entry[key], ensure_ascii=False).encode())
        for entry in docs
        for key in _OURS
        if key in entry
    )
    return IndexSize(
        index_bytes=len(raw),
        index_gzip_bytes=len(gzip.compress(raw, mtime=0)),
        text_bytes=len(text.encode()),
        added_bytes=added,
        entries=len(docs),
    )
