"""How to update this explainer: the editor's guide, generated, in the site's language.

Field tables come from model.py through fields_of, examples are the project's
own fullest notes written out as an editor writes them, and the mistakes are
what the check really said about broken copies of those notes. Nothing an
editor relies on is typed twice, so the guide follows the code. Its words are
the language's (lang/<code>_guide.py), and so are the check's messages it shows
(lang/<code>_check.py).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from ..fields import field_words, fields_of, kind_words, story_choices
from ..lang import DEFAULT, say
from ..mistakes import Mistake
from ..model import KINDS, Correction, Evidence, Notes
from ..pages import CHANGES_PAGE, DATA, FEED, GUIDE_PAGE, PAGES, SCHEMA
from ..template import LIST_KINDS, example_note, note_path, note_values, render_template, write_note
from ..wikilinks import LINKABLE, PROSE
from .guide_story import language_section, story_section
from .markup import Linker, text
from .page import all_notes, last_updated

_ORDER = ("actor", "quote", "event", "relation", "source", "term", "explanation", "figure")
_ABOUT = ("quote", "figure", "source", "explanation", "event")
"""Kinds with a paragraph of their own (guide.about.<kind>) before their example."""
Say = Callable[..., str]


def render_guide(notes: Notes, mistakes: list[Mistake], today: str, new_id: str = "") -> str:
    """The editor's guide, as Markdown; a pure function of its arguments.

    today is the date `make new` would write; without it, the newest `updated` of the notes. new_id is
    the id its example writes; without it, the language's (spokesperson).
    """
    newest = last_updated(all_notes(notes))
    today = today or (newest.iso() if newest else "2019-01-01")
    link = Linker(notes, GUIDE_PAGE)
    words = link.say
    title = words("guide.title")
    new_id = new_id or words("guide.new-id")
    parts = [
        f"---\ntitle: {json.dumps(title)}\ndescription: {json.dumps(words('guide.description'))}\n---\n",
        f"# {title}\n",
        _intro(words),
        f"## {words('guide.loop.heading')}\n\n" + words("guide.loop", today=today),
        _new_notes(notes, today, new_id),
        f"## {words('guide.kinds.heading')}\n",
        words("guide.kinds"),
    ]
    parts += [_kind_section(notes, kind) for kind in _ORDER if kind in KINDS]
    parts += [story_section(notes, lambda cls, kind: _field_table(cls, kind, notes.language)), language_section(notes)]
    parts += [_links_in_text(words), render_corrections_help(notes.language), _dates(link)]
    parts += [_mistakes(notes.language, mistakes), _publishing(link)]
    return "\n".join(parts)


def _intro(words: Say) -> str:
    where = ", ".join(f"`content/{kind}s/`" for kind in _ORDER if kind not in LIST_KINDS)
    lists = ", ".join(f"`content/{kind}s.yml`" for kind in _ORDER if kind in LIST_KINDS)
    return words("guide.intro", where=where, lists=lists)


def _new_notes(notes: Notes, today: str, new_id: str) -> str:
    kinds = ", ".join(f"`{k}`" for k in _ORDER if k in KINDS)
    sample = render_template("actor", new_id, today, notes)
    said = say(notes.language, "guide.new", new_id=new_id, path=note_path("actor", new_id), kinds=kinds)
    return f"## {say(notes.language, 'guide.new.heading')}\n\n" + said + _code(sample)


def _kind_section(notes: Notes, kind: str) -> str:
    language = notes.language
    cls = KINDS[kind]
    path = f"content/{kind}s.yml" if kind in LIST_KINDS else f"content/{kind}s/<id>.md"
    about = text(kind_words(language, cls))
    lines = [
        f"### {say(language, f'guide.add.{kind}')} {{ #add-{kind} }}\n",
        say(language, "guide.kind", about=about, path=path, shown=_shown_on(notes, kind), kind=kind),
    ]
    if kind in _ABOUT:
        lines.append(say(language, f"guide.about.{kind}"))
    example = example_note(notes, kind)
    if example is not None:
        where = f"content/{kind}s.yml" if kind in LIST_KINDS else f"content/{note_path(kind, example.id)}"
        the_kind = say(language, f"guide.the.{kind}")
        lines.append(say(language, "guide.example", the_kind=the_kind, id=example.id, where=where))
        lines.append(_code(write_note(kind, note_values(example))))
    lines.append(_field_table(cls, kind, language, story_choices(notes.story)))
    if kind == "explanation":
        lines.append(say(language, "guide.points"))
        lines.append(_field_table(Evidence, "point", language))
    return "\n".join(lines)


def _shown_on(notes: Notes, kind: str) -> str:
    if kind == "explanation" and notes.story.question_title:
        return notes.story.question_title
    return say(notes.language, f"guide.shown.{kind}")


def render_corrections_help(language: str = DEFAULT) -> str:
    """How an editor records a correction, with the fields of one (every kind of note takes them)."""
    return "\n".join(
        [
            f"## {say(language, 'guide.corrections.heading')}\n",
            say(language, "guide.corrections"),
            _code(say(language, "guide.corrections.example")),
            _field_table(Correction, "correction", language),
        ]
    )


def _field_table(
    cls: type, kind: str, language: str, listed: dict[tuple[type, str], tuple[str, ...]] | None = None
) -> str:
    """Every field of a kind; listed gives the values the story note allows (an actor's side …)."""
    columns = ("field", "required", "type", "means")
    header = " | ".join(say(language, f"guide.column.{column}") for column in columns)
    rows = [f"| {header} |", "| --- | --- | --- | --- |"]
    required, optional = say(language, "guide.required"), say(language, "guide.optional")
    for info in fields_of(cls):
        type_words, doc = field_words(language, cls, info)
        if info.name == "id" and kind not in LIST_KINDS and (kind in KINDS or kind == "story"):
            doc = say(language, "guide.id-is-the-file") + " " + doc
            rows.append(f"| `id` | **{required}** | {text(type_words)} | {_cell(doc)} |")
            continue
        written = f"**{required}**" if info.required else optional
        kind_words = text(type_words)
        choices = info.choices or (listed or {}).get((cls, info.name), ())
        if choices:
            kind_words += f"; {say(language, 'guide.one-of')} " + ", ".join(f"`{c}`" for c in choices)
        if not info.required and info.default not in ("", (), None):
            kind_words += f"; {say(language, 'guide.default')} `{info.default}`"
        rows.append(f"| `{info.name}` | {written} | {kind_words} | {_cell(doc)} |")
    return "\n".join(rows) + "\n"


def _cell(value: str) -> str:
    return text(value)


def _code(source: str, attributes: str = "", kind: str = "guide-code") -> str:
    """A block of code shown exactly as written (no Markdown extension needed)."""
    return f'<pre class="{kind}"{attributes}><code>{html.escape(source.rstrip())}</code></pre>\n'


def _links_in_text(words: Say) -> str:
    kinds = ", ".join(f"`[[{k}:id]]`" for k in LINKABLE if k != "actor")
    owners = {cls: words(f"guide.owner.{cls.__name__.lower()}") for cls in PROSE}
    fields = "; ".join(f"{owners[cls]}: " + ", ".join(f"`{f}`" for f in names) for cls, names in PROSE.items())
    return f"## {words('guide.links.heading')}\n\n" + words("guide.links", kinds=kinds, fields=fields)


def _dates(link: Linker) -> str:
    return f"## {link.say('guide.dates.heading')}\n\n" + link.say("guide.dates", changes=link.href(CHANGES_PAGE))


def _mistakes(language: str, mistakes: list[Mistake]) -> str:
    lines = [f"## {say(language, 'guide.mistakes.heading')} {{ #mistakes }}\n", say(language, "guide.mistakes")]
    for mistake in mistakes:
        said = "\n".join(mistake.messages) or say(language, "guide.mistakes.nothing")
        where = say(language, "guide.mistakes.in", path=mistake.path)
        lines += [f"### {mistake.title}\n", f"{mistake.lesson} {where}\n"]
        note = _code(mistake.text)
        output = _code(said, kind="check-output")
        lines += [note, say(language, "guide.mistakes.says"), output]
    return "\n".join(lines)


def _publishing(link: Linker) -> str:
    hrefs = {"feed": FEED, "changes": CHANGES_PAGE, "data": DATA, "schema": SCHEMA}
    links = {name: link.href(target) for name, target in hrefs.items()}
    return f"## {link.say('guide.publishing.heading')}\n\n" + link.say("guide.publishing", home=PAGES["home"], **links)
