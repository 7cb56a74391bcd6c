"""A quote is one passage of its source, long enough to mean something, next to its speaker's name.

And the closest passage shown for a misquote is found with bounded work however long the source.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from conftest import MINIMAL, write_project
from explainer import load_and_check, verbatim
from explainer.quotations import quotations

SEED = "seeds/russian-troops-in-venezuela.txt"
PERSON = """
    ---
    name: {name}
    kind: person
    role: Someone the article quotes
    side: neutral
    sources: [the-week]
    ---
    """
PEOPLE = {
    "michael-penfold-becerra": "Michael Penfold-Becerra",
    "jose-rafael-torrealba-perez": "Jose Rafael Torrealba Perez",
    "sergey-lavrov": "Sergey Lavrov",
}


def quote_problems(tmp_path: Path, speaker: str, text: str) -> list[str]:
    people = {f"content/actors/{id_}.md": PERSON.format(name=name) for id_, name in PEOPLE.items()}
    quote = f"- id: a-quote\n  speaker: {speaker}\n  text: {text!r}\n  sources: [the-week]\n"
    root = write_project(tmp_path, {**MINIMAL, **people, "content/quotes.yml": quote})
    return [str(p) for p in load_and_check(root, sourcing=False).problems]


def pieces_apart(what: str, text: str) -> str:
    return f"content/quotes.yml:3: text: quote {what} in {SEED}: {text!r}; quote one passage, or make two quotes"


ONE_WORD = (
    "content/quotes.yml:3: text: a single word cannot stand as a quote: {}; say it in a note's own "
    'sentence, the word in quotation marks, with its passage: She called it "premature".^["…"]'
)


def too_short(shown: str) -> str:
    return (
        f"content/quotes.yml:3: text: too short to quote: {shown}; quote at least 3 words either side of a cut, "
        "or all that the source holds between one pair of quote marks"
    )


def not_named(name: str, text: str) -> str:
    return (
        f"content/quotes.yml:2: speaker: speaker {name!r} (or an alias) is not named next to this passage in {SEED}: "
        f"{text!r}; check the speaker, or add the name the source gives them to the actor's aliases"
    )


ELISION_ACROSS_PARAGRAPHS = "Military experts are there … to oust Maduro"
ELISION_ACROSS_QUOTATIONS = "China seems to be reducing its importance … too small to make a difference."
NARRATION_ACROSS_PARAGRAPHS = "Some analysts suspect that Russia … Other experts believe Russia is merely trying"
RUN_ACROSS_PARAGRAPHS = "South American country. “Military experts are there"
RUN_ACROSS_QUOTATIONS = "to a record low of 33.4%”, adding that “for his old friend"
SHORT_PIECE = "As long as they need … needs."
NOT_THREATENING = "Russia is not changing the balance of forces in the region and is not threatening anyone."
AS_LONG = "As long as they need. As long as the Venezuelan government needs."

CASES = [
    # (what it shows, speaker, text, problems)
    ("a cut joins two people's words", "maria-zakharova", ELISION_ACROSS_PARAGRAPHS,
     [pieces_apart("pieces come from different paragraphs", ELISION_ACROSS_PARAGRAPHS)]),
    ("a cut joins two quotations of one paragraph", "michael-penfold-becerra", ELISION_ACROSS_QUOTATIONS,
     [pieces_apart("pieces come from different quotations or sentences", ELISION_ACROSS_QUOTATIONS)]),
    ("a cut joins narration of two paragraphs", "russia", NARRATION_ACROSS_PARAGRAPHS,
     [pieces_apart("pieces come from different paragraphs", NARRATION_ACROSS_PARAGRAPHS)]),
    ("words run on into the next paragraph", "maria-zakharova", RUN_ACROSS_PARAGRAPHS,
     [pieces_apart("runs across paragraphs", RUN_ACROSS_PARAGRAPHS)]),
    ("words run out of one quotation into another", "nicolas-maduro", RUN_ACROSS_QUOTATIONS,
     [pieces_apart("runs across quotations or sentences", RUN_ACROSS_QUOTATIONS)]),
    ("one word", "maria-zakharova", "the", [ONE_WORD.format("'the'")]),
    ("two words out of a longer quotation", "maria-zakharova", "Military experts", [too_short("'Military experts'")]),
    ("a piece of one word", "maria-zakharova", SHORT_PIECE, [too_short(f"{SHORT_PIECE!r} (the piece 'needs.')")]),
    ("'Russia' inside the quote marks does not attribute it", "russia", NOT_THREATENING, [not_named("Russia", NOT_THREATENING)]),
    ("'she replied' points back to Zakharova, not Maduro", "nicolas-maduro", AS_LONG,
     [not_named("Nicolás Maduro", AS_LONG)]),
    ("a cut inside one quotation", "maria-zakharova", "Military experts are there … provisions of military-technical",
     []),
    ("a paraphrase inside one sentence, without quote marks", "nicolas-maduro",
     "the crisis is the result of economic sabotage by the US", []),
    ("a word the source itself quotes alone: still one word", "sergey-lavrov", "arrogant",
     [ONE_WORD.format("'arrogant'")]),
    ("straight apostrophe for the source's curly one", "michael-penfold-becerra",
     "But it's still too small to make a difference.", []),
    ("'he stressed' after the newsletter boxes points back to the attache", "jose-rafael-torrealba-perez",
     "The presence of the Russian military is in no way related", []),
    ("the speaker named by surname only", "maria-zakharova", NOT_THREATENING, []),
]  # fmt: skip


@pytest.mark.parametrize(("speaker", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_quote_is_one_passage_next_to_its_speaker(
    tmp_path: Path, speaker: str, text: str, expected: list[str]
) -> None:
    assert quote_problems(tmp_path, speaker, text) == expected


QUOTATIONS = [
    # (paragraph, what stands between its quote marks)
    ("Russia’s envoy said “we stay” and left.", ["we stay"]),
    ('Russia\'s envoy said "we stay" and left.', ["we stay"]),
    ("The Week's editor said 'it's over' today.", ["it's over"]),
    ("He called it ‘a disgrace’, the countries’ leaders said.", ["a disgrace"]),
    ("The countries’ leaders met. Don’t ’em", []),
    ("“He said ‘no’ to us,” she said.", ["He said 'no' to us,"]),
    ('She said "yes." Then «no».', ["yes.", "no"]),
    ("“A quotation that goes on runs to the end of its paragraph\n\nwhere it stops.", [
        "A quotation that goes on runs to the end of its paragraph",
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "quoted"), QUOTATIONS)
def test_quotations_with_curly_or_straight_marks_not_apostrophes(source: str, quoted: list[str]) -> None:
    assert [p.text for p in quotations(source) if p.quoted] == quoted


def test_outside_quote_marks_a_passage_is_a_sentence_of_one_paragraph() -> None:
    source = "Mr. Smith went to Washington. He said “so” there!\nThe U.S. agreed."
    assert [(p.text, p.paragraph) for p in quotations(source) if not p.quoted] == [
        ("Mr. Smith went to Washington.", 0),
        ("He said", 0),
        ("there!", 0),
        ("The U.S. agreed.", 1),
    ]


DAILY_BEAST = (
    "similar to the one [Putin] played with the Obama administration in Syria, first offering help to solve a crisis, "
    "then moving (together with Iran) to support an infamous ally in a campaign to crush his enemies"
)
CLOSEST = [
    # (misquote, the passage of the real seed shown for it)
    (
        "the presense of Russian military is in no way related",
        "The presence of the Russian military is in no way related",
    ),
    ("more then routine", "more than routine"),
    ("arogant", "arrogant"),  # not one word in common
    (DAILY_BEAST.replace("[", "").replace("]", "").replace("(", "").replace(")", ""), DAILY_BEAST),
    ("qqq zzz", ""),
]


@pytest.mark.parametrize(("misquote", "closest"), CLOSEST)
def test_closest_passage_in_the_real_seed(misquote: str, closest: str) -> None:
    source = (Path(__file__).parent.parent / SEED).read_text(encoding="utf-8")
    assert verbatim.closest_passage(misquote, source) == closest


VOCABULARY = ["the", "government", "said", "its", "forces", "would", "stay", "in", "region", "while", "talks", "on"]
"""Few words, so runs of them repeat often: the hard case for finding a passage by its words."""
WORK_LIMIT = 200
"""Comparisons a closest-passage search may make: a comparison at each word of 1 MB is ~170,000."""


class _CountedMatcher(SequenceMatcher[str]):
    """Counts comparisons, and fails the test once there are too many (a slow search fails fast)."""

    comparisons = 0

    def ratio(self) -> float:
        return self._counted(super().ratio)

    def quick_ratio(self) -> float:
        return self._counted(super().quick_ratio)

    def real_quick_ratio(self) -> float:
        return self._counted(super().real_quick_ratio)

    @classmethod
    def _counted(cls, compare: Callable[[], float]) -> float:
        cls.comparisons += 1
        if cls.comparisons > WORK_LIMIT:
            raise AssertionError(f"more than {WORK_LIMIT} comparisons: the search grows with the source")
        return compare()


def test_closest_passage_in_a_megabyte_does_bounded_work(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)  # noqa: S311 - reproducible test data, not secrets
    paragraphs, size = [], 0
    while size < 1_000_000:
        paragraphs.append(" ".join(" ".join(rng.choices(VOCABULARY, k=20)).capitalize() + "." for _ in range(4)))
        size += len(paragraphs[-1]) + 2
    source = "\n\n".join(paragraphs)
    start = source.index(" ", 2 * len(source) // 3) + 1
    passage = source[start : source.rindex(" ", start, start + 430)]
    words = passage.split()
    for i in (3, 30, 60):
        words[i] = words[i][:2] + words[i][1:]  # a typo: a letter doubled
    monkeypatch.setattr(verbatim, "SequenceMatcher", _CountedMatcher)
    assert verbatim.closest_passage(" ".join(words), source) == verbatim.normalise(passage)
    assert 0 < _CountedMatcher.comparisons <= WORK_LIMIT


def test_the_closest_passage_of_a_quote_longer_than_what_is_left_of_the_source_runs_to_its_end() -> None:
    # The window a long quote asks for runs past the source's last word: never an error, the end instead.
    assert verbatim.closest_passage(
        "envoys had left for good and never came back again", "and that 42 envoys had left."
    ) == ("envoys had left")
