"""Glossary tooltips: the terms' definitions as abbreviations, on every page.

A Markdown extension (`Tooltips`) marks each spelling of a term, wherever it
stands as a word in a page's text, as <abbr title="term: definition">; the
site's stylesheet (docs/assets/pictures.css) shows the title as a tooltip on
hover and on keyboard focus. An <abbr> is not focusable, so the first one of
each term on a page gets tabindex="0": a keyboard reader can reach each
definition once without tabbing through every repeat.

It does in one walk of each page's tree what `*[Term]: definition` lines on
each page, Python-Markdown's `abbr` and a pass over the HTML did before: about
50 ms of CPU for the real site's 53 pages, where those took 120 ms (31 ms before
it read raw HTML and Markdown's placeholders as a reader sees them).
"""

from __future__ import annotations

import functools
import html
import re
import sys
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Markdown, util
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from ..model import Notes
from .phrases import longest_of


def abbreviations(notes: Notes) -> dict[str, str]:
    """Each spelling of a term, and its capitalised form, with the tooltip it shows.

    A term's own spelling wins over another term's alias. An alias that is a
    word of an actor's name is left out (the Monroe Doctrine's alias "Monroe"
    would otherwise label James Monroe).
    """
    names = " ".join(a.name for a in notes.actors)
    found: dict[str, str] = {}
    for own in (True, False):
        for term in sorted(notes.terms, key=lambda t: (t.term.lower(), t.id)):
            tip = " ".join(f"{term.term}: {term.definition}".split())
            spellings = (
                [term.term] if own else [a for a in term.aliases if not re.search(rf"\b{re.escape(a)}\b", names)]
            )
            for words in spellings:
                for form in (words, words[:1].upper() + words[1:]):
                    if form and form not in found and _usable(form):
                        found[form] = tip
    return found


def _usable(words: str) -> bool:
    """A spelling is found as a word of its own (between word boundaries): it starts and ends on a word
    character, and holds no control character (Markdown's placeholders are made of them)."""
    return bool(re.match(r"\w", words)) and bool(re.search(r"\w\Z", words)) and not _CONTROL.search(words)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


NAME = __name__
"""The extension's name in a Markdown configuration (as mkdocs.yml's `markdown_extensions`); its setting
`tips` is abbreviations(notes)."""


def makeExtension(**settings: Any) -> Tooltips:
    """What Python-Markdown calls for an extension given by its name (NAME), with its settings."""
    return Tooltips(**settings)


class Tooltips(Extension):
    """A Markdown extension that marks each term's spellings as <abbr title="tooltip"> (see the module).

    Like `abbr` with every definition on every page, in one walk of each
    page's tree: a term in a link or a heading is left unmarked, and the first
    <abbr> of each tooltip on a page gets tabindex="0". An <abbr> another
    extension made (an editor's `*[...]: ...` line) is treated the same way.
    Raw HTML in the Markdown is read as a reader sees it: no term is marked in
    a raw <a>, <abbr>, heading or code, nor beside a character that joins it to
    a word (`\\_`, `&eacute;`), and Markdown's placeholders are never split.
    """

    def __init__(self, **settings: Any) -> None:
        self.config = {"tips": [{}, "Each spelling, with the tooltip it shows: abbreviations(notes)"]}
        super().__init__(**settings)

    def extendMarkdown(self, md: Markdown) -> None:
        tips = _spaced(tuple(self.getConfig("tips").items()))
        # After `abbr` (7), so its <abbr> are found; before the unescaping (0) and the
        # table of contents (5), which read headings' words.
        md.treeprocessors.register(_Marker(md, tips, _pattern(tuple(tips))), "explainer-tooltips", 6)


