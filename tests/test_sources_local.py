from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from articlepipe.errors import InputError, ReadError
from articlepipe.models import Article, Failure
from articlepipe.pipeline import read_and_process
from articlepipe.sources.local import LocalFile, check_sources, iter_files, iter_local_files, read_page

MB = 1024 * 1024


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for rel in ["b/2.html", "b/1.htm", "a.txt", "c/d/e.html.gz", "skip.css", "z.xhtml", "notes.md"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_files(str(tmp_path))]
    assert names == ["a.txt", "z.xhtml", "b/1.htm", "b/2.html", "c/d/e.html.gz"]


def test_a_file_source_is_itself(tmp_path: Path) -> None:
    page = tmp_path / "one.html"
    page.write_text("<p>hi</p>")
    assert list(iter_files(str(page))) == [page]


def test_read_page_fills_provenance(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_bytes(b"<html><body><p>Hello</p></body></html>")
    os.utime(path, (1_700_000_000, 1_700_000_000))
    page = read_page(path, str(tmp_path), MB)
    assert page.url == page.final_url == path.resolve().as_uri()
    assert page.kind == "html"
    assert page.fetched_at == "2023-11-14T22:13:20+00:00"
    assert page.source == str(tmp_path)
    assert page.status is None


def test_text_files_are_text_pages(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("Some words.")
    assert read_page(path, "x", MB).kind == "text"


def test_gzip_pages_are_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "a.html.gz"
    path.write_bytes(gzip.compress(b"<html><body>zipped</body></html>"))
    assert read_page(path, "x", MB).body == b"<html><body>zipped</body></html>"


def test_gzip_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"\0" * (20 * MB)))
    assert path.stat().st_size < MB
    with pytest.raises(ReadError) as info:
        read_page(path, "x", MB)
    assert info.value.reason == "too-large"


@pytest.mark.parametrize("data", [gzip.compress(b"<html>" + b"x" * 5000)[:-40], b"\x1f\x8bnot really gzip"])
def test_corrupt_or_truncated_gzip(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.html.gz"
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_page(path, "x", MB)
    assert info.value.reason == "corrupt-gzip"


@pytest.mark.parametrize("data", [b"", b"  \n\t\n "])
def test_empty_files(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="empty") as info:
        read_page(path, "x", MB)
    assert info.value.reason == "empty"


def test_too_large_files_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(ReadError) as info:
        read_page(path, "x", 1000)
    assert info.value.reason == "too-large"


def test_bad_files_become_failures_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "1.html").write_text("<p>one</p>")
    (tmp_path / "2.html").write_bytes(b"")
    (tmp_path / "3.html").symlink_to(tmp_path / "missing-target.html")
    (tmp_path / "4.html").write_text("<p>four</p>")
    records = [
        read_and_process(listed, MB)
        for listed in iter_local_files([str(tmp_path)], MB)
        if isinstance(listed, LocalFile)
    ]
    assert [type(r) for r in records] == [Article, Failure, Failure, Article]
    failures = [r for r in records if isinstance(r, Failure)]
    assert [(f.stage, f.reason) for f in failures] == [("read", "empty"), ("read", "unreadable")]
    assert failures[1].url.endswith("/3.html")


def test_check_sources_rejects_missing_and_unsupported(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        check_sources([str(tmp_path / "nope")])
    odd = tmp_path / "data.pdf"
    odd.write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"not a supported file type.*\.html"):
        check_sources([str(odd)])
    check_sources([str(tmp_path)])


def test_listed_files_carry_their_size_and_are_read_later(tmp_path: Path) -> None:
    (tmp_path / "b.html").write_bytes(b"<p>second</p>")
    (tmp_path / "a.html").write_bytes(b"<p>first page</p>")
    listed = [f for f in iter_local_files([str(tmp_path)], MB) if isinstance(f, LocalFile)]
    assert [(f.path.name, f.size) for f in listed] == [("a.html", 17), ("b.html", 13)]
    assert listed[0].url == (tmp_path / "a.html").absolute().as_uri()
    (tmp_path / "b.html").write_bytes(b"")  # emptied after listing: reading says so
    assert listed[0].read(MB).body == b"<p>first page</p>"
    with pytest.raises(ReadError) as caught:
        listed[1].read(MB)
    assert caught.value.reason == "empty"
