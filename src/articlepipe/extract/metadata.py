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
_MODIFIED_XPATH = (
    "//meta[@property='article:modified_time' or @property='og:updated_time' "
    "or @itemprop='dateModified' or @name='last-modified' or @name='dcterms.modified']/@content"
    " | //time[@itemprop='dateModified']/@datetime"
)
_CANONICAL_XPATH = (
    "//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONICAL', 'canonical')), ' '),"
    " ' canonical ')]/@href | //meta[@property='og:url']/@content"
)
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
    candidates: list[str] = [str(v) for v in tree.xpath(_MODIFIED_XPATH)]
    for script in tree.xpath("//script[@type='application/ld+json']"):
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
    for value in tree.xpath(_CANONICAL_XPATH):
        try:
            candidate = urljoin(url, str(value).strip()) if web else str(value).strip()
            parts = urlsplit(candidate)
        except ValueError:  # "http://[x" and the like: no URL at all
            continue
        if parts.scheme in ("http", "https") and parts.hostname:
            return candidate
    return url
