"""Updating the explainer: live reload, the feed, the open data, the guide, hosting under a sub-path.

The dev-server tests run `mkdocs serve` on a free port in a temporary copy of
the project, edit files there, and time how long the change takes to reach the
served page (printed; run with -s to see the figures).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import html
import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from plumbing import WAIT, Served, copy_project, mkdocs_env, wait_until

from conftest import ROOT, SEED, project_notes
from explainer import check_notes, load_and_check, load_notes
from explainer.export import json_schema, notes_as_data, render_feed
from explainer.fields import fields_of
from explainer.mistakes import base_messages, collect_mistakes
from explainer.model import KINDS, PartialDate
from explainer.render.changes import list_changes, render_changes
from explainer.render.guide import render_guide
from explainer.render.site import render_site
from pages import broken_links

ATOM = "{http://www.w3.org/2005/Atom}"


def build(root: Path, site: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
        capture_output=True,
        text=True,
        cwd=root,
        env=mkdocs_env(root / "hooks", **env),
        check=False,
    )


def seconds_until(served: Served, path: str, marker: str, present: bool = True) -> float:
    """Seconds until the served page at path does (or does not) hold marker: printed, never judged."""
    start = time.monotonic()
    served.wait_for(path, marker, present)
    return time.monotonic() - start


def parse_xml(data: bytes) -> ET.Element:
    """Parse XML this project wrote (so not untrusted); raises if it is not well-formed."""
    return ET.fromstring(data)  # noqa: S314


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_serve_shows_an_edited_note_page_and_seed(served: Served) -> None:
    term = sorted((served.root / "content/terms").glob("*.md"))[0]
    marker = f"EDITED{time.time_ns()}"
    edit(term, "\n---\n", f"\n---\n{marker} ")
    note_seconds = seconds_until(served, "glossary/", marker)

    page_marker = f"PAGE{time.time_ns()}"
    edit(served.root / "docs/index.md", "\n## ", f"\n{page_marker}.^[analysis]\n\n## ")
    page_seconds = seconds_until(served, "", page_marker)

    # Taking a quote's words out of the seed must show the problem on the page; putting them back, clear it.
    notes = load_notes(served.root / "content", served.root / "seeds", served.root).notes
    quote = next(q for q in notes.quotes if len(q.text) > 30 and "…" not in q.text and q.text in notes.seeds[SEED])
    seed = served.root / "seeds" / SEED
    original = seed.read_text(encoding="utf-8")
    seed.write_text(original.replace(quote.text, "words no longer there"), encoding="utf-8")
    seed_seconds = seconds_until(served, "quotes/", "quote not found word for word")
    seed.write_text(original, encoding="utf-8")
    served.wait_for("quotes/", "quote not found word for word", present=False)

    builds = ", ".join(f"{s:.2f}" for s in served.build_times()[1:])
    print(
        f"\nlive reload, save to served page: note {note_seconds:.2f} s, page {page_seconds:.2f} s, "
        f"seed {seed_seconds:.2f} s (the server's rebuilds took {builds} s)"
    )


@pytest.mark.browser
def test_the_open_tab_reloads_by_itself(served: Served, page: Any) -> None:
    page.goto(served.url + "glossary/")
    term = sorted((served.root / "content/terms").glob("*.md"))[-1]
    marker = f"TAB{time.time_ns()}"
    edit(term, "\n---\n", f"\n---\n{marker} ")
    start = time.monotonic()
    page.wait_for_function(
        f"document.body !== null && document.body.innerText.includes({json.dumps(marker)})",
        timeout=WAIT * 1000,
    )
    seconds = time.monotonic() - start
    print(
        f"\nlive reload, save to open browser tab showing it: {seconds:.2f} s (rebuild {served.build_times()[-1]:.2f} s)"
    )


def test_changing_the_hooks_code_says_restart(served: Served) -> None:
    code = served.root / "hooks/explainer/render/changes.py"
    code.write_text(code.read_text(encoding="utf-8") + "\n# edited while serving\n", encoding="utf-8")
    start = time.monotonic()
    page = served.wait_for("", "this preview still runs the old code")
    print(f"\nhook code change reported on the page after {time.monotonic() - start:.2f} s")
    assert "hooks/explainer/render/changes.py: changed since make serve started" in page
    assert "run make serve again to use the new code" in page
    said = "hooks/explainer/render/changes.py: changed since `make serve` started"
    wait_until(lambda: said in served.output(), "the warning in mkdocs serve's output", process=served.process)


# The feed and the What's changed page.


def dated_project(tmp_path: Path) -> tuple[Path, Any, PartialDate]:
    """A copy where every note was updated (and corrected) a month ago, but one event yesterday."""
    root = copy_project(tmp_path / "project")
    today = _dt.date.today()
    old, new = today - _dt.timedelta(days=30), today - _dt.timedelta(days=1)
    for path in [*(root / "content").rglob("*"), *(root / "docs").glob("*.md")]:
        if path.suffix in (".md", ".yml"):
            text = path.read_text(encoding="utf-8")
            text = re.sub(r'updated: "[0-9-]+"', f'updated: "{old.isoformat()}"', text)
            text = re.sub(r'(\n\s+- )date: "20[0-9-]+"(\n\s+field:)', rf'\1date: "{old.isoformat()}"\2', text)
            path.write_text(text, encoding="utf-8")
    notes = load_notes(root / "content", root / "seeds", root).notes
    event = notes.events[len(notes.events) // 2]
    lines = (root / event.origin.path).read_text(encoding="utf-8").split("\n")
    at = event.origin.line_of("updated") - 1
    lines[at] = lines[at].replace(old.isoformat(), new.isoformat())
    (root / event.origin.path).write_text("\n".join(lines), encoding="utf-8")
    return root, event, PartialDate(new.year, new.month, new.day)


SECOND = "{name}, the minister, said the talks were \u201cgoing nowhere fast\u201d and that 42 envoys had left.\n"
"""A quote's speaker is named next to its words (issue 14): the article names the first actor."""
SUB_PATH = "https://news.example/explainer/"


