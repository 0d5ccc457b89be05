"""Whole runs over remote sources: ``articlepipe run URL…`` against the real test site,
through the fetch thread, the extraction processes and the writers."""

from __future__ import annotations

import io
import json
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from articlepipe.cli import main
from articlepipe.config import load_settings
from articlepipe.pipeline import run
from articlepipe.report import RunStats
from fetch_site import Site

FAST = ["--allow-private", "--delay", "0", "--workers", "1", "--retries", "1", "--keep-all"]


def test_a_sitemap_run_writes_every_page_and_counts_failures_by_reason(
    site: tuple[Site, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, base = site
    out = tmp_path / "out" / "articles.parquet"
    code = main(
        ["run", f"{base}/sitemap-index.xml", f"{base}/story", f"{base}/latin1", "-o", str(out), *FAST]
    )
    assert code == 1  # finished, some pages failed
    frame = pd.read_parquet(out)
    urls = {url.removeprefix(base) for url in frame["url"]}
    assert urls == {"/article-1", "/article-2", "/article-3", "/article-old", "/story", "/latin1"}
    story = frame[frame["url"] == f"{base}/story"].iloc[0]
    assert "walk-in clinic" in story["text"] and story["http_status"] == 200
    # The header said utf-8; the page was cp1252: the text is still right.
    latin1 = frame[frame["url"] == f"{base}/latin1"].iloc[0]
    assert "Le café du coin a rouvert ses portes après les travaux" in latin1["text"]
    failed = [json.loads(line) for line in (out.parent / "failures.jsonl").read_text().splitlines()]
    assert {(f["url"].removeprefix(base), f["stage"], f["reason"]) for f in failed} == {
        ("/private/page", "fetch", "robots"),
        ("/missing", "fetch", "http-404"),
    }
    run = json.loads((out.parent / "run.json").read_text())
    assert run["pages"] == 8 and run["written"] == 6 and run["failures"] == 2
    assert run["failures_by_reason"] == {"fetch:http-404": 1, "fetch:robots": 1}
    summary = capsys.readouterr().out
    assert "8 pages read" in summary and "fetch:http-404 1, fetch:robots 1" in summary


def test_a_url_list_on_standard_input_and_a_listing_page(
    site: tuple[Site, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, base = site
    monkeypatch.setattr("sys.stdin", io.StringIO(f"# picked by hand\n{base}/listing\n{base}/story\n"))
    out = tmp_path / "articles.jsonl"
    assert main(["run", "-", "-o", str(out), *FAST]) == 0
    rows = {row["url"].removeprefix(base): row for row in map(json.loads, out.read_text().splitlines())}
    assert set(rows) == {"/listing", "/story"}
    assert rows["/story"]["is_article"] is True
    assert rows["/listing"]["is_article"] is False


def test_a_url_list_file_and_local_pages_in_one_run(site: tuple[Site, str], tmp_path: Path) -> None:
    _, base = site
    urls = tmp_path / "today.txt"
    urls.write_text(f"{base}/story\n{base}/article-1  # the lead\n")
    page = tmp_path / "pages" / "saved.html"
    page.parent.mkdir()
    page.write_text(
        "<html><head><title>Saved</title></head><body><p>A saved page about the harbour.</p></body></html>"
    )
    out = tmp_path / "articles.jsonl"
    assert main(["run", str(urls), str(page.parent), "-o", str(out), *FAST]) == 0
    got = {json.loads(line)["url"] for line in out.read_text().splitlines()}
    assert got == {f"{base}/story", f"{base}/article-1", page.resolve().as_uri()}


def test_private_addresses_are_refused_without_the_flag(site: tuple[Site, str], tmp_path: Path) -> None:
    state, base = site
    out = tmp_path / "articles.jsonl"
    assert main(["run", f"{base}/story", "-o", str(out), "--workers", "1"]) == 1
    failed = json.loads((tmp_path / "failures.jsonl").read_text())
    assert failed["reason"] == "private-address" and "--allow-private" in failed["message"]
    assert state.log == []


def test_bad_fetch_options_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "https://example.org/", "--since", "last week", "-o", str(tmp_path / "a.jsonl")]) == 2
    assert "since must be a date such as 2026-01-31" in capsys.readouterr().err
    assert main(["run", "ftp://example.org/list", "-o", str(tmp_path / "a.jsonl")]) == 2
    assert "http and https URLs only" in capsys.readouterr().err
    assert main(["run", "https://example.org/", "--per-host", "0", "-o", str(tmp_path / "a.jsonl")]) == 2


def test_a_run_left_early_stops_its_crawl_thread(site: tuple[Site, str], tmp_path: Path) -> None:
    state, base = site
    listed = tmp_path / "many.urls"
    listed.write_text("".join(f"{base}/article-{i}\n" for i in range(200)))
    settings = load_settings(
        overrides={
            "sources": (str(listed),),
            "output": str(tmp_path / "a.jsonl"),
            "allow_private": True,
            "delay": 0.0,
            "workers": 1,
        }
    )

    def stop(stats: RunStats) -> None:
        raise KeyboardInterrupt

    # The exception is kept, as a caller's handler would: its traceback holds the run's
    # frames, so the stage is not closed by garbage collection but by the run itself.
    with pytest.raises(KeyboardInterrupt) as interrupted:
        run(settings, progress=stop)
    assert not [t for t in threading.enumerate() if t.name == "articlepipe-fetch"]
    seen = len(state.log)
    time.sleep(0.3)
    assert len(state.log) == seen < 200  # nothing more was requested
    assert interrupted.traceback
