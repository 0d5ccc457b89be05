from __future__ import annotations

import io
from pathlib import Path

import pytest

from articlepipe.errors import InputError, SourceError
from articlepipe.models import Failure
from articlepipe.sources.urls import normalise_url, parse_url_list, read_url_list, unique_urls


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("https://Example.ORG/Path/Page?b=2&a=1#top", "https://example.org/Path/Page?b=2&a=1"),
        ("HTTP://example.org", "http://example.org/"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("http://example.org:8080/a", "http://example.org:8080/a"),
        ("https://example.org/a?utm_source=x&id=7&UTM_Medium=y&fbclid=abc", "https://example.org/a?id=7"),
        ("https://example.org/a?q=caf%C3%A9+au+lait&gclid=1", "https://example.org/a?q=caf%C3%A9+au+lait"),
        ("https://example.org/a?pk_campaign=x&mtm_source=y", "https://example.org/a"),
        ("  https://example.org/a  ", "https://example.org/a"),
        ("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"),
        ("https://user:pw@Example.org/x", "https://user:pw@example.org/x"),
    ],
)
def test_urls_are_normalised(url: str, normal: str) -> None:
    assert normalise_url(url) == normal


def test_the_path_and_query_keep_their_case_and_encoding() -> None:
    url = "https://example.org/Read/Me?Name=A%20B&x=1+2"
    assert normalise_url(url) == url


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("ftp://example.org/file", "'ftp' is not http or https"),
        ("example.org/page", "no http:// or https://"),
        ("file:///etc/passwd", "'file' is not http or https"),
        ("https:///path-only", "names no host"),
        ("http://example.org:99999/", "not a valid URL"),
        ("javascript:alert(1)", "'javascript' is not http or https"),
    ],
)
def test_what_cannot_be_fetched_is_refused_with_a_reason(url: str, says: str) -> None:
    with pytest.raises(SourceError) as caught:
        normalise_url(url)
    assert caught.value.reason == "bad-url"
    assert says in caught.value.message
    assert caught.value.to_failure().stage == "source"


def test_unique_urls_keep_the_first_spelling_order() -> None:
    urls = [
        "https://a.example/1#x",
        "https://A.example/1?utm_source=feed",
        "https://b.example/",
        "https://a.example/2",
    ]
    assert list(unique_urls(urls)) == ["https://a.example/1", "https://b.example/", "https://a.example/2"]


def test_a_url_list_skips_blanks_and_comments_and_reports_bad_lines() -> None:
    lines = [
        "# overnight crawl",
        "",
        "https://news.example/a   # the lead story",
        "   ",
        "news.example/b",
        "https://news.example/a#comments",
        "https://news.example/c",
    ]
    entries = list(parse_url_list(lines, "sites.txt"))
    assert entries[0] == "https://news.example/a"
    assert isinstance(entries[1], Failure)
    assert entries[1].url == "news.example/b"
    assert entries[1].stage == "source" and entries[1].reason == "bad-url"
    assert entries[1].message.startswith("sites.txt, line 5: ")
    assert entries[2:] == ["https://news.example/c"]


def test_a_url_list_file_is_read_with_or_without_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_bytes("\ufeffhttps://news.example/a\r\nhttps://news.example/b\r\n".encode())
    assert list(read_url_list(str(path))) == ["https://news.example/a", "https://news.example/b"]


def test_a_url_list_on_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("https://news.example/a\nnot a url\n"))
    entries = list(read_url_list("-"))
    assert entries[0] == "https://news.example/a"
    assert isinstance(entries[1], Failure) and "standard input, line 2" in entries[1].message


def test_a_missing_or_binary_url_list_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such URL list"):
        list(read_url_list(str(tmp_path / "missing.txt")))
    binary = tmp_path / "urls.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81\x82")
    with pytest.raises(InputError, match="UTF-8 text file"):
        list(read_url_list(str(binary)))
