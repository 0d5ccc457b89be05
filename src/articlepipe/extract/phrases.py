"""Phrase lists for the boilerplate rules, as data, compiled once.

Each list holds lead-ins a site writes in front of an insert, lower-case, in English,
German, French, Spanish, Portuguese and Italian. A phrase matches only at the start of
a block and only as whole words, so the same words inside a sentence are prose.
Longer phrases win over their prefixes ("related articles" before "related").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from articlepipe.extract import languages
from articlepipe.extract.months import MONTH_ALTERNATION


@dataclass(frozen=True, slots=True)
class Gated:
    """A pattern searched anywhere in a block, and its gate: words (lower-case) one of
    which every text it matches contains. The cheap gate is searched first; the gate of a
    family is the union of its patterns' hints (``hints_of``), so a pattern and its gate
    are written together. tests/test_extract_phrases.py generates matches of every
    pattern and checks that none escapes its gate."""

    pattern: str
    hints: tuple[str, ...]


def compiled(family: tuple[Gated, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern for a family of ``Gated`` patterns."""
    return re.compile("|".join(f"(?:{g.pattern})" for g in family), re.IGNORECASE)


def hints_of(family: tuple[Gated, ...]) -> tuple[str, ...]:
    """The gate of a family: every hint of its patterns, each once."""
    return tuple(sorted({hint for g in family for hint in g.hints}))


# --- related-content lead-ins: their links are kept in ``related`` -------------------
RELATED: tuple[str, ...] = (
    "more like this",
    "browse related articles",
    "you may be interested in",
    "you might be interested in",
    "you may also be interested in",
    "related reads",
    "more to explore",
    "explore more",
    "what to read next",
    "read this next",
    "up next",
    "also on",
    "further reading",
    # en
    "also check",
    "also check out",
    "also read",
    "read also",
    "read more",
    "read next",
    "see also",
    "related",
    "related article",
    "related articles",
    "related posts",
    "related post",
    "related stories",
    "related story",
    "related content",
    "related reading",
    "related news",
    "related coverage",
    "related links",
    "related topics",
    "you may also like",
    "you might also like",
    "you may like",
    "you might like",
    "recommended",
    "recommended for you",
    "recommended reading",
    "recommended articles",
    "more from",
    "more on this",
    "more on this topic",
    "more stories",
    "more news",
    "more articles",
    "don't miss",
    "do not miss",
    "trending",
    "trending now",
    "popular posts",
    "popular articles",
    "popular stories",
    "most popular",
    "most read",
    "keep reading",
    "continue reading",
    "next article",
    "previous article",
    "editor's picks",
    "top stories",
    "other posts",
    "more posts",
    "other articles",
    "other stories",
    "you may also enjoy",
    "you might also enjoy",
    "you may enjoy",
    "you might enjoy",
    # de
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
    # fr
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
    # es
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
    # pt
    "leia também",
    "artigo relacionado",
    "leia mais",
    "veja também",
    "artigos relacionados",
    "notícias relacionadas",
    "você também pode gostar",
    "mais lidas",
    "saiba mais",
    "relacionadas",
    "você pode gostar",
    "você pode gostar também",
    "outros artigos",
    "mais artigos",
    # it
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
)

# --- consent small print under sign-up forms: legal text, longer than a prompt --------
CONSENT: tuple[str, ...] = (
    "by signing up, you agree",
    "by signing up you agree",
    "by subscribing, you agree",
    "by subscribing you agree",
    "by submitting this form",
    "by submitting your email",
    "by submitting your information",
    "by clicking sign up",
    "by clicking subscribe",
    "by providing your number",
    "by providing your phone number",
    "by entering your email",
    "mit der anmeldung stimmen sie",
    "en vous inscrivant, vous acceptez",
    "al suscribirte, aceptas",
    "al registrarte, aceptas",
    "ao se inscrever, você concorda",
    "iscrivendoti, accetti",
)

