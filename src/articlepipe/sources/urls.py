"""URL inputs: normalising and de-duplicating URLs, and URL-list files.

A URL list has one URL per line; blank lines and lines starting with ``#`` are skipped,
and a ``#`` after the URL and white space starts a comment. Other text after the URL
makes the line a bad one: a URL holds no spaces (``story 1.html`` is written
``story%201.html``), and fetching the part before the space would fetch another page. Every
URL is normalised before it is de-duplicated, so ``https://Example.org/a#top`` and
``https://example.org/a?utm_source=x`` are fetched once. A line that is not an http or
https URL becomes a ``Failure`` (stage ``source``) naming the file and line; the other
lines go on.

Normalisation is hand-written on ``urllib.parse``: the maintained URL libraries
(``yarl``, ``furl``, ``w3lib``) either re-encode the query, which would change the page
a server returns, or add a dependency for the two rules needed here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from articlepipe.errors import InputError, SourceError
from articlepipe.models import Failure

# Query parameters that only tell a site where a click came from; the page is the same
# without them (Google Analytics, Matomo/Piwik, HubSpot, and the ad networks' click ids).
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "_ga",
        "_gl",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# A comment after the URL: white space, then "#".
_COMMENT = re.compile(r"\s#")


def normalise_url(url: str) -> str:
    """The URL with the scheme and host lower-cased, the default port, the fragment and
    tracking parameters dropped, and an empty path written ``/``; raises ``SourceError``
    for anything that is not an absolute http or https URL."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:  # a port that is not a number, a bad IPv6 literal
        raise SourceError(text, "bad-url", f"not a valid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        why = f"the scheme {scheme!r} is not http or https" if scheme else "it has no http:// or https://"
        raise SourceError(text, "bad-url", f"not a URL articlepipe can fetch: {why}")
    host = parts.hostname
    if not host:
        raise SourceError(text, "bad-url", "not a URL articlepipe can fetch: it names no host")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    if parts.username is not None:
        # Credentials stay (an intranet may need them); only the host is lower-cased.
        netloc = f"{parts.netloc.rsplit('@', 1)[0]}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", _without_tracking(parts.query), ""))


def _without_tracking(query: str) -> str:
    # Filtered as raw "key=value" pieces, so the kept ones keep their exact encoding.
    kept = []
    for piece in query.split("&"):
        key = piece.split("=", 1)[0].lower()
        if piece and key not in TRACKING_PARAMETERS and not key.startswith(TRACKING_PREFIXES):
            kept.append(piece)
    return "&".join(kept)


def unique_urls(urls: Iterable[str]) -> Iterator[str]:
    """Normalised URLs, each once, in first-seen order; invalid ones raise ``SourceError``."""
    seen: set[str] = set()
    for url in urls:
        normal = normalise_url(url)
        if normal not in seen:
            seen.add(normal)
            yield normal


def parse_url_list(lines: Iterable[str], name: str) -> Iterator[str | Failure]:
    """The URLs of a URL list, normalised and each once, in order; a line that is not a
    URL becomes a ``Failure`` that names ``name`` and the line number."""
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        entry = _COMMENT.split(line, maxsplit=1)[0].strip()  # the line as given, less its comment
        try:
            url = normalise_url(fields[0])
            if len(fields) > 1 and not fields[1].startswith("#"):
                raise SourceError(
                    entry,
                    "bad-url",
                    f"not a URL: text after {fields[0]!r} (a URL holds no spaces or tabs: write a "
                    "space %20; a comment after the URL starts with #)",
                )
        except SourceError as exc:
            yield Failure(
                url=entry,
                stage="source",
                reason=exc.reason,
                message=f"{name}, line {number}: {exc.message}",
            )
            continue
        if url not in seen:
            seen.add(url)
            yield url


def read_url_list(path: str) -> Iterator[str | Failure]:
    """The entries of the URL-list file at ``path`` (``-`` reads standard input, lazily).
    A file is read at once, so one that cannot be read raises ``InputError`` here,
    before a run starts."""
    if path == "-":
        return parse_url_list(sys.stdin, "standard input")
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(
            f"{path}: no such URL list; give a file with one URL per line, or - for standard input"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read this URL list ({exc}); it must be a UTF-8 text file") from exc
    return parse_url_list(text.splitlines(), path)


@dataclass(frozen=True, slots=True)
class Listed:
    """A URL a sitemap or a feed lists, normalised, with the date it gives (``lastmod``,
    or an entry's published or updated date)."""

    url: str
    date: date | None = None


def since(entries: Iterable[Listed], day: date | None) -> Iterator[Listed]:
    """The entries dated on or after ``day`` (all of them when ``day`` is ``None``). An
    entry without a date is kept: nothing says it is old."""
    for entry in entries:
        if day is None or entry.date is None or entry.date >= day:
            yield entry
