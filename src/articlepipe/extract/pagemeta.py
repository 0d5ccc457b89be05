"""The metadata a page declares about itself, read in one pass over its markup.

Sources, most trusted first: the JSON-LD of the page's article object (schema.org
``Article`` and its kin), ``<meta>`` tags (OpenGraph, Dublin Core, Parse.ly, plain
names), microdata (``itemprop``) and ``rel=author`` links, then a short byline element
(class or id naming the author or byline). The date comes from htmldate, which knows
far more date markup than we would hand-write.

trafilatura's ``extract_metadata`` reads the same sources but copies and re-scans the
whole tree once per field (about 6 ms a page, a third of a bare ``trafilatura.extract``);
one pass over ``<meta>`` tags and the JSON-LD does the same job in a fraction of that.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from articlepipe.extract.metadata import ld_json_scripts, unique
from articlepipe.extract.months import MONTH_ALTERNATION, MONTH_FIRST_ALTERNATION
from articlepipe.extract.render import clean_line
from articlepipe.tokens import count_words, name_parts

# schema.org types whose object describes the article itself (not the site or a person).
_ARTICLE_TYPES = frozenset(
    t.casefold()
    for t in (
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Blog",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "LiveBlogPosting",
        "MedicalWebPage",
        "MedicalScholarlyArticle",
        "HealthTopicContent",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "Review",
        "Recipe",
        "HowTo",
        "WebPage",
        "ItemPage",
        "CreativeWork",
    )
)
# WebPage and its kin describe the page; a more specific article object wins over them.
_GENERIC_TYPES = frozenset(t.casefold() for t in ("WebPage", "ItemPage", "CreativeWork", "Blog"))
_SITE_TYPES = frozenset(t.casefold() for t in ("WebSite", "Organization", "NewsMediaOrganization"))

_META_TITLE = (
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
    "title",
    "headline",
)
_META_DESCRIPTION = (
    "description",
    "og:description",
    "twitter:description",
    "dc.description",
    "dcterms.description",
)
_META_SITE = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher")
_META_AUTHOR = (
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "byl",
    "authors",
)
_META_SECTION = ("article:section", "parsely-section", "category")
_META_TAGS = ("article:tag", "keywords", "news_keywords", "parsely-tags", "sailthru.tags")
_META_PUBLISHED = (
    "article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "pubdate",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
)
_META_LANGUAGE = ("og:locale", "content-language", "language", "dc.language")

# A byline element: named "author" or "byline" by its class or id (as part of a longer
# name too), or marked as the author by itemprop or rel; not these tags.
_BYLINE_CLASS_WORDS = ("author", "byline", "Author", "Byline")
_BYLINE_ID_WORDS = ("author", "byline")
_NOT_BYLINE_TAGS = frozenset(("meta", "link", "script", "style", "body", "html", "article", "img"))
# Longer "names" are bios, comment counts or whole article cards: more parts than this
# (whitespace-separated, in every script), ...
MAX_AUTHOR_WORDS = 8
# ... or a part longer than this many words: in Chinese, Japanese or Thai, written
# without spaces, a byline sentence is one "part" of as many words as characters.
MAX_NAME_PART_WORDS = 20
_BY_PREFIX = re.compile(
    r"^\s*(?:(?:authors?|autor(?:in)?|auteur|autore)\b[:\s]*)?(?:\w+\s+)?"
    r"(?:by|von|par|por|di|da|door|av|przez)\b[:\s]*|^\s*(?:authors?|autor(?:in)?|auteur|autore)\b[:\s]*",
    re.IGNORECASE,
)
_AUTHOR_NOISE = re.compile(r"https?://|www\.|@|\d|©")
# Between a name and what follows it in a byline: a date, a role, the site.
_BYLINE_BREAK = re.compile(r"\s+[-\u2013\u2014\u00b7\u2022]\s+|\s*[|\x00]\s*|\d")
_LINE_BREAK = "\x00"
# A date in a byline ("July 12, 2024", "4 August 2010", "5 de marzo"): cut before the
# name is read. Month first only in English: elsewhere a month word before a number is
# more often a surname ("Carlos Mayo 12 de marzo").
_BYLINE_DATE = re.compile(
    rf"(?:\b(?:{MONTH_FIRST_ALTERNATION})\.?\s+\d{{1,2}}|\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{MONTH_ALTERNATION})\.?)\b.*",
    re.IGNORECASE,
)
# Where a name ends and the byline goes on: a dash, "from the ... dept", "in Section".
_NAME_END = re.compile(
    r"\s+[-\u2013\u2014\u00b7\u2022]\s+|\s+(?:from|in|on|at|updated|published)\s+(?=\S)",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,\s*(?:and|&)\s+|\s+(?:and|&|und|et|y|e)\s+)\s*")
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z.]{0,5}|[A-Z]{2,6}(?:-[A-Z]+)?)$")
_NOT_NAME = frozenset(
    w.casefold()
    for w in (
        "admin",
        "administrator",
        "staff",
        "editor",
        "editors",
        "author",
        "authors",
        "team",
        "guest",
        "unknown",
        "anonymous",
        "about",
        "contributor",
        "contributors",
        "more",
        "posts",
        "view",
        "profile",
        "follow",
        "updated",
        "sign",
        "says",
    )
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page says about itself; empty strings and tuples where it says nothing."""

    title: str = ""
    description: str = ""
    site_name: str = ""
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    language: str = ""
    # The publication date as declared (unvalidated text, e.g. "2024-03-05T10:00:00Z").
    published: str = ""
    # What kind of page it says it is: its JSON-LD types (lower-cased) and ``og:type``.
    schema_types: frozenset[str] = frozenset()
    og_type: str = ""


