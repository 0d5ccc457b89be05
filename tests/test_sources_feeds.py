from __future__ import annotations

from datetime import date

import pytest

from articlepipe.errors import SourceError
from articlepipe.sources.feeds import parse_feed
from articlepipe.sources.urls import Listed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Health desk</title>
<item><title>One</title><link>https://News.example/one?utm_source=rss</link>
<pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Two</title><link>https://news.example/two</link></item>
<item><title>No link</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Lab notes</title>
<entry><title>First</title><link href="https://lab.example/first"/><updated>2026-11-02T10:00:00Z</updated></entry>
<entry><title>Second</title><link href="/second"/></entry>
</feed>"""


def test_rss_items_give_their_links_and_dates() -> None:
    feed = parse_feed(RSS, "https://news.example/feed.xml")
    assert feed.title == "Health desk"
    assert feed.entries == [
        Listed("https://news.example/one", date(2026, 11, 24)),
        Listed("https://news.example/two", None),
    ]
    assert len(feed.failures) == 1 and feed.failures[0].stage == "source"
    assert "in the feed https://news.example/feed.xml" in feed.failures[0].message


def test_atom_links_are_resolved_against_the_feed_url() -> None:
    feed = parse_feed(ATOM, "https://lab.example/atom.xml")
    assert [e.url for e in feed.entries] == ["https://lab.example/first", "https://lab.example/second"]
    assert feed.entries[0].date == date(2026, 11, 2)


def test_an_rss_091_feed_naming_its_dtd_is_read() -> None:
    old = (
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">'
        b'<rss version="0.91"><channel><title>Old</title>'
        b"<item><title>A</title><link>https://old.example/a</link></item></channel></rss>"
    )
    assert [e.url for e in parse_feed(old, "https://old.example/rss").entries] == ["https://old.example/a"]


@pytest.mark.parametrize(
    "document",
    [
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><title>&xxe;</title></channel></rss>",
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
        b"<rss><channel><title>&lol2;</title></channel></rss>",
    ],
)
def test_entity_declarations_are_refused(document: bytes) -> None:
    with pytest.raises(SourceError) as caught:
        parse_feed(document, "https://x.example/feed")
    assert caught.value.reason == "hostile-xml"


def test_a_page_that_is_no_feed_says_so() -> None:
    with pytest.raises(SourceError) as caught:
        parse_feed(b"<html><body><p>Hello</p></body></html>", "https://x.example/feed")
    assert caught.value.reason == "not-a-feed"
    with pytest.raises(SourceError) as caught:
        parse_feed(b"x" * 100, "https://x.example/feed", max_bytes=10)
    assert caught.value.reason == "too-large"