# --- prompts: share, follow, newsletter, subscribe, cookies, "to top" ------------------
PROMPTS: tuple[str, ...] = (
    *CONSENT,
    "subscribe to get",
    "subscribe to receive",
    "subscribe to access",
    "subscribe to this site",
    "subscribe to this blog",
    "get the latest news",
    "get the latest updates",
    "get the latest stories",
    "fill out the form below",
    "fill out the form for",
    "fill out this form",
    "subscribe to our",
    "subscribe to my",
    "subscribe to the newsletter",
    "please consider supporting",
    "tell your friends",
    "refer a friend",
    "share with your friends",
    "get a free quote",
    "get a quote",
    "request a quote",
    "request a free quote",
    "book a demo",
    "book a free",
    "schedule a demo",
    "schedule a call",
    "join the facebook group",
    "join our facebook group",
    "join our community",
    "help me spread the word",
    "help us spread the word",
    "please share this",
    "advertisement:",
    "sponsored:",
    "anzeige:",
    "werbung:",
    "this story is funded",
    "this article is exclusive to",
    "already have an account",
    "view this post on instagram",
    "view all posts by",
    "thank you for downloading",
    "thanks for downloading",
    "fill out the form below",
    "fill out the form to get",
    "fill out the form to download",
    "fill out the form to receive",
    "fill out this form to get",
    "join my patreon",
    "join our patreon",
    "support us on patreon",
    "support our mission",
    "this article was originally written by",
    "this article originally appeared",
    "this story originally appeared",
    "republish our articles",
    "republish this article",
    "republish this story",
    "contact staff writer",
    "contact the author at",
    "see all posts by",
    "view all articles by",
    "more posts by",
    "all posts by",
    "view this profile on instagram",
    "a post shared by",
    "unlock this article",
    "unlock this story",
    "unlock full access",
    "already a subscriber",
    "subscribe to continue",
    "to continue reading",
    "create a free account",
    "get started with",
    "start your free trial",
    "try it free",
    "start free trial",
    "enjoyed this",
    "did you enjoy this",
    "we need your help",
    "support our work",
    "support our journalism",
    "become a member",
    "if you liked this",
    "if you enjoyed this",
    "did you make",
    "leave a star rating",
    "contact us today",
    "call us today",
    "talk to our",
    "request a free",
    "follow her on",
    "follow him on",
    "follow them on",
    "follow me on",
    "have a tip",
    "got a tip",
    "send us your",
    "send us a tip",
    "click here to",
    "click here for",
    "be the first to know",
    "thanks for signing up",
    "thank you for signing up",
    "thanks for subscribing",
    "thank you for subscribing",
    "there was an error processing your subscription",
    "get the app",
    "get our app",
    "subscribe for",
    "join our mailing list",
    "sign up for our",
    "sign up for free",
    "sign up to receive",
    "sign up to get",
    "download our app",
    "download the app",
    # en
    "share this article",
    "share this story",
    "share this post",
    "share this page",
    "share on",
    "share via",
    "share article",
    "follow us",
    "follow us on",
    "sign up for our newsletter",
    "sign up to our newsletter",
    "sign up for the newsletter",
    "subscribe to our newsletter",
    "subscribe now",
    "partager sur",
    "teilen auf",
    "comparte en",
    "compartilhe no",
    "compartilhe:",
    "condividi:",
    "get our newsletter",
    "join our newsletter",
    "newsletter signup",
    "back to top",
    "scroll to top",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "click here to subscribe",
    "like us on facebook",
    # de
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
    # fr
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
    # es
    "comparte este artículo",
    "compartir en",
    "síguenos",
    "suscríbete a nuestro boletín",
    "suscríbete a nuestra newsletter",
    "suscríbete",
    "utilizamos cookies",
    "usamos cookies",
    "este sitio utiliza cookies",
    # pt
    "compartilhe este artigo",
    "siga-nos",
    "assine a newsletter",
    "assine nossa newsletter",
    "inscreva-se na newsletter",
    "inscreva-se na nossa newsletter",
    "voltar ao topo",
    # it
    "condividi questo articolo",
    "condividi su",
    "seguici",
    "iscriviti alla newsletter",
    "iscriviti alla nostra newsletter",
    "torna in alto",
    "utilizziamo i cookie",
    "questo sito utilizza cookie",
    # feedback widgets under an article, in each language
    "was this article helpful",
    "was this page helpful",
    "was this post helpful",
    "was this guide helpful",
    "was this information helpful",
    "was this answer helpful",
    "did you find this article helpful",
    "did you find this page helpful",
    "did you find this helpful",
    "how was this issue",
    "how was this article",
    "how was this newsletter",
    "how would you rate this article",
    "how would you rate this issue",
    "rate this article",
    "war dieser artikel hilfreich",
    "war diese seite hilfreich",
    "war dieser beitrag hilfreich",
    "fanden sie diesen artikel hilfreich",
    "cet article vous a-t-il été utile",
    "cette page vous a-t-elle été utile",
    "cet article vous a été utile",
    "avez-vous trouvé cet article utile",
    "te resultó útil este artículo",
    "te ha resultado útil",
    "le ha resultado útil",
    "fue útil este artículo",
    "te ha sido útil",
    "este artigo foi útil",
    "esta página foi útil",
    "este conteúdo foi útil",
    "questo articolo ti è stato utile",
    "questa pagina ti è stata utile",
    "questo articolo è stato utile",
)

