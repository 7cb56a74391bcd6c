"""Hostile and careless notes (issue 14): the check names the file and line; the build never crashes.

Each case is one broken file and exactly what `make check` says about it. The
rest check that what the check refuses cannot crash a preview, replace a page
or reach a page's description, and that `make new` runs nothing an id holds.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, write_project
from explainer import Notes, load_and_check
from explainer.check import PAGE_ANCHORS, RESERVED_IDS, check_notes
from explainer.export import render_feed
from explainer.model import KINDS, Evidence, Explanation, Source, Term
from explainer.pages import PAGES, actor_page, where
from explainer.render.home import fill_page
from explainer.render.markup import LINK_MAKERS, Linker
from explainer.render.seo import PageInfo, page_seo
from explainer.render.site import render_site
from explainer.wikilinks import LINKABLE, PROSE

EXPLANATION = "content/explanations/a-base.md"


def explanation(point: str = "Russia sent troops.", summary: str = "Russia wants a base.", body: str = "") -> str:
    return (
        "---\ntitle: A base\n"
        f"summary: {summary}\n"
        "sources: [the-week]\n"
        "evidence_for:\n"
        f"  - text: {point}\n"
        "    sources: [the-week]\n"
        f"---\n{body}\n"
    )


def actor(name: str = "Russia", aliases: str = "[Moscow]", body: str = "Russia backs [[nicolas-maduro]].") -> str:
    return (
        f"---\nname: {name}\nkind: country\nrole: Sent troops\nside: maduro\n"
        f"aliases: {aliases}\nsources: [the-week]\n---\n{body}\n"
    )


def term(spelling: str, aliases: str = "[]") -> str:
    return f"---\nterm: {spelling}\ndefinition: A word.\naliases: {aliases}\nsources: [the-week]\n---\n"


def problems_for(tmp_path: Path, changes: dict[str, str]) -> list[str]:
    root = write_project(tmp_path, MINIMAL)
    for name, text in changes.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return [str(p) for p in load_and_check(root, sourcing=False).problems]


KINDS_LISTED = "use one of actor, term, event, quote, explanation, source"
NO_CODE = "notes hold Markdown and plain HTML, never scripts, frames, embedded objects or styles"
PASTED = "that no page can show: delete it (such characters come with text pasted from other programs)"
CONFLICT = (
    "a merge-conflict line ({}) is left in: keep the right version of the text and delete the conflict lines "
    "(<<<<<<<, =======, >>>>>>>)"
)
COMMON = "is too short or too common a word to mark as a glossary term on every page: write the term as a phrase readers would look up"
JS_LINK = "a {}: link is not allowed: link to an https:// address, or to a note with [[id]]"

CASES: list[tuple[str, str, str, list[str]]] = [
    # 1. Links: evidence text is checked like every Markdown field; kinds are a closed list.
    (
        "evidence links to a kind that is a method name",
        EXPLANATION,
        explanation("See [[sources:the-week]], [[prose:x]] and [[reported:x]]."),
        [
            f"{EXPLANATION}:6: text: [[prose:x]]: unknown kind; {KINDS_LISTED}",
            f"{EXPLANATION}:6: text: [[reported:x]]: unknown kind; {KINDS_LISTED}",
            f"{EXPLANATION}:6: text: [[sources:the-week]]: unknown kind; did you mean [[source:the-week]]? {KINDS_LISTED}",
        ],
    ),
    (
        "evidence links to notes that do not exist",
        EXPLANATION,
        explanation("As [[nobody]] said on [[event:none]]."),
        [
            f"{EXPLANATION}:6: text: [[actor:nobody]] links to no actor: check the id",
            f"{EXPLANATION}:6: text: [[event:none]] links to no event: check the id",
        ],
    ),
    (
        "a link in a plain-text field",
        "content/events.yml",
        "- id: landing\n  date: '2019-03'\n  title: '[[russia]] lands'\n  sources: [the-week]\n",
        [
            "content/events.yml:3: title: [[actor:russia]]: title is plain text, where no link is made: "
            "write the words (links work in text)"
        ],
    ),
    (
        "a link in a field of a kind with no Markdown",
        "content/figures.yml",
        "- id: servicemen\n  value: '100'\n  label: '[[russia]] servicemen'\n  sources: [the-week]\n",
        ["content/figures.yml:3: label: [[actor:russia]]: label is plain text, where no link is made: write the words"],
    ),
    # 2. Characters no editor types, written as YAML escapes or raw in a body.
    (
        "a vertical tab in a name",
        "content/actors/russia.md",
        actor(name='"Rus\\vsia"'),
        # The loader refuses what a YAML escape makes; text_rules.py what is written raw (below).
        ["content/actors/russia.md:2: an escape in this text makes U+000B, which a note cannot hold: remove it"],
    ),
    (
        "a lone surrogate in a name",
        "content/actors/russia.md",
        actor(name='"Rus\\ud800sia"'),
        ["content/actors/russia.md:2: an escape in this text makes U+D800, which a note cannot hold: remove it"],
    ),
    (
        "a NUL in an alias and a non-character in a term's definition",
        "content/actors/russia.md",
        actor(aliases='["Mos\\0cow", "Kremlin\\uffff"]'),
        ["content/actors/russia.md:6: an escape in this text makes U+0000, which a note cannot hold: remove it"],
    ),
    (
        "raw escape and C1 characters on the body's third line",
        "content/actors/russia.md",
        actor(body="Russia\n\nbacks \x1b[31m Maduro\x85."),
        [
            f"content/actors/russia.md:11: body: holds an invisible control character (U+001B) {PASTED}",
            f"content/actors/russia.md:11: body: holds an invisible control character (U+0085) {PASTED}",
        ],
    ),
    # 3. Ids that would take a path or an anchor the site uses itself, or no file could hold.
    (
        "an actor called index",
        "content/actors/index.md",
        actor(),
        [
            "content/actors/index.md:2: id: actor id 'index' is taken by the Actors index page, actors/index.md: "
            "pick another id"
        ],
    ),
    (
        "a source on the Sources page's own anchor",
        "content/sources/one-source.md",
        "---\nname: One\nkind: expert\n---\n",
        [
            "content/sources/one-source.md:2: id: source id 'one-source' is taken by the Sources page's list of "
            "claims resting on one source: pick another id"
        ],
    ),
    (
        "an explanation named like a point of evidence",
        "content/explanations/a-for-1.md",
        explanation(),
        [
            "content/explanations/a-for-1.md:2: id: explanation id 'a-for-1' looks like the anchor of a point of "
            "evidence: pick another id"
        ],
    ),
    (
        "an id of 300 characters",
        "content/relations.yml",
        f"- id: {'a' * 300}\n  subject: russia\n  type: supports\n  object: nicolas-maduro\n  sources: [the-week]\n",
        ["content/relations.yml:1: id: 300 characters long: shorten the id to 80 at most"],
    ),
    # 4. Code in any text: scripts, handlers, code-running links, frames, objects, styles.
    (
        "a script in a body",
        "content/actors/russia.md",
        actor(body="Russia.\n<script>alert(1)</script>"),
        [f"content/actors/russia.md:10: body: <script> is not allowed: remove it ({NO_CODE})"],
    ),
    (
        "an event handler in an explanation's summary",
        EXPLANATION,
        explanation(summary="'<img src=x onerror=alert(1)> Russia wants a base.'"),
        [f"{EXPLANATION}:3: summary: the onerror= attribute runs code in the reader's browser: remove it ({NO_CODE})"],
    ),
    (
        "a javascript: Markdown link in a quote's context",
        "content/quotes.yml",
        textwrap.dedent(MINIMAL["content/quotes.yml"]).lstrip() + "  context: See [this](javascript:alert(1)).\n",
        ["content/quotes.yml:5: context: " + JS_LINK.format("javascript")],
    ),
    (
        "an entity-encoded javascript: href in an evidence point",
        EXPLANATION,
        explanation("'<a href=\"JaVa&#x09;Script&colon;alert(1)\">proof</a>'"),
        [f"{EXPLANATION}:6: text: " + JS_LINK.format("javascript")],
    ),
    (
        "a frame with a whole document in it",
        "content/actors/russia.md",
        actor(body='<iframe srcdoc="<p>hi</p>"></iframe>'),
        [
            f"content/actors/russia.md:9: body: <iframe> is not allowed: remove it ({NO_CODE})",
            f"content/actors/russia.md:9: body: the srcdoc= attribute runs code in the reader's browser: remove it ({NO_CODE})",
        ],
    ),
    (
        "data: and vbscript: links, an autolink and a reference definition",
        "content/actors/russia.md",
        actor(body="[a](data:text/html;base64,PHNjcmlwdD4=)\n<javascript:alert(1)>\n\n[b]: vbscript:msgbox(1)"),
        [
            "content/actors/russia.md:9: body: " + JS_LINK.format("data"),
            "content/actors/russia.md:10: body: " + JS_LINK.format("javascript"),
            "content/actors/russia.md:12: body: " + JS_LINK.format("vbscript"),
        ],
    ),
    (
        "objects, embeds and styles",
        "content/actors/russia.md",
        actor(body="<object data=x></object>\n<EMBED src=x>\n<style>body{display:none}</style>"),
        [
            f"content/actors/russia.md:9: body: <object> is not allowed: remove it ({NO_CODE})",
            f"content/actors/russia.md:10: body: <embed> is not allowed: remove it ({NO_CODE})",
            f"content/actors/russia.md:11: body: <style> is not allowed: remove it ({NO_CODE})",
        ],
    ),
    (
        "a handler set through attr_list on a Markdown paragraph",
        "content/actors/russia.md",
        actor(body='Russia backs Maduro.\n{: onmouseover="alert(1)" }'),
        [
            f"content/actors/russia.md:10: body: the onmouseover= attribute runs code in the reader's browser: "
            f"remove it ({NO_CODE})"
        ],
    ),
    # 5. Smaller: blank aliases, conflict lines, glossary spellings every page would mark.
    (
        "an empty alias",
        "content/actors/russia.md",
        actor(aliases='["", "  "]'),
        ["content/actors/russia.md:6: aliases: holds an empty alias: remove it, or write the other name"],
    ),
    (
        "a blank name",
        "content/actors/russia.md",
        actor(name='"  "'),
        ["content/actors/russia.md:2: name: is empty: write it, or remove the note"],
    ),
    (
        "merge-conflict lines in a body",
        "content/actors/russia.md",
        actor(body="<<<<<<< HEAD\nRussia backs Maduro.\n=======\nRussia supports Maduro.\n>>>>>>> theirs"),
        [
            "content/actors/russia.md:9: body: " + CONFLICT.format("<<<<<<<"),
            "content/actors/russia.md:11: body: " + CONFLICT.format("======="),
            "content/actors/russia.md:13: body: " + CONFLICT.format(">>>>>>>"),
        ],
    ),
    (
        "glossary spellings that are everyday words",
        "content/terms/the.md",
        term("the", aliases="[of the, I, 'x', US, JV, the Americas]"),
        [
            f"content/terms/the.md:2: term: 'the' {COMMON}",
            f"content/terms/the.md:4: aliases: 'I' {COMMON}",
            f"content/terms/the.md:4: aliases: 'of the' {COMMON}",
            f"content/terms/the.md:4: aliases: 'x' {COMMON}",
        ],
    ),
]


@pytest.mark.parametrize(("path", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_check_names_file_line_and_what_to_do(tmp_path: Path, path: str, text: str, expected: list[str]) -> None:
    assert problems_for(tmp_path, {path: text}) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Plain prose: <abbr title='Caracas'>CCS</abbr>, a [link](https://example.org) and `a < b`.",
        "Open data: the figures. Some data: 100. JavaScript: a language. Based on: reports.",
        "Crisp\r\nlines\tand tabs, [[nicolas-maduro|Maduro]], <div markdown>**bold**</div>.",
        'A heading\n=========\n\nAnd <b>bold</b>, <a href="#x" title="on=x">a link</a>.',
    ],
)
def test_what_editors_do_write_is_not_refused(tmp_path: Path, text: str) -> None:
    assert problems_for(tmp_path, {"content/actors/russia.md": actor(body=text)}) == []


def _notes(tmp_path: Path, changes: dict[str, str]) -> Notes:
    return load_and_check(write_project(tmp_path, {**MINIMAL, **changes})).notes


def test_every_markdown_field_is_checked_for_links(minimal: Path) -> None:
    """Each field the renderers pass through Linker.prose gets a bad link, and the check finds each."""
    base = load_and_check(minimal).notes
    first = {kind: getattr(base, kind + "s")[0] for kind in KINDS if getattr(base, kind + "s")}
    origin = base.actors[0].origin
    first["source"] = Source("s", "S", "article", origin)
    first["term"] = Term("t", "Tee-term", "A word.", ("s",), origin)
    first["explanation"] = Explanation("x", "X", "Y", ("s",), origin)
    made: dict[str, list[object]] = {}
    expected = set()
    for kind, note in first.items():
        for field in PROSE.get(type(note), ()):
            note = dataclasses.replace(note, **{field: f"[[{kind}{field}:x]]"})
            expected.add((field, f"[[{kind}{field}:x]]"))
        if isinstance(note, Explanation):
            point = Evidence("[[evidencetext:x]]", ("s",), 7)
            note = dataclasses.replace(note, evidence_for=(point,))
            expected.add(("text", "[[evidencetext:x]]"))
        made[kind + "s"] = [note]
    notes = Notes(**{k: tuple(v) for k, v in made.items()}, seeds=base.seeds)
    found = {
        (p.field, str(p.message).split("]]")[0] + "]]") for p in check_notes(notes) if "unknown kind" in str(p.message)
    }
    assert found == expected
    covered = {(cls, field) for cls, fields in PROSE.items() for field in fields}
    assert len(expected) == len(covered)


def test_link_kinds_are_a_closed_table_and_no_link_names_a_method(minimal: Path) -> None:
    notes = load_and_check(minimal).notes
    assert tuple(LINK_MAKERS) == LINKABLE
    link = Linker(notes, "timeline.md")
    written = "[[sources:the-week]] [[prose:x]] [[reported:x]] [[href:x]] [[__init__:x]] [[event:none]] [[quote:none]]"
    assert link.prose(written) == "the\\-week x x x \\_\\_init\\_\\_:x none none"


def test_refused_notes_still_render_a_preview_without_crashing(tmp_path: Path) -> None:
    """While serving, the problems are shown and the pages still built: nothing may raise."""
    point = "See [[sources:the-week]], [[prose:x]], [[event:none]] and <script>x</script>."
    notes = _notes(
        tmp_path,
        {
            EXPLANATION: explanation(point),
            "content/actors/russia.md": actor(body="Back\x1bs\x0b [[reported:x]]").replace(
                "sources: [the-week]", "sources: [the-week]\nupdated: '2020-01-01'"
            ),
            "content/actors/index.md": actor(name="Index"),
        },
    )
    pages = render_site(notes)
    for page in pages.values():
        page.encode("utf-8")
        assert "\x1b" not in page and "\x0b" not in page
    assert pages[PAGES["actors"]].startswith('---\ntitle: "Actors"')
    feed = render_feed(notes, "https://example.org/", "Title")
    parsed = ET.fromstring(feed)  # noqa: S314 (the feed we just made, not untrusted input)
    titles = [e.text for e in parsed.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Russia — 1 actor updated" in titles


def test_descriptions_are_plain_words(tmp_path: Path) -> None:
    stance = "stance: '**Backs** [[nicolas-maduro|Maduro]], *says* [the Kremlin](https://x.example) <b>now</b> `x_y`'"
    notes = _notes(tmp_path, {"content/actors/russia.md": actor().replace("side: maduro", f"side: maduro\n{stance}")})
    page = render_site(notes)[actor_page("russia")]
    meta = re.search(r'^description: "(.*)"$', page, re.MULTILINE)
    assert meta is not None
    words = "Russia: Sent troops. Backs Maduro, says the Kremlin now x_y"
    assert meta.group(1) == words
    seo = page_seo(notes, PageInfo("actors/russia.md", "Russia", "Site", meta={"description": meta.group(1)}))
    assert seo.description == words
    assert dict((name, value) for _, name, value in seo.tags)["og:description"] == words


def test_a_blank_alias_names_no_page(tmp_path: Path) -> None:
    notes = _notes(tmp_path, {"content/actors/russia.md": actor(aliases='["", Moscow]')})
    seo = page_seo(notes, PageInfo("timeline.md", "Timeline", "Site", meta={"description": "Dates in order."}))
    assert "about" not in seo.json_ld


def test_reserved_ids_are_what_the_pages_use(minimal: Path) -> None:
    """Every id a page writes itself, where notes of a kind have their anchors, is reserved for that kind."""
    notes = load_and_check(minimal).notes
    pages = render_site(notes)
    own_pages = {p for p in pages if p.startswith("actors/") and p not in {actor_page(a.id) for a in notes.actors}}
    assert {p.removeprefix("actors/").removesuffix(".md") for p in own_pages} == set(RESERVED_IDS["actor"])
    for kind in ("source", "event", "quote", "explanation", "term", "relation"):
        page = where(notes, kind, "x")[0]
        ids = set(re.findall(r'\bid="([^"]+)"|\{ #([^ }]+) \}', pages[page]))
        written = {a or b for a, b in ids} - {n.id for n in getattr(notes, kind + "s")}
        written = {i for i in written if not re.search(r"-(for|against)-\d+$", i) and not PAGE_ANCHORS.fullmatch(i)}
        assert written == set(RESERVED_IDS.get(kind, {})), kind


def test_hand_written_pages_get_the_same_link_rules_and_no_conflict_lines(minimal: Path) -> None:
    notes = load_and_check(minimal).notes
    page = "Intro.\n\nSee [[sources:the-week]].\n<<<<<<< HEAD\nA\n=======\nB\n>>>>>>> theirs\n"
    _, problems = fill_page(notes, page, "about.md", "docs/about.md", first_line=3)
    assert [str(p) for p in problems] == [
        f"docs/about.md:5: [[sources:the-week]]: unknown kind; did you mean [[source:the-week]]? {KINDS_LISTED}",
        "docs/about.md:6: " + CONFLICT.format("<<<<<<<"),
        "docs/about.md:8: " + CONFLICT.format("======="),
        "docs/about.md:10: " + CONFLICT.format(">>>>>>>"),
    ]


@pytest.fixture
def make_project(tmp_path: Path) -> Path:
    """A copy of the project that `make new` can run in, on the shared venv's Python."""
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "hooks").symlink_to(ROOT / "hooks")
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").symlink_to(sys.executable)
    (tmp_path / ".venv" / ".installed").touch()
    return tmp_path


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("x;touch INJECTED", "'x;touch INJECTED' is not a plain id"),
        ("$(touch INJECTED)", "'$(touch INJECTED)' is not a plain id"),
        ("$(shell touch INJECTED)", "'$(shell touch INJECTED)' is not a plain id"),
        ("`touch INJECTED`", "'`touch INJECTED`' is not a plain id"),
        ("x'\";touch INJECTED;'", "is not a plain id"),
        ("a" * 300, "the id is 300 characters long: use at most 80 (army-chief, minister-denies-visit)"),
    ],
)
def test_make_new_runs_nothing_an_id_holds(make_project: Path, given: str, said: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("ID", "KIND", "MAKEFLAGS")}
    made = subprocess.run(
        ["make", "-s", "new", "KIND=actor", f"ID={given}"],
        cwd=make_project,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert made.returncode != 0
    assert said in made.stderr
    assert "Traceback" not in made.stderr
    assert not (make_project / "INJECTED").exists()
    assert sorted(p.name for p in make_project.iterdir()) == sorted(
        ["Makefile", "requirements.txt", "requirements-dev.txt", "content", "seeds", "hooks", ".venv"]
    )


def test_a_hand_written_page_published_where_a_generated_page_goes_is_refused(
    minimal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/actors/russia/index.md and the generated actors/russia.md are both actors/russia/index.html."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError
    from mkdocs.structure.files import File, Files

    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(minimal / "site"))
    hooks = config.hooks["hooks/explainer_hooks.py"]  # the module as MkDocs loaded it
    monkeypatch.setattr(hooks._Build, "notes", load_and_check(minimal).notes)
    page = File("actors/russia/index.md", config.docs_dir, config.site_dir, config.use_directory_urls)
    with pytest.raises(PluginError) as refused:
        config.plugins.on_files(Files([page]), config=config)  # as a build runs it, among the plugins
    assert str(refused.value) == (
        "docs/actors/russia/index.md is published at actors/russia/index.html, where the generated page "
        "actors/russia.md goes: rename or remove docs/actors/russia/index.md"
    )


@pytest.mark.parametrize(
    ("language", "aliases", "refused"),
    [
        ("en", "[of the, de la, el]", ["of the"]),  # English stop words only, in an English story
        ("es", "[of the, de la, el]", ["de la", "el"]),  # lunr.es drops "de", "la", "el"; not "of", "the"
    ],
)
def test_a_glossary_spelling_of_stop_words_is_refused_in_the_storys_language(
    tmp_path: Path, language: str, aliases: str, refused: list[str]
) -> None:
    root = write_project(tmp_path, {**MINIMAL, "content/terms/treaty.md": term("treaty", aliases=aliases)})
    problems = load_and_check(root, language=language, sourcing=False).problems
    assert [str(p) for p in problems] == [
        f"content/terms/treaty.md:4: aliases: {a!r} {COMMON}" for a in sorted(refused)
    ]
