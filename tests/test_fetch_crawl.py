"""Crawls from source URLs (sitemaps, feeds, homepages, pages) and URL lists, through the
fetch stage's thread, against the real test site on 127.0.0.1."""

from __future__ import annotations

import itertools
import ssl
import threading
from datetime import date
from pathlib import Path

import pandas as pd
import trustme

from articlepipe.cli import main
from articlepipe.fetch.client import FetchSettings
from articlepipe.fetch.crawl import CrawlLimits
from articlepipe.fetch.stage import fetch_stage
from articlepipe.models import Failure, Page, Skipped
from articlepipe.sources.urls import parse_url_list
from fetch_site import Site, serve_site, silent_server


def crawl(
    urls: list[str], lists: list[list[str]] | None = None, limits: CrawlLimits | None = None, **values: object
) -> dict[str, Page | Failure | Skipped]:
    options = {"allow_private": True, "delay": 0.0, "backoff_base": 0.05, "retries": 1, **values}
    config = FetchSettings(**options)  # type: ignore[arg-type]
    entries = [("list.txt", parse_url_list(lines, "list.txt")) for lines in lists or []]
    results: dict[str, Page | Failure | Skipped] = {}
    for result in fetch_stage(urls, entries, config, limits=limits):
        assert result.url not in results, f"{result.url} came out twice"
        results[result.url] = result
    return results


def pages(results: dict[str, Page | Failure | Skipped], base: str) -> set[str]:
    return {url.removeprefix(base) for url, r in results.items() if isinstance(r, Page)}


def failures(results: dict[str, Page | Failure | Skipped], base: str) -> dict[str, str]:
    return {
        url.removeprefix(base): f"{r.stage}:{r.reason}"
        for url, r in results.items()
        if isinstance(r, Failure)
    }


def test_a_sitemap_index_leads_to_every_page_of_its_gzipped_and_plain_sitemaps(
    site: tuple[Site, str],
) -> None:
    state, base = site
    results = crawl([f"{base}/sitemap-index.xml"])
    # tracking parameters are dropped before fetching
    assert pages(results, base) == {"/article-1", "/article-2", "/article-3", "/article-old"}
    assert failures(results, base) == {"/private/page": "fetch:robots", "/missing": "fetch:http-404"}
    assert "/private/page" not in state.counts  # robots.txt obeyed: never requested
    page = results[f"{base}/article-1"]
    assert isinstance(page, Page) and page.source == f"{base}/sitemap-news.xml.gz"
    assert all(n == 1 for path, n in state.counts.items() if path.startswith("/article"))


def test_since_skips_older_sitemap_entries_and_older_child_sitemaps(site: tuple[Site, str]) -> None:
    state, base = site
    results = crawl([f"{base}/sitemap-index.xml"], limits=CrawlLimits(since=date(2026, 11, 15)))
    # article-2 (Nov 10) is too old; article-3 has no date, so nothing says it is old
    assert pages(results, base) == {"/article-1", "/article-3"}
    assert "/sitemap-old.xml" not in state.counts  # its lastmod (2020) rules it out
    assert "/article-2" not in state.counts


def test_feeds_rss_and_atom_list_their_entries(site: tuple[Site, str]) -> None:
    _, base = site
    results = crawl([f"{base}/feed.rss", f"{base}/feed.atom"])
    assert pages(results, base) == {"/article-1", "/article-4", "/article-5"}
    assert failures(results, base) == {}


def test_a_homepage_leads_to_its_feeds_and_sitemaps_and_each_page_is_fetched_once(
    site: tuple[Site, str],
) -> None:
    state, base = site
    results = crawl([f"{base}/"])
    expected = {"/article-1", "/article-2", "/article-3", "/article-4", "/article-old"}
    assert pages(results, base) == expected
    # /sitemap.xml was only a guess: its 404 is no failure
    assert failures(results, base) == {"/private/page": "fetch:robots", "/missing": "fetch:http-404"}
    assert state.counts["/feed.rss"] == 1 and state.counts["/sitemap-index.xml"] == 1
    assert state.counts["/article-1"] == 1  # listed by the feed and the sitemap


