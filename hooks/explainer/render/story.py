"""Background (the story in prose, in order) and the Timeline."""

from __future__ import annotations

import calendar
from itertools import groupby

from ..lang import month_abbreviation
from ..model import Event, Notes, PartialDate
from ..pages import PAGES
from .corrections import render_corrections
from .labels import render_labels
from .markup import Linker, attr
from .page import front_matter
from .story_words import page_description


def events_in_order(notes: Notes) -> list[Event]:
    """Events by date; a vaguer date (March 2019) before the days inside it, and events
    with the same date in the order the editor wrote them (files in name order)."""
    return sorted(notes.events, key=lambda e: e.date.sort_key())


def render_background(notes: Notes) -> str:
    link = Linker(notes, PAGES["background"])
    parts = [
        front_matter(
            notes,
            link.say("page.background"),
            page_description(notes, "background", link.say("describe.background")),
        ),
        f"# {link.say('page.background')}\n",
        link.say("background.intro", timeline=link.href(PAGES["timeline"])) + "\n",
    ]
    for year, events in groupby(events_in_order(notes), key=lambda e: e.date.year):
        parts.append(f"## {year}\n")
        for event in events:
            when = _time(link, event.date)
            body = link.said(event, "text") if event.text else link.said(event, "title")
            ref = link.event(event.id, link.say("background.ref"))
            parts.append(f"{when}: {body} <small>({link.sources(event.sources)}; {ref})</small>\n")
    return "\n".join(parts) + link.evidence.render()


def render_timeline(notes: Notes) -> str:
    link = Linker(notes, PAGES["timeline"])
    parts = [
        front_matter(
            notes,
            link.say("page.timeline"),
            page_description(notes, "timeline", link.say("describe.timeline")),
        ),
        f"# {link.say('page.timeline')}\n",
        link.say("timeline.intro") + "\n",
    ]
    events = events_in_order(notes)
    first, months = _calendar_range(events)
    if events:
        parts += [_scale_key(link, events), _scale(link, first, months)]
    parts.append(f'<ol class="timeline" style="--months: {months}" markdown="block">')
    for event in events:
        labels = render_labels(notes, event)
        precision = link.say(f"precision.{event.date.precision}")
        parts.append(
            f'<li class="timeline-event precision-{event.date.precision}" id="{attr(event.id)}" markdown="block">\n'
        )
        parts.append(_track(event.date, first, months))
        parts.append(
            f'{_time(link, event.date)} <span class="precision">{precision}</span>\n\n**{link.said(event, "title")}** {labels}\n'
        )
        if event.text:
            parts.append(link.said(event, "text") + "\n")
        if event.date_note:
            parts.append(f"{link.say('timeline.date-worked-out')} {link.said(event, 'date_note')}\n")
        if event.corrections:
            parts.append(render_corrections(notes, "event", event))
        details = []
        if event.actors:
            details.append(link.say("timeline.who", actors=link.actors(event.actors)))
        details.append(link.reported(event.sources, event.reported_by))
        parts.append(" · ".join(details) + f' · [#](#{event.id} "{link.say("timeline.link")}")\n')
        if cited := link.evidence.flush():
            parts.append(cited)
        parts.append("</li>")
    parts.append("</ol>\n")
    return "\n".join(parts) + link.evidence.render()


def _months(date: PartialDate) -> tuple[float, float]:
    """Where a date starts and ends, in months since year 0: a month is one unit wide, a day a sliver."""
    start = date.year * 12 + (date.month or 1) - 1
    if date.month is None:
        return start, start + 12
    if date.day is None:
        return start, start + 1
    days = calendar.monthrange(date.year, date.month)[1]
    return start + (date.day - 1) / days, start + date.day / days


def _calendar_range(events: list[Event]) -> tuple[int, int]:
    """The first month the timeline shows and how many months it spans (whole months)."""
    if not events:
        return 0, 1
    spans = [_months(e.date) for e in events]
    first = int(min(s for s, _ in spans))
    last = max(int(-(-end // 1)) for _, end in spans)
    return first, max(1, last - first)


def _percent(value: float) -> str:
    return f"{100 * value:.2f}".rstrip("0").rstrip(".") + "%"


def _track(date: PartialDate, first: int, months: int) -> str:
    """The event's place on the calendar: a bar over its month or year, a dot on its day."""
    start, end = _months(date)
    if date.precision == "day":
        # A dot on the first or last day stays inside the track.
        where = f"left: clamp(0.4rem, {_percent(((start + end) / 2 - first) / months)}, calc(100% - 0.4rem))"
    else:
        where = f"left: {_percent((start - first) / months)}; width: {_percent((end - start) / months)}"
    return (
        f'<div class="timeline-track" aria-hidden="true">'
        f'<div class="timeline-when when-{date.precision}" style="{where}"></div></div>\n'
    )


def _scale(link: Linker, first: int, months: int) -> str:
    """Dates along the top of the tracks: the first month, the last, and a new year between if it has room."""

    def name(index: int) -> str:
        year, month = divmod(first + index, 12)
        return f"{month_abbreviation(link.notes.language, month + 1)} {year}"

    ticks = [f'<span class="timeline-tick" style="left: 0%">{name(0)}</span>']
    # Labels are about a quarter of a phone's width: keep them that far apart.
    for index in range(1, months - 1):
        if (first + index) % 12 == 0 and 0.25 <= index / months <= 0.6:
            ticks.append(
                f'<span class="timeline-tick" style="left: {_percent(index / months)}">{(first + index) // 12}</span>'
            )
    if months > 1:
        ticks.append(f'<span class="timeline-tick tick-end">{name(months - 1)}</span>')
    return f'<div class="timeline-scale" aria-hidden="true">{"".join(ticks)}</div>\n'


def _scale_key(link: Linker, events: list[Event]) -> str:
    """What the marks on the tracks mean, for the precisions the events have."""
    shown = [p for p in ("year", "month", "day") if any(e.date.precision == p for e in events)]
    items = " ".join(
        f'<span class="timeline-key-item"><span class="timeline-swatch when-{p}" aria-hidden="true"></span> '
        f"{link.say(f'timeline.key.{p}')}</span>"
        for p in shown
    )
    return f'<p class="timeline-key">{link.say("timeline.key", items=items)}</p>\n'


def _time(link: Linker, date: PartialDate) -> str:
    return f'<time datetime="{date.iso()}">{link.date(date)}</time>'
