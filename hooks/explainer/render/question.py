"""The central question's page: each explanation with the evidence each way, no verdict."""

from __future__ import annotations

from ..lang import count as plural
from ..model import Evidence, Explanation, Notes
from ..pages import PAGES, question_page
from .corrections import render_corrections, render_story_corrections
from .evidence import in_heading
from .markup import Linker, attr, link_names, plain_text, text
from .page import front_matter
from .story_words import page_description


def explanations_in_order(notes: Notes) -> list[Explanation]:
    return sorted(notes.explanations, key=lambda x: (x.order, x.id))


def render_question_page(notes: Notes) -> str:
    story = notes.story
    link = Linker(notes, question_page(story))
    description = page_description(notes, "question", link.say("describe.question"))
    parts = [
        front_matter(notes, story.question_title, description, notes.explanations),
        f"# {text(story.question_title)}\n",
        # Markdown; the check refuses [[links]] in it
        f"{link.evidence.said(story, 'question_intro', story.question_intro, link.prose)}\n",
        render_story_corrections(notes, question_page(story), "intro"),
        link.evidence.flush(),  # the intro's passages, before the explanations number theirs
        _tally(notes, link),
    ]
    for explanation in explanations_in_order(notes):
        title = in_heading(link.said(explanation, "title"))
        # The table of contents and the nav take the title without its marker.
        label = attr(explanation.title).replace("{", "&#123;").replace("}", "&#125;")
        parts.append(f'## {title} {{ #{explanation.id} data-toc-label="{label}" }}\n')
        parts.append(f"{link.say('question.in-short')} {link.said(explanation, 'summary')}\n")
        if explanation.corrections:
            parts.append(render_corrections(notes, "explanation", explanation))
        if explanation.argued_by:
            parts.append(f"{link.say('question.argued-by')} {link.actors(explanation.argued_by)}\n")
        if explanation.body:
            parts.append(link.said(explanation, "body") + "\n")
        parts.append(_evidence_list(link.say("question.evidence-for"), explanation, "for", link))
        parts.append(_evidence_list(link.say("question.evidence-against"), explanation, "against", link))
        parts.append(f"{link.say('question.reported-in')} {link.sources(explanation.sources)}\n")
        if cited := link.evidence.flush():
            parts.append(cited)
    return "\n".join(parts) + link.evidence.render()


def _tally(notes: Notes, link: Linker) -> str:
    """Each explanation's points for and against as two rows of marks, counted in words.

    A mark links to its point below, which names its sources; the rows are
    not weighed against each other, so the picture gives no verdict.
    """
    rows = [
        '<div class="evidence-tally">',
        f'<p class="tally-caption">{link.say("tally.caption")}</p>',
        '<ul class="tally-list">',
    ]
    for explanation in explanations_in_order(notes):
        rows.append(
            f'<li class="tally-item"><a class="tally-title" href="#{attr(explanation.id)}">{attr(explanation.title)}</a>'
            f"{_marks(link, explanation.evidence_for, 'for', explanation)}"
            f"{_marks(link, explanation.evidence_against, 'against', explanation)}</li>"
        )
    rows += ["</ul>", "</div>", ""]
    return "\n".join(rows)


def _words(notes: Notes, markdown: str) -> str:
    """A point's words as plain text for a tooltip: [[links]] as their words, no marks."""
    return plain_text(markdown, link_names(notes))


def _marks(link: Linker, points: tuple[Evidence, ...], side: str, explanation: Explanation) -> str:
    notes = link.notes
    count = plural(notes.language, f"tally.{side}", len(points))
    marks = "".join(
        f'<a class="tally-mark tally-{side}" href="#{attr(explanation.id)}-{side}-{i}" '
        f'title="{attr(link.say(f"tally.mark.{side}", i=i, words=words))}"></a>'
        for i, words in enumerate((_words(notes, p.text) for p in points), start=1)
    )
    if not points:
        marks = f'<span class="tally-none">{link.say("tally.none")}</span>'
    return f'<p class="tally-row tally-row-{side}"><span class="tally-count">{count}</span> <span class="tally-marks">{marks}</span></p>'


def _evidence_list(title: str, explanation: Explanation, side: str, link: Linker) -> str:
    points = explanation.evidence_for if side == "for" else explanation.evidence_against
    if not points:
        return link.say("question.none", title=title) + "\n"
    lines = [f"**{title}:**\n", f'<ol class="evidence evidence-{side}" markdown="block">']
    for i, point in enumerate(points, start=1):
        extras = []
        if point.quote:
            extras.append(link.quote(point.quote))
        if point.figure:
            extras.append(f"[{link.say('question.key-figure')}]({link.href(PAGES['home'], point.figure)})")
        extras.append(link.reported(point.sources, point.reported_by))
        lines.append(
            f'<li id="{attr(explanation.id)}-{side}-{i}" markdown="span">'
            f"{link.said(explanation, f'evidence_{side}[{i - 1}].text', point.text)} <small>({'; '.join(extras)})</small></li>"
        )
    lines.append("</ol>")
    return "\n".join(lines) + "\n"
