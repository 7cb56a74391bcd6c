"""Small broken notes, and what the check really says about each, for the editor's guide.

Each mistake is made from one of the project's own notes, put in a tiny
project beside the seed it cites, and loaded and checked there by
load_and_check, as `make check` would. The tiny project is held in memory
(path -> text): no folder is made and no file written, yet the files are read
by the same code as on disk, so paths and lines in the messages are the ones
an editor would see. The guide prints the problems that run returned, never
text copied by hand, so a change to a message shows up in the guide at the
next build.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import load_and_check
from .fields import fields_of
from .lang import date_words, say
from .model import EMPTY_STORY, Actor, Event, Figure, Notes, PartialDate, Quote, Source, Story
from .template import TODO, find_unfinished, note_path, note_values, write_note

_ROOT = Path("example")
"""Where the tiny project would stand: nothing is read or written there; messages name paths from it."""


@dataclass(frozen=True)
class Mistake:
    """One broken note and the messages checking it gave."""

    title: str
    lesson: str
    """What the editor should take from it, in a sentence."""
    path: str
    """The broken file, relative to the project (content/actors/x.md)."""
    text: str
    """The broken file as written."""
    messages: tuple[str, ...]
    """What `make check` printed for it, word for word."""


@dataclass(frozen=True)
class _Base:
    """A tiny valid project made from real notes: one seeded source, a speaker, a quote."""

    source: Source
    actor: Actor
    quote: Quote | None
    event: Event | None
    figure: Figure | None
    tail: str = ""
    """The seed's last words, for a cut that joins the quote to another passage."""
    story: Story = EMPTY_STORY
    language: str = "en"
    """The story's: what `make new` would write in a placeholder is in it."""


def collect_mistakes(notes: Notes) -> list[Mistake]:
    """Every example mistake the project's notes allow, with what the check says."""
    base = _base(notes)
    if base is None:
        return []
    made = [(key, broken) for key, make in _MISTAKES if (broken := make(base)) is not None]
    said = _run(_project(notes, base), tuple(broken for _, broken in made), notes.language)
    pairs = zip(made, said, strict=True)
    words = functools.partial(say, notes.language)
    return [
        Mistake(words(f"mistake.{key}.title"), words(f"mistake.{key}.lesson"), path, text, messages)
        for (key, (path, text)), messages in pairs
    ]


def base_messages(notes: Notes) -> tuple[str, ...]:
    """What checking the unbroken tiny project says: nothing, or the examples are unfair."""
    base = _base(notes)
    if base is None:
        return ()
    (messages,) = _run(_project(notes, base), (None,), notes.language)
    return messages


def example_project(notes: Notes) -> dict[str, str]:
    """The unbroken tiny project, {path: text}, each example changes one file of ({} when none can be made)."""
    base = _base(notes)
    return dict(_project(notes, base)) if base else {}


def _project(notes: Notes, base: _Base) -> tuple[tuple[str, str], ...]:
    seed = base.source.seed
    return tuple(sorted({**_files(base), f"seeds/{seed}": notes.seeds[seed]}.items()))


@functools.lru_cache(maxsize=16)
def _run(
    project: tuple[tuple[str, str], ...], changes: tuple[tuple[str, str] | None, ...], language: str
) -> tuple[tuple[str, ...], ...]:
    """What checking the tiny project says, in the language, with each change (a file's path and text;
    None: as it is)."""
    texts = dict(project)
    return tuple(_check(texts if change is None else {**texts, change[0]: change[1]}, language) for change in changes)


def _check(texts: dict[str, str], language: str) -> tuple[str, ...]:
    checked = load_and_check(_ROOT, texts=texts, language=language)
    if not checked.problems:
        unfinished = find_unfinished(checked.notes)
        return tuple(say(language, "check.to-finish.one", problem=p.said(language)) for p in unfinished)
    return tuple(p.said(language) for p in checked.problems)


def _base(notes: Notes) -> _Base | None:
    seeded = [s for s in notes.sources if s.seed in notes.seeds]
    if not seeded:
        return None
    source = seeded[0]
    quotes = [q for q in notes.quotes if source.id in q.sources]
    quote = min(quotes, key=lambda q: (len(q.text) < 40, len(q.text), q.id), default=None)
    actors = {a.id: a for a in notes.actors}
    actor = actors.get(quote.speaker) if quote else None
    if actor is None:
        actor = next((a for a in notes.actors if a.kind == "person"), notes.actors[0] if notes.actors else None)
    if actor is None:
        return None
    event = next((e for e in notes.events if e.sources == (source.id,)), None)
    figure = next((f for f in notes.figures if source.id in f.sources), None)
    return _Base(
        source=_required(source, seed=source.seed, date=source.date),
        actor=_required(actor, sources=(source.id,)),
        quote=_required(quote, sources=(source.id,)) if quote else None,
        event=_required(event, sources=(source.id,)) if event else None,
        figure=_required(figure, sources=(source.id,)) if figure else None,
        tail=" ".join(notes.seeds[source.seed].split()[-3:]),
        story=notes.story,
        language=notes.language,
    )


