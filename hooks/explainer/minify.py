"""Our stylesheets and pages as readers get them: comments and spare white space taken out.

Editors keep the commented source in docs/assets/ and the theme's templates
stay indented; every first page load carries these bytes, and the weight
budget (80 KB a text page) counts each one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_STRING_OR_COMMENT = re.compile(r""""(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|/\*.*?\*/""", re.DOTALL)
_SPACE = re.compile(r"\s+")
_AROUND_PUNCTUATION = re.compile(r" ?([{};,]) ?")
_KEEP_AS_WRITTEN = re.compile(r"<(?=[pst])(pre|textarea|script|style)\b.*?</\1>", re.DOTALL | re.IGNORECASE)
"""(?=[pst]) finds the same (each name starts with one, in either case), without trying the four names
after each of the thousand "<" of a page."""
_INDENT = re.compile(r"\n[ \t]+")


def minify_css(css: str) -> str:
    """The same rules in fewer bytes; strings are left exactly as written."""
    return _outside(_STRING_OR_COMMENT, css, _squeeze, lambda kept: "" if kept.startswith("/*") else kept).strip()


def _squeeze(code: str) -> str:
    """Runs of white space to one space (a descendant combinator needs it), none beside { } ; ,."""
    return _AROUND_PUNCTUATION.sub(r"\1", _SPACE.sub(" ", code))


def strip_indentation(page: str) -> str:
    """A page without the templates' indentation: a line break still separates words,
    and <pre>, <textarea>, <script> and <style>, where spaces can matter, are left as they are."""
    return _outside(_KEEP_AS_WRITTEN, page, lambda code: _INDENT.sub("\n", code), lambda kept: kept)


def _outside(kept: re.Pattern[str], text: str, change: Callable[[str], str], keep: Callable[[str], str]) -> str:
    """text with change applied between the matches of kept, and keep applied to each match."""
    parts: list[str] = []
    last = 0
    for match in kept.finditer(text):
        parts += [change(text[last : match.start()]), keep(match.group(0))]
        last = match.end()
    parts.append(change(text[last:]))
    return "".join(parts)
