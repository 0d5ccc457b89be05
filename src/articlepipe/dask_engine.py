"""``--engine dask``: the same run on a Dask cluster.

The run's process plans shards (``shards.py``), holds the dataset folder's lock and
state store, and drives two rounds of tasks: every shard is extracted and cleaned on a
worker; then duplicates are matched across all shards, in reading order, against the
earlier runs' signatures too; then every shard writes its own part file, without the
duplicates. Failures and statistics of all shards are gathered into the one
``_run.json``, and the parts are recorded in the state store like a local run's.

With ``--scheduler ADDRESS`` the run uses that cluster (its workers must see the output
folder at the same path: a shared file system); without it, a LocalCluster of
``--workers`` single-threaded processes is started for the run. A worker lost midway
is Dask's to handle: it runs that worker's tasks again elsewhere, and since each task
writes under temporary names and renames, a task run twice leaves one result.

URL sources are read (sitemaps, feeds, URL lists) by the run's own process, which
lists the page URLs without fetching them; the URLs are sharded whole hosts at a time,
so each host is fetched by one worker with the usual politeness (``shards.py``).
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from articlepipe.clean.stage import Cleaner
from articlepipe.config import is_dataset_output
from articlepipe.errors import OutputError, UsageError
from articlepipe.export.dataset import (
    FAILURES_DIR,
    LOCK_NAME,
    REJECTED_DIR,
    STATE_NAME,
    folder_format,
    highest_run,
    recover,
)
from articlepipe.export.jsonl import JsonlWriter
from articlepipe.incremental import dataset_folder, publish_run, update_for
from articlepipe.lock import RunLock
from articlepipe.models import Failure
from articlepipe.pipeline import check_rejected, crawl_limits, rejected_file
from articlepipe.report import RunStats
from articlepipe.shards import (
    Extracted,
    Finished,
    Shard,
    extract_shard,
    finish_shard,
    plan_shards,
    plan_url_shards,
    rejected_path,
    remove_kept,
)
from articlepipe.state import ArticleUpdate, StateStore, UrlUpdate

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

    from articlepipe.fetch.listing import Found
    from articlepipe.pipeline import Job, Progress

log = logging.getLogger(__name__)

INSTALL_HINT = "the dask engine needs dask.distributed: pip install 'articlepipe[dask]'"


def _client(scheduler: str | None, workers: int) -> tuple[Client, Any]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise UsageError(INSTALL_HINT) from exc
    if scheduler:
        try:
            return Client(scheduler, timeout=30), None
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = local_cluster(workers)
    return Client(cluster), cluster


def _register_pool(client: Client, name: str) -> None:
    from articlepipe.dask_pool import ExtractionPool

    client.register_plugin(ExtractionPool(name), name=name)


def _unregister_pool(client: Client, name: str) -> None:
    """Stop the workers' extraction processes: an existing cluster outlives the run."""
    try:
        client.unregister_worker_plugin(name)
    except (OSError, ValueError) as exc:  # the cluster is gone, or never had it
        log.debug("the workers' extraction processes were not stopped: %s", exc)


def local_cluster(workers: int) -> LocalCluster:
    """A LocalCluster of ``workers`` single-threaded processes that may start processes
    of their own (not daemons), so that each extracts its pages in a child process with
    a per-page timeout (``shards.extract_shard``)."""
    import dask
    from distributed import LocalCluster

    # Set for this whole process, not only around the start: a nanny reads it again
    # each time it restarts a worker that died.
    dask.config.set({"distributed.worker.daemon": False})
    try:
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    except RuntimeError as exc:  # "Nanny failed to start": each Dask worker imports __main__
        raise UsageError(
            f"the Dask workers could not start ({exc}); from a script, put the call to "
            'articlepipe.run under `if __name__ == "__main__":` (see docs/api.md)'
        ) from exc


def _check(job: Job) -> Path:
    settings = job.settings
    if not is_dataset_output(settings.output):
        raise UsageError(
            f"the dask engine writes a dataset folder (one part file per shard); "
            f"give -o {settings.output}/ or another folder"
        )
    if settings.output_format not in ("parquet", "jsonl"):
        raise OutputError(f"a dataset folder holds parquet or jsonl parts, not {settings.output_format}")
    folder = dataset_folder(settings.output)
    existing = folder_format(folder)
    if existing is not None and existing != settings.output_format:
        raise OutputError(f"{folder} holds {existing} parts; use --format {existing}, or another folder")
    return folder