@functools.lru_cache(maxsize=2)
def _spaced(tips: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """The tips by their spellings' words, one space apart (the first of two the same wins): a spelling
    is found whatever spaces or line break stand between its words on a page."""
    spaced: dict[str, str] = {}
    for spelling, tip in tips:
        spaced.setdefault(" ".join(spelling.split()), tip)
    return spaced


@functools.lru_cache(maxsize=2)
def _pattern(spellings: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The spellings as patterns, made once for a build's pages (Markdown makes an extension per page):
    one for text, and one for text whose placeholders are masked (see _Marker._masked)."""
    usable = [spelling for spelling in spellings if _usable(spelling)]
    if not usable:
        return None
    alternatives = longest_of(usable)
    masked = rf"(?<![\w{_WORDY}])(?:{alternatives})(?![\w{_WORDY}])"
    return re.compile(rf"\b(?:{alternatives})\b"), re.compile(masked)


class _Marker(Treeprocessor):
    def __init__(
        self, md: Markdown, tips: dict[str, str], patterns: tuple[re.Pattern[str], re.Pattern[str]] | None
    ) -> None:
        super().__init__(md)
        self._tips, self._patterns = tips, patterns
        self._seen: set[str] = set()
        self._raw = 0
        """How many elements written as raw HTML tags (<a href>, <code>) that no tooltip goes in are open."""
        self._opens: dict[str, int] = {}
        """The raw tags that open (1) or close (-1) an element that takes no tooltip, by their number in the stash."""

    def run(self, root: etree.Element) -> None:
        self._seen, self._raw = set(), 0
        blocks = self.md.htmlStash.rawHtmlBlocks
        self._opens = {
            str(number): _stashed(entry)[1]
            for number, entry in enumerate(blocks)
            if isinstance(entry, str) and _UNMARKED_TAG.match(entry) and _stashed(entry)[1]
        }
        self._visit(root, False)

    def _visit(self, parent: etree.Element, quiet: bool) -> None:
        """Mark parent's own text and its children's, in the order a reader meets them."""
        raw, at = self._raw, 0
        if not quiet and parent.text:
            parent.text, marked = self._mark(parent.text)
            for at, abbr in enumerate(marked, 1):
                parent.insert(at - 1, abbr)
        while at < len(parent):
            child = parent[at]
            if child.tag == "abbr":
                at = self._met(parent, at, quiet or self._raw > 0)
                continue
            self._visit(child, quiet or self._raw > 0 or child.tag in _UNMARKED)
            at += 1
            if not quiet and child.tail:
                child.tail, marked = self._mark(child.tail)
                for abbr in marked:
                    parent.insert(at, abbr)
                    at += 1
        self._raw = raw  # a raw tag left open closes with its element, as a browser closes it

    def _mark(self, text: str) -> tuple[str, list[etree.Element]]:
        """text up to its first spelling, and an <abbr> for each spelling holding the text after it."""
        if self._patterns is None or isinstance(text, AtomicString):
            return text, []
        if _HIDDEN not in text:  # no placeholder
            found = [] if self._raw else list(self._patterns[0].finditer(text))
        elif self._patterns[0].search(text) is None:  # nor in the masked text, which holds fewer words
            found = []
            if self._opens:  # still, its raw tags open and close what takes no tooltip
                for opens in [self._opens[n] for n in _STASHED.findall(text) if n in self._opens]:
                    self._raw = max(0, self._raw + opens)
        else:  # a match in the masked text holds no masked character: its words are text's
            found = list(self._patterns[1].finditer(self._masked(text)))
        if not found:
            return text, []
        marked = []
        for match, following in zip(found, [*found[1:], None], strict=True):
            words = match.group(0)
            title = self._tips[words] if words in self._tips else self._tips[" ".join(words.split())]
            abbr = etree.Element("abbr", self._focus(title))
            abbr.text = AtomicString(match.group(0))
            abbr.tail = text[match.end() : following.start() if following else len(text)]
            marked.append(abbr)
        return text[: found[0].start()], marked

    def _masked(self, text: str) -> str:
        """text as long, its placeholders (raw HTML, an entity, a backslash-escaped character) and the
        words in raw tags that take no tooltip masked: no spelling is found in them, and one beside
        a placeholder that shows a word character (\\_, &eacute;) is not a word of its own."""
        pieces, at = [], 0
        for placeholder in _PLACEHOLDER.finditer(text):
            pieces.append(_HIDDEN * (placeholder.start() - at) if self._raw else text[at : placeholder.start()])
            pieces.append(self._shown(placeholder) * len(placeholder.group()))
            at = placeholder.end()
        pieces.append(_HIDDEN * (len(text) - at) if self._raw else text[at:])
        return "".join(pieces)

    def _shown(self, placeholder: re.Match[str]) -> str:
        """What masks a placeholder (_WORDY or _HIDDEN); a raw tag of an element that takes no tooltip
        opens or closes it in self._raw."""
        stashed, number = placeholder.groups()
        if not stashed:  # a backslash escape: the character's code point
            return _WORDY if int(number) < sys.maxunicode and re.fullmatch(r"\w", chr(int(number))) else _HIDDEN
        blocks = self.md.htmlStash.rawHtmlBlocks
        entry = blocks[int(number)] if int(number) < len(blocks) else None
        mask, opens = _stashed(entry) if isinstance(entry, str) else (_HIDDEN, 0)
        if opens:
            self._raw = max(0, self._raw + opens)
        return mask

    def _focus(self, title: str) -> dict[str, str]:
        """The attributes of an <abbr>: the first of each title on a page is focusable."""
        if title in self._seen:
            return {"title": title}
        self._seen.add(title)
        return {"tabindex": "0", "title": title}

    def _met(self, parent: etree.Element, at: int, quiet: bool) -> int:
        """An <abbr> already in the tree: unwrapped where no tooltip goes (_UNMARKED), else focusable if first;
        the next index."""
        abbr = parent[at]
        if quiet:
            words = (abbr.text or "") + (abbr.tail or "")
            parent.remove(abbr)
            if at > 0:
                parent[at - 1].tail = (parent[at - 1].tail or "") + words
            else:
                parent.text = (parent.text or "") + words
            return at
        title = abbr.get("title")
        if title is not None and "tabindex" not in abbr.attrib:
            others = {k: v for k, v in abbr.items() if k != "title"}
            abbr.attrib.clear()
            abbr.attrib.update({**self._focus(title), **others})
        return at + 1


_UNMARKED = frozenset(
    {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "kbd", "samp", "pre", "script", "style", "textarea"}
)
"""A title names the subject and a link's words are the link's: neither carries a tooltip. Leaving
links out also keeps long lists of links (the Sources page) within the page-weight budget. Code is
the reader's to copy as it stands (Markdown's own code is never marked); a script or style is no text."""

_PLACEHOLDER = re.compile(f"{util.STX}(wzxhzdk:)?([0-9]+){util.ETX}")
"""Where Markdown holds raw HTML or an entity (wzxhzdk:N, its htmlStash) or a backslash-escaped
character (its code point) until the tree is written out."""
_STASHED = re.compile(f"{util.STX}wzxhzdk:([0-9]+){util.ETX}")
_UNMARKED_TAG = re.compile(rf"</?(?:{'|'.join(_UNMARKED)}|abbr)\b", re.IGNORECASE)
"""The start of a tag that may open or close an element that takes no tooltip: a quick test before _stashed."""
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>\Z")
"""One raw HTML tag, as Markdown stashes an inline one."""
_HIDDEN, _WORDY = util.STX, util.ETX
"""What a masked character is: one that takes no tooltip and is no word character, or one that shows a
word character. Markdown removes both from the text it reads, so no spelling holds them."""


@functools.lru_cache(maxsize=4096)
def _stashed(entry: str) -> tuple[str, int]:
    """What masks raw HTML Markdown stashed (_WORDY for an entity that shows a word character), and 1 for
    a tag that opens an element that takes no tooltip, -1 for one that closes it, else 0."""
    tag = _TAG.match(entry)
    if tag is None:
        return _WORDY if re.fullmatch(r"\w", html.unescape(entry)) else _HIDDEN, 0
    if tag.group(2).lower() not in _UNMARKED | {"abbr"} or entry.endswith("/>"):
        return _HIDDEN, 0
    return _HIDDEN, -1 if tag.group(1) else 1