def _required(note: Any, **keep: Any) -> Any:
    """The note with only its required fields (and those named), so it stands alone."""
    values = {i.name: (getattr(note, i.name) if i.required else i.default) for i in fields_of(type(note))}
    return replace(note, **{**values, **keep})


def _write(note_kind: str, note: Any, **changes: Any) -> tuple[str, str]:
    written = note_values(note)  # markers included: the example's sentences keep their passages
    values = {
        i.name: written.get(i.name, getattr(note, i.name))
        for i in fields_of(type(note))
        if i.required or i.name in ("seed", "date")
    }
    values = {k: v for k, v in {**values, **changes}.items() if v is not None or k in changes}
    return f"content/{note_path(note_kind, note.id)}", write_note(note_kind, values)


def _files(base: _Base) -> dict[str, str]:
    files = dict([_write("source", base.source), _write("actor", base.actor)])
    files["content/story.md"] = write_note("story", note_values(base.story))
    for kind, note in (("quote", base.quote), ("event", base.event), ("figure", base.figure)):
        if note is not None:
            files.update([_write(kind, note)])
    return files


def _rename_field(text: str, field: str, to: str) -> str:
    return text.replace(f"\n{field}:", f"\n{to}:", 1)


def _drop_field(text: str, field: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.startswith(f"{field}:"))


def _typo(word: str) -> str:
    """The word with its second letter doubled, the commonest slip."""
    return word[:2] + word[1:] if len(word) > 2 else word + word[-1]


def _field_typo(base: _Base) -> tuple[str, str]:
    path, text = _write("actor", base.actor)
    return path, _rename_field(text, "name", _typo("name"))


def _missing_field(base: _Base) -> tuple[str, str]:
    path, text = _write("actor", base.actor)
    return path, _drop_field(text, "role")


def _bad_choice(base: _Base) -> tuple[str, str]:
    return _write("actor", base.actor, kind=base.actor.kind + "s")


def _no_source(base: _Base) -> tuple[str, str]:
    return _write("actor", base.actor, sources=())


def _bad_yaml(base: _Base) -> tuple[str, str]:
    path, text = _write("actor", base.actor)
    note = say(base.language, "mistake.bad-yaml.note")
    lines = [f"role: {note}: {base.actor.role}" if line.startswith("role:") else line for line in text.split("\n")]
    return path, "\n".join(lines)


def _bad_link(base: _Base) -> tuple[str, str]:
    return _write("actor", base.actor, body=say(base.language, "mistake.bad-link.body", id=_typo("treaty")))


def _placeholder(base: _Base) -> tuple[str, str]:
    return _write("actor", base.actor, role=f"{TODO}: {say(base.language, 'field.Actor.role')}")


def _not_verbatim(base: _Base) -> tuple[str, str] | None:
    if base.quote is None:
        return None
    words = base.quote.text.split(" ")
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    words[longest] = _typo(words[longest])
    return _write("quote", base.quote, text=" ".join(words))


def _cut_across(base: _Base) -> tuple[str, str] | None:
    if base.quote is None or not base.tail:
        return None
    return _write("quote", base.quote, text=f"{base.quote.text} … {base.tail}")


def _unknown_speaker(base: _Base) -> tuple[str, str] | None:
    if base.quote is None:
        return None
    return _write("quote", base.quote, speaker=base.quote.speaker[:-1])


def _duplicate_id(base: _Base) -> tuple[str, str] | None:
    if base.quote is None:
        return None
    path, text = _write("quote", base.quote)
    return path, text + text


def _unreadable_date(base: _Base) -> tuple[str, str] | None:
    if base.event is None:
        return None
    path, text = _write("event", base.event)
    words = date_words(base.language, base.event.date)
    return path, text.replace(f'date: "{base.event.date.iso()}"', f"date: {words}", 1)


def _date_after_source(base: _Base) -> tuple[str, str] | None:
    if base.event is None or base.source.date is None:
        return None
    after = base.source.date.last_day() + _dt.timedelta(days=1)
    return _write("event", base.event, date=PartialDate(after.year, after.month, after.day))


def _figure_not_in_source(base: _Base) -> tuple[str, str] | None:
    if base.figure is None:
        return None
    return _write("figure", base.figure, value=base.figure.value + "0")


_MISTAKES: list[tuple[str, Callable[[_Base], tuple[str, str] | None]]] = [
    ("field-typo", _field_typo),
    ("missing-field", _missing_field),
    ("bad-choice", _bad_choice),
    ("no-source", _no_source),
    ("bad-yaml", _bad_yaml),
    ("bad-link", _bad_link),
    ("not-verbatim", _not_verbatim),
    ("cut-across", _cut_across),
    ("unknown-speaker", _unknown_speaker),
    ("duplicate-id", _duplicate_id),
    ("unreadable-date", _unreadable_date),
    ("date-after-source", _date_after_source),
    ("figure-not-in-source", _figure_not_in_source),
    ("placeholder", _placeholder),
]
"""Each example: its key in the language tables (mistake.<key>.title and .lesson), and what breaks it."""
