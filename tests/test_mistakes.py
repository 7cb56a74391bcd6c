"""Every kind of editing mistake gives one clear problem naming the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, write_project
from explainer import load_and_check, load_notes
from explainer.load import MAX_NOTE_BYTES


def problems_for(tmp_path: Path, changes: dict[str, str | None]) -> list[str]:
    files = {**MINIMAL, **{k: v for k, v in changes.items() if v is not None}}
    for name, text in changes.items():
        if text is None:
            files.pop(name)
    root = write_project(tmp_path, files)
    return [str(p) for p in load_and_check(root, sourcing=False).problems]


QUOTE = """
    - id: zakharova-as-long
      speaker: {speaker}
      text: "{text}"
      sources: [the-week]
    """


def test_the_minimal_notes_have_no_problems(tmp_path: Path) -> None:
    assert problems_for(tmp_path, {}) == []


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    bad = "- id: a\n  subject: russia\n   type: supports\n"
    assert problems_for(tmp_path, {"content/relations.yml": bad}) == [
        "content/relations.yml:3: YAML could not be read: mapping values are not allowed here; "
        "check indentation, and quote text that holds ':' or starts with a symbol"
    ]


def test_front_matter_that_is_not_closed(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"content/actors/russia.md": "---\nname: Russia\n"})
    assert "content/actors/russia.md:1: front matter is not closed: add a `---` line after the fields" in problems


def test_missing_required_field(tmp_path: Path) -> None:
    bad = "- id: servicemen\n  value: '100'\n  sources: [the-week]\n"
    assert problems_for(tmp_path, {"content/figures.yml": bad}) == [
        "content/figures.yml:1: label: missing required field: add `label: ...` (What the number counts, in a short phrase.)"
    ]


def test_wrong_type(tmp_path: Path) -> None:
    bad = "- id: servicemen\n  value: '100'\n  label: {a: 1}\n  sources: [the-week]\n"
    assert problems_for(tmp_path, {"content/figures.yml": bad}) == [
        "content/figures.yml:3: label: expected text, found a set of fields {'a': '1'}"
    ]


def test_unknown_field_suggests_the_right_one(tmp_path: Path) -> None:
    bad = "- id: servicemen\n  value: '100'\n  label: troops\n  soruces: [the-week]\n"
    problems = problems_for(tmp_path, {"content/figures.yml": bad})
    assert "content/figures.yml:4: soruces: unknown field: did you mean `sources`?" in problems


def test_a_date_that_is_not_a_date(tmp_path: Path) -> None:
    bad = "- id: landing\n  date: 2019-02-30\n  title: Landing\n  sources: [the-week]\n"
    assert problems_for(tmp_path, {"content/events.yml": bad}) == [
        "content/events.yml:2: date: '2019-02-30' is not a date: write 2019, 2019-03 or 2019-03-25, "
        "only as precise as the source"
    ]


def test_a_date_later_than_the_source_allows(tmp_path: Path) -> None:
    bad = "- id: landing\n  date: 2019-04-02\n  title: Landing\n  sources: [the-week]\n"
    assert problems_for(tmp_path, {"content/events.yml": bad}) == [
        "content/events.yml:2: date: 2019-04-02 is later than its sources were published (March 2019): "
        "write the date only as precisely as the source allows"
    ]


@pytest.mark.parametrize("bad_id", ["../etc", "two words", "a/b", "Caps", ""])
def test_ids_must_be_plain_slugs(tmp_path: Path, bad_id: str) -> None:
    bad = f"- id: '{bad_id}'\n  date: '2019'\n  title: Landing\n  sources: [the-week]\n"
    assert problems_for(tmp_path, {"content/events.yml": bad}) == [
        f"content/events.yml:1: id: {bad_id!r} is not a plain id: use lower-case letters, digits and "
        "single hyphens (army-chief)"
    ]


def test_duplicate_ids(tmp_path: Path) -> None:
    one = "- id: landing\n  date: '2019'\n  title: Landing\n  sources: [the-week]\n"
    assert problems_for(tmp_path, {"content/events.yml": one + one.replace("- id", "\n- id")}) == [
        "content/events.yml:6: id: event 'landing' is already used at content/events.yml:1: pick another id"
    ]


def test_reference_to_a_missing_actor(tmp_path: Path) -> None:
    bad = "- id: r\n  subject: russia\n  type: supports\n  object: maduro\n  sources: [the-week]\n"
    [problem] = problems_for(tmp_path, {"content/relations.yml": bad})
    assert problem.startswith("content/relations.yml:4: object: no actor with id 'maduro': add content/actors/maduro")


def test_reference_to_a_missing_source(tmp_path: Path) -> None:
    bad = "- id: servicemen\n  value: '100'\n  label: troops\n  sources: [the-weak]\n"
    problems = problems_for(tmp_path, {"content/figures.yml": bad})
    assert problems[0].startswith("content/figures.yml:4: sources: no source with id 'the-weak'")


def test_wiki_link_to_a_missing_term(tmp_path: Path) -> None:
    text = MINIMAL["content/actors/russia.md"].replace("backs [[", "backs [[term:sanctionz]] and [[")
    assert problems_for(tmp_path, {"content/actors/russia.md": text}) == [
        "content/actors/russia.md:9: body: [[term:sanctionz]] links to no term: check the id"
    ]


def test_relation_to_itself(tmp_path: Path) -> None:
    bad = "- id: r\n  subject: russia\n  type: supports\n  object: russia\n  sources: [the-week]\n"
    assert problems_for(tmp_path, {"content/relations.yml": bad}) == [
        "content/relations.yml:4: object: a relation of type 'supports' links 'russia' to itself: give `object` another actor's id"
    ]


def test_quote_speaker_must_be_an_actor(tmp_path: Path) -> None:
    text = "As long as they need. As long as the Venezuelan government needs."
    problems = problems_for(tmp_path, {"content/quotes.yml": QUOTE.format(speaker="zakharova", text=text)})
    assert problems[0].startswith("content/quotes.yml:2: speaker: no actor with id 'zakharova'")


def test_quote_not_word_for_word_shows_the_closest_passage(tmp_path: Path) -> None:
    slip = "As long as they need. As long as the Venezuelan goverment needs."
    problems = problems_for(tmp_path, {"content/quotes.yml": QUOTE.format(speaker="maria-zakharova", text=slip)})
    assert problems == [
        "content/quotes.yml:3: text: quote not found word for word in seeds/russian-troops-in-venezuela.txt: "
        f"{slip!r}; closest passage: 'As long as they need. As long as the Venezuelan government needs.'"
    ]


def test_quote_typography_and_elisions_are_forgiven(tmp_path: Path) -> None:
    text = "As long as they need … the Venezuelan government needs."
    assert problems_for(tmp_path, {"content/quotes.yml": QUOTE.format(speaker="maria-zakharova", text=text)}) == []
    curly = "Russia is not changing the balance of forces in the region and is not threatening anyone."
    assert problems_for(tmp_path, {"content/quotes.yml": QUOTE.format(speaker="maria-zakharova", text=curly)}) == []


def test_figure_must_stand_in_the_source(tmp_path: Path) -> None:
    bad = "- id: servicemen\n  value: '1000'\n  label: troops\n  sources: [the-week]\n"
    assert problems_for(tmp_path, {"content/figures.yml": bad}) == [
        "content/figures.yml:2: value: '1000' does not appear in seeds/russian-troops-in-venezuela.txt: "
        "write it as the source does"
    ]


def test_every_note_cites_a_source(tmp_path: Path) -> None:
    bad = "- id: servicemen\n  value: '100'\n  label: troops\n  sources: []\n"
    problems = problems_for(tmp_path, {"content/figures.yml": bad})
    assert "content/figures.yml:4: sources: cite at least one source: `sources: [source-id]`" in problems


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    root = write_project(tmp_path, MINIMAL)
    (root / "content/actors/russia.md").write_bytes(b"---\nname: Rusia\nrole: caf\xe9\n---\n")
    loaded = load_notes(root / "content", root / "seeds", root)
    assert [str(p) for p in loaded.problems] == [
        "content/actors/russia.md:3: not UTF-8 text (byte 0xe9): save the file as UTF-8"
    ]


def test_empty_file(tmp_path: Path) -> None:
    assert "content/events.yml: file is empty: write the note or delete the file" in problems_for(
        tmp_path, {"content/events.yml": "\n"}
    )


def test_empty_content_folder(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    loaded = load_notes(tmp_path / "content", tmp_path / "seeds", tmp_path)
    assert [str(p) for p in loaded.problems] == [
        "content: no notes found: add notes under content/ (see the editor's guide)"
    ]


def test_very_large_file_is_refused_unread(tmp_path: Path) -> None:
    root = write_project(tmp_path, MINIMAL)
    with (root / "content/events.yml").open("wb") as handle:
        handle.truncate(50_000_000)
    loaded = load_notes(root / "content", root / "seeds", root)
    assert [str(p) for p in loaded.problems] == [
        f"content/events.yml: file is 50,000,000 bytes, over the {MAX_NOTE_BYTES:,} limit: is it the right file?"
    ]


def test_a_file_outside_the_kinds(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"content/people/x.md": "---\nname: X\n---\n"})
    assert problems[0].startswith("content/people/x.md: not a kind of note: put it in one of content/sources/")


def test_front_matter_fields_are_named_by_their_file_line(tmp_path: Path) -> None:
    text = MINIMAL["content/actors/russia.md"].replace("role:", "rol:")
    assert problems_for(tmp_path, {"content/actors/russia.md": text}) == [
        "content/actors/russia.md:4: rol: unknown field: did you mean `role`?"
    ]


def test_bad_yaml_in_front_matter_names_the_file_line(tmp_path: Path) -> None:
    text = MINIMAL["content/actors/russia.md"].replace("side: maduro", "side: [maduro")
    [problem] = problems_for(tmp_path, {"content/actors/russia.md": text})
    assert problem.startswith("content/actors/russia.md:5: YAML could not be read:")


def test_a_marker_in_an_unquoted_value_says_to_quote_it(tmp_path: Path) -> None:
    text = MINIMAL["content/actors/nicolas-maduro.md"].replace(
        "role: President of Venezuela^", "role: President^[context: general knowledge] of Venezuela^"
    )
    assert problems_for(tmp_path, {"content/actors/nicolas-maduro.md": text}) == [
        "content/actors/nicolas-maduro.md:4: YAML could not be read: mapping values are not allowed here; "
        "a value with a ^[…] marker in it goes in quotes, or on the next lines after `>-`"
    ]
