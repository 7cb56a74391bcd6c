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
    "hooks/explainer/lang/{language}.py, {language}_guide.py, {language}_check.py and {language}_reading.py (copy "
    "en.py, en_guide.py, en_check.py and en_reading.py and translate them; see the editor's guide)",
    "check.language.no-reading": "no words to read {language!r} sentences with: copy en_reading.py here and "
    "translate its months, hedges and cues, then add it to READING in hooks/explainer/lang/__init__.py",
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
    # PyYAML's own words (yaml_lines._pyyaml_patterns finds them by these English ones); others are shown as written.
    "check.yaml.pyyaml.mapping-values": "mapping values are not allowed here",
    "check.yaml.pyyaml.expected-colon": "could not find expected ':'",
    "check.yaml.pyyaml.end-of-stream": "found unexpected end of stream",
    "check.yaml.pyyaml.cannot-start": "found character {found} that cannot start any token",
    "check.yaml.pyyaml.block-end": "expected <block end>, but found {found}",
    "check.yaml.pyyaml.flow-sequence-end": "expected ',' or ']', but got {found}",
    "check.yaml.pyyaml.flow-mapping-end": "expected ',' or '}}', but got {found}",
    "check.yaml.pyyaml.unknown-escape": "found unknown escape character {found}",
    "check.yaml.pyyaml.node-content": "expected the node content, but found {found}",
    "check.yaml.pyyaml.sequence-entries": "sequence entries are not allowed here",
    "check.yaml.pyyaml.mapping-keys": "mapping keys are not allowed here",
    "check.yaml.pyyaml.document-separator": "found unexpected document separator",
    "check.yaml.pyyaml.line-break": "expected a comment or a line break, but found {found}",
    "check.yaml.pyyaml.simple-key": "while scanning a simple key",
    "check.yaml.pyyaml.quoted": "while scanning a quoted scalar",
    "check.yaml.pyyaml.double-quoted": "while scanning a double-quoted scalar",
    "check.yaml.pyyaml.block-scalar": "while scanning a block scalar",
    "check.yaml.pyyaml.block-mapping": "while parsing a block mapping",
    "check.yaml.pyyaml.block-collection": "while parsing a block collection",
    "check.yaml.pyyaml.flow-sequence": "while parsing a flow sequence",
    "check.yaml.pyyaml.flow-mapping": "while parsing a flow mapping",
    "check.yaml.pyyaml.block-node": "while parsing a block node",
    "check.yaml.pyyaml.flow-node": "while parsing a flow node",
    "check.yaml.pyyaml.node": "while parsing a node",
    "check.yaml.pyyaml.next-token": "while scanning for the next token",
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
    "check.handwritten.abbreviation": "`*[{abbreviation}]: …` gives a tooltip on this page only, where no evidence "
    "can show: write it as a term note instead (`make new KIND=term ID=…`), whose tooltip shows on every page and "
    "whose sources the glossary lists",
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
    # Why init cannot start an explainer (init.py).
    "check.init.no-table": "no table of words for {language!r}: use one of {known}",
    "check.init.not-empty": "{folder} is not empty: start a new explainer in an empty or new folder",
    #
    # -- check.py, story_check.py, wikilinks.py, text_rules.py, render/home.py --
    # check.py: ids.
    "check.check.id-too-long": "{length} characters long: shorten the id to {limit} at most",
    "check.check.id-reserved": "{kind} id {id!r} is taken by {used}: pick another id",
    "check.check.reserved.actors-index": "the Actors index page, actors/index.md",
    "check.check.reserved.one-source": "the Sources page's list of claims resting on one source",
    "check.check.reserved.every-relation": "the heading of the table of relations",
    "check.check.reserved.sides-diagram": "the diagram of the sides",
    "check.check.id-page-anchor": "{kind} id {id!r} is an anchor pages use for evidence or corrections: pick another id",
    "check.check.id-evidence-anchor": "explanation id {id!r} looks like the anchor of a point of evidence: pick "
    "another id",
    "check.check.id-not-plain": "{id!r} is not a plain id: use lower-case letters, digits and single hyphens "
    "(army-chief)",
    "check.check.id-used": "{kind} {id!r} is already used at {path}:{line}: pick another id",
    # check.py: fields, references and dates.
    "check.check.self-relation": "a relation of type {type!r} links {subject!r} to itself: give `object` another actor's id",
    "check.check.no-seed": "no file seeds/{seed}: copy the article's text there",
    "check.check.not-a-choice": "{value} is not one of: {allowed}",
    "check.check.no-sources": "cite at least one source: `sources: [source-id]`",
    "check.check.empty": "is empty: write it, or remove the note",
    "check.check.unknown-ref": "no {kind} with id {ref!r}: add content/{kind}s/{ref} or use one of: {known}",
    "check.check.future": "{date} is in the future",
    "check.check.before-sources": "{date} is later than its sources were published ({latest}): write the date only "
    "as precisely as the source allows",
    "check.check.empty-alias": "holds an empty alias: remove it, or write the other name",
    "check.check.common-term": "{spelling!r} is too short or too common a word to mark as a glossary term on every "
    "page: write the term as a phrase readers would look up",
    "check.check.plain-link": "[[{kind}:{id}]]: {field} is plain text, where no link is made: write the words{where}",
    "check.check.plain-link.where": " (links work in {fields})",
    # check.py: quotes and figures against seeds/.
    "check.check.quote-unchecked": "cite a source whose text is in seeds/, so the quote can be checked",
    "check.check.figure-unchecked": "cite a source whose text is in seeds/, so the figure can be checked",
    "check.check.one-word": "a single word cannot stand as a quote: {quote}; say it in a note's own sentence, the "
    'word in quotation marks, with its passage: She called it "premature".^["…"]',
    "check.check.too-short": "too short to quote: {quote}{piece}; quote at least {least} words either side of a cut, "
    "or all that the source holds between one pair of quote marks",
    "check.check.too-short.piece": " (the piece {piece})",
    "check.check.speaker": "speaker {name!r} (or an alias) is not named next to this passage in seeds/{seed}: "
    "{quote}; check the speaker, or add the name the source gives them to the actor's aliases",
    "check.check.pieces-apart": "quote pieces come from different quotations or sentences in seeds/{seed}: {quote}; "
    "quote one passage, or make two quotes",
    "check.check.pieces-apart.paragraphs": "quote pieces come from different paragraphs in seeds/{seed}: {quote}; "
    "quote one passage, or make two quotes",
    "check.check.runs-across": "quote runs across quotations or sentences in seeds/{seed}: {quote}; quote one "
    "passage, or make two quotes",
    "check.check.runs-across.paragraphs": "quote runs across paragraphs in seeds/{seed}: {quote}; quote one passage, "
    "or make two quotes",
    "check.check.not-found": "quote not found word for word in seeds/{seed}: {quote}; closest passage: {closest}",
    "check.check.figure-missing": "{value!r} does not appear in {seeds}: write it as the source does",
    # wikilinks.py: a [[...]] link.
    "check.wikilinks.unknown-kind": "[[{kind}:{id}]]: unknown kind; {hint}use one of {kinds}",
    "check.wikilinks.did-you-mean": "did you mean [[{close}:{id}]]? ",
    "check.wikilinks.no-note": "[[{kind}:{id}]] links to no {kind}: check the id",
    # text_rules.py: what no text may hold.
    "check.text-rules.conflict": "a merge-conflict line ({line}) is left in: keep the right version of the text and "
    "delete the conflict lines (<<<<<<<, =======, >>>>>>>)",
    "check.text-rules.invisible": "holds {what} (U+{code}) that no page can show: delete it (such characters come "
    "with text pasted from other programs)",
    "check.text-rules.surrogate": "a lone surrogate",
    "check.text-rules.control": "an invisible control character",
    "check.text-rules.non-character": "a non-character",
    "check.text-rules.element": "<{name}> is not allowed: remove it ({no_code})",
    "check.text-rules.handler": "the {name}= attribute runs code in the reader's browser: remove it ({no_code})",
    "check.text-rules.no-code": "notes hold Markdown and plain HTML, never scripts, frames, embedded objects or styles",
    "check.text-rules.scheme": "a {scheme}: link is not allowed: link to an https:// address, or to a note with [[id]]",
    # render/home.py: a hand-written page's <!-- explainer: NAME --> block.
    "check.home.unknown-block": "unknown block <!-- explainer: {name} -->: use one of {blocks}",
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
