"""Labels a reader sees beside a claim: how solid it is and whose word it is."""

from __future__ import annotations

from typing import Any

from ..lang import say
from ..model import Notes
from .markup import attr, notes_by_id
from .story_words import party_sides, side_of

_STATUSES = ("confirmed", "disputed", "single-source", "unverified")
"""Statuses that earn a label (lang: label.<status>); a reported claim earns none."""


def outlets(note: Any) -> set[str]:
    """The distinct sources a claim rests on, the outlet that reported it included."""
    found = set(getattr(note, "sources", ()))
    if getattr(note, "reported_by", ""):
        found.add(note.reported_by)
    return found


def rests_on_party(notes: Notes, note: Any) -> bool:
    """True when every source of the claim is a party to the dispute, or a party said it."""
    sources = notes_by_id(notes)["source"]
    speaker = getattr(note, "speaker", "")
    if speaker:
        actors = notes_by_id(notes)["actor"]
        actor = actors.get(speaker)
        if actor is not None and side_of(notes, actor) in party_sides(notes) and actor.kind != "media":
            return True
    claimed = [sources[s] for s in outlets(note) if s in sources]
    reporter = sources.get(getattr(note, "reported_by", ""))
    if reporter is not None and reporter.party:
        return True
    return bool(claimed) and all(s.party for s in claimed)


def claim_labels(notes: Notes, note: Any) -> list[tuple[str, str]]:
    """(css class, words) for each label the claim earns."""
    labels: list[tuple[str, str]] = []
    status = getattr(note, "status", "reported")
    if status in _STATUSES:
        labels.append((f"claim-{status}", say(notes.language, f"label.{status}")))
    if status != "single-source" and len(outlets(note)) == 1:
        labels.append(("claim-single-source", say(notes.language, "label.single-source")))
    if rests_on_party(notes, note):
        labels.append(("claim-party", say(notes.language, "label.party")))
    return labels


def render_labels(notes: Notes, note: Any) -> str:
    """The labels as inline HTML, '' when the claim earns none."""
    return " ".join(
        f'<span class="claim-label {cls}" title="{attr(say(notes.language, f"label.{cls[6:]}.why"))}">{words}</span>'
        for cls, words in claim_labels(notes, note)
    )
