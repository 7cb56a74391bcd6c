"""Español: lo que la comprobación le dice a quien edita (make check, make serve, make site). Las mismas claves que en_check.py."""

from __future__ import annotations

WORDS: dict[str, str] = {
    # Lo que se escribe alrededor de los problemas (__main__.py, el hook de MkDocs, la guía).
    "check.notes-have.one": "Las notas tienen {n} problema:",
    "check.notes-have.other": "Las notas tienen {n} problemas:",
    "check.preview-banner.one": "Las notas tienen {n} problema: esta vista previa puede estar incompleta",
    "check.preview-banner.other": "Las notas tienen {n} problemas: esta vista previa puede estar incompleta",
    "check.placeholders.one": "{n} TODO de `make new` por completar antes de publicar:",
    "check.placeholders.other": "{n} TODO de `make new` por completar antes de publicar:",
    # make check, make new e init (__main__.py).
    "check.to-finish": "Por completar antes de que `make site` publique ({n}):",
    "check.to-finish.one": "Por completar antes de que `make site` publique: {problem}",
    "check.found.one": "{n} problema encontrado.",
    "check.found.other": "{n} problemas encontrados.",
    "check.left.one": "; queda {n} TODO por completar",
    "check.left.other": "; quedan {n} TODO por completar",
    "check.clean": "{notes} notas comprobadas, {seeds} texto(s) en seeds/: ningún problema{left}.",
    "check.new.too-long": "el identificador tiene {length} caracteres: use {limit} como máximo (army-chief, "
    "minister-denies-visit)",
    "check.new.not-plain": "{id!r} no es un identificador simple: use minúsculas, cifras y guiones sueltos "
    "(army-chief, minister-denies-visit)",
    "check.new.at": " en {path}:{line}",
    "check.new.exists": "ya existe {note} con el identificador {id!r}{place}: elija otro identificador o edite esa nota",
    "check.new.wrote": "Se ha escrito {path}: sustituya cada TODO y luego ejecute `make check`.",
    "check.init.wrote": "Se ha creado un explicador nuevo en {folder}: {files}",
    "check.init.next": "Ahora: pegue el artículo en seeds/article.txt, sustituya cada TODO y luego ejecute `make check` allí.",
    # Una nota de cada tipo, como la nombra una frase que aún no la ha nombrado.
    "check.a.source": "una fuente",
    "check.a.actor": "un actor",
    "check.a.relation": "una relación",
    "check.a.event": "un hecho",
    "check.a.quote": "una cita",
    "check.a.figure": "una cifra",
    "check.a.explanation": "una explicación",
    "check.a.term": "un término",
    # El hook de MkDocs (explainer_hooks.py).
    "check.clash.hand-written": "{page} se publica en {address}, donde va la página generada {generated}: "
    "cambie el nombre de {page} o quítela",
    "check.clash.generated": "las páginas generadas {first} y {second} se publican las dos en {address}: cambie el "
    "nombre de la nota de la que sale una de ellas",
    "check.code-changed": "ha cambiado desde que empezó `make serve`{others}: esta vista previa sigue usando el código "
    "anterior; detenga el servidor (Ctrl+C) y vuelva a ejecutar `make serve` para usar el código nuevo",
    "check.code-changed.others": " (y {files})",
    # El idioma del sitio (lang/missing.py).
    "check.language.unknown": "no hay tabla de palabras para el idioma {language!r}: use uno de {known}, o añada "
    "hooks/explainer/lang/{language}.py, {language}_guide.py, {language}_check.py y {language}_reading.py (copie "
    "en.py, en_guide.py, en_check.py y en_reading.py y tradúzcalos; vea la guía del editor)",
    "check.language.no-reading": "no hay palabras para leer las frases en {language!r}: copie aquí en_reading.py, "
    "traduzca sus meses, matices y verbos de atribución, y añádalo a READING en hooks/explainer/lang/__init__.py",
    "check.language.missing": "falta en la tabla {language!r}: añada esta clave, traduciendo su texto de {english}",
    # -- load.py, reading.py, yaml_lines.py, convert.py, handwritten.py, template.py, init.py, __main__.py --
    # Leer content/ (load.py).
    "check.load.no-notes": "no se ha encontrado ninguna nota: añada notas en content/ (vea la guía del editor)",
    "check.load.not-a-kind": "no es ningún tipo de nota: póngala en una de estas carpetas: {folders}",
    "check.load.no-story": "no hay nota de la historia: escriba content/story.md (la pregunta, los bandos, los tipos "
    "de relación; `python -m explainer init` escribe una para completar, y la guía del editor muestra cada campo)",
    "check.load.rename": "no se ha leído: el nombre de una nota termina en .md o .yml, en minúsculas: cámbielo a {name}",
    "check.load.not-a-note": "no es una nota, así que no se ha leído: las notas son archivos .md (una nota) o .yml "
    "(una lista de notas); saque este archivo de content/",
    "check.load.front-matter-fields": "la cabecera debe estar hecha de líneas `campo: valor`",
    "check.load.not-a-list": "se esperaba una lista de notas, cada una empezando por `- id: ...`",
    "check.load.item-not-a-note": "el elemento de la lista {item} no es una nota: escriba `- id: ...` y sus campos",
    "check.load.no-front-matter": "una nota empieza con una línea `---`, luego sus campos, luego `---`",
    "check.load.front-matter-open": "la cabecera no está cerrada: añada una línea `---` después de los campos",
    # Leer un archivo (reading.py); {reason} son las palabras del propio sistema.
    "check.reading.cannot-read": "no se puede leer ({reason}): revise sus permisos",
    "check.reading.broken-link": "es un enlace a un archivo que no existe: quite el enlace o corríjalo",
    "check.reading.not-plain": "no es un archivo normal (una tubería, un socket o un dispositivo), así que no se lee: "
    "quítelo",
    "check.reading.link-out": "es un enlace a un lugar fuera del proyecto, así que no se lee: ponga aquí el propio "
    "archivo",
    "check.reading.too-large": "el archivo ocupa {size} bytes, más que el límite de {limit}: ¿es el archivo correcto?",
    "check.reading.not-utf8": "no es texto UTF-8 (byte 0x{byte:02x}): guarde el archivo como UTF-8",
    "check.reading.empty": "el archivo está vacío: escriba la nota o borre el archivo",
    # Leer YAML (yaml_lines.py); {what} y {context} son las palabras de PyYAML, traducidas abajo cuando se conocen.
    # Las palabras de PyYAML (yaml_lines._pyyaml_patterns las encuentra por las inglesas).
    "check.yaml.pyyaml.mapping-values": "aquí no puede haber un valor de campo",
    "check.yaml.pyyaml.expected-colon": "falta el ':' esperado",
    "check.yaml.pyyaml.end-of-stream": "el texto termina antes de tiempo",
    "check.yaml.pyyaml.cannot-start": "el carácter {found} no puede empezar un valor",
    "check.yaml.pyyaml.block-end": "se esperaba el final del bloque, pero hay {found}",
    "check.yaml.pyyaml.flow-sequence-end": "se esperaba ',' o ']', pero hay {found}",
    "check.yaml.pyyaml.flow-mapping-end": "se esperaba ',' o '}}', pero hay {found}",
    "check.yaml.pyyaml.unknown-escape": "carácter de escape desconocido {found}",
    "check.yaml.pyyaml.node-content": "se esperaba un valor, pero hay {found}",
    "check.yaml.pyyaml.sequence-entries": "aquí no puede haber un elemento de lista",
    "check.yaml.pyyaml.mapping-keys": "aquí no puede haber un nombre de campo",
    "check.yaml.pyyaml.document-separator": "hay un separador de documento (---) inesperado",
    "check.yaml.pyyaml.line-break": "se esperaba un comentario o un salto de línea, pero hay {found}",
    "check.yaml.pyyaml.simple-key": "al leer un nombre de campo",
    "check.yaml.pyyaml.quoted": "al leer un texto entre comillas",
    "check.yaml.pyyaml.double-quoted": "al leer un texto entre comillas dobles",
    "check.yaml.pyyaml.block-scalar": "al leer un texto en bloque (| o >)",
    "check.yaml.pyyaml.block-mapping": "al leer un grupo de campos",
    "check.yaml.pyyaml.block-collection": "al leer una lista",
    "check.yaml.pyyaml.flow-sequence": "al leer una lista entre corchetes",
    "check.yaml.pyyaml.flow-mapping": "al leer un grupo entre llaves",
    "check.yaml.pyyaml.block-node": "al leer un valor",
    "check.yaml.pyyaml.flow-node": "al leer un valor",
    "check.yaml.pyyaml.node": "al leer un valor",
    "check.yaml.pyyaml.next-token": "al buscar el siguiente elemento",
    "check.yaml.character": "el carácter {code} no está permitido en una nota: quítelo",
    "check.yaml.detail": "{what} ({context})",
    "check.yaml.detail-at": "{what} ({context}, que empieza en la línea {line})",
    "check.yaml.unreadable": "no se ha podido leer el YAML: {detail}; revise la sangría, y ponga entre comillas el "
    "texto que contiene ':' o empieza por un símbolo",
    "check.yaml.unreadable-marker": "no se ha podido leer el YAML: {detail}; un valor con un marcador ^[…] va entre "
    "comillas, o en las líneas siguientes después de `>-`",
    "check.yaml.escape": "una secuencia de escape de este texto produce {code}, que una nota no puede contener: "
    "quítela",
    "check.yaml.anchor": "{mark}{name}: las anclas y los alias (&name, *name) no están permitidos en las notas: "
    "escriba el valor completo",
    "check.yaml.second-document": "aquí empieza un segundo documento YAML: un archivo contiene uno solo, así que quite "
    "este `---`",
    "check.yaml.tag": "la etiqueta {tag} no está permitida en las notas: quítela (ponga entre comillas el texto que "
    "empieza por !)",
    "check.yaml.key-not-text": "el nombre de un campo debe ser texto simple, no una lista ni un conjunto de campos",
    "check.yaml.too-deep": "el YAML está anidado a más de {depth} niveles: las notas solo necesitan unos pocos",
    "check.yaml.merge-key": "las claves de fusión `<<` no están permitidas en las notas: escriba cada campo completo",
    "check.yaml.second-id": "un segundo `id` en una nota (el primero está en la línea {line}): empiece cada nota con "
    "`- id:`",
    "check.yaml.twice": "escrito dos veces en una nota (la primera en la línea {line}): deje solo uno",
    # Los campos de una nota y sus tipos (convert.py); {meaning} son las palabras de la guía para el campo.
    "check.convert.id-differs": "el identificador {id} no coincide con el nombre del archivo: quite la línea id",
    "check.convert.unknown-field.close": "campo desconocido: ¿quería decir `{name}`?",
    "check.convert.unknown-field": "campo desconocido: los campos admitidos son {fields}",
    "check.convert.missing": "falta un campo obligatorio: añada `{name}: {example}` ({meaning})",
    "check.convert.expected": "se esperaba {expected}, pero hay {found} {value}",
    "check.convert.a-set-of-fields": "un conjunto de campos",
    "check.convert.a-list": "una lista",
    "check.convert.nothing": "un valor vacío",
    "check.convert.true-false": "un valor true/false",
    "check.convert.a-number": "un número",
    "check.convert.text": "texto",
    "check.convert.a-whole-number": "un número entero como 1, 2 o 10",
    "check.convert.a-list-of": "una lista de {items}, en la que cada elemento empieza por `- {first}: ...`",
    "check.convert.items.point": "puntos",
    "check.convert.items.correction": "correcciones",
    "check.convert.items.side": "bandos",
    "check.convert.items.relation-type": "tipos de relación",
    "check.convert.items.page": "páginas",
    "check.convert.not-a-date": "{value} no es una fecha: escriba 2019, 2019-03 o 2019-03-25, solo con la precisión "
    "que da la fuente",
    # Las correcciones de una página escrita a mano (handwritten.py).
    "check.handwritten.future": "{date} está en el futuro",
    "check.handwritten.abbreviation": "`*[{abbreviation}]: …` da una nota emergente solo en esta página, donde no "
    "se puede mostrar su evidencia: escríbala como una nota de término (`make new KIND=term ID=…`), cuya nota "
    "emergente se muestra en todas las páginas y cuyas fuentes lista el glosario",
    # Las partes de la nota de la historia (story_check.py).
    "check.story.side-not-plain": "el identificador de bando {id!r} no es un identificador simple: use minúsculas, "
    "cifras y guiones",
    "check.story.side-twice": "el bando {id!r} ya está en la lista en la línea {line}: ponga cada bando una sola vez",
    "check.story.no-sides": "no hay bandos: ponga al menos uno, cada uno con un identificador, una etiqueta y una etiqueta corta",
    "check.story.not-a-side": "{side!r} no es uno de los bandos: use uno de estos: {sides}",
    "check.story.type-not-plain": "el tipo de relación {id!r} no es un identificador simple: use minúsculas y guiones",
    "check.story.type-twice": "el tipo de relación {id!r} ya está en la lista en la línea {line}",
    "check.story.drawn-alike": "{id!r} se dibuja igual que {same!r} (línea {dash}, extremo {end}): dele otra línea u "
    "otro extremo, para que el diagrama se entienda sin color",
    "check.story.no-types": "no hay tipos de relación: ponga al menos uno, cada uno con un identificador, una etiqueta y su dibujo",
    "check.story.slug-not-plain": "{slug!r} no es una dirección simple: use minúsculas, cifras y guiones",
    "check.story.slug-taken": "{slug!r} es la dirección de otra página: elija otra",
    "check.story.correction-field": "el campo {field!r} de una corrección de la historia no nombra nada que lean los "
    "lectores: escriba {intro}, o la descripción o la tarjeta de una página (background.description, question.card)",
    "check.story.page-twice": "la página {page!r} se describe dos veces: deje una",
    # Lo que `make new` e init dejan por completar (template.py); {meaning} son las palabras de la guía para el campo.
    "check.template.todo": "todavía tiene el TODO de `make new`: escríbalo: {meaning}",
    "check.template.todo.optional": "todavía tiene el TODO de `make new`: escríbalo ({meaning}) o bórrelo",
    "check.template.init-todo": "todavía tiene el TODO de `python -m explainer init`: escríbalo: {meaning}",
    "check.template.init-seed": "todavía es el texto provisional de `python -m explainer init`: pegue aquí el texto del "
    "artículo",
    "check.template.same-quote": "igual que la cita {id!r} ({at}): `make new` copia un ejemplo para que la nota pase "
    "la comprobación; sustitúyalo por las palabras que cita, o borre la repetición",
    "check.template.same-figure": "igual que la cifra {id!r} ({at}): `make new` copia un ejemplo para que la nota pase "
    "la comprobación; sustitúyalo por el número que cita, o borre la repetición",
    # El comentario sobre el cuerpo de una nota nueva (template.py).
    # Por qué init no puede empezar un explicador (init.py).
    "check.init.no-table": "no hay tabla de palabras para {language!r}: use uno de {known}",
    "check.init.not-empty": "{folder} no está vacía: empiece el nuevo explicador en una carpeta vacía o nueva",
    #
    # -- check.py, story_check.py, wikilinks.py, text_rules.py, render/home.py --
    # check.py: identificadores.
    "check.check.id-too-long": "tiene {length} caracteres: acorte el identificador a {limit} como máximo",
    "check.check.id-reserved": "el identificador de {kind} {id!r} lo usa {used}: elija otro identificador",
    "check.check.reserved.actors-index": "la página índice de Actores, actors/index.md",
    "check.check.reserved.one-source": "la lista, en la página de Fuentes, de lo que se apoya en una sola fuente",
    "check.check.reserved.every-relation": "el encabezado de la tabla de relaciones",
    "check.check.reserved.sides-diagram": "el diagrama de los bandos",
    "check.check.id-page-anchor": "el identificador de {kind} {id!r} es un ancla que las páginas usan para las "
    "pruebas o las correcciones: elija otro identificador",
    "check.check.id-evidence-anchor": "el identificador de explicación {id!r} parece el ancla de una prueba: elija "
    "otro identificador",
    "check.check.id-not-plain": "{id!r} no es un identificador simple: use minúsculas, cifras y guiones sueltos "
    "(army-chief)",
    "check.check.id-used": "el identificador de {kind} {id!r} ya se usa en {path}:{line}: elija otro identificador",
    # check.py: campos, referencias y fechas.
    "check.check.self-relation": "una relación de tipo {type!r} une {subject!r} consigo mismo: ponga en `object` el identificador de otro actor",
    "check.check.no-seed": "no existe el archivo seeds/{seed}: copie allí el texto del artículo",
    "check.check.not-a-choice": "{value} no es uno de estos valores: {allowed}",
    "check.check.no-sources": "cite al menos una fuente: `sources: [source-id]`",
    "check.check.empty": "está vacío: escríbalo o quite la nota",
    "check.check.unknown-ref": "no hay ninguna nota {kind} con el identificador {ref!r}: añada content/{kind}s/{ref} "
    "o use uno de estos: {known}",
    "check.check.future": "{date} está en el futuro",
    "check.check.before-sources": "{date} es posterior a la publicación de sus fuentes ({latest}): escriba la fecha "
    "solo con la precisión que permite la fuente",
    "check.check.empty-alias": "contiene un alias vacío: quítelo o escriba el otro nombre",
    "check.check.common-term": "{spelling!r} es una palabra demasiado corta o demasiado común para marcarla como "
    "término del glosario en todas las páginas: escriba el término como una expresión que los lectores buscarían",
    "check.check.plain-link": "[[{kind}:{id}]]: {field} es texto simple, donde no se crea ningún enlace: escriba las "
    "palabras{where}",
    "check.check.plain-link.where": " (los enlaces funcionan en {fields})",
    # check.py: citas y cifras comparadas con seeds/.
    "check.check.quote-unchecked": "cite una fuente cuyo texto esté en seeds/, para que se pueda comprobar la cita",
    "check.check.figure-unchecked": "cite una fuente cuyo texto esté en seeds/, para que se pueda comprobar la cifra",
    "check.check.one-word": "una sola palabra no puede ser una cita: {quote}; dígala en una frase de la propia nota, "
    'con la palabra entre comillas y su pasaje: La calificó de "prematura".^["…"]',
    "check.check.too-short": "demasiado corta para citarla: {quote}{piece}; cite al menos {least} palabras a cada "
    "lado de un corte, o todo lo que la fuente pone entre un mismo par de comillas",
    "check.check.too-short.piece": " (el fragmento {piece})",
    "check.check.speaker": "quien habla, {name!r} (o un alias), no aparece nombrado junto a este pasaje en "
    "seeds/{seed}: {quote}; revise quién habla, o añada a los alias del actor el nombre que le da la fuente",
    "check.check.pieces-apart": "los fragmentos de la cita vienen de entrecomillados o frases distintos en seeds/{seed}: "
    "{quote}; cite un solo pasaje, o haga dos citas",
    "check.check.pieces-apart.paragraphs": "los fragmentos de la cita vienen de párrafos distintos en seeds/{seed}: "
    "{quote}; cite un solo pasaje, o haga dos citas",
    "check.check.runs-across": "la cita abarca varios entrecomillados o frases en seeds/{seed}: {quote}; cite un solo "
    "pasaje, o haga dos citas",
    "check.check.runs-across.paragraphs": "la cita abarca varios párrafos en seeds/{seed}: {quote}; cite un solo "
    "pasaje, o haga dos citas",
    "check.check.not-found": "la cita no aparece palabra por palabra en seeds/{seed}: {quote}; el pasaje más "
    "cercano: {closest}",
    "check.check.figure-missing": "{value!r} no aparece en {seeds}: escríbala como la escribe la fuente",
    # wikilinks.py: un enlace [[...]].
    "check.wikilinks.unknown-kind": "[[{kind}:{id}]]: tipo desconocido; {hint}use uno de estos: {kinds}",
    "check.wikilinks.did-you-mean": "¿quería decir [[{close}:{id}]]? ",
    "check.wikilinks.no-note": "[[{kind}:{id}]] no enlaza con ninguna nota {kind}: revise el identificador",
    # text_rules.py: lo que ningún texto puede contener.
    "check.text-rules.conflict": "queda una línea de un conflicto de fusión ({line}): conserve la versión buena del "
    "texto y borre las líneas del conflicto (<<<<<<<, =======, >>>>>>>)",
    "check.text-rules.invisible": "contiene {what} (U+{code}) que ninguna página puede mostrar: bórrelo (estos "
    "caracteres llegan con el texto pegado desde otros programas)",
    "check.text-rules.surrogate": "un sustituto (surrogate) suelto",
    "check.text-rules.control": "un carácter de control invisible",
    "check.text-rules.non-character": "un no-carácter",
    "check.text-rules.element": "<{name}> no está permitido: quítelo ({no_code})",
    "check.text-rules.handler": "el atributo {name}= ejecuta código en el navegador del lector: quítelo ({no_code})",
    "check.text-rules.no-code": "las notas contienen Markdown y HTML simple, nunca scripts, marcos, objetos "
    "incrustados ni estilos",
    "check.text-rules.scheme": "un enlace {scheme}: no está permitido: enlace a una dirección https://, o a una nota "
    "con [[id]]",
    # render/home.py: un bloque <!-- explainer: NAME --> de una página escrita a mano.
    "check.home.unknown-block": "bloque desconocido <!-- explainer: {name} -->: use uno de estos: {blocks}",
    #
    # -- claims.py, passages.py, verbatim.py, quotations.py, support.py, mistakes.py --
    # El resumen que escribe `make check` (claims.Coverage).
    "check.claims.coverage": "Frases de información con pasajes: {reporting} de {total} ({share} %); "
    "contexto: {context}; análisis: {analysis}; avisos: {flags}.",
    # Frases y campos que afirman algo sin sus pasajes (claims.py).
    "check.claims.no-passage": '{sentence!r} no tiene pasaje: añada después ^["las palabras exactas de la '
    'fuente"], o márquela con ^[context: de dónde sale] o ^[analysis]',
    "check.claims.finding": "{sentence!r}: {finding}",
    "check.claims.no-source": "^[{source}: …] no nombra ninguna fuente: use el identificador de una fuente, o ninguno",
    "check.claims.side": 'el bando {side!r} es una afirmación: añada el pasaje que lo muestra, `side: {side} ^["…"]`',
    "check.claims.relation-type": "'{type}' es una afirmación: añada un pasaje después del tipo o después del texto",
    "check.claims.not-credited": "ningún pasaje de esta nota nombra a {name!r}: cite las palabras que se lo atribuyen",
    # Un marcador que no se puede leer (passages.py).
    "check.passages.at-marker": "`^[{marker}…`: {problem}",
    "check.passages.no-closing": "al marcador le falta el ] de cierre",
    "check.passages.no-closing-quote": "al pasaje le falta el {closing}] de cierre",
    "check.passages.before-quote": "`^[{head} …` : escriba el identificador de una fuente (source-id) o nada antes "
    "de las comillas del pasaje",
    "check.passages.empty": "pasaje vacío: copie las palabras de la fuente entre las comillas",
    "check.passages.bare-context": "`^[context]` debe decir de dónde sale el contexto: `^[context: conocimiento general]`",
    "check.passages.not-a-voice": "`^[{head}]` no es un pasaje, ni `context: …` ni `analysis`: {hint}",
    "check.passages.did-you-mean": "¿quería decir `^[{voice}: …]`?",
    "check.passages.quote-it": 'ponga el pasaje entre comillas: `^["palabras exactas"]`',
    # Un pasaje que no son las palabras de la fuente, y lo que una frase dice más allá de sus pasajes (support.py).
    "check.support.elision": "el pasaje {passage!r} tiene una elisión: un pasaje es un tramo seguido del texto de la "
    "fuente; escriba dos marcadores",
    "check.support.too-short": "el pasaje {passage!r} es demasiado corto para sostener una afirmación: copie al "
    "menos {n} palabras de la fuente",
    "check.support.no-seed": "cite una fuente cuyo texto esté en seeds/, para que se pueda comprobar el pasaje",
    "check.support.not-found": "pasaje no encontrado palabra por palabra en el texto de {source}: {passage!r}; "
    "pasaje más cercano: {closest!r}",
    "check.support.number": "el número {number} no está en sus pasajes",
    "check.support.date-word": "la palabra de fecha {word!r} no está en sus pasajes",
    "check.support.quoted": "las palabras entre comillas {words!r} no están en sus pasajes",
    "check.support.name": "el nombre {name!r} no está en sus pasajes: cite un pasaje que lo nombre, o enlace al actor",
    "check.support.hedge": "omite el matiz {hedge!r} del pasaje: consérvelo (o una palabra parecida)",
    "check.support.says-unnamed": "dice que lo dijo {who!r}, pero ningún pasaje nombra a {who!r}: cite el pasaje "
    "que lo nombra",
    "check.support.gives-words": "su pasaje atribuye estas palabras a {who!r}: nombre a {who!r} en la frase",
    #
}