# --- stand-alone labels: removed only when the block is the label alone ---------------
LABELS: tuple[str, ...] = (
    "why trust us",
    "why you can trust us",
    "why trust me",
    "advertiser disclosure",
    "advertising policy",
    "advertising disclosure",
    "jump to the list",
    "skip to the list",
    "skip to recipe",
    "jump to recipe",
    "print recipe",
    "print this page",
    "show caption",
    "active deal",
    "contents hide",
    "table of contents hide",
    "hide caption",
    "toggle caption",
    "download now",
    "thanks for visiting",
    "thank you for visiting",
    "print this article",
    "print article",
    "like this",
    "like loading",
    "likeloading",
    "loading",
    "add as preferred source",
    "add us as a preferred source",
    "pin this for later",
    "share it",
    "you are signed out",
    "posted on",
    "posted in",
    "updated at",
    "updated on",
    "published on",
    "last updated",
    "contact us",
    "partner links",
    "share your story",
    "about the author",
    "sorry",
    "you're all set",
    "you are all set",
    "success",
    "sign up",
    "sign in",
    "log in",
    "login",
    "register",
    "newsletter",
    "newsletters",
    "book a demo",
    "request a demo",
    "request a quote",
    "get a quote",
    "get a free quote",
    "get started",
    "get started today",
    "see packages",
    "view on amazon",
    "check price",
    "buy now",
    "shop now",
    "back to blog",
    "back to news",
    "share post",
    "share this post",
    "pin for later",
    "pin it",
    "pin",
    "privacy policy",
    "terms of use",
    "copyright",
    "tags",
    "home",
    "search",
    "load more",
    "show more",
    "see more",
    "view all",
    "see all",
    "advertisement",
    "sponsored",
    "sponsored content",
    "ad",
    "ads",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "publicidade",
    "pubblicità",
    "comments",
    "leave a comment",
    "leave a reply",
    "share",
    "share:",
    "share this",
    "copy link",
    "copy the link",
    "skip to content",
    "skip to main content",
    "subscribe",
    "to top",
    "go to top",
    "top of page",
    "back to top",
    "scroll to top",
    "teilen",
    "nach oben",
    "zum seitenanfang",
    "partager",
    "haut de page",
    "retour en haut",
    "compartir",
    "comparte",
    "volver arriba",
    "ir arriba",
    "subir",
    "compartilhe",
    "compartilhar",
    "partilhar",
    "assine",
    "condividi",
    "torna su",
    "iscriviti",
)

