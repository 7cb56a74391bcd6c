"""What loading, the story's check, `make new`'s placeholders and init tell an editor, in Spanish.

Each case breaks a small project held in memory and asserts the exact line a Spanish editor reads,
and the exact English line an English one reads for the same mistake.
"""

from __future__ import annotations

import string
import textwrap
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, SEED
from explainer import load_and_check
from explainer.__main__ import main
from explainer.init import InitError, init_project
from explainer.lang import TABLES, en_check, said
from explainer.problems import Problem
from explainer.template import find_unfinished
from explainer.yaml_lines import parse_yaml

_FILES = {name: textwrap.dedent(text).lstrip("\n") for name, text in MINIMAL.items()}
_FILES[f"seeds/{SEED}"] = (ROOT / "seeds" / SEED).read_text(encoding="utf-8")
_RUSSIA = "content/actors/russia.md"
_QUOTES = "content/quotes.yml"
_MY_SECTION = ("check.load.", "check.reading.", "check.yaml.", "check.convert.", "check.handwritten.")
_MY_SECTION += ("check.story.", "check.template.", "check.init.no-table", "check.init.not-empty")


def _replaced(path: str, old: str, new: str) -> dict[str, str]:
    assert old in _FILES[path], old
    return {path: _FILES[path].replace(old, new, 1)}


def _said(changes: dict[str, str], language: str) -> list[str]:
    files = {name: text for name, text in {**_FILES, **changes}.items() if text}
    checked = load_and_check(Path("/project"), language=language, sourcing=False, texts=files)
    unfinished = find_unfinished(checked.notes)
    return [problem.said(language) for problem in [*checked.problems, *unfinished]]


