"""What check.py, wikilinks.py, text_rules.py and home.py's fill_page tell an editor, in the site's language.

A Spanish story's editor reads each problem in Spanish: a table of broken notes and the exact line
`make check` prints for each, and every key of these modules has Spanish words of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, write_project
from explainer import load_and_check
from explainer.lang import TABLES, Told, said
from explainer.render.home import fill_page
from explainer.text_rules import text_problems
from explainer.wikilinks import find_links, link_problem

MINE = ("check.check.", "check.wikilinks.", "check.text-rules.", "check.home.")
"""The keys of en_check.py's section for check.py, wikilinks.py, text_rules.py and render/home.py."""
SEED = "seeds/russian-troops-in-venezuela.txt"

MISTAKES = [
    (
        "content/figures.yml",
        """
        - id: servicemen
          value: "999"
          label: Russian servicemen seen landing
          sources: [the-week]
        """,
        f"content/figures.yml:2: value: '999' no aparece en {SEED}: escríbala como la escribe la fuente",
    ),
    (
        "content/relations.yml",
        """
        - id: russia-supports-russia
          subject: russia
          type: supports
          object: russia
          sources: [the-week]
          text: Russia backs Russia.
        """,
        "content/relations.yml:4: object: una relación de tipo 'supports' une 'russia' consigo mismo: ponga en `object` "
        "el identificador de otro actor",
    ),
    (
        "content/events.yml",
        """
        - id: landing
          date: "2999-01"
          title: Russian servicemen land in Caracas
          actors: [russia]
          sources: [the-week]
        """,
        "content/events.yml:2: date: 2999-01 está en el futuro",
    ),
    (
        "content/events.yml",
        """
        - id: landing
          date: "2019-05"
          title: Russian servicemen land in Caracas
          actors: [russia]
          sources: [the-week]
        """,
        "content/events.yml:2: date: 2019-05 es posterior a la publicación de sus fuentes (marzo de 2019): escriba la "
        "fecha solo con la precisión que permite la fuente",
    ),
    (
        "content/events.yml",
        """
        - id: landing
          date: "2019-03"
          title: Russian servicemen land in [[russia]]
          actors: [nobody]
          sources: [the-week]
        """,
        "content/events.yml:3: title: [[actor:russia]]: title es texto simple, donde no se crea ningún enlace: escriba "
        "las palabras (los enlaces funcionan en text)",
    ),
    (
        "content/events.yml",
        """
        - id: landing
          date: "2019-03"
          title: Russian servicemen land in Caracas
          actors: [nobody]
          sources: [the-week]
        """,
        "content/events.yml:4: actors: no hay ninguna nota actor con el identificador 'nobody': añada "
        "content/actors/nobody o use uno de estos: maria-zakharova, nicolas-maduro, russia",
    ),
    (
        "content/events.yml",
        """
        - id: Landing_Day
          date: "2019-03"
          title: Russian servicemen land in Caracas
          actors: [russia]
          sources: [the-week]
        """,
        "content/events.yml:1: id: 'Landing_Day' no es un identificador simple: use minúsculas, cifras y guiones "
        "sueltos (army-chief)",
    ),
    (
        "content/quotes.yml",
        """
        - id: one-word
          speaker: maria-zakharova
          text: "Premature"
          sources: [the-week]
        """,
        "content/quotes.yml:3: text: una sola palabra no puede ser una cita: 'Premature'; dígala en una frase de la "
        'propia nota, con la palabra entre comillas y su pasaje: La calificó de "prematura".^["…"]',
    ),
    (
        "content/quotes.yml",
        """
        - id: not-there
          speaker: maria-zakharova
          text: "As long as they want, said nobody at all."
          sources: [the-week]
        """,
        f"content/quotes.yml:3: text: la cita no aparece palabra por palabra en {SEED}: 'As long as they want, said "
        "nobody at all.'; el pasaje más cercano: 'As long as they need. As long'",
    ),
    (
        "content/quotes.yml",
        """
        - id: cut-short
          speaker: maria-zakharova
          text: "As long … the Venezuelan government needs."
          sources: [the-week]
        """,
        "content/quotes.yml:3: text: demasiado corta para citarla: 'As long … the Venezuelan government needs.' (el "
        "fragmento 'As long'); cite al menos 3 palabras a cada lado de un corte, o todo lo que la fuente pone entre "
        "un mismo par de comillas",
    ),
    (
        "content/quotes.yml",
        """
        - id: wrong-speaker
          speaker: russia
          text: "As long as they need. As long as the Venezuelan government needs."
          sources: [the-week]
        """,
        f"content/quotes.yml:2: speaker: quien habla, 'Russia' (o un alias), no aparece nombrado junto a este pasaje "
        f"en {SEED}: 'As long as they need. As long as the Venezuelan government needs.'; revise quién habla, o "
        "añada a los alias del actor el nombre que le da la fuente",
    ),
    (
        "content/quotes.yml",
        """
        - id: as-long
          speaker: maria-zakharova
          text: "As long as they need. As long as the Venezuelan government needs."
          sources: [the-week]
        - id: as-long
          speaker: maria-zakharova
          text: ""
          sources: [the-week]
        """,
        "content/quotes.yml:5: id: el identificador de quote 'as-long' ya se usa en content/quotes.yml:1: elija otro "
        "identificador",
    ),
    (
        "content/actors/index.md",
        """
        ---
        name: Index
        kind: country
        role: A country
        sources: [the-week]
        ---
        """,
        "content/actors/index.md:2: id: el identificador de actor 'index' lo usa la página índice de Actores, "
        "actors/index.md: elija otro identificador",
    ),
    (
        "content/actors/venezuela.md",
        """
        ---
        name: Venezuela
        kind: country
        role: A country
        side: nowhere
        aliases: [""]
        sources: [the-week]
        ---
        """,
        "content/actors/venezuela.md:5: side: 'nowhere' no es uno de estos valores: maduro, guaido, divided, neutral",
    ),
    (
        "content/actors/venezuela.md",
        """
        ---
        name: Venezuela
        kind: country
        role: A country
        aliases: [""]
        sources: []
        ---
        """,
        "content/actors/venezuela.md:5: aliases: contiene un alias vacío: quítelo o escriba el otro nombre",
    ),
    (
        "content/actors/venezuela.md",
        """
        ---
        name: Venezuela
        kind: country
        role: A country
        sources: []
        ---
        """,
        "content/actors/venezuela.md:5: sources: cite al menos una fuente: `sources: [source-id]`",
    ),
    (
        "content/actors/venezuela.md",
        """
        ---
        name: Venezuela
        kind: country
        role: A country
        sources: [the-week]
        ---
        Backs [[nobody]].
        """,
        "content/actors/venezuela.md:7: body: [[actor:nobody]] no enlaza con ninguna nota actor: revise el "
        "identificador",
    ),
    (
        "content/actors/venezuela.md",
        """
        ---
        name: Venezuela
        kind: country
        role: A country
        sources: [the-week]
        ---
        Backs [[actr:russia]].
        """,
        "content/actors/venezuela.md:7: body: [[actr:russia]]: tipo desconocido; ¿quería decir [[actor:russia]]? use "
        "uno de estos: actor, term, event, quote, explanation, source",
    ),
    (
        "content/actors/venezuela.md",
        """
        ---
        name: Venezuela
        kind: country
        role: A country
        sources: [the-week]
        ---
        A country.
        <script>alert(1)</script>
        """,
        "content/actors/venezuela.md:8: body: <script> no está permitido: quítelo (las notas contienen Markdown y HTML "
        "simple, nunca scripts, marcos, objetos incrustados ni estilos)",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), MISTAKES, ids=[said_[:40] for _, _, said_ in MISTAKES])
