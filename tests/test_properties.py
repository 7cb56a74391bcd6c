"""Property tests: whatever an editor writes, loading gives notes or clean problems, never a crash."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINIMAL, write_project
from explainer import Problem, load_and_check
from explainer.render.site import render_site

ODD_TEXT = st.text(
    alphabet=st.characters(
        categories=("L", "M", "N", "P", "S", "Zs", "Cc"), include_characters="\u200b\u202e\ufeff<>&\"'`*_[]|:"
    ),
    max_size=40,
)
SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 3000), st.floats(allow_nan=True), ODD_TEXT, st.dates().map(str)
)
VALUE = st.recursive(
    SCALAR, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ODD_TEXT, inner, max_size=3), max_leaves=6
)
FIELDS = [
    "id", "name", "kind", "role", "side", "sources", "aliases", "subject", "type", "object", "date", "title",
    "speaker", "text", "value", "label", "term", "definition", "reported_by", "about", "actors", "status",
    "evidence_for", "evidence_against", "soruces", "updated", "seed",
]  # fmt: skip
NOTE = st.dictionaries(st.sampled_from(FIELDS) | ODD_TEXT, VALUE, max_size=8)
FILES = ["relations.yml", "events.yml", "quotes.yml", "figures.yml"]
MD_FILES = ["actors/x.md", "sources/the-week.md", "terms/t.md", "explanations/e.md", "actors/russia.md"]


def run_everything(root: Path) -> list[Problem]:
    checked = load_and_check(root)
    problems = checked.problems
    render_site(checked.notes)  # the dev server renders whatever loaded, so this must not crash either
    return problems


def assert_clean(problems: list[Problem]) -> None:
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.path.startswith(("content", "seeds")), problem
        assert problem.line >= 0
        assert str(problem.message).strip()
        assert len(str(problem).split("\n")) == 1, problem  # a value in a message is cut to one line


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(notes=st.dictionaries(st.sampled_from(FILES), st.lists(NOTE, max_size=4), min_size=1))
def test_random_list_notes_never_crash(notes: dict[str, list[dict[str, Any]]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = dict(MINIMAL)
        for name, items in notes.items():
            files[f"content/{name}"] = yaml.safe_dump(items, allow_unicode=True)
        assert_clean(run_everything(write_project(Path(folder), files)))


@SETTINGS
@given(name=st.sampled_from(MD_FILES), front=NOTE, body=ODD_TEXT)
def test_random_markdown_notes_never_crash(name: str, front: dict[str, Any], body: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = dict(MINIMAL)
        files[f"content/{name}"] = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + body
        assert_clean(run_everything(write_project(Path(folder), files)))


@SETTINGS
@given(
    name=st.sampled_from(sorted(MINIMAL)),
    cut=st.integers(0, 400),
    insert=st.sampled_from(
        ["", "\t", ":", "- ", "[", "{", "'", '"', "\x00", "\ud7ff", "---\n", "\n  - x", "!!python/object:os.system"]
    ),
    drop_line=st.integers(0, 15),
)
def test_corrupted_real_notes_never_crash(name: str, cut: int, insert: str, drop_line: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        text = MINIMAL[name]
        lines = text.split("\n")
        if drop_line < len(lines):
            del lines[drop_line]
        text = "\n".join(lines)
        files = dict(MINIMAL)
        files[name] = text[:cut] + insert + text[cut:]
        assert_clean(run_everything(write_project(Path(folder), files)))


@SETTINGS
@given(data=st.binary(max_size=200))
def test_random_bytes_never_crash(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_project(Path(folder), MINIMAL)
        (root / "content" / "events.yml").write_bytes(data)
        (root / "content" / "actors" / "x.md").write_bytes(b"---\n" + data + b"\n---\n")
        assert_clean(run_everything(root))


# YAML written by hand, as a hostile edit would: what safe_dump never writes.
ODD_SCALARS = [
    "20:30", "0755", "1e3", ".inf", "yes", "off", "~", "null", "", "0x1F", "1_000", "[a, b]", "{a: 1}", "'it''s'",
    "&a x", "*a", "&a [x, *a]", "[*a, *a]", "!!str x", "!!python/object/apply:os.system [ls]", "|\n    two\n    lines",
    "\v", "\x00", "\x85", "\u2028", "\ufeff", "\U0010ffff", "\ufffe", "a: b", "- x", "\"a\\0b\"",
]  # fmt: skip
ODD_DATES = st.sampled_from(
    [
        "2019-00",
        "2019-03-00",
        "0000",
        "0000-01-01",
        "２０１９",
        "٢٠١٩",
        "2019-02-29",
        "2019-13-01",
        "-2019",
        "9999-12-31",
    ]
) | st.from_regex(r"[0-9]{1,5}(-[0-9]{1,3}){0,2}", fullmatch=True)
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=12)
SCALAR_TEXT = st.one_of(
    st.sampled_from(ODD_SCALARS),
    ODD_DATES,
    ANY_TEXT,  # raw: control characters and odd code points
    st.text(max_size=12).map(json.dumps),  # double-quoted escapes: \\u0000, lone surrogates \\ud800
)
KEY = st.sampled_from([*FIELDS, "order", "<<", "&k id", "*k", "? [x]", "'id'"]) | ANY_TEXT
PAIRS = st.lists(st.tuples(KEY, SCALAR_TEXT), min_size=1, max_size=8)


def front(pairs: list[tuple[str, str]], indent: str) -> str:
    """Fields as an editor types them, one `key: value` a line; a key may come twice (a fused merge)."""
    return indent.join(f"{key}: {value}" for key, value in pairs)


def assert_writable(notes: Any) -> None:
    """Every text that loaded can be written out as UTF-8, as the build writes pages."""
    for name in ("sources", "actors", "relations", "events", "quotes", "figures", "explanations", "terms"):
        for note in getattr(notes, name):
            repr(dataclasses.astuple(note)).encode("utf-8")
            str(dataclasses.astuple(note)).encode("utf-8")


@SETTINGS
@given(name=st.sampled_from(FILES), notes=st.lists(st.tuples(PAIRS, st.booleans()), min_size=1, max_size=3))
def test_hostile_yaml_lists_never_crash(name: str, notes: list[tuple[list[tuple[str, str]], bool]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        items = [front(pairs + pairs[:1] if twice else pairs, "\n  ") for pairs, twice in notes]
        files = {**MINIMAL, f"content/{name}": "".join(f"- {item}\n" for item in items)}
        root = write_project(Path(folder), files)
        assert_clean(run_everything(root))
        assert_writable(load_and_check(root).notes)


@SETTINGS
@given(name=st.sampled_from(MD_FILES), pairs=PAIRS, body=ANY_TEXT)
def test_hostile_front_matter_never_crashes(name: str, pairs: list[tuple[str, str]], body: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = {**MINIMAL, f"content/{name}": "---\n" + front(pairs, "\n") + "\n---\n" + body}
        root = write_project(Path(folder), files)
        assert_clean(run_everything(root))
        assert_writable(load_and_check(root).notes)
