"""Where our theme reaches into Material's internals, pinned to what the installed Material does.

Three overrides rely on Material's private details; after an upgrade these tests
fail with a message naming the installed Material version and what to redo,
rather than search or the deferred scripts silently breaking:

- overrides/partials/search.html is a copy of Material 9.8.2's partial plus an aria-label;
- docs/assets/javascripts/search-query.js rewrites the {type: 2, data: query} message
  that Material's bundle posts to its search worker (Worker.prototype.postMessage);
- search-query.js also holds back the XMLHttpRequest for search/search_index.json until a
  reader reaches for search (XMLHttpRequest.prototype.open and send);
- overrides/main.html defers Material's scripts by rewriting `<script src=` in `super()`.

Each check takes Material's templates folder, so the second half of this file runs
it against a copy with one change and asserts the exact message.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import re
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import jinja2
import pytest
from mkdocs.config import load_config
from mkdocs.utils import templates as mkdocs_templates

from explainer.lang import READING

ROOT = Path(__file__).resolve().parent.parent
OVERRIDE = ROOT / "overrides" / "partials" / "search.html"
SEARCH_QUERY = ROOT / "docs" / "assets" / "javascripts" / "search-query.js"
MAIN = ROOT / "overrides" / "main.html"
_spec = importlib.util.find_spec("material")
assert _spec is not None and _spec.submodule_search_locations
MATERIAL = Path(next(iter(_spec.submodule_search_locations))) / "templates"
VERSION = importlib.metadata.version("mkdocs-material")

SEARCH_PARTIAL_SHA256 = "bfd556535abcddb99396ab2a7e3acc2ebcd3f36756007d3969396caa4126be30"
"""SHA-256 of Material 9.8.2's partials/search.html, the one overrides/partials/search.html copies."""
DIALOG = 'role="dialog">'
NAMED_DIALOG = 'role="dialog" aria-label="{{ lang.t(\'search\') }}">'
"""Our only change to Material's partial: an accessible name for the search dialog (axe)."""
RECOPY = (
    "re-copy it into overrides/partials/search.html, keep our comment at the top and re-apply our change "
    f"(add aria-label to the dialog: {NAMED_DIALOG}), then set SEARCH_PARTIAL_SHA256 in tests/test_material_pins.py "
    "to the new file's SHA-256"
)


def search_partial_problems(templates: Path, version: str) -> list[str]:
    """Material's partial is still 9.8.2's, and our override is it plus the aria-label."""
    material = (templates / "partials" / "search.html").read_text(encoding="utf-8")
    problems = []
    if hashlib.sha256(material.encode()).hexdigest() != SEARCH_PARTIAL_SHA256:
        problems.append(f"Material {version} changed partials/search.html: {RECOPY}")
    override = OVERRIDE.read_text(encoding="utf-8")
    expected = material.split("-#}\n", 1)[-1].replace(DIALOG, NAMED_DIALOG, 1)
    if override.split("-#}\n", 1)[-1] != expected or material.count(DIALOG) != 1:
        problems.append(
            f"overrides/partials/search.html is no longer Material {version}'s partials/search.html "
            f"with only the dialog's aria-label added: {RECOPY}"
        )
    return problems


def _enum_values(source: str) -> dict[str, int]:
    """The members of a TypeScript enum body, numbered as TypeScript numbers them."""
    body = re.sub(r"/\*.*?\*/|//[^\n]*", "", source, flags=re.DOTALL)
    values, value = {}, -1
    for member in filter(None, (m.strip() for m in body.split(","))):
        name, _, initial = member.partition("=")
        value = int(initial) if initial.strip() else value + 1
        values[name.strip()] = value
    return values


def _query_type(bundle: Path) -> int | None:
    """SearchMessageType.QUERY, from the TypeScript sources in the bundle's source map."""
    sources = json.loads(bundle.with_name(bundle.name + ".map").read_text(encoding="utf-8"))["sourcesContent"]
    for source in sources:
        found = re.search(r"enum SearchMessageType \{(.*?)\}", source or "", flags=re.DOTALL)
        if found:
            return _enum_values(found[1]).get("QUERY")
    return None


