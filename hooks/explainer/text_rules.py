"""What no note text may hold, in any field: each rule refuses a class of input, not one example.

- Characters no editor types: control characters (tab and line breaks aside),
  lone surrogates and non-characters. The feed's XML cannot hold them and a
  page cannot be written as UTF-8 with a surrogate in it.
- Code for a reader's browser: elements that run a script, load another
  document or restyle the page, event-handler attributes, and links whose
  scheme runs code or carries a document (javascript:, vbscript:, data:).
  Editors write Markdown and plain HTML; a news page never means these.
- The lines git leaves in a file when a merge conflicts.

text_problems returns (line offset in the text, message, as lang.told words); check.py adds the file and line.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Iterator

from .lang import DEFAULT, READING, Told, told

_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters no editor means: C0 and C1 controls but tab and line breaks, surrogates, non-characters."""

UNSAFE_ELEMENTS = (
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "portal",
    "style",
    "link",
    "meta",
    "base",
    "form",
)
"""Elements that run code, load another document into the page, restyle it or send its reader elsewhere."""
UNSAFE_SCHEMES = ("javascript", "vbscript", "data")
"""URL schemes that run code or carry a whole document."""

# Each pattern reads a bounded stretch from where it starts, so no text, however it is made,
# takes more than linear time. Attributes are found outside tags too: attr_list's `{ key=value }`
# puts them on Markdown's own elements.
_ELEMENT = re.compile(r"<(?P<name>[A-Za-z][A-Za-z0-9-]*)")
_HANDLER = re.compile(r"(?<![\w-])(?P<name>on[a-z]{3,}|srcdoc)\s*=", re.IGNORECASE)
_ATTR_VALUE = re.compile(r"=\s*+[\"']?+\s*+(?P<value>[^\"'<>\s]{1,200})")
_MARKDOWN_URL = re.compile(
    r"\]\(\s*<?(?P<inline>[^\s)>]*)"  # [words](url) and ![words](url)
    r"|^ {0,3}\[[^\]\n]+\]:\s*<?(?P<reference>[^\s>]*)"  # [label]: url
    r"|<(?P<auto>[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*)>",  # <scheme:...>
    re.MULTILINE,
)
_URL_NOISE = re.compile(r"[\x00-\x20\\]")
"""What browsers and Markdown drop from a URL before reading its scheme (and backslash escapes)."""
_CONFLICT = re.compile(r"^(?:(?:<{7}|>{7}|\|{7})(?: .*)?|={7})$", re.MULTILINE)


def text_problems(text: str, code: bool = True) -> Iterator[tuple[int, Told]]:
    """(line offset, message) for each thing in one note's text that no page may publish.

    code=False leaves out the rules on code, for hand-written pages whose HTML is the site's own.
    """
    found = [*_invisible(text), *(_code(text) if code else ()), *_conflicts(text)]
    if not found:
        return
    breaks = [i for i, char in enumerate(text) if char == "\n"]
    for position, message in found:
        yield bisect.bisect_left(breaks, position), message


def _conflicts(text: str) -> Iterator[tuple[int, Told]]:
    if "=======" in text or "<<<<<<<" in text or ">>>>>>>" in text or "|||||||" in text:
        for match in _CONFLICT.finditer(text):
            yield match.start(), told("check.text-rules.conflict", line=match.group()[:7])


def strip_invisible(text: str) -> str:
    """Text without the characters _INVISIBLE refuses: for output that must never fail on them."""
    return _INVISIBLE.sub("", text)


def _invisible(text: str) -> Iterator[tuple[int, Told]]:
    seen: set[str] = set()
    for match in _INVISIBLE.finditer(text):
        char = match.group()
        if char in seen:
            continue
        seen.add(char)
        if char in "\ufffe\uffff":
            what = told("check.text-rules.non-character")
        elif "\ud800" <= char <= "\udfff":
            what = told("check.text-rules.surrogate")
        else:
            what = told("check.text-rules.control")
        yield match.start(), told("check.text-rules.invisible", what=what, code=f"{ord(char):04X}")


def _code(text: str) -> Iterator[tuple[int, Told]]:
    no_code = told("check.text-rules.no-code")
    for element in _ELEMENT.finditer(text):
        name = element.group("name").lower()
        if name in UNSAFE_ELEMENTS:
            yield element.start(), told("check.text-rules.element", name=name, no_code=no_code)
    for handler in _HANDLER.finditer(text):
        name = handler.group("name").lower()
        yield handler.start(), told("check.text-rules.handler", name=name, no_code=no_code)
    urls = [(m.start(), m.group("value")) for m in _ATTR_VALUE.finditer(text)]
    for m in _MARKDOWN_URL.finditer(text):
        urls.append((m.start(), m.group("inline") or m.group("reference") or m.group("auto") or ""))
    for start, url in sorted(urls):
        scheme = _unsafe_scheme(url)
        if scheme:
            yield start, told("check.text-rules.scheme", scheme=scheme)


def _unsafe_scheme(url: str) -> str:
    """The code-running scheme a URL starts with, as a browser would read it; '' for none."""
    read = _URL_NOISE.sub("", html.unescape(url)).lower()
    return next((scheme for scheme in UNSAFE_SCHEMES if read.startswith(scheme + ":")), "")


def too_common(spelling: str, language: str) -> bool:
    """True for a glossary spelling that would mark everyday words: only stop words of the language (words
    its search drops), or under two letters.

    Written in capitals, a short word is an acronym (US, EU), not the everyday word.
    """
    if sum(char.isalnum() for char in spelling) < 2:
        return True
    stop_words = _stop_words(language)
    return not spelling.isupper() and all(word.lower() in stop_words for word in re.findall(r"\w+", spelling))


@functools.cache
def _stop_words(language: str) -> frozenset[str]:
    return frozenset(READING.get(language, READING[DEFAULT]).stop_words.split())
