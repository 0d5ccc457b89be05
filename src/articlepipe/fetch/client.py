"""Fetching pages: one ``httpx.AsyncClient`` handed in, politeness per host, robots.txt,
retries, redirects checked hop by hop, bodies streamed under a size cap.

Every URL ends as exactly one ``Page`` or one ``Failure`` (stage ``fetch``): a refused
URL, a dead host, a timeout, an HTTP error, a body too large or not HTML is a failure
with a reason, never an exception out of the run.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from urllib.parse import urljoin, urlsplit

import httpx

from articlepipe.config import USER_AGENT, Settings
from articlepipe.errors import FetchError, SourceError
from articlepipe.extract.identity import body_hash
from articlepipe.fetch.politeness import HostGate, RobotsAnswer, RobotsCache
from articlepipe.fetch.retry import RETRY_STATUSES, backoff, retry_after
from articlepipe.fetch.safety import HostCheck, environment_proxy, guarded_transport, refused_address
from articlepipe.models import Failure, Page, Skipped
from articlepipe.sources.discover import site_root
from articlepipe.sources.urls import normalise_url
from articlepipe.state import Known

log = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# RFC 9309: at least the first 500 KiB of a robots.txt are read, and at least five
# redirects followed.
ROBOTS_BYTES = 500 * 1024
ROBOTS_REDIRECTS = 5


def content_type(headers: httpx.Headers | dict[str, str]) -> str:
    """The media type of a response, lower-cased, without parameters ("" when absent)."""
    value = headers.get("content-type") or headers.get("Content-Type") or ""
    return value.split(";")[0].strip().lower()


def is_html(headers: httpx.Headers | dict[str, str]) -> bool:
    """Whether a response is HTML or XHTML (a response without a type is given the benefit
    of the doubt: the extractor tells HTML from the rest)."""
    kind = content_type(headers)
    return not kind or kind in HTML_TYPES


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How politely and how far articlepipe fetches. A run builds it from its ``Settings``
    (``from_settings``: a config key and mostly a CLI option each); the defaults here
    are the same, and ``backoff_base``, ``max_wait`` and ``respect_robots`` are for tests
    and benchmarks."""

    user_agent: str = USER_AGENT
    concurrency: int = 16
    per_host: int = 2
    delay: float = 1.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10
    retries: int = 3
    backoff_base: float = 1.0
    max_wait: float = 60.0
    respect_robots: bool = True
    allow_private: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchSettings:
        """The fetch settings of a run's ``Settings``."""
        return cls(
            user_agent=settings.user_agent,
            concurrency=settings.concurrency,
            per_host=settings.per_host,
            delay=settings.delay,
            connect_timeout=settings.connect_timeout,
            read_timeout=settings.read_timeout,
            total_timeout=settings.fetch_timeout,
            max_bytes=settings.max_fetch_bytes,
            retries=settings.retries,
            allow_private=settings.allow_private,
        )

    def timeout(self) -> httpx.Timeout:
        """The per-request timeouts for ``httpx``."""
        return httpx.Timeout(self.read_timeout, connect=self.connect_timeout)


def new_client(settings: FetchSettings) -> httpx.AsyncClient:
    """The client ``Fetcher`` expects: TLS verified, no automatic redirects (each hop is
    checked), the tool's User-Agent."""
    # Every request slot may keep its connection open (httpx keeps 20 by default, and
    # reconnecting the rest cost a third of the throughput).
    limits = httpx.Limits(
        max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency
    )
    headers = {"User-Agent": settings.user_agent}
    if environment_proxy():
        # httpx takes its proxies from the environment only when given no transport of
        # ours; through a proxy, the proxy connects, and the check before each request
        # (HostCheck) is the check.
        log.info(
            "fetching through the proxy the environment names; addresses are checked before each request"
        )
        return httpx.AsyncClient(
            headers=headers, timeout=settings.timeout(), follow_redirects=False, verify=True, limits=limits
        )
    return httpx.AsyncClient(
        headers=headers,
        timeout=settings.timeout(),
        follow_redirects=False,
        transport=guarded_transport(settings.allow_private, limits),
    )


