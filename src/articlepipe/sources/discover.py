"""Where a site lists its articles: feeds a homepage links to, sitemaps robots.txt names.

A homepage given as a source is not an article: its ``<link rel="alternate">`` feeds,
the sitemaps its robots.txt names (read by protego) and the conventional
``/sitemap.xml`` are fetched instead, in that order, each once.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml.etree import ParserError
from protego import Protego

from articlepipe.errors import SourceError
from articlepipe.sources.urls import normalise_url

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rss"}
)


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


def sitemaps_in_robots(robots_txt: str, url: str) -> list[str]:
    """The sitemaps named by ``Sitemap:`` lines of the robots.txt of ``url``'s site."""
    found: list[str] = []
    for sitemap in Protego.parse(robots_txt).sitemaps:
        try:
            normal = normalise_url(urljoin(url, sitemap))
        except SourceError:
            continue
        if normal not in found:
            found.append(normal)
    return found


def site_root(url: str) -> str:
    """``scheme://host[:port]/`` of a URL: where robots.txt and /sitemap.xml live."""
    parts = urlsplit(normalise_url(url))
    return f"{parts.scheme}://{parts.netloc}/"


def sources_of_homepage(html: str, url: str, robots_txt: str = "") -> list[str]:
    """What to fetch instead of a homepage: its feeds, the sitemaps robots.txt names, and
    ``/sitemap.xml``, each once, in that order."""
    found = feeds_in_page(html, url)
    for sitemap in [*sitemaps_in_robots(robots_txt, url), urljoin(site_root(url), "sitemap.xml")]:
        if sitemap not in found:
            found.append(sitemap)
    return found
