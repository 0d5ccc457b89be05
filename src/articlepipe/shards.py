"""Splitting a run's inputs into shards for the distributed engine, and the work one
shard is (``extract_shard`` and ``finish_shard``, run on a Dask worker).

A shard of local inputs is one WARC file, or a run of up to ``shard_size`` consecutive
page files, in the order the local engine reads them; so "first seen" (the original
among duplicates) means the same on both engines. A shard of URLs (``plan_url_shards``)
holds whole hosts: every URL of a host is in the one shard, which fetches them
politely (per-host concurrency, delay, robots.txt) as the local engine would; hosts
are packed together up to ``shard_size`` URLs, and a host with more URLs than that is
a shard of its own. A shard's work is in two steps, because duplicates are matched
across all shards in between:

1. ``extract_shard``: read or fetch every page, extract and clean it (as the local
   engine's workers do), keep the articles in a hidden file next to the shard's part,
   and return what the duplicate matching needs (id, text hash, URL, signature), the
   failures, what the state store is to record of each URL, and the counts of what the
   quality filters dropped.
2. ``finish_shard``: write the shard's part file from the kept articles, leaving out
   (or flagging) the duplicates found, and return the part's statistics.

Both steps write under temporary names and rename, so a task that Dask runs again
after its worker died does no harm: the last complete attempt wins.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import pickle
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import urlsplit

from pebble import ProcessPool

from articlepipe.clean.stage import Dropped, Signed
from articlepipe.config import Settings
from articlepipe.export.atomic import commit, temp_path_for
from articlepipe.export.formats import open_writer
from articlepipe.export.jsonl import JsonlWriter
from articlepipe.fetch.listing import Entry
from articlepipe.incremental import extracted, failed, update_for
from articlepipe.models import Article, Failure, Page, Skipped
from articlepipe.report import RunStats
from articlepipe.sources.local import LocalFile, iter_files
from articlepipe.sources.warc import is_warc, iter_warc
from articlepipe.state import UrlUpdate

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of distributed work: a WARC file, a run of page files, or the URLs of
    some hosts."""

    index: int
    paths: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # the source each path was found under
    urls: tuple[Entry, ...] = ()
    pages: tuple[Page, ...] = ()  # fetched already: source URLs that were articles

    @property
    def is_warc(self) -> bool:
        return len(self.paths) == 1 and is_warc(Path(self.paths[0]))

    @property
    def remote(self) -> bool:
        """Whether the shard fetches (or was handed) pages from the web."""
        return bool(self.urls or self.pages)


def plan_shards(sources: Sequence[str], files_per_shard: int) -> list[Shard]:
    """The shards of ``sources`` (local files and folders), in reading order."""
    shards: list[Shard] = []
    paths: list[str] = []
    owners: list[str] = []

    def close_batch() -> None:
        if paths:
            shards.append(Shard(len(shards), tuple(paths), tuple(owners)))
            paths.clear()
            owners.clear()

    for source in sources:
        for path in iter_files(source):
            if is_warc(path):
                close_batch()
                shards.append(Shard(len(shards), (str(path),), (source,)))
                continue
            paths.append(str(path))
            owners.append(source)
            if len(paths) >= files_per_shard:
                close_batch()
    close_batch()
    return shards


def plan_url_shards(
    entries: Sequence[Entry], pages: Sequence[Page], urls_per_shard: int, first: int = 0
) -> list[Shard]:
    """The shards that fetch ``entries`` (and extract ``pages``, fetched already), each
    host whole in one shard; numbered from ``first``. See the module docstring."""
    hosts: dict[str, tuple[list[Entry], list[Page]]] = {}
    for entry in entries:
        hosts.setdefault(urlsplit(entry[0]).hostname or "", ([], []))[0].append(entry)
    for page in pages:
        hosts.setdefault(urlsplit(page.url).hostname or "", ([], []))[1].append(page)
    shards: list[Shard] = []
    urls: list[Entry] = []
    fetched: list[Page] = []
    for host_urls, host_pages in hosts.values():
        if (urls or fetched) and len(urls) + len(fetched) + len(host_urls) + len(host_pages) > urls_per_shard:
            shards.append(Shard(first + len(shards), urls=tuple(urls), pages=tuple(fetched)))
            urls, fetched = [], []
        urls += host_urls
        fetched += host_pages
    if urls or fetched:
        shards.append(Shard(first + len(shards), urls=tuple(urls), pages=tuple(fetched)))
    return shards


def raw_path_for(save_raw: str, index: int) -> Path:
    """Where a URL shard keeps its raw pages (``--save-raw``): one archive per shard,
    the shard's number before the suffix (``crawl.warc.gz`` -> ``crawl-0003.warc.gz``)."""
    path = Path(save_raw)
    suffix = ".warc.gz" if path.name.endswith(".warc.gz") else ".warc"
    return path.with_name(f"{path.name.removesuffix(suffix)}-{index:04d}{suffix}")