def test_a_homepage_that_leads_nowhere_is_a_failure_saying_what_to_give(bare_site: tuple[Site, str]) -> None:
    _, base = bare_site
    results = crawl([f"{base}/"])
    assert failures(results, base) == {"/": "source:nothing-found"}
    failure = results[f"{base}/"]
    assert isinstance(failure, Failure) and "give article URLs, a sitemap or a feed" in failure.message


def test_a_page_given_as_a_source_is_fetched_once_and_other_types_fail(site: tuple[Site, str]) -> None:
    state, base = site
    results = crawl([f"{base}/story", f"{base}/paper.pdf", f"{base}/missing", f"{base}/feed.rss"])
    assert {"/story", "/article-1", "/article-4"} <= pages(results, base)
    assert failures(results, base) == {"/paper.pdf": "fetch:not-html", "/missing": "fetch:http-404"}
    pdf = results[f"{base}/paper.pdf"]
    assert isinstance(pdf, Failure) and pdf.message == "not html, a sitemap or a feed: application/pdf"
    assert state.counts["/story"] == 1


def test_a_sitemap_index_listing_itself_ends_and_depth_is_limited(site: tuple[Site, str]) -> None:
    state, base = site
    results = crawl([f"{base}/self-index.xml"])
    assert pages(results, base) == {"/article-old"}
    assert state.counts["/self-index.xml"] == 1
    deep = crawl([f"{base}/deep-1.xml"], limits=CrawlLimits(max_sitemap_depth=2))
    assert failures(deep, base) == {"/deep-2.xml": "source:too-deep"}
    assert pages(deep, base) == set()
    assert pages(crawl([f"{base}/deep-1.xml"]), base) == {"/article-deep"}


def test_url_lists_are_fetched_and_their_bad_lines_are_failures(site: tuple[Site, str]) -> None:
    _, base = site
    lines = ["# today's list", f"{base}/article-1", "", "ftp://example.org/file", f"{base}/article-1#again"]
    results = crawl([], [lines])
    assert pages(results, base) == {"/article-1"}
    assert failures(results, "") == {"ftp://example.org/file": "source:bad-url"}
    failure = results["ftp://example.org/file"]
    assert isinstance(failure, Failure) and failure.message.startswith("list.txt, line 4:")


def test_max_urls_leaves_the_rest_out_with_one_failure_saying_how_many(site: tuple[Site, str]) -> None:
    _, base = site
    results = crawl([f"{base}/feed.rss", f"{base}/feed.atom"], limits=CrawlLimits(max_urls=2))
    assert len(pages(results, base)) == 2
    (failure,) = [r for r in results.values() if isinstance(r, Failure)]
    assert failure.reason == "max-urls" and "1 listed URLs left out" in failure.message


def test_crawl_delay_in_robots_txt_spaces_the_requests(bare_site: tuple[Site, str]) -> None:
    state, base = bare_site
    results = crawl([], [[f"{base}/article-{i}" for i in range(3)]], per_host=2)
    assert len(pages(results, base)) == 3
    starts = [t for _, t in state.log]  # robots.txt, then the three pages
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    # Crawl-delay: 0.3 (our delay was 0); arrival times jitter a little on a busy machine.
    assert len(gaps) == 3 and min(gaps) >= 0.25


def test_a_connection_reset_mid_body_is_a_failure_and_the_rest_go_on(site: tuple[Site, str]) -> None:
    state, base = site
    results = crawl([], [[f"{base}/reset", f"{base}/article-1"]])
    assert pages(results, base) == {"/article-1"}
    assert failures(results, base) == {"/reset": "fetch:network"}
    assert state.counts["/reset"] == 2  # retried once, as configured


