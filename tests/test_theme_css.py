"""The theme's stylesheets cut to the rules the site can use (hooks/explainer/theme_css.py)."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Any

import material
import pytest

from conftest import project_notes
from explainer.theme_css import Used, _point, selectors, trim, trim_site
from pages import one_page_per_template

MATERIAL_SHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"


def used(classes: str = "", script: str = "", values: str = "") -> Used:
    found = Used()
    found.add_page(
        f'<p class="{classes}" data-md-color-primary="{values}">', re.compile(r'data-md-color-primary="([^"]*)')
    )
    found.add_script(script)
    return found


CASES = [
    # (what, stylesheet, classes in pages, script, attribute values, kept)
    ("a rule for a class no page has goes", ".a{color:red}.b{color:blue}", "a", "", "", ".a{color:red}"),
    (
        "element and attribute-only selectors stay",
        "p{margin:0}[hidden]{display:none}",
        "",
        "",
        "",
        "p{margin:0}[hidden]{display:none}",
    ),
    ("one selector of a list goes, the others stay", ".a,.b p,div{x:1}", "a", "", "", ".a,div{x:1}"),
    ("every class of a selector must be there", ".a .b{x:1}.a.c{x:2}", "a b", "", "", ".a .b{x:1}"),
    ("what :not() excludes is not needed", ".a:not(.gone){x:1}", "a", "", "", ".a:not(.gone){x:1}"),
    ("what :is() offers is kept whole", ".a :is(.gone,.b){x:1}", "a", "", "", ".a :is(.gone,.b){x:1}"),
    ("a class a script names stays", ".md-x{x:1}", "", 'e.classList.add("md-x")', "", ".md-x{x:1}"),
    (
        "a class a script builds from a prefix stays",
        ".md-tag--new{x:1}.md-other{x:2}",
        "",
        "`md-tag--${t}`",
        "",
        ".md-tag--new{x:1}",
    ),
    ("an emptied @media goes", "@media print{.gone{x:1}}.a{x:2}", "a", "", "", ".a{x:2}"),
    (
        "@media keeps what its pages can use",
        "@media (min-width:1em){.a{x:1}.gone{x:2}}",
        "a",
        "",
        "",
        "@media (min-width:1em){.a{x:1}}",
    ),
    (
        "nested groups are trimmed too",
        "@supports (x:y){@media print{.gone{x:1}.a{x:2}}}",
        "a",
        "",
        "",
        "@supports (x:y){@media print{.a{x:2}}}",
    ),
    (
        "@font-face and @keyframes stay whole",
        "@font-face{src:url(a)}@keyframes k{0%{x:1}to{x:2}}",
        "",
        "",
        "",
        "@font-face{src:url(a)}@keyframes k{0%{x:1}to{x:2}}",
    ),
    (
        "braces in strings are not blocks",
        '.a:before{content:"{"}.gone{content:"}"}',
        "a",
        "",
        "",
        '.a:before{content:"{"}',
    ),
    (
        "commas in attribute strings are not lists",
        '[title*="x,.gone"],.gone{x:1}',
        "",
        "",
        "",
        '[title*="x,.gone"]{x:1}',
    ),
    ("an attribute value no page gives goes", "[dir=rtl] p{x:1}[dir=ltr] p{x:2}", "", "", "", ""),
    (
        "a palette no page uses goes",
        "[data-md-color-primary=red]{x:1}[data-md-color-primary=indigo]{x:2}",
        "",
        "",
        "indigo",
        "[data-md-color-primary=indigo]{x:2}",
    ),
    ("statements stay", '@charset "utf-8";.gone{x:1}', "", "", "", '@charset "utf-8";'),
    ("the source map's comment goes", ".a{x:1}\n/*# sourceMappingURL=main.min.css.map*/", "a", "", "", ".a{x:1}"),
]


@pytest.mark.parametrize(("what", "css", "classes", "script", "values", "kept"), CASES, ids=[case[0] for case in CASES])
def test_trim(what: str, css: str, classes: str, script: str, values: str, kept: str) -> None:
    assert trim(css, used(classes, script, values)) == kept


def test_selectors_lists_every_style_rule_at_any_depth() -> None:
    css = '@media print{.a,.b{x:1}}@keyframes k{0%{x:1}}p{x:2}@font-face{src:url(",")}'
    assert selectors(css) == [".a", ".b", "p"]


def test_an_unclosed_block_is_an_error_not_a_silent_cut() -> None:
    with pytest.raises(ValueError, match="unclosed block"):
        trim(".a{x:1", used("a"))


def _site(tmp_path: Path) -> Path:
    sheets = tmp_path / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    (sheets / "main.0123abcd.min.css").write_text(
        ".a{x:1}.b{x:2}.js-made{x:3}\n/*# sourceMappingURL=main.0123abcd.min.css.map*/"
    )
    (sheets / "main.0123abcd.min.css.map").write_text("{}")
    (tmp_path / "assets" / "javascripts").mkdir()
    (tmp_path / "assets" / "javascripts" / "bundle.js").write_text('el.className = "js-made"')
    (tmp_path / "index.html").write_text('<link href="assets/stylesheets/main.0123abcd.min.css"><p class="a">')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "index.html").write_text('<link href="../assets/stylesheets/main.0123abcd.min.css">')
    return tmp_path


def test_a_trimmed_sheet_gets_a_name_of_its_own_and_every_page_points_at_it(tmp_path: Path) -> None:
    site = _site(tmp_path)
    [(old, new)] = trim_site(site)
    assert old == "main.0123abcd.min.css" and re.fullmatch(r"main\.[0-9a-f]{8}\.min\.css", new) and new != old
    sheets = site / "assets" / "stylesheets"
    assert sorted(p.name for p in sheets.iterdir()) == [new]
    assert (sheets / new).read_text() == ".a{x:1}.js-made{x:3}"
    assert (site / "index.html").read_text() == f'<link href="assets/stylesheets/{new}"><p class="a">'
    assert (site / "sub/index.html").read_text() == f'<link href="../assets/stylesheets/{new}">'


def test_the_same_pages_give_the_same_sheet_under_the_same_name(tmp_path: Path) -> None:
    first = trim_site(_site(tmp_path / "one"))
    assert trim_site(_site(tmp_path / "two")) == first


def test_a_site_without_the_themes_sheets_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>")
    assert trim_site(tmp_path) == []
    assert (tmp_path / "index.html").read_text() == "<p>"


def _material_sheet(stem: str) -> Path:
    [sheet] = MATERIAL_SHEETS.glob(f"{stem}.*.min.css")
    return sheet


def _built_sheet(site: Path, stem: str) -> Path:
    [sheet] = (site / "assets" / "stylesheets").glob(f"{stem}.*.min.css")
    return sheet


@pytest.mark.parametrize("stem", ["main", "palette"])
def test_the_built_site_serves_the_themes_sheets_trimmed(built_site: Path, stem: str) -> None:
    original = _material_sheet(stem).read_text(encoding="utf-8")
    served = _built_sheet(built_site, stem)
    assert served.name != _material_sheet(stem).name
    assert not list(served.parent.glob("*.map"))
    trimmed = served.read_text(encoding="utf-8")
    assert set(selectors(trimmed)) < set(selectors(original))
    assert len(gzip.compress(trimmed.encode())) < 0.8 * len(gzip.compress(original.encode()))
    for page in built_site.rglob("*.html"):
        linked = re.findall(r'assets/stylesheets/([^"]+\.css)', page.read_text(encoding="utf-8"))
        assert served.name in linked, page


_PSEUDO = re.compile(r"::?[A-Za-z-]+(?:\((?:[^()]|\([^()]*\))*\))?")
MATCHES = """(selectors) => selectors.filter(s => { try { return document.querySelector(s) !== null; } catch (e) { return false; } })"""


def test_no_element_a_reader_meets_matches_a_dropped_rule(built_site: Path, site_url: str, page: Any) -> None:
    """What the trim drops, no page needs: not as loaded, nor once scripts ran, a search was
    typed and the menus opened (classes a script adds without naming them would show here)."""
    dropped: set[str] = set()
    for stem in ("main", "palette"):
        gone = set(selectors(_material_sheet(stem).read_text(encoding="utf-8"))) - set(
            selectors(_built_sheet(built_site, stem).read_text(encoding="utf-8"))
        )
        dropped |= {_PSEUDO.sub("", selector).strip() for selector in gone}
    dropped.discard("")
    assert dropped
    for path in one_page_per_template(built_site, project_notes()):
        page.goto(site_url + path)
        assert page.evaluate(MATCHES, sorted(dropped)) == [], path
    page.set_viewport_size({"width": 360, "height": 740})
    page.click("header label[for=__drawer]")
    page.wait_for_selector(".md-sidebar--primary", state="visible")
    assert page.evaluate(MATCHES, sorted(dropped)) == []
    page.reload()
    page.click("header label[for=__search]")
    page.keyboard.type("zakharova")
    page.wait_for_selector(".md-search-result__item")
    assert page.evaluate(MATCHES, sorted(dropped)) == []


@pytest.mark.parametrize("new", ["main.0badf00d.min.css", "main.trimmed-and-longer.min.css"])
def test_a_page_is_pointed_at_the_renamed_sheet_whatever_its_name(tmp_path: Path, new: str) -> None:
    page = b'<link href="../assets/stylesheets/main.a98a9e0e.min.css"><p>x</p><link href="assets/stylesheets/main.a98a9e0e.min.css">'
    path = tmp_path / "index.html"
    path.write_bytes(page)
    _point(path, page, [("main.a98a9e0e.min.css", new)])
    assert path.read_bytes() == page.replace(b"main.a98a9e0e.min.css", new.encode())
