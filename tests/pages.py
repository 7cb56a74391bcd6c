"""What the tests read in built pages (parsed by tools/plumbing.py's PageParser): broken links, and
which pages stand for all."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

from plumbing import PageParser, parse_page

from explainer.model import Actor, Notes
from explainer.render.mentions import find_mentions


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
    return parse_page(path.read_text(encoding="utf-8"))


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
