"""Sitemaps: the page URLs of a ``<urlset>``, the child sitemaps of a ``<sitemapindex>``.

Parsing works on bytes already fetched, so it is the same for a sitemap on disk, one
fetched over HTTP and one inside a WARC file. Gzipped sitemaps (``.xml.gz``, or any body
starting with the gzip magic number) are inflated up to a size cap, so a gzip bomb is a
failure, not an exhausted machine. A document type declaration is refused outright:
sitemaps have no use for one, and it is how entity-expansion ("billion laughs") and
external-entity (``file:///etc/passwd``) attacks are written; the parser is also told
never to resolve entities or touch the network.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from lxml import etree

from articlepipe.errors import SourceError
from articlepipe.models import Failure
from articlepipe.sources.urls import Listed, normalise_url

# Sitemaps may be 50 MB uncompressed (sitemaps.org); a little more is tolerated.
MAX_SITEMAP_BYTES = 64 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_LOCS = etree.XPath("/*[local-name()='urlset']/*[local-name()='url']")
_CHILD_SITEMAPS = etree.XPath("/*[local-name()='sitemapindex']/*[local-name()='sitemap']")
_LOC = etree.XPath("string(*[local-name()='loc'])")
_LASTMOD = etree.XPath("string(*[local-name()='lastmod'])")
_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Sitemap:
    """What one sitemap document lists: pages, child sitemaps, and entries that were no
    usable URL (as failures)."""

    pages: list[Listed] = field(default_factory=list)
    sitemaps: list[Listed] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )


def _inflate(data: bytes, url: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(url, "bad-gzip", f"the sitemap is not valid gzip ({exc})") from exc
    if len(out) > limit:
        raise SourceError(url, "too-large", f"the sitemap inflates to more than {limit:,} bytes; refused")
    return out


def _lastmod(text: str) -> date | None:
    # W3C datetime: the date is all that --since needs, and the time zone cannot move a
    # date by more than a day either way.
    match = _DATE.match(text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def parse_sitemap(data: bytes, url: str, max_bytes: int = MAX_SITEMAP_BYTES) -> Sitemap:
    """The entries of one sitemap document fetched from ``url``; raises ``SourceError``
    when the document is no sitemap, too large, or declares a document type."""
    if data.startswith(_GZIP_MAGIC):
        data = _inflate(data, url, max_bytes)
    if len(data) > max_bytes:
        raise SourceError(url, "too-large", f"the sitemap is more than {max_bytes:,} bytes; refused")
    if _DOCTYPE.search(data):
        raise SourceError(url, "hostile-xml", "the sitemap declares a document type or entities; refused")
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise SourceError(url, "not-a-sitemap", f"the sitemap is not well-formed XML ({exc})") from exc
    if root is None or etree.QName(root).localname not in ("urlset", "sitemapindex"):
        raise SourceError(
            url, "not-a-sitemap", "the document is XML but neither a <urlset> nor a <sitemapindex>"
        )
    found = Sitemap()
    for element in cast("list[etree._Element]", _LOCS(root)):
        _add(found.pages, found.failures, element, url)
    for element in cast("list[etree._Element]", _CHILD_SITEMAPS(root)):
        _add(found.sitemaps, found.failures, element, url)
    return found


def _add(entries: list[Listed], failures: list[Failure], element: etree._Element, source: str) -> None:
    loc = str(_LOC(element)).strip()
    try:
        entries.append(Listed(url=normalise_url(loc), date=_lastmod(str(_LASTMOD(element)))))
    except SourceError as exc:
        failures.append(
            Failure(
                url=loc, stage="source", reason=exc.reason, message=f"in the sitemap {source}: {exc.message}"
            )
        )
