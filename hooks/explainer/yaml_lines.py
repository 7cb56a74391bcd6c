"""Safe YAML that remembers the line of every key and keeps scalars as written.

Notes are built from YAML's events, not from YAML's own types: a plain
(unquoted) scalar reaches the loader as the text written, a `Plain`, so
`title: 20:30` stays "20:30" and `role: 0755` stays "0755" rather than YAML
1.1's 1230 and 493; convert.py gives each field its type. Only an empty value,
`~` or `null` means "not written" (None).

What editors never need, and a hostile edit would use, is refused before
anything is built: anchors and aliases (an alias bomb expands to gigabytes),
merge keys, tags, a key written twice in one mapping (the last would win
unseen), a second document, nesting deeper than MAX_DEPTH, and an escape that
makes a character no file may hold (a lone surrogate cannot even be written
out as UTF-8, and would fail the build's writing of pages).

libyaml's parser reads a file where it reads it as PyYAML would, which is much
faster; PyYAML's reads the rest and gives the messages editors see when YAML
cannot be read. Both feed the same builder, so both refuse the same things.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable
from typing import Any

import yaml

from .lang import DEFAULT, TABLES, Told, told
from .problems import Problem, shown

MAX_DEPTH = 100
"""No note needs more than a few levels; deeper YAML is refused unbuilt."""
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
"""Plain scalars that mean 'not written', as YAML 1.1 reads them."""
_PYYAML_ONLY = ("\t", "\ufeff", "!")
"""libyaml reads tabs, stray byte-order marks and tags differently from PyYAML: PyYAML reads text with any."""
_FAST_LOADER: type[Any] = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # PyYAML may be built without libyaml
_UNPRINTABLE = yaml.reader.Reader.NON_PRINTABLE
"""What YAML refuses in a file (NUL, lone surrogates …): refused too when a "\\0" or "\\ud800" escape makes it."""
_YAML_TAG = "tag:yaml.org,2002:"


class LineMap(dict[str, Any]):
    """A YAML mapping that remembers its own line and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


class Plain(str):
    """A scalar written without quotes, exactly as written: text until a field's type reads it."""

    __slots__ = ()


class _Refused(Exception):
    """Stop reading a file: what follows must not be built."""


def parse_yaml(text: str, rel: str, offset: int, problems: list[Problem]) -> Any:
    """The YAML in text, or None with problems naming the lines (offset: lines before text)."""
    fast = _FAST_LOADER is not yaml.BaseLoader and not any(mark in text for mark in _PYYAML_ONLY)
    for loader in (_FAST_LOADER, yaml.BaseLoader) if fast else (yaml.BaseLoader,):
        builder = _Builder(rel, offset)
        try:
            data = builder.build(yaml.parse(text, Loader=loader))
        except _Refused:
            data = None
        except yaml.YAMLError as err:
            if loader is not yaml.BaseLoader:
                continue  # read it again with PyYAML, for the message editors see
            problems.append(_unreadable(err, text, rel, offset))
            return None
        problems += builder.problems
        return None if builder.problems else data
    raise AssertionError("unreachable: PyYAML either reads the text or raises")


def _unreadable(err: yaml.YAMLError, text: str, rel: str, offset: int) -> Problem:
    if isinstance(err, yaml.reader.ReaderError) and isinstance(err.character, int):
        line = offset + text.count("\n", 0, err.position) + 1
        return Problem(rel, line, "", told("check.yaml.character", code=f"U+{err.character:04X}"))
    mark = getattr(err, "problem_mark", None)
    line = offset + mark.line + 1 if mark is not None else offset + 1
    what = _pyyaml_words(getattr(err, "problem", None) or str(err))
    context = getattr(err, "context", None)
    context_mark = getattr(err, "context_mark", None)
    detail: Told | str = what
    if context and context_mark is not None:
        at_line = offset + context_mark.line + 1
        detail = told("check.yaml.detail-at", what=what, context=_pyyaml_words(context), line=at_line)
    elif context:
        detail = told("check.yaml.detail", what=what, context=_pyyaml_words(context))
    lines = text.split("\n")
    at = line - offset - 1
    if 0 <= at < len(lines) and "^[" in lines[at]:  # `role: Spokesman^[context: …]`: the marker's colon
        return Problem(rel, line, "", told("check.yaml.unreadable-marker", detail=detail))
    return Problem(rel, line, "", told("check.yaml.unreadable", detail=detail))


def _one_line(words: str) -> str:
    return " ".join(words.split())


