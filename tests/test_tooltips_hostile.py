"""Glossary tooltips against hostile terms and pages: raw HTML, Markdown's placeholders, odd spellings,
and a real MkDocs build of a small project whose terms are all of those at once."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config

from conftest import MINIMAL, copy_project, page_html, strict_build, write_project
from explainer.render import tooltips

COUP = '<abbr tabindex="0" title="coup: t">coup</abbr>'
AMP = "&amp; " * 13
HOSTILE_PAGES = [
    # (what, the page's Markdown, its HTML with the tips {"coup": "coup: t"} and those of SPELLINGS it holds)
    ("a raw link's words", '<a href="x">coup</a> and coup', f'<p><a href="x">coup</a> and {COUP}</p>'),
    ("a raw link with > in a title", '<a title="a>b" href="x">coup</a> coup', f'<p><a title="a>b" href="x">coup</a> {COUP}</p>'),
    ("Markdown in a raw link", '<a href="x">*coup*</a> coup', f'<p><a href="x"><em>coup</em></a> {COUP}</p>'),
    ("a raw abbr", '<abbr title="mine">a coup</abbr> coup', f'<p><abbr title="mine">a coup</abbr> {COUP}</p>'),
    ("raw code", "<code>coup</code> <kbd>coup</kbd> coup", f"<p><code>coup</code> <kbd>coup</kbd> {COUP}</p>"),
    ("raw code left open, to its paragraph's end", "A <code>coup\n\ncoup", f"<p>A <code>coup</p>\n<p>{COUP}</p>"),
    ("a raw span", "<span>coup</span>", f"<p><span>{COUP}</span></p>"),
    ("a heading in md_in_html", '<h2 markdown="1">coup</h2>', '<h2 id="coup">coup<a class="headerlink" href="#coup" title="Permanent link">&para;</a></h2>'),
    ("void tags", "<br/>coup<br>", f"<p><br/>{COUP}<br></p>"),
    ("md_in_html", '<div markdown="1"><a href="x">coup</a> coup</div>', f'<div>\n<p><a href="x">coup</a> {COUP}</p>\n</div>'),
    ("an escaped underscore joins words", "coup\\_d coup\\-d", f"<p>coup_d {COUP}-d</p>"),
    ("an entity's letter joins words", "coup&eacute; coup&nbsp;d", f"<p>coup&eacute; {COUP}&nbsp;d</p>"),
    ("a number spelling and escapes (\\_ is 95)", "a\\_b 95", '<p>a_b <abbr tabindex="0" title="95: t">95</abbr></p>'),
    ("a number spelling and raw HTML", AMP + "12", f'<p>{AMP}<abbr tabindex="0" title="12: t">12</abbr></p>'),
    ("Markdown's placeholder word", "<i>wzxhzdk</i>", '<p><i><abbr tabindex="0" title="w: t">wzxhzdk</abbr></i></p>'),
    ("regular expression characters", "a, b, a|b and ab", '<p>a, b, <abbr tabindex="0" title="ab: t">a|b</abbr> and ab</p>'),
    ("a control character in a spelling", "x\x02y xy", "<p>xy xy</p>"),
    ("a term wrapped over lines", "São Tomé, São\nTomé", '<p><abbr tabindex="0" title="s: t">São Tomé</abbr>, <abbr title="s: t">São\nTomé</abbr></p>'),
    ("accents", "Nicolás, São Tomé, NicolásX", '<p><abbr tabindex="0" title="n: t">Nicolás</abbr>, <abbr tabindex="0" title="s: t">São Tomé</abbr>, NicolásX</p>'),
]  # fmt: skip
SPELLINGS = {"95": "95: t", "12": "12: t", "wzxhzdk": "w: t", "a|b": "ab: t", "x\x02y": "x: t"}
SPELLINGS |= {"Nicolás": "n: t", "São Tomé": "s: t"}


@pytest.mark.parametrize(("page", "expected"), [c[1:] for c in HOSTILE_PAGES], ids=[c[0] for c in HOSTILE_PAGES])
def test_raw_html_and_markdowns_placeholders_are_never_marked_or_broken(page: str, expected: str) -> None:
    tips = {"coup": "coup: t"} | {spelling: tip for spelling, tip in SPELLINGS.items() if spelling in page}
    assert page_html(page, tips) == expected


def test_five_hundred_terms_and_very_long_ones_mark_each_use_once() -> None:
    tips = {f"term {n} of many": f"t{n}" for n in range(500)} | {"very " * 300 + "long": "v"}
    page = " ".join(f"term {n} of many," for n in range(0, 500, 7)) + " " + "very " * 300 + "long."
    found = re.findall(r'<abbr tabindex="0" title="([^"]+)">', page_html(page, tips))
    assert found == [*(f"t{n}" for n in range(0, 500, 7)), "v"]


# A real build

TERMS = {
    # id: (term, aliases, definition)
    "us": ("U.S.", ["US"], 'Said "U.S." <b>bold</b> & so on'),
    "jv": ("joint venture", ["(JV)", "JV", "coup"], "A venture"),
    "pipe": ("a|b", [], "Either"),
    "nicolas": ("Nicolás", [], "A name"),
    "sao": ("São Tomé", ["Sao Tome"], "An island"),
    "coup": ("coup", ["junta"], "A seizure of power"),
    "junta": ("junta", [], "A military government"),
    "long": ("very " * 40 + "long", [], "Long"),
}
"""Hostile terms a strict build accepts: metacharacters, accents, a term another's alias, a long one."""
REFUSED = {"one-letter": ("x", [], "A letter"), "the": ("the", [], "A word"), "cpp": ("C++", ["x*"], "Code")}