def cite_a_second_seed(root: Path) -> None:
    """A second source article, a quote and a figure from it: notes only, no code."""
    actor = load_notes(root / "content", root / "seeds", root).notes.actors[0]
    (root / "seeds/second-article.txt").write_text(SECOND.format(name=actor.name), encoding="utf-8")
    speaker = actor.id
    (root / "content/sources/second-article.md").write_text(
        '---\nname: "The Second Article"\nkind: article\ndate: "2019-04"\nseed: second-article.txt\n---\n',
        encoding="utf-8",
    )
    (root / "content/quotes/second.yml").parent.mkdir(exist_ok=True)
    (root / "content/quotes/second.yml").write_text(
        f'- id: going-nowhere\n  speaker: {speaker}\n  text: "going nowhere fast"\n  sources: [second-article]\n',
        encoding="utf-8",
    )
    (root / "content/figures/second.yml").parent.mkdir(exist_ok=True)
    (root / "content/figures/second.yml").write_text(
        "- id: envoys\n  value: '42'\n  label: 'envoys who left^[\"42 envoys had left\"]'\n  sources: [second-article]\n",
        encoding="utf-8",
    )


@dataclasses.dataclass
class Edited:
    root: Path
    site: Path
    event: Any
    """The one event updated yesterday."""
    newest: PartialDate


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Edited:
    """One copy of the project after the edits a newsroom makes, built once, for a sub-path
    (SUB_PATH): every note updated a month ago but one event yesterday, and a second source
    article cited with no code change."""
    folder = tmp_path_factory.mktemp("edited")
    root, event, newest = dated_project(folder)
    cite_a_second_seed(root)
    done = build(root, folder / "site", SITE_URL=SUB_PATH)
    assert done.returncode == 0, done.stderr
    return Edited(root, folder / "site", event, newest)


def test_the_feed_parses_and_lists_the_latest_change_first(edited: Edited) -> None:
    site, event, newest = edited.site, edited.event, edited.newest
    feed = parse_xml((site / "feed.xml").read_bytes())
    assert feed.tag == f"{ATOM}feed"
    for element in (feed, *feed.findall(f"{ATOM}entry")):
        assert element.findtext(f"{ATOM}id") and element.findtext(f"{ATOM}title") and element.findtext(f"{ATOM}updated")
    first = feed.findall(f"{ATOM}entry")[0]
    assert first.findtext(f"{ATOM}updated") == f"{newest.iso()}T00:00:00+00:00"
    assert feed.findtext(f"{ATOM}updated") == first.findtext(f"{ATOM}updated")
    link = first.find(f"{ATOM}link")
    assert link is not None
    assert link.get("href") == SUB_PATH + "timeline/"
    assert f"timeline/#{event.id}" in (first.findtext(f"{ATOM}content") or "")
    assert first.findtext(f"{ATOM}title") == "Timeline — 1 event updated"
    assert len(feed.findall(f"{ATOM}entry")) > 1

    changes = (site / "changes/index.html").read_text(encoding="utf-8")
    first_day = changes.index(f'id="on-{newest.iso()}"')
    assert first_day < changes.index('id="on-', first_day + 1), "newest day first"
    assert f'href="../timeline/#{event.id}"' in changes[first_day : changes.index('id="on-', first_day + 1)]


