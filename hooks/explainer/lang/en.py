"""English: every word the engine writes on a page. Other tables have exactly these keys.

{names} are filled in by the engine; keep them, in the order the language needs.
Keys ending .one and .other are the same words for one and for any other number.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    # Dates: 2019, March 2019, 25 March 2019.
    "date.month": "{month} {year}",
    "date.day": "{day} {month} {year}",
    **{
        f"month.{i}": name
        for i, name in enumerate(
            (
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ),
            start=1,
        )
    },
    **{
        f"month-abbr.{i}": name
        for i, name in enumerate(
            ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1
        )
    },
    # What goes before a date of each precision: "up to 25 March 2019", "updated on …", "in March 2019".
    **{f"date.until.{precision}": "" for precision in ("day", "month", "year")},
    "date.on.day": "on",
    "date.on.month": "in",
    "date.on.year": "in",
    "precision.year": "year known",
    "precision.month": "month known, day not given",
    "precision.day": "exact day",
    # Every page.
    "age.based-on": "Based on reporting up to",
    "age.last-updated": "Last updated",
    "reported.by": "Reported by {source}",
    "reported.via": ", via {sources}",
    "reported.source": "Source: {sources}",
    "feed.link": "What's changed: {site}",
    # Page titles and the words that describe them where the story says nothing.
    "page.background": "Background: how we got here",
    "page.background.short": "Background",
    "page.who-backs-whom": "Who backs whom",
    "page.timeline": "Timeline",
    "page.actors": "Actors",
    "page.quotes": "Quotes",
    "page.sources": "Sources",
    "page.glossary": "Glossary",
    "page.changes": "What's changed",
    "page.home-figures": "Home: key figures",
    "describe.background": "The story so far, told from the dated events in order.",
    "describe.who-backs-whom": "The sides, and every sourced link between them.",
    "describe.question": "The competing explanations, each with the evidence for and against it and who argues it. "
    "No verdict the sources do not give.",
    "describe.timeline": "Every dated event, in order, with how precisely each date is known.",
    "describe.actors": "Every country, government body, person, company and outlet in the story of {story}, "
    "with their role and side.",
    "describe.quotes": "Every quote in the story of {story}, word for word, grouped by speaker, "
    "with who said it and who reported it.",
    "describe.sources": "Every source behind this explainer, what rests on each, and which claims rest on one "
    "source only.",
    "describe.glossary": "Terms in the story of {story}, explained in plain words.",
    "describe.changes": "Every update to this explainer's notes, newest first, with a link to the page each one "
    "changed.",
    # The home page's blocks.
    "home.reporting-up-to": "**Based on reporting up to {when}.** This explainer has not followed events since; "
    "see the [sources]({sources}).",
    "home.undated": "an undated source",
    "card.background": "The story so far, in the order things happened.",
    "card.who-backs-whom": "The sides, and every sourced link between them.",
    "card.question": "The competing explanations and the evidence each way.",
    "card.timeline.one": "{n} dated event, in order.",
    "card.timeline.other": "{n} dated events, in order.",
    "card.actors.one": "{n} country, body, person or company.",
    "card.actors.other": "{n} countries, bodies, people and companies.",
    "card.quotes.one": "{n} quotation, checked word for word.",
    "card.quotes.other": "{n} quotations, each checked word for word.",
    "card.sources": "What every claim rests on.",
    "card.glossary.one": "{n} term in plain words.",
    "card.glossary.other": "{n} terms in plain words.",
    # Background and Timeline.
    "background.intro": "The story so far, in the order things happened. Every paragraph comes from a dated event; "
    "see the [timeline]({timeline}) for the dates at a glance.",
    "background.ref": "timeline",
    "timeline.intro": "Each event is dated only as precisely as its source allows: a month where the source gives "
    'no day. Dates worked out from the text ("five days after") say how.',
    "timeline.date-worked-out": "*Date worked out:*",
    "timeline.who": "Who: {actors}",
    "timeline.link": "Link to this event",
    "timeline.key": "On each event's line: {items}",
    "timeline.key.year": "a striped bar: only the year is known",
    "timeline.key.month": "a bar: only the month is known",
    "timeline.key.day": "a dot: the exact day",
    # The central question's page.
    "question.in-short": "**In short:**",
    "question.argued-by": "**Argued by:**",
    "question.reported-in": "**Reported in:**",
    "question.evidence-for": "Evidence for",
    "question.evidence-against": "Evidence against",
    "question.none": "**{title}:** none reported in the sources.",
    "question.key-figure": "key figure",
    "tally.caption": "<strong>At a glance:</strong> one mark for each point of evidence the sources report for or "
    "against each explanation. Each mark links to its point, which names its sources.",
    "tally.for.one": "{n} point for",
    "tally.for.other": "{n} points for",
    "tally.against.one": "{n} point against",
    "tally.against.other": "{n} points against",
    "tally.mark.for": "For, point {i}: {words}",
    "tally.mark.against": "Against, point {i}: {words}",
    "tally.none": "none reported",
    # Who backs whom, and its diagram.
    "sides.heading": "The sides",
    "sides.every-relation": "Every relation",
    "sides.none": "*No relations recorded.*",
    "sides.not-dated": "not dated",
    "column.who": "Who",
    "column.link": "Link",
    "column.whom": "Whom",
    "column.when": "When",
    "column.sourcing": "Sourcing",
    "diagram.title": "Who backs whom: a diagram of the sides and the links between them",
    "diagram.summary.one": "{actors} actors, grouped by side, with {n} line between them; media outlets are left out.",
    "diagram.summary.other": "{actors} actors, grouped by side, with {n} lines between them; "
    "media outlets are left out.",
    "diagram.by-type": "Lines by type: {kinds}. The table of every relation on this page gives each link in words "
    "with its sources.",
    "diagram.caption": "Each box is an actor and links to their page. Lines run from who acts to whom; each kind of "
    "link has its own colour, dash and end. Media outlets are left out. Every link is in words, with its sources, "
    'in the table of <a href="#every-relation">every relation</a>.',
    # Actors.
    "actors.intro": "Everyone the reporting names, by kind. Each page says who they are, which side they are on, "
    "what links them to the others, what they said, and where else they are mentioned.",
    "actors.kind": "**Kind:**",
    "actors.side": "**Side:**",
    "actors.country": "**Country:**",
    "actors.also-called": "**Also called:**",
    "actors.stance": "**Stance:**",
    "actors.relations": "Relations",
    "actors.said": "What they said",
    "actors.mentioned-in": "Mentioned in",
    "kinds.country": "Countries",
    "kinds.government-body": "Government bodies",
    "kinds.person": "People",
    "kinds.company": "Companies",
    "kinds.organisation": "Organisations",
    "kinds.media": "News outlets",
    "kind.country": "country",
    "kind.government-body": "government body",
    "kind.person": "person",
    "kind.company": "company",
    "kind.organisation": "organisation",
    "kind.media": "media",
    # Quotes.
    "quotes.intro": "Every quotation, word for word as the source prints it; the build checks each one against "
    "the source's text. Each has its own link: use the # beside it.",
    "quotes.about": "About {name}",
    "quotes.link": "Link to this quote",
    # Sources and the Glossary.
    "sources.intro": "Every note on this site cites a source. The documents in the project's seeds folder are the "
    "evidence: each quote and figure is checked against their text at every build. Outlets that the article "
    "credits are listed too, with what the article attributes to them.",
    "sources.kind": "**Kind:**",
    "sources.title": "**Title:**",
    "sources.publisher": "**Publisher:**",
    "sources.published": "**Published:**",
    "sources.party": "**A party to the dispute:**",
    "sources.checked-from": "**Text checked from:**",
    "sources.rest": "{n} notes rest on this source",
    "sources.one-source": "Claims resting on one source only",
    "sources.one-source.intro": "{n} notes rest on a single source with no outlet credited beside it. "
    "They are labelled *One source* where they appear.",
    "source-kind.article": "article",
    "source-kind.news-outlet": "news outlet",
    "source-kind.news-agency": "news agency",
    "source-kind.magazine": "magazine",
    "source-kind.state-broadcaster": "state broadcaster",
    "source-kind.think-tank": "think tank",
    "source-kind.government": "government",
    "source-kind.expert": "expert",
    "glossary.also-written": "*Also written:*",
    # Kinds of note, as lists and counts name them.
    "note.actor": "Actor",
    "note.relation": "Relation",
    "note.event": "Event",
    "note.quote": "Quote",
    "note.figure": "Figure",
    "note.explanation": "Explanation",
    "note.term": "Term",
    "note.source": "Source",
    **{
        f"count.{kind}.one": f"{{n}} {kind}"
        for kind in ("source", "actor", "relation", "event", "quote", "figure", "explanation", "term")
    },
    **{
        f"count.{kind}.other": f"{{n}} {kind}s"
        for kind in ("source", "actor", "relation", "event", "quote", "figure", "explanation", "term")
    },
    # Where else an actor is mentioned.
    "mention.actor": "Actor",
    "mention.source": "Sources",
    "mention.event": "Timeline",
    "mention.quote": "Quotes",
    "mention.term": "Glossary",
    "mention.relation": "Who backs whom",
    "mention.figure": "Key figures",
    # Labels beside a claim.
    "label.confirmed": "Confirmed",
    "label.disputed": "Disputed",
    "label.single-source": "One source",
    "label.unverified": "Unverified",
    "label.party": "A party to the dispute",
    "label.confirmed.why": "Confirmed by the people involved or by more than one source",
    "label.disputed.why": "Other sources or parties dispute this",
    "label.single-source.why": "Only one source reports this",
    "label.unverified.why": "Not yet verified",
    "label.party.why": "Rests only on a side in the dispute",
    # Evidence after each sentence.
    "evidence.heading": "Evidence",
    "evidence.number": "Evidence {n}",
    "evidence.back": "Back to the sentence",
    "evidence.original": "read it in the original",
    "evidence.context": "context",
    "evidence.analysis": "analysis",
    "evidence.context.why": "Context, not from the article",
    "evidence.analysis.why": "Analysis, the explainer's own reading, not a source's",
    # Corrections, What's changed and the feed.
    "correction.label": "Correction, {date}:",
    "correction.said": "an earlier version said “{said}”{stop} {why}",
    "correction.said.plain": "An earlier version said “{said}”{stop} {why}",
    "correction.title": "Correction, {date}",
    "changes.intro": "Every note on this site carries the day it was last updated. Here they are, newest first, "
    "grouped by the page they appear on.",
    "changes.follow": "Follow the story in a feed reader with the [Atom feed]({feed}). All the notes are open data: "
    "[explainer.json]({data}), described by a [JSON Schema]({schema}).",
    "changes.corrections": "Corrections",
    "changes.corrections.intro": "Where a change altered the meaning of something already published, it is recorded "
    "as a correction on its page. Every correction, newest first:",
    "changes.none": "No note carries an `updated` date yet.",
    "changes.day.one": "{n} note updated on {pages} page(s).",
    "changes.day.other": "{n} notes updated on {pages} page(s).",
    "feed.title": "What's changed: {title}",
    "feed.subtitle": "Updates to the notes behind {title}.",
    "feed.entry": "{page} — {summary} updated",
    "feed.updated-on": "Updated {date}:",
}