_SAME_QUOTE = """- id: copy
  speaker: maria-zakharova
  text: "As long as they need. As long as the Venezuelan government needs."
  sources: [the-week]
"""
_FUTURE = '---\ncorrections:\n  - date: "2999-01-01"\n    said: a\n    why: b\n---\n# Home\n'
# (what is changed, what an English editor reads, what a Spanish one reads)
CASES = [
    (
        {"content/notes.txt": "mine"},
        "content/notes.txt: not a note, so not read: notes are .md files (one note) or .yml files (a list of notes); "
        "move this file out of content/",
        "content/notes.txt: no es una nota, así que no se ha leído: las notas son archivos .md (una nota) o .yml "
        "(una lista de notas); saque este archivo de content/",
    ),
    (
        {"content/actors/Putin.MD": "---\nname: x\n---\n"},
        "content/actors/Putin.MD: not read: a note's name ends in .md or .yml, in lower case: rename it Putin.md",
        "content/actors/Putin.MD: no se ha leído: el nombre de una nota termina en .md o .yml, en minúsculas: "
        "cámbielo a Putin.md",
    ),
    (
        {"content/actors/putin.md": "---\nname: x\n"},
        "content/actors/putin.md:1: front matter is not closed: add a `---` line after the fields",
        "content/actors/putin.md:1: la cabecera no está cerrada: añada una línea `---` después de los campos",
    ),
    (
        {"content/terms.yml": "- just text\n"},
        "content/terms.yml: list item 'just text' is not a note: write `- id: ...` and its fields",
        "content/terms.yml: el elemento de la lista 'just text' no es una nota: escriba `- id: ...` y sus campos",
    ),
    (
        {"content/actors/putin.md": "\n"},
        "content/actors/putin.md: file is empty: write the note or delete the file",
        "content/actors/putin.md: el archivo está vacío: escriba la nota o borre el archivo",
    ),
    (
        _replaced(_RUSSIA, "kind: country\n", "kind: country\nkind: person\n"),
        "content/actors/russia.md:4: kind: written twice in one note (first on line 3): keep one",
        "content/actors/russia.md:4: kind: escrito dos veces en una nota (la primera en la línea 3): deje solo uno",
    ),
    (
        _replaced(_RUSSIA, "kind: country", "kind: &k country"),
        "content/actors/russia.md:3: &k: anchors and aliases (&name, *name) are not allowed in notes: write the value "
        "out in full",
        "content/actors/russia.md:3: &k: las anclas y los alias (&name, *name) no están permitidos en las notas: "
        "escriba el valor completo",
    ),
    (
        _replaced(_QUOTES, "  speaker: maria-zakharova", "  speaker: 'maria-zakharova"),
        "content/quotes.yml:5: YAML could not be read: found unexpected end of stream (while scanning a quoted scalar "
        "started on line 2); check indentation, and quote text that holds ':' or starts with a symbol",
        "content/quotes.yml:5: no se ha podido leer el YAML: el texto termina antes de tiempo (al leer un texto entre "
        "comillas, que empieza en la línea 2); revise la sangría, y ponga entre comillas el texto que contiene ':' o "
        "empieza por un símbolo",
    ),
    (
        _replaced(_RUSSIA, "kind: country", "kind: country^[context: x]"),
        "content/actors/russia.md:3: YAML could not be read: mapping values are not allowed here; a value with a ^[…] "
        "marker in it goes in quotes, or on the next lines after `>-`",
        "content/actors/russia.md:3: no se ha podido leer el YAML: aquí no puede haber un valor de campo; un valor "
        "con un marcador ^[…] va entre comillas, o en las líneas siguientes después de `>-`",
    ),
    (
        _replaced(_RUSSIA, "role:", "rol:"),
        "content/actors/russia.md:4: rol: unknown field: did you mean `role`?",
        "content/actors/russia.md:4: rol: campo desconocido: ¿quería decir `role`?",
    ),
    (
        _replaced(_RUSSIA, "kind: country\n", ""),
        "content/actors/russia.md:2: kind: missing required field: add `kind: ...` (One of: country, government-body, "
        "person, company, organisation, media.)",
        "content/actors/russia.md:2: kind: falta un campo obligatorio: añada `kind: ...` (Uno de los valores de la "
        "columna «tipo».)",
    ),
    (
        _replaced(_QUOTES, "  sources: [the-week]", "  sources: [the-week]\n  status:"),
        "content/quotes.yml:5: status: expected text, found nothing None",
        "content/quotes.yml:5: status: se esperaba texto, pero hay un valor vacío None",
    ),
    (
        {"content/explanations/x.md": "---\ntitle: X\nsummary: y\nsources: [the-week]\nevidence_for: [a]\n---\n"},
        "content/explanations/x.md:5: evidence_for: expected a list of points, each starting `- text: ...`, found a "
        "list ['a']",
        "content/explanations/x.md:5: evidence_for: se esperaba una lista de puntos, en la que cada elemento empieza "
        "por `- text: ...`, pero hay una lista ['a']",
    ),
    (
        _replaced("content/story.md", "column: 1", "column: one"),
        "content/story.md:15: column: expected a whole number such as 1, 2 or 10, found text 'one'",
        "content/story.md:15: column: se esperaba un número entero como 1, 2 o 10, pero hay texto 'one'",
    ),
    (
        _replaced(_RUSSIA, "name: Russia", "id: moscow\nname: Russia"),
        "content/actors/russia.md:2: id: id 'moscow' differs from the file name: remove the id line",
        "content/actors/russia.md:2: id: el identificador 'moscow' no coincide con el nombre del archivo: quite la "
        "línea id",
    ),
    (
        _replaced("content/story.md", "  - id: guaido", "  - id: maduro"),
        "content/story.md:17: sides: side 'maduro' is already listed at line 12: list each side once",
        "content/story.md:17: sides: el bando 'maduro' ya está en la lista en la línea 12: ponga cada bando una sola vez",
    ),
    (
        {"docs/index.md": _FUTURE},
        "docs/index.md:3: date: 2999-01-01 is in the future",
        "docs/index.md:3: date: 2999-01-01 está en el futuro",
    ),
    (
        _replaced(_RUSSIA, "aliases: [Moscow, the Kremlin]", "stance: TODO"),
        "content/actors/russia.md:6: stance: still holds the TODO placeholder from `make new`: write it (Their position "
        "in one or two sentences.) or delete it",
        "content/actors/russia.md:6: stance: todavía tiene el TODO de `make new`: escríbalo (Su postura, en "
        "una o dos frases.) o bórrelo",
    ),
    (
        _replaced(_QUOTES, "  sources: [the-week]\n", "  sources: [the-week]\n" + _SAME_QUOTE),
        "content/quotes.yml:7: text: same as quote 'zakharova-as-long' (content/quotes.yml:1): `make new` copies an "
        "example so the note passes the check; replace it with the words you are quoting, or delete the repeat",
        "content/quotes.yml:7: text: igual que la cita 'zakharova-as-long' (content/quotes.yml:1): `make new` copia un "
        "ejemplo para que la nota pase la comprobación; sustitúyalo por las palabras que cita, o borre la repetición",
    ),
]


