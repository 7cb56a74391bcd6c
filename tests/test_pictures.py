"""Pictures made at build time: the timeline's dated line, the evidence tally, glossary
tooltips (rendered), and in Chromium: the who-backs-whom diagram, 360 px phones, tooltips."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import markdown as markdown_module
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, page_html, project_notes
from explainer.model import Actor, Event, Evidence, Explanation, Notes, Origin, PartialDate, Term
from explainer.render.phrases import escape, longest_of
from explainer.render.question import render_question_page
from explainer.render.site import render_site
from explainer.render.story import render_timeline
from explainer.render.tooltips import Tooltips, abbreviations

HERE = Origin("content/x.md", 1)


def event(event_id: str, date: PartialDate) -> Event:
    return Event(id=event_id, date=date, title=f"Title {event_id}", sources=("s",), origin=HERE)


# The timeline: a dated line where precision shows


def test_timeline_draws_a_bar_over_a_month_or_year_and_a_dot_on_a_day() -> None:
    notes = Notes(
        events=(
            event("year", PartialDate(2018)),
            event("month", PartialDate(2019, 3)),
            event("day", PartialDate(2019, 3, 23)),
        )
    )
    page = render_timeline(notes)
    # January 2018 to March 2019: fifteen months; 23 March is 14 + 22.5/31 months in.
    assert '<ol class="timeline" style="--months: 15"' in page
    tracks = re.findall(
        r'id="([a-z]+)" markdown="block">\n\n<div class="timeline-track" aria-hidden="true">'
        r'<div class="timeline-when when-([a-z]+)" style="([^"]+)">',
        page,
    )
    assert tracks == [
        ("year", "year", "left: 0%; width: 80%"),
        ("month", "month", "left: 93.33%; width: 6.67%"),
        ("day", "day", "left: clamp(0.4rem, 98.17%, calc(100% - 0.4rem))"),
    ]
    assert '<time datetime="2019-03">March 2019</time>' in page
    assert '<time datetime="2019-03-23">23 March 2019</time>' in page
    key = re.search(r'<p class="timeline-key">.*</p>', page)
    assert key is not None and "striped bar" in key.group(0) and "a dot: the exact day" in key.group(0)
    scale = re.search(r'<div class="timeline-scale" aria-hidden="true">(.*)</div>', page)
    assert scale is not None
    assert re.findall(r">([^<]+)</span>", scale.group(1)) == ["Jan 2018", "Mar 2019"]


def test_timeline_key_names_only_the_precisions_used() -> None:
    page = render_timeline(Notes(events=(event("a", PartialDate(2019, 1)), event("b", PartialDate(2019, 3)))))
    assert "a bar: only the month is known" in page
    assert "dot" not in page and "striped" not in page
    assert re.findall(r"width: ([\d.]+%)", page) == ["33.33%", "33.33%"]


def test_timeline_without_events_renders_no_line() -> None:
    page = render_timeline(Notes())
    assert "timeline-track" not in page and "timeline-scale" not in page


# Bluff or base: a tally for and against, each mark leading to its point and source


def explanation() -> Explanation:
    point = Evidence(text='[[russia|Russian]] troops <b>"landed"</b>, *twice*', sources=("the-week",), line=1)
    against = Evidence(text="Too few to matter", sources=("the-week",), line=2)
    return Explanation(
        id="a-base",
        title="A base",
        summary="s",
        sources=("the-week",),
        origin=HERE,
        evidence_for=(point, point),
        evidence_against=(against,),
    )


def test_each_tally_mark_links_to_its_point_which_links_to_its_source() -> None:
    from explainer.model import Source

    notes = Notes(
        sources=(Source(id="the-week", name="The Week", kind="article", origin=HERE),),
        explanations=(explanation(),),
    )
    page = render_question_page(notes)
    marks = re.findall(r'<a class="tally-mark tally-(for|against)" href="#([^"]+)"', page)
    assert marks == [("for", "a-base-for-1"), ("for", "a-base-for-2"), ("against", "a-base-against-1")]
    for _, target in marks:
        item = re.search(rf'<li id="{target}" markdown="span">(.*)</li>', page)
        assert item is not None, target
        assert "](sources.md#the-week)" in item.group(1)
    assert '<span class="tally-count">2 points for</span>' in page
    assert '<span class="tally-count">1 point against</span>' in page
    # The point's words name the mark, for screen readers and on hover: plain, escaped.
    tally = page[page.index('<div class="evidence-tally">') : page.index("</ul>")]
    assert 'title="For, point 1: Russian troops &quot;landed&quot;, twice"></a>' in tally  # tags dropped, words kept
    assert "<b>" not in tally and "[[" not in tally


def test_a_side_with_no_points_says_so_in_words() -> None:
    bare = Explanation(id="x", title="X", summary="s", sources=("s",), origin=HERE)
    page = render_question_page(Notes(explanations=(bare,)))
    assert page.count('<span class="tally-marks"><span class="tally-none">none reported</span></span>') == 2
    assert "0 points for" in page and "0 points against" in page


# Glossary tooltips


def term(term_id: str, words: str, aliases: tuple[str, ...] = ()) -> Term:
    return Term(
        id=term_id, term=words, definition=f"Meaning of\n{words}.", sources=("s",), origin=HERE, aliases=aliases
    )


def test_abbreviations_cover_terms_aliases_and_capitals_but_not_actor_names() -> None:
    notes = Notes(
        actors=(Actor(id="jm", name="James Monroe", kind="person", role="r", sources=("s",), origin=HERE),),
        terms=(
            term("monroe", "Monroe Doctrine", ("Monroe",)),
            term("sanctions", "sanctions", ("oil sanctions", "sanctions")),
            term("odd", "odd]term", ("(JV)",)),
        ),
    )
    assert abbreviations(notes) == {
        "Monroe Doctrine": "Monroe Doctrine: Meaning of Monroe Doctrine.",
        "sanctions": "sanctions: Meaning of sanctions.",
        "Sanctions": "sanctions: Meaning of sanctions.",
        "oil sanctions": "sanctions: Meaning of sanctions.",
        "Oil sanctions": "sanctions: Meaning of sanctions.",
        "odd]term": "odd]term: Meaning of odd]term.",
        "Odd]term": "odd]term: Meaning of odd]term.",
    }
    assert abbreviations(Notes()) == {}


def marked(markdown_text: str, tips: dict[str, str]) -> str:
    """The HTML of a page with glossary tooltips, and `abbr` for an editor's own definitions, as the site has."""
    return markdown_module.markdown(markdown_text, extensions=["abbr", "toc", Tooltips(tips=tips)])


