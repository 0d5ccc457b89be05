"""``--save-raw``: every fetched page kept as WARC records, so a later run can extract
it again (with a better extractor, say) without the network: ``articlepipe run
FILE.warc.gz`` gives the same articles.

Each page becomes a ``response`` record (the HTTP status line, headers and body) and a
``request`` record naming it (``WARC-Concurrent-To``), after one ``warcinfo`` record.
A ``.warc.gz`` file is gzipped record by record, as Common Crawl's are, so readers can
seek to any record. The body stored is the one extracted, with its transfer and content
encodings already undone, so those headers are kept under ``X-Crawler-`` names (Common
Crawl's convention) and ``Content-Length`` gives the stored length. Like every export,
the file is written under a temporary name and appears only when complete.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from types import TracebackType
from typing import BinaryIO
from urllib.parse import urlsplit

from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType

from articlepipe._version import __version__
from articlepipe.errors import OutputError
from articlepipe.export.atomic import commit, temp_path_for
from articlepipe.models import Page

# Headers describing an encoding the stored body no longer has.
_UNDONE = ("content-encoding", "transfer-encoding", "content-length")


def _record_id() -> bytes:
    return f"uuid:{uuid.uuid4()}".encode()


def _warc_date(iso: str) -> str:
    when = datetime.fromisoformat(iso) if iso else datetime.now(UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def http_response(page: Page) -> bytes:
    """The HTTP response block of ``page``: status line, headers, body."""
    status = page.status or 200
    lines = [f"HTTP/1.1 {status} {_phrase(status)}"]
    for name, value in page.headers.items():
        lines.append(f"X-Crawler-{name}: {value}" if name.lower() in _UNDONE else f"{name}: {value}")
    lines.append(f"Content-Length: {len(page.body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape") + page.body


def http_request(url: str, user_agent: str) -> bytes:
    """The request block for a GET of ``url`` as articlepipe sends it."""
    parts = urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += f"?{parts.query}"
    return (
        f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\nUser-Agent: {user_agent}\r\n"
        "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n\r\n"
    ).encode()


class RawArchive:
    """A WARC file being written; a context manager, like the exporters."""

    def __init__(self, path: str | Path, user_agent: str) -> None:
        self.path = Path(path)
        self.user_agent = user_agent
        self.records = 0
        self._temp: Path | None = None
        self._gzip: GzipWriter | None = None
        self._plain: BinaryIO | None = None

    def __enter__(self) -> RawArchive:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._temp = temp_path_for(self.path)
            if self.path.name.lower().endswith(".gz"):
                self._gzip = GzipWriter(str(self._temp))
            else:
                self._plain = self._temp.open("wb")
        except OSError as exc:
            raise OutputError(f"cannot write the raw archive {self.path}: {exc.strerror or exc}") from exc
        info = WarcRecord()
        info.init_headers(WarcRecordType.warcinfo, _record_id())
        info.headers["WARC-Date"] = _warc_date("")
        info.headers["WARC-Filename"] = self.path.name
        info.headers["Content-Type"] = "application/warc-fields"
        info.set_bytes_content(f"software: articlepipe {__version__}\r\nformat: WARC/1.1\r\n".encode())
        self._write(info)
        return self

    def _write(self, record: WarcRecord) -> None:
        if self._gzip is not None:
            record.write(self._gzip)
            self._gzip.finish()  # one gzip member per record
        elif self._plain is not None:
            record.write(self._plain)

    def write(self, page: Page) -> None:
        """Add ``page`` as a response record and its request record."""
        url = page.final_url or page.url
        date = _warc_date(page.fetched_at)
        response = WarcRecord()
        response_id = _record_id()
        response.init_headers(WarcRecordType.response, response_id)
        response.headers["WARC-Target-URI"] = url
        response.headers["WARC-Date"] = date
        response.headers["Content-Type"] = "application/http; msgtype=response"
        response.set_bytes_content(http_response(page))
        request = WarcRecord()
        request.init_headers(WarcRecordType.request, _record_id())
        request.headers["WARC-Target-URI"] = url
        request.headers["WARC-Date"] = date
        request.headers["WARC-Concurrent-To"] = f"<urn:{response_id.decode()}>"
        request.headers["Content-Type"] = "application/http; msgtype=request"
        request.set_bytes_content(http_request(url, self.user_agent))
        self._write(response)
        self._write(request)
        self.records += 1

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._gzip is not None:
            self._gzip.close()
        elif self._plain is not None:
            self._plain.close()
        if self._temp is None:
            return
        try:
            if kind is None:
                commit(self._temp, self.path)
        finally:
            self._temp.unlink(missing_ok=True)
