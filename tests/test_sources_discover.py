from __future__ import annotations

from articlepipe.sources.discover import feeds_in_page, site_root, sitemaps_in_robots, sources_of_homepage

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


def test_sitemaps_named_in_robots_txt() -> None:
    assert sitemaps_in_robots(ROBOTS, "https://news.example/robots.txt") == [
        "https://news.example/sitemap_index.xml",
        "https://news.example/news-sitemap.xml",
    ]
    assert sitemaps_in_robots("", "https://news.example/robots.txt") == []


def test_a_homepage_gives_feeds_then_sitemaps_then_the_conventional_one() -> None:
    assert sources_of_homepage(HOME, "https://News.example/index.html", ROBOTS) == [
        "https://news.example/feed/",
        "https://news.example/atom.xml",
        "https://news.example/sitemap_index.xml",
        "https://news.example/news-sitemap.xml",
        "https://news.example/sitemap.xml",
    ]
    assert site_root("http://news.example:8080/a/b?c=d") == "http://news.example:8080/"
