"""English: what the check tells an editor (make check, make serve, make site). Other tables have these keys.

{names} are filled in by the engine; keep them, in the order the language needs. Names of fields,
files, kinds of note and ids stay as the editor writes them. Keys ending .one and .other are the
same words for one and for any other number.
"""

from __future__ import annotations

from ..model import KINDS

WORDS: dict[str, str] = {
    # What is printed around the problems (__main__.py, the MkDocs hook, the guide).
    "check.notes-have.one": "The notes have {n} problem:",
    "check.notes-have.other": "The notes have {n} problems:",
    "check.preview-banner.one": "The notes have {n} problem: this preview may be incomplete",
    "check.preview-banner.other": "The notes have {n} problems: this preview may be incomplete",
    "check.placeholders.one": "{n} placeholder from `make new` to fill in before publishing:",
    "check.placeholders.other": "{n} placeholders from `make new` to fill in before publishing:",
    # make check, make new and init (__main__.py).
    "check.to-finish": "To finish before `make site` will publish ({n}):",
    "check.to-finish.one": "To finish before `make site` will publish: {problem}",
    "check.found.one": "{n} problem found.",
    "check.found.other": "{n} problems found.",
    "check.left.one": "; {n} placeholder left to fill in",
    "check.left.other": "; {n} placeholders left to fill in",
    "check.clean": "{notes} notes checked, {seeds} seed(s): no problems{left}.",
    "check.new.too-long": "the id is {length} characters long: use at most {limit} (army-chief, minister-denies-visit)",
    "check.new.not-plain": "{id!r} is not a plain id: use lower-case letters, digits and single hyphens (army-chief, "
    "minister-denies-visit)",
    "check.new.at": " at {path}:{line}",
    "check.new.exists": "{note} with id {id!r} exists already{place}: pick another id, or edit that note",
    "check.new.wrote": "Wrote {path}: replace every TODO, then run `make check`.",
    "check.init.wrote": "Wrote a new explainer in {folder}: {files}",
    "check.init.next": "Next: paste the article into seeds/article.txt, replace every TODO, then run `make check` there.",
    # A note of each kind, as a sentence names one it has not named yet.
    **{f"check.a.{kind}": f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}" for kind in KINDS},
    # The MkDocs hook (explainer_hooks.py).
    "check.clash.hand-written": "{page} is published at {address}, where the generated page {generated} goes: "
    "rename or remove {page}",
    "check.clash.generated": "the generated pages {first} and {second} are both published at {address}: rename the "
    "note one of them is made from",
    "check.code-changed": "changed since `make serve` started{others}: this preview still runs the old code; stop the "
    "server (Ctrl+C) and run `make serve` again to use the new code",
    "check.code-changed.others": " (and {files})",
    # The site's language (lang/missing.py).
    "check.language.unknown": "no table of words for the language {language!r}: use one of {known}, or add "
    "hooks/explainer/lang/{language}.py, {language}_guide.py and {language}_check.py (copy en.py, en_guide.py and "
    "en_check.py and translate them; see the editor's guide)",
    "check.language.missing": "missing from the {language!r} table: add it, translating {english}'s",
    # -- load.py, reading.py, yaml_lines.py, convert.py, handwritten.py, template.py, init.py, __main__.py --
    #
    # -- check.py, story_check.py, wikilinks.py, text_rules.py, render/home.py --
    #
    # -- claims.py, passages.py, verbatim.py, quotations.py, support.py, mistakes.py --
    #
}
