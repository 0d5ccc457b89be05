"""The fetcher against a real HTTP server on 127.0.0.1 (a thread in this process)."""

from __future__ import annotations

import asyncio
import itertools
import socket
import ssl
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import trustme

from articlepipe.config import Settings
from articlepipe.fetch.client import Fetcher, FetchSettings, _is_tls, new_client
from articlepipe.fetch.frontier import fetch_all
from articlepipe.fetch.retry import backoff, retry_after
from articlepipe.models import Failure, Page, Skipped
from fetch_site import ARTICLE, Site, serve_site


def fetch(urls: list[str], **settings: object) -> list[Page | Failure | Skipped]:
    options = {"allow_private": True, "delay": 0.0, "backoff_base": 0.05, **settings}
    config = FetchSettings(**options)  # type: ignore[arg-type]

    async def run() -> list[Page | Failure | Skipped]:
        async with new_client(config) as client:
            return [result async for result in fetch_all(Fetcher(client, config), urls)]

    return asyncio.run(run())


def failure(result: Page | Failure | Skipped) -> Failure:
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
    state, base = site
    [page] = fetch([f"{base}/chain"])
    assert (
        isinstance(page, Page) and page.final_url == f"{base}/article-final" and page.url == f"{base}/chain"
    )
    assert [path for path, _ in state.log if path != "/robots.txt"] == [
        "/chain",
        "/redirect",
        "/article-final",
    ]
    assert failure(fetch([f"{base}/loop"], max_redirects=3)[0]).reason == "redirects"
    assert state.counts["/loop"] == 4  # the first request and three redirects, then it stops


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
    by_name = base.replace("127.0.0.1", "localhost")  # a host name that resolves to loopback
    named = failure(fetch([f"{by_name}/article"], allow_private=False)[0])
    assert named.reason == "private-address" and "localhost" in named.message
    assert failure(fetch(["http://no-such-host.invalid/"], allow_private=False)[0]).reason == "dns"


def test_per_host_limit_and_spacing_are_honoured(site: tuple[Site, str]) -> None:
    state, base = site
    urls = [f"{base}/article-{i}" for i in range(8)]
    results = fetch(urls, per_host=2, delay=0.2)
    assert sorted(r.url for r in results) == sorted(urls)  # every URL accounted for
    assert all(isinstance(r, Page) for r in results)
    assert state.max_in_flight <= 2
    starts = sorted(t for path, t in state.log if path.startswith("/article-"))
    # Arrival times at the server jitter by a few milliseconds on a busy machine.
    assert all(b - a >= 0.17 for a, b in itertools.pairwise(starts))


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    assert retry_after("7") == 7.0
    assert retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert retry_after("soon") is None and retry_after(None) is None
    assert 0 <= backoff(3, 1.0, 5.0) <= 5.0


def test_extract_fetches_a_url_and_prints_its_article(
    site: tuple[Site, str], capsys: pytest.CaptureFixture[str]
) -> None:
    from articlepipe.cli import main

    _, base = site
    assert main(["extract", f"{base}/article", "--allow-private", "--format", "text"]) == 0
    assert "The committee met on Tuesday." in capsys.readouterr().out
    assert main(["extract", f"{base}/article"]) == 1  # a loopback host without --allow-private
    assert "private-address" in capsys.readouterr().err
    assert main(["extract", f"{base}/paper.pdf", "--allow-private"]) == 1
    assert "not html: application/pdf" in capsys.readouterr().err


def test_the_total_timeout_cuts_a_slow_exchange_but_not_the_wait_for_a_turn(site: tuple[Site, str]) -> None:
    _, base = site
    slow = failure(fetch([f"{base}/slow"], total_timeout=0.5, read_timeout=5.0, retries=0)[0])
    assert slow.reason == "timeout" and "0.5 s" in slow.message
    # Six pages of one host, one at a time and 0.2 s apart: the last waits about a
    # second for its turn, more than the total timeout, and still arrives.
    urls = [f"{base}/article-{i}" for i in range(6)]
    results = fetch(urls, per_host=1, delay=0.2, total_timeout=0.8)
    assert all(isinstance(r, Page) for r in results)