def run_dask(job: Job, progress: Progress | None = None) -> RunStats:
    """Run ``job`` on a Dask cluster into its dataset folder; see the module docstring."""
    settings = job.settings
    folder = _check(job)
    check_rejected(settings, folder / REJECTED_DIR / "part.jsonl", dataset=folder)
    state_path = Path(settings.state) if settings.state else folder / STATE_NAME
    stats = RunStats()  # its clock counts the cluster's start-up too
    with RunLock(folder / LOCK_NAME):
        store = StateStore(state_path, gone_days=settings.gone_days)
        try:
            recover(folder, store)
            remove_kept(folder)
            run = store.start_run(os.getpid())
            label = max(run, highest_run(folder) + 1)
            dropped_to = rejected_file(settings, folder / REJECTED_DIR / f"part-{run:06d}.jsonl")
            client, cluster = _client(settings.scheduler, settings.workers)
            log.info("the Dask cluster is up after %.1f s", stats.elapsed)
            pool_name = f"articlepipe-extraction-{uuid.uuid4().hex[:12]}"
            target = _Target(folder, store, state_path, run, label, pool_name, dropped_to)
            try:
                _register_pool(client, pool_name)
                _drive(job, client, target, stats)
                if progress is not None:
                    progress(stats)
            except BaseException:
                # On a cluster that outlives the run, tasks left running would write
                # after the lock is released: call them off first.
                client.cancel(target.futures, force=True)
                raise
            finally:
                _unregister_pool(client, pool_name)
                client.close()
                if cluster is not None:
                    cluster.close()
            remove_kept(folder)
            store.finish_run(
                run, {"pages": stats.pages, "written": stats.written}, 1 if stats.failures else 0
            )
        finally:
            store.close()
    publish_run(
        folder, run, stats, settings, state_path=state_path, fmt=settings.output_format, engine="dask"
    )
    return stats


@dataclass(frozen=True, slots=True)
class _Target:
    """Where a distributed run writes."""

    folder: Path
    store: StateStore
    state_path: Path
    run: int
    label: int  # the number in part names
    pool_name: str  # the workers' plugin holding this run's extraction processes
    rejected: Path | None  # where the dropped articles of all shards go
    futures: list[Any] = field(default_factory=list)  # this run's tasks, to cancel


def _plan(job: Job, state_path: Path) -> tuple[list[Shard], Found | None]:
    """The run's shards: local inputs first, in reading order, then the URLs the remote
    sources lead to, grouped by host."""
    settings = job.settings
    shards = plan_shards(job.inputs.local, settings.shard_size)
    if not job.inputs.remote:
        return shards, None
    from articlepipe.fetch.client import FetchSettings
    from articlepipe.fetch.listing import find_urls

    found = find_urls(
        job.inputs.urls,
        job.lists,
        FetchSettings.from_settings(settings),
        crawl_limits(settings, incremental=True),
        state_path if state_path.exists() else None,
    )
    log.info("the sources list %d URLs to fetch; %d records already", len(found.entries), len(found.records))
    return shards + plan_url_shards(found.entries, found.pages, settings.shard_size, len(shards)), found