def test_a_spanish_editor_reads_the_checks_problems_in_spanish(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    problems = load_and_check(write_project(tmp_path, {**MINIMAL, name: text}), language="es", sourcing=False).problems
    assert expected in [problem.said("es") for problem in problems]
    mine = [p for p in problems if isinstance(p.message, Told) and p.message.key.startswith(MINE)]
    assert [p for p in mine if p.said("es") == str(p)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a\x07b",
            "contiene un carácter de control invisible (U+0007) que ninguna página puede mostrar: bórrelo (estos "
            "caracteres llegan con el texto pegado desde otros programas)",
        ),
        ("a\ud800b", "contiene un sustituto (surrogate) suelto (U+D800) que ninguna página puede mostrar: bórrelo"),
        ("a\ufffeb", "contiene un no-carácter (U+FFFE) que ninguna página puede mostrar: bórrelo"),
        (
            '<img src=x onerror="go()">',
            "el atributo onerror= ejecuta código en el navegador del lector: quítelo (las notas contienen Markdown y "
            "HTML simple, nunca scripts, marcos, objetos incrustados ni estilos)",
        ),
        (
            "[here](javascript:go())",
            "un enlace javascript: no está permitido: enlace a una dirección https://, o a una nota con [[id]]",
        ),
        (
            "one\n=======\ntwo",
            "queda una línea de un conflicto de fusión (=======): conserve la versión buena del texto y borre las "
            "líneas del conflicto (<<<<<<<, =======, >>>>>>>)",
        ),
    ],
)
def test_what_no_text_may_hold_is_said_in_spanish(text: str, expected: str) -> None:
    [(_, message)] = text_problems(text)
    assert said("es", message).startswith(expected)
    assert said("es", message) != str(message)


def test_a_link_with_no_note_is_said_in_spanish() -> None:
    [link] = find_links("See [[term:nothing]].")
    problem = link_problem(link, {"term": {"sanctions"}})
    assert problem is not None
    assert said("es", problem) == "[[term:nothing]] no enlaza con ninguna nota term: revise el identificador"
    assert str(problem) == "[[term:nothing]] links to no term: check the id"


def test_an_unknown_block_on_a_hand_written_page_is_said_in_spanish(minimal: Path) -> None:
    notes = load_and_check(minimal, language="es", sourcing=False).notes
    _, problems = fill_page(notes, "# Home\n\n<!-- explainer: nope -->\n", "index.md", "docs/index.md", 4)
    assert [p.said("es") for p in problems] == [
        "docs/index.md:6: bloque desconocido <!-- explainer: nope -->: use uno de estos: key-figures, "
        "reporting-up-to, ways-in"
    ]


def test_every_key_of_these_modules_has_spanish_words_of_its_own() -> None:
    mine = [key for key in TABLES["en"] if key.startswith(MINE)]
    assert len(mine) >= 45
    assert [key for key in mine if TABLES["es"][key] == TABLES["en"][key]] == []  # each holds words
