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
    #
    # -- check.py, story_check.py, wikilinks.py, text_rules.py, render/home.py --
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
    "check.passages.bare-context": "`^[context]` dice de dónde sale el contexto: `^[context: conocimiento general]`",
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
