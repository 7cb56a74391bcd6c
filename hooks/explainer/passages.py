"""The evidence an editor writes after a sentence: `^["words of the source"]`.

A marker is a Markdown inline note (Pandoc's `^[...]`) that stands right after
what it supports, so a sentence and its evidence sit side by side:

    The minister said the talks had stalled.^["the talks were going nowhere"]
    Both spoke in the capital.^[the-article: "the envoys met in the capital"]
    The ministry is the country's foreign office.^[context: general knowledge]
    This reads as a warning to the neighbours.^[analysis]

A passage in quote marks is the exact, unbroken words of a seed (the note's
own source, or the source id written before it). `context:` marks background
that is not from the article and says where it comes from; `analysis` marks
the explainer's own reading. Every sentence is one of the three voices.

This module only reads the markers: `read_marks` returns the text without
them and each sentence with its marks. Proving passages against the seeds is
`support.py`'s job; drawing the markers, the renderers'.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from typing import Literal

from .lang import Told, told

Voice = Literal["reporting", "context", "analysis"]
VOICES: tuple[Voice, ...] = ("reporting", "context", "analysis")
OPEN = "^["
_QUOTES = {'"': '"', "“": "”"}
_VOICE_WORDS = ("context", "analysis")
_SOURCE_ID = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*)\s*:?\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]*_]*(?=\s+(?:[\"“‘(\[*_]*[A-ZÀ-Ý0-9]|\[\[))")
"""A full stop (or ! ?), closing marks, then white space and a capital, a digit or a [[link]]."""
_ABBREVIATIONS = (
    "U.S.",
    "U.K.",
    "U.N.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "Jr.",
    "Sr.",
    "No.",
    "vs.",
    "e.g.",
    "i.e.",
)


@dataclass(frozen=True)
class Mark:
    """One marker as written."""

    voice: Voice
    words: str
    """The passage (reporting), where the context comes from, or a note on the analysis ('' if none)."""
    source: str = ""
    """The source id written before a passage; '' for the note's own sources."""
    at: int = 0
    """Where the marker stood, as an offset into the text without markers."""
    line: int = 0
    """Lines from the start of the field to the marker."""


@dataclass(frozen=True)
class Sentence:
    """One sentence as readers see it, with the marks after (or in) it."""

    text: str
    start: int
    end: int
    """Offsets into the text without markers."""
    line: int
    """Lines from the start of the field to the sentence."""
    marks: tuple[Mark, ...]
    aside: bool = False
    """A heading, a table row or HTML on its own line: not a statement, needs no voice."""

    @property
    def voice(self) -> Voice | None:
        """Reporting when it has a passage; else the voice of its first mark; None when unmarked."""
        if any(m.voice == "reporting" for m in self.marks):
            return "reporting"
        return self.marks[0].voice if self.marks else None

    @functools.cached_property
    def passages(self) -> tuple[Mark, ...]:
        return tuple(m for m in self.marks if m.voice == "reporting")


@dataclass(frozen=True)
class Marked:
    """A field's text read: without its markers, sentence by sentence."""

    text: str
    sentences: tuple[Sentence, ...]
    errors: tuple[tuple[int, Told], ...]
    """(line offset, message) for markers that could not be read."""

    @functools.cached_property
    def marks(self) -> tuple[Mark, ...]:
        return tuple(m for s in self.sentences for m in s.marks)


@functools.lru_cache(maxsize=8192)
def read_marks(text: str) -> Marked:
    """The text without its markers, its sentences and their marks, and any marker that cannot be read.

    Remembered (a Marked is frozen): fields repeat ("kind: person"), and a page's description is read
    by the check and again by the build."""
    clean: list[str] = []
    marks: list[Mark] = []
    errors: list[tuple[int, Told]] = []
    length = 0
    position = 0
    line = 0
    while True:
        found = text.find(OPEN, position)
        if found < 0:
            clean.append(text[position:])
            break
        before = text[position:found]
        clean.append(before)
        length += len(before)
        line += text.count("\n", position, found)
        read, after, error = _read_marker(text, found + len(OPEN), line)
        if error:
            errors.append((line, error))
        if read is not None:
            marks.append(Mark(*read, at=length, line=line))
        line += text.count("\n", found, after)
        position = after
    plain = "".join(clean)
    return Marked(plain, tuple(_sentences(plain, marks)), tuple(errors))


