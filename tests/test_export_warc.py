from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType

from articlepipe.cli import main
from articlepipe.config import load_settings
from articlepipe.errors import ConfigError
from articlepipe.export.warc import RawArchive, http_response
from articlepipe.models import Page
from fetch_site import serve_site

FAST = ["--allow-private", "--delay", "0", "--workers", "2", "--retries", "1", "--keep-all"]


def test_a_fetched_site_saved_raw_gives_the_same_articles_without_the_network(tmp_path: Path) -> None:
    raw = tmp_path / "raw" / "crawl.warc.gz"
    fetched = tmp_path / "fetched.parquet"
    with serve_site() as (_, base):
        sources = [f"{base}/sitemap-index.xml", f"{base}/story", f"{base}/latin1"]
        assert main(["run", *sources, "-o", str(fetched), "--save-raw", str(raw), *FAST]) == 1  # a 404
    # The server is gone: the archive alone must give the same articles.
    replayed = tmp_path / "replayed.parquet"
    assert main(["run", str(raw), "-o", str(replayed), "--workers", "2", "--keep-all"]) == 0
    columns = ["id", "url", "title", "text", "fetched_at", "http_status", "language"]
    first = pd.read_parquet(fetched)[columns].sort_values("id").reset_index(drop=True)
    second = pd.read_parquet(replayed)[columns].sort_values("id").reset_index(drop=True)
    assert len(first) >= 5
    pd.testing.assert_frame_equal(first, second)
    # Each page is a response record with its request record beside it.
    kinds = [record.record_type for record in ArchiveIterator(str(raw), parse_http=False)]
    assert kinds[0] == WarcRecordType.warcinfo
    assert kinds.count(WarcRecordType.response) == kinds.count(WarcRecordType.request) == len(first)


def test_the_stored_body_is_decoded_so_encoding_headers_are_renamed() -> None:
    page = Page(
        url="https://e.example/a",
        body=b"<p>plain</p>",
        status=200,
        headers={"content-type": "text/html", "content-encoding": "gzip", "content-length": "99"},
    )
    block = http_response(page).decode()
    head, body = block.split("\r\n\r\n", 1)
    assert head.startswith("HTTP/1.1 200 OK") and body == "<p>plain</p>"
    assert "X-Crawler-content-encoding: gzip" in head and "\r\ncontent-encoding" not in head
    assert "Content-Length: 12" in head and "\r\ncontent-length: 99" not in head


def test_an_archive_left_by_an_error_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    with pytest.raises(RuntimeError), RawArchive(path, "agent") as archive:
        archive.write(Page(url="https://e.example/a", body=b"<p>x</p>", status=200))
        raise RuntimeError("the run stopped")
    assert list(tmp_path.iterdir()) == []


def test_save_raw_must_name_a_warc_file() -> None:
    with pytest.raises(ConfigError, match=r"\.warc or \.warc\.gz"):
        load_settings(None, {"save_raw": "pages.zip", "output": "o.jsonl"})
