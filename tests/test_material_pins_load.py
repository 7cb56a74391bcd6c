"""What our theme does before and instead of Material's script at load, pinned to the installed Material.

Three overrides spare the reader's phone work Material's script did when a page
loads (issue 13: Lighthouse's blocking time); after an upgrade these tests fail
with a message naming the installed Material version and what to redo:

- overrides/partials/palette.html is a copy of Material 9.8.2's partial whose form is
  not Material's palette component (data-explainer-palette), so Material's script
  does not mount it;
- overrides/partials/javascripts/palette.html replaces Material's partial of that name
  (which applied a saved palette) and switches the palette itself;
- overrides/main.html gives <html> the classes Material's bundle and its focus-visible
  polyfill give it, and runs the bundle's one DOMContentLoaded listener in a later task.

As in test_material_pins.py, each check takes Material's templates folder, and the
second half of this file runs it against a copy with one change.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from test_material_pins import BUNDLE, MAIN, MATERIAL, ROOT, VERSION, Check, copy_of_material, problems_after_change

PALETTE = ROOT / "overrides" / "partials" / "palette.html"

PALETTE_PARTIAL_SHA256 = "fb935107ae7d3d7475965019eec36c1ad72bf1d154254dab2474921fcd2710e3"
"""SHA-256 of Material 9.8.2's partials/palette.html, the one overrides/partials/palette.html copies."""
PALETTE_SCRIPT_SHA256 = "8790389765ea6036effddba548b15093bb05bdc75624eaeaf8b13f3c24be4ab5"
"""SHA-256 of Material 9.8.2's partials/javascripts/palette.html, which overrides/partials/javascripts/palette.html replaces."""
COMPONENT = 'data-md-component="palette"'
OURS = "data-explainer-palette"
RECOPY = (
    "re-copy it into overrides/partials/palette.html, keep our comment at the top and re-apply our change "
    f"({COMPONENT} becomes {OURS}), then set PALETTE_PARTIAL_SHA256 in tests/test_material_pins_load.py "
    "to the new file's SHA-256"
)
REDO_SCRIPT = (
    "overrides/partials/javascripts/palette.html replaces it: read what Material's now does, do the same in ours, "
    "then set PALETTE_SCRIPT_SHA256 in tests/test_material_pins_load.py to its SHA-256"
)


def _bundle(templates: Path) -> Path | None:
    bundles = sorted((templates / "assets" / "javascripts").glob("bundle.*.min.js"))
    return bundles[0] if len(bundles) == 1 else None


def palette_partial_problems(templates: Path, version: str) -> list[str]:
    """Material's partial is still 9.8.2's, and ours is it with the form renamed."""
    material = (templates / "partials" / "palette.html").read_text(encoding="utf-8")
    problems = []
    if hashlib.sha256(material.encode()).hexdigest() != PALETTE_PARTIAL_SHA256:
        problems.append(f"Material {version} changed partials/palette.html: {RECOPY}")
    expected = material.split("-#}\n", 1)[-1].replace(COMPONENT, OURS, 1)
    if PALETTE.read_text(encoding="utf-8").split("-#}\n", 1)[-1] != expected or material.count(COMPONENT) != 1:
        problems.append(
            f"overrides/partials/palette.html is no longer Material {version}'s partials/palette.html "
            f"with only {COMPONENT} renamed: {RECOPY}"
        )
    return problems


def palette_script_problems(templates: Path, version: str) -> list[str]:
    """The partial ours replaces is unchanged, and Material's script mounts its palette by the attribute we renamed."""
    script = (templates / "partials" / "javascripts" / "palette.html").read_text(encoding="utf-8")
    problems = []
    if hashlib.sha256(script.encode()).hexdigest() != PALETTE_SCRIPT_SHA256:
        problems.append(f"Material {version} changed partials/javascripts/palette.html: {REDO_SCRIPT}")
    bundle = _bundle(templates)
    code = bundle.read_text(encoding="utf-8") if bundle else ""
    if not re.search(r'\.\.\.[\w$]+\("palette"\)\.map\(', code) or "`[data-md-component=${e}]`" not in code:
        problems.append(
            f"Material {version} no longer finds its palette by data-md-component: read how its script mounts "
            "the palette, so that it leaves overrides/partials/palette.html's form to "
            "overrides/partials/javascripts/palette.html"
        )
    return problems


EARLY = (
    "overrides/main.html's extrahead gives <html> the classes {bundle} gives it and runs its DOMContentLoaded "
    "listener in a later task: read what the bundle does as it loads and update both"
)
HTML_CLASSES = 'document.documentElement.className="js-focus-visible js"'
LOAD_STEPS = (
    'document.documentElement.classList.add("js-focus-visible")',
    'document.documentElement.classList.remove("no-js");document.documentElement.classList.add("js")',
)
"""What the bundle does to <html>, in order: the focus-visible polyfill's class, then Material's swap."""


