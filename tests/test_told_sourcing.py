"""What the sourcing check (claims.py, passages.py, support.py) tells a Spanish story's editor is in Spanish.

The editor's sentence and the seed's passage are quoted as written; only the engine's words are translated.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import MINIMAL, write_project
from explainer import load_and_check
from explainer.lang import TABLES

AT = "content/explanations/a-base.md:3: summary: "
NO_PASSAGE = (
    'no tiene pasaje: añada después ^["las palabras exactas de la fuente"], o márquela con ^[context: de dónde sale] '
    "o ^[analysis]"
)


def _explanation(summary: str, more: str = "") -> dict[str, str]:
    """An explanation note whose summary (line 3) is the sentence under test."""
    note = f"---\ntitle: A base^[analysis]\nsummary: >-\n  {summary}\nsources: [the-week]\n{more}---\n"
    return {"content/explanations/a-base.md": note}


UNSEEDED = "---\nname: A Radio Show\nkind: article\n---\nA show.^[context: made up for this test]\n"
LANDING = '^["photographs showed nearly 100 Russian servicemen disembarking"]'

CASES = [
    # (what is wrong, files changed from MINIMAL, every problem as a Spanish editor reads it)
    ("no-passage", _explanation("Russia is setting up a base."), [f"{AT}'Russia is setting up a base.' {NO_PASSAGE}"]),
    (
        "too-short",
        _explanation('Experts came.^["experts are"]'),
        [
            f"{AT}el pasaje 'experts are' es demasiado corto para sostener una afirmación: copie al menos 3 palabras "
            "de la fuente"
        ],
    ),
    (
        "elision",
        _explanation('Experts came.^["Military experts are there … practical implementation"]'),
        [
            f"{AT}el pasaje 'Military experts are there … practical implementation' tiene una elisión: un pasaje es "
            "un tramo seguido del texto de la fuente; escriba dos marcadores"
        ],
    ),
    (
        "not-found",
        _explanation('Experts came.^["Military experts are here"]'),
        [
            f"{AT}pasaje no encontrado palabra por palabra en el texto de the-week: 'Military experts are here'; "
            "pasaje más cercano: 'Military experts are there'"
        ],
    ),
    (
        "no-seed",
        {
            "content/sources/a-radio-show.md": UNSEEDED,
            **_explanation('A base.^[a-radio-show: "three words here"]'),
        },
        [f"{AT}cite una fuente cuyo texto esté en seeds/, para que se pueda comprobar el pasaje"],
    ),
    (
        "no-source",
        _explanation('A base.^[nowhere: "photographs showed nearly 100"]'),
        [f"{AT}^[nowhere: …] no nombra ninguna fuente: use el identificador de una fuente, o ninguno"],
    ),
    (
        "number",
        _explanation(f"About 300 servicemen landed.{LANDING}"),
        [f"{AT}'About 300 servicemen landed.': el número 300 no está en sus pasajes"],
    ),
    (
        "date-word",
        _explanation(f"Servicemen landed in June.{LANDING}"),
        [f"{AT}'Servicemen landed in June.': la palabra de fecha 'June' no está en sus pasajes"],
    ),
    (
        "quoted",
        _explanation(f'Servicemen "came to stay".{LANDING}'),
        [f"{AT}'Servicemen \"came to stay\".': las palabras entre comillas 'came to stay' no están en sus pasajes"],
    ),
    (
        "name",
        _explanation(f"Servicemen landed in Havana.{LANDING}"),
        [
            f"{AT}'Servicemen landed in Havana.': el nombre 'Havana' no está en sus pasajes: cite un pasaje que lo "
            "nombre, o enlace al actor"
        ],
    ),
    (
        "hedge",
        _explanation('Russia attempts a base.^["Russia may be attempting to set up a base"]'),
        [f"{AT}'Russia attempts a base.': omite el matiz 'may' del pasaje: consérvelo (o una palabra parecida)"],
    ),
    (
        "says-unnamed",
        _explanation('Maria Zakharova said it.^["As long as they need. As long as the Venezuelan government needs."]'),
        [
            f"{AT}'Maria Zakharova said it.': dice que lo dijo 'Maria Zakharova', pero ningún pasaje nombra a "
            "'Maria Zakharova': cite el pasaje que lo nombra",
            f"{AT}'Maria Zakharova said it.': el nombre 'Zakharova' no está en sus pasajes: cite un pasaje que lo "
            "nombre, o enlace al actor",
        ],
    ),
    (
        "gives-words",
        _explanation(
            'The agreements are carried out.^["agreements,” said Maria Zakharova, Russia’s foreign ministry '
            'spokeswoman"]'
        ),
        [
            f"{AT}'The agreements are carried out.': su pasaje atribuye estas palabras a 'Maria Zakharova': nombre a "
            "'Maria Zakharova' en la frase"
        ],
    ),
    (
        "marker-typo",
        _explanation("A base.^[contxt: x]"),
        [
            f"{AT}'A base.' {NO_PASSAGE}",
            f"{AT}`^[contxt: x]` no es un pasaje, ni `context: …` ni `analysis`: ¿quería decir `^[context: …]`?",
        ],
    ),
    (
        "marker-unquoted",
        _explanation("A base.^[whatever]"),
        [
            f"{AT}'A base.' {NO_PASSAGE}",
            f"{AT}`^[whatever]` no es un pasaje, ni `context: …` ni `analysis`: ponga el pasaje entre comillas: "
            '`^["palabras exactas"]`',
        ],
    ),
    (
        "bare-context",
        _explanation("A base.^[context]"),
        [f"{AT}`^[context]` debe decir de dónde sale el contexto: `^[context: conocimiento general]`"],
    ),
    (
        "empty",
        _explanation('A base.^[""]'),
        [f"{AT}'A base.' {NO_PASSAGE}", f"{AT}pasaje vacío: copie las palabras de la fuente entre las comillas"],
    ),
    (
        "unclosed-passage",
        _explanation('A base.^["never closed'),
        [f"{AT}'A base.never closed' {NO_PASSAGE}", f'{AT}`^["never closed…`: al pasaje le falta el "] de cierre'],
    ),
    (
        "unclosed-marker",
        _explanation("A base.^[context"),
        [f"{AT}'A base.' {NO_PASSAGE}", f"{AT}`^[context…`: al marcador le falta el ] de cierre"],
    ),
    (
        "before-quote",
        _explanation('A base.^[The Week "words here now"]'),
        [
            f"{AT}'A base.' {NO_PASSAGE}",
            f"{AT}`^[The Week …` : escriba el identificador de una fuente (source-id) o nada antes de las comillas "
            "del pasaje",
        ],
    ),
    (
        "not-credited",
        _explanation(
            'Russia may be setting up a base.^["Russia may be attempting to set up a base"]',
            "argued_by: [maria-zakharova]\n",
        ),
        [
            "content/explanations/a-base.md:6: argued_by: ningún pasaje de esta nota nombra a 'Maria Zakharova': "
            "cite las palabras que se lo atribuyen"
        ],
    ),
    (
        "side",
        {
            "content/actors/nicolas-maduro.md": MINIMAL["content/actors/nicolas-maduro.md"].replace(
                'side: maduro ^["Venezuela’s president, Nicolás Maduro"]', "side: guaido"
            )
        },
        [
            "content/actors/nicolas-maduro.md:5: side: el bando 'guaido' es una afirmación: añada el pasaje que lo "
            'muestra, `side: guaido ^["…"]`'
        ],
    ),
    (
        "relation-type",
        {
            "content/relations.yml": re.sub(
                r"text: Russia backs Maduro\..*",
                "text: Russia backs Maduro.^[analysis]",
                MINIMAL["content/relations.yml"],
            )
        },
        [
            "content/relations.yml:3: type: 'supports' es una afirmación: añada un pasaje después del tipo o después "
            "del texto"
        ],
    ),
]


@pytest.mark.parametrize(("changes", "expected"), [pytest.param(c, e, id=name) for name, c, e in CASES])
def test_a_spanish_story_is_told_its_sourcing_mistakes_in_spanish(
    tmp_path: Path, changes: dict[str, str], expected: list[str]
) -> None:
    """MINIMAL's notes and seed are English, so they are read with English words (lang/en_reading.py:
    months, hedges, "says"); what is found is kept as told words, and written here in Spanish."""
    problems = load_and_check(write_project(tmp_path, {**MINIMAL, **changes}), language="en").problems
    assert [p.said("es") for p in problems] == expected
    assert [p.said("es") for p in problems if p.said("es") == str(p)] == []


def test_make_checks_summary_line_is_in_the_sites_language(tmp_path: Path) -> None:
    coverage = load_and_check(write_project(tmp_path, MINIMAL), language="es").coverage
    assert coverage.line("es") == (
        "Frases de información con pasajes: 8 de 8 (100 %); contexto: 1; análisis: 8; avisos: 0."
    )
    assert coverage.line("en") == (
        "Reporting sentences with passages: 8 of 8 (100 %); context: 1; analysis: 8; flags: 0."
    )


SOURCING = ("check.claims.", "check.passages.", "check.support.")
_PLACEHOLDER_OR_CODE = re.compile(r"\{[^}]*\}|`[^`]*`|\^\[[^\]]*\]")


def _words(template: str) -> str:
    """A template's own words: without its {names}, `code` and ^[markers]."""
    return "".join(re.findall(r"[^\W\d_]+", _PLACEHOLDER_OR_CODE.sub(" ", template)))


def test_every_sourcing_message_with_words_has_spanish_ones() -> None:
    keys = [key for key in TABLES["en"] if key.startswith(SOURCING)]
    assert len(keys) == 27
    wordless = [key for key in keys if not _words(TABLES["en"][key])]
    assert wordless == ["check.claims.finding", "check.passages.at-marker"]
    assert [key for key in keys if key not in wordless and TABLES["es"][key] == TABLES["en"][key]] == []
    assert [key for key in wordless if TABLES["es"][key] != TABLES["en"][key]] == []
