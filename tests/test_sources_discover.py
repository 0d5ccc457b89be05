from __future__ import annotations

import pytest
from protego import Protego

from articlepipe.sources.discover import (
    document_kind,
    feeds_in_page,
    is_homepage,
    resolve_all,
    site_root,
    sources_of_homepage,
)

HOME = """<html><head>
<link rel="alternate" type="application/rss+xml" title="All news" href="/feed/">
<link rel="alternate" type="application/atom+xml" href="https://news.example/atom.xml#x">
<link rel="alternate" type="text/html" hreflang="de" href="/de/">
<link rel="stylesheet" href="/style.css">
<link rel="Alternate" type="application/rss+xml; charset=utf-8" href="/feed/?utm_source=head">
</head><body><a href="/about">About</a></body></html>"""

ROBOTS = """User-agent: *
Disallow: /admin/
Sitemap: https://news.example/sitemap_index.xml
sitemap: /news-sitemap.xml
"""


def test_feeds_are_found_in_the_head_each_once() -> None:
    assert feeds_in_page(HOME, "https://news.example/") == [
        "https://news.example/feed/",
        "https://news.example/atom.xml",
    ]


def test_a_base_element_resolves_relative_feed_links() -> None:
    page = (
        '<html><head><base href="https://cdn.example/site/">'
        '<link rel="alternate" type="application/rss+xml" href="rss"></head></html>'
    )
    assert feeds_in_page(page, "https://news.example/") == ["https://cdn.example/site/rss"]


def test_a_page_without_feeds_or_markup_gives_none() -> None:
    assert feeds_in_page("", "https://news.example/") == []
    assert feeds_in_page("<p>just text</p>", "https://news.example/") == []


def test_links_are_resolved_normalised_and_kept_once() -> None:
    links = ["https://news.example/a#x", "/a", "b?utm_source=x", "mailto:desk@news.example", " /c "]
    assert resolve_all(links, "https://News.example/dir/") == [
        "https://news.example/a",
        "https://news.example/dir/b",
        "https://news.example/c",
    ]


def test_a_homepage_gives_feeds_then_sitemaps_then_the_conventional_one() -> None:
    robots = Protego.parse(ROBOTS).sitemaps
    assert sources_of_homepage(HOME, "https://News.example/index.html", robots) == (
        [
            "https://news.example/feed/",
            "https://news.example/atom.xml",
            "https://news.example/sitemap_index.xml",
            "https://news.example/news-sitemap.xml",
        ],
        "https://news.example/sitemap.xml",
    )
    assert site_root("http://news.example:8080/a/b?c=d") == "http://news.example:8080/"


@pytest.mark.parametrize(
    ("body", "media_type", "kind"),
    [
        (b'<?xml version="1.0"?>\n<!-- generated --><urlset xmlns="x">', "text/xml", "sitemap"),
        (b"<sitemapindex>", "text/html", "sitemap"),
        (b"\x1f\x8b\x08\x00", "application/octet-stream", "sitemap"),
        (b'<?xml version="1.0"?><rss version="2.0">', "text/html", "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "application/xml", "feed"),
        (b'<rdf:RDF xmlns:rdf="x">', "application/rdf+xml", "feed"),
        (b"<!DOCTYPE html><html><head>", "text/html", "html"),
        (b"<!doctype html><meta charset=utf-8><title>x</title>", "text/html", "html"),
        (b"<html>", "application/xml", "html"),
        (b"%PDF-1.7", "application/pdf", "other"),
        (b'{"a": 1}', "application/json", "other"),
    ],
)
def test_a_fetched_source_is_told_apart_by_its_first_element(body: bytes, media_type: str, kind: str) -> None:
    assert document_kind(body, media_type) == kind


def test_a_homepage_has_no_path_and_no_query() -> None:
    assert is_homepage("https://example.org/") and is_homepage("https://example.org")
    assert not is_homepage("https://example.org/news/") and not is_homepage("https://example.org/?page=2")