# --- disclaimers: moved to the ``disclaimer`` field -----------------------------------
# A block that starts with one of these labels and a colon is a disclaimer ...
DISCLAIMER_LABELS: tuple[str, ...] = (
    "advertiser disclosure",
    "affiliate disclosure",
    "ftc disclosure",
    "disclaimer",
    "medical disclaimer",
    "health disclaimer",
    "legal disclaimer",
    "haftungsausschluss",
    "avis de non-responsabilité",
    "aviso legal",
    "aviso médico",
    "descargo de responsabilidad",
    "isenção de responsabilidade",
    "esclusione di responsabilità",
)
# ... and one that starts with one of these only if it also says what a disclaimer says.
NOTICE_LABELS: tuple[str, ...] = (
    "note",
    "please note",
    "important",
    "important notice",
    "hinweis",
    "wichtiger hinweis",
    "avertissement",
    "remarque",
    "aviso",
    "aviso importante",
    "nota",
    "avvertenza",
)
DISCLAIMER_SENTENCES: tuple[Gated, ...] = (
    # licences, investment and deposit notices
    Gated(r"\blicensed under a creative commons", ("licensed",)),
    Gated(r"\b(all )?investing (is subject to|involves) risk", ("investing",)),
    Gated(r"\bpast performance (is no|does not|is not)", ("past performance",)),
    Gated(r"\bnot fdic insured|\bnot insured by the fdic", ("fdic",)),
    Gated(r"for (general )?information(al)? purposes only", ("information",)),
    Gated(
        r"(is|are) not (intended to be |meant to be )?(a substitute|a replacement) for "
        r"(professional )?(medical|legal|financial) advice",
        ("advice",),
    ),
    Gated(
        r"(should|must) not be (considered|construed|taken|used) as (a substitute for )?"
        r"(professional )?(medical|legal|financial) advice",
        ("advice",),
    ),
    Gated(r"does not (constitute|provide) (professional )?(medical|legal|financial) advice", ("advice",)),
    Gated(
        r"\bas a substitute for (\w+ ){0,3}(medical|legal|financial|professional) "
        r"(advice|care|diagnosis|treatment)",
        ("substitute",),
    ),
    Gated(r"not intended to (diagnose|treat|cure|prevent)", ("not intended to",)),
    Gated(
        r"ersetzt? (keine|nicht die) (ärztliche|medizinische|professionelle) (beratung|behandlung|diagnose)",
        ("ersetz",),
    ),
    Gated(r"dient (nur|ausschließlich|lediglich) der (allgemeinen )?information", ("dient",)),
    Gated(
        r"ne (remplace|saurait remplacer|se substitue) (pas )?(un|une|à|le|la)? ?"
        r"(avis|consultation|conseil)s? (médica|d'un médecin|professionnel)",
        ("remplace", "substitue"),
    ),
    Gated(r"à titre (purement )?informatif", ("titre",)),
    Gated(
        r"no (sustituye|reemplaza) (el|la|a|al)? ?(consejo|consulta|diagnóstico|"
        r"atención) (médic|profesional)",
        ("sustituye", "reemplaza"),
    ),
    Gated(r"(con|tiene) fines (meramente |exclusivamente )?informativos", ("fines",)),
    Gated(
        r"não substitui (a |o )?(consulta|aconselhamento|orientação|diagnóstico) (médic|profissional)",
        ("substitui",),
    ),
    Gated(r"(caráter|carácter|fins) (meramente |exclusivamente )?informativ", ("informativ",)),
    Gated(
        r"non (sostituisce|sostituiscono|intende sostituire) (il |la |in alcun modo il )?"
        r"(parere|consulto|consiglio|diagnosi) (medic|professional)",
        ("sostituisc", "sostituire"),
    ),
    Gated(r"(scopo|carattere) (puramente |esclusivamente )?informativo", ("informativo",)),
    # "for educational purposes" is a disclaimer only beside a denial of the advice it disclaims
    Gated(
        r"for (general )?educational( and informational)? purposes\b"
        r"(?=.{0,200}\b(not|no|never)\b.{0,60}\b(advice|substitute|replace|diagnos|treat))",
        ("educational",),
    ),
    Gated(
        r"zu (allgemeinen )?(bildungs|informations)zwecken\b"
        r"(?=.{0,200}\b(nicht|kein\w*)\b.{0,60}(arzt|ärzt|beratung|diagnose|behandlung|ersetz))",
        ("zwecken",),
    ),
    Gated(
        r"à des fins (éducatives|pédagogiques|d['’]information)\b"
        r"(?=.{0,200}\b(ne|pas|aucun\w*)\b.{0,60}(médecin|médical|avis|diagnostic|remplace))",
        ("des fins",),
    ),
    Gated(
        r"(con|tiene) fines (meramente |exclusivamente )?educativos\b"
        r"(?=.{0,200}\bno\b.{0,60}(médic|profesional|diagnóstico|sustituye|reemplaza))",
        ("fines",),
    ),
    Gated(
        r"(para|com) fins (meramente |exclusivamente )?educativos\b"
        r"(?=.{0,200}\bnão\b.{0,60}(médic|profissional|diagnóstico|substitui))",
        ("fins",),
    ),
    Gated(
        r"(a )?scopo (puramente |esclusivamente )?(educativo|didattico)\b"
        r"(?=.{0,200}\bnon\b.{0,60}(medic|parere|diagnosi|sostituisc))",
        ("scopo",),
    ),
    # "… does not replace your doctor's advice", "the advice of a physician"
    Gated(
        r"(does not|doesn['’]t|should not|is not meant to|is not intended to) replace "
        r"(the |a |your )?((\w+ ){0,2}(advice|care|consultation|diagnosis|visit|examination)s? "
        r"(of|from|with|by|to) (a |an |your |the )?(\w+ ){0,2}(doctor|physician|healthcare|"
        r"health care|medical|"
        r"professional|pharmacist|provider)|(doctor|physician|pharmacist|healthcare provider|"
        r"provider)['’]?s? "
        r"(advice|care|consultation))",
        ("replace",),
    ),
    Gated(
        r"ersetzt? (nicht|keinen|keine) (den |die |das )?(rat|besuch|beratung|diagnose|untersuchung)"
        r"( durch| bei)? (ihres|ihrer|ihrem|eines|einer|einem|des|der|den|dem|die|einen|eine) "
        r"(arzt|ärztin|apothek|fachperson|fachärzt)",
        ("ersetz",),
    ),
    Gated(
        r"ne (remplace|remplacent|saurait remplacer) (pas|en aucun cas) (l['’]|les? |la |"
        r"une? )?(avis|conseils?|"
        r"consultation|diagnostic|examen)( \w+){0,2} (de votre|de son|d['’]un|du|des) "
        r"(médecin|pharmacien|professionnel)",
        ("remplace",),
    ),
    Gated(
        r"no (sustituye|reemplaza|remplaza) (el |la |a |al |los )?(consejo|consulta|opinión|diagnóstico|"
        r"atención)s? (\w+ ){0,2}(de|del) (su |un |tu |la )?(médico|profesional|farmacéutico)",
        ("sustituye", "reemplaza", "remplaza"),
    ),
    Gated(
        r"não substitui (o |a |os )?(conselho|consulta|orientação|opinião|diagnóstico)s? (\w+ ){0,2}"
        r"(do|de|da) (seu |sua |um )?(médico|profissional|farmacêutico)",
        ("substitui",),
    ),
    Gated(
        r"non (sostituisce|sostituiscono) (il |la |in alcun modo il )?(parere|consulto|consiglio|diagnosi|"
        r"visita) (\w+ ){0,2}(del|di un|di una|dello) (tuo |proprio |vostro )?"
        r"(medico|professionista|farmacista)",
        ("sostituisc",),
    ),
)


