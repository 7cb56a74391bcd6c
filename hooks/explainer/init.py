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
from types import ModuleType

from .lang import TABLES, Told, en_init, es_init, told

STARTERS: dict[str, ModuleType] = {"en": en_init, "es": es_init}
"""What a new explainer starts with, in each language (lang/<code>_init.py): its FILES, by path,
and mkdocs.yml's SITE_NAME."""

CONFIG = """site_name: "{site_name}"
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


class InitError(ValueError):
    """Why init cannot start an explainer there, and what to do: told, so said in the language asked for."""

    def __init__(self, words: Told) -> None:
        super().__init__(str(words))
        self.words = words


def init_project(folder: Path, engine: Path, language: str = "en", year: int = 2024) -> list[str]:
    """Write a new explainer into folder (empty or new); return the files written, relative to it.

    engine is this project's root: the new mkdocs.yml points at its hooks/ and overrides/.
    Raises InitError (a ValueError), with what to do, for a folder that holds anything or a language
    with no table.
    """
    if language not in TABLES or language not in STARTERS:
        known = ", ".join(sorted(set(TABLES) & set(STARTERS)))
        raise InitError(told("check.init.no-table", language=language, known=known))
    if folder.exists() and any(folder.iterdir()):
        raise InitError(told("check.init.not-empty", folder=str(folder)))
    engine = engine.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    relative = Path(os.path.relpath(engine, folder.resolve()))
    starter = STARTERS[language]
    files = {name: text.replace("{year}", str(year)) for name, text in starter.FILES.items()}
    files |= {
        "mkdocs.yml": CONFIG.format(
            site_name=starter.SITE_NAME,
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
