"""The site's own stylesheets, as readers get them (hooks/explainer/minify.py)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT
from explainer.minify import minify_css, strip_indentation


def test_comments_and_spare_space_go_but_strings_and_combinators_stay() -> None:
    css = '/* a note */\n.a  :is(b, c) {\n  content: attr(x) ": /* kept */ ";\n  color: red;\n}\n'
    assert minify_css(css) == '.a :is(b,c){content: attr(x) ": /* kept */ ";color: red;}'


def test_the_built_site_serves_our_stylesheets_slimmed(built_site: Path) -> None:
    for name in ("explainer.css", "pictures.css"):
        source = (ROOT / "docs/assets" / name).read_text(encoding="utf-8")
        served = (built_site / "assets" / name).read_text(encoding="utf-8")
        assert "/*" in source and "/*" not in served
        assert served == minify_css(source)
        assert len(served) < 0.9 * len(source)


def test_pages_lose_their_indentation_but_not_where_spaces_count() -> None:
    page = (
        "<body>\n    <p>one\n      two</p>\n"
        "    <pre><code>def f():\n    return 1\n</code></pre>\n"
        "    <script>\n  var s = `a\n  b`\n</script>\n  <textarea>\n  kept</textarea>\n</body>"
    )
    assert strip_indentation(page) == (
        "<body>\n<p>one\ntwo</p>\n"
        "<pre><code>def f():\n    return 1\n</code></pre>\n"
        "<script>\n  var s = `a\n  b`\n</script>\n<textarea>\n  kept</textarea>\n</body>"
    )


def test_built_pages_carry_no_indentation_outside_pre(built_site: Path) -> None:
    guide = (built_site / "guide/index.html").read_text(encoding="utf-8")
    assert "<pre" in guide and strip_indentation(guide) == guide
    assert "\n  <" not in re.sub(r"<(pre|script|style|textarea)\b.*?</\1>", "", guide, flags=re.DOTALL)