# --- what a lead-in points at when it is followed by a list, not a title -------------
# ("You may be interested in the following topics as well")
POINTS_ON: tuple[str, ...] = (
    "the following",
    "these",
    "below",
    "die folgenden",
    "folgende",
    "diese",
    "unten",
    "ces",
    "ci-dessous",
    "les articles suivants",
    "les sujets suivants",
    "estos",
    "estas",
    "los siguientes",
    "las siguientes",
    "a continuación",
    "estes",
    "os seguintes",
    "as seguintes",
    "abaixo",
    "questi",
    "queste",
    "i seguenti",
    "le seguenti",
    "qui sotto",
)

# The languages added one file each (``languages/``).
POINTS_ON += languages.words("points_on")
RELATED += languages.words("related")
CONSENT += languages.words("consent")
PROMPTS += languages.words("consent") + languages.words("prompts")
LABELS += languages.words("labels")
DISCLAIMER_LABELS += languages.words("disclaimer_labels")
NOTICE_LABELS += languages.words("notice_labels")
DISCLAIMER_SENTENCES += tuple(
    Gated(pattern, hints) for pattern, hints in languages.gated("disclaimer_sentences")
)


def _alternation(phrases: tuple[str, ...]) -> str:
    ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in ordered)


# A lead-in: the phrase at the start of the block, then the end, a separator, or a space.
_WORD_END = r"(?=$|[\s:;,.!?|/>»›→–—\-…(\[]|\W)"
LEAD_RELATED = re.compile(rf"^\W{{0,3}}({_alternation(RELATED)}){_WORD_END}", re.IGNORECASE)
LEAD_PROMPT = re.compile(rf"^\W{{0,3}}({_alternation(PROMPTS)}){_WORD_END}", re.IGNORECASE)
# Consent small print names the terms it binds the reader to; prose that starts "By
# submitting this form …" in an article about tax returns does not.
CONSENT_TERMS = re.compile(
    r"\b(privacy|terms|policy|unsubscribe|opt[ -]out|rates may apply|consent|datenschutz|"
    r"confidentialité|privacidad|privacidade|informativa" + languages.alternatives("consent_terms") + r")\b",
    re.IGNORECASE,
)
LEAD_CONSENT = re.compile(rf"^\W{{0,3}}({_alternation(CONSENT)}){_WORD_END}", re.IGNORECASE)
LABEL_START = re.compile(rf"^\W*({_alternation(LABELS)})\b", re.IGNORECASE)
LABEL_ONLY = re.compile(rf"^\W*({_alternation(LABELS)})\W*$", re.IGNORECASE)
LEAD_DISCLAIMER = re.compile(rf"^\W{{0,3}}({_alternation(DISCLAIMER_LABELS)})\s*[:：.\-–—]", re.IGNORECASE)
POINTS_ON_START = re.compile(rf"^({_alternation(POINTS_ON)}){_WORD_END}", re.IGNORECASE)
LEAD_NOTICE = re.compile(rf"^\W{{0,3}}({_alternation(NOTICE_LABELS)})\s*[:：\-–—]", re.IGNORECASE)
# Affiliate and advertising disclosures: a short block saying one of these is a
# disclosure wherever it stands in the body.
AFFILIATE_SENTENCES: tuple[Gated, ...] = (
    Gated(r"\bas an amazon associate\b", ("associate",)),
    Gated(
        r"\b(we|i)\b[^.]{0,40}\b(earn|receive|get|make)\b[^.]{0,25}"
        r"\b(commissions?|compensation|from qualifying purchases)\b",
        ("commission", "compensation", "qualifying purchases"),
    ),
    Gated(r"\b(contains?|includes?|uses?|through( our)?) affiliate links?\b", ("affiliate",)),
    Gated(r"\bchosen independently by our editors", ("editors",)),
    Gated(r"\b(is|are) supported by (commissions|affiliate)", ("supported by",)),
)
AFFILIATE_TEXT = compiled(AFFILIATE_SENTENCES)
AFFILIATE_HINTS = hints_of(AFFILIATE_SENTENCES)
DISCLAIMER_TEXT = compiled(DISCLAIMER_SENTENCES)
DISCLAIMER_HINTS = hints_of(DISCLAIMER_SENTENCES)
# Characters that separate a lead-in from the title it introduces.
SEPARATORS = ":|>»›→–—-•·"