HOSTILE = """\
---
title: Hostile
---
# A coup in São Tomé

A coup, the U.S., US, (JV), a|b by Nicolás in São Tomé and Sao
Tome, then a junta and the coup.^[analysis]

## The coup in São Tomé

See [the coup](#the-coup-in-sao-tome) and `coup` in code, then very {long} once.^[analysis]

    a coup in a code block

!!! note "A coup title"

    A coup in an admonition.^[analysis]

| Term | Meaning |
| --- | --- |
| coup | junta |

<div markdown="1">A coup in md_in_html, <a href="#the-coup-in-sao-tome">a raw coup link</a>, <span>coup</span>, <code>coup</code>.^[analysis]</div>

A coup\\_d and coup&eacute; are no terms.^[analysis]
""".replace("{long}", "very " * 39 + "long")


def project(root: Path, terms: dict[str, tuple[str, list[str], str]]) -> Path:
    """The minimal project with terms and the hostile hand-written page."""
    copy_project(root)
    shutil.rmtree(root / "content")
    files = dict(MINIMAL)
    for term_id, (term, aliases, definition) in terms.items():
        files[f"content/terms/{term_id}.md"] = (
            f"---\nterm: {json.dumps(term)}\ndefinition: {json.dumps(definition + '.^[context: general knowledge]')}\n"
            f"aliases: {json.dumps(aliases)}\nsources: [the-week]\n---\n"
        )
    write_project(root, files)
    (root / "docs" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    home = "# Home\n\nA coup, then the figures.^[analysis]\n\n<!-- explainer: key-figures -->\n"
    (root / "docs" / "index.md").write_text(home, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The hostile project built strict, and built again with no tooltips."""
    root = project(tmp_path_factory.mktemp("hostile") / "project", TERMS)
    marked = strict_build(root / "mkdocs.yml", root / "marked")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tooltips, "abbreviations", lambda notes: {})
        return marked, strict_build(root / "mkdocs.yml", root / "unmarked")


def article(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    return text[text.index("<article") : text.index("</article>")]


def assert_well_marked(site: Path) -> None:
    """No <abbr> in a link, heading or code; the first of each tooltip on a page, and no other, focusable."""
    pages = {page.relative_to(site).as_posix(): article(page) for page in site.rglob("*.html")}
    assert len(pages) > 10
    for name, page in pages.items():
        for element in re.findall(r"<(a|h[1-6]|code)\b.*?</\1>", page, flags=re.DOTALL):
            assert "<abbr" not in element, name
        titles = re.findall(r'<abbr( tabindex="0")? title="([^"]*)"', page)
        firsts = [title for focusable, title in titles if focusable]
        assert firsts == list(dict.fromkeys(title for _, title in titles)), name


def test_a_strict_build_with_hostile_terms_marks_each_page_as_it_should(sites: tuple[Path, Path]) -> None:
    with_terms, _ = sites
    assert_well_marked(with_terms)
    hostile = article(with_terms / "hostile/index.html")
    shown = re.findall(r'<abbr (?:tabindex="0" )?title="([^"]*)">([^<]*)</abbr>', hostile)
    tip = "U.S.: Said &quot;U.S.&quot; &lt;b&gt;bold&lt;/b&gt; &amp; so on."
    assert dict((words, title) for title, words in shown) == {
        "coup": "coup: A seizure of power.",
        "US": tip,
        "JV": "joint venture: A venture.",
        "a|b": "a|b: Either.",
        "Nicolás": "Nicolás: A name.",
        "São Tomé": "São Tomé: An island.",
        "Sao\nTome": "São Tomé: An island.",
        "junta": "junta: A military government.",
        "very " * 40 + "long": "very " * 40 + "long: Long.",
    }
    # Twice in the text, the admonition's title and body, the table, md_in_html, the raw <span>:
    assert [words for _, words in shown].count("coup") == 7


def test_the_tooltips_change_no_word_of_any_page(sites: tuple[Path, Path]) -> None:
    """Every page, its <abbr> tags taken out, is the page built without tooltips."""
    with_terms, without = sites
    unwrapped = 0
    for page in without.rglob("*.html"):
        name = page.relative_to(without).as_posix()
        ours = article(with_terms / name)
        unwrapped += ours.count("<abbr")
        assert re.sub(r"<abbr [^>]*>|</abbr>", "", ours) == article(page), name
    assert unwrapped > 10


def test_a_strict_build_refuses_terms_too_common_to_mark_and_says_why(tmp_path: Path) -> None:
    root = project(tmp_path / "project", TERMS | REFUSED)
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root / "hooks"), "NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    for term_id, words in (("one-letter", "'x'"), ("the", "'the'"), ("cpp", "'C++'"), ("cpp", "'x*'")):
        assert re.search(
            rf"content/terms/{term_id}.md:\d+: \w+: {re.escape(words)} is too short or too common", done.stderr
        )


def test_a_preview_marks_even_the_terms_the_check_refuses(tmp_path: Path) -> None:
    """`mkdocs serve` shows the notes' problems on the pages and builds on: with "x", "the" and "C++"
    among the terms, every page still builds and is well marked."""
    from mkdocs.commands.build import build

    root = project(tmp_path / "project", TERMS | REFUSED)
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    assert_well_marked(tmp_path / "site")
    hostile = article(tmp_path / "site/hostile/index.html")
    assert '<abbr title="the: A word.">the</abbr>' in hostile  # "The notes have 4 problems" came first
    assert "C++" in hostile and 'title="C++' not in hostile  # no word boundary after +: never marked
