"""How to update this explainer: the editor's guide, generated.

Field tables come from model.py through fields_of, examples are the project's
own fullest notes written out as an editor writes them, and the mistakes are
what the check really said about broken copies of those notes. Nothing an
editor relies on is typed twice, so the guide follows the code.
"""

from __future__ import annotations

import html
import json

from ..fields import fields_of, story_choices
from ..mistakes import Mistake
from ..model import KINDS, Correction, Evidence, Notes
from ..pages import CHANGES_PAGE, DATA, FEED, GUIDE_PAGE, PAGES, SCHEMA
from ..template import LIST_KINDS, example_note, note_path, note_values, render_template, write_note
from ..wikilinks import LINKABLE, PROSE
from .guide_story import language_section, story_section
from .markup import Linker, text
from .page import all_notes, last_updated

_ORDER = ("actor", "quote", "event", "relation", "source", "term", "explanation", "figure")
_SHOWN_ON = {
    "actor": "its own page, `actors/<id>/`, and the Actors list",
    "quote": "the Quotes page, grouped by speaker, and the speaker's page",
    "event": "the Timeline and the Background",
    "relation": "Who backs whom, and the pages of both actors",
    "source": "the Sources page, with every note that rests on it",
    "term": "the Glossary, and as a tooltip where the term appears",
    "figure": "the home page's key figures",
}
_ABOUT = {
    "quote": "The build looks the words up in the text of the cited source in `seeds/`: copy them exactly "
    "from one quotation (or, where the source uses no quote marks, one sentence), marking a cut with … and keeping "
    "at least three words either side of it; a shorter quote must be all the source puts between one pair of "
    "quote marks. The source must name the speaker (name, alias or surname) in the quotation's paragraph, or, "
    "where that paragraph says only 'he' or 'she', in the last paragraph before it that quotes someone. "
    "Curly or straight quotes and dashes do not matter; anything else does.",
    "figure": "The build looks the number up in the source's text: write it as the source does (`100`, `33.4%`).",
    "source": "A source with a `seed` has its text in `seeds/`, and quotes and figures that cite it are checked "
    "against that text. To add a new article: save its text, byte for byte, as a file in `seeds/` "
    "(`seeds/new-article.txt`), add a source note whose `seed` names that file, and cite the source's id in "
    "other notes' `sources`. No code changes: the next build reads the new file.",
    "explanation": "Each point for or against is a small list item with its own sources; the page shows a tally "
    "of the points and never a verdict the sources do not give.",
    "event": "Write the date only as precisely as the source gives it: `2019-03` when it says 'in March'.",
}


def render_guide(notes: Notes, mistakes: list[Mistake], today: str, new_id: str = "spokesperson") -> str:
    """The editor's guide, as Markdown; a pure function of its arguments.

    today is the date `make new` would write; without it, the newest `updated` of the notes.
    """
    newest = last_updated(all_notes(notes))
    today = today or (newest.iso() if newest else "2019-01-01")
    link = Linker(notes, GUIDE_PAGE)
    parts = [
        f"---\ntitle: {json.dumps('How to update this explainer')}\ndescription: {json.dumps(_DESCRIPTION)}\n---\n",
        "# How to update this explainer\n",
        _intro(link),
        _loop(today),
        _new_notes(notes, today, new_id),
        "## Every kind of note\n",
        "Each section below has a complete example, taken from this explainer's own notes, and a table of "
        "every field. *Required* fields must be written; the others may be left out.\n",
    ]
    parts += [_kind_section(notes, kind, link) for kind in _ORDER if kind in KINDS]
    parts += [story_section(notes, _field_table), language_section(notes)]
    parts += [_links_in_text(), render_corrections_help(), _dates(link), _mistakes(mistakes), _publishing(link)]
    return "\n".join(parts)


_DESCRIPTION = (
    "For editors: how to add an actor, a quote, an event, a relation, a source, a term or an explanation, "
    "what every field means, and what the check says when something is wrong."
)


def _intro(link: Linker) -> str:
    where = ", ".join(f"`content/{kind}s/`" for kind in _ORDER if kind not in LIST_KINDS)
    lists = ", ".join(f"`content/{kind}s.yml`" for kind in _ORDER if kind in LIST_KINDS)
    return (
        "Everything on this site is made from small notes in the project's `content/` folder. "
        "You need a text editor and a terminal in the project folder; no Python.\n\n"
        f"- Notes with a body of text are one Markdown file each, in {where}: the file's name is the "
        "note's id.\n"
        f"- Short notes are items of a YAML list, in {lists}. A new one can also go in a file of its own "
        "in the folder of that name (`content/quotes/my-quote.yml`).\n"
        "- The articles the notes rest on are in `seeds/`, exactly as published. They are never edited.\n"
    )


