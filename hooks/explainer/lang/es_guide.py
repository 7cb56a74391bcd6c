"""Español: las palabras de la guía para editores, y lo que significa cada campo. Las mismas claves que en_guide.py."""

from __future__ import annotations

_STATUS = "Qué solidez tiene lo que se afirma: uno de los valores de la columna «tipo»."
_UPDATED = "Cuándo se cambió esta nota por última vez."
_CORRECTIONS = "Correcciones a lo que esta nota decía antes: date, said, why (y field)."
_SOURCES = "Ids de las fuentes (al menos una)."
_REPORTED_BY = "Id de la fuente del medio al que el artículo atribuye la información, si lo hay."
_ABOUT = "Ids de los actores de los que trata."

_FIELDS: dict[str, str] = {
    "about.Source": "Un documento o un medio en el que se apoyan las notas.",
    "about.Actor": "Un país, organismo, persona o empresa que la historia nombra.",
    "about.Relation": "Un vínculo con tipo y con fuente: un actor apoya, sanciona … a otro.",
    "about.Event": "Algo que ocurrió, fechado con la precisión que permite la fuente.",
    "about.Quote": "Palabras que alguien dijo, textuales, con quién las dijo y quién las publicó.",
    "about.Figure": "Un número que da la historia, tal como lo escribe la fuente.",
    "about.Explanation": "Una respuesta posible a la pregunta central de la historia, con las pruebas a favor y en "
    "contra.",
    "about.Term": "Una entrada del glosario, que se muestra como nota emergente allí donde aparece el término.",
    "field.Source.id": "Identificador corto y sencillo; se convierte en el ancla en la página de Fuentes.",
    "field.Source.name": "El nombre del medio o del documento, tal como lo conocen los lectores.",
    "field.Source.kind": "Uno de los valores de la columna «tipo».",
    "field.Source.title": "El titular del documento, cuando la fuente es un solo documento.",
    "field.Source.publisher": "Quién lo publicó, cuando no coincide con el nombre.",
    "field.Source.date": "Cuándo se publicó: 2019, 2019-03 o 2019-03-29.",
    "field.Source.seed": "Archivo de seeds/ con el texto del documento; las citas se comprueban con él.",
    "field.Source.url": "Dónde se puede leer el original, si es público.",
    "field.Source.party": "Id de actor, cuando la fuente es parte en la disputa (una televisión pública).",
    "field.Source.body": "Qué es esta fuente, en Markdown.",
    "field.Source.updated": "Cuándo se cambió esta nota por última vez: 2026-11-25.",
    "field.Source.corrections": _CORRECTIONS,
    "field.Actor.id": "Identificador corto y sencillo; se convierte en la dirección de la página actors/<id>/.",
    "field.Actor.name": "El nombre tal como lo muestra la página.",
    "field.Actor.kind": "Uno de los valores de la columna «tipo».",
    "field.Actor.role": "Quién es en esta historia, en una línea.",
    "field.Actor.sources": "Ids de las fuentes en las que se apoya esta nota (al menos una).",
    "field.Actor.side": "El bando que apoya: el id de uno de los bandos de content/story.md.",
    "field.Actor.stance": "Su postura, en una o dos frases.",
    "field.Actor.aliases": "Otros nombres con los que los lectores lo buscan (la capital de un país).",
    "field.Actor.country": "Id de actor del país al que pertenece, si lo hay.",
    "field.Actor.body": "Quién es, en Markdown.",
    "field.Actor.updated": _UPDATED,
    "field.Actor.corrections": _CORRECTIONS,
    "field.Relation.id": "Identificador corto y sencillo, único entre las relaciones.",
    "field.Relation.subject": "Id de actor de quien actúa.",
    "field.Relation.type": "El id de uno de los tipos de relación de content/story.md.",
    "field.Relation.object": "Id de actor de quien recibe la acción.",
    "field.Relation.sources": _SOURCES,
    "field.Relation.date": "Cuándo empezó, si la fuente lo fecha.",
    "field.Relation.reported_by": _REPORTED_BY,
    "field.Relation.text": "Una frase que dice en qué consiste el vínculo.",
    "field.Relation.status": _STATUS,
    "field.Relation.updated": _UPDATED,
    "field.Relation.corrections": _CORRECTIONS,
    "field.Event.id": "Identificador corto y sencillo; se convierte en el ancla en la Cronología.",
    "field.Event.date": "2019, 2019-03 o 2019-03-25: escriba solo lo que dice la fuente.",
    "field.Event.title": "Qué ocurrió, en una línea corta.",
    "field.Event.sources": _SOURCES,
    "field.Event.date_note": "Cómo se dedujo la fecha, cuando la fuente la da de forma indirecta.",
    "field.Event.actors": "Ids de los actores implicados.",
    "field.Event.reported_by": _REPORTED_BY,
    "field.Event.text": "Una o dos frases sobre lo que ocurrió, en Markdown.",
    "field.Event.status": _STATUS,
    "field.Event.updated": _UPDATED,
    "field.Event.corrections": _CORRECTIONS,
    "field.Quote.id": "Identificador corto y sencillo; se convierte en el ancla permanente de la cita.",
    "field.Quote.speaker": "Id de actor de quien la dijo.",
    "field.Quote.text": "Las palabras exactas; marque un corte con … y con nada más.",
    "field.Quote.sources": "Ids de las fuentes cuyo texto contiene las palabras (al menos una).",
    "field.Quote.reported_by": "Id de la fuente del medio que publicó las palabras, si no es la fuente.",
    "field.Quote.context": "Cuándo y por qué se dijo, con palabras propias del proyecto.",
    "field.Quote.date": "Cuándo se dijo, con la precisión que se conozca.",
    "field.Quote.about": _ABOUT,
    "field.Quote.status": _STATUS,
    "field.Quote.updated": _UPDATED,
    "field.Quote.corrections": _CORRECTIONS,
    "field.Figure.id": "Identificador corto y sencillo, único entre las cifras.",
    "field.Figure.value": 'El número tal como lo escribe la fuente: "100", "33,4 %", "35".',
    "field.Figure.label": "Qué cuenta el número, en una frase corta.",
    "field.Figure.sources": "Ids de las fuentes cuyo texto contiene el número.",
    "field.Figure.about": _ABOUT,
    "field.Figure.reported_by": _REPORTED_BY,
    "field.Figure.status": _STATUS,
    "field.Figure.updated": _UPDATED,
    "field.Figure.corrections": _CORRECTIONS,
    "field.Explanation.id": "Identificador corto y sencillo; se convierte en el ancla en la página de la pregunta "
    "central.",
    "field.Explanation.title": "La explicación, como una afirmación breve.",
    "field.Explanation.summary": "La explicación en una o dos frases.",
    "field.Explanation.sources": "Ids de las fuentes que la recogen.",
    "field.Explanation.argued_by": "Ids de actor de quienes la defienden (personas o medios, como actores).",
    "field.Explanation.evidence_for": "Puntos a favor: text, sources y, si se quiere, quote.",
    "field.Explanation.evidence_against": "Puntos en contra, de la misma forma.",
    "field.Explanation.order": "Posición en la página, de menor a mayor.",
    "field.Explanation.body": "Una discusión más larga, en Markdown.",
    "field.Explanation.updated": _UPDATED,
    "field.Explanation.corrections": _CORRECTIONS,
    "field.Term.id": "Identificador corto y sencillo; se convierte en el ancla en el Glosario.",
    "field.Term.term": "El término tal como aparece en el texto.",
    "field.Term.definition": "Una o dos frases sencillas; se muestra al pasar el puntero.",
    "field.Term.sources": "Ids de las fuentes en las que se apoya la definición.",
    "field.Term.aliases": "Otras grafías con las que los lectores lo buscan (una forma corta, una sigla).",
    "field.Term.body": "Más sobre el término, en Markdown.",
    "field.Term.updated": _UPDATED,
    "field.Term.corrections": _CORRECTIONS,
    "field.Evidence.text": "El punto, con palabras propias del proyecto.",
    "field.Evidence.sources": "Ids de las fuentes en las que se apoya.",
    "field.Evidence.quote": "Id de una cita que respalda el punto, si la hay.",
    "field.Evidence.figure": "Id de una cifra que respalda el punto, si la hay.",
    "field.Evidence.reported_by": _REPORTED_BY,
    "field.Correction.date": "Cuándo se publicó la corrección: 2026-12-01.",
    "field.Correction.said": "Lo que decía una versión anterior, palabra por palabra, tal como se publicó.",
    "field.Correction.why": "Qué estaba mal y qué es lo correcto, con palabras propias del proyecto.",
    "field.Correction.field": "El campo que lo decía (role, body, text …), si lo hay.",
    "field.Side.id": "Identificador corto y sencillo que los actores escriben en `side`.",
    "field.Side.label": "El bando tal como lo titulan las páginas, en pocas palabras.",
    "field.Side.short": "Un título más corto para las columnas estrechas del diagrama.",
    "field.Side.column": "Dónde lo dibuja el diagrama, de izquierda a derecha (1 primero); 0 mantiene el orden "
    "escrito.",
    "field.Side.in_dispute": "yes cuando el bando es parte en la disputa: lo que solo se apoya en él se marca así.",
    "field.RelationType.id": "Identificador corto y sencillo que las relaciones escriben en `type`.",
    "field.RelationType.label": "El vínculo en palabras, tal como se lee entre dos nombres.",
    "field.RelationType.colour": "La familia de color de la línea: uno de los valores de la columna «tipo».",
    "field.RelationType.dash": "El trazo de la línea: uno de los valores de la columna «tipo».",
    "field.RelationType.end": "La marca en que termina la línea: uno de los valores de la columna «tipo».",
    "field.PageText.page": "Qué página: uno de los valores de la columna «tipo».",
    "field.PageText.description": "La descripción de la página, para buscadores y vistas previas de enlaces.",
    "field.PageText.card": "La línea bajo la tarjeta de la página en la portada.",
    "field.Story.id": "Siempre story: la nota es content/story.md.",
    "field.Story.question": "La pregunta que responde el explicador, tal como la formula la portada.",
    "field.Story.short_title": "La historia en pocas palabras, para las descripciones de las páginas.",
    "field.Story.sides": "Los bandos, en el orden en que los lista la página Quién apoya a quién.",
    "field.Story.default_side": "El bando de un actor cuya nota no nombra ninguno (normalmente, los observadores).",
    "field.Story.relation_types": "Los tipos de vínculo que pueden tener las relaciones, en el orden de la leyenda.",
    "field.Story.question_title": "El título de la página que sopesa las explicaciones.",
    "field.Story.question_slug": "La dirección de esa página: un identificador sencillo.",
    "field.Story.question_label": "Cómo nombran esa página las demás en una lista, en pocas palabras.",
    "field.Story.question_intro": "El párrafo que abre esa página.",
    "field.Story.pages": "Descripciones y tarjetas de portada para las páginas generadas.",
    "field.Story.body": "Notas para los editores sobre esta historia, en Markdown (no se publican).",
    "field.Story.corrections": (
        "Correcciones de lo que la historia decía antes: fecha, lo dicho, por qué y el campo (question_intro, "
        "o la descripción o la tarjeta de una página: background.description, question.card…)."
    ),
}

