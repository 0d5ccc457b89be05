"""The fetcher against a real HTTP server on 127.0.0.1 (a thread in this process)."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from articlepipe.fetch.client import Fetcher, FetchSettings, new_client
from articlepipe.fetch.retry import backoff, retry_after
from articlepipe.models import Failure, Page

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


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    state = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def fetch(urls: list[str], **settings: object) -> list[Page | Failure]:
    options = {"allow_private": True, "delay": 0.0, "backoff_base": 0.05, **settings}
    config = FetchSettings(**options)  # type: ignore[arg-type]

    async def run() -> list[Page | Failure]:
        async with new_client(config) as client:
            fetcher = Fetcher(client, config)
            return [await fetcher.fetch(url) for url in urls] if len(urls) == 1 else await _all(fetcher, urls)

    return asyncio.run(run())


async def _all(fetcher: Fetcher, urls: list[str]) -> list[Page | Failure]:
    return [result async for result in fetcher.fetch_all(urls)]


def failure(result: Page | Failure) -> Failure:
    assert isinstance(result, Failure), result
    return result


def test_an_article_is_fetched_with_its_charset_and_provenance(site: tuple[Site, str]) -> None:
    _, base = site
    [page] = fetch([f"{base}/article#top"])
    assert isinstance(page, Page)
    assert page.body == ARTICLE and page.status == 200 and page.encoding == "utf-8"
    assert page.url == page.final_url == f"{base}/article"
    assert page.fetched_at.startswith(str(datetime.now(UTC).year))


def test_redirects_are_followed_and_the_final_url_kept_but_loops_end(site: tuple[Site, str]) -> None:
    _, base = site
    [page] = fetch([f"{base}/redirect"])
    assert (
        isinstance(page, Page)
        and page.final_url == f"{base}/article-final"
        and page.url == f"{base}/redirect"
    )
    assert failure(fetch([f"{base}/loop"], max_redirects=3)[0]).reason == "redirects"


@pytest.mark.parametrize(
    ("path", "reason", "says"),
    [
        ("/missing", "http-404", "404"),
        ("/paper.pdf", "not-html", "not html: application/pdf"),
        ("/private/page", "robots", "robots.txt disallows"),
        ("/big", "too-large", "cap"),
        ("/bomb", "too-large", "cap"),
    ],
)
def test_what_is_not_an_html_page_becomes_a_failure_with_a_reason(
    site: tuple[Site, str], path: str, reason: str, says: str
) -> None:
    _, base = site
    found = failure(fetch([base + path], max_bytes=200_000)[0])
    assert found.stage == "fetch" and found.reason == reason and says in found.message


def test_a_500_and_a_429_are_retried_and_retry_after_is_waited(site: tuple[Site, str]) -> None:
    state, base = site
    assert isinstance(fetch([f"{base}/flaky"])[0], Page)
    assert isinstance(fetch([f"{base}/busy"])[0], Page)
    times = [t for path, t in state.log if path == "/busy"]
    assert len(times) == 2 and times[1] - times[0] >= 0.9


def test_timeouts_and_dead_hosts_are_failures(site: tuple[Site, str]) -> None:
    _, base = site
    assert failure(fetch([f"{base}/slow"], read_timeout=0.3, retries=0)[0]).reason == "timeout"
    dead = failure(fetch(["http://127.0.0.1:9/article"], retries=1)[0])
    assert dead.reason == "connect"


def test_private_addresses_are_refused_unless_allowed(site: tuple[Site, str]) -> None:
    _, base = site
    refused = failure(fetch([f"{base}/article"], allow_private=False)[0])
    assert refused.reason == "private-address" and "--allow-private" in refused.message
    assert failure(fetch(["http://no-such-host.invalid/"], allow_private=False)[0]).reason == "dns"


def test_per_host_limit_and_spacing_are_honoured(site: tuple[Site, str]) -> None:
    state, base = site
    urls = [f"{base}/article-{i}" for i in range(8)]
    results = fetch(urls, per_host=2, delay=0.1)
    assert sorted(r.url for r in results) == sorted(urls)  # every URL accounted for
    assert all(isinstance(r, Page) for r in results)
    assert state.max_in_flight <= 2
    starts = sorted(t for path, t in state.log if path.startswith("/article-"))
    assert all(b - a >= 0.09 for a, b in itertools.pairwise(starts))


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    assert retry_after("7") == 7.0
    assert retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert retry_after("soon") is None and retry_after(None) is None
    assert 0 <= backoff(3, 1.0, 5.0) <= 5.0
