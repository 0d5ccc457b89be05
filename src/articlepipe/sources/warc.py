"""WARC files -> Pages: the HTML responses of a crawl archive (Common Crawl's, wget's,
articlepipe's own ``--save-raw``), read with FastWARC.

FastWARC rather than warcio: it parses in C++ (several times warcio's speed on Common
Crawl files) and also writes, so one library serves ``--save-raw`` too. Each response
record whose HTTP status is 2xx and whose content type is HTML (or missing) becomes a
Page carrying the record's target URI, date, HTTP status and headers as provenance;
request, metadata and revisit records, redirects, errors and non-HTML payloads are
skipped and counted. Payload encodings (gzip, chunked) are decoded.

A damaged archive does not end the run: a record cut short becomes a Failure, and after
a gzip or parse error the reader looks for the next readable record (the next gzip
member, or the next ``WARC/1.x`` line of an uncompressed file) and goes on from there,
with one Failure naming the byte range it had to skip.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from articlepipe.models import Failure, Page

log = logging.getLogger(__name__)

WARC_SUFFIXES: tuple[str, ...] = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE = b"WARC/1."
# How far ahead to look for the next readable record after damage.
_SCAN_CHUNK = 1 << 20


def is_warc(path: Path) -> bool:
    """Whether ``path`` names a WARC file (by its suffix)."""
    return path.name.lower().endswith(WARC_SUFFIXES)


@dataclass(slots=True)
class WarcCounts:
    """What one archive held: pages handed on (``cut``: of which the crawler stored only
    the start, ``WARC-Truncated``), and records skipped by reason."""

    pages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    damaged: int = 0
    cut: int = 0


def iter_warc(path: Path, max_bytes: int, counts: WarcCounts | None = None) -> Iterator[Page | Failure]:
    """The HTML responses of the WARC file at ``path`` as Pages, in file order; a record
    cut short, too large or unreadable as a Failure in its place."""
    counts = counts if counts is not None else WarcCounts()
    url = Path(path).absolute().as_uri()
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Failure(url=url, stage="read", reason="unreadable", message=f"cannot open the WARC file: {exc}")
        return
    with stream:
        reader = _Reader(stream, url, path.name.lower().endswith(".gz"), max_bytes, counts)
        start: int | None = 0
        while start is not None:
            start = yield from reader.read_from(start)
    log.info(
        "read WARC %s: %d HTML pages (%d cut short by the crawler), %d records skipped (%s), %d damaged",
        path,
        counts.pages,
        counts.cut,
        sum(counts.skipped.values()),
        ", ".join(f"{reason} {n}" for reason, n in counts.skipped.most_common()) or "none",
        counts.damaged,
    )


def _records(stream: BinaryIO, start: int) -> Iterator[WarcRecord]:
    stream.seek(start)
    return iter(
        ArchiveIterator(
            stream,
            record_types=WarcRecordType.response,
            parse_http=True,
            auto_decode="all",
            fsspec_args=False,
        )
    )


@dataclass(slots=True)
class _Reader:
    stream: BinaryIO
    url: str
    gzipped: bool
    max_bytes: int
    counts: WarcCounts

    def read_from(self, start: int) -> Generator[Page | Failure, None, int | None]:
        """Yield what the records from byte ``start`` on give; after damage, one Failure
        for the damaged stretch, and return where reading goes on (``None``: the end)."""
        stream, url, counts = self.stream, self.url, self.counts
        done = start  # where the last record read in full began
        current: int | None = None  # where the record being read began
        try:
            for record in _records(stream, start):
                current = start + record.stream_pos
                item = _page(record, url, current, self.max_bytes, counts)
                done, current = current, None
                if item is not None:
                    yield item
        except (OSError, ValueError, KeyError) as exc:
            lost = current if current is not None else done
            where = "in" if current is not None else "after"
            resume = _resume_point(stream, lost + 1, self.gzipped)
            end = "to the end of the file" if resume is None else f"up to byte {resume:,}"
            counts.damaged += 1
            yield Failure(
                url=f"{url}#offset={lost}",
                stage="read",
                reason="corrupt-warc",
                message=f"the WARC is damaged {where} the record at byte {lost:,} ({exc}); "
                f"what it holds {end} was skipped",
            )
            return resume
        return None


def _resume_point(stream: BinaryIO, after: int, gzipped: bool) -> int | None:
    """The first offset at or after ``after`` from which a record can be read in full."""
    candidate = _next_start(stream, after, gzipped)
    while candidate is not None:
        try:
            record = next(_records(stream, candidate), None)
            if record is not None and record.reader is not None:
                record.reader.read()  # raises if the record's data is damaged
            return candidate
        except (OSError, ValueError, KeyError):
            candidate = _next_start(stream, candidate + 1, gzipped)
    return None


def _page(
    record: WarcRecord, url: str, offset: int, max_bytes: int, counts: WarcCounts
) -> Page | Failure | None:
    where = f"{url}#offset={offset}"
    target = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>")
    http = record.http_headers
    if not target or http is None:
        counts.damaged += 1
        return Failure(
            url=where,
            stage="read",
            reason="corrupt-warc",
            message="a response record without a target URI or HTTP headers",
        )
    status = http.status_code or 0
    if not 200 <= status < 300:
        counts.skipped[f"http-{status}"] += 1
        return None
    mime = (record.http_content_type or "").lower()
    if mime and mime not in HTML_TYPES:
        counts.skipped["not-html"] += 1
        return None
    expected = record.content_length
    if expected > max_bytes:
        return Failure(
            url=target,
            stage="read",
            reason="too-large",
            message=f"the WARC record's payload is {expected:,} bytes, over max_page_bytes ({max_bytes:,})",
        )
    body = record.reader.read() if record.reader is not None else b""
    # With a payload encoding decoded, lengths differ legitimately; only a raw payload
    # shorter than the record says is a record cut short.
    encoded = http.get("Content-Encoding") or http.get("Transfer-Encoding")
    if len(body) < expected and not encoded:
        counts.damaged += 1
        return Failure(
            url=target,
            stage="read",
            reason="truncated",
            message=f"the WARC record at {where} ends after {len(body):,} of {expected:,} bytes; "
            "the file was cut short",
        )
    counts.pages += 1
    if record.headers.get("WARC-Truncated"):
        # The crawler kept only the start of a long page (Common Crawl stops at 1 MiB, or
        # at its time limit): still the page's start, and usually its whole article.
        counts.cut += 1
    date = record.record_date
    return Page(
        url=target,
        final_url=target,
        body=body,
        status=status,
        headers={name.lower(): value for name, value in http.items()},
        encoding=record.http_charset or None,
        fetched_at=date.astimezone(UTC).isoformat(timespec="seconds") if date is not None else "",
        source=url,
        kind="html",
    )


def _next_start(stream: BinaryIO, after: int, gzipped: bool) -> int | None:
    """The offset of the first possible record start at or after ``after``: a gzip
    member's magic bytes, or a ``WARC/1.`` version line. (Hand-written: neither FastWARC
    nor warcio resynchronises after damage.)"""
    marker = _GZIP_MAGIC if gzipped else _WARC_LINE
    position = after
    while True:
        stream.seek(position)
        chunk = stream.read(_SCAN_CHUNK + len(marker))
        if len(chunk) < len(marker):
            return None
        found = chunk.find(marker)
        while found != -1 and not gzipped and found > 0 and chunk[found - 1 : found] != b"\n":
            found = chunk.find(marker, found + 1)  # a version line starts a line
        if found != -1:
            return position + found
        position += _SCAN_CHUNK
