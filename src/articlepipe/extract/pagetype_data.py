"""What the page-type classifier (``pagetype.py``) recognises, as data.

Families of schema.org types, OpenGraph types, class and id words, and the phrases of
error pages in many languages. Adding a type, a word or a language touches one list
here; the classifier's weights (``pagetype_model.json``) are fitted on the features these
lists define, so a change here is followed by ``make fit-pagetype``.
"""

from __future__ import annotations

import re

# --- schema.org types, lower-case, by the kind of page they declare -------------------
SCHEMA_FAMILIES: dict[str, frozenset[str]] = {
    "article": frozenset(
        (
            "article",
            "newsarticle",
            "blogposting",
            "report",
            "scholarlyarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "reportagenewsarticle",
            "reviewnewsarticle",
            "backgroundnewsarticle",
            "liveblogposting",
            "medicalscholarlyarticle",
            "medicalwebpage",
            "socialmediaposting",
            "recipe",
        )
    ),
    "product": frozenset(("product", "offer", "aggregateoffer", "productgroup", "individualproduct")),
    "collection": frozenset(("collectionpage", "itemlist", "searchresultspage", "offercatalog")),
    "forum": frozenset(("discussionforumposting", "qapage", "question", "comment")),
    "documentation": frozenset(("techarticle", "apireference", "softwaresourcecode", "softwareapplication")),
    "service": frozenset(("service", "faqpage", "localbusiness", "professionalservice", "howto")),
}

# The schema.org types of one product for sale (not "offer", which courses, events and
# services declare too): with no article type beside them, the page sells the product.
PRODUCT_PAGE_TYPES = frozenset(("product", "productgroup", "individualproduct"))
# ... and its og:type values, Facebook's catalogue ones too; a page declaring a review
# (beside the product it reviews) is a review, not a shop.
PRODUCT_PAGE_OG_TYPES = (
    "product",
    "og:product",
    "ebay-objects:item",
    "item",
    "product.item",
    "product.group",
)
REVIEW_PAGE_TYPES = frozenset(("review",))
# ... and one declaring a service, a course or an event beside its product sells that:
# its clients' reviews and testimonials are its text. Not the "service" family above:
# shops declare FAQPage, HowTo and LocalBusiness beside their products too.
SERVICE_PAGE_TYPES = frozenset(("service", "professionalservice", "course", "event"))

# --- og:type values, by kind ---------------------------------------------------------
OG_FAMILIES: dict[str, tuple[str, ...]] = {
    "article": ("article", "blog", "news"),
    "product": ("product", "og:product", "ebay-objects:item", "item"),
    "website": ("website", "webpage", "homepage"),
}

# --- class and id words ---------------------------------------------------------------
# An element whose class or id holds one of these words (as a part of a hyphenated or
# camel-cased name too: "add-to-cart", "productTile") counts towards its family.
CLASS_FAMILIES: dict[str, tuple[str, ...]] = {
    "commerce": ("price", "cart", "basket", "checkout", "sku", "product", "wishlist", "shop"),
    "discussion": ("reply", "replies", "thread", "forum", "topic", "avatar", "username", "postbit", "quote"),
    "pagination": ("pagination", "pager", "paging", "page-numbers", "nav-links"),
}

# --- text: sentence ends, cut-off excerpts, prices -------------------------------------
# A paragraph ending like a sentence, in the scripts the fixtures and benchmarks hold.
SENTENCE_END = re.compile(r"[.!?。！？…»”\"')\]।۔]\s*$")
# A list item in the markdown rendering.
LIST_LINE = re.compile(r"^\s*(?:[-*+] |\d+[.)] )")
# A teaser excerpt cut off with an ellipsis.
CUT_OFF = re.compile(r"(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")
# An amount of money: a currency sign or code before or after a number.
PRICE = re.compile(
    r"(?:[$€£¥₹₩₽₺₪฿]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|CNY|INR|RUB|PLN|SEK|NOK|DKK|R\$|zł|Kč|kr)\s?)\s?\d[\d.,\s]{0,12}"
    r"|\d[\d.,]{0,12}\s?(?:[€£¥₹₩₽₺₪฿円元]|\b(?:USD|EUR|GBP|CHF|zł|Kč|kr|руб)\b)"
)