PAGE_WORDS = [
    # (a page's Markdown, whether a term spelled "Café" is marked on it: as a word of its own, in the text)
    ("The (Café), closed.", True),
    ("Café_name and Cafés", False),
    ("A\u00a0Café\u2014beside", True),
    ("\\(Café\\)", True),
    ("Caf&eacute; au lait", False),
    ("`Café` and\n\n    Café in code", False),
    ("Café\\_name, a\\_Café", False),  # the reader sees one word (abbr marked it)
    ('<a href="x">Café</a> <code>Café</code>', False),  # raw HTML's link and code keep their words
]


@pytest.mark.parametrize(("page", "stands"), PAGE_WORDS, ids=[case[0] for case in PAGE_WORDS])
def test_a_term_is_marked_where_it_stands_as_a_word(page: str, stands: bool) -> None:
    html = marked(page, {"Café": "Café: a place."})
    assert ('<abbr tabindex="0" title="Café: a place.">Café</abbr>' in html) == stands, html


def test_only_the_first_use_of_each_term_is_focusable_and_links_and_headings_have_none() -> None:
    page = "## The one\n\n[one](x) one *one* two\n\n*[ABC]: alphabet\n\n## ABC\n\nABC [ABC](y) ABC"
    assert marked(page, {"one": "t: one", "two": "u: two"}) == (
        '<h2 id="the-one">The one</h2>\n'
        '<p><a href="x">one</a> <abbr tabindex="0" title="t: one">one</abbr> '
        '<em><abbr title="t: one">one</abbr></em> <abbr tabindex="0" title="u: two">two</abbr></p>\n'
        '<h2 id="abc">ABC</h2>\n'
        '<p><abbr tabindex="0" title="alphabet">ABC</abbr> <a href="y">ABC</a> <abbr title="alphabet">ABC</abbr></p>'
    )