def early_script_problems(templates: Path, version: str) -> list[str]:
    """The bundle still gives <html> the classes main.html gives first, and listens once for DOMContentLoaded."""
    assert HTML_CLASSES in MAIN.read_text(encoding="utf-8"), (
        "overrides/main.html no longer sets <html>'s classes: update this test with it"
    )
    bundle = _bundle(templates)
    if bundle is None:
        return [f"Material {version} has no single bundle.*.min.js: read how its script starts"]
    code, fix = bundle.read_text(encoding="utf-8"), EARLY.format(bundle=bundle.name)
    problems = []
    steps = [code.find(step) for step in LOAD_STEPS]
    if -1 in steps or steps != sorted(steps):
        problems.append(f"Material {version} no longer gives <html> the classes js-focus-visible, then js: {fix}")
    if code.count("DOMContentLoaded") != 1 or '(document,"DOMContentLoaded",{once:!0})' not in code:
        problems.append(f"Material {version} no longer waits for DOMContentLoaded once, on document: {fix}")
    if "readyState" in code:
        problems.append(f"Material {version} reads document.readyState: {fix}")
    return problems


CHECKS: list[Check] = [palette_partial_problems, palette_script_problems, early_script_problems]


@pytest.mark.parametrize("check", CHECKS, ids=[c.__name__ for c in CHECKS])
def test_installed_material_matches_our_overrides(check: Check) -> None:
    problems = check(MATERIAL, VERSION)
    assert not problems, "\n".join(problems)


# A copy of the files checked, with one change each: every check can fail, and says what to do.


@pytest.fixture
def material_copy(tmp_path: Path) -> Path:
    names = [
        "partials/palette.html",
        "partials/javascripts/palette.html",
        *(p.relative_to(MATERIAL).as_posix() for p in (MATERIAL / "assets" / "javascripts").glob("bundle.*.min.js")),
    ]
    return copy_of_material(tmp_path, names)


MOUNT = (
    f"Material {VERSION} no longer finds its palette by data-md-component: read how its script mounts the palette, "
    "so that it leaves overrides/partials/palette.html's form to overrides/partials/javascripts/palette.html"
)
MUTATIONS: list[tuple[str, str, str, str, Check, list[str]]] = [
    (
        "palette partial changed",
        "partials/palette.html",
        'type="radio"',
        'type="checkbox"',
        palette_partial_problems,
        [
            f"Material {VERSION} changed partials/palette.html: {RECOPY}",
            f"overrides/partials/palette.html is no longer Material {VERSION}'s partials/palette.html with only {COMPONENT} renamed: {RECOPY}",
        ],
    ),
    (
        "palette script changed",
        "partials/javascripts/palette.html",
        '__md_get("__palette")',
        '__md_get("__palette",sessionStorage)',
        palette_script_problems,
        [f"Material {VERSION} changed partials/javascripts/palette.html: {REDO_SCRIPT}"],
    ),
    (
        "palette found by class",
        f"assets/javascripts/{BUNDLE}",
        '("palette").map(',
        '(".md-palette").map(',
        palette_script_problems,
        [MOUNT],
    ),
    (
        "no js class",
        f"assets/javascripts/{BUNDLE}",
        'document.documentElement.classList.add("js")',
        'document.documentElement.classList.add("has-js")',
        early_script_problems,
        [
            f"Material {VERSION} no longer gives <html> the classes js-focus-visible, then js: {EARLY.format(bundle=BUNDLE)}"
        ],
    ),
    (
        "load instead of DOMContentLoaded",
        f"assets/javascripts/{BUNDLE}",
        '(document,"DOMContentLoaded",{once:!0})',
        '(window,"load",{once:!0})',
        early_script_problems,
        [f"Material {VERSION} no longer waits for DOMContentLoaded once, on document: {EARLY.format(bundle=BUNDLE)}"],
    ),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "check", "problems"), [m[1:] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS]
)
def test_a_changed_material_fails_with_what_to_do(
    material_copy: Path, name: str, old: str, new: str, check: Check, problems: list[str]
) -> None:
    assert problems_after_change(material_copy, name, old, new, check) == problems


@pytest.mark.browser
def test_the_palette_needs_no_material_script_and_is_kept_from_page_to_page(browser: Any, site_url: str) -> None:
    """Material's script never loads here: a dark system gets the dark palette, Enter on the
    option switches it, and the choice holds on the next page, toggle included."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    context.route(re.compile(r"/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$"), lambda route: route.abort())
    page = context.new_page()
    try:
        page.goto(site_url)
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        page.locator("input[name=__palette]:checked").focus()
        page.keyboard.press("Enter")
        assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
        assert page.locator("meta[name=color-scheme]").get_attribute("content") == "light"
        page.goto(site_url + "timeline/")
        assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
        assert (
            page.locator("form[data-explainer-palette] label:visible").get_attribute("title") == "Switch to dark mode"
        )
    finally:
        context.close()
