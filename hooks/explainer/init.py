"""`python -m explainer init DIR`: start a new explainer in an empty folder.

It writes the story note, one source and one actor to copy, a seed placeholder, a
home page, the engine's stylesheets and an mkdocs.yml that uses this engine's hooks/
and overrides/ unchanged. Every TODO is a placeholder: `make check` passes and lists
them, and a build refuses to publish until they are filled in.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .lang import TABLES

STORY = """---
# The story this explainer tells: everything that belongs to this one story. Replace every TODO.
question: "TODO: The question your explainer answers?"
short_title: "TODO: the story in a few words"
# The sides an actor may be on, in the order the sides page lists them; `short` titles the
# diagram's columns, `column` places them (1 is leftmost), `in_dispute: "yes"` marks a party.
sides:
  - id: side-a
    label: "TODO: Backing one side"
    short: "TODO: One side"
    column: 1
    in_dispute: "yes"
  - id: side-b
    label: "TODO: Backing the other side"
    short: "TODO: Other side"
    column: 3
    in_dispute: "yes"
  - id: others
    label: "TODO: Observers and others"
    short: "TODO: Observers"
    column: 2
default_side: others
# The kinds of link a relation may have, and how the diagram draws each: colour (backing,
# military, business, hostile, structure), dash (solid, dashed, dotted, dash-dot) and end
# (arrow, dot, bar, chevron). No two may share both a dash and an end.
relation_types:
  - {id: backs, label: "TODO: backs", colour: backing, dash: solid, end: arrow}
  - {id: works-against, label: "TODO: works against", colour: hostile, dash: solid, end: bar}
# The page that weighs the competing explanations (content/explanations/).
question_title: "TODO: The central question?"
question_slug: central-question
question_label: "TODO: The central question"
# Every sentence of the intro (and of a page's description or card, under `pages:`) carries its
# voice, as notes do: the article's exact words ^["…"], ^[context: where from] or ^[analysis].
question_intro: "TODO: The paragraph that opens that page.^[analysis]"
# A change that alters the meaning of what readers read is recorded, not made silently:
# corrections:
#   - date: "2026-12-01"
#     field: question_intro    # or a page's description or card: background.description, question.card
#     said: What the earlier version said, as published.
#     why: What was wrong, and what is right.
---
"""
SOURCE = """---
name: "TODO: The outlet's name"
kind: article
title: "TODO: The article's headline"
date: "{year}"
seed: article.txt
---
"""
ACTOR = """---
name: "TODO: A name as the page shows it"
kind: person
role: "TODO: Who they are in this story, in one line.^[\\"TODO: the article's exact words that say so\\"]"
sources: [article]
---
"""
SEED = "TODO: paste the article's text here, byte for byte as published, and never edit it afterwards.\n"
HOME = """---
title: "TODO: The question your explainer answers?"
description: "TODO: The answer in two sentences.^[analysis]"
---

# TODO: The question your explainer answers?

<!-- explainer: reporting-up-to -->

## Key figures

<!-- explainer: key-figures -->

## Read on

<!-- explainer: ways-in -->
"""
CONFIG = """site_name: "TODO: The question your explainer answers?"
site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]
theme:
  name: material
  custom_dir: {overrides}
  language: {language}
  font: false
  features:
    - navigation.sections
    - navigation.indexes
    - navigation.top
    - search.suggest
    - search.highlight
hooks:
  - {hooks}
watch:
  - content
  - seeds
plugins:
  - search:
      separator: '[\\s\\-–—“”‘"«»()\\[\\]]+'
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: true
  - pymdownx.details
extra_css:
  - assets/explainer.css
  - assets/pictures.css
validation:
  nav:
    omitted_files: info
    not_found: warn
  links:
    not_found: warn
    anchors: warn
    unrecognized_links: warn
"""
ASSETS = ("explainer.css", "pictures.css", "javascripts/search-query.js", "javascripts/search-highlight.js")


def init_project(folder: Path, engine: Path, language: str = "en", year: int = 2024) -> list[str]:
    """Write a new explainer into folder (empty or new); return the files written, relative to it.

    engine is this project's root: the new mkdocs.yml points at its hooks/ and overrides/.
    Raises ValueError, with what to do, for a folder that holds anything or a language with no table.
    """
    if language not in TABLES:
        raise ValueError(f"no table of words for {language!r}: use one of {', '.join(sorted(TABLES))}")
    if folder.exists() and any(folder.iterdir()):
        raise ValueError(f"{folder} is not empty: start a new explainer in an empty or new folder")
    engine = engine.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    relative = Path(os.path.relpath(engine, folder.resolve()))
    files = {
        "content/story.md": STORY,
        "content/sources/article.md": SOURCE.format(year=year),
        "content/actors/first-actor.md": ACTOR,
        "seeds/article.txt": SEED,
        "docs/index.md": HOME,
        "mkdocs.yml": CONFIG.format(
            overrides=(relative / "overrides").as_posix(),
            hooks=(relative / "hooks" / "explainer_hooks.py").as_posix(),
            language=language,
        ),
    }
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for asset in ASSETS:
        target = folder / "docs" / "assets" / asset
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(engine / "docs" / "assets" / asset, target)
    return [*files, *(f"docs/assets/{asset}" for asset in ASSETS)]
