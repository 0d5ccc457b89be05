from __future__ import annotations

import gzip
from datetime import date

import pytest

from articlepipe.errors import SourceError
from articlepipe.sources.sitemaps import parse_sitemap
from articlepipe.sources.urls import Listed, since

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://News.example/a?utm_source=sitemap</loc><lastmod>2026-11-20T08:00:00+01:00</lastmod></url>
  <url><loc> https://news.example/b </loc><lastmod>2026-10-01</lastmod></url>
  <url><loc>https://news.example/c</loc></url>
  <url><loc>mailto:desk@news.example</loc></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemap-1.xml.gz</loc><lastmod>2026-11-01</lastmod></sitemap>
  <sitemap><loc>https://news.example/sitemap-2.xml</loc></sitemap>
</sitemapindex>"""


def test_a_urlset_lists_its_pages_with_their_dates() -> None:
    found = parse_sitemap(URLSET, "https://news.example/sitemap.xml")
    assert found.pages == [
        Listed("https://news.example/a", date(2026, 11, 20)),
        Listed("https://news.example/b", date(2026, 10, 1)),
        Listed("https://news.example/c", None),
    ]
    assert found.sitemaps == []
    assert [f.url for f in found.failures] == ["mailto:desk@news.example"]
    assert "in the sitemap https://news.example/sitemap.xml" in found.failures[0].message


def test_a_sitemap_index_lists_its_child_sitemaps() -> None:
    found = parse_sitemap(INDEX, "https://news.example/sitemap_index.xml")
    assert [e.url for e in found.sitemaps] == [
        "https://news.example/sitemap-1.xml.gz",
        "https://news.example/sitemap-2.xml",
    ]
    assert found.pages == []


def test_a_gzipped_sitemap_is_read_and_a_gzip_bomb_refused() -> None:
    assert len(parse_sitemap(gzip.compress(URLSET), "https://news.example/s.xml.gz").pages) == 3
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    with pytest.raises(SourceError) as caught:
        parse_sitemap(bomb, "https://news.example/bomb.xml.gz", max_bytes=1_000_000)
    assert caught.value.reason == "too-large"
    with pytest.raises(SourceError) as caught:
        parse_sitemap(b"\x1f\x8b" + b"not really gzip", "https://news.example/broken.xml.gz")
    assert caught.value.reason == "bad-gzip"


def test_a_sitemap_without_namespace_is_read() -> None:
    plain = b"<urlset><url><loc>https://news.example/a</loc></url></urlset>"
    assert [e.url for e in parse_sitemap(plain, "https://news.example/s.xml").pages] == [
        "https://news.example/a"
    ]


@pytest.mark.parametrize(
    "document",
    [
        # entity expansion ("billion laughs")
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b"<urlset><url><loc>https://x.example/&lol2;</loc></url></urlset>",
        # an external entity reading a local file
        b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<urlset><url><loc>&xxe;</loc></url></urlset>",
        # a DTD fetched over the network
        b'<?xml version="1.0"?><!DOCTYPE urlset SYSTEM "http://127.0.0.1:9/evil.dtd"><urlset/>',
    ],
)
def test_hostile_xml_is_refused_without_being_read(document: bytes) -> None:
    with pytest.raises(SourceError) as caught:
        parse_sitemap(document, "https://x.example/sitemap.xml")
    assert caught.value.reason == "hostile-xml"
    assert caught.value.to_failure().stage == "source"


@pytest.mark.parametrize(
    ("document", "says"),
    [
        (b"<html><body>Not found</body></html>", "neither a <urlset> nor a <sitemapindex>"),
        (b"<urlset><url><loc>https://x.example/</loc>", "not well-formed XML"),
        (b"", "not well-formed XML"),
    ],
)
def test_what_is_no_sitemap_says_so(document: bytes, says: str) -> None:
    with pytest.raises(SourceError) as caught:
        parse_sitemap(document, "https://x.example/sitemap.xml")
    assert caught.value.reason == "not-a-sitemap" and says in caught.value.message


def test_since_keeps_changed_and_undated_entries() -> None:
    entries = parse_sitemap(URLSET, "https://news.example/sitemap.xml").pages
    assert [e.url for e in since(entries, date(2026, 11, 1))] == [
        "https://news.example/a",
        "https://news.example/c",
    ]
    assert len(list(since(entries, None))) == 3
