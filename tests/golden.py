"""Golden pages: the whole Markdown of each generated page for a small fixed note set.

The expected pages live in tests/golden/*.md. After a deliberate change to a
renderer, regenerate them with one command and review the diff:

    make golden
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from conftest import MINIMAL, write_project
from explainer import load_and_check
from explainer.render.site import render_site

GOLDEN = Path(__file__).parent / "golden"
EXTRA = {
    "content/terms/military-technical-cooperation.md": """
        ---
        term: military-technical cooperation
        definition: "Arms sales, training and maintenance agreed between two governments.^[context: general knowledge]"
        aliases: [military cooperation]
        sources: [the-week]
        updated: "2026-11-25"
        ---
        """,
    "content/explanations/routine-cooperation.md": """
        ---
        title: Routine cooperation^[analysis]
        summary: >-
          The official account, in which the servicemen carry out
          [[term:military-technical-cooperation]].^["said Maria Zakharova, Russia’s foreign ministry spokeswoman"]
        sources: [the-week]
        argued_by: [maria-zakharova]
        order: 1
        evidence_for:
          - text: >-
              Zakharova tied the stay to what Venezuela's government needs.^["As long as the Venezuelan
              government needs."]^["Asked how long the troops would be there, she replied"]
            sources: [the-week]
            quote: zakharova-as-long
        evidence_against:
          - text: CBS News called a hundred servicemen more than routine.^["100 is “more than routine”, CBS News reported"]
            sources: [the-week]
            figure: servicemen
        updated: "2026-11-25"
        ---
        [[russia]] calls the experts' work military-technical cooperation.^["they are tasked with the practical
        implementation of provisions of military-technical cooperation agreements"] The word "routine" is
        ours.^[analysis] Such agreements are common between arms suppliers and buyers.^[context: general knowledge]
        """,
}
PAGES = [
    "background.md",
    "who-backs-whom.md",
    "bluff-or-base.md",
    "timeline.md",
    "actors/index.md",
    "actors/russia.md",
    "quotes.md",
    "sources.md",
    "glossary.md",
]


def render_golden_pages() -> dict[str, str]:
    """The pages the golden files hold, rendered from the fixed notes."""
    with tempfile.TemporaryDirectory() as folder:
        root = write_project(Path(folder), {**MINIMAL, **EXTRA})
        checked = load_and_check(root)
        if checked.problems:
            raise SystemExit("the golden notes have problems:\n" + "\n".join(map(str, checked.problems)))
        pages = render_site(checked.notes)
    return {name: pages[name] for name in PAGES}


def golden_path(page: str) -> Path:
    return GOLDEN / (page.replace("/", "--"))


def main() -> int:
    GOLDEN.mkdir(exist_ok=True)
    for page, markdown in render_golden_pages().items():
        golden_path(page).write_text(markdown, encoding="utf-8")
        print(f"wrote {golden_path(page).relative_to(Path.cwd())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
