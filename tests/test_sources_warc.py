from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest

from articlepipe.cli import main
from articlepipe.export.reader import read
from articlepipe.export.warc import RawArchive
from articlepipe.models import Failure, Page
from articlepipe.sources.local import check_sources, iter_local_files
from articlepipe.sources.warc import WarcCounts, iter_warc
from conftest import article_html

MB = 1024 * 1024
WORDS = [f"{a}{b}" for a in ("river", "stone", "market", "winter", "signal") for b in "abcdefghij"]


def page(n: int, **changes: object) -> Page:
    values: dict[str, object] = {
        "url": f"https://news.example/story-{n}",
        "final_url": f"https://news.example/story-{n}",
        "body": article_html(
            title=f"Story number {n} of the archive",
            sentence=" ".join(random.Random(n).choices(WORDS, k=60)) + ".",
            slug=f"story-{n}",
        ).encode(),
        "status": 200,
        "headers": {"content-type": "text/html; charset=utf-8"},
        "encoding": "utf-8",
        "fetched_at": "2024-05-01T10:00:00+00:00",
    }
    values.update(changes)
    return Page(**values)  # type: ignore[arg-type]


def archive(path: Path, pages: list[Page]) -> Path:
    with RawArchive(path, "test-agent/1.0") as warc:
        for item in pages:
            warc.write(item)
    return path


def member_offsets(path: Path) -> list[int]:
    """Where each gzip member (one WARC record each) starts."""
    data = path.read_bytes()
    offsets, position = [], 0
    while (position := data.find(b"\x1f\x8b\x08", position)) != -1:
        offsets.append(position)
        position += 1
    return offsets


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_html_responses_come_back_as_pages_with_their_provenance(tmp_path: Path, name: str) -> None:
    pages = [page(1), page(2, headers={"content-type": "text/html", "etag": '"v2"'}, encoding=None)]
    counts = WarcCounts()
    back = list(iter_warc(archive(tmp_path / name, pages), MB, counts))
    assert [p.url for p in back if isinstance(p, Page)] == [p.url for p in pages]
    first = back[0]
    assert isinstance(first, Page)
    assert first.body == pages[0].body and first.status == 200 and first.encoding == "utf-8"
    assert first.fetched_at == "2024-05-01T10:00:00+00:00"
    assert first.source.endswith(name) and first.kind == "html"
    second = back[1]
    assert isinstance(second, Page) and second.headers["etag"] == '"v2"'
    assert counts.pages == 2 and counts.damaged == 0


def test_other_records_are_skipped_and_counted(tmp_path: Path) -> None:
    pages = [
        page(1),
        page(2, status=301, headers={"location": "https://news.example/story-1"}),
        page(3, status=404),
        page(4, headers={"content-type": "application/pdf"}, body=b"%PDF-1.7"),
        page(5, headers={}),  # no content type: taken for HTML
    ]
    counts = WarcCounts()
    back = list(iter_warc(archive(tmp_path / "mixed.warc.gz", pages), MB, counts))
    assert [p.url for p in back] == [pages[0].url, pages[4].url]
    assert counts.skipped == {"http-301": 1, "http-404": 1, "not-html": 1}


def test_a_payload_over_the_size_cap_is_a_failure(tmp_path: Path) -> None:
    big = page(2, body=b"<html><body>" + b"<p>words words</p>" * 2000 + b"</body></html>")
    back = list(iter_warc(archive(tmp_path / "big.warc.gz", [page(1), big, page(3)]), 10_000))
    assert [type(r).__name__ for r in back] == ["Page", "Failure", "Page"]
    failure = back[1]
    assert isinstance(failure, Failure) and failure.reason == "too-large" and failure.url == big.url


