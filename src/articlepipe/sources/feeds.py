"""RSS and Atom feeds: the article links of a feed already fetched, read by feedparser.

feedparser is given the bytes, never a URL, so it fetches nothing itself and every
request goes through articlepipe's polite client. It reads RSS 0.9x/1.0/2.0 and Atom,
and tolerates the malformed feeds found in the wild (its "bozo" flag); a document with no
entries and a fatal error is a failure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import feedparser

from articlepipe.errors import SourceError
from articlepipe.models import Failure
from articlepipe.sources.urls import Listed, normalise_url

MAX_FEED_BYTES = 16 * 1024 * 1024
# Entity declarations are how "billion laughs" and external-entity attacks are written;
# a feed has no use for them. (A DOCTYPE alone is allowed: RSS 0.91 feeds name their DTD,
# which feedparser never fetches.)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Feed:
    """The entries of one feed and the items that had no usable link (as failures)."""

    title: str
    entries: list[Listed]
    failures: list[Failure]


def _date(entry: Any) -> date | None:
    # The updated date first: --since asks what changed, as a sitemap's lastmod says.
    for key in ("updated_parsed", "published_parsed"):
        # dict.get, not entry.get: feedparser maps a missing updated_parsed to
        # published_parsed, with a DeprecationWarning.
        value = dict.get(entry, key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def parse_feed(data: bytes, url: str, max_bytes: int = MAX_FEED_BYTES) -> Feed:
    """The entries of the RSS or Atom feed fetched from ``url``; raises ``SourceError``
    when the document is too large or no feed at all."""
    if len(data) > max_bytes:
        raise SourceError(url, "too-large", f"the feed is more than {max_bytes:,} bytes; refused")
    if _ENTITY.search(data):
        raise SourceError(url, "hostile-xml", "the feed declares XML entities; refused")
    parsed = feedparser.parse(data, response_headers={"content-location": url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        why = parsed.get("bozo_exception") or "it has no RSS or Atom elements"
        raise SourceError(url, "not-a-feed", f"the document is not an RSS or Atom feed ({why})")
    entries: list[Listed] = []
    failures: list[Failure] = []
    for item in parsed.entries:
        link = str(item.get("link") or "").strip()
        try:
            entries.append(Listed(url=normalise_url(link), date=_date(item)))
        except SourceError as exc:
            failures.append(
                Failure(
                    url=link, stage="source", reason=exc.reason, message=f"in the feed {url}: {exc.message}"
                )
            )
    return Feed(title=str(parsed.feed.get("title", "")), entries=entries, failures=failures)
