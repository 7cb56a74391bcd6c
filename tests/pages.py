"""What the tests read in built pages: links, ids and head tags, and which pages stand for all."""

from __future__ import annotations

import html.parser
import re
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

from explainer.model import Actor, Notes
from explainer.render.mentions import find_mentions


class PageParser(html.parser.HTMLParser):
    """What the tests read in a page: every href and src, every id, and the head's title,
    <meta> (by name or property), canonical link and JSON-LD scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self.json_ld: list[str] = []
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if found.get("id"):
            self.ids.add(found["id"])
        self.refs += [found[name] for name in ("href", "src") if found.get(name)]
        if tag == "meta" and "content" in found:
            self.meta[found.get("name") or found.get("property") or ""] = found["content"]
        elif tag == "link" and found.get("rel") == "canonical":
            self.canonical = found.get("href", "")
        elif tag == "script" and found.get("type") == "application/ld+json":
            self._in = "json_ld"
            self.json_ld.append("")
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "json_ld":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data


def broken_links(site: Path, base: str) -> list[str]:
    """Every link, script, style and image of every page that does not resolve inside site/ at base."""
    pages = {}
    for path in site.rglob("*.html"):
        pages[path.relative_to(site).as_posix()] = parse_html(path)
    prefix = urlparse(base).path
    broken = []
    for name, parsed in pages.items():
        for ref in parsed.refs:
            url = urljoin(base + name, ref)
            if urlparse(url).netloc != urlparse(base).netloc:
                continue
            target, fragment = urldefrag(url)
            path = urlparse(target).path
            if not path.startswith(prefix):
                broken.append(f"{name} -> {ref} (outside {prefix})")
                continue
            rel = path[len(prefix) :]
            if rel == "" or rel.endswith("/"):
                rel += "index.html"
            if not (site / rel).is_file():
                broken.append(f"{name} -> {ref}")
            elif fragment and rel in pages and fragment not in pages[rel].ids:
                broken.append(f"{name} -> {ref} (no #{fragment})")
    return sorted(broken)


def parse_html(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def page_paths(site: Path) -> list[str]:
    """Every HTML page of a built site, as a path under its root ("", "actors/russia/", "404.html")."""
    paths = []
    for file in sorted(site.rglob("*.html")):
        relative = file.relative_to(site).as_posix()
        paths.append(relative.removesuffix("index.html"))
    return paths


def representative_actors(notes: Notes) -> list[str]:
    """The actor pages that stand for all 40-odd (one renderer makes them all, so they share
    their faults): the one with the most on it (relations, quotes, mentions) and the one with the least."""
    mentions = find_mentions(notes)

    def size(actor: Actor) -> tuple[int, str]:
        relations = sum(actor.id in (r.subject, r.object) for r in notes.relations)
        quotes = sum(q.speaker == actor.id for q in notes.quotes)
        return relations + quotes + len(mentions.get(actor.id, [])), actor.id

    ranked = sorted(notes.actors, key=size)
    return list(dict.fromkeys([ranked[-1].id, ranked[0].id]))


def one_page_per_template(site: Path, notes: Notes) -> list[str]:
    """The pages of a built site a browser check visits: every page made by its own template,
    and of the actor pages, which share one, only the representative ones."""
    keep = {f"actors/{actor_id}/" for actor_id in representative_actors(notes)}
    return [p for p in page_paths(site) if not re.fullmatch(r"actors/[^/]+/", p) or p in keep]