# --- share rows: "Share on Facebook Twitter WhatsApp", "Partager sur : Facebook X" ------
SOCIAL_NAMES = (
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
    "telegram",
    "mastodon",
    "instagram",
    "threads",
    "bluesky",
    "tiktok",
    "youtube",
    "xing",
    "flipboard",
    "email",
    "e-mail",
    "mail",
    "print",
    "copy link",
    "link",
    "messenger",
    "sms",
)
SOCIAL_NAME = re.compile(rf"^({_alternation(SOCIAL_NAMES)})$", re.IGNORECASE)

# --- newsletter pitches without a lead-in ("Get the Brief in your inbox every morning")
NEWSLETTER_PITCHES: tuple[Gated, ...] = (
    Gated(r"\bget (email )?updates from (this|the|our) (writer|author|blog|site)\b", ("updates from",)),
    Gated(
        r"^\W*(join|get|sign up for|subscribe to|abonnieren sie|abonnez-vous à)\b.{0,40}\bnewsletters?\b",
        ("newsletter",),
    ),
    Gated(r"^\W*(\w+\W+){0,5}newsletter\W*$", ("newsletter",)),
    Gated(
        r"\b(get|receive|delivered|sent|straight|right|directly)\b.{0,40}\b(in|to|into) your inbox\b",
        ("inbox",),
    ),
    Gated(r"\bkeep an eye on your inbox\b", ("inbox",)),
    Gated(r"\bin ihr(em)? (e-mail-)?postfach\b", ("postfach",)),
    Gated(r"\bdans votre boîte (mail|e-mail|de réception)\b", ("boîte",)),
    Gated(r"\ben tu (bandeja de entrada|correo)\b", ("bandeja", "correo")),
    Gated(r"\bna sua caixa de entrada\b", ("caixa",)),
    Gated(r"\bnella tua (casella|posta)\b", ("casella", "posta")),
)
NEWSLETTER_PITCHES += tuple(Gated(*pair) for pair in languages.gated("newsletter_pitches"))
NEWSLETTER_PITCH = compiled(NEWSLETTER_PITCHES)
NEWSLETTER_HINTS = hints_of(NEWSLETTER_PITCHES)

