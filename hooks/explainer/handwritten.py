"""Hand-written pages (docs/) as the checks see them: their text, and the corrections in their front matter.

Their sentences are held to passages like the notes' (claims.check_pages); their
`corrections:` are read with the notes' own rules and shown like a note's
(render/corrections.py), so a page written by hand is corrected in public too.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from .convert import convert_field
from .model import Origin, Page
from .problems import Problem
from .yaml_lines import LineMap, parse_yaml


def read_pages(root: Path) -> dict[str, str]:
    """Each hand-written page's Markdown, front matter included, by its path from root (docs/index.md)."""
    docs = root / "docs"
    pages = sorted(p for p in docs.rglob("*.md") if p.is_file()) if docs.is_dir() else []
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8", errors="replace") for p in pages}


def corrected_pages(pages: dict[str, str], problems: list[Problem]) -> tuple[Page, ...]:
    """The pages whose front matter records corrections; problems with them are added to problems."""
    found = []
    for rel, markdown in pages.items():
        lines = markdown.split("\n")
        if not lines or lines[0].strip() != "---" or "\ncorrections:" not in markdown:
            continue
        end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---"), 0)
        meta = parse_yaml("\n" + "\n".join(lines[1:end]), rel, 0, problems) if end else None
        if not isinstance(meta, LineMap) or "corrections" not in meta:
            continue
        line = meta.key_lines.get("corrections", 1)
        corrections = convert_field(Page, "corrections", meta["corrections"], rel, line, problems)
        for correction in corrections or ():
            if correction.date.first_day() > _dt.date.today():
                problems.append(Problem(rel, correction.line, "date", f"{correction.date.iso()} is in the future"))
        if corrections:
            title = str(meta.get("title") or rel)
            found.append(Page(rel.removeprefix("docs/"), title, corrections, Origin(rel, line)))
    return tuple(found)