def _pyyaml_words(words: str) -> Told | str:
    """PyYAML's words (what it found, and while doing what) on one line, kept as the key the language tables
    give them (check.yaml.pyyaml.*, whose English is PyYAML's own); words they lack are shown as written."""
    line = _one_line(words)
    for pattern, key in _pyyaml_patterns():
        if found := pattern.fullmatch(line):
            return Told(key, tuple(found.groupdict().items()))
    return line


@functools.cache
def _pyyaml_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each of PyYAML's sentences the English table holds, as a pattern that finds its {names}."""
    patterns = []
    for key, template in TABLES[DEFAULT].items():
        if key.startswith("check.yaml.pyyaml."):
            parts = string.Formatter().parse(template)
            written = "".join(re.escape(text) + (f"(?P<{name}>.+)" if name else "") for text, name, _, _ in parts)
            patterns.append((re.compile(written), key))
    return tuple(patterns)


_NO_KEY = object()
_SKIP = object()


class _Builder:
    """Build lists, LineMaps, Plain and quoted text from YAML events, refusing what notes never hold."""

    def __init__(self, rel: str, offset: int) -> None:
        self.rel = rel
        self.offset = offset
        self.problems: list[Problem] = []
        self.root: Any = None
        self.stack: list[list[Any]] = []
        """Open collections, innermost last: [list or LineMap, the key awaiting its value or _NO_KEY]."""

    def build(self, events: Iterable[Any]) -> Any:
        documents = 0
        for event in events:
            kind = type(event)
            if kind is yaml.ScalarEvent:
                self.refuse_decoration(event)
                value = event.value
                if not event.style:
                    value = None if value in _NULLS else Plain(value)
                elif event.style == '"' and (odd := _UNPRINTABLE.search(value)):
                    code = f"U+{ord(odd.group()):04X}"
                    self.refuse(event, told("check.yaml.escape", code=code))
                self.add(value, event)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                self.open(event)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                self.add(self.stack.pop()[0], event)
            elif kind is yaml.AliasEvent:
                self.refuse(event, told("check.yaml.anchor", mark="*", name=event.anchor[:30]))
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self.refuse(event, told("check.yaml.second-document"))
        return self.root

    def line(self, event: Any) -> int:
        return self.offset + int(event.start_mark.line) + 1

    def refuse(self, event: Any, message: Told) -> None:
        self.problems.append(Problem(self.rel, self.line(event), "", message))
        raise _Refused

    def refuse_decoration(self, event: Any) -> None:
        if event.anchor is not None:
            self.refuse(event, told("check.yaml.anchor", mark="&", name=event.anchor[:30]))
        tag = getattr(event, "tag", None)
        if tag is not None:
            written = "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag
            self.refuse(event, told("check.yaml.tag", tag=written[:40]))

    def open(self, event: Any) -> None:
        self.refuse_decoration(event)
        if self.stack and type(self.stack[-1][0]) is LineMap and self.stack[-1][1] is _NO_KEY:
            self.refuse(event, told("check.yaml.key-not-text"))
        if len(self.stack) >= MAX_DEPTH:
            self.refuse(event, told("check.yaml.too-deep", depth=MAX_DEPTH))
        container: list[Any] | LineMap
        if type(event) is yaml.MappingStartEvent:
            container = LineMap()
            container.line = self.line(event)
            container.key_lines = {}
        else:
            container = []
        self.stack.append([container, _NO_KEY])

    def add(self, value: Any, event: Any) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        container = top[0]
        if type(container) is list:
            container.append(value)
        elif top[1] is _NO_KEY:
            self.add_key(top, event)
        else:
            if top[1] is not _SKIP:
                container[top[1]] = value
            top[1] = _NO_KEY

    def add_key(self, top: list[Any], event: Any) -> None:
        mapping: LineMap = top[0]
        key, line = event.value, self.line(event)
        if key == "<<" and not event.style:
            self.refuse(event, told("check.yaml.merge-key"))
        first = mapping.key_lines.get(key)
        if first is None:
            mapping.key_lines[key] = line
            top[1] = key
            return
        in_list = len(self.stack) > 1 and type(self.stack[-2][0]) is list
        if key == "id" and in_list:
            message = told("check.yaml.second-id", line=first)
        else:
            message = told("check.yaml.twice", line=first)
        self.problems.append(Problem(self.rel, line, field_name(key), message))
        top[1] = _SKIP


_FIELD_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_ -]{0,39}")


def field_name(key: str) -> str:
    """A key as a message names it: as written when it looks like a field, else quoted and cut."""
    return key if _FIELD_NAME.fullmatch(key) else shown(key, 40)
