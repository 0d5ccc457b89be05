"""Where a site lists its articles: feeds a homepage links to, sitemaps robots.txt names;
and what a fetched source URL turned out to be.

A homepage given as a source is not an article: its ``<link rel="alternate">`` feeds,
the sitemaps its robots.txt names (read by protego, in fetch/politeness.py) and the conventional
``/sitemap.xml`` are fetched instead, in that order, each once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml.etree import ParserError

from articlepipe.errors import SourceError
from articlepipe.sources.urls import normalise_url

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rss"}
)
DocumentKind = Literal["sitemap", "feed", "html", "other"]
# The first element of a document: "<?xml", "<!--" and "<!DOCTYPE" start with no letter.
_FIRST_TAG = re.compile(rb"<([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)")
_ROOT_KINDS: dict[bytes, DocumentKind] = {
    b"urlset": "sitemap",
    b"sitemapindex": "sitemap",
    b"rss": "feed",
    b"feed": "feed",
    b"rdf": "feed",  # RSS 1.0
    b"html": "html",
    b"head": "html",
    b"body": "html",
}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def document_kind(body: bytes, media_type: str) -> DocumentKind:
    """What a fetched source URL turned out to be, from its first element (servers label
    sitemaps and feeds text/xml, application/xml, text/plain, even text/html) and, for
    pages without a telling first element, its media type. A gzip body is a sitemap
    (``.xml.gz``)."""
    if body.startswith(b"\x1f\x8b"):
        return "sitemap"
    match = _FIRST_TAG.search(body[:4096])
    kind = _ROOT_KINDS.get(match[2].lower()) if match else None
    if kind is not None:
        return kind
    return "html" if media_type in _HTML_TYPES or not media_type else "other"


def is_homepage(url: str) -> bool:
    """Whether ``url`` is a site's front page (no path, no query): a place to discover
    feeds and sitemaps, not an article."""
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def feeds_in_page(html: str, url: str) -> list[str]:
    """The feeds a page links to with ``<link rel="alternate" type="…rss/atom…">``,
    resolved against the page (and its ``<base>``), normalised, each once."""
    try:
        tree = lxml.html.document_fromstring(html) if html.strip() else None
    except (ParserError, ValueError):
        return []
    if tree is None:
        return []
    bases = [element.get("href") for element in tree.iter("base") if element.get("href")]
    base = bases[0] if bases else url
    found: list[str] = []
    for link in tree.iter("link"):
        if not link.get("href"):
            continue
        rel = {word.lower() for word in (link.get("rel") or "").split()}
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        if "alternate" not in rel or kind not in FEED_TYPES:
            continue
        try:
            feed = normalise_url(urljoin(urljoin(url, base), link.get("href", "").strip()))
        except SourceError:
            continue
        if feed not in found:
            found.append(feed)
    return found


def resolve_all(links: Iterable[str], url: str) -> list[str]:
    """``links`` resolved against ``url`` and normalised, each once, in order; links that
    are no http(s) URL are left out."""
    found: list[str] = []
    for link in links:
        try:
            normal = normalise_url(urljoin(url, link.strip()))
        except SourceError:
            continue
        if normal not in found:
            found.append(normal)
    return found


def site_root(url: str) -> str:
    """``scheme://host[:port]/`` of a URL: where robots.txt and /sitemap.xml live."""
    parts = urlsplit(normalise_url(url))
    return f"{parts.scheme}://{parts.netloc}/"


def sources_of_homepage(html: str, url: str, robots_sitemaps: Iterable[str] = ()) -> tuple[list[str], str]:
    """What to fetch instead of a homepage: its feeds and the sitemaps its robots.txt
    names (``robots_sitemaps``, as written there), each once, in that order; and the
    conventional ``/sitemap.xml``, which is only a guess when neither named it."""
    named = feeds_in_page(html, url)
    root = site_root(url)
    named += [s for s in resolve_all(robots_sitemaps, root) if s not in named]
    return named, normalise_url(urljoin(root, "sitemap.xml"))
