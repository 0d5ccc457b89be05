"""French."""

# The patterns quote the apostrophe sites really use, the typographic one too.
# ruff: noqa: RUF001

from __future__ import annotations

PHRASES: dict[str, tuple[object, ...]] = {
    "related": (
        "lire aussi",
        "article lié",
        "article connexe",
        "à lire aussi",
        "a lire aussi",
        "à lire également",
        "lire également",
        "voir aussi",
        "lire la suite",
        "sur le même sujet",
        "à découvrir",
        "à découvrir aussi",
        "vous aimerez aussi",
        "vous aimerez peut-être aussi",
        "les plus lus",
        "articles similaires",
        "articles liés",
        "nos recommandations",
        "vous pourriez aussi aimer",
        "vous pourriez également aimer",
        "autres articles",
        # a list of the site's latest posts after the article
        "articles récents",
        "derniers articles",
        "articles populaires",
        "publications récentes",
    ),
    # Words consent small print names (the terms it binds the reader to).
    "consent_terms": (
        "confidentialité",
    ),
    "consent": (
        "en vous inscrivant, vous acceptez",
    ),
    "prompts": (
        "partager sur",
        "partager cet article",
        "partagez cet article",
        "suivez-nous",
        "suivez nous",
        "abonnez-vous à notre newsletter",
        "abonnez-vous",
        "inscrivez-vous à notre newsletter",
        "inscrivez-vous à la newsletter",
        "recevez notre newsletter",
        "retour en haut de page",
        "nous utilisons des cookies",
        "ce site utilise des cookies",
        # whether the reader liked the article, before a request to share it
        "vous avez aimé cet article ?",
        "cet article vous a plu ?",
        "vous avez aimé cet article?",
        "cet article vous a plu?",
    ),
    # Feedback widgets, removed only as the whole question.
    "feedback": (
        "cet article vous a-t-il été utile",
        "cette page vous a-t-elle été utile",
        "cet article vous a été utile",
        "avez-vous trouvé cet article utile",
        "dans quelle mesure cet article vous a-t-il été utile",
        "cet article était-il utile",
    ),
    # The answer buttons after a feedback question ("Yes No").
    "feedback_answers": (
        "oui",
        "non",
    ),
    "labels": (
        # a skip link to the content, as themes print it in this language
        "aller au contenu",
        "aller au contenu principal",
        "passer au contenu",
        "publicité",
        "partager",
        "haut de page",
        "retour en haut",
        # a sponsor's label over its logo
        "en partenariat avec",
        "présenté par",
        "sponsorisé par",
        "partenariat rémunéré",
        # a shop's price button in a buying guide, alone in its block
        "voir le prix",
        "voir l'offre",
        # a role printed above or below an author's bio
        "rédacteur en chef",
        "rédactrice en chef",
        # a buying guide's link to its full review
        "lire le test complet",
        "lire l'avis complet",
        # a shop's review widget
        "voir tous les avis",
        "écrire un avis",
        "achat vérifié",
        "acheteur vérifié",
        # a quoted post's expander
        "cliquez pour agrandir",
        "cliquez pour développer",
        "cliquez pour réduire",
        # a forum post's author rank
        "membre",
        "nouveau membre",
        "membre actif",
        "membre confirmé",
        "membre régulier",
        "utilisateur enregistré",
        "inscrit",
        "modérateur",
        "administrateur",
        "membre premium",
        # a thread's first poster, named so beside each of their posts
        "auteur du sujet",
        "auteur de la discussion",
    ),
    # A shop's controls on a product or its card, and its stock labels.
    "shop_labels": (
        "ajouter au panier",
        "ajouter à la liste de souhaits",
        "ajouter aux favoris",
        "comparer",
        "aperçu rapide",
        "épuisé",
        "épuisée",
        "en rupture de stock",
        "rupture de stock",
        "en stock",
        "choisir les options",
    ),
    "disclaimer_labels": (
        "avis de non-responsabilité",
    ),
    "notice_labels": (
        "avertissement",
        "remarque",
    ),
    "toc": (
        "sommaire",
    ),
    "points_on": (
        "ces",
        "ci-dessous",
        "les articles suivants",
        "les sujets suivants",
    ),
    "faq_headings": (
        "questions fréquentes",
        "foire aux questions",
    ),
    "summary_headings": (
        "en bref",
        "l'essentiel",
    ),
    # What a date line may start with.
    "date_labels": (
        "publié le",
        "mis à jour le",
        "modifié le",
        "dernière mise à jour",
        "dernière mise à jour le",
        "publié",
        "mis à jour",
    ),
    "months": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    # Between a date and its time ("5 mars 2024 à 10h39").
    "time_prefixes": (
        "à",
    ),
    # What a byline starts with, before the name ("Par Marie Dupont").
    "byline_words": (
        "par",
    ),
    # An author's bio after the article opens with the name and one of these.
    "bio_verbs": (
        "est",
        "écrit",
        "travaille",
        "vit",
        "a rejoint",
    ),
    # What a bio calls its subject (one not named in the byline must say one).
    "bio_roles": (
        "journaliste",
        "rédacteur",
        "rédactrice",
        "auteur",
        "autrice",
        "chroniqueur",
        "chroniqueuse",
        "correspondant",
        "correspondante",
        "blogueur",
        "blogueuse",
    ),
    # Words a name never starts with: "The Prime Minister is a critic …" is no bio.
    "articles": (
        "le",
        "la",
        "les",
        "un",
        "une",
        "ce",
        "cette",
        "notre",
    ),
    # A call to follow someone on social networks opens with one of these (two networks
    # named make it a prompt: "Follow the Opinion section on Facebook, X and Instagram").
    "follow_words": (
        "suivez",
        "suis",
    ),
    "disclaimer_sentences": (
        # an opinion piece's note, opening its sentence ("Cet article n'engage que son auteur",
        # "Les opinions exprimées dans ce blog ne reflètent pas nécessairement celles de la
        # rédaction"); "Les propos tenus dans cette vidéo n'engagent que leur auteur, a réagi le
        # club" is a story's
        (r"(?:^\W*|(?<=[.!?] ))(?:cet article|ce texte|cette tribune|ce billet|cette chronique|ce contenu"
         r"|les articles(?: publiés)?|les tribunes(?: publiées)?|les (?:propos|opinions|idées|points de vue) "
         r"(?:tenus|exprimée?s)(?: (?:dans|sur) (?:cet|ce|cette|ces) (?:article|blog|billet|tribune|chronique"
         r"|site|page|rubrique|espace|publication)s?| ici)?) n['’]engagen?t? que (?:la responsabilité de )?"
         r"(?:son|leur|leurs|ses) auteure?s?", ("n'engage", "n’engage")),
        (r"(?:^\W*|(?<=[.!?] ))les (?:opinions|points de vue"
         r"|idées) exprimée?s(?: (?:dans|sur) (?:cet|ce|cette|ces) (?:article"
         r"|blog|billet|tribune|chronique|site|page|rubrique|espace|publication)s?| ici)? (?:ne (?:reflètent"
         r"|représentent|sont) pas (?:nécessairement |forcément )?(?:celles|celle|ceux|l['’]opinion"
         r"|la position|le point de vue|les vues)|sont (?:celles|ceux) de (?:l['’]auteure?"
         r"|leurs? auteure?s?))", ("exprimé",)),
        (r"\b(?:consultez|découvrez|lisez) notre (?:charte|politique|ligne) éditoriale\b", ("éditoriale",)),
        (r"ne (remplace|saurait remplacer|se substitue) (pas )?(un|une|à|le|la)? ?"
         r"(avis|consultation|conseil)s? (médica|d'un médecin|professionnel)", ("remplace", "substitue")),
        (r"à titre (purement )?informatif", ("titre",)),
        (r"à des fins (éducatives|pédagogiques|d['’]information)\b"
         r"(?=.{0,200}\b(ne|pas|aucun\w*)\b.{0,60}(médecin|médical|avis|diagnostic|remplace))",
         ("des fins",)),
        (r"ne (remplace|remplacent|saurait remplacer) (pas|en aucun cas) (l['’]|les? |la |"
         r"une? )?(avis|conseils?|"
         r"consultation|diagnostic|examen)( \w+){0,2} (de votre|de son|d['’]un|du|des) "
         r"(médecin|pharmacien|professionnel)", ("remplace",)),
    ),
    "newsletter_pitches": (
        (r"^\W*abonnez-vous à\b.{0,40}\bnewsletters?\b", ("newsletter",)),
        (r"\bdans votre boîte (mail|e-mail|de réception)\b", ("boîte",)),
    ),
    "result_counters": (
        # ("Affichage de 1 à 24 sur 291 résultats", "Affichage de tous les 3 résultats")
        (r"^\W*(?:"
         r"affichage(?:\s+de)?(?:\s+tous\s+les)?(?:\s*:)?\s+(?:\d+(?:[,. ]\d{3})*\s*"
         r"(?:[-\u2013]|à)\s*)?\d+(?:[,. ]\d{3})*(?:\s+sur\s+\d+(?:[,. ]\d{3})*)?(?:\s+"
         r"(?:résultats?|produits?|articles?))?"
         r"|(?:résultats?|produits?|articles?)\s+\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|à)\s*\d+"
         r"(?:[,. ]\d{3})*\s+sur\s+\d+(?:[,. ]\d{3})*"
         r"|\d+(?:[,. ]\d{3})*\s*(?:[-\u2013]|à)\s*\d+(?:[,. ]\d{3})*\s+sur\s+\d+"
         r"(?:[,. ]\d{3})*\s+(?:résultats?|produits?|articles?)"
         r"|(?:\d{1,3}(?:[,. ]\d{3})+|\d{5,})\s+(?:résultats?|produits?|articles?)"
         r"|\(\s*\d+(?:[,. ]\d{3})*\s+(?:résultats?|produits?|articles?)\s*\)"
         r")\W*$",
         ("affichage", "résultat", "produit", "article")),
    ),
    "furniture_shapes": (
        # an edit note with its date first ("Edited April 18, 2024 by Ann"), the name a few
        # words without a comma, a day before the year: "Edited in 1925 by Maxwell Perkins, the
        # novel …" is prose, "Edited in 1925 by Maxwell Perkins." a credit
        (r"^\W*(?:modifié(?: le)?) (?=[^\n!?]{0,30}?\b\d{1,2}\b)"
         r"[^\n!?]{0,30}?\b(?:19|20)\d\d\b(?:,? [^\n!?]{0,12}?\d{1,2}[:.h]\d{2}"
         r"(?: ?[ap]m)?)? par [^\s,.!?]+(?: [^\s,.!?]+){0,2}\W*$",
         ("modifié",)),
        # a forum or comment section's call to log in before replying, and a closed thread's
        # notice, alone in their block
        (r"^\W*vous devez (?:être (?:connectée?|inscrite?|identifiée?)"
         r"|vous connecter|vous identifier) pour (?:répondre"
         r"|commenter|publier(?: un (?:message|commentaire))?|poster(?: un (?:message|commentaire))?)\W*$",
         ("vous devez",)),
        (r"^\W*(?:fermé aux nouvelles réponses|ce sujet (?:est|a été) (?:fermé|verrouillé))\W*$",
         ("fermé", "verrouillé")),
        # a copyright line ending on its reservation ("© 2024 Éditions X. Tous droits réservés.")
        (r"\bdroits réservés\W*$", ("droits réservés",)),
        # a post's edit note ("Last edited: Jul 10, 2007", "Last edited by Ann; 07-10-2007 at 10:45 AM.")
        (r"^\W*(dernière (édition|modification)|modifié en dernier)(\s*:|\s+par\b|\s+le\b)"
         r"(?:[^.!?]|\.\d|\d\.(?=\s)|\s(?-i:[a-zà-ÿąćęłńóśźż]{2,4})\.(?=\s)){0,60}\d"
         r"(\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?"
         r"(?:,\s*(?:édité|modifié) \d+ fois(?: au total)?)?\.?\s*$",
         ("dernière", "modifié en dernier")),
        # a forum post's signature from a phone app, naming the device (a word for a phone or
        # tablet, a model with a digit) or the app it was sent with ("Sent from my iPhone
        # using Tapatalk"), and its author's join date ("Join Date: Aug 2008")
        (r"^\W*(?:envoyé (?:de|depuis) mon\s++(?:[^\s.!?]*?(?:phone|pad|droid|galaxy|pixel)"
         r"|(?=[^\s.!?]*\d)(?-i:(?=[^\s.!?]*[A-Z]))[^\s.!?]++)[^\s.!?]*+(?:\s+[^\s.!?]++){0,4}|envoyé (?:de"
         r"|depuis) mon\s++[^\s.!?][^.!?]{0,59}?\s+(?:en utilisant|avec)\s+[^\s.!?]+"
         r"(?:\s+[^\s.!?]+){0,3})\s*$",
         ("envoyé de mon", "envoyé depuis mon")),
        (r"^\W*(inscrit le|inscrit depuis|membre depuis|date d['’]inscription)\s*:\s*"
         r"(\S+\s+){0,2}\S*\b(19|20)\d\d\b\W*$",
         ("inscri", "membre depuis")),
        # a placeholder a script fills in ("Loading prices for your region…")
        (r"^\W*(chargement|en cours de chargement)(\s+[^\s.…]+){0,5}\s*(…|\.\.\.)\W*$", ("chargement",)),
        (r"^\W*page \d+ sur \d+\W*$", ("page",)),
        (r"^\W*crédits?\s*:\s*\S+(\s+\S+){0,5}\W*$", ("crédit",)),
        # a tag line, a view counter
        (r"^\W*(étiquettes|mots[- ]clés)\s*:\s*[^.!?:\n]{1,150}$", ("étiquettes", "mots")),
        (r"^\W*\d[\d.,]*(?:\s[\d.,]+)*\s+vues\W*$", ("vues",)),
        # a shop's button: "Acheter sur Amazon"
        (r"^\W*(acheter|voir|commander) (sur|chez)\s+\S+(\s+\S+)?\W*$",
         ("acheter sur", "acheter chez", "voir sur", "voir chez", "commander sur", "commander chez")),
        # an A-to-Z menu's entry ("Conditions A to Z")
        (r"^\W*(\w+\s+){0,3}de a à z\W*$", ("a à z",)),
        # a forum post's counters and buttons: "1 076 messages", "Messages : 98", "Signaler un abus"
        (r"^\W*\d[\d\s.,]*\s+(messages?|j'aime|j’aime|réactions?)\W*$",
         ("message", "aime", "réaction")),
        (r"^\W*messages\s*:\s*\d[\d\s.,]*\W*$", ("messages",)),
        (r"^\W*signaler\s+(ce message|ce commentaire|cette réponse|un abus|un contenu inapproprié)\W*$",
         ("signaler",)),
    ),
}  # fmt: skip
