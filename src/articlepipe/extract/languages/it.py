"""Italian."""

# The patterns quote the apostrophe sites really use, the typographic one too.
# ruff: noqa: RUF001

from __future__ import annotations

PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "leggi anche",
        "articolo correlato",
        "leggi di più",
        "leggi tutto",
        "potrebbe interessarti",
        "ti potrebbe interessare",
        "articoli correlati",
        "vedi anche",
        "i più letti",
        "correlati",
        "potrebbe piacerti anche",
        "ti potrebbe piacere",
        "altri articoli",
        # a list of the site's latest posts after the article
        "articoli recenti",
        "ultimi articoli",
        "post recenti",
        "articoli popolari",
    ),
    # Words consent small print names (the terms it binds the reader to).
    "consent_terms": (
        "informativa",
    ),
    "consent": (
        "iscrivendoti, accetti",
    ),
    "prompts": (
        "condividi:",
        "condividi questo articolo",
        "condividi su",
        "seguici",
        "iscriviti alla newsletter",
        "iscriviti alla nostra newsletter",
        "torna in alto",
        "utilizziamo i cookie",
        "questo sito utilizza cookie",
        # whether the reader liked the article, before a request to share it
        "ti è piaciuto questo articolo?",
        "ti è piaciuto l'articolo?",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "questo articolo ti è stato utile",
        "questa pagina ti è stata utile",
        "questo articolo è stato utile",
        "quanto ti è stato utile questo articolo",
        "quanto è stato utile questo articolo",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "sì",
        "si",
        "no",
    ),
    "labels": (
        # a skip link to the content, as themes print it in this language
        "vai al contenuto",
        "salta al contenuto",
        "pubblicità",
        "condividi",
        "torna su",
        "iscriviti",
        # a sponsor's label over its logo
        "in collaborazione con",
        "presentato da",
        "sponsorizzato da",
        "partnership retribuita",
        # a shop's price button in a buying guide, alone in its block
        "vedi prezzo",
        "vedi offerta",
        "vedi l'offerta",
        # a role printed above or below an author's bio
        "caporedattore",
        "caporedattrice",
        # a buying guide's link to its full review
        "leggi la recensione completa",
        # a shop's review widget
        "vedi tutte le recensioni",
        "scrivi una recensione",
        "acquisto verificato",
        "acquirente verificato",
        # a quoted post's expander
        "clicca per espandere",
        "fai clic per espandere",
        "clicca per ridurre",
        # a forum post's author rank
        "membro",
        "nuovo membro",
        "utente attivo",
        "utente registrato",
        "iscritto",
        "moderatore",
        "amministratore",
        "membro premium",
        # a thread's first poster, named so beside each of their posts
        "autore discussione",
        "autore della discussione",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "aggiungi al carrello",
        "aggiungi alla lista dei desideri",
        "aggiungi ai preferiti",
        "confronta",
        "vista rapida",
        "anteprima rapida",
        "esaurito",
        "esaurita",
        "non disponibile",
        "disponibile in magazzino",
    ),
    "disclaimer_labels": (
        "esclusione di responsabilità",
    ),
    "notice_labels": (
        "avvertenza",
    ),
    "toc": (
        "indice",
    ),
    "points_on": (
        "questi",
        "queste",
        "i seguenti",
        "le seguenti",
        "qui sotto",
    ),
    "faq_headings": (
        "domande frequenti",
    ),
    "summary_headings": (
        "in sintesi",
        "punti chiave",
    ),
    # What a date line may start with.
    "date_labels": (
        "pubblicato",
        "pubblicato il",
        "aggiornato",
        "aggiornato il",
        "ultimo aggiornamento",
    ),
    "months": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ),
    # Between a date and its time ("5 marzo 2024 alle 10:39").
    "time_prefixes": (
        "alle",
    ),
    # What a byline starts with, before the name ("Di Marco Rossi").
    "byline_words": (
        "di",
    ),
    # An author's bio after the article opens with the name and one of these.
    "bio_verbs": (
        "è",
        "scrive",
        "lavora",
        "vive",
    ),
    # What a bio calls its subject (one not named in the byline must say one).
    "bio_roles": (
        "giornalista",
        "redattore",
        "redattrice",
        "autore",
        "autrice",
        "scrittore",
        "scrittrice",
        "editorialista",
        "corrispondente",
        "blogger",
    ),
    # Words a name never starts with: "The Prime Minister is a critic …" is no bio.
    "articles": (
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "un",
        "uno",
        "una",
        "questo",
        "questa",
    ),
    # A call to follow someone on social networks opens with one of these (two networks
    # named make it a prompt: "Follow the Opinion section on Facebook, X and Instagram").
    "follow_words": (
        "segui",
        "seguite",
        "seguici",
    ),
    "disclaimer_sentences": (
        # an opinion piece's note, opening its sentence ("Le opinioni espresse in questo articolo
        # sono dell'autore e non riflettono necessariamente …"); "Le opinioni espresse in aula
        # sono personali, ha detto il giudice" is a story's
        (r"(?:^\W*|(?<=[.!?] ))(?:le )?(?:opinioni|idee"
         r"|punti di vista) espress[ei](?: (?:in|su) (?:questo|questa|questi"
         r"|queste) (?:articolo|articoli|blog|rubrica|testo|sito|spazio|pagina)| qui)? (?:sono (?:di "
         r"(?:esclusiva |sola )?responsabilità |(?:quelle )?)(?:dell['’]autore|dell['’]autrice|degli autori)"
         r"|non (?:riflettono|rappresentano) (?:necessariamente )?(?:quelle|la posizione|il punto di vista"
         r"|l['’]opinione|le opinioni))", ("espress",)),
        (r"non (sostituisce|sostituiscono|intende sostituire) (il |la |in alcun modo il )?"
         r"(parere|consulto|consiglio|diagnosi) (medic|professional)", ("sostituisc", "sostituire")),
        (r"(scopo|carattere) (puramente |esclusivamente )?informativo", ("informativo",)),
        (r"(a )?scopo (puramente |esclusivamente )?(educativo|didattico)\b"
         r"(?=.{0,200}\bnon\b.{0,60}(medic|parere|diagnosi|sostituisc))", ("scopo",)),
        (r"non (sostituisce|sostituiscono) (il |la |in alcun modo il )?(parere|consulto|consiglio|diagnosi|"
         r"visita) (\w+ ){0,2}(del|di un|di una|dello) (tuo |proprio |vostro )?"
         r"(medico|professionista|farmacista)", ("sostituisc",)),
    ),
    "newsletter_pitches": (
        (r"\bnella tua (casella|posta)\b", ("casella", "posta")),
    ),
    "result_counters": (
        # ("Visualizzazione di 1-24 di 291 risultati", "Visualizzazione di tutti i 3 risultati")
        (r"^\W*(?:"
         r"(?:visualizzazione|mostra(?:ndo)?)(?:\s+di)?(?:\s+tutti\s+i)?(?:\s*:)?\s+(?:\d+"
         r"(?:[,. ]\d{3})*\s*(?:[-\u2013]|a)\s*)?\d+(?:[,. ]\d{3})*(?:\s+(?:di|su)\s+\d+"
         r"(?:[,. ]\d{3})*)?(?:\s+(?:risultat[oi]|prodott[oi]|articol[oi]))?"
         r"|(?:risultat[oi]|prodott[oi]|articol[oi])\s+\d+(?:[,. ]\d{3})*\s*"
         r"(?:[-\u2013]|a)\s*\d+(?:[,. ]\d{3})*\s+(?:di|su)\s+\d+(?:[,. ]\d{3})*"
         r"|\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|a)\s*\d+(?:[,. ]\d{3})*\s+(?:di|su)\s+\d+"
         r"(?:[,. ]\d{3})*\s+(?:risultat[oi]|prodott[oi]|articol[oi])"
         r"|(?:\d{1,3}(?:[,. ]\d{3})+|\d{5,})\s+(?:risultat[oi]|prodott[oi]|articol[oi])"
         r"|\(\s*\d+(?:[,. ]\d{3})*\s+(?:risultat[oi]|prodott[oi]|articol[oi])\s*\)"
         r")\W*$",
         ("visualizzazione", "mostra", "risultat", "prodott", "articol")),
    ),
    "furniture_shapes": (
        # an edit note with its date first ("Edited April 18, 2024 by Ann"), the name a few
        # words without a comma, a day before the year: "Edited in 1925 by Maxwell Perkins, the
        # novel …" is prose, "Edited in 1925 by Maxwell Perkins." a credit
        (r"^\W*(?:modificato(?: il)?) (?=[^\n!?]{0,30}?\b\d{1,2}\b)"
         r"[^\n!?]{0,30}?\b(?:19|20)\d\d\b(?:,? [^\n!?]{0,12}?\d{1,2}[:.h]\d{2}"
         r"(?: ?[ap]m)?)? da [^\s,.!?]+(?: [^\s,.!?]+){0,2}\W*$",
         ("modificato",)),
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*(?:devi|è necessario) (?:essere (?:registrat[oa]"
         r"|collegat[oa])|effettuare l['’]accesso|accedere) per "
         r"(?:rispondere|commentare|pubblicare)\W*$",
         ("registrat", "collegat", "accesso", "accedere")),
        # a copyright line ending on its reservation ("© 2024 Editore X. Tutti i diritti riservati.")
        (r"\bdiritti riservati\W*$", ("diritti riservati",)),
        # a post's edit note ("Last edited: Jul 10, 2007", "Last edited by Ann; 07-10-2007 at 10:45 AM.")
        (r"^\W*(ultima modifica|modificato da)(\s*:|\s+di\b|\s+il\b|\s+\d)"
         r"(?:[^.!?]|\.\d|\d\.(?=\s)|\s(?-i:[a-zà-ÿąćęłńóśźż]{2,4})\.(?=\s)){0,60}\d"
         r"(\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?"
         r"(?:,\s*modificato \d+ (?:volta|volte)(?: in totale)?)?\.?\s*$",
         ("ultima modifica", "modificato da")),
        # a forum post's signature from a phone app, naming the device (a word for a phone or
        # tablet, a model with a digit) or the app it was sent with ("Sent from my iPhone
        # using Tapatalk"), and its author's join date ("Join Date: Aug 2008")
        (r"^\W*(?:inviato dal mio\s++(?:[^\s.!?]*?(?:phone|pad|droid|galaxy|pixel)"
         r"|(?=[^\s.!?]*\d)(?-i:(?=[^\s.!?]*[A-Z]))[^\s.!?]++)[^\s.!?]*+(?:\s+[^\s.!?]++){0,4}"
         r"|inviato dal mio\s++[^\s.!?][^.!?]{0,59}?\s+(?:utilizzando|usando"
         r"|con)\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,3})\s*$",
         ("inviato dal mio",)),
        (r"^\W*(iscritto dal|iscritto il|membro dal|registrato il)\s*:\s*"
         r"(\S+\s+){0,2}\S*\b(19|20)\d\d\b\W*$",
         ("iscritto", "membro dal", "registrato")),
        # a placeholder a script fills in ("Loading prices for your region…")
        (r"^\W*(caricamento|sto caricando)(\s+[^\s.…]+){0,5}\s*(…|\.\.\.)\W*$", ("caricamento", "caricando")),
        (r"^\W*crediti\s*:\s*\S+(\s+\S+){0,5}\W*$", ("credit",)),
        # a tag line, a view counter
        (r"^\W*(tag|etichette) ?:\s*[^.!?:\n]{1,150}$", ("tag:", "tag :", "etichette")),
        (r"^\W*[\d.,]+\s+visualizzazioni\W*$", ("visualizzazioni",)),
        # a shop's button: "Acquista su Amazon"
        (r"^\W*(compra|acquista|vedi) su\s+\S+(\s+\S+)?\W*$", ("compra su", "acquista su", "vedi su")),
        # an A-to-Z menu's entry ("Conditions A to Z")
        (r"^\W*(\w+\s+){0,3}dalla a alla z\W*$", ("a alla z",)),
        # a forum post's counters and buttons: "1.076 messaggi", "Messaggi: 98", "Segnala abuso"
        (r"^\W*\d[\d.,]*\s+(messaggi|messaggio|mi piace|reazioni|reazione)\W*$",
         ("messaggi", "mi piace", "reazion")),
        (r"^\W*messaggi\s*:\s*\d[\d.,]*\W*$", ("messaggi",)),
        (r"^\W*segnala\s+(abuso|questo messaggio|questo commento|contenuto inappropriato)\W*$", ("segnala",)),
    ),
}  # fmt: skip