def _loop(today: str) -> str:
    return (
        "## Edit, save, see\n\n"
        "1. Run `make serve` and open <http://127.0.0.1:8000/>.\n"
        "2. Edit a note in `content/`, a seed in `seeds/` or a page in `docs/`, and save. "
        "The open page reloads by itself once the site is rebuilt, usually within two seconds.\n"
        "3. A mistake is shown in a red box at the top of every page, and in the terminal, with the file, "
        "the line and what to do. Fix it and save; the box goes.\n"
        f'4. Set the note\'s `updated` field to the day you changed it (`updated: "{today}"`). '
        "That date dates the page, lists the change on What's changed, and tells feed readers.\n"
        "5. `make check` checks every note at once without building the site.\n"
        "6. If someone changes the site's Python code (in `hooks/`) while `make serve` runs, the server "
        "says so in the terminal and on the page: stop it with Ctrl+C and run `make serve` again.\n"
    )


def _new_notes(notes: Notes, today: str, new_id: str) -> str:
    kinds = ", ".join(f"`{k}`" for k in _ORDER if k in KINDS)
    sample = render_template("actor", new_id, today, notes)
    return (
        "## Start a new note: `make new`\n\n"
        f"`make new KIND=actor ID={new_id}` writes `content/{note_path('actor', new_id)}` with every field "
        f"present, each under a comment saying what it means. KIND is one of {kinds}. "
        "It refuses an id that is already taken.\n\n"
        "The new note passes `make check` as written, so it shows on the site at once, but it says nothing "
        "untrue while you fill it in:\n\n"
        "- what only you can write (a name, a title, a definition) reads `TODO: …`;\n"
        "- facts the check must be able to resolve (the source, who said a quote, the quote's words, an "
        "event's date) are copied from an existing note of the same kind, and their comment says *copied*.\n\n"
        "`make check` lists every TODO still there and every quote or figure that repeats another, and "
        "`make site` will not publish until they are gone. Here is what `make new` writes today:\n\n" + _code(sample)
    )


def _kind_section(notes: Notes, kind: str, link: Linker) -> str:
    cls = KINDS[kind]
    article = "an" if kind[0] in "aeiou" else "a"
    path = f"content/{kind}s.yml" if kind in LIST_KINDS else f"content/{kind}s/<id>.md"
    lines = [
        f"### Add {article} {kind} {{ #add-{kind} }}\n",
        f"{text((cls.__doc__ or '').strip())} Goes in `{path}`; shown on {_shown_on(notes, kind)}. "
        f"Start one with `make new KIND={kind} ID=...`.\n",
    ]
    if kind in _ABOUT:
        lines.append(_ABOUT[kind] + "\n")
    example = example_note(notes, kind)
    if example is not None:
        where = f"content/{kind}s.yml" if kind in LIST_KINDS else f"content/{note_path(kind, example.id)}"
        lines.append(f"A complete example, the {kind} `{example.id}` as written in `{where}`:\n")
        lines.append(_code(write_note(kind, note_values(example))))
    lines.append(_field_table(cls, kind, story_choices(notes.story)))
    if kind == "explanation":
        lines.append("Each point in `evidence_for` and `evidence_against` has these fields:\n")
        lines.append(_field_table(Evidence, "point"))
    return "\n".join(lines)


def _shown_on(notes: Notes, kind: str) -> str:
    if kind == "explanation":
        return notes.story.question_title or "the central question's page"
    return _SHOWN_ON.get(kind, "the site")


def render_corrections_help() -> str:
    """How an editor records a correction, with the fields of one (every kind of note takes them)."""
    return "\n".join(
        [
            "## Corrections\n",
            "When a change alters the meaning of something already published, do not just rewrite it: "
            "record a correction on the note, as newsrooms do. Keep the new text in its field, and add "
            "what the earlier version said and why it was wrong. The page shows it under the note "
            '("Correction, 1 December 2026: an earlier version said …"), the What\'s changed page and the '
            "feed list it, and the page's JSON-LD carries it as a schema.org `correction`. A wording tidy-up "
            "that keeps the meaning is not a correction.\n",
            _code(
                'corrections:\n  - date: "2026-12-01"\n    field: role\n'
                "    said: Both governments called the visit routine.\n"
                "    why: >-\n      Neither official used the word routine; in the article it is a broadcaster\n"
                "      that calls the visit more than routine.\n"
            ),
            _field_table(Correction, "correction"),
        ]
    )


