"""A small test site served over HTTP on 127.0.0.1 for the fetch tests: robots.txt,
articles, a PDF, errors, retries, slow and oversized bodies, redirects. It logs every
request with its start time, so tests can check politeness."""

from __future__ import annotations

import gzip
import hashlib
import socket
import ssl
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import cast

import pytest

ARTICLE = b"<html><head><title>A story</title></head><body><p>The committee met on Tuesday.</p></body></html>"
STORY = (
    "<html><head><title>Council backs the new clinic</title></head><body><article>"
    "<h1>Council backs the new clinic</h1>"
    "<p>The council voted on Tuesday to fund a walk-in clinic in the old library building, "
    "after two years of campaigning by residents of the east side.</p>"
    "<p>The clinic will open in the spring with six doctors and a pharmacy, and will see "
    "patients without an appointment from eight in the morning until eight at night.</p>"
    "</article></body></html>"
)
LATIN1 = (
    "<html><head><title>Le caf\u00e9</title></head><body><p>Le caf\u00e9 du coin a rouvert "
    "ses portes apr\u00e8s les travaux, et les habitu\u00e9s sont revenus d\u00e8s le premier "
    "matin.</p></body></html>"
).encode("cp1252")
LISTING = (
    "<html><head><title>News</title></head><body><h1>Latest news</h1><ul>"
    + "".join(f'<li><a href="/article-{i}">Story number {i}</a></li>' for i in range(12))
    + "</ul></body></html>"
).encode()


def urlset(entries: list[tuple[str, str | None]]) -> bytes:
    """A sitemap of (path, lastmod) entries; paths are made absolute by the server."""
    rows = "".join(
        f"<url><loc>{{base}}{path}</loc>" + (f"<lastmod>{day}</lastmod>" if day else "") + "</url>"
        for path, day in entries
    )
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'.encode()


def sitemap_index(entries: list[tuple[str, str | None]]) -> bytes:
    rows = "".join(
        f"<sitemap><loc>{{base}}{path}</loc>" + (f"<lastmod>{day}</lastmod>" if day else "") + "</sitemap>"
        for path, day in entries
    )
    return (
        f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{rows}</sitemapindex>"
    ).encode()


# What the full site lists: a sitemap index (robots.txt names it) of a gzipped sitemap
# of recent pages and a sitemap of old ones; an RSS feed (the homepage links it) and
# an Atom feed. /article-1 is in both the sitemap and the RSS feed.
DOCUMENTS: dict[str, bytes] = {
    "/sitemap-index.xml": sitemap_index(
        [("/sitemap-news.xml.gz", "2026-11-20"), ("/sitemap-old.xml", "2020-01-01")]
    ),
    "/sitemap-news.xml.gz": urlset(
        [
            ("/article-1", "2026-11-20"),
            ("/article-2", "2026-11-10"),
            ("/article-3?utm_source=newsletter", None),
            ("/private/page", "2026-11-20"),
            ("/missing", "2026-11-20"),
        ]
    ),
    "/sitemap-old.xml": urlset([("/article-old", "2019-05-01")]),
    "/self-index.xml": sitemap_index([("/self-index.xml", None), ("/sitemap-old.xml", None)]),
    "/sitemap-story.xml": urlset([("/slow-story", None)]),
    "/broken.xml": b'<?xml version="1.0"?><urlset><url><loc>{base}/article-1</loc>',
    "/deep-1.xml": sitemap_index([("/deep-2.xml", None)]),
    "/deep-2.xml": sitemap_index([("/deep-3.xml", None)]),
    "/deep-3.xml": urlset([("/article-deep", None)]),
    # Hostile XML: entity expansion, an external entity reading a local file, a DTD
    # fetched from the site itself (the test checks it is never asked for).
    "/lol.xml": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "lollollollollollollollollollol">'
        + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9))
        + b"]><urlset><url><loc>{base}/&j;</loc></url></urlset>"
    ),
    "/xxe.xml": b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<urlset><url><loc>{base}/&x;</loc></url></urlset>",
    "/dtd.xml": b'<?xml version="1.0"?><!DOCTYPE urlset SYSTEM "{base}/evil.dtd"><urlset/>',
    "/feed.rss": (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>'
        b"<item><title>One</title><link>{base}/article-1</link>"
        b"<pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate></item>"
        b"<item><title>Four</title><link>{base}/article-4</link>"
        b"<pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>"
        b"</channel></rss>"
    ),
    "/feed.atom": (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>Site</title><id>urn:site</id><updated>2026-11-21T10:00:00Z</updated>"
        b'<entry><title>Five</title><id>urn:5</id><link href="{base}/article-5"/>'
        b"<updated>2026-11-21T10:00:00Z</updated></entry></feed>"
    ),
}
HOMEPAGE = (
    b'<html><head><title>Site</title><link rel="alternate" type="application/rss+xml" href="/feed.rss">'
    b"</head><body><p>Welcome.</p></body></html>"
)


