"""Every sentence readers see is in a voice, and reporting is proven: the check over notes and pages."""

from __future__ import annotations

from pathlib import Path

from conftest import MINIMAL, write_project
from explainer import load_and_check

NO_PASSAGE = (
    'has no passage: add ^["the source\'s exact words"] after it, '
    "or mark it ^[context: where it comes from] or ^[analysis]"
)


def problems(tmp_path: Path, changes: dict[str, str]) -> list[str]:
    return [str(p) for p in load_and_check(write_project(tmp_path, {**MINIMAL, **changes})).problems]


def test_the_shared_notes_are_fully_sourced_and_counted(tmp_path: Path) -> None:
    checked = load_and_check(write_project(tmp_path, MINIMAL))
    assert checked.problems == []
    assert checked.coverage.line("en") == (
        # MINIMAL's notes, and the project's own story note: its intro, page descriptions and card.
        "Reporting sentences with passages: 8 of 8 (100 %); context: 1; analysis: 8; flags: 0."
    )


def test_a_sentence_with_no_passage_and_a_side_with_none_are_refused(tmp_path: Path) -> None:
    russia = MINIMAL["content/actors/russia.md"]
    russia = russia.replace("side: maduro ^", "side: maduro\n        stance: Backs Maduro.\n        x: ^").replace(
        "        x: ^", "        # "
    )
    assert problems(tmp_path, {"content/actors/russia.md": russia}) == [
        "content/actors/russia.md:5: side: side 'maduro' is a claim: add the passage that shows it, "
        '`side: maduro ^["…"]`',
        f"content/actors/russia.md:6: stance: 'Backs Maduro.' {NO_PASSAGE}",
    ]


def test_who_argues_an_explanation_must_be_named_in_its_passages(tmp_path: Path) -> None:
    explanation = """
        ---
        title: A base^[analysis]
        summary: >-
          Some analysts suspect Russia may be setting up a base.^["Some analysts suspect that Russia may be
          attempting to set up a base in Venezuela"]
        sources: [the-week]
        argued_by: [maria-zakharova]
        ---
        """
    assert problems(tmp_path, {"content/explanations/a-base.md": explanation}) == [
        "content/explanations/a-base.md:7: argued_by: no passage of this note names 'Maria Zakharova': "
        "cite the words that credit them"
    ]


def test_an_evidence_point_is_proven_against_its_own_source(tmp_path: Path) -> None:
    second = """
        ---
        name: The Second Article
        kind: article
        date: "2019-04"
        seed: second.txt
        ---
        A second article.^[context: made up for this test]
        """
    explanation = """
        ---
        title: Talks^[analysis]
        summary: Russia sent troops.^["photographs showed nearly 100 Russian servicemen"]
        sources: [the-week]
        evidence_for:
          - text: The talks stalled.^["the talks were going nowhere"]
            sources: [second]
        ---
        """
    root = write_project(
        tmp_path, {**MINIMAL, "content/sources/second.md": second, "content/explanations/t.md": explanation}
    )
    (root / "seeds/second.txt").write_text("An envoy said the talks were going nowhere at all.\n", encoding="utf-8")
    assert [str(p) for p in load_and_check(root).problems] == []


def test_a_hand_written_page_and_its_description_are_held_to_their_passages(tmp_path: Path) -> None:
    page = (
        "---\ndescription: About 100 Russian servicemen landed.\n---\n\n# Home\n\n"
        'Officials confirmed it.^["Officials from Russia and Venezuela have for the first time"]\n\n'
        "They came to stay.\n"
    )
    root = write_project(tmp_path, {**MINIMAL, "docs/index.md": page})
    assert [str(p) for p in load_and_check(root).problems] == [
        f"docs/index.md:2: description: 'About 100 Russian servicemen landed.' {NO_PASSAGE}",
        f"docs/index.md:9: 'They came to stay.' {NO_PASSAGE}",
    ]


def test_an_admonitions_body_is_prose_held_to_its_passages_and_code_in_it_is_not(tmp_path: Path) -> None:
    page = (
        '# Home\n\n!!! note "A title"\n\n    Russia sent its whole army.\n\n        code in the note\n\n'
        '    Officials confirmed it.^["Officials from Russia and Venezuela have for the first time"]\n\n'
        "Plain claim here.\n\n    indented code\n"
    )
    root = write_project(tmp_path, {**MINIMAL, "docs/index.md": page})
    assert [str(p) for p in load_and_check(root).problems] == [
        f"docs/index.md:5: 'Russia sent its whole army.' {NO_PASSAGE}",
        f"docs/index.md:11: 'Plain claim here.' {NO_PASSAGE}",
    ]


def test_an_abbreviation_on_a_hand_written_page_is_sent_to_a_term_note(tmp_path: Path) -> None:
    """Its tooltip would be a sentence readers see with no room for its evidence; in a code block it is shown."""
    page = (
        "# Home\n\nNATO met.^[context: general knowledge]\n\n*[NATO]: North Atlantic Treaty Organization^[context]\n\n"
        "```markdown\n*[ABC]: shown as the syntax\n```\n\n*[UN] : United Nations\n"
    )
    root = write_project(tmp_path, {**MINIMAL, "docs/index.md": page})
    advice = (
        "gives a tooltip on this page only, where no evidence can show: write it as a term note instead "
        "(`make new KIND=term ID=…`), whose tooltip shows on every page and whose sources the glossary lists"
    )
    assert [str(p) for p in load_and_check(root).problems] == [
        f"docs/index.md:5: `*[NATO]: …` {advice}",
        f"docs/index.md:11: `*[UN]: …` {advice}",
    ]


def test_make_new_placeholders_are_left_to_the_unfinished_list(tmp_path: Path) -> None:
    unfinished = (
        MINIMAL["content/actors/maria-zakharova.md"]
        .replace("role: Spokeswoman^", 'role: "TODO: who they are"\n        x: ^')
        .replace("        x: ^", "        # ")
    )
    assert problems(tmp_path, {"content/actors/maria-zakharova.md": unfinished}) == []


def test_the_open_data_carries_every_sentence_with_its_voice_and_passages_so_anyone_can_recheck(
    tmp_path: Path,
) -> None:
    from explainer.export import notes_as_data
    from explainer.verbatim import normalise

    notes = load_and_check(write_project(tmp_path, MINIMAL)).notes
    data = notes_as_data(notes)
    [russia] = [a for a in data["actors"] if a["id"] == "russia"]
    assert russia["sentences"] == [
        {
            "field": "role",
            "text": "Sent troops",
            "voice": "reporting",
            "passages": [
                {"source": "the-week", "words": "photographs showed nearly 100 Russian servicemen disembarking"}
            ],
        },
        {
            "field": "body",
            "text": "Russia backs [[nicolas-maduro|Maduro]].",
            "voice": "reporting",
            "passages": [
                {
                    "source": "the-week",
                    "words": "Moscow was increasing its support for Venezuela’s president, Nicolás Maduro",
                }
            ],
        },
    ]
    [week] = data["sources"]
    assert week["sentences"] == [
        {"field": "body", "text": "The article.", "voice": "context", "passages": [], "basis": "this source note"}
    ]
    seeds = {s.id: normalise(notes.seeds[s.seed]) for s in notes.sources if s.seed}
    for kind in ("actors", "relations", "figures"):
        for item in data[kind]:
            for sentence in item["sentences"]:
                for passage in sentence["passages"]:
                    assert normalise(passage["words"]) in seeds[passage["source"]]
