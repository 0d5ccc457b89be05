"""German."""

from __future__ import annotations

PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "lesen sie auch",
        "verwandter artikel",
        "verwandte artikel",
        "lesen sie mehr",
        "lies auch",
        "weiterlesen",
        "mehr zum thema",
        "auch interessant",
        "das könnte sie auch interessieren",
        "das könnte sie interessieren",
        "weitere artikel",
        "ähnliche artikel",
        "empfehlungen",
        "meistgelesen",
        "am meisten gelesen",
        "siehe auch",
        "passend zum thema",
        "das könnte ihnen auch gefallen",
        "das könnte dir auch gefallen",
        "weitere beiträge",
        "andere beiträge",
        # a list of the site's latest posts after the article
        "neueste beiträge",
        "neueste artikel",
        "aktuelle beiträge",
        "letzte beiträge",
        "beliebte beiträge",
    ),
    # Words consent small print names (the terms it binds the reader to).
    "consent_terms": (
        "datenschutz",
    ),
    "consent": (
        "mit der anmeldung stimmen sie",
    ),
    "prompts": (
        "anzeige:",
        "werbung:",
        "teilen auf",
        "artikel teilen",
        "jetzt teilen",
        "folgen sie uns",
        "folge uns",
        "newsletter abonnieren",
        "jetzt abonnieren",
        "abonnieren sie unseren newsletter",
        "melden sie sich für unseren newsletter an",
        "zurück nach oben",
        "wir verwenden cookies",
        "diese website verwendet cookies",
        # a shop's button under a product in a buying guide
        "jetzt kaufen bei unserem",
        "jetzt kaufen bei unseren",
        # whether the reader liked the article, before a request to share it
        "gefällt ihnen dieser artikel?",
        "hat ihnen dieser artikel gefallen?",
        "gefällt dir dieser artikel?",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "war dieser artikel hilfreich",
        "war diese seite hilfreich",
        "war dieser beitrag hilfreich",
        "fanden sie diesen artikel hilfreich",
        "wie hilfreich war dieser beitrag",
        "wie hilfreich war dieser artikel",
        "wie nützlich war dieser beitrag",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "ja",
        "nein",
    ),
    "labels": (
        # a skip link to the content, as themes print it in this language
        "zum inhalt springen",
        "direkt zum inhalt",
        "zur navigation springen",
        "anzeige",
        "werbung",
        "teilen",
        "nach oben",
        "zum seitenanfang",
        # a sponsor's label over its logo
        "in zusammenarbeit mit",
        "präsentiert von",
        "gesponsert von",
        "bezahlte partnerschaft",
        # a shop's price button in a buying guide, alone in its block
        "preis prüfen",
        "zum angebot",
        # a role printed above or below an author's bio
        "freier autor",
        "freie autorin",
        "chefredakteur",
        "chefredakteurin",
        # a buying guide's link to its full review
        "vollständigen test lesen",
        "zum testbericht",
        "zum vollständigen test",
        # a shop's review widget
        "alle bewertungen anzeigen",
        "bewertung schreiben",
        "eine bewertung schreiben",
        "verifizierter kauf",
        "verifizierter käufer",
        # a quoted post's expander
        "zum erweitern klicken",
        "klicken zum erweitern",
        "zum verkleinern klicken",
        # a forum post's author rank
        "mitglied",
        "neues mitglied",
        "bekanntes mitglied",
        "aktives mitglied",
        "erfahrenes mitglied",
        "registrierter benutzer",
        "moderator",
        "administrator",
        "premium-mitglied",
        # a thread's first poster, named so beside each of their posts
        "themenstarter",
        "threadstarter",
        "themenersteller",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "in den warenkorb",
        "zum warenkorb hinzufügen",
        "in den einkaufswagen",
        "auf die wunschliste",
        "zur wunschliste hinzufügen",
        "auf den merkzettel",
        "vergleichen",
        "schnellansicht",
        "ausverkauft",
        "nicht vorrätig",
        "nicht auf lager",
        "auf lager",
        "optionen wählen",
    ),
    "disclaimer_labels": (
        "haftungsausschluss",
    ),
    "notice_labels": (
        "hinweis",
        "wichtiger hinweis",
    ),
    "toc": (
        "inhaltsverzeichnis",
    ),
    "points_on": (
        "die folgenden",
        "folgende",
        "diese",
        "unten",
    ),
    "faq_headings": (
        "häufig gestellte fragen",
        "häufige fragen",
    ),
    "summary_headings": (
        "das wichtigste in kürze",
        "auf einen blick",
    ),
    # What a date line may start with.
    "date_labels": (
        "veröffentlicht",
        "veröffentlicht am",
        "aktualisiert",
        "aktualisiert am",
        "zuletzt aktualisiert",
        "zuletzt aktualisiert am",
        "erstellt am",
        "stand",
    ),
    "months": (
        "januar", "februar", "märz", "april", "mai", "juni",
        "juli", "august", "september", "oktober", "november", "dezember",
    ),
    # Between a date and its time ("5. März 2024 um 10:39").
    "time_prefixes": (
        "um",
    ),
    # After the time ("10:39 Uhr").
    "time_suffixes": (
        "uhr",
    ),
    # What a byline starts with, before the name ("Von Anna Schmidt").
    "byline_words": (
        "von",
    ),
    # Before an e-mail address alone in a block ("Kontakt: redaktion@example.de").
    "contact_labels": (
        "kontakt",
    ),
    # An author's bio after the article opens with the name and one of these.
    "bio_verbs": (
        "ist",
        "war",
        "schreibt",
        "arbeitet",
        "lebt",
    ),
    # What a bio calls its subject (one not named in the byline must say one).
    "bio_roles": (
        "autor",
        "autorin",
        "journalist",
        "journalistin",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "kolumnist",
        "kolumnistin",
        "bloggerin",
        "blogger",
    ),
    # Words a name never starts with: "The Prime Minister is a critic …" is no bio.
    "articles": (
        "der",
        "die",
        "das",
        "den",
        "dem",
        "ein",
        "eine",
        "einer",
        "unser",
        "unsere",
    ),
    # A call to follow someone on social networks opens with one of these (two networks
    # named make it a prompt: "Follow the Opinion section on Facebook, X and Instagram").
    "follow_words": (
        "folgen sie",
        "folge",
        "folgt",
    ),
    "disclaimer_sentences": (
        # a guest piece's note that it is the author's view, opening its sentence ("Namentlich
        # gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder");
        # "Der Sprecher sagte, der Kommentar spiegelt nicht …" is a story's
        (r"(?:^\W*|(?<=[.!?] ))(?:\w+ ){0,3}(?:beitrag|beiträge"
         r"|gastbeitrag|gastbeiträge|artikel|kommentar|kommentare"
         r"|text|texte|kolumne|kolumnen|leserbrief|leserbriefe|meinungsbeitrag|meinungsbeiträge) "
         r"(?:gibt|geben|spiegelt|spiegeln) (?:nicht|keineswegs)(?: \w+){0,3}? (?:die|den) "
         r"(?:meinung|ansicht|ansichten|haltung|position|auffassung|standpunkt) (?:der redaktion"
         r"|des herausgebers|der herausgeber|des verlags|des verlages) (?:wieder|wider)",
         ("wieder", "wider")),
        (r"(?:^\W*|(?<=[.!?] ))die (?:meinung|ansicht"
         r"|auffassung) (?:der autorin|des autors|der autoren|des verfassers"
         r"|der verfasserin|der verfasser) (?:muss|müssen) nicht (?:mit der |der )?(?:meinung|ansicht"
         r"|auffassung) der redaktion (?:übereinstimmen|entsprechen)", ("redaktion",)),
        (r"\b(?:mehr (?:über|zu)|lesen sie mehr über|erfahren sie mehr über) unsere[nr]? redaktionellen "
         r"(?:richtlinien|grundsätze|leitlinien|standards)\b", ("redaktionellen",)),
        (r"ersetzt? (keine|nicht die) (ärztliche|medizinische|professionelle) (beratung|behandlung|diagnose)",
         ("ersetz",)),
        (r"dient (nur|ausschließlich|lediglich) der (allgemeinen )?information", ("dient",)),
        (r"zu (allgemeinen )?(bildungs|informations)zwecken\b"
         r"(?=.{0,200}\b(nicht|kein\w*)\b.{0,60}(arzt|ärzt|beratung|diagnose|behandlung|ersetz))",
         ("zwecken",)),
        (r"ersetzt? (nicht|keinen|keine) (den |die |das )?(rat|besuch|beratung|diagnose|untersuchung)"
         r"( durch| bei)? (ihres|ihrer|ihrem|eines|einer|einem|des|der|den|dem|die|einen|eine) "
         r"(arzt|ärztin|apothek|fachperson|fachärzt)", ("ersetz",)),
    ),
    "newsletter_pitches": (
        (r"^\W*abonnieren sie\b.{0,40}\bnewsletters?\b", ("newsletter",)),
        (r"\bin ihr(em)? (e-mail-)?postfach\b", ("postfach",)),
    ),
    "result_counters": (
        # ("Zeige 1-24 von 291 Ergebnissen", "Alle 3 Ergebnisse werden angezeigt")
        (r"^\W*(?:"
         r"(?:zeige|anzeige)(?:\s*:)?\s+(?:\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|bis)\s*)?\d+"
         r"(?:[,. ]\d{3})*(?:\s+(?:von|aus)\s+\d+(?:[,. ]\d{3})*)?(?:\s+"
         r"(?:ergebnissen?|treffern?|artikeln?|produkten?))?"
         r"|alle\s+\d+(?:[,. ]\d{3})*\s+ergebnisse\s+werden\s+angezeigt"
         r"|(?:ergebnissen?|treffern?|artikeln?|produkten?)\s+\d+(?:[,. ]\d{3})*\s*"
         r"(?:[-\u2013]|bis)\s*\d+(?:[,. ]\d{3})*\s+(?:von|aus)\s+\d+(?:[,. ]\d{3})*"
         r"|\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|bis)\s*\d+(?:[,. ]\d{3})*\s+(?:von|aus)\s+\d+"
         r"(?:[,. ]\d{3})*\s+(?:ergebnissen?|treffern?|artikeln?|produkten?)"
         r"|(?:\d{1,3}(?:[,. ]\d{3})+|\d{5,})\s+(?:ergebnissen?|treffern?|artikeln?|produkten?)"
         r"|\(\s*\d+(?:[,. ]\d{3})*\s+(?:ergebnissen?|treffern?|artikeln?|produkten?)\s*\)"
         r")\W*$",
         ("zeige", "ergebnis", "treffer", "artikel", "produkt")),
    ),
    "furniture_shapes": (
        # an edit note with its date first ("Edited April 18, 2024 by Ann"), the name a few
        # words without a comma, a day before the year: "Edited in 1925 by Maxwell Perkins, the
        # novel …" is prose, "Edited in 1925 by Maxwell Perkins." a credit
        (r"^\W*(?:bearbeitet) (?=[^\n!?]{0,30}?\b\d{1,2}\b)"
         r"[^\n!?]{0,30}?\b(?:19|20)\d\d\b(?:,? [^\n!?]{0,12}?\d{1,2}[:.h]\d{2}"
         r"(?: ?[ap]m)?)? von [^\s,.!?]+(?: [^\s,.!?]+){0,2}\W*$",
         ("bearbeitet",)),
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*(?:du musst|sie müssen) (?:angemeldet|eingeloggt"
         r"|registriert) sein,? um (?:zu antworten|antworten zu können"
         r"|einen kommentar (?:zu schreiben|abzugeben)"
         r"|zu kommentieren|beiträge zu (?:schreiben|verfassen))\W*$",
         ("angemeldet", "eingeloggt", "registriert")),
        (r"^\W*(?:für weitere antworten geschlossen|dieses thema (?:ist|wurde) (?:geschlossen|gesperrt))\W*$",
         ("geschlossen", "gesperrt")),
        # a copyright line ending on its reservation ("© 2024 Verlag GmbH. Alle Rechte vorbehalten.")
        (r"\balle rechte vorbehalten\W*$", ("rechte vorbehalten",)),
        # a post's edit note ("Last edited: Jul 10, 2007", "Last edited by Ann; 07-10-2007 at 10:45 AM.")
        (r"^\W*zuletzt (bearbeitet|geändert)(\s*:|\s+von\b|\s+am\b)"
         r"(?:[^.!?]|\.\d|\d\.(?=\s)|\s(?-i:[a-zà-ÿąćęłńóśźż]{2,4})\.(?=\s)){0,60}\d"
         r"(\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?"
         r"(?:,\s*insgesamt \d+-?mal (?:bearbeitet|geändert))?\.?\s*$",
         ("zuletzt",)),
        # a forum post's signature from a phone app, naming the device (a word for a phone or
        # tablet, a model with a digit) or the app it was sent with ("Sent from my iPhone
        # using Tapatalk"), and its author's join date ("Join Date: Aug 2008")
        (r"^\W*(?:gesendet von meinem\s++(?:[^\s.!?]*?(?:phone|pad|droid|galaxy|pixel)"
         r"|(?=[^\s.!?]*\d)(?-i:(?=[^\s.!?]*[A-Z]))[^\s.!?]++)[^\s.!?]*+(?:\s+[^\s.!?]++){0,4}"
         r"|gesendet von meinem\s++[^\s.!?][^.!?]{0,59}?\s+mit\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,3}"
         r"|von meinem\s++(?:[^\s.!?]*?(?:phone|pad|droid|galaxy|pixel)"
         r"|(?=[^\s.!?]*\d)(?-i:(?=[^\s.!?]*[A-Z]))[^\s.!?]++)[^\s.!?]*+(?:\s+[^\s.!?]++){0,4}\s+gesendet(?:\s+mit\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,3})?)\s*$",
         ("von meinem",)),
        (r"^\W*(registriert seit|mitglied seit|dabei seit)\s*:"
         r"\s*(?:(\S+\s+){0,2}\S*\b(19|20)\d\d\b|(19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})\W*$",
         ("seit",)),
        # a placeholder a script fills in ("Loading prices for your region…")
        (r"^\W*+(([^\s.…]+\s+){0,4}(wird|werden) geladen|lädt|laden)\s*(…|\.\.\.)\W*$",
         ("geladen", "lädt", "laden")),
        (r"^\W*seite \d+ von \d+\W*$", ("seite",)),
        (r"^\W*bildnachweis\s*:\s*\S+(\s+\S+){0,5}\W*$", ("bildnachweis",)),
        # a tag line, a view counter
        (r"^\W*(schlagwörter|schlagworte|stichwörter|stichworte)\s*:\s*[^.!?:\n]{1,150}$",
         ("schlagw", "stichw")),
        (r"^\W*[\d.,]+\s+aufrufe\W*$", ("aufrufe",)),
        # a shop's button: "Bei Amazon kaufen"
        (r"^\W*(jetzt\s+)?bei\s+\S+(\s+\S+)?\s+(kaufen|ansehen|bestellen)\W*$",
         ("kaufen", "ansehen", "bestellen")),
        # an A-to-Z menu's entry ("Conditions A to Z")
        (r"^\W*(\w+\s+){0,3}(von )?a bis z\W*$", ("a bis z",)),
        # a forum post's counters and buttons: "1.076 Beiträge", "Beiträge: 98", "Beitrag melden"
        (r"^\W*\d[\d.,]*\s+(beiträge|beitrag|nachrichten|nachricht|likes?|reaktionen|reaktion"
         r"|hilfreiche stimmen|hilfreiche stimme)\W*$",
         ("beitr", "nachricht", "like", "reaktion", "stimme")),
        (r"^\W*(beiträge|nachrichten|reaktionspunktzahl)\s*:\s*\d[\d.,]*\W*$",
         ("beiträge", "nachrichten", "reaktionspunktzahl")),
        (r"^\W*(beitrag|kommentar|antwort|missbrauch|unangemessenen inhalt)\s+melden\W*$", ("melden",)),
    ),
}  # fmt: skip
