"""Dutch."""

from __future__ import annotations

PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "lees ook",
        "lees meer",
        "meer lezen",
        "bekijk ook",
        "zie ook",
        "ook interessant",
        "gerelateerde artikelen",
        "gerelateerde berichten",
        "gerelateerd",
        "meer over dit onderwerp",
        "meer nieuws",
        "dit vind je misschien ook leuk",
        "andere artikelen",
        "meer artikelen",
        # a list of the site's latest posts after the article
        "recente berichten",
        "recente artikelen",
        "laatste berichten",
        "populaire berichten",
    ),
    # Words consent small print names (the terms it binds the reader to).
    "consent_terms": (
        "privacybeleid",
        "privacyverklaring",
        "voorwaarden",
        "afmelden",
    ),
    "consent": (
        "door je aan te melden ga je akkoord",
        "door u aan te melden gaat u akkoord",
        "door je in te schrijven ga je akkoord",
        "door op aanmelden te klikken",
    ),
    "prompts": (
        "meld je aan voor onze nieuwsbrief",
        "meld je aan voor de nieuwsbrief",
        "schrijf je in voor onze nieuwsbrief",
        "schrijf je in voor de nieuwsbrief",
        "abonneer je op onze nieuwsbrief",
        "volg ons op",
        "deel dit artikel",
        "deel dit bericht",
        "deel deze pagina",
        "terug naar boven",
        "wij gebruiken cookies",
        "deze website gebruikt cookies",
        # whether the reader liked the article, before a request to share it
        "vond je dit artikel leuk?",
        "vond u dit artikel interessant?",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "was dit artikel nuttig",
        "was deze pagina nuttig",
        "was dit artikel handig",
        "vond je dit artikel nuttig",
        "hoe nuttig was dit artikel",
        "hoe nuttig was dit bericht",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "ja",
        "nee",
    ),
    "labels": (
        # a skip link to the content, as themes print it in this language
        "naar de inhoud springen",
        "ga naar de inhoud",
        "direct naar de inhoud",
        "advertentie",
        "gesponsord",
        "naar boven",
        "reacties",
        "print dit artikel",
        "lees verder",
        # a sponsor's label over its logo
        "in samenwerking met",
        "aangeboden door",
        "gesponsord door",
        "betaald partnerschap",
        # a shop's price button in a buying guide, alone in its block
        "bekijk prijs",
        "bekijk aanbieding",
        # a role printed above or below an author's bio
        "hoofdredacteur",
        "hoofdredactrice",
        # a buying guide's link to its full review
        "lees de volledige review",
        "lees de volledige test",
        # a shop's review widget
        "bekijk alle reviews",
        "schrijf een review",
        "geverifieerde aankoop",
        "geverifieerde koper",
        # a quoted post's expander
        "klik om uit te vouwen",
        "klik om te vergroten",
        "klik om in te klappen",
        # a forum post's author rank
        "lid",
        "nieuw lid",
        "actief lid",
        "geregistreerde gebruiker",
        "moderator",
        "beheerder",
        "premium lid",
        # a thread's first poster, named so beside each of their posts
        "topicstarter",
        "draadstarter",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "in winkelwagen",
        "toevoegen aan winkelwagen",
        "in winkelmand",
        "op verlanglijst",
        "toevoegen aan verlanglijst",
        "vergelijk",
        "vergelijken",
        "snel bekijken",
        "uitverkocht",
        "niet op voorraad",
        "op voorraad",
    ),
    "disclaimer_labels": (
        "disclaimer",
        "medische disclaimer",
        "vrijwaring",
    ),
    "notice_labels": (
        "let op",
        "belangrijk",
        "opmerking",
    ),
    "toc": (
        "inhoudsopgave",
        "in dit artikel",
        "op deze pagina",
    ),
    "points_on": (
        "het volgende",
        "de volgende",
        "deze",
        "hieronder",
    ),
    "faq_headings": (
        "veelgestelde vragen",
        "veel gestelde vragen",
    ),
    "summary_headings": (
        "in het kort",
        "samenvatting",
        "de belangrijkste punten",
    ),
    # What a date line may start with.
    "date_labels": (
        "gepubliceerd",
        "gepubliceerd op",
        "bijgewerkt",
        "bijgewerkt op",
        "laatst bijgewerkt",
        "laatst bijgewerkt op",
        "geplaatst op",
    ),
    "time_suffixes": (
        "uur",
    ),
    "months": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    # Between a date and its time ("5 maart 2024 om 10:39").
    "time_prefixes": (
        "om",
    ),
    # An author's bio after the article opens with the name and one of these.
    "bio_verbs": (
        "is",
        "schrijft",
        "werkt",
        "woont",
    ),
    # What a bio calls its subject (one not named in the byline must say one).
    "bio_roles": (
        "journalist",
        "redacteur",
        "redactrice",
        "auteur",
        "schrijver",
        "schrijfster",
        "columnist",
        "correspondent",
        "blogger",
    ),
    # Words a name never starts with: "The Prime Minister is a critic …" is no bio.
    "articles": (
        "de",
        "het",
        "een",
        "deze",
        "dit",
        "onze",
    ),
    # A call to follow someone on social networks opens with one of these (two networks
    # named make it a prompt: "Follow the Opinion section on Facebook, X and Instagram").
    "follow_words": (
        "volg",
        "volgt",
    ),
    "disclaimer_sentences": (
        # an opinion piece's note, opening its sentence ("De hier geuite meningen zijn die van de
        # auteur en weerspiegelen niet noodzakelijk …")
        (r"(?:^\W*|(?<=[.!?] ))(?:de )?(?:hier )?(?:geuite"
         r"|weergegeven) (?:meningen|standpunten|opvattingen)(?: in (?:dit|deze) "
         r"(?:artikel|blog|column|bijdrage|tekst)| hier)? (?:zijn (?:die )?van de (?:auteur|schrijver)s?"
         r"|weerspiegelen niet (?:noodzakelijk(?:erwijs)? |per se )?(?:die|het standpunt|de mening"
         r"|de standpunten))", ("geuite", "weergegeven")),
        (r"\bvervangt? (geen|niet het|niet de) (medisch |professioneel )?"
         r"(advies|consult|diagnose|behandeling)", ("vervang",)),
        (r"\b(is |zijn )?(uitsluitend |alleen |enkel )?bedoeld (ter|als) (algemene )?informatie\b"
         r"(?=.{0,200}\b(geen|niet)\b.{0,60}(medisch|advies|arts|diagnose|vervang))", ("bedoeld",)),
    ),
    "newsletter_pitches": (
        (r"\b(ontvang|krijg|elke week|wekelijks|dagelijks|direct|rechtstreeks)\b.{0,40}\bin je "
         r"(e-?mail|mail)?(inbox|mailbox)\b", ("inbox", "mailbox")),
        (r"^\W*(\w+\W+){0,5}nieuwsbrief\W*$", ("nieuwsbrief",)),
    ),
    "result_counters": (
        # ("Toont 1-24 van 291 resultaten", "Toont alle 3 resultaten")
        (r"^\W*(?:"
         r"toont(?:\s+alle)?(?:\s*:)?\s+(?:\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|tot)\s*)?\d+"
         r"(?:[,. ]\d{3})*(?:\s+van\s+\d+(?:[,. ]\d{3})*)?(?:\s+"
         r"(?:resultaten|resultaat|producten|artikelen))?"
         r"|(?:resultaten|resultaat|producten|artikelen)\s+\d+(?:[,. ]\d{3})*\s*"
         r"(?:[-\u2013]|tot)\s*\d+(?:[,. ]\d{3})*\s+van\s+\d+(?:[,. ]\d{3})*"
         r"|\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|tot)\s*\d+(?:[,. ]\d{3})*\s+van\s+\d+"
         r"(?:[,. ]\d{3})*\s+(?:resultaten|resultaat|producten|artikelen)"
         r"|(?:\d{1,3}(?:[,. ]\d{3})+|\d{5,})\s+(?:resultaten|resultaat|producten|artikelen)"
         r"|\(\s*\d+(?:[,. ]\d{3})*\s+(?:resultaten|resultaat|producten|artikelen)\s*\)"
         r")\W*$",
         ("toont", "resulta", "producten", "artikelen")),
    ),
    "furniture_shapes": (
        # an edit note with its date first ("Edited April 18, 2024 by Ann"), the name a few
        # words without a comma, a day before the year: "Edited in 1925 by Maxwell Perkins, the
        # novel …" is prose, "Edited in 1925 by Maxwell Perkins." a credit
        (r"^\W*(?:bewerkt(?: op)?) (?=[^\n!?]{0,30}?\b\d{1,2}\b)"
         r"[^\n!?]{0,30}?\b(?:19|20)\d\d\b(?:,? [^\n!?]{0,12}?\d{1,2}[:.h]\d{2}"
         r"(?: ?[ap]m)?)? door [^\s,.!?]+(?: [^\s,.!?]+){0,2}\W*$",
         ("bewerkt",)),
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*(?:je moet|u moet) (?:ingelogd|aangemeld"
         r"|geregistreerd) zijn om te (?:reageren|antwoorden|posten)\W*$",
         ("ingelogd", "aangemeld", "geregistreerd")),
        # a copyright line ending on its reservation ("© 2024 Uitgeverij X. Alle rechten voorbehouden.")
        (r"\brechten voorbehouden\W*$", ("rechten voorbehouden",)),
        # a post's edit note ("Last edited: Jul 10, 2007", "Last edited by Ann; 07-10-2007 at 10:45 AM.")
        (r"^\W*laatst (bewerkt|gewijzigd)(\s*:|\s+door\b|\s+op\b)"
         r"(?:[^.!?]|\.\d|\d\.(?=\s)|\s(?-i:[a-zà-ÿąćęłńóśźż]{2,4})\.(?=\s)){0,60}\d"
         r"(\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?"
         r"(?:,\s*\d+ keer (?:totaal )?(?:gewijzigd|bewerkt))?\.?\s*$",
         ("laatst",)),
        # a forum post's signature from a phone app, naming the device (a word for a phone or
        # tablet, a model with a digit) or the app it was sent with ("Sent from my iPhone
        # using Tapatalk"), and its author's join date ("Join Date: Aug 2008")
        (r"^\W*(?:(?:verzonden|verstuurd) (?:vanaf|van) mijn\s+(?:[^\s.!?]*?(?:phone|pad|droid|galaxy"
         r"|pixel)|(?=[^\s.!?]*\d)(?-i:(?=[^\s.!?]*[A-Z]))[^\s.!?]++)[^\s.!?]*+(?:\s+[^\s.!?]++){0,4}"
         r"|(?:verzonden|verstuurd) (?:vanaf"
         r"|van) mijn\s++[^\s.!?][^.!?]{0,59}?\s+(?:met|via)\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,3})\s*$",
         ("vanaf mijn", "van mijn")),
        (r"^\W*(lid sinds|geregistreerd op|geregistreerd sinds)\s*:"
         r"\s*(?:(\S+\s+){0,2}\S*\b(19|20)\d\d\b|(19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})\W*$",
         ("lid sinds", "geregistreerd")),
        # a placeholder a script fills in ("Loading prices for your region…")
        (r"^\W*(laden|bezig met laden|wordt geladen)(\s+[^\s.…]+){0,5}\s*(…|\.\.\.)\W*$",
         ("laden", "geladen")),
        # a tag line, a view counter
        (r"^\W*trefwoorden\s*:\s*[^.!?:\n]{1,150}$", ("trefwoorden",)),
        (r"^\W*[\d.,]+\s+weergaven\W*$", ("weergaven",)),
        # a shop's button: "Bekijk bij Bol"
        (r"^\W*(koop|bekijk) (bij|op)\s+\S+(\s+\S+)?\W*$",
         ("koop bij", "koop op", "bekijk bij", "bekijk op")),
        # an A-to-Z menu's entry ("Conditions A to Z")
        (r"^\W*(\w+\s+){0,3}van a tot z\W*$", ("a tot z",)),
        # a forum post's counters and buttons: "1.076 berichten", "Berichten: 98", "Meld misbruik"
        (r"^\W*\d[\d.,]*\s+(berichten|bericht|likes?)\W*$", ("bericht", "like")),
        (r"^\W*berichten\s*:\s*\d[\d.,]*\W*$", ("berichten",)),
        (r"^\W*(meld|rapporteer)\s+(misbruik|dit bericht|ongepaste inhoud)\W*$", ("meld", "rapporteer")),
    ),
}  # fmt: skip
