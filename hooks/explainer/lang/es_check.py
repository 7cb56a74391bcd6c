"""Español: lo que la comprobación le dice a quien edita (make check, make serve, make site). Las mismas claves que en_check.py."""

from __future__ import annotations

WORDS: dict[str, str] = {
    # Lo que se escribe alrededor de los problemas (__main__.py, el hook de MkDocs, la guía).
    "check.notes-have.one": "Las notas tienen {n} problema:",
    "check.notes-have.other": "Las notas tienen {n} problemas:",
    "check.preview-banner.one": "Las notas tienen {n} problema: esta vista previa puede estar incompleta",
    "check.preview-banner.other": "Las notas tienen {n} problemas: esta vista previa puede estar incompleta",
    "check.placeholders.one": "{n} marcador de `make new` por completar antes de publicar:",
    "check.placeholders.other": "{n} marcadores de `make new` por completar antes de publicar:",
    # make check, make new e init (__main__.py).
    "check.to-finish": "Por completar antes de que `make site` publique ({n}):",
    "check.to-finish.one": "Por completar antes de que `make site` publique: {problem}",
    "check.found.one": "{n} problema encontrado.",
    "check.found.other": "{n} problemas encontrados.",
    "check.left.one": "; queda {n} marcador por completar",
    "check.left.other": "; quedan {n} marcadores por completar",
    "check.clean": "{notes} notas comprobadas, {seeds} texto(s) en seeds/: ningún problema{left}.",
    "check.new.too-long": "el identificador tiene {length} caracteres: use {limit} como máximo (army-chief, "
    "minister-denies-visit)",
    "check.new.not-plain": "{id!r} no es un identificador simple: use minúsculas, cifras y guiones sueltos "
    "(army-chief, minister-denies-visit)",
    "check.new.at": " en {path}:{line}",
    "check.new.exists": "ya existe {note} con el identificador {id!r}{place}: elija otro identificador o edite esa nota",
    "check.new.wrote": "Escrito {path}: sustituya cada TODO y luego ejecute `make check`.",
    "check.init.wrote": "Escrito un nuevo explicador en {folder}: {files}",
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
    "anterior; pare el servidor (Ctrl+C) y vuelva a ejecutar `make serve` para usar el código nuevo",
    "check.code-changed.others": " (y {files})",
    # El idioma del sitio (lang/missing.py).
    "check.language.unknown": "no hay tabla de palabras para el idioma {language!r}: use uno de {known}, o añada "
    "hooks/explainer/lang/{language}.py, {language}_guide.py y {language}_check.py (copie en.py, en_guide.py y "
    "en_check.py y tradúzcalos; vea la guía de edición)",
    "check.language.missing": "falta en la tabla {language!r}: añádala, traduciendo la de {english}",
    # -- load.py, reading.py, yaml_lines.py, convert.py, handwritten.py, template.py, init.py, __main__.py --
    # Leer content/ (load.py).
    "check.load.no-notes": "no se ha encontrado ninguna nota: añada notas en content/ (vea la guía de edición)",
    "check.load.not-a-kind": "no es ningún tipo de nota: póngala en una de estas carpetas: {folders}",
    "check.load.no-story": "no hay nota de la historia: escriba content/story.md (la pregunta, los bandos, los tipos "
    "de relación; `python -m explainer init` escribe una para completar, y la guía de edición muestra cada campo)",
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
    "check.reading.too-large": "el archivo ocupa {size:,} bytes, más que el límite de {limit:,}: ¿es el archivo "
    "correcto?",
    "check.reading.not-utf8": "no es texto UTF-8 (byte 0x{byte:02x}): guarde el archivo como UTF-8",
    "check.reading.empty": "el archivo está vacío: escriba la nota o borre el archivo",
    # Leer YAML (yaml_lines.py); {what} y {context} son las palabras de PyYAML, en inglés.
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
    # Las partes de la nota de la historia (story_check.py).
    "check.story.side-not-plain": "el identificador de bando {id!r} no es un identificador simple: use minúsculas, "
    "cifras y guiones",
    "check.story.side-twice": "el bando {id!r} ya está en la lista en la línea {line}: ponga cada bando una sola vez",
    "check.story.no-sides": "no hay bandos: ponga al menos uno, cada uno con un id, una etiqueta y una etiqueta corta",
    "check.story.not-a-side": "{side!r} no es uno de los bandos: use uno de estos: {sides}",
    "check.story.type-not-plain": "el tipo de relación {id!r} no es un identificador simple: use minúsculas y guiones",
    "check.story.type-twice": "el tipo de relación {id!r} ya está en la lista en la línea {line}",
    "check.story.drawn-alike": "{id!r} se dibuja igual que {same!r} (línea {dash}, extremo {end}): dele otra línea u "
    "otro extremo, para que el diagrama se entienda sin color",
    "check.story.no-types": "no hay tipos de relación: ponga al menos uno, cada uno con un id, una etiqueta y su dibujo",
    "check.story.slug-not-plain": "{slug!r} no es una dirección simple: use minúsculas, cifras y guiones",
    "check.story.slug-taken": "{slug!r} es la dirección de otra página: elija otra",
    "check.story.correction-field": "el campo {field!r} de una corrección de la historia no nombra nada que lean los "
    "lectores: escriba {intro}, o la descripción o la tarjeta de una página (background.description, question.card)",
    "check.story.page-twice": "la página {page!r} se describe dos veces: deje una",
    # Lo que `make new` e init dejan por completar (template.py); {meaning} son las palabras de la guía para el campo.
    "check.template.todo": "todavía tiene el marcador TODO de `make new`: escríbalo: {meaning}",
    "check.template.todo.optional": "todavía tiene el marcador TODO de `make new`: escríbalo ({meaning}) o bórrelo",
    "check.template.init-todo": "todavía tiene el marcador TODO de `python -m explainer init`: escríbalo: {meaning}",
    "check.template.init-seed": "todavía es el marcador de `python -m explainer init`: pegue aquí el texto del "
    "artículo",
    "check.template.same-quote": "igual que la cita {id!r} ({at}): `make new` copia un ejemplo para que la nota pase "
    "la comprobación; sustitúyalo por las palabras que cita, o borre la repetición",
    "check.template.same-figure": "igual que la cifra {id!r} ({at}): `make new` copia un ejemplo para que la nota pase "
    "la comprobación; sustitúyalo por el número que cita, o borre la repetición",
    # El comentario sobre el cuerpo de una nota nueva (template.py).
    "check.new.below": "Debajo de la línea --- de cierre: {comment}",
    # Por qué init no puede empezar un explicador (init.py).
    "check.init.no-table": "no hay tabla de palabras para {language!r}: use uno de {known}",
    "check.init.not-empty": "{folder} no está vacía: empiece el nuevo explicador en una carpeta vacía o nueva",
    #
    # -- check.py, story_check.py, wikilinks.py, text_rules.py, render/home.py --
    #
    # -- claims.py, passages.py, verbatim.py, quotations.py, support.py, mistakes.py --
    #
}