def test_a_self_signed_certificate_is_refused_with_a_clear_reason_and_not_retried() -> None:
    authority = trustme.CA()  # an authority no system trusts
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with serve_site(tls=context) as (state, base):
        assert base.startswith("https://")
        (result,) = fetch([f"{base}/article-1"], retries=2)
    refused = failure(result)
    assert refused.reason == "tls"
    assert "TLS certificate could not be verified" in refused.message
    assert "CERTIFICATE_VERIFY_FAILED" in refused.message
    # robots.txt, then the page once: a failed certificate is not retried (retries=2)
    assert state.connections == 2 and state.log == []


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/admin", "http://10.0.0.5/internal"],
)
def test_a_redirect_from_a_public_host_to_a_private_address_is_refused(
    monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    # A public name (resolved here without the network) that redirects to the cloud
    # metadata address; the transport is a mock because no public host is reachable.
    real = socket.getaddrinfo

    def resolve(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "public.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.host == "public.example" and request.url.path == "/story":
            return httpx.Response(302, headers={"Location": target})
        return httpx.Response(404)

    config = FetchSettings(delay=0.0)

    async def run() -> Page | Failure | Skipped:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as client:
            return await Fetcher(client, config).fetch("http://public.example/story")

    refused = failure(asyncio.run(run()))
    private = urlsplit(target).hostname or ""
    assert refused.reason == "private-address" and f"{private}" in refused.message
    assert not any(private in url for url in asked)


@pytest.mark.parametrize("robots", ["redirect", "huge"])
def test_robots_txt_is_obeyed_through_a_redirect_and_past_500_kib(robots: str) -> None:
    with serve_site(state=Site(robots=robots)) as (state, base):
        public, private = sorted(fetch([f"{base}/private/page", f"{base}/article-1"]), key=lambda r: r.url)
    assert failure(private).reason == "robots"
    assert isinstance(public, Page)
    assert "/private/page" not in state.counts


def test_a_robots_txt_server_error_means_nothing_is_fetched() -> None:
    with serve_site(state=Site(robots="error")) as (state, base):
        results = fetch([f"{base}/article-1", f"{base}/article-2"])
    assert {failure(r).reason for r in results} == {"robots"}
    assert "answered 503" in failure(results[0]).message
    assert set(state.counts) == {"/robots.txt"} and state.counts["/robots.txt"] == 1


def test_a_body_that_lies_about_its_compression_is_a_failure_not_a_crash(site: tuple[Site, str]) -> None:
    _, base = site
    results = {r.url: r for r in fetch([f"{base}/badgz", f"{base}/article-1", f"{base}/a\x01b"])}
    assert failure(results[f"{base}/badgz"]).reason == "bad-encoding"
    assert isinstance(results[f"{base}/article-1"], Page)
    assert len(results) == 3 and isinstance(results[f"{base}/a\x01b"], Failure)


def test_a_failure_after_a_redirect_names_the_url_that_was_given(site: tuple[Site, str]) -> None:
    _, base = site
    (result,) = fetch([f"{base}/redirect-missing"])
    refused = failure(result)
    assert refused.url == f"{base}/redirect-missing" and refused.reason == "http-404"
    assert f"after a redirect to {base}/missing" in refused.message


def test_retry_after_holds_back_the_whole_host(site: tuple[Site, str]) -> None:
    state, base = site
    results = fetch([f"{base}/busy", *(f"{base}/article-{i}" for i in range(6))], per_host=2)
    assert all(isinstance(r, Page) for r in results)
    told = next(t for path, t in state.log if path == "/busy")
    # Retry-After: 1. The one other request the host allows in flight may already be on
    # its way when the 429 comes back; nothing else starts within the second.
    assert len([path for path, t in state.log if told < t < told + 0.9]) <= 1


def test_only_a_failed_certificate_counts_as_a_tls_failure() -> None:
    verify = httpx.ConnectError("handshake")
    verify.__context__ = ssl.SSLCertVerificationError("certificate verify failed")
    assert _is_tls(verify)
    timeout = httpx.ReadTimeout("timed out")
    timeout.__context__ = ssl.SSLWantReadError("read would block")
    assert not _is_tls(timeout)  # a slow HTTPS server is retried like any other


def test_the_fetch_defaults_are_the_run_defaults() -> None:
    assert FetchSettings.from_settings(Settings()) == FetchSettings()
