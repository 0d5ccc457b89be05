"""Metadata checks: de-duplicated lists, validated dates, the canonical URL.

Dates must be real calendar dates and never lie after the moment the page was fetched.
``split_authors`` reads trafilatura's "A; B" author string (the baseline in ``eval``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Where a page declares its last change: (tag, attribute, value) -> the attribute read.
_MODIFIED_MARKS = {
    ("meta", "property", "article:modified_time"): "content",
    ("meta", "property", "og:updated_time"): "content",
    ("meta", "itemprop", "dateModified"): "content",
    ("meta", "name", "last-modified"): "content",
    ("meta", "name", "dcterms.modified"): "content",
    ("time", "itemprop", "dateModified"): "datetime",
}
_MARKED_ATTRIBUTES = tuple(sorted({name for _, name, _ in _MODIFIED_MARKS}))
# The rel value's case is folded for these letters only, as XPath's translate() did; its
# words are parted by XML white space only.
_CANONICAL_CASE = str.maketrans("CANONICAL", "canonical")
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_JSONLD_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]{8,40})"')


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """Non-empty stripped items, first occurrence kept, order preserved (case-insensitive)."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in items:
        item = raw.strip()
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return tuple(out)


def split_authors(author: str | None) -> tuple[str, ...]:
    """trafilatura's "A; B" author string as a list of names."""
    if not author:
        return ()
    return unique(author.split(";"))


def fetched_date(fetched_at: str) -> date | None:
    """The calendar date of an ISO 8601 timestamp, or None if it is not one."""
    try:
        return datetime.fromisoformat(fetched_at).date()
    except ValueError:
        return None


def valid_date(value: str | None, fetched_at: str) -> str | None:
    """``value`` as ``YYYY-MM-DD`` if it is a real date not after ``fetched_at``, else None."""
    if not value:
        return None
    match = _ISO_DATE.search(value)
    if match is None:
        return None
    try:
        found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    limit = fetched_date(fetched_at)
    if limit is not None and found > limit:
        return None
    return found.isoformat()


def modified_date(tree: HtmlElement, fetched_at: str) -> str | None:
    """The last-modified date the page declares in meta tags, microdata or JSON-LD."""
    candidates = _modified_marks(tree)
    for script in ld_json_scripts(tree):
        candidates.extend(_JSONLD_MODIFIED.findall(script.text or ""))
    for candidate in candidates:
        checked = valid_date(candidate, fetched_at)
        if checked is not None:
            return checked
    return None


def canonical_url(tree: HtmlElement, url: str) -> str:
    """The page's declared canonical URL (``rel=canonical``, then ``og:url``), else ``url``.

    Relative links are resolved against ``url`` when it is a web URL; anything that does
    not end up as an absolute http(s) URL with a host is ignored.
    """
    web = url.startswith(("http://", "https://"))
    for value in _canonical_candidates(tree):
        try:
            candidate = urljoin(url, str(value).strip()) if web else str(value).strip()
            parts = urlsplit(candidate)
        except ValueError:  # "http://[x" and the like: no URL at all
            continue
        if parts.scheme in ("http", "https") and parts.hostname:
            return candidate
    return url


def _modified_marks(tree: HtmlElement) -> list[str]:
    """The dates the page's meta and time elements mark as its last change, in page
    order. The elements are walked once, in C: an XPath union of predicates tested on
    every element took twice as long."""
    found: list[str] = []
    for element in tree.iter("meta", "time"):
        for name in _MARKED_ATTRIBUTES:
            read = _MODIFIED_MARKS.get((str(element.tag), name, element.get(name) or ""))
            value = element.get(read) if read else None
            if value is not None:
                found.append(value)
                break
    return found


def ld_json_scripts(tree: HtmlElement) -> list[HtmlElement]:
    """The page's JSON-LD script elements, in page order."""
    return [e for e in tree.iter("script") if e.get("type") == "application/ld+json"]


def _canonical_candidates(tree: HtmlElement) -> list[str]:
    """``rel=canonical`` links' targets and ``og:url`` values, in page order."""
    found: list[str] = []
    for element in tree.iter("link", "meta"):
        if element.tag == "link":
            rel = element.get("rel")
            href = element.get("href")
            if rel is not None and href is not None:
                words = _XML_SPACE.split(rel.translate(_CANONICAL_CASE).strip(" \t\r\n"))
                if "canonical" in words:
                    found.append(href)
        elif element.get("property") == "og:url":
            content = element.get("content")
            if content is not None:
                found.append(content)
    return found
