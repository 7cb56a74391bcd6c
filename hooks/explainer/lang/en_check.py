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
    # The summary `make check` prints (claims.Coverage).
    "check.claims.coverage": "Reporting sentences with passages: {reporting} of {total} ({share} %); "
    "context: {context}; analysis: {analysis}; flags: {flags}.",
    # Sentences and field claims without their passages (claims.py).
    "check.claims.no-passage": '{sentence!r} has no passage: add ^["the source\'s exact words"] after it, '
    "or mark it ^[context: where it comes from] or ^[analysis]",
    "check.claims.finding": "{sentence!r}: {finding}",
    "check.claims.no-source": "^[{source}: …] names no source: use a source id, or none",
    "check.claims.side": 'side {side!r} is a claim: add the passage that shows it, `side: {side} ^["…"]`',
    "check.claims.relation-type": "'{type}' is a claim: add a passage after the type or after the text",
    "check.claims.not-credited": "no passage of this note names {name!r}: cite the words that credit them",
    # A marker that cannot be read (passages.py).
    "check.passages.at-marker": "`^[{marker}…`: {problem}",
    "check.passages.no-closing": "the marker has no closing ]",
    "check.passages.no-closing-quote": "the passage has no closing {closing}] after it",
    "check.passages.before-quote": "`^[{head} …` : write a source id (source-id) or nothing before the passage's "
    "quote marks",
    "check.passages.empty": "empty passage: copy the source's words between the quote marks",
    "check.passages.bare-context": "`^[context]` says where the background comes from: `^[context: general knowledge]`",
    "check.passages.not-a-voice": "`^[{head}]` is not a passage, `context: …` or `analysis`: {hint}",
    "check.passages.did-you-mean": "did you mean `^[{voice}: …]`?",
    "check.passages.quote-it": 'put the passage in quote marks: `^["exact words"]`',
    # A passage that is not the source's words, and what a sentence says beyond its passages (support.py).
    "check.support.elision": "passage {passage!r} has an elision: a passage is one unbroken run of the source; "
    "write two markers",
    "check.support.too-short": "passage {passage!r} is too short to carry a claim: copy at least {n} words of the "
    "source",
    "check.support.no-seed": "cite a source whose text is in seeds/, so the passage can be checked",
    "check.support.not-found": "passage not found word for word in {source}'s text: {passage!r}; "
    "closest passage: {closest!r}",
    "check.support.number": "the number {number} is not in its passages",
    "check.support.date-word": "the date word {word!r} is not in its passages",
    "check.support.quoted": "the words in quotation marks {words!r} are not in its passages",
    "check.support.name": "the name {name!r} is not in its passages: cite a passage that names it, or link the actor",
    "check.support.hedge": "drops the passage's hedge {hedge!r}: keep it (or a word like it)",
    "check.support.says-unnamed": "says {who!r} said it, but no passage names {who!r}: cite the passage that does",
    "check.support.gives-words": "its passage gives these words to {who!r}: name {who!r} in the sentence",
    #
}