@pytest.mark.parametrize(("changes", "english", "spanish"), CASES)
def test_a_mistake_is_told_in_the_sites_language(changes: dict[str, str], english: str, spanish: str) -> None:
    assert english in _said(changes, "en")
    assert spanish in _said(changes, "es")


def test_the_small_project_has_no_problem_of_its_own() -> None:
    assert _said({}, "es") == []


def _words(template: str) -> str:
    """A template without its {names}: what is left to translate."""
    return "".join(literal for literal, *_ in string.Formatter().parse(template))


@pytest.mark.parametrize("key", [key for key in en_check.WORDS if key.startswith(_MY_SECTION)])
def test_every_message_of_loading_is_translated(key: str) -> None:
    english = TABLES["en"][key]
    if any(letter.isalpha() for letter in _words(english)):
        assert TABLES["es"][key] != english
    else:  # only punctuation around names: the same in every language
        assert _words(TABLES["es"][key]) == _words(english)


@pytest.mark.parametrize(
    ("language", "said_there"),
    [
        ("en", "is not empty: start a new explainer in an empty or new folder"),
        ("es", "no está vacía: empiece el nuevo explicador en una carpeta vacía o nueva"),
    ],
)
def test_init_says_why_it_cannot_start_in_the_language_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, said_there: str
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InitError) as refused:
        init_project(tmp_path, ROOT, language)
    assert said(language, refused.value.words) == f"{tmp_path} {said_there}"
    assert main(["init", str(tmp_path), "--language", language]) == 2
    assert capsys.readouterr().err == f"{tmp_path} {said_there}\n"


PYYAML_CASES = [
    # What PyYAML says (English: its own words, as before) and what a Spanish editor reads.
    ("name: a: b\n", "aquí no puede haber un valor de campo; revise la sangría"),
    ('name: "abc\n', "el texto termina antes de tiempo (al leer un texto entre comillas, que empieza en la línea 1)"),
    ("a: [1, 2\n", "se esperaba ',' o ']', pero hay '<stream end>' (al leer una lista entre corchetes, que empieza"),
    ('x: "\\q"\n', "carácter de escape desconocido 'q' (al leer un texto entre comillas dobles, que empieza en la"),
    ("\tname: x\n", "el carácter '\\t' no puede empezar un valor (al buscar el siguiente elemento)"),
]


@pytest.mark.parametrize(("text", "spanish"), PYYAML_CASES)
def test_pyyamls_own_words_are_told_in_the_sites_language(text: str, spanish: str) -> None:
    problems: list[Problem] = []
    parse_yaml(text, "content/quotes.yml", 0, problems)
    [problem] = problems
    assert spanish in problem.said("es")
    english = str(problem)
    pyyaml = [
        TABLES["en"][k] for k in TABLES["en"] if k.startswith("check.yaml.pyyaml.") and "{" not in TABLES["en"][k]
    ]
    assert not [words for words in pyyaml if words in problem.said("es")]
    assert english.startswith("content/quotes.yml:") and "YAML could not be read: " in english
