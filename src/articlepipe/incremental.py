"""Incremental runs into a dataset folder: the lock, the state store, conditional
fetching, and part files committed with their URLs.

A run takes the folder's lock (``_lock``; exit 3 while another run holds it), opens the
state store (``_state.sqlite`` unless ``state`` says elsewhere), undoes what a crashed
run left (``dataset.recover``), and then streams its sources as usual, except that:

- URLs fetched within ``recheck_after`` seconds, or failed and not due for a retry, are
  skipped; the others are fetched with If-None-Match / If-Modified-Since, and a 304 or an
  unchanged body is not extracted again;
- an article whose text hash equals the one last written for its id is not written
  again; a changed one is written again with the same id and a newer ``fetched_at``;
- what each URL came to is recorded in the state with the commit of the part holding
  its article (every ``checkpoint`` articles), so a crash redoes at most one part.

Failures go to ``_failures/part-<run>.jsonl``, statistics to ``_runs/<run>.json`` and
``_run.json`` (the latest).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path

from articlepipe.clean.stage import Cleaner, Dropped, Signed
from articlepipe.config import Settings
from articlepipe.errors import OutputError
from articlepipe.export.atomic import make_folder
from articlepipe.export.dataset import (
    FAILURES_DIR,
    LOCK_NAME,
    REJECTED_DIR,
    RUNS_DIR,
    STATE_NAME,
    DatasetWriter,
    folder_format,
    highest_run,
    recover,
)
from articlepipe.export.jsonl import JsonlWriter
from articlepipe.extract.identity import body_hash
from articlepipe.htmlreport import publish_report
from articlepipe.lock import RunLock
from articlepipe.models import Article, Failure, Page, Skipped
from articlepipe.pipeline import Input, Job, Progress, Rejected, check_rejected, rejected_file
from articlepipe.report import RunStats, write_json
from articlepipe.sources.local import LocalFile
from articlepipe.state import StateStore, UrlUpdate

log = logging.getLogger(__name__)


def dataset_folder(output: str) -> Path:
    """The dataset folder ``output`` names, with its subfolders made; raises
    ``OutputError`` when it cannot be made or written."""
    folder = Path(output)
    for sub in (folder, folder / FAILURES_DIR, folder / REJECTED_DIR, folder / RUNS_DIR):
        make_folder(sub)
    return folder


def update_for(item: Input) -> UrlUpdate | None:
    """What the state will record for an input once its record is committed (``None``:
    nothing, as for a URL skipped without a request, or a source that failed)."""
    if isinstance(item, Page):
        # Validators of a redirect's target are not the listed URL's to send back.
        redirected = bool(item.final_url) and item.final_url != item.url
        return UrlUpdate(
            url=item.url,
            ok=True,
            status=item.status,
            etag=None if redirected else item.headers.get("etag"),
            last_modified=None if redirected else item.headers.get("last-modified"),
            body_hash=body_hash(item.body) if item.status is not None else None,
            fetched_at=item.fetched_at or None,
        )
    if isinstance(item, LocalFile):
        return UrlUpdate(url=item.url, ok=True)
    if isinstance(item, Skipped):
        if item.reason not in ("not-modified", "unchanged"):
            return None
        return UrlUpdate(
            url=item.url,
            ok=True,
            status=item.http_status,
            reason=item.reason,
            etag=item.etag,
            last_modified=item.last_modified,
            fetched_at=item.fetched_at or None,
        )
    if item.stage == "source":
        return None  # a list line or a sitemap, not a page to retry
    return UrlUpdate(url=item.url, ok=False, status=item.http_status, reason=f"{item.stage}:{item.reason}")


def failed(update: UrlUpdate | None, failure: Failure) -> UrlUpdate | None:
    """``update`` (see ``update_for``) for an input that became ``failure``."""
    if update is None:
        return None
    reason = f"{failure.stage}:{failure.reason}"
    return replace(update, ok=False, reason=reason, status=failure.http_status or update.status)


def extracted(update: UrlUpdate, article: Article) -> UrlUpdate:
    """``update`` (see ``update_for``) for an input that gave ``article``."""
    return replace(
        update, content_hash=article.content_hash, article_id=article.id, canonical_url=article.canonical_url
    )


def run_incremental(job: Job, progress: Progress | None = None) -> RunStats:
    """Run ``job`` into the dataset folder its settings name; see the module docstring."""
    settings = job.settings
    fmt = settings.output_format
    if fmt not in ("parquet", "jsonl"):
        raise OutputError(
            f"a dataset folder holds parquet or jsonl parts; --format {fmt} is for a single file"
        )
    folder = dataset_folder(settings.output)
    existing = folder_format(folder)
    if existing is not None and settings.format is None:
        fmt = existing  # keep the folder one table
    elif existing is not None and existing != fmt:
        raise OutputError(
            f"{folder} holds {existing} parts; a {fmt} part would split it into two tables "
            f"(use --format {existing}, or another folder)"
        )
    state_path = Path(settings.state) if settings.state else folder / STATE_NAME
    check_rejected(settings, folder / REJECTED_DIR / "part.jsonl", dataset=folder)
    with RunLock(folder / LOCK_NAME) as lock:
        if lock.took_over:
            log.warning(
                "the last run on %s did not finish (%s); its lock is taken over", folder, lock.took_over
            )
        store = StateStore(state_path, gone_days=settings.gone_days)
        try:
            removed = recover(folder, store)
            if removed:
                log.warning("removed what an interrupted run left in %s: %s", folder, ", ".join(removed))
            run = store.start_run(os.getpid())
            label = max(run, highest_run(folder) + 1)
            stats = _stream(job, _Target(folder, fmt, store, run, label, state_path), progress)
            exit_code = 1 if stats.failures else 0
            store.finish_run(run, _counts(stats), exit_code)
        finally:
            store.close()
    publish_run(folder, run, stats, settings, state_path=state_path, fmt=fmt)
    return stats


def publish_run(
    folder: Path,
    run: int,
    stats: RunStats,
    settings: Settings,
    *,
    state_path: Path,
    fmt: str,
    **extra: object,
) -> None:
    """Stop ``stats``' clock and write the run's statistics (``_runs/<run>.json``, and
    ``_run.json`` for the latest) and its report into the dataset folder."""
    stats.finish()
    summary = stats.to_json(
        run=run,
        sources=list(settings.sources),
        output=str(folder),
        format=fmt,
        state=str(state_path),
        failures_file=str(folder / FAILURES_DIR / f"part-{run:06d}.jsonl"),
        workers=settings.workers,
        **extra,
    )
    write_json(folder / RUNS_DIR / f"{run:06d}.json", summary)
    write_json(folder / "_run.json", summary)
    publish_report(summary, folder / "_report.html")


def _counts(stats: RunStats) -> dict[str, int]:
    return {
        "pages": stats.pages,
        "written": stats.written,
        "unchanged": stats.unchanged,
        "failures": stats.failures,
    }


@dataclass(frozen=True, slots=True)
class _Target:
    """Where an incremental run writes."""

    folder: Path
    fmt: str
    store: StateStore
    run: int
    label: int  # the number in part names (see DatasetWriter)
    state_path: Path


def _write_if_changed(
    article: Article,
    update: UrlUpdate,
    *,
    writer: DatasetWriter,
    written: dict[str, str],
    stats: RunStats,
    cleaner: Cleaner,
) -> None:
    if writer.store.unchanged(update.url, article.id, article.content_hash, written):
        writer.note(replace(update, reason="same-text"))
        stats.add_unchanged("same-text")
        return
    writer.write(article, update, signature=cleaner.new_signature(article.id))
    written[article.id] = article.content_hash
    stats.add(article)


def _stream(job: Job, target: _Target, progress: Progress | None) -> RunStats:
    settings = job.settings
    folder, store, run = target.folder, target.store, target.run
    rejected_path = rejected_file(settings, folder / REJECTED_DIR / f"part-{run:06d}.jsonl")
    stats = RunStats(rejected_file=str(rejected_path) if rejected_path else None)
    # One entry per input handed to extraction; extraction gives one record per input,
    # in order, so the two line up.
    updates: deque[UrlUpdate | None] = deque()
    written: dict[str, str] = {}  # ids written by this run -> their content hash
    cleaner = job.cleaner()
    cleaner.remember(store.signatures)  # near-duplicates across runs
    writer = DatasetWriter(
        folder,
        target.fmt,
        run,
        store,
        label=target.label,
        checkpoint=settings.checkpoint,
        row_group_size=settings.row_group_size,
    )
    try:
        with (
            job.records(
                state=target.state_path,
                watch=lambda item: updates.append(update_for(item)),
                on_start=cleaner.prepare,
            ) as records,
            JsonlWriter(folder / FAILURES_DIR / f"part-{run:06d}.jsonl") as failures,
            Rejected(rejected_path) as rejected,
        ):
            for record in records:
                update = updates.popleft()
                if isinstance(record, Article | Signed | Dropped):
                    assert update is not None
                    article = record if isinstance(record, Article) else record.article
                    update = extracted(update, article)
                    cleaned = record if isinstance(record, Dropped) else cleaner(record)
                    if isinstance(cleaned, Dropped):
                        rejected.write(cleaned)
                        writer.note(replace(update, reason=f"dropped:{cleaned.reason}"))
                        stats.add_dropped(cleaned.reason, cleaned.article.url, cleaned.article.hostname)
                    else:
                        _write_if_changed(
                            cleaned, update, writer=writer, written=written, stats=stats, cleaner=cleaner
                        )
                else:
                    if isinstance(record, Failure):
                        failures.write_record(record.to_record())
                        update = failed(update, record)
                    if update is not None:
                        writer.note(update)
                    stats.add(record)
                if progress is not None:
                    progress(stats)
            writer.commit()
    except OSError as exc:
        writer.abort()
        raise OutputError(f"writing the output in {folder} failed: {exc.strerror or exc}") from exc
    except BaseException:
        writer.abort()
        raise
    return stats