def test_every_page_links_the_feed_from_its_head(built_site: Path) -> None:
    missing = []
    for path in built_site.rglob("*.html"):
        page = path.read_text(encoding="utf-8")
        head = page[: page.find("</head>")]
        found = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]* href="([^"]+)"', head)
        if path.name != "404.html" and (
            found is None or not (path.parent / found.group(1)).resolve().samefile(built_site / "feed.xml")
        ):
            missing.append(path.relative_to(built_site).as_posix())
    assert missing == []


def test_changes_are_newest_first_and_each_names_its_page(minimal: Path) -> None:
    notes = load_notes(minimal / "content", minimal / "seeds", minimal).notes
    dates = {"landing": PartialDate(2025, 5, 1), "zakharova-as-long": PartialDate(2025, 6, 2)}
    notes = dataclasses.replace(
        notes,
        events=tuple(dataclasses.replace(e, updated=dates.get(e.id)) for e in notes.events),
        quotes=tuple(dataclasses.replace(q, updated=dates.get(q.id)) for q in notes.quotes),
        story=dataclasses.replace(notes.story, corrections=()),  # the feed's changes alone
    )
    changes = list_changes(notes)
    assert [(c.id, c.page, c.anchor) for c in changes] == [
        ("zakharova-as-long", "quotes.md", "zakharova-as-long"),
        ("landing", "timeline.md", "landing"),
    ]
    page = render_changes(notes)
    assert page.index("## 2 June 2025") < page.index("## 1 May 2025")
    assert "[Quotes](quotes.md): 1 quote" in page
    feed = parse_xml(render_feed(notes, "http://example.org/", "Test"))
    titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
    assert titles == ["Quotes — 1 quote updated", "Timeline — 1 event updated"]


def test_every_generated_page_is_dated_by_the_notes_on_it() -> None:
    notes = project_notes()
    pages = render_site(notes)
    undated = [name for name, text in pages.items() if "\nupdated: " not in text.split("\n---\n", 1)[0]]
    assert undated == ["guide.md"], "only the guide, made from the code, has no notes to date it"
    later = PartialDate(2099, 1, 1)
    term = dataclasses.replace(notes.terms[0], updated=later)
    bumped = render_site(dataclasses.replace(notes, terms=(term, *notes.terms[1:])))
    assert '\nupdated: "1 January 2099"' in bumped["glossary.md"]
    assert '\nupdated: "1 January 2099"' not in bumped["quotes.md"]


# Open data.


