"""Español: cada palabra que el motor escribe en una página. Las mismas claves que en.py."""

from __future__ import annotations

_KINDS = {
    "source": ("fuente", "fuentes"),
    "actor": ("actor", "actores"),
    "relation": ("relación", "relaciones"),
    "event": ("hecho", "hechos"),
    "quote": ("cita", "citas"),
    "figure": ("cifra", "cifras"),
    "explanation": ("explicación", "explicaciones"),
    "term": ("término", "términos"),
}

WORDS: dict[str, str] = {
    # Fechas: 2019, marzo de 2019, 25 de marzo de 2019.
    "date.month": "{month} de {year}",
    "date.day": "{day} de {month} de {year}",
    **{
        f"month.{i}": name
        for i, name in enumerate(
            (
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ),
            start=1,
        )
    },
    **{
        f"month-abbr.{i}": name
        for i, name in enumerate(
            ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"), start=1
        )
    },
    # Lo que va delante de una fecha según su precisión: "hasta el 14 de febrero de 2019", "hasta febrero
    # de 2019", "hasta 2019"; "el 14 de febrero de 2019", "en febrero de 2019", "en 2019".
    "date.until.day": "el",
    "date.until.month": "",
    "date.until.year": "",
    "date.on.day": "el",
    "date.on.month": "en",
    "date.on.year": "en",
    "precision.year": "solo se sabe el año",
    "precision.month": "se sabe el mes, no el día",
    "precision.day": "día exacto",
    # Cada página.
    "age.based-on": "Según la información publicada hasta",
    "age.last-updated": "Última actualización:",
    "reported.by": "Informado por {source}",
    "reported.via": ", a través de {sources}",
    "reported.source": "Fuente: {sources}",
    "feed.link": "Qué ha cambiado: {site}",
    # Títulos de página y lo que las describe cuando la historia no dice nada.
    "page.background": "Antecedentes: cómo se llegó aquí",
    "page.background.short": "Antecedentes",
    "page.who-backs-whom": "Quién apoya a quién",
    "page.timeline": "Cronología",
    "page.actors": "Actores",
    "page.quotes": "Citas",
    "page.sources": "Fuentes",
    "page.glossary": "Glosario",
    "page.changes": "Qué ha cambiado",
    "page.home-figures": "Inicio: cifras clave",
    "describe.background": "La historia hasta ahora, contada a partir de los hechos fechados, en orden.",
    "describe.who-backs-whom": "Los bandos, y cada vínculo con fuente entre ellos.",
    "describe.question": "Las explicaciones en disputa, cada una con las pruebas a favor y en contra y quién la "
    "defiende. Ningún veredicto que las fuentes no den.",
    "describe.timeline": "Cada hecho fechado, en orden, con la precisión con que se conoce cada fecha.",
    "describe.actors": "Cada país, organismo, persona, empresa y medio de la historia de {story}, con su papel y su "
    "bando.",
    "describe.quotes": "Cada cita de la historia de {story}, palabra por palabra, agrupada por quien habla, con "
    "quién la dijo y quién la informó.",
    "describe.sources": "Cada fuente de este explicador, lo que se apoya en cada una y qué afirmaciones descansan en "
    "una sola fuente.",
    "describe.glossary": "Términos de la historia de {story}, explicados con palabras sencillas.",
    "describe.changes": "Cada actualización de las notas de este explicador, de la más reciente a la más antigua, "
    "con un enlace a la página que cambió.",
    # Los bloques de la portada.
    "home.reporting-up-to": "**Según la información publicada hasta {when}.** Este explicador no ha seguido los "
    "hechos desde entonces; vea las [fuentes]({sources}).",
    "home.undated": "una fuente sin fecha",
    "card.background": "La historia hasta ahora, en el orden en que ocurrió.",
    "card.who-backs-whom": "Los bandos, y cada vínculo con fuente entre ellos.",
    "card.question": "Las explicaciones en disputa y las pruebas en cada sentido.",
    "card.timeline.one": "{n} hecho fechado.",
    "card.timeline.other": "{n} hechos fechados, en orden.",
    "card.actors.one": "{n} país, organismo, persona o empresa.",
    "card.actors.other": "{n} países, organismos, personas y empresas.",
    "card.quotes.one": "{n} cita, comprobada palabra por palabra.",
    "card.quotes.other": "{n} citas, cada una comprobada palabra por palabra.",
    "card.sources": "En qué se apoya cada afirmación.",
    "card.glossary.one": "{n} término en palabras sencillas.",
    "card.glossary.other": "{n} términos en palabras sencillas.",
    # Antecedentes y Cronología.
    "background.intro": "La historia hasta ahora, en el orden en que ocurrió. Cada párrafo sale de un hecho fechado; "
    "vea la [cronología]({timeline}) para ver las fechas de un vistazo.",
    "background.ref": "cronología",
    "timeline.intro": "Cada hecho lleva la fecha con la precisión que permite su fuente: un mes cuando la fuente no "
    'da el día. Las fechas deducidas del texto ("cinco días después") dicen cómo.',
    "timeline.date-worked-out": "*Fecha deducida:*",
    "timeline.who": "Quién: {actors}",
    "timeline.link": "Enlace a este hecho",
    "timeline.key": "En la línea de cada hecho: {items}",
    "timeline.key.year": "una barra rayada: solo se sabe el año",
    "timeline.key.month": "una barra: solo se sabe el mes",
    "timeline.key.day": "un punto: el día exacto",
    # La página de la pregunta central.
    "question.in-short": "**En resumen:**",
    "question.argued-by": "**La defienden:**",
    "question.reported-in": "**Informada en:**",
    "question.evidence-for": "Pruebas a favor",
    "question.evidence-against": "Pruebas en contra",
    "question.none": "**{title}:** las fuentes no recogen ninguna.",
    "question.key-figure": "cifra clave",
    "tally.caption": "<strong>De un vistazo:</strong> una marca por cada prueba que las fuentes recogen a favor o en "
    "contra de cada explicación. Cada marca enlaza con su prueba, que nombra sus fuentes.",
    "tally.for.one": "{n} prueba a favor",
    "tally.for.other": "{n} pruebas a favor",
    "tally.against.one": "{n} prueba en contra",
    "tally.against.other": "{n} pruebas en contra",
    "tally.mark.for": "A favor, prueba {i}: {words}",
    "tally.mark.against": "En contra, prueba {i}: {words}",
    "tally.none": "ninguna recogida",
    # Quién apoya a quién, y su diagrama.
    "sides.heading": "Los bandos",
    "sides.every-relation": "Todas las relaciones",
    "sides.none": "*No hay relaciones registradas.*",
    "sides.not-dated": "sin fecha",
    "column.who": "Quién",
    "column.link": "Vínculo",
    "column.whom": "Con quién",
    "column.when": "Cuándo",
    "column.sourcing": "Fuentes",
    "diagram.title": "Quién apoya a quién: un diagrama de los bandos y los vínculos entre ellos",
    "diagram.summary.one": "{actors} actores, agrupados por bando, con {n} línea entre ellos; los medios de "
    "comunicación quedan fuera.",
    "diagram.summary.other": "{actors} actores, agrupados por bando, con {n} líneas entre ellos; los medios de "
    "comunicación quedan fuera.",
    "diagram.by-type": "Líneas por tipo: {kinds}. La tabla de todas las relaciones de esta página da cada vínculo "
    "en palabras, con sus fuentes.",
    "diagram.caption": "Cada recuadro es un actor y enlaza con su página. Las líneas van de quien actúa hacia quien "
    "recibe la acción; cada tipo de vínculo tiene su propio color, trazo y final. Los medios de comunicación quedan "
    "fuera. Cada vínculo está en palabras, con sus fuentes, en la tabla de "
    '<a href="#every-relation">todas las relaciones</a>.',
    # Actores.
    "actors.intro": "Todos los que nombra la información, por tipo. Cada página dice quiénes son, en qué bando "
    "están, qué los une a los demás, qué dijeron y dónde más se los menciona.",
    "actors.kind": "**Tipo:**",
    "actors.side": "**Bando:**",
    "actors.country": "**País:**",
    "actors.also-called": "**También llamado:**",
    "actors.stance": "**Postura:**",
    "actors.relations": "Relaciones",
    "actors.said": "Lo que dijeron",
    "actors.mentioned-in": "Mencionado en",
    "kinds.country": "Países",
    "kinds.government-body": "Organismos públicos",
    "kinds.person": "Personas",
    "kinds.company": "Empresas",
    "kinds.organisation": "Organizaciones",
    "kinds.media": "Medios de comunicación",
    "kind.country": "país",
    "kind.government-body": "organismo público",
    "kind.person": "persona",
    "kind.company": "empresa",
    "kind.organisation": "organización",
    "kind.media": "medio de comunicación",
    # Citas.
    "quotes.intro": "Cada cita, palabra por palabra tal como la publica la fuente; la compilación comprueba cada "
    "una con el texto de la fuente. Cada cita tiene su propio enlace: use el # que hay a su lado.",
    "quotes.about": "Sobre {name}",
    "quotes.link": "Enlace a esta cita",
    # Fuentes y Glosario.
    "sources.intro": "Cada nota de este sitio cita una fuente. Los documentos de la carpeta seeds del proyecto son "
    "las pruebas: cada cita y cada cifra se comprueba con su texto en cada compilación. También se enumeran los "
    "medios a los que el artículo atribuye algo, con lo que les atribuye.",
    "sources.kind": "**Tipo:**",
    "sources.title": "**Título:**",
    "sources.publisher": "**Editor:**",
    "sources.published": "**Publicado:**",
    "sources.party": "**Parte en la disputa:**",
    "sources.checked-from": "**Texto comprobado en:**",
    "sources.rest": "{n} notas se apoyan en esta fuente",
    "sources.one-source": "Afirmaciones que descansan en una sola fuente",
    "sources.one-source.intro": "{n} notas se apoyan en una sola fuente, sin ningún medio citado junto a ella. "
    "Llevan la etiqueta *Una sola fuente* allí donde aparecen.",
    "source-kind.article": "artículo",
    "source-kind.news-outlet": "medio de comunicación",
    "source-kind.news-agency": "agencia de noticias",
    "source-kind.magazine": "revista",
    "source-kind.state-broadcaster": "medio estatal",
    "source-kind.think-tank": "centro de estudios",
    "source-kind.government": "gobierno",
    "source-kind.expert": "experto",
    "glossary.also-written": "*También se escribe:*",
    # Tipos de nota, como los nombran las listas y los recuentos.
    "note.actor": "Actor",
    "note.relation": "Relación",
    "note.event": "Hecho",
    "note.quote": "Cita",
    "note.figure": "Cifra",
    "note.explanation": "Explicación",
    "note.term": "Término",
    "note.source": "Fuente",
    **{f"count.{kind}.one": f"{{n}} {one}" for kind, (one, _) in _KINDS.items()},
    **{f"count.{kind}.other": f"{{n}} {other}" for kind, (_, other) in _KINDS.items()},
    # Dónde más se menciona a un actor.
    "mention.actor": "Actor",
    "mention.source": "Fuentes",
    "mention.event": "Cronología",
    "mention.quote": "Citas",
    "mention.term": "Glosario",
    "mention.relation": "Quién apoya a quién",
    "mention.figure": "Cifras clave",
    # Etiquetas junto a una afirmación.
    "label.confirmed": "Confirmado",
    "label.disputed": "En disputa",
    "label.single-source": "Una sola fuente",
    "label.unverified": "Sin verificar",
    "label.party": "Una parte en la disputa",
    "label.confirmed.why": "Confirmado por los implicados o por más de una fuente",
    "label.disputed.why": "Otras fuentes o partes lo discuten",
    "label.single-source.why": "Solo una fuente lo informa",
    "label.unverified.why": "Aún sin verificar",
    "label.party.why": "Descansa solo en un bando de la disputa",
    # Las pruebas tras cada frase.
    "evidence.heading": "Pruebas",
    "evidence.number": "Prueba {n}",
    "evidence.back": "Volver a la frase",
    "evidence.original": "léalo en el original",
    "evidence.context": "contexto",
    "evidence.analysis": "análisis",
    "evidence.context.why": "Contexto, no sale del artículo",
    "evidence.analysis.why": "Análisis, la lectura propia del explicador, no la de una fuente",
    # Correcciones, Qué ha cambiado y el canal.
    "correction.label": "Corrección, {date}:",
    "correction.said": "una versión anterior decía «{said}»{stop} {why}",
    "correction.said.plain": "Una versión anterior decía «{said}»{stop} {why}",
    "correction.title": "Corrección, {date}",
    "changes.intro": "Cada nota de este sitio lleva el día de su última actualización. Aquí están, de la más "
    "reciente a la más antigua, agrupadas por la página en que aparecen.",
    "changes.follow": "Siga la historia en un lector de canales con el [canal Atom]({feed}). Todas las notas son "
    "datos abiertos: [explainer.json]({data}), descrito por un [esquema JSON]({schema}).",
    "changes.corrections": "Correcciones",
    "changes.corrections.intro": "Cuando un cambio alteró el sentido de algo ya publicado, queda registrado como "
    "corrección en su página. Todas las correcciones, de la más reciente a la más antigua:",
    "changes.none": "Ninguna nota lleva aún fecha de actualización (`updated`).",
    "changes.day.one": "{n} nota actualizada en {pages} página(s).",
    "changes.day.other": "{n} notas actualizadas en {pages} página(s).",
    "feed.title": "Qué ha cambiado: {title}",
    "feed.subtitle": "Actualizaciones de las notas de {title}.",
    "feed.entry": "{page}: {summary} actualizadas",
    "feed.updated-on": "Actualizado {date}:",
}
