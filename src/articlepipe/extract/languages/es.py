"""Spanish."""

from __future__ import annotations

PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "lee también",
        "artículo relacionado",
        "noticia relacionada",
        "consulta también",
        "lea también",
        "leer más",
        "te puede interesar",
        "también te puede interesar",
        "te podría interesar",
        "puede interesarte",
        "artículos relacionados",
        "noticias relacionadas",
        "lo más leído",
        "ver también",
        "relacionado",
        "relacionados",
        "más información",
        "también te puede gustar",
        "te puede gustar",
        "otros artículos",
        "más artículos",
        # a list of the site's latest posts after the article
        "entradas recientes",
        "artículos recientes",
        "últimas entradas",
        "últimos artículos",
        "entradas populares",
    ),
    # Words consent small print names (the terms it binds the reader to).
    "consent_terms": (
        "privacidad",
    ),
    "consent": (
        "al suscribirte, aceptas",
        "al registrarte, aceptas",
    ),
    "prompts": (
        "comparte en",
        "comparte este artículo",
        "compartir en",
        "síguenos",
        "suscríbete a nuestro boletín",
        "suscríbete a nuestra newsletter",
        "suscríbete",
        "utilizamos cookies",
        "usamos cookies",
        "este sitio utiliza cookies",
        # whether the reader liked the article, before a request to share it
        "¿te gustó este artículo?",
        "¿te ha gustado este artículo?",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "te resultó útil este artículo",
        "te ha resultado útil",
        "le ha resultado útil",
        "fue útil este artículo",
        "te ha sido útil",
        "qué tan útil fue este artículo",
        "qué tan útil fue esta publicación",
        "cómo de útil fue este artículo",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "sí",
        "si",
        "no",
    ),
    "labels": (
        # a skip link to the content, as themes print it in this language
        "saltar al contenido",
        "ir al contenido",
        "saltar al contenido principal",
        "publicidad",
        "compartir",
        "comparte",
        "volver arriba",
        "ir arriba",
        "subir",
        # a sponsor's label over its logo
        "en colaboración con",
        "presentado por",
        "patrocinado por",
        "colaboración pagada",
        # a shop's price button in a buying guide, alone in its block
        "ver precio",
        "ver oferta",
        # a role printed above or below an author's bio
        "redactor jefe",
        "redactora jefa",
        # a buying guide's link to its full review
        "leer la reseña completa",
        "leer el análisis completo",
        # a shop's review widget
        "ver todas las opiniones",
        "ver todas las reseñas",
        "escribir una opinión",
        "escribir una reseña",
        "compra verificada",
        "comprador verificado",
        # a quoted post's expander
        "haz clic para expandir",
        "haga clic para expandir",
        "clic para expandir",
        "haz clic para contraer",
        # a forum post's author rank
        "miembro",
        "nuevo miembro",
        "miembro activo",
        "usuario registrado",
        "moderador",
        "administrador",
        "miembro premium",
        # a thread's first poster, named so beside each of their posts
        "autor del tema",
        "iniciador del tema",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "añadir al carrito",
        "agregar al carrito",
        "añadir a la cesta",
        "añadir a favoritos",
        "agregar a favoritos",
        "añadir a la lista de deseos",
        "comparar",
        "vista rápida",
        "agotado",
        "agotada",
        "sin stock",
        "en stock",
        "seleccionar opciones",
    ),
    "disclaimer_labels": (
        "aviso legal",
        "aviso médico",
        "descargo de responsabilidad",
    ),
    "notice_labels": (
        "aviso",
        "aviso importante",
        "nota",  # also Portuguese and Italian
    ),
    "toc": (
        "índice",  # also Portuguese
        "tabla de contenidos",
    ),
    "points_on": (
        "estos",
        "estas",
        "los siguientes",
        "las siguientes",
        "a continuación",
    ),
    "faq_headings": (
        "preguntas frecuentes",
    ),
    "summary_headings": (
        "en resumen",
        "puntos clave",
    ),
    # What a date line may start with.
    "date_labels": (
        "publicado",
        "publicado el",
        "actualizado",
        "actualizado el",
        "última actualización",
    ),
    "months": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
    # Between a date and its time ("5 de marzo de 2024 a las 10:39").
    "time_prefixes": (
        "a las",
    ),
    # What a byline starts with, before the name ("Por Ana García").
    "byline_words": (
        "por",  # also Portuguese
    ),
    # An author's bio after the article opens with the name and one of these.
    "bio_verbs": (
        "es",
        "escribe",
        "trabaja",
        "vive",
    ),
    # What a bio calls its subject (one not named in the byline must say one).
    "bio_roles": (
        "periodista",
        "redactor",
        "redactora",
        "autor",
        "autora",
        "escritor",
        "escritora",
        "columnista",
        "corresponsal",
        "bloguero",
        "bloguera",
    ),
    # Words a name never starts with: "The Prime Minister is a critic …" is no bio.
    "articles": (
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "este",
        "esta",
        "nuestro",
        "nuestra",
    ),
    # A call to follow someone on social networks opens with one of these (two networks
    # named make it a prompt: "Follow the Opinion section on Facebook, X and Instagram").
    "follow_words": (
        "sigue",
        "síguenos",
        "siga",
        "sigan",
    ),
    "disclaimer_sentences": (
        # an opinion piece's note, opening its sentence ("Las opiniones expresadas en este
        # artículo son responsabilidad exclusiva del autor", "… no reflejan necesariamente la
        # postura de …"); "Las ideas expresadas por el candidato no representan …" is a story's
        (r"(?:^\W*|(?<=[.!?] ))(?:las |los )?(?:opiniones|ideas"
         r"|puntos de vista)(?: aquí)? (?:expresad[oa]s|vertid[oa]s)"
         r"(?: (?:en|dentro de) (?:este|esta|estos|estas) (?:artículo|blog|columna|texto|sitio|espacio"
         r"|publicación|página)s?| aquí)? (?:son (?:de )?(?:(?:la )?(?:exclusiva |entera |única )?"
         r"responsabilidad (?:exclusiva |única )?|exclusivas? |propias )d(?:el|e (?:su|sus|los|la|las)) "
         r"(?:autor|autora|autores|autoras)|no (?:necesariamente )?(?:reflejan|representan) "
         r"(?:necesariamente )?(?:la|el|las|los) (?:opinión|opiniones|postura|posición|línea editorial"
         r"|punto de vista|pensamiento))", ("expresad", "vertid")),
        (r"\b(?:consulta|consulte|lee|lea|visita|visite|conoce|conozca) nuestra (?:política|línea|guía) "
         r"editorial\b", ("editorial",)),
        (r"no (sustituye|reemplaza) (el|la|a|al)? ?(consejo|consulta|diagnóstico|"
         r"atención) (médic|profesional)", ("sustituye", "reemplaza")),
        (r"(con|tiene) fines (meramente |exclusivamente )?informativos", ("fines",)),
        (r"carácter (meramente |exclusivamente )?informativ", ("informativ",)),
        (r"(con|tiene) fines (meramente |exclusivamente )?educativos\b"
         r"(?=.{0,200}\bno\b.{0,60}(médic|profesional|diagnóstico|sustituye|reemplaza))", ("fines",)),
        (r"no (sustituye|reemplaza|remplaza) (el |la |a |al |los )?(consejo|consulta|opinión|diagnóstico|"
         r"atención)s? (\w+ ){0,2}(de|del) (su |un |tu |la )?(médico|profesional|farmacéutico)",
         ("sustituye", "reemplaza", "remplaza")),
    ),
    "newsletter_pitches": (
        (r"\ben tu (bandeja de entrada|correo)\b", ("bandeja", "correo")),
    ),
    "result_counters": (
        # ("Mostrando 1-24 de 291 resultados", "Mostrando el único resultado")
        (r"^\W*(?:"
         r"mostrando(?:\s+(?:los|las))?(?:\s*:)?\s+(?:\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|a)\s*)?\d+"
         r"(?:[,. ]\d{3})*(?:\s+de\s+\d+(?:[,. ]\d{3})*)?(?:\s+"
         r"(?:resultados?|productos?|artículos?))?"
         r"|mostrando\s+el\s+único\s+resultado"
         r"|(?:resultados?|productos?|artículos?)\s+\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|a)\s*\d+"
         r"(?:[,. ]\d{3})*\s+de\s+\d+(?:[,. ]\d{3})*"
         r"|\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|a)\s*\d+(?:[,. ]\d{3})*\s+de\s+\d+(?:[,. ]\d{3})*"
         r"\s+(?:resultados?|productos?|artículos?)"
         r"|(?:\d{1,3}(?:[,. ]\d{3})+|\d{5,})\s+(?:resultados?|productos?|artículos?)"
         r"|\(\s*\d+(?:[,. ]\d{3})*\s+(?:resultados?|productos?|artículos?)\s*\)"
         r")\W*$",
         ("mostrando", "resultado", "producto", "artículo")),
    ),
    "furniture_shapes": (
        # an edit note with its date first ("Edited April 18, 2024 by Ann"), the name a few
        # words without a comma, a day before the year: "Edited in 1925 by Maxwell Perkins, the
        # novel …" is prose, "Edited in 1925 by Maxwell Perkins." a credit
        (r"^\W*(?:editado(?: el)?) (?=[^\n!?]{0,30}?\b\d{1,2}\b)"
         r"[^\n!?]{0,30}?\b(?:19|20)\d\d\b(?:,? [^\n!?]{0,12}?\d{1,2}[:.h]\d{2}"
         r"(?: ?[ap]m)?)? por [^\s,.!?]+(?: [^\s,.!?]+){0,2}\W*$",
         ("editado",)),
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*(?:debes|debe|tienes que|tiene que) (?:iniciar sesión"
         r"|estar registrad[oa]|registrarte|identificarte) para "
         r"(?:responder|comentar|publicar(?: un (?:mensaje|comentario))?)\W*$",
         ("iniciar sesión", "registrad", "registrarte", "identificarte")),
        (r"^\W*(?:cerrado para nuevas respuestas|este tema (?:está|ha sido) (?:cerrado|bloqueado))\W*$",
         ("cerrado", "bloqueado")),
        # a copyright line ending on its reservation ("© 2024 Editorial X. Todos los derechos reservados.")
        (r"\bderechos reservados\W*$", ("derechos reservados",)),
        # a post's edit note ("Last edited: Jul 10, 2007", "Last edited by Ann; 07-10-2007 at 10:45 AM.")
        (r"^\W*(última edición|editado por última vez)(\s*:|\s+por\b|\s+el\b)"
         r"(?:[^.!?]|\.\d|\d\.(?=\s)|\s(?-i:[a-zà-ÿąćęłńóśźż]{2,4})\.(?=\s)){0,60}\d"
         r"(\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?"
         r"(?:,\s*editado \d+ (?:vez|veces)(?: en total)?)?\.?\s*$",
         ("última edición", "última vez")),
        # a forum post's signature from a phone app, naming the device (a word for a phone or
        # tablet, a model with a digit) or the app it was sent with ("Sent from my iPhone
        # using Tapatalk"), and its author's join date ("Join Date: Aug 2008")
        (r"^\W*(?:enviado desde mi\s++(?:[^\s.!?]*?(?:phone|pad|droid|galaxy|pixel)"
         r"|(?=[^\s.!?]*\d)(?-i:(?=[^\s.!?]*[A-Z]))[^\s.!?]++)[^\s.!?]*+(?:\s+[^\s.!?]++){0,4}"
         r"|enviado desde mi\s++[^\s.!?][^.!?]{0,59}?\s+(?:utilizando|usando|mediante"
         r"|con)\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,3})\s*$",
         ("enviado desde mi",)),
        (r"^\W*(fecha de ingreso|miembro desde|registrado)\s*:"
         r"\s*(?:(\S+\s+){0,2}\S*\b(19|20)\d\d\b|(19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})\W*$",
         ("ingreso", "miembro desde", "registrado")),
        # a placeholder a script fills in ("Loading prices for your region…")
        (r"^\W*cargando(\s+[^\s.…]+){0,5}\s*(…|\.\.\.)\W*$", ("cargando",)),
        # also Portuguese
        (r"^\W*página \d+ de \d+\W*$", ("página",)),
        (r"^\W*créditos?\s*:\s*\S+(\s+\S+){0,5}\W*$", ("crédit",)),
        # a tag line, a view counter
        (r"^\W*etiquetas\s*:\s*[^.!?:\n]{1,150}$", ("etiquetas",)),
        (r"^\W*[\d.,]+\s+visitas\W*$", ("visitas",)),
        # a shop's button: "Comprar en Amazon"
        (r"^\W*(comprar|ver) en\s+\S+(\s+\S+)?\W*$", ("comprar en", "ver en")),
        # an A-to-Z menu's entry ("Conditions A to Z")
        (r"^\W*(\w+\s+){0,3}de la a a la z\W*$", ("a a la z",)),
        # a forum post's counters and buttons: "1.076 mensajes", "Mensajes: 98", "Denunciar abuso"
        (r"^\W*\d[\d.,]*\s+(mensajes|mensaje|me gusta|reacciones|reacción)\W*$",
         ("mensaje", "me gusta", "reacci")),
        (r"^\W*mensajes\s*:\s*\d[\d.,]*\W*$", ("mensajes",)),
        (r"^\W*(denunciar|reportar)\s+(abuso|este mensaje|este comentario|contenido inapropiado)\W*$",
         ("denunciar", "reportar")),
    ),
}  # fmt: skip