def search_message_problems(templates: Path, version: str) -> list[str]:
    """Material still posts {type: <QUERY>, data: query} to a Worker, with the type search-query.js rewrites."""
    ours = re.search(r'message\.type === (\d+) && typeof message\.data === "string"', SEARCH_QUERY.read_text())
    assert ours, "docs/assets/javascripts/search-query.js no longer tests message.type: update this test with it"
    bundles = sorted((templates / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        return [f"Material {version} has {len(bundles)} bundle.*.min.js, not one: read how its search posts queries"]
    bundle, expected = bundles[0], int(ours[1])
    query = _query_type(bundle)
    fix = (
        f"docs/assets/javascripts/search-query.js patches Worker.prototype.postMessage and rewrites only "
        f"{{type: {expected}, data: <query string>}}: read how {bundle.name} posts the query and update it"
    )
    problems = []
    if query != expected:
        problems.append(f"Material {version} numbers its search query message {query}, not {expected}: {fix}")
        expected = query if query is not None else expected
    code = bundle.read_text(encoding="utf-8")
    if not re.search(r"\.next\(\{type:" + str(expected) + r",data:[\w$]+\}\)", code):
        problems.append(
            f"Material {version} no longer posts search queries as {{type: {expected}, data: query}}: {fix}"
        )
    if "new Worker(" not in code or ".postMessage(" not in code:
        problems.append(
            f"Material {version} no longer talks to its search worker through new Worker() and postMessage: {fix}"
        )
    return problems


INDEX_REQUEST = re.compile(r'new URL\("search/search_index\.json",[\w$.]+\)')
HOLD = (
    "docs/assets/javascripts/search-query.js holds back the XMLHttpRequest for search/search_index.json "
    "until a reader reaches for search: read how {bundle} loads the index and update it"
)


def index_request_problems(templates: Path, version: str) -> list[str]:
    """Material still loads its search index with an XMLHttpRequest for search/search_index.json."""
    assert "search\\/search_index\\.json" in SEARCH_QUERY.read_text(), (
        "docs/assets/javascripts/search-query.js no longer holds back the index request: update this test with it"
    )
    bundles = sorted((templates / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        return [f"Material {version} has {len(bundles)} bundle.*.min.js, not one: read how its search loads its index"]
    code = bundles[0].read_text(encoding="utf-8")
    fix = HOLD.format(bundle=bundles[0].name)
    problems = []
    if not INDEX_REQUEST.search(code):
        problems.append(f"Material {version} no longer asks for search/search_index.json: {fix}")
    if "new XMLHttpRequest" not in code:
        problems.append(f"Material {version} no longer loads files with XMLHttpRequest: {fix}")
    return problems


def _material_scripts(templates: Path) -> str:
    """What `super()` gives overrides/main.html's scripts block: Material's block, rendered as MkDocs does."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates), auto_reload=False)  # noqa: S701 (as MkDocs)
    env.filters["url"] = mkdocs_templates.url_filter
    env.filters["script_tag"] = mkdocs_templates.script_tag_filter
    config = load_config(str(ROOT / "mkdocs.yml"))
    base = env.get_template("base.html")
    context = base.new_context({"config": config, "base_url": ".", "page": None})
    return "".join(base.blocks["scripts"](context))


def script_tag_problems(templates: Path, version: str) -> list[str]:
    """overrides/main.html's replace() still finds, and defers, every script tag Material's block writes."""
    found = re.search(r'\{\{ super\(\) \| replace\("([^"]+)", "([^"]+)"\) \}\}', MAIN.read_text(encoding="utf-8"))
    assert found, "overrides/main.html no longer defers scripts with replace() in super(): update this test with it"
    old, new = found[1], found[2]
    tags = re.findall(r"<script\b[^>]*>", _material_scripts(templates).replace(old, new))
    fix = f'update the replace("{old}", "{new}") in overrides/main.html\'s scripts block so every script is deferred'
    problems = [
        f"Material {version}'s base.html writes {tag} in its scripts block, which overrides/main.html no longer defers: {fix}"
        for tag in tags
        if " src=" in tag and " defer" not in tag
    ]
    if not any("assets/javascripts/bundle." in tag for tag in tags):
        problems.append(f"Material {version}'s base.html no longer loads its bundle in its scripts block: {fix}")
    return problems


def stop_word_problems(templates: Path, version: str) -> list[str]:
    """Each language's stop words (lang/<code>_reading.py) are the ones its lunr drops, and the query script's
    English list is English's: a glossary term of stop words would never be found, a query would require them."""
    lunr = templates / "assets" / "javascripts"
    fix = "copy the list into hooks/explainer/lang/{code}_reading.py's stop_words"
    problems = []
    for code, reading in READING.items():
        if code == "en":
            [worker] = sorted((lunr / "workers").glob("search.*.min.js"))
            found = re.search(r'StopWordFilter\(\[("a","able".*?)\]', worker.read_text(encoding="utf-8"))
            listed = json.loads(f"[{found[1]}]") if found else []
        else:
            script = (lunr / "lunr" / "min" / f"lunr.{code}.min.js").read_text(encoding="utf-8")
            found = re.search(r'StopWordFilter\("([^"]*)"', script)
            listed = found[1].split(" ") if found else []
        if listed != reading.stop_words.split():
            problems.append(f"Material {version}'s lunr drops other {code!r} stop words: {fix.format(code=code)}")
    query = (ROOT / "docs" / "assets" / "javascripts" / "search-query.js").read_text(encoding="utf-8")
    written = re.search(r'var stop = new Set\(\((.*?)\)\.split\(" "\)\)', query, re.S)
    words = "".join(re.findall(r'"([^"]*)"', written[1])).split(" ") if written else []
    if words != READING["en"].stop_words.split():
        problems.append("docs/assets/javascripts/search-query.js drops other stop words than en_reading.py lists")
    return problems


Check = Callable[[Path, str], list[str]]
CHECKS: list[Check] = [
    search_partial_problems,
    search_message_problems,
    index_request_problems,
    script_tag_problems,
    stop_word_problems,
]


@pytest.mark.parametrize("check", CHECKS, ids=[c.__name__ for c in CHECKS])
def test_installed_material_matches_our_overrides(check: Check) -> None:
    problems = check(MATERIAL, VERSION)
    assert not problems, "\n".join(problems)


# A copy of the files checked, with one change each: every check can fail, and says what to do.


def copy_of_material(folder: Path, names: Iterable[str]) -> Path:
    """The named files of Material's templates folder, copied into folder, where a check can read them changed."""
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(MATERIAL / name, folder / name)
    return folder


def problems_after_change(copy: Path, name: str, old: str, new: str, check: Check) -> list[str]:
    """What check says of the copy once the one place old stands in its file name reads new."""
    path = copy / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return check(copy, VERSION)


@pytest.fixture
def material_copy(tmp_path: Path) -> Path:
    scripts = MATERIAL / "assets" / "javascripts"
    names = [
        "base.html",
        "partials/search.html",
        *(p.relative_to(MATERIAL).as_posix() for p in scripts.glob("bundle.*")),
    ]
    return copy_of_material(tmp_path, names)


BUNDLE = next((MATERIAL / "assets" / "javascripts").glob("bundle.*.min.js")).name
FIX = (
    "docs/assets/javascripts/search-query.js patches Worker.prototype.postMessage and rewrites only "
    f"{{type: 2, data: <query string>}}: read how {BUNDLE} posts the query and update it"
)
DEFER = 'update the replace("<script src=", "<script defer src=") in overrides/main.html\'s scripts block so every script is deferred'
MODULE_TAG = '<script type="module" src="{{ \'assets/javascripts/bundle'

MUTATIONS = [
    (
        "partial changed",
        "partials/search.html",
        'name="search"',
        'name="search" novalidate',
        search_partial_problems,
        [
            f"Material {VERSION} changed partials/search.html: {RECOPY}",
            f"overrides/partials/search.html is no longer Material {VERSION}'s partials/search.html with only the dialog's aria-label added: {RECOPY}",
        ],
    ),
    (
        "message renumbered",
        f"assets/javascripts/{BUNDLE}.map",
        "enum SearchMessageType {\\n  SETUP,",
        "enum SearchMessageType {\\n  SETUP = 1,",
        search_message_problems,
        [
            f"Material {VERSION} numbers its search query message 3, not 2: {FIX}",
            f"Material {VERSION} no longer posts search queries as {{type: 3, data: query}}: {FIX}",
        ],
    ),
    (
        "message reshaped",
        f"assets/javascripts/{BUNDLE}",
        ".next({type:2,data:i})",
        ".next({type:2,data:{query:i}})",
        search_message_problems,
        [f"Material {VERSION} no longer posts search queries as {{type: 2, data: query}}: {FIX}"],
    ),
    (
        "no Worker",
        f"assets/javascripts/{BUNDLE}",
        "new Worker(",
        "new SharedWorker(",
        search_message_problems,
        [f"Material {VERSION} no longer talks to its search worker through new Worker() and postMessage: {FIX}"],
    ),
    (
        "index fetched",
        f"assets/javascripts/{BUNDLE}",
        "new XMLHttpRequest",
        "new FetchRequest",
        index_request_problems,
        [f"Material {VERSION} no longer loads files with XMLHttpRequest: {HOLD.format(bundle=BUNDLE)}"],
    ),
    (
        "index renamed",
        f"assets/javascripts/{BUNDLE}",
        'new URL("search/search_index.json",',
        'new URL("search/index.json",',
        index_request_problems,
        [f"Material {VERSION} no longer asks for search/search_index.json: {HOLD.format(bundle=BUNDLE)}"],
    ),
    (
        "script tag changed",
        "base.html",
        "<script src=\"{{ 'assets/javascripts/bundle",
        MODULE_TAG,
        script_tag_problems,
        [
            f'Material {VERSION}\'s base.html writes <script type="module" src="./assets/javascripts/{BUNDLE}"> in its scripts block, which overrides/main.html no longer defers: {DEFER}'
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "check", "problems"), [m[1:] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS]
)
def test_a_changed_material_fails_with_what_to_do(
    material_copy: Path, name: str, old: str, new: str, check: Check, problems: list[str]
) -> None:
    assert problems_after_change(material_copy, name, old, new, check) == problems
