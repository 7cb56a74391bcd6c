"""English: the editor's guide's words (render/guide.py), and what each field of a note means.

What each field means is read from model.py, where each field is declared with its meaning
(`doc`), so the English words and the model cannot drift; other languages write them out.
Keys as in en.py: {names} are filled in by the engine.
"""

from __future__ import annotations

import dataclasses

from .. import model

_FILLED_BY_THE_LOADER = ("origin", "line")
"""Fields editors never write (fields.LOADER_FIELDS): no words for them."""
_DESCRIBED = (*model.KINDS.values(), *model.NESTED, *model.STORY_PARTS, model.Story)

FIELDS: dict[str, str] = {
    **{f"about.{cls.__name__}": (cls.__doc__ or "").strip() for cls in model.KINDS.values()},
    **{
        f"field.{cls.__name__}.{f.name}": f.metadata["doc"]
        for cls in _DESCRIBED
        for f in dataclasses.fields(cls)
        if f.name not in _FILLED_BY_THE_LOADER
    },
}
"""What each kind of note is (about.<Class>) and what each of its fields means (field.<Class>.<name>)."""

WORDS: dict[str, str] = {
    **FIELDS,
    # A field's type, in the field tables.
    "type.text": "text",
    "type.texts": "list of text",
    "type.date": "date",
    "type.number": "whole number",
    "type.body": "Markdown, below the front matter",
    "type.id": "id",
    "type.ref": "{kind} id",
    "type.refs": "list of {kind} ids",
    "type.ref.actor": "actor",
    "type.ref.source": "source",
    "type.ref.quote": "quote",
    "type.ref.figure": "figure",
    "type.items.point": "list of points",
    "type.items.correction": "list of corrections",
    "type.items.side": "list of sides",
    "type.items.relation type": "list of relation types",
    "type.items.page": "list of pages",
    # The field tables.
    "guide.column.field": "field",
    "guide.column.required": "required?",
    "guide.column.type": "type",
    "guide.column.means": "what it means",
    "guide.required": "required",
    "guide.optional": "optional",
    "guide.one-of": "one of:",
    "guide.default": "default",
    "guide.id-is-the-file": "The file's name, without `.md`.",
    # The top of the page.
    "guide.new-id": "spokesperson",
    "guide.title": "How to update this explainer",
    "guide.description": "For editors: how to add an actor, a quote, an event, a relation, a source, a term or an "
    "explanation, what every field means, and what the check says when something is wrong.",
    "guide.intro": "Everything on this site is made from small notes in the project's `content/` folder. "
    "You need a text editor and a terminal in the project folder; no Python.\n\n"
    "- Notes with a body of text are one Markdown file each, in {where}: the file's name is the note's id.\n"
    "- Short notes are items of a YAML list, in {lists}. A new one can also go in a file of its own "
    "in the folder of that name (`content/quotes/my-quote.yml`).\n"
    "- The articles the notes rest on are in `seeds/`, exactly as published. They are never edited.\n",
    "guide.loop.heading": "Edit, save, see",
    "guide.loop": "1. Run `make serve` and open <http://127.0.0.1:8000/>.\n"
    "2. Edit a note in `content/`, a seed in `seeds/` or a page in `docs/`, and save. "
    "The open page reloads by itself once the site is rebuilt, usually within two seconds.\n"
    "3. A mistake is shown in a red box at the top of every page, and in the terminal, with the file, "
    "the line and what to do. Fix it and save; the box goes.\n"
    '4. Set the note\'s `updated` field to the day you changed it (`updated: "{today}"`). '
    "That date dates the page, lists the change on What's changed, and tells feed readers.\n"
    "5. `make check` checks every note at once without building the site.\n"
    "6. If someone changes the site's Python code (in `hooks/`) while `make serve` runs, the server "
    "says so in the terminal and on the page: stop it with Ctrl+C and run `make serve` again.\n",
    "guide.new.heading": "Start a new note: `make new`",
    "guide.new": "`make new KIND=actor ID={new_id}` writes `content/{path}` with every field present, each under a "
    "comment saying what it means. KIND is one of {kinds}. It refuses an id that is already taken.\n\n"
    "The new note passes `make check` as written, so it shows on the site at once, but it says nothing "
    "untrue while you fill it in:\n\n"
    "- what only you can write (a name, a title, a definition) reads `TODO: …`;\n"
    "- facts the check must be able to resolve (the source, who said a quote, the quote's words, an "
    "event's date) are copied from an existing note of the same kind, and their comment says *copied*.\n\n"
    "`make check` lists every TODO still there and every quote or figure that repeats another, and "
    "`make site` will not publish until they are gone. Here is what `make new` writes today:\n\n",
    # Every kind of note.
    "guide.kinds.heading": "Every kind of note",
    "guide.kinds": "Each section below has a complete example, taken from this explainer's own notes, and a table "
    "of every field. *Required* fields must be written; the others may be left out.\n",
    **{f"guide.add.{kind}": f"Add {'an' if kind[0] in 'aeiou' else 'a'} {kind}" for kind in model.KINDS},
    **{f"guide.the.{kind}": f"the {kind}" for kind in model.KINDS},
    "guide.kind": "{about} Goes in `{path}`; shown on {shown}. Start one with `make new KIND={kind} ID=...`.\n",
    "guide.shown.actor": "its own page, `actors/<id>/`, and the Actors list",
    "guide.shown.quote": "the Quotes page, grouped by speaker, and the speaker's page",
    "guide.shown.event": "the Timeline and the Background",
    "guide.shown.relation": "Who backs whom, and the pages of both actors",
    "guide.shown.source": "the Sources page, with every note that rests on it",
    "guide.shown.term": "the Glossary, and as a tooltip where the term appears",
    "guide.shown.figure": "the home page's key figures",
    "guide.shown.explanation": "the central question's page",
    "guide.example": "A complete example, {the_kind} `{id}` as written in `{where}`:\n",
    "guide.points": "Each point in `evidence_for` and `evidence_against` has these fields:\n",
    "guide.about.quote": "The build looks the words up in the text of the cited source in `seeds/`: copy them exactly "
    "from one quotation (or, where the source uses no quote marks, one sentence), marking a cut with … and keeping "
    "at least three words either side of it; a shorter quote must be all the source puts between one pair of "
    "quote marks. The source must name the speaker (name, alias or surname) in the quotation's paragraph, or, "
    "where that paragraph says only 'he' or 'she', in the last paragraph before it that quotes someone. "
    "Curly or straight quotes and dashes do not matter; anything else does.\n",
    "guide.about.figure": "The build looks the number up in the source's text: write it as the source does (`100`, "
    "`33.4%`).\n",
    "guide.about.source": "A source with a `seed` has its text in `seeds/`, and quotes and figures that cite it are "
    "checked against that text. To add a new article: save its text, byte for byte, as a file in `seeds/` "
    "(`seeds/new-article.txt`), add a source note whose `seed` names that file, and cite the source's id in "
    "other notes' `sources`. No code changes: the next build reads the new file.\n",
    "guide.about.explanation": "Each point for or against is a small list item with its own sources; the page shows "
    "a tally of the points and never a verdict the sources do not give.\n",
    "guide.about.event": "Write the date only as precisely as the source gives it: `2019-03` when it says 'in "
    "March'.\n",
    # The story note and the site's language (render/guide_story.py).
    "guide.story.heading": "The story note",
    "guide.story": "`content/story.md` holds what belongs to this one story and to no other: the question, the sides "
    "an actor may be on, the kinds of link a relation may have and how the diagram draws each, the page "
    "that weighs the explanations, and the words that describe the pages. The engine's code holds none "
    "of it. This explainer's sides: {sides}. Its relation types: {kinds}.\n",
    "guide.none-yet": "none yet",
    "guide.each-of": "Each of `{field}`:\n",
    "guide.language.heading": "The site's language",
    "guide.language": "Every word the site writes itself (headings, labels, dates, the age of each page) comes from "
    "one table per language, chosen by `theme.language` in `mkdocs.yml`, the setting that also gives Material and "
    "its search their language. This site is in `{code}`; the tables are {known}. Dates follow the language "
    "too (25 March 2019, 25 de marzo de 2019). The notes and the story note are written in the site's language by "
    "their editors.\n\n"
    "To add a language: copy `hooks/explainer/lang/en.py`, `en_guide.py` (the words of this guide) and "
    "`en_check.py` (what the check says) to files named for the language's code (`fr.py`, `fr_guide.py` and "
    "`fr_check.py` for `fr`) and `en_reading.py` "
    "(the months, hedges and words like “says” the check reads in sentences) to `fr_reading.py`, translate every "
    "value (keep each {placeholder} as it is: the site fills it in), add `fr_reading.py` to `READING` and "
    "the three to `MODULES` in "
    "`hooks/explainer/lang/__init__.py` (and, for `make init`, `en_init.py` to `fr_init.py`, added to `STARTERS` in "
    "`hooks/explainer/init.py`), and set `theme.language` to the code. `make check` names every key the "
    "new tables lack; until they have them all, the missing words show in the default language (`{default}`).\n",
    # Links, corrections, dates, mistakes, publishing.
    "guide.links.heading": "Links inside text",
    "guide.links": "In the fields written in Markdown, `[[actor-id]]` links to an actor's page, "
    "{kinds} to the other kinds, and `[[actor-id|other words]]` shows other words. "
    "The check reports a link to an id that does not exist, a kind not in that list, "
    "and a link in any other field, which is plain text. The Markdown fields are {fields}.\n\n"
    "Any text may hold Markdown's own links and plain HTML, but the check refuses what a news page never "
    "means: scripts, frames, embedded objects and styles, `on…=` attributes, `javascript:`, `vbscript:` and "
    "`data:` links, invisible control characters, and the `<<<<<<<`/`=======`/`>>>>>>>` lines a merge "
    "conflict leaves.\n",
    "guide.owner.source": "source",
    "guide.owner.actor": "actor",
    "guide.owner.event": "event",
    "guide.owner.quote": "quote",
    "guide.owner.explanation": "explanation",
    "guide.owner.evidence": "each point of evidence",
    "guide.owner.term": "term",
    "guide.corrections.heading": "Corrections",
    "guide.corrections": "When a change alters the meaning of something already published, do not just rewrite it: "
    "record a correction on the note, as newsrooms do. Keep the new text in its field, and add "
    "what the earlier version said and why it was wrong. The page shows it under the note "
    '("Correction, 1 December 2026: an earlier version said …"), the What\'s changed page and the '
    "feed list it, and the page's JSON-LD carries it as a schema.org `correction`. A wording tidy-up "
    "that keeps the meaning is not a correction.\n",
    "guide.corrections.example": 'corrections:\n  - date: "2026-12-01"\n    field: role\n'
    "    said: Both governments called the visit routine.\n"
    "    why: >-\n      Neither official used the word routine; in the article it is a broadcaster\n"
    "      that calls the visit more than routine.\n",
    "guide.dates.heading": "Dates",
    "guide.dates": "Write a date as `2019`, `2019-03` or `2019-03-25`, in double quotes, and only as precisely as the "
    "source gives it. A note's date may not be later than its sources were published, nor in the future. "
    "`updated` is the day you last changed the note; each page shows the newest `updated` of the notes on it, "
    "and the [What's changed]({changes}) page lists them all.\n",
    "guide.mistakes.heading": "When something is wrong: what the check says",
    "guide.mistakes": "`make check`, `make serve` and `make site` say the same thing: the file, the line, the field, "
    "what was found and what to do. Below, small broken copies of this explainer's own notes, and what the check "
    "printed when this page was built: the messages are real output, not examples typed by hand.\n",
    "guide.mistakes.in": "In `{path}`:",
    "guide.mistakes.says": "`make check` says:\n",
    "guide.mistakes.nothing": "(nothing: the check found no problem)",
    "guide.publishing.heading": "Publishing",
    "guide.publishing": "`make site` builds the whole site into `site/`; it stops, leaving the last good `site/` in "
    "place, if any note has a problem or a placeholder. Readers follow changes through the "
    "[Atom feed]({feed}) and the [What's changed]({changes}) page; "
    "tools can reuse every note from [explainer.json]({data}) "
    "([JSON Schema]({schema})). The home page is `docs/{home}`, written by hand.\n\n"
    "On a page written by hand, a table wider than a phone goes in a box the keyboard can scroll, "
    "or the accessibility test fails: a line "
    '`<div class="table-scroll" tabindex="0" role="region" aria-label="Table: what it shows" markdown>` '
    "before the table and `</div>` after it, each with a blank line around it.\n",
    # The guide's example mistakes (mistakes.py): what each is called, and its lesson.
    "mistake.field-typo.title": "A typo in a field name",
    "mistake.field-typo.lesson": "Field names are fixed; the check suggests the nearest one.",
    "mistake.missing-field.title": "A required field left out",
    "mistake.missing-field.lesson": "Every required field must be there.",
    "mistake.bad-choice.title": "A value that is not one of the choices",
    "mistake.bad-choice.lesson": "Some fields take one of a fixed list of words.",
    "mistake.no-source.title": "A note with no source",
    "mistake.no-source.lesson": "Every note cites at least one source.",
    "mistake.bad-yaml.title": "Text that YAML cannot read",
    "mistake.bad-yaml.lesson": "Put text that holds a colon followed by a space in double quotes.",
    "mistake.bad-yaml.note": "Note",
    "mistake.bad-link.title": "A link to a note that does not exist",
    "mistake.bad-link.lesson": "Links in text name an id that exists.",
    "mistake.bad-link.body": "Works with [[term:{id}]].",
    "mistake.not-verbatim.title": "A quote that is not word for word",
    "mistake.not-verbatim.lesson": "Quotes are checked against the source's text; the check shows the closest passage.",
    "mistake.cut-across.title": "A cut that joins two passages",
    "mistake.cut-across.lesson": "A quote comes from one quotation, or one sentence where the source uses no quote marks, with at least three words either side of a cut and the speaker named next to it.",
    "mistake.unknown-speaker.title": "Someone who is not an actor yet",
    "mistake.unknown-speaker.lesson": "Who said a quote is an actor id: add the actor first.",
    "mistake.duplicate-id.title": "The same id twice",
    "mistake.duplicate-id.lesson": "Every note's id is unique among notes of its kind.",
    "mistake.unreadable-date.title": "A date written in words",
    "mistake.unreadable-date.lesson": "Dates are written 2019, 2019-03 or 2019-03-25.",
    "mistake.date-after-source.title": "A date later than the source",
    "mistake.date-after-source.lesson": "A source cannot report what happened after it was published.",
    "mistake.figure-not-in-source.title": "A number that is not in the source",
    "mistake.figure-not-in-source.lesson": "Figures are written exactly as the source writes them.",
    "mistake.placeholder.title": "A placeholder left in",
    "mistake.placeholder.lesson": "`make check` passes a note fresh from `make new`, but lists what is left to fill in; `make site` will not publish it until every TODO is gone.",
    # What `make new` writes in a new note (template.py): its header and each field's comment.
    "new.header": "A new {kind}, written by `make new`. Fill in every TODO, check each field marked\n"
    "'copied', make `updated` the day you change it, then run `make check`.\n"
    "The editor's guide (For editors in the site's menu) has a complete example.",
    "new.required": "required",
    "new.below": "Below the closing --- line: {comment}",
    "new.optional": "optional",
    "new.one-of": "one of: {choices}",
    "new.copied": "copied from {example} so the note passes `make check`: replace it",
    "new.seed.uncited": "files in seeds/ that no source cites yet: {files}",
    "new.seed.first": "put the article's text in seeds/ first, byte for byte, then name the file here",
}
