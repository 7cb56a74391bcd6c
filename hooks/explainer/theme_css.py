"""The theme's stylesheets cut to the rules this site can use.

Material ships one stylesheet for every feature it has (content tabs, code
blocks, annotations, the blog, twenty colour palettes...): 24 KB gzipped, the
largest thing a first page load waits for after the theme's script. A rule
can only apply when an element can carry what its selector asks for, so after
a build a rule is dropped when each of its selectors needs a class that no page
and no script of the built site names, or a `[data-md-color-primary=red]`-like
value that no page or script gives. Everything else is kept as Material wrote
it: at-rules, fonts, keyframes, element selectors, and whatever is inside
`:not()`, `:is()` and the like (kept whole, whether used or not).

A trimmed stylesheet gets a new name from its content, and every page is
pointed at it, so a browser that cached the full one under Material's name
never keeps it for a page that needs a rule the trim kept.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_CLASS_ATTRIBUTE = re.compile(r'class=\\?"([^"\\]*)')
"""class="a b", also as JSON writes it (class=\\"a b\\") in the search index."""
_SCRIPT_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_ATTRIBUTE = re.compile(r"\[[^\]]*\]")
_INNERMOST_PARENTHESES = re.compile(r"\([^()]*\)")
_NESTING = re.compile(r"[\"'(\[]")
"""What _split must look inside: without any, a plain str.split does."""
_SELECTOR_CLASS = re.compile(r"\.(-?[A-Za-z_][A-Za-z0-9_-]*)")
_ATTRIBUTE_VALUE = re.compile(r"\[\s*([A-Za-z-]+)\s*=\s*[\"']?([^\"'\]\s]+)[\"']?\s*\]")
_STYLESHEET = re.compile(r"^(?P<stem>[a-z]+)\.[0-9a-f]{8}\.min\.css$")
_SOURCE_MAP_COMMENT = re.compile(r"/\*# sourceMappingURL=[^*]*\*/\s*$")
_TOKEN = re.compile(r"""[{};]|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|/\*.*?\*/""", re.DOTALL)
"""Braces and semicolons, and the strings and comments that may hold them and so are passed over."""
_NO_PAGE_SCRIPT = re.compile(r"/assets/javascripts/(?:lunr|workers)/")
"""Search's worker and lunr's languages, which run in the worker: they never touch a page."""
_GROUPING_AT_RULES = ("@media", "@supports", "@layer", "@container", "@document")
"""At-rules that hold rules; any other at-rule (@font-face, @keyframes, @page) is kept whole."""


@dataclass
class Used:
    """What the built site's pages and scripts name: classes, and values of the attributes rules ask about."""

    classes: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    """Words a script ends with "-" or "_" (`md-tag--${type}`): any class that starts with one may appear."""
    values: set[str] = field(default_factory=set)

    def add_page(self, page: str, attributes: re.Pattern[str]) -> None:
        self.classes.update(" ".join(_CLASS_ATTRIBUTE.findall(page)).split())
        self.values.update(attributes.findall(page))

    def add_script(self, script: str) -> None:
        words = set(_SCRIPT_WORD.findall(script))
        self.prefixes.update(word for word in words if word.endswith(("-", "_")))
        self.classes.update(words)
        self.values.update(words)


def asked_attributes(css: str) -> re.Pattern[str]:
    """What finds, in a page, the values of the attributes a stylesheet's selectors test
    (`[dir=rtl]`: every `dir="..."`)."""
    names = sorted({name for name, _ in _ATTRIBUTE_VALUE.findall(css)})
    if not names:
        return re.compile(r"(?!)")
    # `[\s"](?:dir|id)=\\?"(...)` would find the same, but it is tried at every space of 2.7 MB of pages;
    # starting at "=" lets the regex engine skip to each "=" and look back for the name only there.
    after = "|".join(f'(?<=[\\s"]{re.escape(name)}=)' for name in names)
    return re.compile(rf'=(?:{after})\\?"([^"\\]*)')


def trim(css: str, used: Used) -> str:
    """css without the rules no element of the site can match, and without its source map's comment."""
    prefixes = tuple(used.prefixes)
    judged: dict[str, bool] = {}

    def can_match(selector: str) -> bool:
        # The palettes repeat the same selectors under each colour's attribute: judge each once.
        if selector not in judged:
            judged[selector] = _can_match(selector, used, prefixes)
        return judged[selector]

    return _trim_block(_SOURCE_MAP_COMMENT.sub("", css), can_match)


def _trim_block(css: str, can_match: Callable[[str], bool]) -> str:
    kept: list[str] = []
    for prelude, body in _rules(css):
        if body is None:
            kept.append(prelude)
        elif prelude.startswith("@"):
            if prelude.startswith(_GROUPING_AT_RULES):
                inner = _trim_block(body, can_match)
                if inner:
                    kept.append(f"{prelude}{{{inner}}}")
            else:
                kept.append(f"{prelude}{{{body}}}")
        else:
            selectors = [selector for selector in _split(prelude, ",") if can_match(selector)]
            if selectors:
                kept.append(f"{','.join(selectors)}{{{body}}}")
    return "".join(kept)


