"""Hand-written pages (docs/) as the checks see them: their text, and the corrections in their front matter.

Their sentences are held to passages like the notes' (claims.check_pages); their
`corrections:` are read with the notes' own rules and shown like a note's
(render/corrections.py), so a page written by hand is corrected in public too.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .convert import convert_field
from .lang import told
from .model import Origin, Page
from .passages import prose_spans
from .problems import Problem
from .yaml_lines import LineMap, parse_yaml


@dataclass(frozen=True)
class HandWritten:
    """One hand-written page as the checks see it."""

    texts: tuple[tuple[int, str, str], ...]
    """(first line, field, text) of what readers read: its description, then its body."""
    page: Page | None
    """Its corrections, when its front matter records some."""


def read_pages(root: Path, problems: list[Problem], texts: Mapping[str, str] | None = None) -> dict[str, HandWritten]:
    """Each hand-written page under root/docs, by its path from root (docs/index.md).

    Front matter is read once, for the description and the corrections, by the notes' rules
    (no repeated key, no alias), so neither can slip past the checks. Given texts ({path from
    root: text}), the pages are those of its texts under docs/, and nothing on disk is read.
    """
    if texts is not None:
        pages = {rel: text for rel, text in sorted(texts.items()) if rel.startswith("docs/") and rel.endswith(".md")}
    else:
        docs = root / "docs"
        paths = sorted(p for p in docs.rglob("*.md") if p.is_file()) if docs.is_dir() else []
        pages = {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8", errors="replace") for p in paths}
    return {rel: _read_page(rel, markdown, problems) for rel, markdown in pages.items()}


def _read_page(rel: str, markdown: str, problems: list[Problem]) -> HandWritten:
    lines = markdown.split("\n")
    end = 0
    if lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---"), 0)
    if not end:
        return HandWritten(((1, "", _without_abbreviations(rel, 1, markdown, problems)),), None)
    meta = parse_yaml("\n" + "\n".join(lines[1:end]), rel, 0, problems)
    texts = [(end + 2, "", _without_abbreviations(rel, end + 2, "\n".join(lines[end + 1 :]), problems))]
    if isinstance(meta, LineMap) and isinstance(meta.get("description"), str):
        texts.insert(0, (meta.key_lines["description"], "description", meta["description"]))
    page = _corrections(rel, meta, problems) if isinstance(meta, LineMap) else None
    return HandWritten(tuple(texts), page)


def _without_abbreviations(rel: str, first_line: int, body: str, problems: list[Problem]) -> str:
    """The body with each `*[ABC]: …` line (Markdown's abbr syntax) left blank and a problem: its tooltip
    would be a sentence readers see with no room for its evidence. A term note is the way (render/tooltips.py).
    Code shows the syntax: only prose is looked at, as the sentences are (passages.prose_spans)."""
    prose = prose_spans(body)
    kept, at = [], 0
    for found in _ABBREVIATION.finditer(body):
        if not any(start <= found.start() < end for start, end in prose):
            continue
        message = told("check.handwritten.abbreviation", abbreviation=found.group(1))
        problems.append(Problem(rel, first_line + body.count("\n", 0, found.start()), "", message))
        kept.append(body[at : found.start()])
        at = found.end()
    kept.append(body[at:])
    return "".join(kept)


_ABBREVIATION = re.compile(r"^\*\[([^\]\n]*)\] ?:.*$", re.MULTILINE)
"""A line that defines an abbreviation, as Python-Markdown's `abbr` reads one."""


def _corrections(rel: str, meta: LineMap, problems: list[Problem]) -> Page | None:
    if "corrections" not in meta:
        return None
    line = meta.key_lines.get("corrections", 1)
    corrections = convert_field(Page, "corrections", meta["corrections"], rel, line, problems)
    for correction in corrections or ():
        if correction.date.first_day() > _dt.date.today():
            future = told("check.handwritten.future", date=correction.date.iso())
            problems.append(Problem(rel, correction.line, "date", future))
    if not corrections:
        return None
    return Page(rel.removeprefix("docs/"), str(meta.get("title") or rel), corrections, Origin(rel, line))