class Site:
    """What the test site serves, and a log of every request (path, start time)."""

    def __init__(self, bare: bool = False, crawl_delay: float | None = None, robots: str = "plain") -> None:
        # A bare site has no feeds or sitemaps: its homepage leads nowhere.
        self.bare = bare
        # How robots.txt is served: "plain", "redirect" (to /rules/robots.txt), "error" (503),
        # or "huge" (its rules, then a megabyte of comments).
        self.robots = robots
        self.crawl_delay = crawl_delay
        self.log: list[tuple[str, float]] = []
        self.connections = 0
        # Pages a test may change, add or remove between runs, served with an ETag (and
        # 304 for a matching If-None-Match) and listed by /pages.xml.
        self.pages: dict[str, bytes] = {}
        self.conditional: list[str] = []  # paths asked for with If-None-Match
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

        def _reset(self) -> None:
            # Headers and half the body, then an abortive close (RST, not FIN).
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "10000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>" + b"x" * 2000)
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

        def _drip(self) -> None:
            # A page one byte a second: each read succeeds, so only a total timeout ends it.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(1000):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(1)

        def _chunked_cut(self) -> None:
            # A chunked body whose connection closes before the last (empty) chunk.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"<html><body><p>" + b"y" * 500
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"400\r\n" + b"z" * 100)  # says 1,024 bytes, gives 100
            self.wfile.flush()
            self.close_connection = True

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
            host, port = cast("tuple[str, int]", self.server.server_address)[:2]
            base = f"http://{host}:{port}"
            if path == "/robots.txt" and site.robots == "redirect":
                self._send(301, b"", Location=f"{base}/rules/robots.txt")
            elif path == "/robots.txt" and site.robots == "error":
                self._send(503, b"busy", "text/plain")
            elif path == "/robots.txt" and site.robots == "huge":
                self._send(
                    200, b"User-agent: *\nDisallow: /private/\n" + b"# padding\n" * 100_000, "text/plain"
                )
            elif path in ("/robots.txt", "/rules/robots.txt"):
                rules = "User-agent: *\nDisallow: /private/\n"
                if site.crawl_delay is not None:
                    rules += f"Crawl-delay: {site.crawl_delay}\n"
                if not site.bare:
                    rules += f"Sitemap: {base}/sitemap-index.xml\n"
                self._send(200, rules.encode(), "text/plain")
            elif path == "/":
                self._send(200, b"<html><body><p>Welcome.</p></body></html>" if site.bare else HOMEPAGE)
            elif path in DOCUMENTS and not site.bare:
                body = DOCUMENTS[path].replace(b"{base}", base.encode())
                if path.endswith(".gz"):
                    self._send(200, gzip.compress(body), "application/x-gzip")
                else:
                    kind = "application/atom+xml" if path.endswith(".atom") else "application/xml"
                    self._send(200, body, kind)
            elif path == "/pages.xml":
                self._send(
                    200,
                    urlset([(p, None) for p in sorted(site.pages)]).replace(b"{base}", base.encode()),
                    "application/xml",
                )
            elif path in site.pages:
                body = site.pages[path]
                tag = '"' + hashlib.md5(body).hexdigest() + '"'
                asked = self.headers.get("If-None-Match")
                if asked:
                    with site.lock:
                        site.conditional.append(path)
                if asked == tag:
                    self.send_response(304)
                    self.send_header("ETag", tag)
                    self.end_headers()
                else:
                    self._send(200, body, ETag=tag)
            elif path == "/slow-story":
                time.sleep(0.3)
                self._send(200, STORY.encode())
            elif path == "/badgz":
                self._send(200, b"<html><body>not gzip at all</body></html>", Content_Encoding="gzip")
            elif path == "/redirect-missing":
                self._send(302, b"", Location="/missing")
            elif path == "/story":
                self._send(200, STORY.encode())
            elif path == "/listing":
                self._send(200, LISTING)
            elif path == "/latin1":
                self._send(200, LATIN1, "text/html; charset=utf-8")  # the header lies
            elif path == "/reset":
                self._reset()
            elif path == "/drip":
                self._drip()
            elif path == "/chunked-cut":
                self._chunked_cut()
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
            elif path == "/chain":
                self._send(302, b"", Location=f"{base}/redirect")
            elif path == "/redirect":
                self._send(301, b"", Location="/article-final")
            elif path == "/loop":
                self._send(302, b"", Location="/loop")
            else:
                self._send(404, b"no such page")

    return Handler


class _Server(ThreadingHTTPServer):
    site: Site

    def get_request(self) -> tuple[socket.socket, object]:
        with self.site.lock:
            self.site.connections += 1
        return super().get_request()

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (a timeout test) leaves a broken pipe: expected here.
        pass


@contextmanager
def serve_site(
    address: str = "127.0.0.1", state: Site | None = None, tls: ssl.SSLContext | None = None
) -> Iterator[tuple[Site, str]]:
    """The test site (``state``: what it serves, and its log) on ``address`` and a free
    port, over TLS with ``tls``, until the block ends."""
    state = state or Site()
    server = _Server((address, 0), _handler(state))
    server.site = state
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state, f"{'https' if tls else 'http'}://{address}:{server.server_address[1]}"
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


@pytest.fixture
def bare_site() -> Iterator[tuple[Site, str]]:
    """A third host with no feeds or sitemaps, whose robots.txt asks for a Crawl-delay."""
    with serve_site("127.0.0.3", Site(bare=True, crawl_delay=0.3)) as served:
        yield served


@contextmanager
def silent_server(address: str = "127.0.0.1") -> Iterator[str]:
    """A server that accepts connections and never answers (nor reads); its base URL."""
    listener = socket.create_server((address, 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://{address}:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()
