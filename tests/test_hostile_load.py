"""The loading holes a hostile edit found (issue 14): each refused with one clear problem, nothing published."""

from __future__ import annotations

import os
import textwrap
import tracemalloc
from pathlib import Path

import pytest
import yaml

from conftest import MINIMAL, write_project
from explainer import load_and_check, yaml_lines
from explainer.problems import Problem, shown

EVENT = "- id: landing\n  date: '2019-03'\n  title: {title}\n  sources: [the-week]\n"
EXPLANATION = """
    ---
    title: A base
    summary: Russia may want a base.
    sources: [the-week]
    evidence_for:
      - text: Zakharova set no end date.
        sources: [the-week]
        quote: zakharova-as-long
    ---
    """


def problems_for(tmp_path: Path, changes: dict[str, str]) -> list[str]:
    root = write_project(tmp_path, {**MINIMAL, **changes})
    return [str(p) for p in load_and_check(root, sourcing=False).problems]


@pytest.fixture(params=["libyaml", "PyYAML"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with each YAML reader: both must refuse the same things."""
    if request.param == "PyYAML":
        monkeypatch.setattr(yaml_lines, "_FAST_LOADER", yaml.BaseLoader)
    elif not yaml.__with_libyaml__:
        pytest.skip("PyYAML is built without libyaml")
    return str(request.param)


# (a) A key written twice: the last used to win unseen.

DUPLICATES = [
    (
        "content/quotes.yml",
        "- id: zakharova-as-long\n  speaker: maria-zakharova\n  text: As long as they need.\n"
        "  speaker: nicolas-maduro\n  sources: [the-week]\n",
        ["content/quotes.yml:4: speaker: written twice in one note (first on line 2): keep one"],
    ),
    (  # a merge dropped the `- ` of the second note: two notes fused into one
        "content/events.yml",
        "- id: landing\n  date: '2019-03'\n  title: Landing\n  sources: [the-week]\n"
        "  id: second\n  date: '2019-03'\n  title: Second\n  sources: [the-week]\n",
        [
            "content/events.yml:5: id: a second `id` in one note (the first is on line 1): start each note with `- id:`",
            "content/events.yml:6: date: written twice in one note (first on line 2): keep one",
            "content/events.yml:7: title: written twice in one note (first on line 3): keep one",
            "content/events.yml:8: sources: written twice in one note (first on line 4): keep one",
        ],
    ),
    (
        "content/actors/russia.md",
        "---\nname: Russia\nkind: country\nrole: Sent troops\nname: Russland\nsources: [the-week]\n---\n",
        ["content/actors/russia.md:5: name: written twice in one note (first on line 2): keep one"],
    ),
    (  # in a mapping inside a note, and a key quoted once and plain once is one key
        "content/explanations/a-base.md",
        EXPLANATION.replace("quote: zakharova-as-long", "quote: zakharova-as-long\n        'text': Again."),
        ["content/explanations/a-base.md:9: text: written twice in one note (first on line 6): keep one"],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), DUPLICATES)
def test_a_key_written_twice_is_refused(tmp_path: Path, loader: str, name: str, text: str, expected: list[str]) -> None:
    assert problems_for(tmp_path, {name: text}) == expected


# (b) Anchors, aliases, merge keys and tags: never needed in notes, and an alias bomb is a denial of service.


def alias_bomb(levels: int) -> str:
    """A field that expands to 10**levels items: the 'billion laughs'."""
    lines = ["- id: landing", "  date: '2019-03'", "  sources: [the-week]", '  a0: &a0 ["lol"]']
    lines += [f"  a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + f"\n  title: *a{levels}\n"


REFUSED = [
    (
        EVENT.format(title="&t Landing"),
        "content/events.yml:3: &t: anchors and aliases (&name, *name) are not allowed in notes: "
        "write the value out in full",
    ),
    (
        EVENT.format(title="*t"),
        "content/events.yml:3: *t: anchors and aliases (&name, *name) are not allowed in notes: "
        "write the value out in full",
    ),
    (
        alias_bomb(9),
        "content/events.yml:4: &a0: anchors and aliases (&name, *name) are not allowed in notes: "
        "write the value out in full",
    ),
    (
        EVENT.format(title="Landing") + "  <<: {status: confirmed}\n",
        "content/events.yml:5: `<<` merge keys are not allowed in notes: write each field out in full",
    ),
    (
        EVENT.format(title="!!python/object/apply:os.system ['echo hi']"),
        "content/events.yml:3: the tag !!python/object/apply:os.system is not allowed in notes: "
        "remove it (quote text that starts with !)",
    ),
    (
        EVENT.format(title="!!str 20:30"),
        "content/events.yml:3: the tag !!str is not allowed in notes: remove it (quote text that starts with !)",
    ),
    (
        EVENT.format(title='"a lone \\ud800 surrogate"'),
        "content/events.yml:3: an escape in this text makes U+D800, which a note cannot hold: remove it",
    ),
    (
        EVENT.format(title="a vertical tab \v"),
        "content/events.yml:3: the character U+000B is not allowed in a note: remove it",
    ),
    (
        EVENT.format(title='"a NUL \\0"'),
        "content/events.yml:3: an escape in this text makes U+0000, which a note cannot hold: remove it",
    ),
    (
        EVENT + "---\n" + EVENT,
        "content/events.yml:5: a second YAML document starts here: a file holds one, so remove this `---`",
    ),
    (
        EVENT.format(title="Landing") + "  ? [a, b]\n  : c\n",
        "content/events.yml:5: a field name must be plain text, not a list or a set of fields",
    ),
    (
        EVENT.format(title="[" * 150 + "]" * 150),
        "content/events.yml:3: YAML is nested more than 100 levels deep: notes need only a few",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFUSED)
def test_what_notes_never_need_is_refused_unbuilt(tmp_path: Path, loader: str, text: str, expected: str) -> None:
    assert problems_for(tmp_path, {"content/events.yml": text}) == [expected]


def test_an_alias_bomb_is_never_expanded(loader: str) -> None:
    problems: list[Problem] = []
    tracemalloc.start()
    try:
        data = yaml_lines.parse_yaml(alias_bomb(9), "content/events.yml", 0, problems)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (data, len(problems)) == (None, 1)
    assert peak < 1_000_000  # 10**9 items if expanded; refused, a few lines of text


LONG = "x" * 5000
SHOWN = [
    (EVENT.format(title=f"[{LONG}]"), "content/events.yml:3: title: expected text, found a list ['" + "x" * 55 + "..."),
    (
        EVENT.format(title="Landing").replace("'2019-03'", LONG),
        "content/events.yml:2: date: '" + "x" * 56 + "... is not a date: write 2019, 2019-03 or 2019-03-25, "
        "only as precise as the source",
    ),
    (
        f"- {LONG}\n",
        "content/events.yml: list item '" + "x" * 56 + "... is not a note: write `- id: ...` and its fields",
    ),
    (
        EVENT.format(title="Landing") + f"  {LONG[:500]}: 1\n",
        "content/events.yml:5: '" + "x" * 36 + "...: unknown field: allowed: id, date, title, sources, date_note, "
        "actors, reported_by, text, status, updated, corrections",
    ),
    (
        EVENT.format(title='{"a\\nb\\u2028\\u202e": 1}'),
        "content/events.yml:3: title: expected text, found a set of fields {'a\\nb\\u2028\\u202e': '1'}",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHOWN)
def test_a_value_in_a_message_is_cut_to_one_short_line(tmp_path: Path, text: str, expected: str) -> None:
    [problem] = problems_for(tmp_path, {"content/events.yml": text})
    assert problem == expected


def test_shown_never_builds_a_huge_value() -> None:
    nested: list[object] = ["lol"] * 10
    for _ in range(8):
        nested = [nested] * 10  # 10**9 items if written out
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    assert shown(nested) == "[[[[[[[[..., ..., ..., ..., ..., ..., ..., ..., ..., ...]..."
    assert shown(deep) == "[[[[[[[[...]]]]]]]]"
    assert shown({"key": "a\nb"}, 12) == "{'key': '..."


# (c) Links that leave the project, and files that are not plain files.


def test_a_seed_linked_to_the_environment_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not Path("/proc/self/environ").exists():
        pytest.skip("no /proc on this system")
    monkeypatch.setenv("EXPLAINER_SECRET", "hunter2")
    root = write_project(tmp_path, MINIMAL)
    (root / "seeds" / "leak.txt").symlink_to("/proc/self/environ")
    checked = load_and_check(root, sourcing=False)
    assert [str(p) for p in checked.problems] == [
        "seeds/leak.txt: links to a place outside the project, so it is not read: put the file itself here"
    ]
    assert "leak.txt" not in checked.notes.seeds


def test_a_note_or_folder_linked_outside_the_project_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    (outside / "terms").mkdir(parents=True)
    (outside / "secret.md").write_text("---\nname: Secret\nkind: person\nrole: x\nsources: [the-week]\n---\n")
    root = write_project(tmp_path / "project", MINIMAL)
    (root / "content" / "actors" / "secret.md").symlink_to(outside / "secret.md")
    (root / "content" / "terms").symlink_to(outside / "terms")
    checked = load_and_check(root, sourcing=False)
    assert [str(p) for p in checked.problems] == [
        "content/actors/secret.md: links to a place outside the project, so it is not read: put the file itself here",
        "content/terms: links to a place outside the project, so it is not read: put the file itself here",
    ]
    assert "secret" not in {actor.id for actor in checked.notes.actors}


def test_a_content_or_seeds_folder_linked_outside_the_project_is_not_read(tmp_path: Path) -> None:
    elsewhere = write_project(tmp_path / "elsewhere", MINIMAL)
    root = tmp_path / "project"
    root.mkdir()
    (root / "content").symlink_to(elsewhere / "content")
    (root / "seeds").symlink_to(elsewhere / "seeds")
    assert [str(p) for p in load_and_check(root, sourcing=False).problems] == [
        "content: links to a place outside the project, so it is not read: put the file itself here",
        "content: no notes found: add notes under content/ (see the editor's guide)",
        "seeds: links to a place outside the project, so it is not read: put the file itself here",
    ]


def test_links_inside_the_project_are_followed_once(tmp_path: Path) -> None:
    root = write_project(tmp_path, MINIMAL)
    shared = root / "shared"
    shared.mkdir()
    (root / "content" / "quotes.yml").rename(shared / "quotes.yml")
    (root / "content" / "quotes.yml").symlink_to(shared / "quotes.yml")
    (root / "content" / "actors" / "back").symlink_to(root / "content")  # a loop: read once
    checked = load_and_check(root, sourcing=False)
    assert checked.problems == []
    assert [quote.id for quote in checked.notes.quotes] == ["zakharova-as-long"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    root = write_project(tmp_path, MINIMAL)
    os.mkfifo(root / "content" / "actors" / "pipe.md")
    os.mkfifo(root / "seeds" / "pipe.txt")
    (root / "content" / "actors" / "gone.md").symlink_to(root / "nowhere.md")
    assert [str(p) for p in load_and_check(root, sourcing=False).problems] == [
        "content/actors/gone.md: links to a file that does not exist: remove the link or fix it",
        "content/actors/pipe.md: not a plain file (a pipe, socket or device), so it is not read: remove it",
        "seeds/pipe.txt: not a plain file (a pipe, socket or device), so it is not read: remove it",
    ]


# (d) Dates: only real ones, in ASCII digits.

NOT_DATES = [
    "2019-00",
    "2019-13",
    "2019-03-00",
    "2019-02-29",
    "2019-04-31",
    "0000",
    "0000-03-25",
    "２０１９",  # full-width digits
    "٢٠١٩",  # Arabic-Indic digits
    "2019-3",
    "2019-03-25T10:00",
    "19",
]


@pytest.mark.parametrize("date", NOT_DATES)
def test_a_date_that_is_not_a_real_date(tmp_path: Path, date: str) -> None:
    text = EVENT.format(title="Landing").replace("'2019-03'", date)
    assert problems_for(tmp_path, {"content/events.yml": text}) == [
        f"content/events.yml:2: date: {date!r} is not a date: write 2019, 2019-03 or 2019-03-25, "
        "only as precise as the source"
    ]


def test_real_dates_are_read(tmp_path: Path) -> None:
    text = EVENT.format(title="Landing").replace("'2019-03'", "2016-02-29")
    root = write_project(tmp_path, {**MINIMAL, "content/events.yml": text})
    [event] = load_and_check(root).notes.events
    assert (event.date.iso(), event.date.human()) == ("2016-02-29", "29 February 2016")


# (e) Every text field gets the text as written, not YAML 1.1's reading of it.

AS_WRITTEN = [
    "20:30",
    "0755",
    "1e3",
    ".inf",
    "-.Inf",
    ".NaN",
    "yes",
    "off",
    "0x1F",
    "1_000",
    "12.50",
    "2019-03-25",
    "3",
]


@pytest.mark.parametrize("written", AS_WRITTEN)
def test_text_fields_keep_plain_scalars_as_written(tmp_path: Path, loader: str, written: str) -> None:
    actor = MINIMAL["content/actors/russia.md"].replace("role: Sent troops", f"role: {written}")
    actor = actor.replace("aliases: [Moscow, the Kremlin]", f"aliases: [Moscow, {written}]")
    root = write_project(tmp_path, {**MINIMAL, "content/actors/russia.md": actor})
    checked = load_and_check(root, sourcing=False)
    assert checked.problems == []
    [russia] = [actor for actor in checked.notes.actors if actor.id == "russia"]
    assert (russia.role, russia.aliases) == (written, ("Moscow", written))


WHOLE = "expected a whole number such as 1, 2 or 10, found"
ORDERS = [
    ("2", None),
    ("010", None),
    ("-1234567890", None),
    ('"2"', f"{WHOLE} text '2'"),
    ("1.5", f"{WHOLE} a number '1.5'"),
    ("yes", f"{WHOLE} true/false 'yes'"),
    ("0x10", f"{WHOLE} a number '0x10'"),
    ("1" * 30, f"{WHOLE} a number '{'1' * 30}'"),
]


@pytest.mark.parametrize(("written", "message"), ORDERS)
def test_order_is_a_whole_number_written_in_decimal(tmp_path: Path, written: str, message: str | None) -> None:
    text = EXPLANATION.replace(
        "sources: [the-week]\n    evidence", f"sources: [the-week]\n    order: {written}\n    evidence"
    )
    root = write_project(tmp_path, {**MINIMAL, "content/explanations/a-base.md": text})
    checked = load_and_check(root, sourcing=False)
    if message is None:
        assert checked.problems == []
        assert checked.notes.explanations[0].order == int(written)
    else:
        assert [str(p) for p in checked.problems] == [f"content/explanations/a-base.md:5: order: {message}"]


@pytest.mark.parametrize("written", ["", "~", "null", "NULL"])
def test_an_empty_value_is_still_not_written(tmp_path: Path, written: str) -> None:
    quote = textwrap.dedent(MINIMAL["content/quotes.yml"]).rstrip(" ") + f"  date: {written}\n"
    root = write_project(
        tmp_path, {**MINIMAL, "content/quotes.yml": quote, "content/events.yml": EVENT.format(title=written)}
    )
    checked = load_and_check(root, sourcing=False)
    assert [str(p) for p in checked.problems] == ["content/events.yml:3: title: expected text, found nothing None"]
    assert checked.notes.quotes[0].date is None


# (f) One unreadable file gives one problem, not one per reference into it.


UNREADABLE = [
    (
        {"content/quotes.yml": MINIMAL["content/quotes.yml"].replace("  speaker:", "   speaker:")},
        "content/quotes.yml:2: YAML could not be read: mapping values are not allowed here; "
        "check indentation, and quote text that holds ':' or starts with a symbol",
    ),
    (
        {"content/quotes.yml": "- id: zakharova-as-long\n  id: zakharova-as-long\n"},
        "content/quotes.yml:2: id: a second `id` in one note (the first is on line 1): start each note with `- id:`",
    ),
    (
        {
            "content/terms.yml": "- id: sanctions\n  term: [sanctions\n",
            "content/actors/russia.md": MINIMAL["content/actors/russia.md"].replace(
                "backs", "faces [[term:sanctions]],"
            ),
        },
        "content/terms.yml:3: YAML could not be read: expected ',' or ']', but got '<stream end>' (while parsing "
        "a flow sequence started on line 2); check indentation, and quote text that holds ':' or starts with a symbol",
    ),
]


@pytest.mark.parametrize(("files", "expected"), UNREADABLE)
def test_a_list_file_that_cannot_be_read_hides_no_error_under_unknown_ids(
    tmp_path: Path, files: dict[str, str], expected: str
) -> None:
    assert problems_for(tmp_path, {"content/explanations/a-base.md": EXPLANATION, **files}) == [expected]


def test_references_to_a_kind_that_was_read_are_still_checked(tmp_path: Path) -> None:
    other = EXPLANATION.replace("quote: zakharova-as-long", "quote: nobody-said-it")
    [problem] = problems_for(tmp_path, {"content/explanations/a-base.md": other})
    assert problem.startswith("content/explanations/a-base.md:6: quote: no quote with id 'nobody-said-it'")


# (g) A file in content/ that is not a note is named, not ignored.

NOT_NOTES = [
    (
        "content/actors/peskov.markdown",
        "not read: a note's name ends in .md or .yml, in lower case: rename it peskov.md",
    ),
    ("content/actors/Peskov.MD", "not read: a note's name ends in .md or .yml, in lower case: rename it Peskov.md"),
    ("content/terms.YML", "not read: a note's name ends in .md or .yml, in lower case: rename it terms.yml"),
    (
        "content/actors/peskov.txt",
        "not a note, so not read: notes are .md files (one note) or .yml files (a list of notes); "
        "move this file out of content/",
    ),
    (
        "content/actors/peskov",
        "not a note, so not read: notes are .md files (one note) or .yml files (a list of notes); "
        "move this file out of content/",
    ),
]


@pytest.mark.parametrize(("name", "message"), NOT_NOTES)
def test_a_file_that_is_not_a_note_is_named(tmp_path: Path, name: str, message: str) -> None:
    assert problems_for(tmp_path, {name: MINIMAL["content/actors/russia.md"]}) == [f"{name}: {message}"]


def test_readme_hidden_files_and_backups_are_left_alone(tmp_path: Path) -> None:
    text = MINIMAL["content/actors/russia.md"]
    names = ["content/README.md", "content/actors/README.md", "content/.DS_Store", "content/actors/russia.md~"]
    assert problems_for(tmp_path, dict.fromkeys(names, text)) == []


def test_a_note_with_no_fields_says_what_is_missing(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"content/terms/junta.md": "---\n---\nA body.\n"})
    assert problems == [
        "content/terms/junta.md:2: definition: missing required field: add `definition: ...` "
        "(One or two plain sentences; shown on hover.)",
        "content/terms/junta.md:2: sources: missing required field: add `sources: [source-id]` "
        "(Ids of the sources the definition rests on.)",
        "content/terms/junta.md:2: term: missing required field: add `term: ...` (The term as it appears in text.)",
    ]