# --- URL paths of index pages ---------------------------------------------------------
# A path segment naming a taxonomy ("/category/science/", "/tag/ai") ...
TAXONOMY_SEGMENTS: frozenset[str] = frozenset(
    (
        "category",
        "categories",
        "tag",
        "tags",
        "topic",
        "topics",
        "section",
        "archive",
        "archives",
        "author",
        "authors",
        "page",
        "kategorie",
        "kategorien",
        "thema",
        "themen",
        "rubrik",
        "schlagwort",
        "categorie",
        "rubrique",
        "theme",
        "categoria",
        "categorias",
        "tema",
        "temas",
        "etiqueta",
        "seccion",
        "rubrica",
        "argomento",
        "kategoria",
        "tegs",
        "рубрика",
        "категория",
        "тема",
    )
)
# ... or a last segment naming a whole section of a site ("/news", "/blog/").
INDEX_SEGMENTS: frozenset[str] = frozenset(
    (
        "news",
        "blog",
        "blogs",
        "articles",
        "stories",
        "latest",
        "posts",
        "recipes",
        "products",
        "shop",
        "store",
        "collections",
        "collection",
        "all",
        "index",
        "home",
        "search",
        "events",
        "press",
        "newsroom",
        "nachrichten",
        "aktuelles",
        "neuigkeiten",
        "actualites",
        "actualités",
        "noticias",
        "notizie",
        "novidades",
        "nieuws",
        "новости",
        "新闻",
        "ニュース",
    )
)

# --- error pages ----------------------------------------------------------------------
# A title, headline or first line saying the page is not there (or not for you). Matched
# case-insensitively anywhere in those short lines; the body must also be short, so an
# article about broken links that uses the words stays an article.
ERROR_PHRASES: tuple[str, ...] = (
    # en
    "page not found",
    "404 not found",
    "error 404",
    "404 error",
    "not found (404)",
    "this page could not be found",
    "the page you requested could not be found",
    "the page you are looking for",
    "the page you were looking for",
    "page you're looking for",
    "this page doesn't exist",
    "this page does not exist",
    "page no longer exists",
    "page cannot be found",
    "page can't be found",
    "we can't find that page",
    "we couldn't find that page",
    "403 forbidden",
    "access denied",
    "500 internal server error",
    "internal server error",
    "503 service unavailable",
    "service unavailable",
    # de
    "seite nicht gefunden",
    "seite wurde nicht gefunden",
    "diese seite existiert nicht",
    "fehler 404",
    "zugriff verweigert",
    # fr
    "page introuvable",
    "page non trouvée",
    "cette page n'existe pas",
    "erreur 404",
    "accès refusé",
    # es
    "página no encontrada",
    "no se encontró la página",
    "esta página no existe",
    "no encontramos la página",
    "acceso denegado",
    # pt
    "página não encontrada",
    "esta página não existe",
    "erro 404",
    # it
    "pagina non trovata",
    "questa pagina non esiste",
    "errore 404",
    # nl
    "pagina niet gevonden",
    "deze pagina bestaat niet",
    # ru
    "страница не найдена",
    "ошибка 404",
    "такой страницы нет",
    # zh
    "页面不存在",
    "页面未找到",
    "找不到页面",
    "找不到该页面",
    "您访问的页面不存在",
    "網頁不存在",
    "找不到網頁",
    # ja
    "ページが見つかりません",
    "お探しのページは見つかりませんでした",
    "ページは存在しません",
    # ko
    "페이지를 찾을 수 없습니다",
    "요청하신 페이지를 찾을 수 없습니다",
    # ar
    "الصفحة غير موجودة",
    "لم يتم العثور على الصفحة",
    # hi
    "पेज नहीं मिला",
    "पृष्ठ नहीं मिला",
    # th
    "ไม่พบหน้าที่คุณต้องการ",
    "ไม่พบหน้านี้",
    # my
    "စာမျက်နှာ ရှာမတွေ့ပါ",
)
ERROR_PHRASE = re.compile(
    "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in ERROR_PHRASES),
    re.IGNORECASE,
)
