"""Our stylesheets as readers get them: comments and spare white space taken out.

Editors keep the commented source in docs/assets/; every first page load
carries these files, and the weight budget (80 KB) counts each byte.
"""

from __future__ import annotations

import re

_STRING_OR_COMMENT = re.compile(r""""(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|/\*.*?\*/""", re.DOTALL)
_SPACE = re.compile(r"\s+")
_AROUND_PUNCTUATION = re.compile(r" ?([{};,]) ?")


def minify_css(css: str) -> str:
    """The same rules in fewer bytes; strings are left exactly as written."""
    parts: list[str] = []
    last = 0
    for match in _STRING_OR_COMMENT.finditer(css):
        parts.append(_squeeze(css[last : match.start()]))
        if not match.group(0).startswith("/*"):
            parts.append(match.group(0))
        last = match.end()
    parts.append(_squeeze(css[last:]))
    return "".join(parts).strip()


def _squeeze(code: str) -> str:
    """Runs of white space to one space (a descendant combinator needs it), none beside { } ; ,."""
    return _AROUND_PUNCTUATION.sub(r"\1", _SPACE.sub(" ", code))
