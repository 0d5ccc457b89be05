"""The distributed engine on a real LocalCluster of 2 worker processes."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from distributed import Client, LocalCluster

from articlepipe.cli import main
from articlepipe.config import Settings
from articlepipe.errors import UsageError
from articlepipe.export.warc import RawArchive
from articlepipe.models import Page
from articlepipe.pipeline import run
from articlepipe.shards import plan_shards
from conftest import FIXTURES


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local.scheduler_address


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The bundled pages (some fail, some are no articles), planted copies, and a WARC."""
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder / "pages")
    pages = sorted((folder / "pages").glob("*.html"))
    big = max(pages, key=lambda p: p.stat().st_size)
    shutil.copy(big, folder / "pages" / "zz-exact-copy.html")  # a duplicate in another shard
    with RawArchive(folder / "crawl.warc.gz", "test") as warc:
        for n, page in enumerate(pages[:6]):
            warc.write(Page(url=f"https://archive.example/{n}", body=page.read_bytes(), status=200))
    return folder


def frame(folder: Path) -> pd.DataFrame:
    return pd.read_parquet(folder).sort_values("id").reset_index(drop=True)


def test_the_dask_engine_gives_the_records_of_the_local_engine(
    cluster: str, corpus: Path, tmp_path: Path
) -> None:
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert main(["run", str(corpus), "-o", f"{local}/", "--workers", "2"]) == 1  # fixtures that fail
    args = ["run", str(corpus), "-o", f"{dask}/", "--engine", "dask", "--scheduler", cluster]
    assert main([*args, "--config", str(write_shard_size(tmp_path, 7))]) == 1
    assert len(plan_shards([str(corpus)], 7)) > 4  # several shards, one of them the WARC
    mine, theirs = frame(dask), frame(local)
    columns = ["id", "url", "title", "text", "language", "duplicate_of", "content_hash"]
    pd.testing.assert_frame_equal(mine[columns], theirs[columns])
    assert mine["id"].is_unique
    stats = pd.read_json(dask / "_run.json", typ="series")
    local_stats = pd.read_json(local / "_run.json", typ="series")
    for key in ("pages", "written", "failures", "dropped"):
        assert stats[key] == local_stats[key], key
    assert stats["dropped_by_reason"] == local_stats["dropped_by_reason"]
    assert "duplicate" in stats["dropped_by_reason"]  # the planted copy, found across shards
    # Run again: nothing changed, nothing is written twice.
    assert main([*args, "--config", str(write_shard_size(tmp_path, 7))]) == 1
    assert len(pd.read_parquet(dask)) == len(mine)


def write_shard_size(tmp_path: Path, size: int) -> Path:
    config = tmp_path / "dask.toml"
    config.write_text(f"shard_size = {size}\n")
    return config


def test_a_worker_killed_midway_costs_no_record_and_doubles_none(
    cluster: str, corpus: Path, tmp_path: Path
) -> None:
    reference = tmp_path / "reference"
    assert main(["run", str(corpus), "-o", f"{reference}/", "--workers", "2"]) == 1
    out = tmp_path / "dask"
    settings = Settings(
        sources=(str(corpus),), output=f"{out}/", engine="dask", scheduler=cluster, shard_size=2
    )
    with Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
    result: dict[str, object] = {}
    worker = threading.Thread(target=lambda: result.setdefault("stats", run(settings)))
    worker.start()
    deadline = time.monotonic() + 60
    while not list(out.glob(".part-*.kept.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert worker.is_alive(), "the run ended before a worker could be killed"
    os.kill(pids[0], signal.SIGKILL)
    worker.join(timeout=120)
    assert not worker.is_alive() and "stats" in result
    mine, theirs = frame(out), frame(reference)
    assert mine["id"].is_unique
    assert list(mine["id"]) == list(theirs["id"]) and list(mine["text"]) == list(theirs["text"])


def test_url_sources_and_file_outputs_are_refused_with_what_to_do(cluster: str, tmp_path: Path) -> None:
    dask = {"engine": "dask", "scheduler": cluster}
    with pytest.raises(UsageError, match="local engine"):
        run(Settings(sources=("https://example.org/",), output=f"{tmp_path}/o/", **dask))  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="dataset folder"):
        run(Settings(sources=(str(FIXTURES),), output=str(tmp_path / "o.parquet"), **dask))  # type: ignore[arg-type]
