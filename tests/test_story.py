"""The story note (content/story.md): loaded like every note, checked with file, line and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, write_project
from explainer import load_and_check
from explainer.export import notes_as_data
from explainer.render.story_words import side_of

STORY = """
---
question: Who runs the river port?
short_title: the river port
sides:
  - id: council
    label: With the council
    short: Council
  - id: others
    label: Everyone else
    short: Others
default_side: others
relation_types:
  - {id: supports, label: supports, colour: backing, dash: solid, end: arrow}
question_title: Why now?
question_slug: why-now
question_label: Why now
question_intro: Several answers.^[analysis]
---
"""
INTRO = "question_intro: Several answers.^[analysis]\n"
NO_PASSAGE = (
    'has no passage: add ^["the source\'s exact words"] after it, '
    "or mark it ^[context: where it comes from] or ^[analysis]"
)

BROKEN = [
    (
        "an actor's side the story does not list",
        {},
        {"content/actors/russia.md": MINIMAL["content/actors/russia.md"].replace("side: maduro", "side: martians")},
        "content/actors/russia.md:5: side: 'martians' is not one of: council, others",
    ),
    (
        "a relation type the story does not list",
        {},
        {"content/relations.yml": MINIMAL["content/relations.yml"].replace("type: supports", "type: buys-from")},
        "content/relations.yml:3: type: 'buys-from' is not one of: supports",
    ),
    (
        "a relation type with no drawing",
        {", end: arrow}": "}"},
        {},
        "content/story.md:13: end: missing required field: add `end: ...` (The mark the line ends in: one of arrow, "
        "dot, bar, chevron.)",
    ),
    (
        "a side with no label",
        {"    label: Everyone else\n": ""},
        {},
        "content/story.md:8: label: missing required field: add `label: ...` (The side as pages title it, in a few words.)",
    ),
    (
        "a colour the diagram does not have",
        {"colour: backing": "colour: purple"},
        {},
        "content/story.md:13: colour: 'purple' is not one of: backing, military, business, hostile, structure",
    ),
    (
        "a default side that is not a side",
        {"default_side: others": "default_side: nobody"},
        {},
        "content/story.md:11: default_side: 'nobody' is not one of the sides: use one of: council, others",
    ),
    (
        "two relation types drawn alike",
        {
            "  - {id: supports, label: supports, colour: backing, dash: solid, end: arrow}\n": (
                "  - {id: supports, label: supports, colour: backing, dash: solid, end: arrow}\n"
                "  - {id: helps, label: helps, colour: business, dash: solid, end: arrow}\n"
            )
        },
        {},
        "content/story.md:14: relation_types: 'helps' is drawn like 'supports' (solid line, arrow end): give it "
        "another dash or end, so the diagram reads without colour",
    ),
    (
        "a central page at the address of another",
        {"question_slug: why-now": "question_slug: timeline"},
        {},
        "content/story.md:15: question_slug: 'timeline' is the address of another page: pick another slug",
    ),
    # What readers read of the story note is held to its voices and passages, like every note.
    (
        "an intro with no passage",
        {INTRO: "question_intro: Several answers.\n"},
        {},
        f"content/story.md:17: question_intro: 'Several answers.' {NO_PASSAGE}",
    ),
    (
        "a page's description with no passage",
        {INTRO: INTRO + "pages:\n  - page: timeline\n    description: Every event in order.\n"},
        {},
        f"content/story.md:20: pages[0].description: 'Every event in order.' {NO_PASSAGE}",
    ),
    (
        "a card whose passage is not word for word",
        {
            INTRO: INTRO
            + 'pages:\n  - page: timeline\n    card: >-\n      Troops landed.^["nearly 100 Russian troops"]\n'
        },
        {},
        "content/story.md:20: pages[0].card: passage not found word for word in the-week's text: "
        "'nearly 100 Russian troops'; closest passage: 'nearly 100 Russian'",
    ),
    (
        "a correction of a field readers do not read",
        {
            INTRO: INTRO
            + 'corrections:\n  - date: "2026-12-01"\n    field: question_slug\n    said: old\n    why: wrong\n'
        },
        {},
        "content/story.md:19: corrections: a story correction's field 'question_slug' names nothing readers read: "
        "write question_intro, or a page's description or card (background.description, question.card)",
    ),
]


def _project(tmp_path: Path, story: str, files: dict[str, str]) -> Path:
    minimal = {**MINIMAL, "content/story.md": story}
    for name in ("content/actors/russia.md", "content/actors/nicolas-maduro.md", "content/actors/maria-zakharova.md"):
        minimal[name] = minimal[name].replace("side: maduro", "side: council")
    return write_project(tmp_path, {**minimal, **files})


@pytest.mark.parametrize(("what", "edits", "files", "expected"), BROKEN, ids=[case[0] for case in BROKEN])
def test_a_broken_story_is_reported_at_its_line(
    tmp_path: Path, what: str, edits: dict[str, str], files: dict[str, str], expected: str
) -> None:
    story = STORY
    for old, new in edits.items():
        assert old in story, what
        story = story.replace(old, new)
    problems = [str(p) for p in load_and_check(_project(tmp_path, story, files)).problems]
    assert expected in problems


def test_a_good_story_passes_and_its_default_side_fills_an_actor_without_one(tmp_path: Path) -> None:
    files = {
        "content/actors/maria-zakharova.md": MINIMAL["content/actors/maria-zakharova.md"].replace(
            '        side: maduro ^["said Maria Zakharova, Russia’s foreign ministry spokeswoman"]\n', ""
        )
    }
    checked = load_and_check(_project(tmp_path, STORY, files))
    assert [str(p) for p in checked.problems] == []
    assert side_of(checked.notes, {a.id: a for a in checked.notes.actors}["maria-zakharova"]) == "others"
    assert checked.notes.story.question_title == "Why now?"
    exported = {a["id"]: a["side"] for a in notes_as_data(checked.notes)["actors"]}
    assert exported["maria-zakharova"] == "others"


def test_a_project_without_a_story_note_is_told_what_to_write(tmp_path: Path) -> None:
    files = {name: text for name, text in MINIMAL.items() if name != "content/story.md"}
    problems = [str(p) for p in load_and_check(write_project(tmp_path, files)).problems]
    assert problems[0].startswith("content/story.md: no story note: write content/story.md")