# --- tables of contents: a label, then the section links -------------------------------
TOC: tuple[str, ...] = (
    "table of contents",
    "in this article",
    "on this page",
    "jump to",
    "jump to section",
    "skip to",
    "inhaltsverzeichnis",
    "sommaire",
    "índice",
    "tabla de contenidos",
    "indice",
    "sumário",
    "summary of contents",
)
TOC += languages.words("toc")
# Page furniture recognised by its shape: pagination, copyright lines, image credits,
# promo codes.
FURNITURE_SHAPES: tuple[Gated, ...] = (
    Gated(
        r"^\W*(page \d+ of \d+|seite \d+ von \d+|page \d+ sur \d+|página \d+ de \d+)\W*$",
        ("page", "seite", "página"),
    ),
    Gated(r"^\W*(©|\(c\)|copyright)(\s*(©|\(c\)|copyright))?\s*(19|20)\d{2}\b", ("©", "(c)", "copyright")),
    Gated(r"\ball rights reserved\b", ("rights reserved",)),
    Gated(r"©\s*\w", ("©",)),
    Gated(
        r"^\W*(feature[ds]?|featured|header|cover|top|lead)?\s*(image|photo|picture|illustration)s?"
        r"( credits?)?\s*((by|via|courtesy)\s|:\s*\S+(\s+\S+){0,5}\W*$)",
        ("image", "photo", "picture", "illustration"),
    ),
    Gated(
        r"^\W*(credits?|bildnachweis|crédits?|créditos?|crediti)\s*:\s*\S+(\s+\S+){0,5}\W*$",
        ("credit", "bildnachweis", "crédit"),
    ),
    Gated(
        r"\b(use|with|enter) (the )?(promo |coupon |discount )?code\b.{0,30}\b(off|discount|free)\b",
        ("code",),
    ),
    Gated(r"^\W*(use )?(the )?(promo|coupon|discount) code:?\s+[\w-]+(\s+or\s+[\w-]+)?\W*$", ("code",)),
    Gated(r"\b\d+\s?(%|\$|€|£)?\s?off\b.{0,40}\bcode\b", ("code",)),
    Gated(r"\bup to \d+\s?% off\b.{0,60}(today|now|!)", ("%",)),
    Gated(r"^\W*((e-?mail|contact|kontakt)\s*:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+\W*$", ("@",)),
)
FURNITURE = compiled(FURNITURE_SHAPES)
FURNITURE_HINTS = hints_of(FURNITURE_SHAPES)
# Template placeholders a CMS left unrendered: "[CTA_MODULE]".
TEMPLATE_TAG = re.compile(r"^\s*(\[[A-Z0-9_]{3,}\]|\{\{[^{}]{1,40}\}\})\s*$")
TOC_LABEL = re.compile(rf"^\W*({_alternation(TOC)})\W*$", re.IGNORECASE)