WORDY = st.text(alphabet="abé ]", min_size=1, max_size=5).filter(lambda w: w[0].isalpha() and w[-1].isalpha())


@settings(max_examples=300, deadline=None)
@given(spellings=st.lists(WORDY, min_size=1, max_size=8, unique=True), data=st.data())
def test_the_grouped_pattern_finds_what_trying_each_spelling_longest_first_finds(
    spellings: list[str], data: st.DataObject
) -> None:
    pieces = st.lists(st.sampled_from([*spellings, " ", "b", "x", "-", "]", "é"]), max_size=8)
    text = "".join(data.draw(pieces))
    each = re.compile(rf"\b(?:{'|'.join(map(escape, sorted(spellings, key=len, reverse=True)))})\b")
    grouped = re.compile(rf"\b(?:{longest_of(spellings)})\b")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in each.finditer(text)]


def test_spellings_that_share_long_starts_or_nest_deep_make_a_pattern_python_can_compile() -> None:
    chain = ["a" * n for n in range(1, 600)]  # each the start of the next
    shared = ["x" * 1500 + "b", "x" * 1500 + "c", "x" * 1500]
    for spellings, text in ((chain, " ".join("a" * n for n in range(1, 700, 7))), (shared, " ".join(shared))):
        each = re.compile(rf"\b(?:{'|'.join(map(escape, sorted(spellings, key=len, reverse=True)))})\b")
        grouped = re.compile(rf"\b(?:{longest_of(spellings)})\b")
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in each.finditer(text)]


TRICKY = [
    "The sanctions\\-regime and oil\\\\sanctions, *Sanctions* and `sanctions` in code.",
    '<a href="x">sanctions</a> and the <a href="y"><em>Monroe Doctrine</em></a>, then sanctions.',
    "!!! sanctions\n\n    An admonition titled by its type.\n\n??? coup\n\n    A details block.",
    "| a | b |\n| - | - |\n| Monroe Doctrine | coup d&#39;état &amp; a coup |",
    '<div markdown="block">military-technical cooperation, Military\\-technical cooperation</div>',
    "## The Monroe Doctrine\n\n[the Monroe Doctrine](x) and the Monroe Doctrine, then *the Monroe Doctrine*.",
    "Nothing here names a term.",
]


def _first_focusable(html: str) -> str:
    """What the site did after `abbr` before the extension: no <abbr> in headings or links; the first
    of each title on the page focusable."""
    html = re.sub(r"<(h[1-6])\b.*?</\1>", lambda m: re.sub(r"</?abbr\b[^>]*>", "", m.group(0)), html, flags=re.S)
    seen: set[str] = set()
    depth, dropped = 0, False

    def visit(match: re.Match[str]) -> str:
        nonlocal depth, dropped
        closing, tag, attrs = match.groups()
        if tag == "a":
            depth = max(0, depth - 1) if closing else depth + 1
            return match.group(0)
        if closing:
            was_dropped, dropped = dropped, False
            return "" if was_dropped else match.group(0)
        if depth:
            dropped = True
            return ""
        title = re.search(r'title="([^"]*)"', attrs)
        if title is None or title.group(1) in seen:
            return match.group(0)
        seen.add(title.group(1))
        return f'<abbr tabindex="0"{attrs}>'

    return re.sub(r"<(/?)(a|abbr)\b([^>]*)>", visit, html)