def _drive(job: Job, client: Client, target: _Target, stats: RunStats) -> None:
    settings = job.settings
    folder, store, run = target.folder, target.store, target.run
    shards, found = _plan(job, target.state_path)
    parts = [f"part-{target.label:06d}-{shard.index:04d}.{settings.output_format}" for shard in shards]
    # pure=False: a run's tasks are never taken for an earlier run's cached results.
    futures = client.map(
        extract_shard,
        shards,
        parts,
        settings=settings,
        folder=str(folder),
        pool_name=target.pool_name,
        pure=False,
    )
    target.futures.extend(futures)
    with JsonlWriter(folder / FAILURES_DIR / f"part-{run:06d}.jsonl") as failures:
        notes: list[UrlUpdate] = []
        for record in found.records if found is not None else ():
            stats.add(record)  # what reading the sources gave: sources that failed, URLs not due
            if isinstance(record, Failure):
                failures.write_record(record.to_record())
            update = update_for(record)
            if update is not None:
                notes.append(update)
        extracted: list[Extracted] = client.gather(futures)
        # Released now: a client still holding them would have Dask compute step 1
        # again when a worker holding a result dies during step 2.
        client.cancel(futures)
        del futures
        target.futures.clear()
        log.info("%d shards extracted after %.1f s", len(shards), stats.elapsed)
        for shard_result in extracted:
            stats.merge(shard_result.stats)
            notes += shard_result.notes
            for failure in shard_result.failures:
                failures.write_record(failure)
    if notes:
        store.commit(notes)
    verdicts = _match(extracted, settings.dedup, settings.dedup_threshold, store)
    log.info("duplicates matched after %.1f s", stats.elapsed)
    for name in parts:
        store.reserve_part(name, run)
    writing = client.map(
        finish_shard,
        [shard.index for shard in shards],
        parts,
        [extracted[shard.index].attempt for shard in shards],
        [verdicts[shard.index] for shard in shards],
        settings=settings,
        folder=str(folder),
        pure=False,
    )
    target.futures.extend(writing)
    finished: list[Finished] = client.gather(writing)
    for name, result in zip(parts, finished, strict=True):
        stats.merge(result.stats)
        left_out = verdicts[result.index]
        written, noted = [], []
        for position, kept in enumerate(extracted[result.index].kept):
            verdict = left_out.get(position)
            if verdict is None or (settings.dedup == "flag" and verdict[0] != "same-text"):
                written.append(kept)
            else:
                # As the local engine notes them: the URL's text, so the next run knows it.
                reason = verdict[0] if verdict[0] == "same-text" else f"dropped:{verdict[0]}"
                noted.append(replace(kept.update, reason=reason))
        if noted:
            store.commit(noted)
        if result.part is None:
            store.forget_part(name)
            continue
        store.commit(
            [k.update for k in written],
            [ArticleUpdate(k.id, k.content_hash, k.article_url, name, k.signature) for k in written],
            part=name,
            rows=result.rows,
        )

    if target.rejected is not None:
        stats.rejected_file = str(target.rejected)
        _gather_rejected(folder, parts, target.rejected)


def _gather_rejected(folder: Path, parts: list[str], target: Path) -> None:
    """The shards' dropped articles, in shard order, into the one ``--rejected`` file."""
    with JsonlWriter(target) as rejected:
        for name in parts:
            path = rejected_path(folder, name)
            if path.exists():  # a shard with nothing to write may have dropped nothing
                with path.open(encoding="utf-8") as lines:
                    for line in lines:
                        rejected.write_record(json.loads(line))


def _match(
    extracted: list[Extracted], dedup: str, threshold: float, store: StateStore
) -> dict[int, dict[int, tuple[str, str, str]]]:
    """Per shard, the articles not to write as they are: copies of an earlier one (the
    same id, text or nearly the text, in reading order or an earlier run's), and texts
    unchanged since the last run; each (reason, original id, detail)."""
    cleaner = Cleaner(dedup=dedup, threshold=threshold)
    cleaner.remember(store.signatures)
    verdicts: dict[int, dict[int, tuple[str, str, str]]] = {}
    written: dict[str, str] = {}  # ids this run writes -> their text hash
    # The same decisions, in the same order, as the local engine's cleaner and writer;
    # by position in the shard, as two of its pages may give one id.
    for result in extracted:
        shard: dict[int, tuple[str, str, str]] = {}
        for position, kept in enumerate(result.kept):
            copy = cleaner.judge(kept.id, kept.content_hash, "", kept.signature)
            if copy is not None:
                shard[position] = (copy.reason, copy.original, copy.detail)
                if dedup != "flag":
                    continue
            if store.unchanged(kept.url, kept.id, kept.content_hash, written):
                shard[position] = ("same-text", "", "")
                continue
            written[kept.id] = kept.content_hash
        verdicts[result.index] = shard
    return verdicts