def write_marks(marked: Marked) -> str:
    """The text as an editor wrote it: each marker put back where it stood."""
    pieces: list[str] = []
    position = 0
    for mark in sorted(marked.marks, key=lambda m: m.at):
        pieces += [marked.text[position : mark.at], _written(mark)]
        position = mark.at
    pieces.append(marked.text[position:])
    return "".join(pieces)


def _written(mark: Mark) -> str:
    if mark.voice == "reporting":
        return f'^[{mark.source}: "{mark.words}"]' if mark.source else f'^["{mark.words}"]'
    return f"^[{mark.voice}: {mark.words}]" if mark.words else f"^[{mark.voice}]"


def strip_marks(text: str) -> str:
    """The text as readers see it, markers removed (for titles, descriptions and search)."""
    if OPEN not in text:
        return text
    return read_marks(text).text


_HEAD_END = re.compile('[]"“\n]')
"""What ends a marker's head: its closing bracket, a quote mark, or the end of the line."""
_Read = tuple[Voice, str, str]
"""A marker read: its voice, words and source id (Mark's first three fields)."""


def _read_marker(text: str, start: int, line: int) -> tuple[_Read | None, int, Told | None]:
    """Read one marker whose content starts at start; return it, where reading resumes, and any error."""
    stop = _HEAD_END.search(text, start)
    head_end = stop.start() if stop else len(text)
    head = text[start:head_end]
    if head.strip().lower().startswith(_VOICE_WORDS):
        head_end = text.find("]", start)  # context and analysis may quote words; they end at the first ]
        if head_end < 0:
            return None, len(text), _shown_error(text, start, told("check.passages.no-closing"))
        head = text[start:head_end]
        return _voice_mark(head), head_end + 1, _voice_error(head)
    if head_end < len(text) and text[head_end] in _QUOTES:
        closing = _QUOTES[text[head_end]]
        close = text.find(closing + "]", head_end + 1)
        if close < 0:
            return (
                None,
                head_end + 1,
                _shown_error(text, start, told("check.passages.no-closing-quote", closing=closing)),
            )
        words = " ".join(text[head_end + 1 : close].split())
        source = _SOURCE_ID.match(head.strip()) if head.strip() else None
        if head.strip() and source is None:
            return None, close + 2, told("check.passages.before-quote", head=head.strip())
        if not words:
            return None, close + 2, told("check.passages.empty")
        return ("reporting", words, source.group(1) if source else ""), close + 2, None
    if head_end >= len(text) or text[head_end] != "]":
        return None, head_end, _shown_error(text, start, told("check.passages.no-closing"))
    return _voice_mark(head), head_end + 1, _voice_error(head)


def _voice_mark(head: str) -> _Read | None:
    word, _, said = head.partition(":")
    word = word.strip().lower()
    if word in ("context", "analysis"):
        return (word, " ".join(said.split()), "")  # type: ignore[return-value]
    return None


def _voice_error(head: str) -> Told | None:
    word, _, said = head.partition(":")
    word = word.strip().lower()
    if word == "context" and not said.strip():
        return told("check.passages.bare-context")
    if word in ("context", "analysis"):
        return None
    close = difflib.get_close_matches(word, ["context", "analysis"], n=1)
    hint = told("check.passages.did-you-mean", voice=close[0]) if close else told("check.passages.quote-it")
    return told("check.passages.not-a-voice", head=head.strip()[:40], hint=hint)


def _shown_error(text: str, start: int, message: Told) -> Told:
    shown = " ".join(text[start : start + 40].split())
    return told("check.passages.at-marker", marker=shown, problem=message)


