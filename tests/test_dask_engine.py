"""The distributed engine on a real LocalCluster of 2 worker processes."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import dask
import fsspec
import pandas as pd
import pytest
from distributed import Client

from articlepipe.cli import main
from articlepipe.config import Settings
from articlepipe.dask_engine import local_cluster
from articlepipe.dask_pool import ExtractionPool
from articlepipe.errors import UsageError
from articlepipe.export.warc import RawArchive
from articlepipe.extract.identity import article_id
from articlepipe.models import Page
from articlepipe.pipeline import run
from articlepipe.shards import Shard, extract_shard, plan_shards, plan_url_shards, worker_pool
from conftest import EXPECTED, FIXTURES, article_html
from fetch_site import Site, serve_site

FETCH = [
    "--allow-private",
    "--delay",
    "0",
    "--workers",
    "2",
    "--retries",
    "0",
    "--recheck-after",
    "0",
    "--min-words",
    "5",
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with local_cluster(2) as local:
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


def frame(folder: Path, key: str = "id") -> pd.DataFrame:
    return pd.read_parquet(folder).sort_values(key).reset_index(drop=True)


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
    # The AMP page of a fixture, and the archived copies of articles, share a canonical URL.
    archived = sum(1 for p in sorted(FIXTURES.glob("*.html"))[:6] if EXPECTED[p.name]["outcome"] == "article")
    assert stats["dropped_by_reason"]["same-url"] == 1 + archived
    # Every dropped page is on record, the same on both engines, by default.
    assert rejected(Path(stats["rejected_file"])) == rejected(Path(local_stats["rejected_file"]))
    assert Path(stats["rejected_file"]).parent == dask / "_rejected"
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
    while not list(out.glob(".part-*.kept.pickle")) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert worker.is_alive(), "the run ended before a worker could be killed"
    os.kill(pids[0], signal.SIGKILL)
    worker.join(timeout=120)
    assert not worker.is_alive() and "stats" in result
    with Client(cluster) as client:  # the worker restarted in its place may start processes too
        assert not any(client.run(lambda: multiprocessing.current_process().daemon).values())
    mine, theirs = frame(out), frame(reference)
    assert mine["id"].is_unique
    assert list(mine["id"]) == list(theirs["id"]) and list(mine["text"]) == list(theirs["text"])


def test_a_file_output_is_refused_with_what_to_do(cluster: str, tmp_path: Path) -> None:
    dask = {"engine": "dask", "scheduler": cluster}
    with pytest.raises(UsageError, match="dataset folder"):
        run(Settings(sources=(str(FIXTURES),), output=str(tmp_path / "o.parquet"), **dask))  # type: ignore[arg-type]


def test_url_shards_hold_whole_hosts_packed_up_to_the_shard_size() -> None:
    entries = [
        (f"https://{host}.example/{n}", "list", None)
        for host, count in [("a", 5), ("b", 2), ("d", 2)]
        for n in range(count)
    ]
    page = Page(url="https://c.example/story", body=b"<p>x</p>", status=200)
    shards = plan_url_shards(entries, [page], 3, first=4)
    hosts = [{urlsplit(url).hostname for url in urls_of(shard)} for shard in shards]
    assert hosts == [{"a.example"}, {"b.example"}, {"d.example", "c.example"}]
    assert [shard.index for shard in shards] == [4, 5, 6]
    assert shards[2].pages == (page,)  # a page fetched already goes with its host
    assert sum(len(shard.urls) for shard in shards) == len(entries)


def test_url_sources_give_the_records_of_the_local_engine_fetched_by_host(
    cluster: str, tmp_path: Path
) -> None:
    one, two = Site(), Site()
    one.pages = {f"/p/{i}": distinct_story(i) for i in range(6)}
    two.pages = {"/p/copy": distinct_story(0), **{f"/q/{i}": distinct_story(10 + i) for i in range(3)}}
    with serve_site("127.0.0.1", one) as (_, base_one), serve_site("127.0.0.2", two) as (_, base_two):
        listed = tmp_path / "more.urls"
        listed.write_text(f"{base_one}/missing\n{base_two}/q/0\n")
        sources = [f"{base_one}/pages.xml", f"{base_two}/pages.xml", f"{base_two}/story", str(listed)]
        local, dask = tmp_path / "local", tmp_path / "dask"
        assert (
            main(["run", *sources, "-o", f"{local}/", *FETCH, "--rejected", str(tmp_path / "local.jsonl")])
            == 1
        )
        config = str(write_shard_size(tmp_path, 3))
        raw = tmp_path / "raw" / "crawl.warc.gz"
        args = ["run", *sources, "-o", f"{dask}/", *FETCH, "--engine", "dask", "--scheduler", cluster]
        extra = ["--config", config, "--rejected", str(tmp_path / "dask.jsonl"), "--save-raw", str(raw)]
        assert main([*args, *extra]) == 1  # the 404
        # Which of the two copies is the original depends on which the local engine
        # fetched first: compare by text, and the ids but for that pair.
        mine, theirs = frame(dask, "content_hash"), frame(local, "content_hash")
        columns = ["title", "text", "language", "http_status", "content_hash"]
        pd.testing.assert_frame_equal(mine[columns], theirs[columns])
        assert set(mine["id"]) ^ set(theirs["id"]) <= {
            article_id(f"{base_one}/p/0"),
            article_id(f"{base_two}/p/copy"),
        }
        assert len(mine) == 6 + 3 + 1  # one of the two copies is dropped
        stats, local_stats = last_run(dask), last_run(local)
        for key in ("pages", "written", "failures", "dropped", "dropped_by_reason", "failures_by_reason"):
            assert stats[key] == local_stats[key], key
        assert rejected(tmp_path / "dask.jsonl") == rejected(tmp_path / "local.jsonl") == {("duplicate", 1)}
        # One archive per shard of URLs; together they replay the pages fetched.
        assert sorted(p.name for p in raw.parent.iterdir()) == ["crawl-0000.warc.gz", "crawl-0001.warc.gz"]
        # Again: every page is asked for conditionally, and nothing is written twice.
        one.conditional.clear()
        assert main([*args, "--config", config]) == 0  # the 404 waits for its retry
        assert sorted(one.conditional) == sorted(one.pages)
        again = last_run(dask)
        assert again["written"] == 0
        assert again["unchanged_by_reason"] == {"not-modified": 10, "unchanged": 1, "retry-later": 1}
    replayed = tmp_path / "replayed"
    assert main(["run", str(raw.parent), "-o", f"{replayed}/", "--workers", "2", "--min-words", "5"]) == 0
    assert set(frame(replayed)["id"]) == set(mine["id"])


def distinct_story(seed: int) -> bytes:
    """A page of sentences drawn by ``seed``: no two seeds give near-duplicates."""
    draw = random.Random(seed)
    nouns = ["council", "clinic", "doctor", "river", "school", "market", "bridge", "farmer", "nurse"]
    verbs = ["visited", "opened", "closed", "praised", "funded", "repaired", "inspected", "moved"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    sentences = [
        f"The {draw.choice(nouns)} {draw.choice(verbs)} the {draw.choice(nouns)} near the "
        f"{draw.choice(nouns)} on {draw.choice(days)} after {draw.randint(2, 90)} years."
        for _ in range(12)
    ]
    paragraphs = "".join(f"<p>{' '.join(sentences[i : i + 4])}</p>" for i in range(0, 12, 4))
    title = f"Report number {seed}"
    body = f"<article><h1>{title}</h1>{paragraphs}</article>"
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def urls_of(shard: Shard) -> list[str]:
    return [url for url, _, _ in shard.urls] + [page.url for page in shard.pages]


def rejected(path: Path) -> set[tuple[str, int]]:
    reasons = pd.read_json(path, lines=True)["rejected_for"]
    return {(str(reason), int(count)) for reason, count in reasons.value_counts().items()}


def last_run(folder: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((folder / "_run.json").read_text())
    return data


def test_a_page_over_the_timeout_fails_alone_and_the_shard_goes_on(cluster: str, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):
        (pages / f"{i}.html").write_bytes(distinct_story(i))
    # About 4 s to extract: over the 1 s timeout for certain, where the others take 0.05 s.
    draw = random.Random(1)
    words = [f"w{n}" for n in range(500)]
    paragraphs = "".join(f"<p>{' '.join(draw.choices(words, k=40))}.</p>" for _ in range(20_000))
    (pages / "1-long.html").write_text(article_html().replace("</article>", paragraphs + "</article>"))
    out = tmp_path / "out"
    args = ["run", str(pages), "-o", f"{out}/", "--engine", "dask", "--scheduler", cluster, "--timeout", "1"]
    assert main([*args, "--min-words", "5"]) == 1
    failures = pd.read_json(next(out.glob("_failures/*.jsonl")), lines=True)
    assert list(failures["reason"]) == ["timeout"] and failures["url"][0].endswith("1-long.html")
    assert len(pd.read_parquet(out)) == 3


def test_a_daemonic_worker_extracts_in_its_own_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("articlepipe.shards.can_start_processes", lambda: False)
    pages = sorted(FIXTURES.glob("*.html"))[:4]
    shard = Shard(0, tuple(map(str, pages)), tuple(str(FIXTURES) for _ in pages))
    result = extract_shard(shard, "part-000001-0000.jsonl", settings=Settings(), folder=str(tmp_path))
    assert len(result.kept) + len(result.failures) + result.stats.dropped == len(pages)
    assert result.kept and (tmp_path / f".part-000001-0000.jsonl.{result.attempt}.kept.pickle").exists()
    assert "no per-page timeout" in caplog.text


def test_the_dask_engine_publishes_to_object_storage(cluster: str, corpus: Path, tmp_path: Path) -> None:
    memory = fsspec.filesystem("memory")
    url = "memory://dask-bucket/corpus/"
    args = ["run", str(corpus), "-o", url, "--engine", "dask", "--scheduler", cluster]
    try:
        assert main([*args, "--work-dir", str(tmp_path / "work")]) == 1  # fixtures that fail
        parts = sorted(
            p for p in memory.find("/dask-bucket/corpus") if p.startswith("/dask-bucket/corpus/part-")
        )
        published = pd.concat(pd.read_parquet(f"memory://{p}") for p in parts)
        assert sorted(published["id"]) == sorted(frame(tmp_path / "work")["id"])
        assert memory.exists("/dask-bucket/corpus/_state.sqlite")
    finally:
        memory.rm("/dask-bucket", recursive=True)


def _pool_facts() -> tuple[bool, str | None]:
    pool = worker_pool("test-pool")
    if pool is None:
        return False, None
    return True, pool.schedule(os.getenv, args=("MALLOC_TRIM_THRESHOLD_",)).result(timeout=30)


def test_each_worker_keeps_one_extraction_process_without_the_nannys_malloc_setting(cluster: str) -> None:
    with Client(cluster) as client:
        client.register_plugin(ExtractionPool("test-pool"), name="test-pool")
        try:
            facts = client.gather(client.map(lambda _: _pool_facts(), range(4), pure=False))
            # The nanny sets it for the worker; the extraction process runs without it.
            assert "MALLOC_TRIM_THRESHOLD_" in dask.config.get("distributed.nanny.pre-spawn-environ")
            assert facts == [(True, None)] * 4
        finally:
            client.unregister_worker_plugin("test-pool")
        assert (
            client.gather(client.map(lambda _: worker_pool("test-pool") is None, range(2), pure=False))
            == [True] * 2
        )


def test_site_rules_reach_the_workers(cluster: str, tmp_path: Path) -> None:
    from test_extract_site_rules import HTML, RULES

    pages = tmp_path / "pages"
    pages.mkdir()
    canonical = '<head><link rel="canonical" href="https://news.harbour.example/a">'
    (pages / "a.html").write_text(HTML.replace("<head>", canonical))
    (tmp_path / "rules.toml").write_text(RULES)
    out = tmp_path / "out"
    args = ["run", str(pages), "-o", f"{out}/", "--rules", str(tmp_path / "rules.toml")]
    assert main([*args, "--engine", "dask", "--scheduler", cluster]) == 0
    row = frame(out).iloc[0]
    assert "Poll:" not in row["text"] and "Paragraph 4 of the story" in row["text"]
    assert any(removed["rule"].startswith("site:") for removed in row["removed"])


def test_two_pages_of_one_article_in_a_shard_are_written_once(cluster: str, tmp_path: Path) -> None:
    # An article and its copy under another path naming it canonical: one id, one text.
    pages = tmp_path / "pages"
    pages.mkdir()
    html = distinct_story(3).replace(
        b"<head>", b'<head><link rel="canonical" href="https://a.example/story">'
    )
    (pages / "a.html").write_bytes(html)
    (pages / "b-amp.html").write_bytes(html)
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert main(["run", str(pages), "-o", f"{local}/", "--min-words", "5"]) == 0
    assert (
        main(
            [
                "run",
                str(pages),
                "-o",
                f"{dask}/",
                "--min-words",
                "5",
                "--engine",
                "dask",
                "--scheduler",
                cluster,
            ]
        )
        == 0
    )
    assert len(frame(local)) == 1
    pd.testing.assert_frame_equal(frame(dask)[["id", "url", "text"]], frame(local)[["id", "url", "text"]])


def _kill_and_use_pool(name: str) -> tuple[int, int]:
    pool = worker_pool(name)
    assert pool is not None
    first = pool.schedule(os.getpid).result(timeout=30)
    os.kill(first, signal.SIGKILL)  # the extraction process dies while idle
    time.sleep(0.5)
    again = worker_pool(name)
    assert again is not None
    return first, again.schedule(os.getpid).result(timeout=30)


def test_a_pool_whose_process_died_is_started_again_and_runs_keep_their_own(cluster: str) -> None:
    with Client(cluster) as client:
        for name in ("run-a", "run-b"):
            client.register_plugin(ExtractionPool(name), name=name)
        try:
            first, second = client.submit(_kill_and_use_pool, "run-a", pure=False).result()
            assert first != second
            # The other run's pool was never touched by the first one's registering.
            assert client.submit(lambda: worker_pool("run-b") is not None, pure=False).result()
        finally:
            for name in ("run-a", "run-b"):
                client.unregister_worker_plugin(name)
