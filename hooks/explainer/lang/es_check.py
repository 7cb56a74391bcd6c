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
    #
}
