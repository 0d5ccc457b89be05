"""Incremental runs into a dataset folder, against the real test site: conditional
requests, only new or changed articles written, compaction, readers, retries, the lock."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from articlepipe.cli import main
from articlepipe.lock import RunLock
from articlepipe.state import StateStore
from fetch_site import STORY, Site

FAST = [
    "--allow-private",
    "--delay",
    "0",
    "--workers",
    "1",
    "--retries",
    "0",
    "--recheck-after",
    "0",
    "--keep-all",
]


def story(number: int, extra: str = "") -> bytes:
    title = f"Story {number} {extra}".strip()
    return (
        STORY.replace("Council backs the new clinic", title)
        .replace("walk-in clinic", f"walk-in clinic number {number} {extra}")
        .encode()
    )


def seeded(site: tuple[Site, str], tmp_path: Path, count: int) -> tuple[Site, str, Path]:
    """The test site serving ``count`` stories at /p/<n>, and an output folder for it."""
    state, base = site
    state.pages = {f"/p/{i}": story(i) for i in range(count)}
    return state, base, tmp_path / "corpus"


def run_pages(base: str, out: Path, *extra: str) -> int:
    """One incremental run over the site's /pages.xml into ``out``; its exit code."""
    return main(["run", f"{base}/pages.xml", "-o", f"{out}/", *FAST, *extra])


def parts(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob("part-*"))