def _field_table(cls: type, kind: str, listed: dict[tuple[type, str], tuple[str, ...]] | None = None) -> str:
    """Every field of a kind; listed gives the values the story note allows (an actor's side …)."""
    rows = ["| field | required? | type | what it means |", "| --- | --- | --- | --- |"]
    for info in fields_of(cls):
        if info.name == "id" and kind not in LIST_KINDS and (kind in KINDS or kind == "story"):
            doc = "The file's name, without `.md`. " + info.doc
            rows.append(f"| `id` | **required** | id | {_cell(doc)} |")
            continue
        written = "**required**" if info.required else "optional"
        kind_words = text(info.type)
        choices = info.choices or (listed or {}).get((cls, info.name), ())
        if choices:
            kind_words += "; one of: " + ", ".join(f"`{c}`" for c in choices)
        if not info.required and info.default not in ("", (), None):
            kind_words += f"; default `{info.default}`"
        rows.append(f"| `{info.name}` | {written} | {kind_words} | {_cell(info.doc)} |")
    return "\n".join(rows) + "\n"


def _cell(value: str) -> str:
    return text(value)


def _code(source: str) -> str:
    """A block of code shown exactly as written (no Markdown extension needed)."""
    return f'<pre class="guide-code"><code>{html.escape(source.rstrip())}</code></pre>\n'


def _links_in_text() -> str:
    kinds = ", ".join(f"`[[{k}:id]]`" for k in LINKABLE if k != "actor")
    owners = {cls: "each point of evidence" if cls is Evidence else cls.__name__.lower() for cls in PROSE}
    fields = "; ".join(f"{owners[cls]}: " + ", ".join(f"`{f}`" for f in names) for cls, names in PROSE.items())
    return (
        "## Links inside text\n\n"
        "In the fields written in Markdown, `[[actor-id]]` links to an actor's page, "
        f"{kinds} to the other kinds, and `[[actor-id|other words]]` shows other words. "
        "The check reports a link to an id that does not exist, a kind not in that list, "
        f"and a link in any other field, which is plain text. The Markdown fields are {fields}.\n\n"
        "Any text may hold Markdown's own links and plain HTML, but the check refuses what a news page never "
        "means: scripts, frames, embedded objects and styles, `on…=` attributes, `javascript:`, `vbscript:` and "
        "`data:` links, invisible control characters, and the `<<<<<<<`/`=======`/`>>>>>>>` lines a merge "
        "conflict leaves.\n"
    )


def _dates(link: Linker) -> str:
    return (
        "## Dates\n\n"
        "Write a date as `2019`, `2019-03` or `2019-03-25`, in double quotes, and only as precisely as the source "
        "gives it. A note's date may not be later than its sources were published, nor in the future. "
        "`updated` is the day you last changed the note; each page shows the newest `updated` of the notes on it, "
        f"and the [What's changed]({link.href(CHANGES_PAGE)}) page lists them all.\n"
    )


def _mistakes(mistakes: list[Mistake]) -> str:
    lines = [
        "## When something is wrong: what the check says { #mistakes }\n",
        "`make check`, `make serve` and `make site` say the same thing: the file, the line, the field, what was "
        "found and what to do. Below, small broken copies of this explainer's own notes, and what the check "
        "printed when this page was built: the messages are real output, not examples typed by hand.\n",
    ]
    for mistake in mistakes:
        said = "\n".join(mistake.messages) or "(nothing: the check found no problem)"
        lines += [
            f"### {mistake.title}\n",
            mistake.lesson + f" In `{mistake.path}`:\n",
            _code(mistake.text),
            "`make check` says:\n",
            f'<pre class="check-output"><code>{html.escape(said)}</code></pre>\n',
        ]
    return "\n".join(lines)


def _publishing(link: Linker) -> str:
    return (
        "## Publishing\n\n"
        "`make site` builds the whole site into `site/`; it stops, leaving the last good `site/` in place, "
        "if any note has a problem or a placeholder. Readers follow changes through the "
        f"[Atom feed]({link.href(FEED)}) and the [What's changed]({link.href(CHANGES_PAGE)}) page; "
        f"tools can reuse every note from [explainer.json]({link.href(DATA)}) "
        f"([JSON Schema]({link.href(SCHEMA)})). The home page is `docs/{PAGES['home']}`, written by hand.\n\n"
        "On a page written by hand, a table wider than a phone goes in a box the keyboard can scroll, "
        "or the accessibility test fails: a line "
        '`<div class="table-scroll" tabindex="0" role="region" aria-label="Table: what it shows" markdown>` '
        "before the table and `</div>` after it, each with a blank line around it.\n"
    )
