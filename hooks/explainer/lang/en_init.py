"""English: the files `python -m explainer init` starts a new explainer with (init.py).

Every TODO is a placeholder the editor replaces; `make check` lists what is left. Other
languages write the same files, keys and {placeholders} in their words (es_init.py).
"""

SITE_NAME = "TODO: The question your explainer answers?"
"""mkdocs.yml's site_name."""
FILES: dict[str, str] = {
    "content/story.md": """---
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
""",
    "content/sources/article.md": """---
name: "TODO: The outlet's name"
kind: article
title: "TODO: The article's headline"
date: "{year}"
seed: article.txt
---
""",
    "content/actors/first-actor.md": """---
name: "TODO: A name as the page shows it"
kind: person
role: "TODO: Who they are in this story, in one line.^[\\"TODO: the article's exact words that say so\\"]"
sources: [article]
---
""",
    "seeds/article.txt": "TODO: paste the article's text here, byte for byte as published, and never edit it afterwards.\n",
    "docs/index.md": """---
title: "TODO: The question your explainer answers?"
description: "TODO: The answer in two sentences.^[analysis]"
---

# TODO: The question your explainer answers?

<!-- explainer: reporting-up-to -->

## Key figures

<!-- explainer: key-figures -->

## Read on

<!-- explainer: ways-in -->
""",
}