def last_run(out: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((out / "_run.json").read_text())
    return data


def test_a_second_run_on_an_unchanged_site_asks_conditionally_and_writes_nothing(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base, out = seeded(site, tmp_path, 5)
    assert run_pages(base, out) == 0
    assert parts(out) == ["part-000001-0000.parquet"]
    assert len(pd.read_parquet(out)) == 5
    assert run_pages(base, out) == 0
    assert parts(out) == ["part-000001-0000.parquet"]  # nothing new, no new part
    assert sorted(state.conditional) == sorted(state.pages)  # every page asked If-None-Match
    second = last_run(out)
    assert second["written"] == 0 and second["unchanged_by_reason"] == {"not-modified": 5}


def test_a_changed_page_and_a_new_page_are_all_the_next_run_writes(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base, out = seeded(site, tmp_path, 5)
    assert run_pages(base, out) == 0
    first = pd.read_parquet(out)
    state.pages["/p/1"] = story(1, "revised")
    state.pages["/p/9"] = story(9)
    del state.pages["/p/2"]
    assert run_pages(base, out) == 0
    new_part = pd.read_parquet(out / parts(out)[-1])
    assert sorted(new_part["url"].str.removeprefix(base)) == ["/p/1", "/p/9"]
    revised = new_part[new_part["url"] == f"{base}/p/1"].iloc[0]
    original = first[first["url"] == f"{base}/p/1"].iloc[0]
    assert revised["id"] == original["id"] and "revised" in revised["title"]
    assert revised["fetched_at"] >= original["fetched_at"]
    # Compaction keeps the newest version of each id, each once.
    assert main(["compact", str(out)]) == 0
    assert parts(out) == ["part-000002-c001.parquet"]
    table = pd.read_parquet(out)
    assert sorted(table["url"].str.removeprefix(base)) == ["/p/0", "/p/1", "/p/2", "/p/3", "/p/4", "/p/9"]
    assert table["id"].is_unique
    assert "revised" in table[table["url"] == f"{base}/p/1"].iloc[0]["title"]


def test_the_folder_reads_as_one_table_in_pandas_pyarrow_polars_and_duckdb(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base, out = seeded(site, tmp_path, 3)
    assert run_pages(base, out) == 0
    state.pages["/p/7"] = story(7)
    assert run_pages(base, out) == 0
    assert len(parts(out)) == 2
    assert len(pd.read_parquet(out)) == 4
    assert pq.read_table(out).num_rows == 4
    assert pl.read_parquet(out / "part-*.parquet").height == 4
    counted = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/part-*.parquet')")
    assert counted is not None and counted.fetchall() == [(4,)]


def test_jsonl_parts_and_checkpoints(site: tuple[Site, str], tmp_path: Path) -> None:
    _state, base, out = seeded(site, tmp_path, 7)
    config = tmp_path / "job.toml"
    config.write_text(f'output = "{out}/"\nformat = "jsonl"\ncheckpoint = 3\n')
    assert main(["run", f"{base}/pages.xml", "--config", str(config), *FAST]) == 0
    assert parts(out) == [f"part-000001-000{i}.jsonl" for i in range(3)]  # 3 + 3 + 1
    rows = [json.loads(line) for name in parts(out) for line in (out / name).read_text().splitlines()]
    assert len({row["id"] for row in rows}) == 7
    assert main(["compact", str(out)]) == 0
    (compacted,) = parts(out)
    assert compacted.endswith(".jsonl")  # the folder's format is kept
    assert len((out / compacted).read_text().splitlines()) == 7


def test_failed_urls_wait_for_their_retry_and_gone_pages_wait_longer(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base = site
    listed = tmp_path / "today.urls"
    listed.write_text(f"{base}/missing\n{base}/flaky\n{base}/story\n")
    out = tmp_path / "corpus"
    assert main(["run", str(listed), "-o", str(out), *FAST]) == 1  # /flaky fails once (500)
    with StateStore(out / "_state.sqlite") as store:
        report = store.status()
    retry = {entry["url"].removeprefix(base): entry for entry in report["next_retries"]}
    assert set(retry) == {"/missing", "/flaky"}
    assert retry["/missing"]["last_reason"] == "fetch:http-404"
    assert retry["/flaky"]["next_retry"] < retry["/missing"]["next_retry"]  # an hour vs 7 days
    before = dict(state.counts)
    assert main(["run", str(listed), "-o", str(out), *FAST]) == 0
    assert state.counts.get("/missing") == before.get("/missing")  # not asked again yet
    assert state.counts.get("/flaky") == before.get("/flaky")
    # /story has no ETag: it is fetched again, and its body is the same.
    assert last_run(out)["unchanged_by_reason"] == {"retry-later": 2, "unchanged": 1}


def test_status_reports_urls_runs_and_retries(
    site: tuple[Site, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state, base, out = seeded(site, tmp_path, 0)
    state.pages = {"/p/1": story(1)}
    assert main(["run", f"{base}/pages.xml", f"{base}/missing", "-o", str(out), *FAST]) == 1
    capsys.readouterr()
    assert main(["status", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["urls"] == 2 and report["articles"] == 1
    assert report["urls_by_status"] == {"ok": 1, "fetch:http-404": 1}
    assert report["last_runs"][0]["exit_code"] == 1 and report["waiting_to_retry"] == 1
    assert main(["status", str(out)]) == 0
    assert "fetch:http-404" in capsys.readouterr().out
    assert main(["status", str(tmp_path / "nothing")]) == 2


def test_a_second_run_while_one_holds_the_lock_exits_3_naming_it(
    site: tuple[Site, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state, base, out = seeded(site, tmp_path, 0)
    state.pages = {"/p/1": story(1)}
    out.mkdir()
    with RunLock(out / "_lock"):
        assert run_pages(base, out) == 3
    assert f"pid {os.getpid()}" in capsys.readouterr().err
    assert state.log == []  # it did nothing
    assert run_pages(base, out) == 0


def test_a_lock_left_by_a_dead_run_is_taken_over_with_a_warning(
    site: tuple[Site, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state, base, out = seeded(site, tmp_path, 0)
    state.pages = {"/p/1": story(1)}
    out.mkdir()
    (out / "_lock").write_text("pid 999999 on elsewhere, started 2026-11-29T03:00:00+00:00\n")
    assert run_pages(base, out) == 0
    err = capsys.readouterr().err
    assert "did not finish" in err and "pid 999999" in err
    assert (out / "_lock").read_text() == ""  # a clean exit leaves it empty


def test_json_log_lines(site: tuple[Site, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state, base, out = seeded(site, tmp_path, 0)
    state.pages = {"/p/1": story(1)}
    out.mkdir()
    (out / "_lock").write_text("pid 1 on elsewhere\n")
    assert run_pages(base, out, "--log-format", "json") == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert summary["event"] == "finished" and summary["written"] == 1
    warning = json.loads(captured.err.splitlines()[0])
    assert warning["level"] == "warning" and "did not finish" in warning["message"]


def test_compacting_twice_with_nothing_new_between_keeps_everything(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    _state, base, out = seeded(site, tmp_path, 3)
    assert run_pages(base, out) == 0
    assert main(["compact", str(out)]) == 0
    assert run_pages(base, out) == 0  # nothing new: no part
    assert main(["compact", str(out)]) == 0
    assert parts(out) == ["part-000001-c002.parquet"]  # a fresh name, never the old one rewritten
    assert len(pd.read_parquet(out)) == 3


def test_a_page_whose_extraction_failed_is_extracted_again_when_due(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base, out = seeded(site, tmp_path, 0)
    # A long story (about 0.5 s to extract), so that it times out for certain at 0.01 s.
    rng = random.Random(1)
    words = [f"w{n}" for n in range(500)]
    paragraphs = "".join(f"<p>{' '.join(rng.choices(words, k=40))}.</p>" for _ in range(2500))
    state.pages = {"/p/1": story(1).replace(b"</article>", paragraphs.encode() + b"</article>")}
    assert run_pages(base, out, "--timeout", "0.01") == 1  # extraction times out
    assert json.loads(next(out.glob("_failures/*.jsonl")).read_text())["reason"] == "timeout"
    with StateStore(out / "_state.sqlite") as store:
        store._db.execute("UPDATE urls SET next_retry = 0")  # due now
    assert run_pages(base, out) == 0
    assert len(pd.read_parquet(out)) == 1  # not taken for "not modified"


def test_a_page_given_as_a_source_is_checked_conditionally_and_waits_its_retry(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base, out = seeded(site, tmp_path, 0)
    state.pages = {"/p/1": story(1)}
    args = ["run", f"{base}/p/1", f"{base}/missing", "-o", str(out), *FAST]
    assert main(args) == 1
    assert main(args) == 0  # /missing waits for its retry (a 404: days), /p/1 answers 304
    assert state.counts["/missing"] == 1 and state.conditional == ["/p/1"]
    assert last_run(out)["unchanged_by_reason"] == {"not-modified": 1, "retry-later": 1}


def test_a_folder_keeps_one_format_and_part_names_are_never_reused(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base, out = seeded(site, tmp_path, 2)
    assert run_pages(base, out, "--format", "jsonl") == 0
    state.pages["/p/5"] = story(5)
    assert run_pages(base, out) == 0  # no --format: the folder's jsonl is kept
    assert all(name.endswith(".jsonl") for name in parts(out))
    assert run_pages(base, out, "--format", "parquet") == 2
    # A fresh state store over the same folder starts its runs after the newest part.
    state.pages["/p/6"] = story(6)
    assert run_pages(base, out, "--state", str(tmp_path / "other.sqlite")) == 0
    assert parts(out)[-1].startswith("part-000003-")
    assert len(parts(out)) == 3


def test_two_urls_of_one_article_are_not_written_again_every_run(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    link = '<link rel="canonical" href="https://example.org/story">'
    (pages / "a.html").write_text(STORY.replace("<head>", "<head>" + link))
    (pages / "b.html").write_text(STORY.replace("<head>", "<head>" + link).replace("Tuesday", "Monday"))
    out = tmp_path / "corpus"
    for run in range(3):
        assert main(["run", str(pages), "-o", str(out), "--workers", "1"]) == 0
        stats = json.loads((out / "_run.json").read_text())
        # One row per article: the second URL of it is a same-url copy, every run.
        assert stats["dropped_by_reason"] == {"same-url": 1}
        assert stats["written"] == (1 if run == 0 else 0)
        rejected = [json.loads(line) for line in Path(stats["rejected_file"]).read_text().splitlines()]
        assert [r["rejected_for"] for r in rejected] == ["same-url"]
    assert len(pd.read_parquet(out)) == 1


def test_parts_written_before_page_types_existed_are_read_and_compacted_with_one(
    tmp_path: Path, good_pages: Path
) -> None:
    from articlepipe.export.reader import read

    out = tmp_path / "corpus"
    assert main(["run", str(good_pages), "-o", f"{out}/", "--keep-all"]) == 0
    (old,) = parts(out)
    table = pq.read_table(out / old)
    legacy = table.drop_columns(["page_type"])  # what an earlier version wrote
    pq.write_table(legacy, out / old)
    frame = read(out / old)
    guessed = ["article" if is_article else "listing" for is_article in frame["is_article"]]
    assert list(frame["page_type"]) == guessed and (~frame["is_article"]).any()
    assert main(["compact", str(out)]) == 0
    compacted = pd.read_parquet(out)
    assert compacted["page_type"].notna().all() and len(compacted) == table.num_rows