# --- head and tail lines: bylines, dates, reading times -------------------------------
_MONTHS = MONTH_ALTERNATION
_WEEKDAY = r"(\w+-feira|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+(tag|di|dì)|\w+)"
# What a date line may start with: "Published:", "Mis à jour le", "Aktualisiert am".
DATE_LABELS: tuple[str, ...] = (
    # en
    "updated",
    "updated on",
    "last updated",
    "last updated on",
    "published",
    "published on",
    "first published",
    "posted",
    "posted on",
    "modified",
    "last modified",
    "on",
    # de
    "veröffentlicht",
    "veröffentlicht am",
    "aktualisiert",
    "aktualisiert am",
    "zuletzt aktualisiert",
    "zuletzt aktualisiert am",
    "erstellt am",
    "stand",
    # fr
    "publié le",
    "mis à jour le",
    "modifié le",
    "dernière mise à jour",
    "dernière mise à jour le",
    # es
    "publicado",
    "publicado el",
    "actualizado",
    "actualizado el",
    "última actualización",
    # pt
    "publicado em",
    "atualizado em",
    "última atualização",
    # it
    "pubblicato",
    "pubblicato il",
    "aggiornato",
    "aggiornato il",
    "ultimo aggiornamento",
    *languages.words("date_labels"),
)
# A time after a date: "at 10:39AM", "às 20:13", "um 9.30 Uhr", "14h05", "10:39 a.m. ET".
_TIME = (
    r"((\s+|\s*,\s*|T)(às|at|um|à|a las|alle|kl\.?|om|o)?\s*\d{1,2}[:h.]\d{2}(:\d{2})?"
    r"(\s*(am|pm|a\.m\.|p\.m\.|uhr|h))?(\s*(utc|gmt|e[sd]?t|c[sd]?t|p[sd]?t|cet|cest|bst))?)?"
)
READING_TIME = re.compile(
    r"^\W*(\d+\s*(-\s*)?(min|mins|minute|minutes|minuten)\.?\s*"
    r"(read|reading|lesezeit|de lecture|de lectura|de leitura|di lettura)"
    r"|(estimated\s+)?(reading time|read time|lesezeit|temps de lecture|tiempo de lectura|"
    r"tempo de leitura|tempo di lettura)\s*:?\s*(about\s+|ca\.\s+)?\d+\s*(-\s*\d+\s*)?"
    r"(min|mins|minute|minutes|minuten|minutos|minuti)\.?)\W*$",
    re.IGNORECASE,
)
DATE_LINE = re.compile(
    rf"^\W*(({_alternation(DATE_LABELS)})\s*:?\s*)?({_WEEKDAY},?\s+)?"
    rf"(\d{{1,2}}(st|nd|rd|th|º)?\.?\s+(de\s+)?({_MONTHS})\.?,?\s*(de\s+)?(\d{{4}})?"
    rf"|({_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s*(\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}){_TIME}\W*$",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^\W*(\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+)?"
    r"(?i:by|written by|posted by|published by|reviewed by|medically reviewed by|fact[- ]checked by"
    r"|edited by|von|par|por|di)\s+[A-ZÀ-Ý][\w.'’-]*(\s+[A-ZÀ-Ý][\w.'’-]*)*"
    r"([,|·•]?\s.{0,60})?(?<![.!?])$"
)


@lru_cache(maxsize=64)
def _hint_pattern(hints: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(hint.casefold()) for hint in hints))


def hinted(text: str, hints: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``hints`` (case-insensitive): one scan in C."""
    # casefold() turns "İ" into "i" and a combining dot, where the patterns' IGNORECASE
    # reads a plain "i": the dot goes.
    return _hint_pattern(hints).search(text.casefold().replace("\u0307", "")) is not None
