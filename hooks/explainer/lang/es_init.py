"""Español: los archivos con los que `python -m explainer init` empieza un explicador nuevo (init.py).

Cada TODO es un marcador que el editor sustituye; `make check` lista lo que falta. Las claves
de YAML, los identificadores y los valores fijos (kind, colour, dash, end) no se traducen.
"""

SITE_NAME = "TODO: ¿La pregunta que responde su explicador?"
"""mkdocs.yml's site_name."""
FILES: dict[str, str] = {
    "content/story.md": """---
# La historia que cuenta este explicador: todo lo que pertenece a esta historia. Sustituya cada TODO.
question: "TODO: ¿La pregunta que responde su explicador?"
short_title: "TODO: la historia en pocas palabras"
# Los bandos en los que puede estar un actor, en el orden en que los lista la página de bandos;
# `short` titula las columnas del diagrama, `column` las coloca (1 es la de la izquierda) e
# `in_dispute: "yes"` marca una parte en disputa.
sides:
  - id: side-a
    label: "TODO: Apoyan a un bando"
    short: "TODO: Un bando"
    column: 1
    in_dispute: "yes"
  - id: side-b
    label: "TODO: Apoyan al otro bando"
    short: "TODO: El otro bando"
    column: 3
    in_dispute: "yes"
  - id: others
    label: "TODO: Observadores y otros"
    short: "TODO: Observadores"
    column: 2
default_side: others
# Los tipos de vínculo que puede tener una relación, y cómo dibuja cada uno el diagrama: colour
# (backing, military, business, hostile, structure), dash (solid, dashed, dotted, dash-dot) y end
# (arrow, dot, bar, chevron). Dos tipos no pueden compartir a la vez dash y end.
relation_types:
  - {id: backs, label: "TODO: apoya a", colour: backing, dash: solid, end: arrow}
  - {id: works-against, label: "TODO: actúa contra", colour: hostile, dash: solid, end: bar}
# La página que sopesa las explicaciones en competencia (content/explanations/).
question_title: "TODO: ¿La pregunta central?"
question_slug: pregunta-central
question_label: "TODO: La pregunta central"
# Cada frase de la introducción (y de la descripción o la tarjeta de una página, bajo `pages:`)
# lleva su voz, como las notas: las palabras exactas del artículo ^["…"], ^[context: de dónde
# viene] o ^[analysis].
question_intro: "TODO: El párrafo que abre esa página.^[analysis]"
# Un cambio que altera el sentido de lo que ya se publicó se registra, no se hace en silencio:
# corrections:
#   - date: "2026-12-01"
#     field: question_intro    # o la descripción o la tarjeta de una página: background.description, question.card
#     said: Lo que decía la versión anterior, tal como se publicó.
#     why: Qué estaba mal y qué es lo correcto.
---
""",
    "content/sources/article.md": """---
name: "TODO: El nombre del medio"
kind: article
title: "TODO: El titular del artículo"
date: "{year}"
seed: article.txt
---
""",
    "content/actors/first-actor.md": """---
name: "TODO: Un nombre tal como lo muestra la página"
kind: person
role: "TODO: Quién es en esta historia, en una línea.^[\\"TODO: las palabras exactas del artículo que lo dicen\\"]"
sources: [article]
---
""",
    "seeds/article.txt": (
        "TODO: pegue aquí el texto del artículo, byte a byte tal como se publicó, y no lo edite nunca después.\n"
    ),
    "docs/index.md": """---
title: "TODO: ¿La pregunta que responde su explicador?"
description: "TODO: La respuesta en dos frases.^[analysis]"
---

# TODO: ¿La pregunta que responde su explicador?

<!-- explainer: reporting-up-to -->

## Cifras clave

<!-- explainer: key-figures -->

## Para seguir leyendo

<!-- explainer: ways-in -->
""",
}
