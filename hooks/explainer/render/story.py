"""Background (the story in prose, in order) and the Timeline."""

from __future__ import annotations

from itertools import groupby

from ..model import Event, Notes, PartialDate
from .labels import render_labels
from .markup import PAGES, Linker, attr, text
from .page import front_matter

PRECISION_WORDS = {
    "year": "year known",
    "month": "month known, day not given",
    "day": "exact day",
}


def events_in_order(notes: Notes) -> list[Event]:
    """Events by date; a vaguer date (March 2019) before the days inside it."""
    return sorted(notes.events, key=lambda e: (e.date.sort_key(), e.id))


def render_background(notes: Notes) -> str:
    link = Linker(notes, PAGES["background"])
    parts = [
        front_matter(
            notes,
            "Background: how we got here",
            "How the crisis in Venezuela drew in Russia and the United States, told from the dated events in order.",
        ),
        "# Background: how we got here\n",
        "The story so far, in the order things happened. Every paragraph comes from a dated event; "
        f"see the [timeline]({link.href(PAGES['timeline'])}) for the dates at a glance.\n",
    ]
    for year, events in groupby(events_in_order(notes), key=lambda e: e.date.year):
        parts.append(f"## {year}\n")
        for event in events:
            when = _time(event.date)
            body = link.prose(event.text) if event.text else text(event.title)
            ref = link.event(event.id, "timeline")
            parts.append(f"{when}: {body} <small>({link.sources(event.sources)}; {ref})</small>\n")
    return "\n".join(parts)


def render_timeline(notes: Notes) -> str:
    link = Linker(notes, PAGES["timeline"])
    parts = [
        front_matter(
            notes,
            "Timeline",
            "Every dated event in the Russia–Venezuela story, in order, with how precisely each date is known.",
        ),
        "# Timeline\n",
        "Each event is dated only as precisely as its source allows: a month where the source gives no day. "
        'Dates worked out from the text ("five days after") say how.\n',
        '<ol class="timeline" markdown="block">',
    ]
    for event in events_in_order(notes):
        labels = render_labels(notes, event)
        precision = PRECISION_WORDS[event.date.precision]
        parts.append(
            f'<li class="timeline-event precision-{event.date.precision}" id="{attr(event.id)}" markdown="block">\n'
        )
        parts.append(
            f'{_time(event.date)} <span class="precision">{precision}</span>\n\n**{text(event.title)}** {labels}\n'
        )
        if event.text:
            parts.append(link.prose(event.text) + "\n")
        if event.date_note:
            parts.append(f"*Date worked out:* {text(event.date_note)}\n")
        details = []
        if event.actors:
            details.append(f"Who: {link.actors(event.actors)}")
        details.append(link.reported(event.sources, event.reported_by))
        parts.append(" · ".join(details) + f' · [#](#{event.id} "Link to this event")\n')
        parts.append("</li>")
    parts.append("</ol>\n")
    return "\n".join(parts)


def _time(date: PartialDate) -> str:
    return f'<time datetime="{date.iso()}">{date.human()}</time>'
