"""English: the words the sourcing check reads in sentences and passages (see reading.py)."""

from __future__ import annotations

from .en import WORDS
from .reading import Reading

READING = Reading(
    months=tuple(WORDS[f"month.{month}"] for month in range(1, 13)),  # as the pages write them
    months_capitalised=True,
    hedges=(
        ("appears", "appear", "appeared", "apparently", "seems", "seem", "seemed", "seemingly"),
        ("may", "might", "could", "possibly", "perhaps", "likely"),
        ("some", "several", "many", "other"),
        ("suspect", "suspects", "believe", "believes", "think", "thinks", "suggests", "suggest", "fears", "fear"),
        ("reportedly", "alleged", "allegedly", "claims", "claimed", "claim"),
    ),
    month_not_hedge=r"\bMay(?=\s+\d)|(?<=\d\s)May\b",
    cues=(
        "according to",
        "says",
        "say",
        "said",
        "saying",
        "reports",
        "reported",
        "told",
        "argues",
        "argued",
        "claims",
        "claimed",
        "insists",
        "insist",
        "insisted",
        "believes",
        "believe",
        "suggests",
        "suggest",
        "suggested",
        "stressed",
        "replied",
        "added",
        "wrote",
        "called",
        "dubbed",
        "describes",
        "described",
    ),
    speaker_after=("according to",),
    speaker_after_quote=("says", "said", "reported", "added", "wrote", "told"),
    relative=("that", "who", "which"),
    stop_words=(
        "a able about across after all almost also am among an and any are as at be because been but by can cannot "
        "could dear did do does either else ever every for from get got had has have he her hers him his how "
        "however i if in into is it its just least let like likely may me might most must my neither no nor not of "
        "off often on only or other our own rather said say says she should since so some than that the their them "
        "then there these they this tis to too twas us wants was we were what when where which while who whom why "
        "will with would yet you your"
    ),
    never_names=(
        "i",
        "a",
        "the",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "this",
        "that",
        "these",
        "those",
        "there",
        "in",
    ),
)