class Fetcher:
    """Fetches URLs with ``client`` under ``settings``."""

    def __init__(self, client: httpx.AsyncClient, settings: FetchSettings) -> None:
        self.client = client
        self.settings = settings
        self.gate = HostGate(settings.per_host, settings.delay, settings.concurrency)
        self.robots = RobotsCache(settings.user_agent, self._robots_text)
        self._check_host = HostCheck(settings.allow_private)

    async def fetch(
        self, url: str, source: str = "", previous: Known | None = None
    ) -> Page | Failure | Skipped:
        """One URL as an HTML Page, or the Failure saying why not. ``source`` is the input
        that listed the URL (a sitemap, a feed), kept as the page's provenance.

        With ``previous`` (what the state store knows of the URL) the request is
        conditional: a 304, or a body equal to the last one, is ``Skipped``."""
        try:
            page = await self._fetch(
                normalise_url(url), source, html_only=True, limit=self.settings.max_bytes, previous=previous
            )
        except (FetchError, SourceError) as exc:
            return exc.to_failure()
        if isinstance(page, Page) and previous is not None and previous.body_hash == body_hash(page.body):
            return Skipped(
                url=page.url,
                reason="unchanged",
                http_status=page.status,
                etag=page.headers.get("etag"),
                last_modified=page.headers.get("last-modified"),
                fetched_at=page.fetched_at,
            )
        return page

    async def fetch_document(self, url: str, limit: int) -> Page | Failure:
        """One URL of any content type (a sitemap, a feed, or a page still to be told
        apart), up to ``limit`` bytes."""
        try:
            page = await self._fetch(normalise_url(url), url, html_only=False, limit=limit)
        except (FetchError, SourceError) as exc:
            return exc.to_failure()
        assert isinstance(page, Page), "no validators were sent, so no 304 is taken as one"
        return page

    async def _fetch(
        self, url: str, source: str, *, html_only: bool, limit: int, previous: Known | None = None
    ) -> Page | Skipped:
        first = url
        try:
            for _ in range(self.settings.max_redirects + 1):
                # Validators belong to the URL they came from: the first hop only.
                conditional = _conditional(previous) if url == first else {}
                response, body = await self._get(url, limit, conditional)
                if response.status_code == 304 and conditional:
                    return Skipped(
                        url=first,
                        reason="not-modified",
                        http_status=304,
                        etag=response.headers.get("etag"),
                        last_modified=response.headers.get("last-modified"),
                        fetched_at=_now(),
                    )
                if response.status_code in REDIRECTS and "location" in response.headers:
                    url = normalise_url(urljoin(url, response.headers["location"]))
                    continue
                return self._page(first, url, response, body, source or first, html_only=html_only)
        except (FetchError, SourceError) as exc:
            if url == first:
                raise
            # The failure is the listed URL's, so every URL given is accounted for; the
            # hop where it failed goes into the message.
            raise type(exc)(
                first, exc.reason, f"{exc.message} (after a redirect to {url})", exc.http_status
            ) from exc
        raise FetchError(first, "redirects", f"more than {self.settings.max_redirects} redirects")

    async def _get(
        self, url: str, limit: int, headers: dict[str, str] | None = None
    ) -> tuple[httpx.Response, bytes]:
        parts = urlsplit(url)
        host = parts.hostname or ""
        root = site_root(url)
        await self._check_host(url, host, parts.port or (443 if parts.scheme == "https" else 80))
        if self.settings.respect_robots:
            if not await self.robots.allows(root, url):
                status = self.robots.unavailable(root)
                if status is not None:
                    raise FetchError(
                        url,
                        "robots",
                        f"the site's robots.txt answered {status}; until it can be read, nothing "
                        "on the site is fetched (RFC 9309)",
                    )
                raise FetchError(url, "robots", "robots.txt disallows this URL for our user agent")
            delay = await self.robots.crawl_delay(root)
            if delay and delay > self.settings.max_wait:
                raise FetchError(
                    url,
                    "crawl-delay",
                    f"robots.txt asks for {delay:g} s between requests, more than the "
                    f"{self.settings.max_wait:g} s a run waits; the site is left out",
                )
            if delay:
                self.gate.slow_down(host, delay)
        for attempt in range(self.settings.retries + 1):
            try:
                # The total timeout covers the exchange itself, not the wait for the host's
                # turn: a hundred URLs of one site, a second apart, must not time out queueing.
                result = await self.gate.run(host, lambda: self._timed_request(url, limit, headers=headers))
            except httpx.DecodingError as exc:
                raise FetchError(
                    url, "bad-encoding", f"the body does not decode as its Content-Encoding says ({exc})"
                ) from exc
            except httpx.InvalidURL as exc:
                raise FetchError(url, "bad-url", f"httpx refused the URL ({exc})") from exc
            # OSError covers an ssl.SSLError httpcore leaves unmapped ("bad record mac").
            except (httpx.TransportError, TimeoutError, OSError) as exc:
                # A certificate that fails today fails on every retry too, and so does
                # an address that is not public.
                if attempt == self.settings.retries or _is_tls(exc) or refused_address(exc):
                    raise FetchError(
                        url, _transport_reason(exc), _transport_message(exc, self.settings)
                    ) from exc
                await asyncio.sleep(backoff(attempt, self.settings.backoff_base, self.settings.max_wait))
                continue
            response, body = result
            if response.status_code in RETRY_STATUSES and attempt < self.settings.retries:
                wait = retry_after(response.headers.get("retry-after"))
                if wait is not None:
                    self.gate.hold_off(host, min(wait, self.settings.max_wait))
                else:
                    await asyncio.sleep(backoff(attempt, self.settings.backoff_base, self.settings.max_wait))
                continue
            return response, body
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _timed_request(
        self, url: str, limit: int, truncate: bool = False, headers: dict[str, str] | None = None
    ) -> tuple[httpx.Response, bytes]:
        # asyncio.timeout, not wait_for: wait_for starts a task for every request.
        async with asyncio.timeout(self.settings.total_timeout):
            return await self._request(url, limit, truncate, headers)

    async def _request(
        self, url: str, limit: int, truncate: bool = False, headers: dict[str, str] | None = None
    ) -> tuple[httpx.Response, bytes]:
        """GET ``url``; a body over ``limit`` bytes is a ``FetchError``, or, with
        ``truncate``, cut to its first ``limit`` bytes."""
        async with self.client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit and not truncate:
                raise FetchError(
                    url, "too-large", f"the body is {int(declared):,} bytes, over the {limit:,} cap"
                )
            chunks: list[bytes] = []
            size = 0
            # Decoded bytes are counted, so a small gzip or brotli body that inflates
            # past the cap (a "bomb") is cut off too.
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit and truncate:
                    chunks.append(chunk[: len(chunk) - (size - limit)])
                    break
                if size > limit:
                    raise FetchError(url, "too-large", f"the body is over the {limit:,}-byte cap")
                chunks.append(chunk)
            return response, b"".join(chunks)

    def _page(
        self, first: str, final: str, response: httpx.Response, body: bytes, source: str, *, html_only: bool
    ) -> Page:
        status = response.status_code
        if status >= 400:
            raise FetchError(
                final, f"http-{status}", f"the server answered {status} {response.reason_phrase}", status
            )
        if html_only and not is_html(response.headers):
            raise FetchError(final, "not-html", f"not html: {content_type(response.headers)}", status)
        return Page(
            url=first,
            final_url=final,
            body=body,
            status=status,
            headers=dict(response.headers),
            encoding=response.charset_encoding,
            fetched_at=_now(),
            source=source,
        )

    async def _robots_text(self, url: str) -> RobotsAnswer:
        # Redirects are followed (http -> https, bare host -> www are common), each hop
        # checked like a page's; RFC 9309 asks for at least five.
        for _ in range(ROBOTS_REDIRECTS + 1):
            parts = urlsplit(url)
            host = parts.hostname or ""
            try:
                await self._check_host(url, host, parts.port or (443 if parts.scheme == "https" else 80))
                # Through the gate like any request: robots.txt counts against the
                # host's limit and spacing too.
                response, body = await self.gate.run(
                    host, partial(self._timed_request, url, ROBOTS_BYTES, truncate=True)
                )
            except (httpx.HTTPError, FetchError, SourceError, TimeoutError):
                return RobotsAnswer(None, "")
            if response.status_code in REDIRECTS and "location" in response.headers:
                try:
                    url = normalise_url(urljoin(url, response.headers["location"]))
                except SourceError:
                    return RobotsAnswer(None, "")
                continue
            return RobotsAnswer(response.status_code, body.decode("utf-8", "replace"))
        return RobotsAnswer(None, "")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _conditional(previous: Known | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from what the last fetch of the URL returned."""
    headers: dict[str, str] = {}
    if previous is not None and previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous is not None and previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    return headers


def _is_tls(exc: BaseException) -> bool:
    """Whether ``exc`` is a certificate that failed verification (not any TLS hiccup: a
    read timeout on an HTTPS connection carries an SSLWantReadError too)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


def _transport_message(exc: Exception, settings: FetchSettings) -> str:
    refused = refused_address(exc)
    if refused is not None:
        return str(refused)
    if isinstance(exc, TimeoutError):
        return f"no complete answer within {settings.total_timeout:g} s"
    if _is_tls(exc):
        return (
            f"the site's TLS certificate could not be verified ({exc}); articlepipe verifies "
            "certificates and does not fetch sites whose certificate fails"
        )
    return f"{type(exc).__name__}: {exc}"


def _transport_reason(exc: Exception) -> str:
    if refused_address(exc) is not None:
        return "private-address"
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        return "timeout"
    if _is_tls(exc):
        return "tls"
    if isinstance(exc, httpx.ConnectError):
        return "connect"
    return "network"


def fetch_one(url: str, settings: FetchSettings) -> Page | Failure:
    """One URL fetched with a client of its own (``articlepipe extract URL``)."""

    async def run() -> Page | Failure:
        async with new_client(settings) as client:
            result = await Fetcher(client, settings).fetch(url)
        assert not isinstance(result, Skipped), "nothing was known, so nothing is skipped"
        return result

    return asyncio.run(run())
