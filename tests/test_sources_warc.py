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
