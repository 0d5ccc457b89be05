"""The state store on a real SQLite file: schema versions, URL updates and retry times,
parts, and the reader the fetch thread uses."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from articlepipe.errors import StateError
from articlepipe.export.dataset import recover
from articlepipe.state import SCHEMA_VERSION, ArticleUpdate, StateReader, StateStore, UrlUpdate


def test_a_new_store_is_created_in_wal_mode_at_the_current_schema(tmp_path: Path) -> None:
    with StateStore(tmp_path / "s.sqlite") as store:
        assert store.status()["schema"] == SCHEMA_VERSION
    with closing(sqlite3.connect(tmp_path / "s.sqlite")) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_store_from_a_newer_articlepipe_or_another_file_is_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite"
    with closing(sqlite3.connect(newer)) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StateError, match="newer articlepipe"):
        StateStore(newer)
    other = tmp_path / "notes.txt"
    other.write_text("not a database, just some notes that happen to be long enough " * 20)
    with pytest.raises(StateError, match=r"cannot use .* as a state store"):
        StateStore(other)


def test_failures_back_off_and_a_success_clears_them(tmp_path: Path) -> None:
    url = "https://example.org/a"
    with StateStore(tmp_path / "s.sqlite", retry_base=100.0, gone_days=2.0) as store:
        start = time.time()
        store.commit([UrlUpdate(url, ok=False, status=503, reason="fetch:http-503")])
        store.commit([UrlUpdate(url, ok=False, status=503, reason="fetch:http-503")])
        store.commit([UrlUpdate(url, ok=False, status=503, reason="fetch:http-503")])
        reader = StateReader(store.path)
        known = reader.known(url)
        assert known is not None and known.next_retry is not None
        assert 400 <= known.next_retry - start < 410  # 100 x 2^2 after the third failure
        store.commit([UrlUpdate(url, ok=True, status=200, etag='"v2"', body_hash="b2")])
        known = reader.known(url)
        assert known is not None and known.next_retry is None and known.etag == '"v2"'
        store.commit([UrlUpdate(url, ok=False, status=404, reason="fetch:http-404")])
        known = reader.known(url)
        assert known is not None and known.next_retry is not None
        assert 2 * 86400 - 5 < known.next_retry - start < 2 * 86400 + 5
        assert known.etag == '"v2"' and known.body_hash == "b2"  # a failure keeps the validators
        reader.close()
        assert store.status()["urls_by_status"] == {"fetch:http-404": 1}


def test_articles_and_parts_commit_together_and_recover_undoes_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    with StateStore(folder / "_state.sqlite") as store:
        run = store.start_run(1)
        store.reserve_part("part-000001-0000.parquet", run)
        (folder / "part-000001-0000.parquet").write_bytes(b"committed")
        store.commit(
            [UrlUpdate("https://e.org/a", ok=True, content_hash="h", article_id="id-a")],
            [ArticleUpdate("id-a", "h", "https://e.org/a", "part-000001-0000.parquet")],
            part="part-000001-0000.parquet",
            rows=1,
        )
        # A crash after the rename of the next part, before its commit:
        store.reserve_part("part-000001-0001.parquet", run)
        (folder / "part-000001-0001.parquet").write_bytes(b"orphan")
        (folder / ".part-000001-0002.parquet.x.tmp").write_bytes(b"half")
        removed = recover(folder, store)
        assert sorted(removed) == [".part-000001-0002.parquet.x.tmp", "part-000001-0001.parquet"]
        assert sorted(p.name for p in folder.glob("part-*")) == ["part-000001-0000.parquet"]
        assert store.url_content_hash("https://e.org/a") == "h" and store.status()["articles"] == 1
        store.finish_run(run, {"pages": 2, "written": 1}, 0)
        assert store.status()["last_runs"][0]["written"] == 1


def test_backoff_stays_capped_however_many_failures(tmp_path: Path) -> None:
    url = "https://example.org/down"
    with StateStore(tmp_path / "s.sqlite", retry_base=100.0) as store:
        for _ in range(70):
            store.commit([UrlUpdate(url, ok=False, status=503, reason="fetch:http-503")])
        reader = StateReader(store.path)
        known = reader.known(url)
        reader.close()
    assert known is not None and known.next_retry is not None
    assert 86400 - 5 < known.next_retry - time.time() <= 86400  # a day, not the far past


def _open_store(path: Path, barrier: Any, results: Any) -> None:
    barrier.wait()  # both processes open the new file at the same moment
    try:
        with StateStore(path) as store:
            results.put(store.status()["schema"])
    except StateError as exc:
        results.put(str(exc))


def test_two_processes_creating_one_store_at_once_both_succeed(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    for trial in range(5):
        path = tmp_path / f"{trial}.sqlite"
        barrier, results = context.Barrier(2), context.Queue()
        processes = [context.Process(target=_open_store, args=(path, barrier, results)) for _ in range(2)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=60)
        assert [results.get(timeout=5) for _ in processes] == [SCHEMA_VERSION, SCHEMA_VERSION]