def test_the_json_validates_against_its_schema(built_site: Path) -> None:
    data = json.loads((built_site / "data/explainer.json").read_text(encoding="utf-8"))
    schema = json.loads((built_site / "data/explainer.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    notes = project_notes()
    for kind in KINDS:
        assert [n["id"] for n in data[kind + "s"]] == [n.id for n in getattr(notes, kind + "s")]
    broken = json.loads(json.dumps(data))
    broken["quotes"][0]["status"] = "rumoured"
    broken["actors"][0]["nickname"] = "x"
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(broken))
    assert sorted(e.validator for e in errors) == ["additionalProperties", "enum"]


def test_the_schema_is_made_from_the_model() -> None:
    schema = json_schema()
    for cls in KINDS.values():
        properties = schema["$defs"][cls.__name__]["properties"]
        assert list(properties) == [i.name for i in fields_of(cls)] + ["file", "page", "sentences"]
        for info in fields_of(cls):
            assert properties[info.name]["description"].startswith(info.doc)
    notes = project_notes()
    jsonschema.validate(notes_as_data(notes, "t"), schema)


# The editor's guide.


def test_the_guide_has_each_kind_with_every_field_and_real_messages() -> None:
    notes = project_notes()
    mistakes = collect_mistakes(notes)
    guide = render_guide(notes, mistakes, "2026-11-25")
    for kind in ("actor", "quote", "event", "relation", "source", "term", "explanation"):
        start = guide.index(f"{{ #add-{kind} }}")
        section = guide[start : guide.find("\n### ", start)]
        assert "A complete example" in section
        for info in fields_of(KINDS[kind]):
            assert f"| `{info.name}` |" in section, (kind, info.name)
    assert base_messages(notes) == (), "the unbroken examples must pass, or the messages are unfair"
    assert len(mistakes) >= 10
    for mistake in mistakes:
        assert mistake.messages, f"{mistake.title}: the broken note raised nothing"
        assert all(m.startswith(mistake.path) or mistake.path in m for m in mistake.messages), mistake
        for message in mistake.messages:
            assert html.escape(message) in guide
    by_title = {m.title: m.messages for m in mistakes}
    assert any("did you mean `name`?" in m for m in by_title["A typo in a field name"])
    assert any("closest passage" in m for m in by_title["A quote that is not word for word"])


def test_the_guide_is_in_the_nav_and_built(built_site: Path) -> None:
    guide = (built_site / "guide/index.html").read_text(encoding="utf-8")
    assert "How to update this explainer" in guide
    assert "make new KIND=actor ID=spokesperson" in guide
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="guide/"' in home and 'href="changes/"' in home


def test_the_guide_shows_how_to_wrap_a_wide_table_so_the_keyboard_can_scroll_it(built_site: Path) -> None:
    """axe's scrollable-region-focusable: a box that scrolls must take focus and have a name."""
    guide = html.unescape((built_site / "guide/index.html").read_text(encoding="utf-8"))
    advice = re.search(r'<code>(<div class="table-scroll"[^<]*>)</code>', guide)
    assert advice, "the guide no longer says how to wrap a wide table"
    assert re.fullmatch(
        r'<div class="table-scroll" tabindex="0" role="region" aria-label="Table: [^"]+" markdown>', advice.group(1)
    ), advice.group(1)


# A new source article, with no code change.


def test_a_second_seed_can_be_cited_with_no_code_change(edited: Edited, tmp_path: Path) -> None:
    assert load_and_check(edited.root).problems == []
    assert "going nowhere fast" in (edited.site / "quotes/index.html").read_text(encoding="utf-8")
    assert "The Second Article" in (edited.site / "sources/index.html").read_text(encoding="utf-8")

    root = copy_project(tmp_path / "project", edited.root)
    quotes = root / "content/quotes/second.yml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace("going nowhere", "going somewhere"), encoding="utf-8")
    loaded = load_notes(root / "content", root / "seeds", root)
    [problem] = check_notes(loaded.notes, loaded.broken)
    assert "seeds/second-article.txt" in str(problem.message) and "going nowhere fast" in str(problem.message)


def test_make_site_refuses_placeholders(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    subprocess.run(
        [sys.executable, "-m", "explainer", "--root", str(root), "new", "term", "brand-new"],
        env=mkdocs_env(ROOT / "hooks"),
        check=True,
        capture_output=True,
    )
    done = build(root, tmp_path / "site")
    assert done.returncode != 0
    assert "from `make new` to fill in before publishing" in done.stderr
    assert "content/terms/brand-new.md" in done.stderr


# Hosting at a domain's root and under a sub-path.


def test_a_site_built_for_a_sub_path_has_no_broken_links(edited: Edited) -> None:
    assert broken_links(edited.site, SUB_PATH) == []
    feed = parse_xml((edited.site / "feed.xml").read_bytes())
    hrefs = [link.get("href") or "" for link in feed.iter(f"{ATOM}link")]
    assert hrefs and all(h.startswith(SUB_PATH) for h in hrefs)
    assert f"<loc>{SUB_PATH}" in (edited.site / "sitemap.xml").read_text(encoding="utf-8")


def test_the_link_check_finds_what_breaks_under_a_sub_path(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text('<a href="../b/">b</a><a href="/b/">root</a><img src="../c.png">')
    (tmp_path / "b").mkdir()
    (tmp_path / "b/index.html").write_text('<a href="../a/#nowhere">a</a>')
    assert broken_links(tmp_path, "http://example.org/sub/") == [
        "a/index.html -> ../c.png",
        "a/index.html -> /b/ (outside /sub/)",
        "b/index.html -> ../a/#nowhere (no #nowhere)",
    ]


def test_the_pages_workflow_builds_with_the_readme_command() -> None:
    import yaml

    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    [build_step] = [s for s in steps if "run" in s]
    assert build_step["run"].strip() == "make site"
    assert "SITE_URL" in build_step["env"]
    [upload] = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-pages-artifact")]
    assert upload["with"]["path"] == "site"
    assert "make site" in (ROOT / "README.md").read_text(encoding="utf-8")