def test_a_corrupt_record_is_a_failure_and_the_records_after_it_are_kept(tmp_path: Path) -> None:
    path = archive(tmp_path / "crawl.warc.gz", [page(n) for n in range(5)])
    offsets = member_offsets(path)  # warcinfo, then a response and a request per page
    damaged = offsets[3]  # the second page's response
    data = bytearray(path.read_bytes())
    data[damaged + 40 : damaged + 60] = b"\x00" * 20  # inside its compressed data
    path.write_bytes(bytes(data))
    back = list(iter_warc(path, MB))
    pages = [r.url for r in back if isinstance(r, Page)]
    failures = [r for r in back if isinstance(r, Failure)]
    assert pages == [page(n).url for n in (0, 2, 3, 4)]
    assert len(failures) == 1 and failures[0].reason == "corrupt-warc"
    assert "skipped" in failures[0].message and failures[0].url.startswith(path.as_uri())


def test_a_truncated_archive_keeps_the_whole_records_and_says_where_it_ends(tmp_path: Path) -> None:
    path = archive(tmp_path / "crawl.warc", [page(n) for n in range(3)])
    data = path.read_bytes()
    cut = data.rfind(b"WARC/1.1\r\nWARC-Type: response")  # the last page's response
    path.write_bytes(data[: cut + 700])  # cut inside its HTTP body
    back = list(iter_warc(path, MB))
    assert [r.url for r in back if isinstance(r, Page)] == [page(0).url, page(1).url]
    assert [(r.url, r.reason) for r in back if isinstance(r, Failure)] == [(page(2).url, "truncated")]


def test_a_file_that_is_no_warc_at_all_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "noise.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a web archive\n" * 50))
    back = list(iter_warc(path, MB))
    assert len(back) == 1 and isinstance(back[0], Failure) and back[0].reason == "corrupt-warc"


def test_folders_and_path_lists_lead_to_warc_files(tmp_path: Path) -> None:
    folder = tmp_path / "crawls"
    folder.mkdir()
    archive(folder / "a.warc.gz", [page(1)])
    (folder / "b.html").write_text(article_html(title="A page next to the archive"))
    check_sources([str(folder), str(folder / "a.warc.gz")])
    listed = list(iter_local_files([str(folder)], MB))
    assert isinstance(listed[0], Page) and listed[0].url == page(1).url
    assert len(listed) == 2
    paths = tmp_path / "warc.paths"
    paths.write_text("# Common Crawl style list\ncrawls/a.warc.gz\n")
    out = tmp_path / "out.jsonl"
    assert main(["run", str(paths), "-o", str(out), "--workers", "1", "--keep-all"]) == 0
    assert list(read(out)["url"]) == [page(1).url]


def test_articlepipe_run_on_a_warc_extracts_its_articles(tmp_path: Path) -> None:
    path = archive(tmp_path / "crawl.warc.gz", [page(n) for n in range(4)])
    out = tmp_path / "articles.parquet"
    assert main(["run", str(path), "-o", str(out), "--workers", "2"]) == 0
    frame = read(out)
    assert sorted(frame["url"]) == sorted(page(n).url for n in range(4))
    assert set(frame["fetched_at"]) == {"2024-05-01T10:00:00+00:00"}
    assert all("Story number" in title for title in frame["title"])


def cc_record(headers: dict[str, str], block: bytes) -> bytes:
    """One record as Common Crawl writes it: WARC/1.0, CRLF lines, its own gzip member."""
    lines = ["WARC/1.0", *(f"{name}: {value}" for name, value in headers.items())]
    lines.append(f"Content-Length: {len(block)}")
    return gzip.compress("\r\n".join(lines).encode() + b"\r\n\r\n" + block + b"\r\n\r\n")