@dataclass(frozen=True, slots=True)
class Kept:
    """What duplicate matching needs of an article a shard kept, and what the state
    store is to record of its URL once it is written."""

    id: str
    content_hash: str
    url: str  # as listed (the state's key for the URL)
    article_url: str  # where the article was found (after redirects)
    signature: bytes | None
    update: UrlUpdate


@dataclass(slots=True)
class Extracted:
    """What ``extract_shard`` gives back: the kept articles' keys (in order), the
    failures, what to record of the URLs that gave no article to write (``notes``), and
    the statistics of the pages that were not kept; ``attempt`` names its kept file."""

    index: int
    attempt: str = ""
    kept: list[Kept] = field(default_factory=list)
    failures: list[dict[str, object]] = field(default_factory=list)
    notes: list[UrlUpdate] = field(default_factory=list)
    stats: RunStats = field(default_factory=RunStats)


def _kept_path(folder: Path, part: str, attempt: str) -> Path:
    # Pickles, not JSON: only this run's step 2 reads them, and they give the Article
    # back as it was, with no round trip through its record.
    # One file per attempt: Dask may run step 1 of a shard again (its worker died, or a
    # result it lost was wanted again), and step 2 must read the attempt whose results
    # the run matched, not whichever finished last.
    return folder / f".{part}.{attempt}.kept.pickle"


def _items(
    shard: Shard, settings: Settings, stack: ExitStack
) -> Iterator[LocalFile | Page | Failure | Skipped]:
    if shard.remote:
        yield from _fetched(shard, settings, stack)
    elif shard.is_warc:
        yield from iter_warc(Path(shard.paths[0]), settings.max_page_bytes)
    else:
        for path, source in zip(shard.paths, shard.sources, strict=True):
            try:
                size = Path(path).stat().st_size
            except OSError:
                size = 0  # reading it will say what is wrong
            yield LocalFile(Path(path), source, size)


def _fetched(shard: Shard, settings: Settings, stack: ExitStack) -> Iterator[Page | Failure | Skipped]:
    from articlepipe.fetch.client import FetchSettings
    from articlepipe.fetch.stage import fetch_listed

    archive = None
    if settings.save_raw:
        from articlepipe.export.warc import RawArchive

        # Written under a temporary name: a task run again replaces it whole.
        archive = stack.enter_context(
            RawArchive(raw_path_for(settings.save_raw, shard.index), settings.user_agent)
        )
    fetched = stack.enter_context(closing(fetch_listed(shard.urls, FetchSettings.from_settings(settings))))
    # shard.pages were fetched by the run's process, reading the sources: archived here too.
    for item in itertools.chain(shard.pages, fetched):
        if archive is not None and isinstance(item, Page):
            archive.write(item)
        yield item


def worker_pool(name: str) -> ProcessPool | None:
    """The extraction process the Dask worker running this task keeps from shard to
    shard (the ``dask_pool.ExtractionPool`` plugin ``name``), or ``None`` (outside Dask,
    or not set up): the stage then starts its own."""
    try:
        from distributed import get_worker

        plugin = get_worker().plugins.get(name) if name else None
    except (ImportError, ValueError):  # ValueError: not in a Dask worker
        return None
    if plugin is None or not hasattr(plugin, "usable_pool"):
        return None
    pool = plugin.usable_pool()
    return pool if isinstance(pool, ProcessPool) else None


def can_start_processes() -> bool:
    """Whether this process may start the extraction process: not in a daemonic one,
    as Dask's workers are unless started with ``distributed.worker.daemon`` off."""
    return not multiprocessing.current_process().daemon


def _records(
    shard: Shard, settings: Settings, stack: ExitStack, pool_name: str
) -> Iterator[tuple[UrlUpdate | None, Article | Signed | Dropped | Failure | Skipped]]:
    """Each input of the shard (what the state is to record of it) with what extraction
    made of it. Extraction runs in a process of its own, as on the local engine, so a
    page over ``page_timeout``, or one that crashes the parser, is a Failure instead of
    taking the Dask worker down, and with it, after Dask's retries, the whole run."""
    from articlepipe.pipeline import extract_stage, page_worker, site_rules

    worker = page_worker(settings, site_rules(settings))
    updates: deque[UrlUpdate | None] = deque()

    def watched() -> Iterator[LocalFile | Page | Failure | Skipped]:
        for item in _items(shard, settings, stack):
            updates.append(update_for(item))
            yield item

    records: Iterator[Article | Signed | Dropped | Failure | Skipped]
    if can_start_processes():
        stage = extract_stage(
            watched(), workers=1, timeout=settings.page_timeout, worker=worker, pool=worker_pool(pool_name)
        )
        records = stack.enter_context(closing(stage))
    else:
        log.warning(
            "this Dask worker is a daemon process, so pages are extracted in it, with no "
            "per-page timeout; start workers with DASK_DISTRIBUTED__WORKER__DAEMON=False"
        )
        records = (item if isinstance(item, Failure | Skipped) else worker(item) for item in watched())
    for record in records:
        yield updates.popleft(), record