def _meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased property, name or itemprop, in page order."""
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attribute)
            if key:
                found.setdefault(key.strip().casefold(), []).append(clean_line(content))
    return found


def _first(tags: dict[str, list[str]], keys: tuple[str, ...]) -> str:
    for key in keys:
        for value in tags.get(key, ()):
            if value:
                return value
    return ""


def _json_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document, ``@graph`` and nested lists flattened."""
    if isinstance(value, list):
        for item in value:
            yield from _json_objects(item)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _json_objects(graph)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    # "https://schema.org/NewsArticle" and "NewsArticle" are one type.
    return {k.rsplit("/", 1)[-1].casefold() for k in kinds if isinstance(k, str)}


def _json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in ld_json_scripts(tree):
        raw = (script.text or "").strip()
        if raw.startswith("<!--"):
            raw = raw.removeprefix("<!--").removesuffix("-->")
        try:
            objects.extend(_json_objects(json.loads(raw, strict=False)))
        except (ValueError, RecursionError):
            # A broken block says nothing; the meta tags still may.
            continue
    return objects


# JSON-LD values worth reading are a few levels deep; a hostile page can nest them
# until the interpreter's recursion limit.
_MAX_JSON_DEPTH = 8


def _text(value: Any, depth: int = 0) -> str:
    if depth > _MAX_JSON_DEPTH:
        return ""
    if isinstance(value, str):
        return clean_line(value)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "", depth + 1)
    if isinstance(value, list) and value:
        return _text(value[0], depth + 1)
    return ""


def _texts(value: Any, depth: int = 0) -> list[str]:
    if isinstance(value, list) and depth <= _MAX_JSON_DEPTH:
        return [t for item in value for t in _texts(item, depth + 1)]
    text = _text(value, depth)
    return [text] if text else []


def _article_object(objects: list[dict[str, Any]]) -> dict[str, Any]:
    articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    specific = [o for o in articles if not _types(o) <= _GENERIC_TYPES]
    return (specific or articles or [{}])[0]


