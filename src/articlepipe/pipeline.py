"""Compose the stages of a run and drive them: sources -> extract -> export.

Stages are lazy iterators; the run drains them once, so memory stays flat however many
pages there are. Extraction runs in a pool of worker processes with a bounded number of
pages in flight; results come back in input order, so the output is deterministic.
The parent only lists the input files: each worker reads the file it extracts, so the
parent's CPU time (taken from the workers on a small machine) stays small.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, TimeoutError
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pebble import ProcessExpired, ProcessPool

from articlepipe.clean.quality import QualityRules
from articlepipe.clean.stage import Cleaner, Dropped, Signed, clean_in_worker
from articlepipe.config import Settings, check_output, is_dataset_output
from articlepipe.errors import OutputError, ReadError, UsageError
from articlepipe.export.atomic import make_folder
from articlepipe.export.formats import open_writer
from articlepipe.export.jsonl import JsonlWriter
from articlepipe.htmlreport import publish_report
from articlepipe.logs import event
from articlepipe.models import Article, Failure, Page, Skipped
from articlepipe.report import RunStats, write_json
from articlepipe.sources.inputs import Inputs, split_sources
from articlepipe.sources.local import LocalFile, check_sources, iter_local_files
from articlepipe.sources.urls import read_url_list
from articlepipe.worker_processes import in_a_workers_start, start_workers, worker_context

if TYPE_CHECKING:
    from articlepipe.export.warc import RawArchive
    from articlepipe.extract.site_rules import SiteRules
    from articlepipe.fetch.crawl import CrawlLimits

log = logging.getLogger(__name__)

# Pages queued per worker. Results leave in input order, so one slow page holds back the
# ones queued after it: the queue must be deep enough that the other workers stay busy
# meanwhile. Measured with bench/scaling.py (1,000 pages): 2 workers ran 1.70x one worker
# with 4 pages queued per worker, 1.84x with 16.
IN_FLIGHT_PER_WORKER = 16
# ... and a cap on the bytes of those pages, so a run of huge pages cannot fill memory.
IN_FLIGHT_BYTES = 256 * 1024 * 1024

Item = Page | LocalFile
# What goes to the extraction stage: a page, a file to read, or a record that passes by.
Input = Item | Failure | Skipped
# A worker takes the kind of item its stage is given (Pages, or files it reads itself).
Worker = Callable[[Any], Article | Signed | Dropped | Failure]
Progress = Callable[[RunStats], None]


@dataclass(frozen=True, slots=True)
class _Pending:
    url: str
    size: int
    future: Future[Article | Signed | Dropped | Failure]


def _settle(
    url: str, future: Future[Article | Signed | Dropped | Failure], timeout: float
) -> Article | Signed | Dropped | Failure:
    try:
        return future.result()
    except TimeoutError:
        return Failure(
            url=url,
            stage="extract",
            reason="timeout",
            message=f"extraction took longer than {timeout:g} s (page_timeout); the worker was stopped",
        )
    except BrokenProcessPool as exc:
        raise _broken(exc) from exc
    except ProcessExpired as exc:
        return Failure(
            url=url,
            stage="extract",
            reason="worker-died",
            message=f"the extraction process died (exit code {exc.exitcode}) on this page; "
            "it may exhaust memory or crash the parser",
        )


def _broken(exc: Exception) -> UsageError:
    return UsageError(
        "the extraction processes could not start or stopped working "
        f"({type(exc).__name__}: {str(exc) or 'see the messages above'}); is the disk or memory "
        "full? Nothing is lost: the next run redoes what this one did not write"
    )


def process_page(page: Page, rules: SiteRules = ()) -> Article | Failure:
    """In a worker: extract one page. (The extractor is imported here, in the worker, so
    the run's own process never loads it: about 0.15 s and 20 MB saved on every run.)"""
    from articlepipe.extract.dispatch import process_page as extract

    return extract(page, rules)


def warm_up() -> None:
    """In a new worker: make sure the extractor and the cleaning are loaded before the
    first page (the fork server preloads them; this covers a platform without one), so
    that cost does not count against the first page's timeout."""
    import articlepipe.preload  # noqa: F401


def read_and_process(
    item: Item,
    max_bytes: int,
    rules: SiteRules = (),
    *,
    normalise: bool = True,
    quality: QualityRules | None = None,
    languages: frozenset[str] = frozenset(),
    sign: bool = False,
) -> Article | Signed | Dropped | Failure:
    """In a worker: read a listed file (a Page is already read), extract it, and clean
    it (``clean_in_worker``): with ``quality`` rules given, an article they reject comes
    back ``Dropped``; with only ``languages``, an article in another language does. All
    of it is per article, so it runs here, in parallel; the run's own process only
    matches duplicates."""
    if isinstance(item, LocalFile):
        try:
            page = item.read(max_bytes)
        except ReadError as exc:
            return exc.to_failure()
    else:
        page = item
    try:
        result = process_page(page, rules)
        if isinstance(result, Failure):
            return result
        checks = quality if quality is not None else QualityRules(languages=languages)
        return clean_in_worker(
            result, normalise=normalise, rules=checks, quality=quality is not None, sign=sign
        )
    except RecursionError:
        return Failure(
            url=page.url, stage="extract", reason="too-deep", message="the page nests too deep to extract"
        )
    except MemoryError:
        return Failure(
            url=page.url,
            stage="extract",
            reason="out-of-memory",
            message="extracting the page ran out of memory",
        )
    except Exception as exc:
        # A bug met on one page (the fuzz tests find them: a link urllib refuses, say)
        # fails that page, with its traceback in the failure record, and the run goes
        # on: one page of the open web must not stop a batch of a million. (Not logged
        # here: a worker process has no log set up; the run logs the failure.)
        return Failure(
            url=page.url,
            stage="extract",
            reason="bug",
            message=f"{type(exc).__name__}: {exc} (a bug in articlepipe; please report it with the page)\n"
            + traceback.format_exc(limit=-8),
        )


def _size(item: Item) -> int:
    return item.size if isinstance(item, LocalFile) else len(item.body)


def extract_stage(
    items: Iterable[Item | Failure | Skipped],
    *,
    workers: int,
    timeout: float,
    worker: Worker = process_page,
    on_start: Callable[[], object] | None = None,
    pool: ProcessPool | None = None,
) -> Generator[Article | Signed | Dropped | Failure | Skipped, None, None]:
    """Run ``worker`` on every Page (or listed file) in a process pool; Failures and
    Skipped records pass straight through, so each input gives exactly one output.

    Yields in input order. A page that runs longer than ``timeout`` seconds, or kills
    its worker, becomes a Failure and the worker is replaced; the other pages go on.
    The workers start with the first page to extract (a run where every page is
    skipped starts none); ``on_start`` is called then, while they load. Given a
    ``pool`` of ``workers`` processes (a Dask worker's, kept from shard to shard), the
    stage uses it and leaves it running.
    """
    context = worker_context()
    own = pool is None
    if pool is None:
        pool = ProcessPool(max_workers=workers, context=context, initializer=warm_up)
    started = not own
    pending: deque[_Pending | Failure | Skipped] = deque()
    limit = workers * IN_FLIGHT_PER_WORKER
    in_flight_bytes = 0

    def settle(entry: _Pending | Failure | Skipped) -> Article | Signed | Dropped | Failure | Skipped:
        nonlocal in_flight_bytes
        if isinstance(entry, Failure | Skipped):
            return entry
        in_flight_bytes -= entry.size
        result = _settle(entry.url, entry.future, timeout)
        if isinstance(result, Failure) and result.reason == "bug":
            # Loud in the run's own log, in its format; the traceback is in the record.
            log.error("a bug in articlepipe on %s: %s", result.url, result.message.splitlines()[0])
        return result

    try:
        for item in items:
            if isinstance(item, Failure | Skipped):
                pending.append(item)
            else:
                if not started:
                    started = True
                    start_workers(context)
                    if on_start is not None:
                        on_start()
                try:
                    future = pool.schedule(worker, args=(item,), timeout=timeout)
                except (BrokenProcessPool, RuntimeError) as exc:  # RuntimeError: pebble's pool in error
                    raise _broken(exc) from exc
                pending.append(_Pending(item.url, _size(item), future))
                in_flight_bytes += _size(item)
            while len(pending) >= limit or (in_flight_bytes > IN_FLIGHT_BYTES and len(pending) > 1):
                yield settle(pending.popleft())
        while pending:
            yield settle(pending.popleft())
    except BaseException:
        if own:
            pool.stop()  # type: ignore[no-untyped-call]  # pebble leaves these unannotated
        else:  # a shared pool goes on: only this stage's pages are called off
            for entry in pending:
                if isinstance(entry, _Pending):
                    entry.future.cancel()
        raise
    finally:
        if own:
            pool.close()  # type: ignore[no-untyped-call]
            pool.join()


@dataclass(frozen=True, slots=True)
class RunPaths:
    """Where a run writes: the articles, the failures and the statistics."""

    output: Path
    failures: Path
    stats: Path
    report: Path
    rejected: Path

    @classmethod
    def for_output(cls, output: str) -> RunPaths:
        """Failures, dropped articles and statistics go next to the articles file."""
        path = Path(output)
        folder = path.parent
        return cls(
            path,
            folder / "failures.jsonl",
            folder / "run.json",
            folder / "report.html",
            folder / "rejected.jsonl",
        )


def prepare_output(settings: Settings) -> RunPaths:
    """Create the output folder and check it is writable, before any work is done."""
    paths = RunPaths.for_output(settings.output)
    make_folder(paths.output.parent)
    return paths


def _guarded(progress: Progress | None) -> Progress | None:
    """``progress`` (the caller's code) that cannot stop the run: its first error is
    logged, and it is not called again."""
    if progress is None:
        return None
    broken = False

    def call(stats: RunStats) -> None:
        nonlocal broken
        if broken:
            return
        try:
            progress(stats)
        except Exception as exc:
            broken = True
            event(
                "progress-failed",
                f"the progress callback raised {type(exc).__name__}: {exc}; the run goes on without it",
                logging.WARNING,
            )

    return call


def _warn_if_sidecars_taken(paths: RunPaths) -> None:
    """The failures, rejected, run.json and report files belong to the folder: say so when
    they were another output's (two formats written into one folder)."""
    try:
        previous = json.loads(paths.stats.read_text(encoding="utf-8")).get("output")
    except (OSError, ValueError, AttributeError):
        return
    if isinstance(previous, str) and Path(previous).name != paths.output.name:
        event(
            "sidecars-replaced",
            f"{paths.stats.name}, {paths.failures.name}, {paths.rejected.name} and {paths.report.name} "
            f"in {paths.output.parent} were written for {previous} and are replaced by this run's; "
            "give each output its own folder to keep both",
            logging.WARNING,
            previous_output=previous,
        )


def site_rules(settings: Settings) -> SiteRules:
    """The site rules ``settings`` name (``--rules``), loaded; raises ``ConfigError``."""
    if not settings.rules:
        return ()
    from articlepipe.extract.site_rules import load_rules

    return load_rules(Path(settings.rules))


def page_worker(settings: Settings, rules: SiteRules = ()) -> Worker:
    """What a worker does with each page or file of a run under ``settings``: read,
    extract and clean it (``read_and_process``), with the quality filters when on (the
    language filter whenever languages are asked for)."""
    quality = QualityRules(
        min_words=settings.min_words,
        languages=frozenset(settings.lang),
        page_types=frozenset(settings.page_types),
        min_prose_share=settings.min_prose_share,
    )
    return partial(
        read_and_process,
        max_bytes=settings.max_page_bytes,
        rules=rules,
        normalise=settings.normalise,
        quality=quality if settings.quality else None,
        languages=frozenset(settings.lang),
        sign=settings.dedup != "off",
    )


@dataclass(frozen=True, slots=True)
class Job:
    """What a run reads, checked before any work is done."""

    settings: Settings
    inputs: Inputs
    lists: Sequence[tuple[str, Iterable[str | Failure]]]
    rules: SiteRules

    @classmethod
    def plan(cls, settings: Settings) -> Job:
        """Check the sources and open the URL lists; raises ``UsageError`` when unusable."""
        if not settings.sources:
            raise UsageError(
                "no sources given; pass URLs, sitemaps, feeds, URL lists, folders or files, "
                "or set sources in the config file"
            )
        inputs = split_sources(settings.sources)
        check_sources(inputs.local)
        lists = [("standard input" if p == "-" else p, read_url_list(p)) for p in inputs.lists]
        return cls(settings, inputs, lists, site_rules(settings))

    def cleaner(self) -> Cleaner:
        """The run's duplicate matching."""
        return Cleaner(dedup=self.settings.dedup, threshold=self.settings.dedup_threshold)

    @contextmanager
    def records(
        self,
        state: Path | None = None,
        watch: Callable[[Input], None] | None = None,
        on_start: Callable[[], object] | None = None,
    ) -> Iterator[Iterator[Article | Signed | Dropped | Failure | Skipped]]:
        """Every input as one record, in the order of the inputs handed to extraction:
        local files, then what the fetch stage gives (conditional on ``state``, if
        given). ``watch`` sees each input as it goes to extraction; ``on_start`` is
        called once the workers are starting (see ``extract_stage``). Leaving the block
        stops the worker processes and the crawl's thread."""
        settings = self.settings
        items: Iterable[Input] = iter_local_files(self.inputs.local, settings.max_page_bytes)
        fetched = _fetched(self.inputs.urls, self.lists, settings, state) if self.inputs.remote else None
        with ExitStack() as stack:
            if fetched is not None:
                if settings.save_raw:
                    from articlepipe.export.warc import RawArchive

                    # Left by an exception, it keeps no partial archive, like any export.
                    archive = stack.enter_context(RawArchive(settings.save_raw, settings.user_agent))
                    items = itertools.chain(items, _archived(fetched, archive))
                else:
                    items = itertools.chain(items, fetched)
            if watch is not None:
                items = _watched(items, watch)
            records = extract_stage(
                items,
                workers=settings.workers,
                timeout=settings.page_timeout,
                worker=page_worker(settings, self.rules),
                on_start=on_start,
            )
            try:
                yield records
            finally:
                records.close()  # stops the worker pool at once if the loop was left early
                if fetched is not None:
                    fetched.close()  # and the crawl's thread (closing the chain would not reach it)


def rejected_file(settings: Settings, default: Path) -> Path | None:
    """Where a run writes the articles it drops: ``--rejected``, else ``default`` (next to
    the output); ``None`` with ``--rejected none``. (``check_rejected`` first.)"""
    if not settings.keeps_rejected:
        return None
    return Path(settings.rejected) if settings.rejected else default


def check_rejected(
    settings: Settings, default: Path, *, taken: Sequence[Path] = (), dataset: Path | None = None
) -> None:
    """Refuse, before any work, a rejected file the run cannot write or must not: a
    folder, one of the run's ``taken`` files (its output, its failures), a file inside
    the ``dataset`` folder (whose files are the dataset's own), or one in a folder that
    does not exist or cannot be written. Raises ``UsageError``."""
    path = rejected_file(settings, default)
    if path is None:
        return
    resolved = path.resolve()
    if path.is_dir():
        raise UsageError(f"--rejected {path} is a folder; give a .jsonl file, or --rejected none")
    for other in taken:
        if resolved == other.resolve():
            raise UsageError(
                f"the rejected articles would be written to {path}, which is also the run's "
                f"{other.name}; give --rejected another file (or -o another name)"
            )
    if dataset is not None and settings.rejected and resolved.is_relative_to(dataset.resolve()):
        raise UsageError(
            f"--rejected {path} is inside the dataset folder {dataset}, whose files are the "
            "dataset's own; give a file outside it (by default they go to its _rejected/)"
        )
    folder = path.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(
            f"cannot write the rejected articles to {path}: its folder {folder} does not exist or is "
            "not writable; give --rejected another file, or --rejected none"
        )


class Rejected:
    """The rejected-articles file (JSONL, written atomically), or nothing when no path is
    given."""

    def __init__(self, path: Path | None) -> None:
        self._writer = JsonlWriter(path) if path else None

    def __enter__(self) -> Rejected:
        if self._writer is not None:
            self._writer.__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self._writer is not None:
            self._writer.__exit__(*exc_info)

    def write(self, dropped: Dropped) -> None:
        """Record one dropped article with its reason."""
        if self._writer is not None:
            self._writer.write_record(dropped.to_record())


def _archived(
    pages: Iterable[Page | Failure | Skipped], archive: RawArchive
) -> Iterator[Page | Failure | Skipped]:
    """``pages`` as they are, each fetched Page also written to ``archive``."""
    for item in pages:
        if isinstance(item, Page):
            archive.write(item)
        yield item


def _watched(items: Iterable[Input], watch: Callable[[Input], None]) -> Iterator[Input]:
    for item in items:
        watch(item)
        yield item


def _fetched(
    urls: Sequence[str],
    lists: Sequence[tuple[str, Iterable[str | Failure]]],
    settings: Settings,
    state: Path | None,
) -> Generator[Page | Failure | Skipped, None, None]:
    # Imported here: a run over local files never loads the HTTP stack.
    from articlepipe.fetch.client import FetchSettings
    from articlepipe.fetch.stage import fetch_stage

    limits = crawl_limits(settings, incremental=state is not None)
    return fetch_stage(urls, lists, FetchSettings.from_settings(settings), limits=limits, state=state)


def crawl_limits(settings: Settings, *, incremental: bool) -> CrawlLimits:
    """How far a run's crawl goes (``incremental``: into a dataset folder, where URLs
    fetched within ``recheck_after`` seconds are not fetched again)."""
    from articlepipe.fetch.crawl import CrawlLimits

    return CrawlLimits(
        since=settings.since,
        max_urls=settings.max_urls,
        max_sitemap_depth=settings.max_sitemap_depth,
        recheck_after=settings.recheck_after if incremental else 0.0,
    )


def run(settings: Settings, progress: Progress | None = None) -> RunStats:
    """Run the whole batch job described by ``settings``; returns its statistics.

    Raises ``UsageError`` (before doing any work) when inputs or output are unusable,
    ``LockedError`` when another run holds a dataset folder. Per-page problems never
    raise: they are written to the failures file. An output that is a folder makes the
    run incremental (``incremental.py``); an fsspec URL (``s3://…``) is written
    locally, then uploaded (``export/remote.py``).
    """
    from articlepipe.export.remote import is_remote

    progress = _guarded(progress)
    if in_a_workers_start():
        raise UsageError(
            "articlepipe.run was called again while a worker process imported the script that "
            'started the run: put the call under `if __name__ == "__main__":` (see docs/api.md)'
        )
    check_output(settings)  # again: a script may build Settings itself
    if is_remote(settings.output):
        from articlepipe.export.remote import run_remote

        return run_remote(settings, progress)  # which calls run() on a local folder
    job = Job.plan(settings)
    if settings.engine == "dask":
        from articlepipe.dask_engine import run_dask

        return run_dask(job, progress)
    if is_dataset_output(settings.output):
        from articlepipe.incremental import run_incremental

        return run_incremental(job, progress)
    paths = prepare_output(settings)
    _warn_if_sidecars_taken(paths)
    fmt = settings.output_format
    check_rejected(settings, paths.rejected, taken=(paths.output, paths.failures, paths.stats, paths.report))
    rejected_path = rejected_file(settings, paths.rejected)
    if rejected_path is None:
        # A rejected.jsonl left by an earlier run would read as this run's.
        paths.rejected.unlink(missing_ok=True)
    stats = RunStats(rejected_file=str(rejected_path) if rejected_path else None)
    cleaner = job.cleaner()
    try:
        with (
            job.records(on_start=cleaner.prepare) as records,
            open_writer(paths.output, fmt, settings.row_group_size) as articles,
            JsonlWriter(paths.failures) as failures,
            Rejected(rejected_path) as rejected,
        ):
            for record in records:
                if isinstance(record, Failure):
                    failures.write_record(record.to_record())
                    stats.add(record)
                elif isinstance(record, Article | Signed | Dropped):
                    cleaned = record if isinstance(record, Dropped) else cleaner(record)
                    if isinstance(cleaned, Dropped):
                        rejected.write(cleaned)
                        stats.add_dropped(cleaned.reason, cleaned.article.url, cleaned.article.hostname)
                    else:
                        articles.write(cleaned)
                        stats.add(cleaned)
                else:
                    stats.add(record)
                if progress is not None:
                    progress(stats)
    except OSError as exc:
        raise OutputError(
            f"writing the output in {paths.output.parent} failed: {exc.strerror or exc}"
        ) from exc
    stats.finish()
    summary = stats.to_json(
        sources=list(settings.sources),
        output=str(paths.output),
        format=fmt,
        failures_file=str(paths.failures),
        workers=settings.workers,
        page_timeout=settings.page_timeout,
    )
    write_json(paths.stats, summary)
    publish_report(summary, paths.report)
    return stats
