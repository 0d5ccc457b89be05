"""A small test site served over HTTP on 127.0.0.1 for the fetch tests: robots.txt,
articles, a PDF, errors, retries, slow and oversized bodies, redirects. It logs every
request with its start time, so tests can check politeness."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE = b"<html><head><title>A story</title></head><body><p>The committee met on Tuesday.</p></body></html>"


class Site:
    """What the test site serves, and a log of every request (path, start time)."""

    def __init__(self) -> None:
        self.log: list[tuple[str, float]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.counts: dict[str, int] = {}
        self.lock = threading.Lock()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep pytest output quiet
            pass

        def _send(
            self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers: str
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path
            with site.lock:
                site.log.append((path, time.monotonic()))
                site.counts[path] = site.counts.get(path, 0) + 1
                count = site.counts[path]
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
            try:
                self._route(path, count)
            finally:
                with site.lock:
                    site.in_flight -= 1

        def _route(self, path: str, count: int) -> None:
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path.startswith("/article"):
                time.sleep(0.05)
                self._send(200, ARTICLE)
            elif path == "/private/page":
                self._send(200, ARTICLE)
            elif path == "/paper.pdf":
                self._send(200, b"%PDF-1.7 ...", "application/pdf")
            elif path == "/missing":
                self._send(404, b"<h1>Not found</h1>")
            elif path == "/flaky":
                self._send(500, b"oops") if count == 1 else self._send(200, ARTICLE)
            elif path == "/busy":
                self._send(429, b"slow down", Retry_After="1") if count == 1 else self._send(200, ARTICLE)
            elif path == "/slow":
                time.sleep(2)
                self._send(200, ARTICLE)
            elif path == "/big":
                self._send(200, b"<p>" + b"x" * 300_000 + b"</p>")
            elif path == "/bomb":
                body = gzip.compress(b"<p>" + b"x" * 5_000_000 + b"</p>")
                self._send(200, body, Content_Encoding="gzip")
            elif path == "/redirect":
                self._send(301, b"", Location="/article-final")
            elif path == "/loop":
                self._send(302, b"", Location="/loop")
            else:
                self._send(404, b"no such page")

    return Handler


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (a timeout test) leaves a broken pipe: expected here.
        pass


@contextmanager
def serve_site(address: str = "127.0.0.1") -> Iterator[tuple[Site, str]]:
    """The test site on ``address`` and a free port, until the block ends."""
    state = Site()
    server = _Server((address, 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state, f"http://{address}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    with serve_site() as served:
        yield served


@pytest.fixture
def other_site() -> Iterator[tuple[Site, str]]:
    """A second site, on another loopback address (another host to the fetcher)."""
    with serve_site("127.0.0.2") as served:
        yield served