def _json_authors(article: dict[str, Any], objects: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    people: list[str] = []
    organisations: list[str] = []
    raw = article.get("author") or article.get("creator") or []
    for given in raw if isinstance(raw, list) else [raw]:
        item = given
        if isinstance(given, dict) and "name" not in given and isinstance(given.get("@id"), str):
            item = by_id.get(given["@id"], given)
        is_org = isinstance(item, dict) and bool(_types(item) & _SITE_TYPES)
        (organisations if is_org else people).extend(_texts(item))
    # An organisation as author is the site's SEO default; a byline may name the person.
    return people, organisations


def _site_from_json(objects: list[dict[str, Any]], article: dict[str, Any]) -> str:
    publisher = _text(article.get("publisher"))
    if publisher:
        return publisher
    for obj in objects:
        if _types(obj) & _SITE_TYPES:
            name = _text(obj.get("name"))
            if name:
                return name
    return ""


def _tag_list(values: list[str]) -> list[str]:
    return [part for value in values for part in value.split(",")]


def _byline_text(element: HtmlElement) -> str:
    """The element's text with line breaks kept and ``<time>`` left out."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str) or child.tag in ("time", "script", "style"):
            pass
        elif child.tag == "br":
            parts.append(_LINE_BREAK)
        else:
            # Inline parts are joined with a space: "By" and the name are often apart.
            parts.extend((" ", _byline_text(child), " "))
            if child.tag in ("div", "p", "li"):
                parts.append(_LINE_BREAK)
        parts.append(child.tail or "")
    return "".join(parts)


def _name_sized(text: str) -> bool:
    """Whether ``text`` is as long as a name can be (see ``MAX_AUTHOR_WORDS``)."""
    parts = text.split()
    return 0 < name_parts(text) <= MAX_AUTHOR_WORDS and all(
        count_words(p) <= MAX_NAME_PART_WORDS for p in parts
    )


def clean_author(raw: str) -> list[str]:
    """Person names from one author string: "By Ann Lee and Bo Chan" -> both names.

    URLs (``article:author`` is often a profile link), e-mail addresses, role words and
    strings too long to be names give nothing.
    """
    text = _BY_PREFIX.sub("", " ".join(html.unescape(raw).split()))
    text = _NAME_END.split(text, maxsplit=1)[0].strip(" .,:;-|")
    if not text or _AUTHOR_NOISE.search(text):
        return []
    names: list[str] = []
    for part in _AUTHOR_SPLIT.split(text):
        name = part.strip(" .,:;-")
        if not _name_sized(name) or not any(c.isalpha() for c in name):
            continue
        names.append(name)
    return names


def _credentials_joined(names: list[str]) -> list[str]:
    """ "Dylan Bailey", "MS", "RD" (a comma-split name with its degrees) -> one name."""
    out: list[str] = []
    for name in names:
        if out and _CREDENTIAL.match(name) and " " not in name:
            out[-1] = f"{out[-1]}, {name}"
        else:
            out.append(name)
    return out


def _byline_elements(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The page's byline elements, in document order, as they are needed: the first that
    names someone ends the search, most often near the top of the page, where one XPath
    expression tested every element of the page first (twice the time of this loop)."""
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in _NOT_BYLINE_TAGS:
            continue
        classes = element.get("class")
        identifier = element.get("id")
        if (
            element.get("itemprop") == "author"
            or element.get("rel") == "author"
            or (classes is not None and any(word in classes for word in _BYLINE_CLASS_WORDS))
            or (identifier is not None and any(word in identifier for word in _BYLINE_ID_WORDS))
        ):
            yield element


def _byline(tree: HtmlElement) -> list[str]:
    for element in _byline_elements(tree):
        text = " ".join(_byline_text(element).split()).strip(_LINE_BREAK + " ")
        text = _BYLINE_DATE.sub("", _BY_PREFIX.sub("", text))
        first = _BYLINE_BREAK.split(text, maxsplit=1)[0]
        if not first or not _name_sized(first):
            continue
        names = [n for n in clean_author(first) if not all(t.casefold() in _NOT_NAME for t in n.split())]
        if names:
            return names
    return []


def _authors(
    tags: dict[str, list[str]], article: dict[str, Any], objects: list[dict[str, Any]], tree: HtmlElement
) -> tuple[str, ...]:
    people, organisations = _json_authors(article, objects)
    candidates = [people, [value for key in _META_AUTHOR for value in tags.get(key, ())]]
    for names in candidates:
        cleaned = [n for raw in names for n in clean_author(raw)]
        if cleaned:
            return unique(_credentials_joined(cleaned))
    return unique(_byline(tree) or [n for raw in organisations for n in clean_author(raw)])


def read_metadata(tree: HtmlElement) -> PageMeta:
    """The title, description, site name, authors, section, tags and language a page declares."""
    tags = _meta_tags(tree)
    objects = _json_ld(tree)
    article = _article_object(objects)
    head_title = tree.find(".//title")
    title = (
        _first(tags, _META_TITLE[:1])
        or _text(article.get("headline"))
        or clean_line(head_title.text_content() if head_title is not None else "")
        or _first(tags, _META_TITLE[1:])
    )
    return PageMeta(
        title=title,
        description=_first(tags, _META_DESCRIPTION) or _text(article.get("description")),
        site_name=_first(tags, _META_SITE) or _site_from_json(objects, article),
        authors=_authors(tags, article, objects, tree),
        categories=unique(
            [
                *tags.get("article:section", []),
                *_texts(article.get("articleSection")),
                *(v for k in _META_SECTION[1:] for v in tags.get(k, [])),
            ]
        ),
        tags=unique(
            _tag_list([*(v for k in _META_TAGS for v in tags.get(k, [])), *_texts(article.get("keywords"))])
        ),
        language=_first(tags, _META_LANGUAGE) or _text(article.get("inLanguage")),
        published=_text(article.get("datePublished")) or _first(tags, _META_PUBLISHED),
        schema_types=frozenset(kind for obj in objects for kind in _types(obj)),
        og_type=_first(tags, ("og:type",)).casefold(),
    )