def cc_exchange(n: int, uri: str, status: str, content_type: str, body: bytes, **extra: str) -> bytes:
    """A request, its response and the metadata record, in Common Crawl's layout."""
    request = f"GET /{n} HTTP/1.1\r\nUser-Agent: CCBot/2.0 (https://commoncrawl.org/faq/)\r\n\r\n"
    response = (
        f"HTTP/1.1 {status}\r\nDate: Mon, 13 Jan 2025 20:04:41 GMT\r\nContent-Type: {content_type}\r\n"
        f"X-Crawler-Content-Encoding: gzip\r\nX-Crawler-Transfer-Encoding: chunked\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    common = {"WARC-Date": "2025-01-13T20:04:41Z", "WARC-Warcinfo-ID": "<urn:uuid:info>"}
    ids = {"WARC-IP-Address": "192.0.2.7", "WARC-Target-URI": uri}
    return (
        cc_record(
            {
                "WARC-Type": "request",
                **common,
                "WARC-Record-ID": f"<urn:uuid:req-{n}>",
                "Content-Type": "application/http; msgtype=request",
                **ids,
            },
            request.encode(),
        )
        + cc_record(
            {
                "WARC-Type": "response",
                **common,
                "WARC-Record-ID": f"<urn:uuid:resp-{n}>",
                "Content-Type": "application/http; msgtype=response",
                "WARC-Concurrent-To": f"<urn:uuid:req-{n}>",
                **ids,
                "WARC-Payload-Digest": "sha1:CCDIGEST",
                "WARC-Block-Digest": "sha1:CCBLOCK",
                "WARC-Identified-Payload-Type": content_type.split(";", maxsplit=1)[0],
                **extra,
            },
            response,
        )
        + cc_record(
            {
                "WARC-Type": "metadata",
                **common,
                "WARC-Record-ID": f"<urn:uuid:meta-{n}>",
                "WARC-Refers-To": f"<urn:uuid:resp-{n}>",
                "Content-Type": "application/warc-fields",
                "WARC-Target-URI": uri,
            },
            b"fetchTimeMs: 148\r\ncharset-detected: UTF-8\r\nlanguages-cld2: {}\r\n",
        )
    )


def test_a_file_in_common_crawls_layout_gives_its_html_responses(tmp_path: Path) -> None:
    info = b"isPartOf: CC-MAIN-2025-05\r\npublisher: Common Crawl\r\nformat: WARC File Format 1.1\r\n"
    pages = [page(n).body for n in range(3)]
    long_page = pages[2][: len(pages[2]) - 40]  # the crawler stopped before the end
    data = b"".join(
        [
            cc_record(
                {
                    "WARC-Type": "warcinfo",
                    "WARC-Date": "2025-01-13T20:04:41Z",
                    "WARC-Filename": "CC-MAIN-20250113200441-00000.warc.gz",
                    "WARC-Record-ID": "<urn:uuid:info>",
                    "Content-Type": "application/warc-fields",
                },
                info,
            ),
            cc_exchange(0, "https://news.example/story-0", "200 OK", "text/html; charset=UTF-8", pages[0]),
            cc_exchange(1, "https://news.example/old", "301 Moved Permanently", "text/html", b""),
            cc_exchange(2, "https://news.example/a.pdf", "200 OK", "application/pdf", b"%PDF-1.7"),
            cc_exchange(3, "https://news.example/story-1", "200 OK", "text/html", pages[1]),
            cc_exchange(
                4,
                "https://news.example/story-2",
                "200 OK",
                "text/html",
                long_page,
                **{"WARC-Truncated": "length"},
            ),
        ]
    )
    path = tmp_path / "CC-MAIN-20250113200441-00000.warc.gz"
    path.write_bytes(data)
    counts = WarcCounts()
    found = list(iter_warc(path, 10 * MB, counts))
    assert [item.url for item in found] == [f"https://news.example/story-{n}" for n in range(3)]
    got = [item for item in found if isinstance(item, Page)]
    assert len(got) == 3 and all(item.fetched_at == "2025-01-13T20:04:41+00:00" for item in got)
    assert got[0].body == pages[0] and got[2].body == long_page
    assert counts.skipped == {"http-301": 1, "not-html": 1} and counts.cut == 1 and counts.damaged == 0
    out = tmp_path / "out.jsonl"
    assert main(["run", str(path), "-o", str(out), "--keep-all"]) == 0
    assert sorted(read(out)["url"]) == [f"https://news.example/story-{n}" for n in range(3)]
