"""The site's own stylesheets, as readers get them (hooks/explainer/minify.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from explainer.minify import minify_css


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