def test_the_tooltips_mark_what_abbr_with_every_definition_marks() -> None:
    """One walk of the tree gives the HTML that `*[Term]: ...` lines for every spelling, Python-Markdown's
    own `abbr` and a pass over the HTML gave, on every real page and on tricky ones."""
    notes = project_notes()
    tips = abbreviations(notes)
    definitions = "".join(f"\n\n*[{spelling}]: {tip}" for spelling, tip in tips.items())
    pages = [*(page for page in render_site(notes).values() if isinstance(page, str)), *TRICKY]
    pages += [p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md")]
    marked = 0
    for page in pages:
        ours = page_html(page, tips)
        assert ours == _first_focusable(page_html(page + definitions)), page[:80]
        marked += "<abbr" in ours
    assert marked > len(pages) / 2


def test_every_built_page_marks_the_terms_it_uses(built_site: Path) -> None:
    notes = project_notes()
    tips = abbreviations(notes)
    background = (built_site / "background/index.html").read_text(encoding="utf-8")
    found = dict(re.findall(r'<abbr (?:tabindex="0" )?title="([^"]+)">([^<]+)</abbr>', background))
    assert found, "no glossary term marked on the background page"
    for tip, words in found.items():
        assert tips[words] == tip.replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")
    assert "*[" not in background
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        titles = re.findall(r'<abbr tabindex="0" title="([^"]+)"', text)
        assert len(titles) == len(set(titles)), page


# In the browser

browser = pytest.mark.browser


def visible_diagram(page: Any) -> Any:
    return page.locator("svg.wbw:visible")


@browser
def test_every_diagram_link_leads_to_its_actor_page(page: Any, site_url: str) -> None:
    notes = project_notes()
    names = {a.id: a.name for a in notes.actors}
    page.goto(site_url + "who-backs-whom/")
    drawn: dict[str, str] = {}
    for svg in ("svg.wbw-wide", "svg.wbw-narrow"):
        links = page.locator(f"{svg} a").evaluate_all(
            "els => els.map(a => [a.dataset.actor, new URL(a.getAttribute('href'), location.href).href])"
        )
        assert len(links) >= 20
        for actor_id, url in links:
            assert url == urljoin(site_url, f"actors/{actor_id}/")
            drawn[actor_id] = url
    for actor_id, url in drawn.items():
        response = page.request.get(url)
        assert response.status == 200
        body = html.unescape(response.text())
        assert "<h1 id=" in body and names[actor_id] in body
    # A reader's click on a box in the picture opens that actor's page.
    visible_diagram(page).locator('a[data-actor="rosneft"]').click()
    page.wait_for_url("**/actors/rosneft/")
    assert page.locator("h1").first.inner_text().startswith("Rosneft")


@browser
def test_the_diagram_has_a_text_alternative_and_the_table_beside_it(page: Any, site_url: str) -> None:
    page.goto(site_url + "who-backs-whom/")
    picture = page.get_by_role("group", name="Who backs whom: a diagram of the sides and the links between them")
    assert picture.count() == 1
    description = picture.evaluate("svg => document.getElementById(svg.getAttribute('aria-describedby')).textContent")
    assert "Backing Maduro: " in description and "Backing Guaidó: " in description
    assert "table of every relation" in description
    notes = project_notes()
    assert page.locator("#every-relation").count() == 1
    assert page.locator("table tbody tr").count() == len(notes.relations)
    legend = page.locator(".wbw-legend li").all_inner_texts()
    assert "supports" in [t.strip() for t in legend]


@browser
@pytest.mark.parametrize(("width", "shown"), [(360, "narrow"), (1200, "wide")])
def test_phones_get_the_stacked_diagram_and_it_fits_the_screen(
    page: Any, site_url: str, width: int, shown: str
) -> None:
    # That no page scrolls sideways on a phone, test_reader's sweep of every page checks.
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url + "who-backs-whom/")
    assert visible_diagram(page).count() == 1
    assert visible_diagram(page).get_attribute("class") == f"wbw wbw-{shown}"
    box = visible_diagram(page).bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width


@browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_diagram_lines_and_labels_stand_out_in_light_and_dark(browser: Any, site_url: str, scheme: str) -> None:
    context = browser.new_context(viewport={"width": 1200, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(site_url + "who-backs-whom/")
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
        ratios = page.evaluate(CONTRAST_JS)
        # Lines are graphics (3:1 needed); actor names are text (4.5:1).
        assert all(ratio >= 3 for _, ratio in ratios["lines"]), ratios
        assert ratios["label"] >= 4.5, ratios
    finally:
        context.close()


CONTRAST_JS = """() => {
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const bg = getComputedStyle(document.querySelector('.md-main')).backgroundColor !== 'rgba(0, 0, 0, 0)'
    ? getComputedStyle(document.querySelector('.md-main')).backgroundColor : getComputedStyle(document.body).backgroundColor;
  const lines = [...document.querySelectorAll('svg.wbw-wide .wbw-edge')].map(g =>
    [g.getAttribute('class'), ratio(getComputedStyle(g.querySelector('.wbw-line')).stroke, bg)]);
  const box = getComputedStyle(document.querySelector('svg.wbw-wide .wbw-actor rect')).fill;
  const label = ratio(getComputedStyle(document.querySelector('svg.wbw-wide .wbw-actor text')).fill, box);
  return {lines, label};
}"""


TOOLTIP = """(e) => {
  const tip = getComputedStyle(e, '::after');
  return {content: tip.content, width: parseFloat(tip.width), display: tip.display, viewport: innerWidth,
          scrolls: document.documentElement.scrollWidth > innerWidth};
}"""
"""The tooltip a glossary term or tally mark shows: CSS draws its title in its ::after box."""


def shown_tooltip(page: Any, term: Any) -> str:
    """The words of the tooltip an element shows now ('' when none), checked to fit the screen."""
    tip = page.evaluate(TOOLTIP, term.element_handle())
    if tip["content"] in ("none", "normal") or tip["display"] == "none":
        return ""
    assert 0 < tip["width"] <= tip["viewport"], tip
    assert not tip["scrolls"], "the tooltip made the page scroll sideways"
    shown, alt = re.fullmatch(r'"(.*)" / "(.*)"', tip["content"], re.DOTALL).groups()  # type: ignore[union-attr]
    assert alt == "", "screen readers read the title; the drawn copy must be silent"
    return shown.replace('\\"', '"')


@browser
def test_a_glossary_term_shows_its_definition_on_keyboard_focus(page: Any, site_url: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site_url + "background/")
    first = page.locator("article abbr[tabindex='0']").first
    expected = first.get_attribute("title")
    assert expected
    assert shown_tooltip(page, first) == ""
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "ABBR":
            break
    assert page.evaluate("document.activeElement.textContent") == first.inner_text()
    assert shown_tooltip(page, first) == expected
    page.keyboard.press("Tab")
    assert shown_tooltip(page, first) == ""


@browser
def test_every_use_of_a_glossary_term_shows_its_definition_on_hover(page: Any, site_url: str) -> None:
    page.goto(site_url + "bluff-or-base/")
    repeat = page.locator("article abbr:not([tabindex])").nth(3)
    words = repeat.get_attribute("title")
    assert words
    assert shown_tooltip(page, repeat) == ""
    repeat.hover()
    assert shown_tooltip(page, repeat) == words


@browser
def test_a_tally_mark_shows_its_point_on_keyboard_focus(page: Any, site_url: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site_url + "bluff-or-base/")
    mark = page.locator("article a.tally-mark").nth(2)
    point = mark.get_attribute("title")
    assert point and re.match(r"(For|Against), point \d+: ", point)
    assert shown_tooltip(page, mark) == ""
    mark.focus()
    assert shown_tooltip(page, mark) == point


@browser
def test_each_tally_mark_is_a_named_link_to_its_point(page: Any, site_url: str) -> None:
    notes = project_notes()
    page.goto(site_url + "bluff-or-base/")
    marks = page.get_by_role("link", name=re.compile(r"^(For|Against), point \d+: "))
    expected = sum(len(x.evidence_for) + len(x.evidence_against) for x in notes.explanations)
    assert marks.count() == expected
    mark = page.get_by_role("link", name=re.compile(r"^Against, point 1: ")).first
    target = str(mark.get_attribute("href"))
    mark.click()
    assert page.evaluate("location.hash") == target
    point = page.locator(f"li{target}")
    assert point.locator("a[href*='sources/#']").count() >= 1
    assert point.evaluate("li => getComputedStyle(li).outlineStyle") == "solid"