def _sentences(text: str, marks: list[Mark]) -> list[Sentence]:
    """Split text into sentences and hand each its marks; a blank line, a list item and a heading end one."""
    spans: list[tuple[int, int, bool]] = []
    for start, end, aside in _blocks(text):
        if aside:
            spans.append((start, end, True))
            continue
        first = start
        for cut in _ends(text[first:end]):
            spans.append((start, first + cut, False))
            start = first + cut
        spans.append((start, end, False))
    sentences = []
    line, counted = 0, 0
    for index, (start, end, aside) in enumerate(spans):
        chunk = text[start:end]
        words = chunk.strip()
        if not words:
            continue
        # A marker belongs to the sentence it follows: one at a sentence's end (after its full stop) included.
        upper = spans[index + 1][0] if index + 1 < len(spans) else len(text) + 1
        own = tuple(m for m in marks if start < m.at <= end or (end < m.at < upper and not text[end : m.at].strip()))
        lead = len(chunk) - len(chunk.lstrip())
        line, counted = line + text.count("\n", counted, start + lead), start + lead  # spans run forward
        sentences.append(Sentence(words, start + lead, end, line, own, aside))
    return sentences


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])\s")
_ADMONITION = re.compile(r"[ \t]*(?:!!!|\?\?\?\+?)[ \t]*[\w-]")
"""The head of an admonition or details block (`!!! note`, `??? tip "Title"`)."""
_ASIDE = re.compile(r"[ \t]*(?:#|<!--|\||!!!|\?\?\?|</?[a-z][^>]*>\s*$)")
"""Lines that are not prose: headings, HTML comments and tags alone, tables, admonition heads
(and code: fenced, or indented after a blank line)."""


def prose_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of lines in text that reads as prose: not code, a table, a heading…"""
    return [(start, end) for start, end, aside in _blocks(text) if not aside]


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, aside) of each run of lines that reads as one paragraph or list item."""
    if "\n" not in text:  # one line, as most fields are: what the loop below makes of it
        if not text.strip():
            return []
        return [(0, len(text), text.lstrip().startswith(("```", "~~~")) or bool(_ASIDE.match(text)))]
    blocks: list[tuple[int, int, bool]] = []
    offset = 0
    fenced = after_blank = admonition = False
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            blocks.append((start, start, False))  # a blank line ends the block before it
            after_blank = True
            continue
        fence = line.lstrip().startswith(("```", "~~~"))
        # An admonition's body (`!!! note`, then lines indented by four) is prose readers read, as the lines
        # are without that indent: code in it is indented by four more.
        admonition = bool(_ADMONITION.match(line)) or (admonition and (line.startswith(("    ", "\t")) or fenced))
        read = _one_indent_less(line) if admonition else line
        code = fenced or fence or (after_blank and read.startswith(("    ", "\t")) and not _LIST_ITEM.match(read))
        fenced ^= fence
        after_blank = False
        aside = code or bool(_ASIDE.match(line))
        joins = blocks and blocks[-1][1] > blocks[-1][0] and not blocks[-1][2] and not aside
        if joins and not _LIST_ITEM.match(line):
            blocks[-1] = (blocks[-1][0], end, False)
        else:
            blocks.append((start, end, aside))
    return [b for b in blocks if b[1] > b[0]]


def _one_indent_less(line: str) -> str:
    """A line of an admonition's body as the admonition reads it."""
    return line[4:] if line.startswith("    ") else line[1:] if line.startswith("\t") else line


_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")
"""J. Smith's initial."""


def _ends(block: str) -> list[int]:
    """Offsets in block just after each sentence but the last."""
    ends = []
    for match in _SENTENCE_END.finditer(block):
        before = block[: match.start()]
        # The initial's pattern ends where before does: only its last three characters can match.
        if before.endswith(_ABBREVIATIONS) or _INITIAL.search(before, max(0, len(before) - 3)):
            continue  # U.S. troops, J. Smith: not the end of a sentence
        ends.append(match.end())
    return ends