def selectors(css: str) -> list[str]:
    """Every selector of every style rule in css, inside @media and the like too."""
    found: list[str] = []
    for prelude, body in _rules(css):
        if body is not None and prelude.startswith(_GROUPING_AT_RULES):
            found.extend(selectors(body))
        elif body is not None and not prelude.startswith("@"):
            found.extend(_split(prelude, ","))
    return found


def _can_match(selector: str, used: Used, prefixes: tuple[str, ...]) -> bool:
    """False when the selector needs a class or an attribute value the site never has."""
    outside = _outside_parentheses(selector) if "(" in selector else selector
    plain = _ATTRIBUTE.sub("", outside) if "[" in outside else outside
    classes = _SELECTOR_CLASS.findall(plain)
    if not all(name in used.classes or name.startswith(prefixes) for name in classes):
        return False
    return "[" not in outside or all(value in used.values for _, value in _ATTRIBUTE_VALUE.findall(outside))


def _outside_parentheses(selector: str) -> str:
    """The selector with every `(...)` emptied: what `:not()` or `:is()` hold decides nothing here."""
    emptied = selector
    while (inner := _INNERMOST_PARENTHESES.sub("", emptied)) != emptied:
        emptied = inner
    if "(" not in emptied and ")" not in emptied:
        return emptied
    out: list[str] = []  # unbalanced: what follows a stray ")" is dropped too
    depth = 0
    for char in selector:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _rules(css: str) -> list[tuple[str, str | None]]:
    """Top-level (prelude, body) pairs of css; a statement such as `@import x;` has no body."""
    rules: list[tuple[str, str | None]] = []
    start = 0
    depth = 0
    opened = 0
    for token in _TOKEN.finditer(css):
        char = token.group()
        if char == "{":
            if depth == 0:
                opened = token.start()
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                rules.append((css[start:opened].strip(), css[opened + 1 : token.start()]))
                start = token.end()
        elif char == ";" and depth == 0:
            rules.append((css[start : token.end()].strip(), None))
            start = token.end()
    if depth:
        raise ValueError(f"unclosed block at character {opened}")
    return rules


def _split(text: str, separator: str) -> list[str]:
    """text split at separator, but not inside brackets, parentheses or strings."""
    if not _NESTING.search(text):
        return text.split(separator)
    parts: list[str] = []
    depth = 0
    quote = ""
    start = 0
    for found in re.finditer(rf"[\"'()\[\]{re.escape(separator)}]", text):
        i, char = found.start(), found.group()
        if quote:
            if char == quote and text[i - 1] != "\\":
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def trim_site(site: Path) -> list[tuple[str, str]]:
    """Trim the theme's stylesheets in a built site and point every page at the trimmed copies.

    Returns (old name, new name) for each stylesheet trimmed. Pages and scripts are read
    from the built site itself, so whatever built them (a full build or a partial one
    while serving) the trim sees every page as readers get it.
    """
    folder = site / "assets" / "stylesheets"
    sheets = (
        sorted(path for path in folder.glob("*.min.css") if _STYLESHEET.match(path.name)) if folder.is_dir() else []
    )
    if not sheets:
        return []
    texts = {path: path.read_text(encoding="utf-8") for path in sheets}
    attributes = asked_attributes("".join(texts.values()))
    pages = {path: path.read_bytes() for path in sorted(site.rglob("*.html"))}
    used = Used()
    for page in pages.values():
        used.add_page(page.decode("utf-8"), attributes)
    index = site / "search" / "search_index.json"
    if index.is_file():
        used.add_page(index.read_text(encoding="utf-8"), attributes)
    for script in sorted((site / "assets").rglob("*.js")):
        if _NO_PAGE_SCRIPT.search(script.as_posix()):
            continue
        used.add_script(script.read_text(encoding="utf-8"))
    renamed: list[tuple[str, str]] = []
    for path, text in texts.items():
        trimmed = trim(text, used)
        digest = hashlib.sha256(trimmed.encode("utf-8")).hexdigest()[:8]
        new = path.with_name(f"{_STYLESHEET.match(path.name)['stem']}.{digest}.min.css")  # type: ignore[index]
        path.unlink()
        path.with_name(path.name + ".map").unlink(missing_ok=True)
        new.write_text(trimmed, encoding="utf-8")
        renamed.append((path.name, new.name))
    for path, page in pages.items():
        _point(path, page, renamed)
    return renamed


def _point(path: Path, page: bytes, renamed: list[tuple[str, str]]) -> None:
    """Point the page at the renamed stylesheets. A new name is as long as the old (only the 8 digits of
    the digest differ), so each link is overwritten where it stands: the rest of the page is not written again."""
    if any(len(old) != len(new) for old, new in renamed):  # not so today; then the page is written again
        for old, new in renamed:
            page = page.replace(f"assets/stylesheets/{old}".encode(), f"assets/stylesheets/{new}".encode())
        path.write_bytes(page)
        return
    spots = []
    for old, new in renamed:
        link, new_link = f"assets/stylesheets/{old}".encode(), f"assets/stylesheets/{new}".encode()
        at = page.find(link)
        while at >= 0:
            spots.append((at, new_link))
            at = page.find(link, at + len(link))
    if not spots:
        return
    descriptor = os.open(path, os.O_WRONLY)
    try:
        for at, new_link in spots:
            os.pwrite(descriptor, new_link, at)
    finally:
        os.close(descriptor)
