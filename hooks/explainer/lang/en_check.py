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
    # Reading content/ (load.py).
    "check.load.no-notes": "no notes found: add notes under content/ (see the editor's guide)",
    "check.load.not-a-kind": "not a kind of note: put it in one of {folders}",
    "check.load.no-story": "no story note: write content/story.md (the question, the sides, the relation types; "
    "`python -m explainer init` writes one to fill in, and the editor's guide shows every field)",
    "check.load.rename": "not read: a note's name ends in .md or .yml, in lower case: rename it {name}",
    "check.load.not-a-note": "not a note, so not read: notes are .md files (one note) or .yml files (a list of "
    "notes); move this file out of content/",
    "check.load.front-matter-fields": "front matter must be `field: value` lines",
    "check.load.not-a-list": "expected a list of notes, each starting with `- id: ...`",
    "check.load.item-not-a-note": "list item {item} is not a note: write `- id: ...` and its fields",
    "check.load.no-front-matter": "a note starts with a `---` line, then its fields, then `---`",
    "check.load.front-matter-open": "front matter is not closed: add a `---` line after the fields",
    # Reading a file (reading.py); {reason} is the system's own words.
    "check.reading.cannot-read": "cannot be read ({reason}): check its permissions",
    "check.reading.broken-link": "links to a file that does not exist: remove the link or fix it",
    "check.reading.not-plain": "not a plain file (a pipe, socket or device), so it is not read: remove it",
    "check.reading.link-out": "links to a place outside the project, so it is not read: put the file itself here",
    "check.reading.too-large": "file is {size:,} bytes, over the {limit:,} limit: is it the right file?",
    "check.reading.not-utf8": "not UTF-8 text (byte 0x{byte:02x}): save the file as UTF-8",
    "check.reading.empty": "file is empty: write the note or delete the file",
    # Reading YAML (yaml_lines.py); {what} and {context} are PyYAML's own words.
    "check.yaml.character": "the character {code} is not allowed in a note: remove it",
    "check.yaml.detail": "{what} ({context})",
    "check.yaml.detail-at": "{what} ({context} started on line {line})",
    "check.yaml.unreadable": "YAML could not be read: {detail}; check indentation, and quote text that holds ':' or "
    "starts with a symbol",
    "check.yaml.unreadable-marker": "YAML could not be read: {detail}; a value with a ^[…] marker in it goes in "
    "quotes, or on the next lines after `>-`",
    "check.yaml.escape": "an escape in this text makes {code}, which a note cannot hold: remove it",
    "check.yaml.anchor": "{mark}{name}: anchors and aliases (&name, *name) are not allowed in notes: write the value "
    "out in full",
    "check.yaml.second-document": "a second YAML document starts here: a file holds one, so remove this `---`",
    "check.yaml.tag": "the tag {tag} is not allowed in notes: remove it (quote text that starts with !)",
    "check.yaml.key-not-text": "a field name must be plain text, not a list or a set of fields",
    "check.yaml.too-deep": "YAML is nested more than {depth} levels deep: notes need only a few",
    "check.yaml.merge-key": "`<<` merge keys are not allowed in notes: write each field out in full",
    "check.yaml.second-id": "a second `id` in one note (the first is on line {line}): start each note with `- id:`",
    "check.yaml.twice": "written twice in one note (first on line {line}): keep one",
    # A note's fields and their types (convert.py); {meaning} is the guide's words for the field.
    "check.convert.id-differs": "id {id} differs from the file name: remove the id line",
    "check.convert.unknown-field.close": "unknown field: did you mean `{name}`?",
    "check.convert.unknown-field": "unknown field: allowed: {fields}",
    "check.convert.missing": "missing required field: add `{name}: {example}` ({meaning})",
    "check.convert.expected": "expected {expected}, found {found} {value}",
    "check.convert.a-set-of-fields": "a set of fields",
    "check.convert.a-list": "a list",
    "check.convert.nothing": "nothing",
    "check.convert.true-false": "true/false",
    "check.convert.a-number": "a number",
    "check.convert.text": "text",
    "check.convert.a-whole-number": "a whole number such as 1, 2 or 10",
    "check.convert.a-list-of": "a list of {items}, each starting `- {first}: ...`",
    "check.convert.items.point": "points",
    "check.convert.items.correction": "corrections",
    "check.convert.items.side": "sides",
    "check.convert.items.relation-type": "relation types",
    "check.convert.items.page": "pages",
    "check.convert.not-a-date": "{value} is not a date: write 2019, 2019-03 or 2019-03-25, only as precise as the "
    "source",
    # A hand-written page's corrections (handwritten.py).
    "check.handwritten.future": "{date} is in the future",
    # The story note's own parts (story_check.py).
    "check.story.side-not-plain": "side id {id!r} is not a plain id: use lower-case letters, digits and hyphens",
    "check.story.side-twice": "side {id!r} is already listed at line {line}: list each side once",
    "check.story.no-sides": "no sides: list at least one, each with an id, a label and a short label",
    "check.story.not-a-side": "{side!r} is not one of the sides: use one of: {sides}",
    "check.story.type-not-plain": "relation type {id!r} is not a plain id: use lower-case and hyphens",
    "check.story.type-twice": "relation type {id!r} is already listed at line {line}",
    "check.story.drawn-alike": "{id!r} is drawn like {same!r} ({dash} line, {end} end): give it another dash or end, "
    "so the diagram reads without colour",
    "check.story.no-types": "no relation types: list at least one, each with an id, a label and its drawing",
    "check.story.slug-not-plain": "{slug!r} is not a plain slug: use lower-case letters, digits and hyphens",
    "check.story.slug-taken": "{slug!r} is the address of another page: pick another slug",
    "check.story.correction-field": "a story correction's field {field!r} names nothing readers read: write {intro}, "
    "or a page's description or card (background.description, question.card)",
    "check.story.page-twice": "page {page!r} is described twice: keep one",
    # What `make new` and init leave to fill in (template.py); {meaning} is the guide's words for the field.
    "check.template.todo": "still holds the TODO placeholder from `make new`: write it: {meaning}",
    "check.template.todo.optional": "still holds the TODO placeholder from `make new`: write it ({meaning}) or delete "
    "it",
    "check.template.init-todo": "still holds the TODO placeholder from `python -m explainer init`: write it: {meaning}",
    "check.template.init-seed": "still the placeholder from `python -m explainer init`: paste the article's text here",
    "check.template.same-quote": "same as quote {id!r} ({at}): `make new` copies an example so the note passes the "
    "check; replace it with the words you are quoting, or delete the repeat",
    "check.template.same-figure": "same as figure {id!r} ({at}): `make new` copies an example so the note passes the "
    "check; replace it with the number you are citing, or delete the repeat",
    # A new note's comment on its body (template.py).
    "check.new.below": "Below the closing --- line: {comment}",
    # Why init cannot start an explainer (init.py).
    "check.init.no-table": "no table of words for {language!r}: use one of {known}",
    "check.init.not-empty": "{folder} is not empty: start a new explainer in an empty or new folder",
    #
    # -- check.py, story_check.py, wikilinks.py, text_rules.py, render/home.py --
    #
    # -- claims.py, passages.py, verbatim.py, quotations.py, support.py, mistakes.py --
    #
}