_ADD = {
    "source": "Añadir una fuente",
    "actor": "Añadir un actor",
    "relation": "Añadir una relación",
    "event": "Añadir un hecho",
    "quote": "Añadir una cita",
    "figure": "Añadir una cifra",
    "explanation": "Añadir una explicación",
    "term": "Añadir un término",
}
_THE = {
    "source": "la fuente",
    "actor": "el actor",
    "relation": "la relación",
    "event": "el hecho",
    "quote": "la cita",
    "figure": "la cifra",
    "explanation": "la explicación",
    "term": "el término",
}

WORDS: dict[str, str] = {
    **_FIELDS,
    "type.text": "texto",
    "type.texts": "lista de textos",
    "type.date": "fecha",
    "type.number": "número entero",
    "type.body": "Markdown, debajo de la cabecera",
    "type.id": "id",
    "type.ref": "id de {kind}",
    "type.refs": "lista de ids de {kind}",
    "type.ref.actor": "actor",
    "type.ref.source": "fuente",
    "type.ref.quote": "cita",
    "type.ref.figure": "cifra",
    "type.items.point": "lista de puntos",
    "type.items.correction": "lista de correcciones",
    "type.items.side": "lista de bandos",
    "type.items.relation type": "lista de tipos de relación",
    "type.items.page": "lista de páginas",
    "guide.column.field": "campo",
    "guide.column.required": "¿obligatorio?",
    "guide.column.type": "tipo",
    "guide.column.means": "qué significa",
    "guide.required": "obligatorio",
    "guide.optional": "opcional",
    "guide.one-of": "uno de:",
    "guide.default": "por defecto",
    "guide.id-is-the-file": "El nombre del archivo, sin `.md`.",
    "guide.new-id": "portavoz",
    "guide.title": "Cómo actualizar este explicador",
    "guide.description": "Para editores: cómo añadir un actor, una cita, un hecho, una relación, una fuente, un "
    "término o una explicación, qué significa cada campo y qué dice la comprobación cuando algo está mal.",
    "guide.intro": "Todo lo que hay en este sitio sale de notas pequeñas en la carpeta `content/` del proyecto. "
    "Hace falta un editor de texto y un terminal abierto en la carpeta del proyecto; nada de Python.\n\n"
    "- Las notas con un cuerpo de texto son un archivo Markdown cada una, en {where}: el nombre del archivo es el "
    "id de la nota.\n"
    "- Las notas cortas son elementos de una lista YAML, en {lists}. Una nueva también puede ir en un archivo "
    "propio en la carpeta de ese nombre (`content/quotes/mi-cita.yml`).\n"
    "- Los artículos en los que se apoyan las notas están en `seeds/`, exactamente como se publicaron. Nunca se "
    "editan.\n",
    "guide.loop.heading": "Editar, guardar, ver",
    "guide.loop": "1. Ejecute `make serve` y abra <http://127.0.0.1:8000/>.\n"
    "2. Edite una nota en `content/`, un texto en `seeds/` o una página en `docs/`, y guarde. "
    "La página abierta se recarga sola en cuanto el sitio se reconstruye, normalmente en menos de dos segundos.\n"
    "3. Un error aparece en un recuadro rojo arriba de cada página, y en el terminal, con el archivo, la línea y "
    "qué hacer. Corríjalo y guarde; el recuadro desaparece.\n"
    '4. Ponga en el campo `updated` de la nota el día en que la cambió (`updated: "{today}"`). '
    "Esa fecha fecha la página, añade el cambio a Qué ha cambiado y avisa a los lectores de feeds.\n"
    "5. `make check` comprueba todas las notas a la vez sin construir el sitio.\n"
    "6. Si alguien cambia el código Python del sitio (en `hooks/`) mientras `make serve` está en marcha, el "
    "servidor lo dice en el terminal y en la página: párelo con Ctrl+C y vuelva a ejecutar `make serve`.\n",
    "guide.new.heading": "Empezar una nota nueva: `make new`",
    "guide.new": "`make new KIND=actor ID={new_id}` escribe `content/{path}` con todos los campos, cada uno bajo un "
    "comentario que dice qué significa. KIND es uno de {kinds}. Rechaza un id que ya esté en uso.\n\n"
    "La nota nueva pasa `make check` tal como se escribe, así que aparece en el sitio enseguida, pero no dice nada "
    "falso mientras la completa:\n\n"
    "- lo que solo usted puede escribir (un nombre, un título, una definición) dice `TODO: …`;\n"
    "- los datos que la comprobación tiene que poder resolver (la fuente, quién dijo una cita, sus palabras, la "
    "fecha de un hecho) se copian de una nota existente del mismo tipo, y su comentario dice *copiado*.\n\n"
    "`make check` lista cada TODO que queda y cada cita o cifra que repite otra, y `make site` no publica hasta "
    "que desaparecen. Esto es lo que escribe hoy `make new`:\n\n",
    "guide.kinds.heading": "Cada tipo de nota",
    "guide.kinds": "Cada sección tiene un ejemplo completo, tomado de las notas de este explicador, y una tabla con "
    "todos los campos. Los campos *obligatorios* hay que escribirlos; los demás se pueden omitir.\n",
    **{f"guide.add.{kind}": words for kind, words in _ADD.items()},
    **{f"guide.the.{kind}": words for kind, words in _THE.items()},
    "guide.kind": "{about} Va en `{path}`; se muestra en {shown}. Empiece con `make new KIND={kind} ID=...`.\n",
    "guide.shown.actor": "su propia página, `actors/<id>/`, y en la lista de Actores",
    "guide.shown.quote": "la página de Citas, agrupadas por quien habla, y en la página de quien habla",
    "guide.shown.event": "la Cronología y en los Antecedentes",
    "guide.shown.relation": "Quién apoya a quién, y en las páginas de los dos actores",
    "guide.shown.source": "la página de Fuentes, con cada nota que se apoya en ella",
    "guide.shown.term": "el Glosario, y como nota emergente allí donde aparece el término",
    "guide.shown.figure": "las cifras clave de la portada",
    "guide.shown.explanation": "la página de la pregunta central",
    "guide.example": "Un ejemplo completo, {the_kind} `{id}` tal como aparece en `{where}`:\n",
    "guide.points": "Cada punto de `evidence_for` y `evidence_against` tiene estos campos:\n",
    "guide.about.quote": "La construcción busca las palabras en el texto de la fuente citada en `seeds/`: cópielas "
    "exactamente de una sola cita (o, si la fuente no usa comillas, de una sola frase), marcando un corte con … y "
    "dejando al menos tres palabras a cada lado; una cita más corta tiene que ser todo lo que la fuente pone entre "
    "un par de comillas. La fuente tiene que nombrar a quien habla (nombre, alias o apellido) en el párrafo de la "
    "cita o, si ese párrafo solo dice «él» o «ella», en el último párrafo anterior que cita a alguien. "
    "Las comillas rectas o tipográficas y los guiones dan igual; todo lo demás cuenta.\n",
    "guide.about.figure": "La construcción busca el número en el texto de la fuente: escríbalo como lo escribe la "
    "fuente (`100`, `33,4 %`).\n",
    "guide.about.source": "Una fuente con `seed` tiene su texto en `seeds/`, y las citas y cifras que la citan se "
    "comprueban con ese texto. Para añadir un artículo nuevo: guarde su texto, byte a byte, como un archivo en "
    "`seeds/` (`seeds/articulo-nuevo.txt`), añada una nota de fuente cuyo `seed` nombre ese archivo y cite el id "
    "de la fuente en el campo `sources` de otras notas. Sin cambiar código: la siguiente construcción lee el "
    "archivo nuevo.\n",
    "guide.about.explanation": "Cada punto a favor o en contra es un elemento de lista pequeño con sus propias "
    "fuentes; la página muestra un recuento de los puntos y nunca un veredicto que las fuentes no den.\n",
    "guide.about.event": "Escriba la fecha solo con la precisión que da la fuente: `2019-03` cuando dice «en marzo».\n",
    "guide.story.heading": "La nota de la historia",
    "guide.story": "`content/story.md` guarda lo que pertenece a esta historia y a ninguna otra: la pregunta, los "
    "bandos en que puede estar un actor, los tipos de vínculo que puede tener una relación y cómo dibuja cada uno "
    "el diagrama, la página que sopesa las explicaciones y las palabras que describen las páginas. El código del "
    "motor no guarda nada de eso. Los bandos de este explicador: {sides}. Sus tipos de relación: {kinds}.\n",
    "guide.none-yet": "ninguno todavía",
    "guide.each-of": "Cada elemento de `{field}`:\n",
    "guide.language.heading": "El idioma del sitio",
    "guide.language": "Cada palabra que el sitio escribe por su cuenta (títulos, etiquetas, fechas, la antigüedad de "
    "cada página) sale de una tabla por idioma, elegida por `theme.language` en `mkdocs.yml`, el mismo ajuste que "
    "da su idioma a Material y a su buscador. Este sitio está en `{code}`; las tablas son {known}. Las fechas "
    "también siguen el idioma (25 March 2019 en inglés, 25 de marzo de 2019 en español). Los editores escriben "
    "las notas y la nota de la historia en el idioma del sitio.\n\n"
    "Para añadir un idioma: copie `hooks/explainer/lang/en.py`, `en_guide.py` (las palabras de esta guía) y "
    "`en_check.py` (lo que dice la comprobación) en archivos con el código del idioma (`fr.py`, `fr_guide.py` y "
    "`fr_check.py` para `fr`) y `en_reading.py` "
    "(los meses, matices y verbos como «dice» que la comprobación lee en las frases) en `fr_reading.py`, traduzca "
    "cada valor (deje cada {placeholder} tal cual: el sitio lo rellena), añada `fr_reading.py` a `READING` y "
    "los tres a `MODULES` en "
    "`hooks/explainer/lang/__init__.py` (y, para `make init`, `en_init.py` en `fr_init.py`, añadido a `STARTERS` en "
    "`hooks/explainer/init.py`) y ponga ese código en `theme.language`. `make check` nombra cada clave que "
    "les falte a las tablas nuevas; hasta que las tengan todas, las palabras que faltan salen en el idioma por "
    "defecto (`{default}`).\n",
    "guide.links.heading": "Enlaces dentro del texto",
    "guide.links": "En los campos escritos en Markdown, `[[id-de-actor]]` enlaza a la página de un actor, "
    "{kinds} a los demás tipos, y `[[id-de-actor|otras palabras]]` muestra otras palabras. "
    "La comprobación señala un enlace a un id que no existe, un tipo que no está en esa lista "
    "y un enlace en cualquier otro campo, que es texto sin formato. Los campos en Markdown son {fields}.\n\n"
    "Cualquier texto puede llevar los enlaces propios de Markdown y HTML sencillo, pero la comprobación rechaza lo "
    "que una página de noticias nunca necesita: scripts, marcos, objetos incrustados y estilos, atributos `on…=`, "
    "enlaces `javascript:`, `vbscript:` y `data:`, caracteres de control invisibles, y las líneas "
    "`<<<<<<<`/`=======`/`>>>>>>>` que deja un conflicto de fusión.\n",
    "guide.owner.source": "fuente",
    "guide.owner.actor": "actor",
    "guide.owner.event": "hecho",
    "guide.owner.quote": "cita",
    "guide.owner.explanation": "explicación",
    "guide.owner.evidence": "cada punto de las pruebas",
    "guide.owner.term": "término",
    "guide.corrections.heading": "Correcciones",
    "guide.corrections": "Cuando un cambio altera el sentido de algo ya publicado, no basta con reescribirlo: anote "
    "una corrección en la nota, como hacen las redacciones. Deje el texto nuevo en su campo y añada lo que decía "
    "la versión anterior y por qué estaba mal. La página la muestra bajo la nota "
    "(«Corrección, 1 de diciembre de 2026: una versión anterior decía …»), la página Qué ha cambiado y el feed "
    "la listan, y el JSON-LD de la página la lleva como `correction` de schema.org. Un retoque de redacción que "
    "no cambia el sentido no es una corrección.\n",
    "guide.corrections.example": 'corrections:\n  - date: "2026-12-01"\n    field: role\n'
    "    said: Los dos gobiernos llamaron rutinaria a la visita.\n"
    "    why: >-\n      Ningún cargo usó la palabra rutinaria; en el artículo es una emisora\n"
    "      la que dice que la visita fue más que rutinaria.\n",
    "guide.dates.heading": "Fechas",
    "guide.dates": "Escriba una fecha como `2019`, `2019-03` o `2019-03-25`, entre comillas dobles, y solo con la "
    "precisión que da la fuente. La fecha de una nota no puede ser posterior a la publicación de sus fuentes, ni "
    "estar en el futuro. `updated` es el día en que cambió la nota por última vez; cada página muestra el "
    "`updated` más reciente de sus notas, y la página [Qué ha cambiado]({changes}) los lista todos.\n",
    "guide.mistakes.heading": "Cuando algo está mal: lo que dice la comprobación",
    "guide.mistakes": "`make check`, `make serve` y `make site` dicen lo mismo: el archivo, la línea, el campo, lo "
    "que encontraron y qué hacer. Debajo, copias pequeñas y estropeadas de las notas de este explicador, y lo que "
    "dijo la comprobación al construir esta página: los mensajes son salida real, no ejemplos escritos a mano.\n",
    "guide.mistakes.in": "En `{path}`:",
    "guide.mistakes.says": "`make check` dice:\n",
    "guide.mistakes.nothing": "(nada: la comprobación no encontró ningún problema)",
    "guide.publishing.heading": "Publicar",
    "guide.publishing": "`make site` construye el sitio entero en `site/`; se detiene, dejando en su sitio el último "
    "`site/` correcto, si alguna nota tiene un problema o un TODO. Los lectores siguen los cambios con el "
    "[feed Atom]({feed}) y la página [Qué ha cambiado]({changes}); "
    "cualquier herramienta puede reutilizar todas las notas desde [explainer.json]({data}) "
    "([JSON Schema]({schema})). La portada es `docs/{home}`, escrita a mano.\n\n"
    "En una página escrita a mano, una tabla más ancha que un móvil va en un recuadro que se puede desplazar con "
    "el teclado, o la prueba de accesibilidad falla: una línea "
    '`<div class="table-scroll" tabindex="0" role="region" aria-label="Tabla: lo que muestra" markdown>` '
    "antes de la tabla y `</div>` después, cada una con una línea en blanco alrededor.\n",
    # Los errores de ejemplo de la guía (mistakes.py): cómo se llama cada uno y qué enseña.
    "mistake.field-typo.title": "Una errata en el nombre de un campo",
    "mistake.field-typo.lesson": "Los nombres de los campos son fijos; la comprobación sugiere el más parecido.",
    "mistake.missing-field.title": "Un campo obligatorio que falta",
    "mistake.missing-field.lesson": "Todo campo obligatorio tiene que estar.",
    "mistake.bad-choice.title": "Un valor que no es una de las opciones",
    "mistake.bad-choice.lesson": "Algunos campos aceptan solo una palabra de una lista fija.",
    "mistake.no-source.title": "Una nota sin fuente",
    "mistake.no-source.lesson": "Toda nota cita al menos una fuente.",
    "mistake.bad-yaml.title": "Un texto que YAML no puede leer",
    "mistake.bad-yaml.lesson": "Un texto con dos puntos seguidos de un espacio va entre comillas dobles.",
    "mistake.bad-yaml.note": "Nota",
    "mistake.bad-link.title": "Un enlace a una nota que no existe",
    "mistake.bad-link.lesson": "Los enlaces del texto nombran un identificador que existe.",
    "mistake.bad-link.body": "Trabaja con [[term:{id}]].",
    "mistake.not-verbatim.title": "Una cita que no es literal",
    "mistake.not-verbatim.lesson": "Las citas se comprueban contra el texto de la fuente; la comprobación muestra el pasaje más cercano.",
    "mistake.cut-across.title": "Un corte que une dos pasajes",
    "mistake.cut-across.lesson": "Una cita sale de un solo entrecomillado, o de una sola frase si la fuente no usa comillas, con al menos tres palabras a cada lado de un corte y quien habla nombrado junto a ella.",
    "mistake.unknown-speaker.title": "Alguien que aún no es un actor",
    "mistake.unknown-speaker.lesson": "Quien dice una cita es el identificador de un actor: añada primero el actor.",
    "mistake.duplicate-id.title": "El mismo identificador dos veces",
    "mistake.duplicate-id.lesson": "El identificador de cada nota es único entre las notas de su tipo.",
    "mistake.unreadable-date.title": "Una fecha escrita con palabras",
    "mistake.unreadable-date.lesson": "Las fechas se escriben 2019, 2019-03 o 2019-03-25.",
    "mistake.date-after-source.title": "Una fecha posterior a la fuente",
    "mistake.date-after-source.lesson": "Una fuente no puede contar lo que pasó después de publicarse.",
    "mistake.figure-not-in-source.title": "Un número que no está en la fuente",
    "mistake.figure-not-in-source.lesson": "Las cifras se escriben exactamente como las escribe la fuente.",
    "mistake.placeholder.title": "Un marcador sin rellenar",
    "mistake.placeholder.lesson": "`make check` acepta una nota recién salida de `make new`, pero lista lo que falta por rellenar; `make site` no la publica hasta que no quede ningún TODO.",
    # Lo que `make new` escribe en una nota nueva (template.py): su cabecera y el comentario de cada campo.
    "new.header": "Una nota nueva de tipo {kind}, escrita por `make new`. Complete cada TODO, revise cada campo\n"
    "marcado como copiado, ponga en `updated` el día en que la cambie y luego ejecute `make check`.\n"
    "La guía del editor (Para editores, en el menú del sitio) tiene un ejemplo completo.",
    "new.required": "obligatorio",
    "new.below": "Debajo de la línea --- de cierre: {comment}",
    "new.optional": "opcional",
    "new.one-of": "uno de: {choices}",
    "new.copied": "copiado de {example} para que la nota pase `make check`: sustitúyalo",
    "new.seed.uncited": "archivos de seeds/ que ninguna fuente cita todavía: {files}",
    "new.seed.first": "ponga primero el texto del artículo en seeds/, byte a byte, y luego nombre aquí el archivo",
}