def extract_shard(
    shard: Shard, part: str, *, settings: Settings, folder: str, pool_name: str = ""
) -> Extracted:
    """Step 1 (on a worker): read or fetch the shard's pages, extract and clean them
    (in the worker's extraction process, the plugin ``pool_name``, when it has one)."""
    out = Extracted(shard.index, uuid.uuid4().hex[:12])
    kept_path = _kept_path(Path(folder), part, out.attempt)
    temp = temp_path_for(kept_path)
    try:
        with temp.open("wb") as kept, ExitStack() as stack:
            for listed, record in _records(shard, settings, stack, pool_name):
                if isinstance(record, Failure | Skipped):
                    out.stats.add(record)
                    if isinstance(record, Failure):
                        out.failures.append(record.to_record())
                    note = failed(listed, record) if isinstance(record, Failure) else listed
                    if note is not None:
                        out.notes.append(note)
                    continue
                article = record.article if isinstance(record, Signed | Dropped) else record
                assert listed is not None  # a page or a file, read
                update = extracted(listed, article)
                if isinstance(record, Dropped):
                    out.stats.add_dropped(record.reason, article.url, article.hostname)
                    out.notes.append(replace(update, reason=f"dropped:{record.reason}"))
                    if settings.keeps_rejected:  # finish_shard hands it on, in reading order
                        pickle.dump(record, kept, protocol=pickle.HIGHEST_PROTOCOL)
                    continue
                packed = record.signature if isinstance(record, Signed) else None
                pickle.dump(article, kept, protocol=pickle.HIGHEST_PROTOCOL)
                out.kept.append(
                    Kept(article.id, article.content_hash, update.url, article.url, packed, update)
                )
        commit(temp, kept_path)
    finally:
        temp.unlink(missing_ok=True)
    return out


@dataclass(slots=True)
class Finished:
    """What ``finish_shard`` gives back: the part written (``None``: nothing to write)
    and the statistics of its articles."""

    index: int
    part: str | None
    rows: int
    stats: RunStats


def finish_shard(
    index: int,
    part: str,
    attempt: str,
    verdicts: dict[int, tuple[str, str, str]],
    *,
    settings: Settings,
    folder: str,
) -> Finished:
    """Step 2 (on a worker): write the shard's part from step 1's ``attempt``.
    ``verdicts`` maps the position (among the kept articles) of each article not to
    write as it is to (``same-url``/``duplicate``/``near-duplicate``/``same-text``,
    original id, detail);
    duplicates are dropped, or flagged with ``--dedup flag``. Positions, not ids: two
    pages of a shard may give one id (an article and its AMP copy)."""
    base = Path(folder)
    kept_path = _kept_path(base, part, attempt)
    stats = RunStats()
    rows = 0
    position = -1
    target = base / part
    with ExitStack() as stack:
        kept = stack.enter_context(kept_path.open("rb"))
        writer = stack.enter_context(open_writer(target, settings.output_format, settings.row_group_size))
        rejected = (
            stack.enter_context(JsonlWriter(rejected_path(base, part))) if settings.keeps_rejected else None
        )
        for record in _unpickled(kept):
            if isinstance(record, Dropped):  # dropped by the quality filters, counted in step 1
                if rejected is not None:
                    rejected.write_record(record.to_record())
                continue
            article = record
            position += 1
            verdict = verdicts.get(position)
            if verdict is not None:
                reason, original, detail = verdict
                if reason == "same-text":
                    stats.add_unchanged(reason)
                    continue
                article = replace(article, duplicate_of=original)
                if settings.dedup != "flag":
                    stats.add_dropped(reason, article.url, article.hostname)
                    if rejected is not None:
                        rejected.write_record(Dropped(article, reason, detail).to_record())
                    continue
            writer.write(article)
            stats.add(article)
            rows += 1
    if rows == 0:
        target.unlink(missing_ok=True)
    # The kept file stays until the run has committed the part: a retry of this step
    # (its worker died after the rename) needs it again.
    return Finished(index, part if rows else None, rows, stats)


def _unpickled(handle: BinaryIO) -> Iterator[Article | Dropped]:
    while True:
        try:
            yield pickle.load(handle)  # the file this run's step 1 wrote
        except EOFError:
            return


def rejected_path(folder: Path, part: str) -> Path:
    """Where ``finish_shard`` puts the shard's dropped articles (``--rejected``), for the
    run to gather into the one file."""
    return folder / f".{part}.rejected.jsonl"


def remove_kept(folder: Path) -> None:
    """Remove every shard's kept-articles and rejected-articles file (after the run, or
    left by a crash)."""
    for pattern in (".part-*.kept.pickle", ".part-*.rejected.jsonl"):
        for path in folder.glob(pattern):
            path.unlink(missing_ok=True)
