"""What support.py remembers of a sentence is asked again only with the same words, names and language.

drift and attribution remember their findings on the name index, which every mapping holding the same
names shares: a second question that differs in anything the answer depends on must not get the first
answer.
"""

from __future__ import annotations

from explainer.passages import read_marks
from explainer.support import Names, attribution, drift

KNOWN = {"cnn": ("CNN",), "time": ("Time",)}


def findings(text: str, names: Names, language: str = "en") -> list[str]:
    (sentence,) = read_marks(text).sentences
    return [str(f) for f in drift(sentence, names, language) + attribution(sentence, names, language)]


def test_the_words_a_note_allows_are_part_of_what_is_remembered() -> None:
    said = 'It happened in March 2019.^["it happened then"]'
    assert findings(said, Names(dict(KNOWN))) == [
        "the number 2019 is not in its passages",
        "the date word 'March' is not in its passages",
    ]
    assert findings(said, Names(dict(KNOWN), frozenset({"march", "2019"}))) == []


def test_a_mapping_with_other_names_gets_its_own_answer() -> None:
    said = 'Time said the talks had stalled.^["the talks had stalled, CNN said"]'
    unnamed = "says 'Time' said it, but no passage names 'Time': cite the passage that does"
    assert findings(said, Names(dict(KNOWN))) == [
        unnamed,
        "its passage gives these words to 'CNN': name 'CNN' in the sentence",
    ]
    assert findings(said, Names({"time": ("Time",)})) == [unnamed]  # CNN is no one it knows
    renamed = {"cnn": ("Cable News Network",), "time": ("Time",)}  # the same ids, another name for one
    assert findings(said, Names(renamed)) == [unnamed]
    assert findings(said, Names(dict(KNOWN)))[1:] == [
        "its passage gives these words to 'CNN': name 'CNN' in the sentence"
    ]


def test_the_language_read_in_is_part_of_what_is_remembered() -> None:
    said = 'It may be so.^["it may be so"]'
    assert findings(said, Names(dict(KNOWN)), "en") == []
    assert findings('It is so.^["it may be so"]', Names(dict(KNOWN)), "en") == [
        "drops the passage's hedge 'may': keep it (or a word like it)"
    ]
    assert findings('It is so.^["it may be so"]', Names(dict(KNOWN)), "es") == []
    credited = 'Time said the talks had stalled.^["the talks had stalled, CNN said"]'
    assert len(findings(credited, Names(dict(KNOWN)), "en")) == 2
    assert findings(credited, Names(dict(KNOWN)), "es") == []  # "said" gives no one words in Spanish
