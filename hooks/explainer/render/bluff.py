"""Bluff or base: each explanation with the evidence each way, no verdict."""

from __future__ import annotations

from ..model import Evidence, Explanation, Notes
from .markup import PAGES, Linker, attr, text
from .page import front_matter


def explanations_in_order(notes: Notes) -> list[Explanation]:
    return sorted(notes.explanations, key=lambda x: (x.order, x.id))


def render_bluff_or_base(notes: Notes) -> str:
    link = Linker(notes, PAGES["bluff-or-base"])
    parts = [
        front_matter(
            notes,
            "Bluff or base?",
            "The competing explanations for Russian troops in Venezuela, each with the evidence for and "
            "against it and who argues it. No verdict the sources do not give.",
            notes.explanations,
        ),
        "# Bluff or base?\n",
        "Why did Russia send about a hundred servicemen to Caracas? The reporting offers several answers. "
        "Each is set out below with the evidence for and against it as the sources give it; "
        "the tally counts points, it is not a verdict.\n",
        _tally(notes, link),
    ]
    for explanation in explanations_in_order(notes):
        parts.append(f"## {text(explanation.title)} {{ #{explanation.id} }}\n")
        parts.append(f"**In short:** {link.prose(explanation.summary)}\n")
        if explanation.argued_by:
            parts.append(f"**Argued by:** {link.actors(explanation.argued_by)}\n")
        if explanation.body:
            parts.append(link.prose(explanation.body) + "\n")
        parts.append(_evidence_list("Evidence for", explanation, "for", link))
        parts.append(_evidence_list("Evidence against", explanation, "against", link))
        parts.append(f"**Reported in:** {link.sources(explanation.sources)}\n")
    return "\n".join(parts)


def _tally(notes: Notes, link: Linker) -> str:
    """Each explanation's points for and against as a bar of small marks."""
    rows = [
        '<div class="evidence-tally table-scroll" markdown="block">',
        '<table markdown="block">',
        "<caption>Points of evidence reported for and against each explanation</caption>",
        '<thead><tr><th scope="col">Explanation</th><th scope="col">For</th><th scope="col">Against</th></tr></thead>',
        '<tbody markdown="block">',
    ]
    for explanation in explanations_in_order(notes):
        rows.append(
            f'<tr markdown="block"><th scope="row" markdown="span">[{text(explanation.title)}](#{explanation.id})</th>'
            f"<td>{_marks(explanation.evidence_for, 'for', explanation.id, link)}</td>"
            f"<td>{_marks(explanation.evidence_against, 'against', explanation.id, link)}</td></tr>"
        )
    rows += ["</tbody>", "</table>", "</div>", ""]
    return "\n".join(rows)


def _marks(points: tuple[Evidence, ...], side: str, explanation_id: str, link: Linker) -> str:
    if not points:
        return '<span class="tally-none">none reported</span>'
    marks = "".join(
        f'<a class="tally-mark tally-{side}" href="#{attr(explanation_id)}-{side}-{i}" '
        f'title="{attr(point.text)}"><span class="visually-hidden">{side} point {i}</span></a>'
        for i, point in enumerate(points, start=1)
    )
    return f'{marks} <span class="tally-count">{len(points)}</span>'


def _evidence_list(title: str, explanation: Explanation, side: str, link: Linker) -> str:
    points = explanation.evidence_for if side == "for" else explanation.evidence_against
    if not points:
        return f"**{title}:** none reported in the sources.\n"
    lines = [f"**{title}:**\n", f'<ol class="evidence evidence-{side}" markdown="block">']
    for i, point in enumerate(points, start=1):
        extras = []
        if point.quote:
            extras.append(link.quote(point.quote))
        if point.figure:
            extras.append(f"[key figure]({link.href(PAGES['home'], point.figure)})")
        extras.append(link.reported(point.sources, point.reported_by))
        lines.append(
            f'<li id="{attr(explanation.id)}-{side}-{i}" markdown="span">'
            f"{link.prose(point.text)} <small>({'; '.join(extras)})</small></li>"
        )
    lines.append("</ol>")
    return "\n".join(lines) + "\n"