def test_leaving_the_stage_early_stops_the_crawl(site: tuple[Site, str]) -> None:
    _, base = site
    config = FetchSettings(allow_private=True, delay=0.0)
    stage = fetch_stage([], [("list", [f"{base}/article-{i}" for i in range(40)])], config)
    first = next(stage)
    assert isinstance(first, Page)
    stage.close()  # returns only once the crawl's thread has ended
    assert not [t for t in threading.enumerate() if t.name == "articlepipe-fetch"]


def test_a_broken_source_document_is_one_failure_and_the_others_go_on(site: tuple[Site, str]) -> None:
    _, base = site
    results = crawl([f"{base}/missing.xml", f"{base}/broken.xml", f"{base}/feed.atom"])
    assert failures(results, base) == {
        "/missing.xml": "fetch:http-404",
        "/broken.xml": "source:not-a-sitemap",
    }
    assert pages(results, base) == {"/article-5"}


def test_a_page_given_as_a_source_and_listed_by_a_sitemap_is_fetched_once(site: tuple[Site, str]) -> None:
    state, base = site
    results = crawl([f"{base}/slow-story", f"{base}/sitemap-story.xml"])
    assert pages(results, base) == {"/slow-story"}
    assert state.counts["/slow-story"] == 1


def test_max_urls_counts_urls_queued_and_names_the_list_with_how_many_were_left(
    site: tuple[Site, str],
) -> None:
    _, base = site
    lines = [f"{base}/article-1"] * 3 + [f"{base}/article-{i}" for i in range(2, 11)]
    results = crawl([], [lines], limits=CrawlLimits(max_urls=3))
    assert pages(results, base) == {"/article-1", "/article-2", "/article-3"}
    (failure,) = [r for r in results.values() if isinstance(r, Failure)]
    assert failure.url == "list.txt" and failure.message.startswith("7 listed URLs left out")


def test_every_kind_of_network_fault_ends_as_a_failure_and_the_run_ends(tmp_path: Path) -> None:
    authority = trustme.CA()  # a self-signed site: an authority no system trusts
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with (
        serve_site() as (_, base),
        serve_site(tls=context) as (_, tls_base),
        silent_server() as silent,
    ):
        faults = {
            f"{base}/drip": "timeout",  # 1 byte a second, under the total timeout
            f"{base}/chunked-cut": "network",  # a chunked body cut short
            f"{base}/reset": "network",  # a connection reset mid-body
            f"{tls_base}/article-1": "tls",  # a certificate no one vouches for
            "http://no-such-host.invalid/page": "dns",
            f"{silent}/page": "timeout",  # accepts and never answers
            f"{base}/missing": "http-404",
        }
        listed = tmp_path / "faults.urls"
        listed.write_text("\n".join([*faults, f"{base}/story"]) + "\n")
        out = tmp_path / "out.jsonl"
        args = ["run", str(listed), "-o", str(out), "--allow-private", "--delay", "0", "--retries", "0"]
        done: dict[str, int] = {}
        runner = threading.Thread(
            target=lambda: done.setdefault("code", main([*args, "--fetch-timeout", "2"]))
        )
        runner.start()
        runner.join(timeout=120)  # a hang guard, not a timing assertion
        assert not runner.is_alive(), "the run did not end"
    assert done["code"] == 1
    failures = pd.read_json(tmp_path / "failures.jsonl", lines=True)
    assert dict(zip(failures["url"], failures["reason"], strict=True)) == faults
    assert list(pd.read_json(out, lines=True)["url"]) == [f"{base}/story"]  # every URL accounted for


def test_hostile_xml_sitemaps_are_refused_and_nothing_they_name_is_read(site: tuple[Site, str]) -> None:
    state, base = site
    results = crawl([f"{base}/lol.xml", f"{base}/xxe.xml", f"{base}/dtd.xml"])
    assert failures(results, base) == dict.fromkeys(
        ("/lol.xml", "/xxe.xml", "/dtd.xml"), "source:hostile-xml"
    )
    assert "/evil.dtd" not in state.counts  # the DTD was never fetched
    assert not any("root:" in r.message for r in results.values() if isinstance(r, Failure))
