"""Splitting a run's local inputs into shards for the distributed engine, and the work
one shard is (``extract_shard`` and ``finish_shard``, run on a Dask worker).

A shard is one WARC file, or a run of up to ``shard_size`` consecutive page files,
in the order the local engine reads them; so "first seen" (the original among
duplicates) means the same on both engines. A shard's work is in two steps, because
duplicates are matched across all shards in between:

1. ``extract_shard``: extract and clean every page (as the local engine's workers do),
   keep the articles in a hidden file next to the shard's part, and return what the
   duplicate matching needs (id, text hash, URL, signature), the failures, and the
   counts of what the quality filters dropped.
2. ``finish_shard``: write the shard's part file from the kept articles, leaving out
   (or flagging) the duplicates found, and return the part's statistics.

Both steps write under temporary names and rename, so a task that Dask runs again
after its worker died does no harm: the last complete attempt wins.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from articlepipe.clean.quality import QualityRules
from articlepipe.clean.stage import Dropped, Signed
from articlepipe.config import Settings
from articlepipe.export.atomic import commit, temp_path_for
from articlepipe.export.formats import open_writer
from articlepipe.models import Article, Failure, Page
from articlepipe.report import RunStats
from articlepipe.sources.local import LocalFile, iter_files
from articlepipe.sources.warc import is_warc, iter_warc


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of distributed work: a WARC file or a run of page files."""

    index: int
    paths: tuple[str, ...]
    sources: tuple[str, ...]  # the source each path was found under

    @property
    def is_warc(self) -> bool:
        return len(self.paths) == 1 and is_warc(Path(self.paths[0]))


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


@dataclass(frozen=True, slots=True)
class Kept:
    """What duplicate matching needs of an article a shard kept."""

    id: str
    content_hash: str
    url: str
    signature: bytes | None


@dataclass(slots=True)
class Extracted:
    """What ``extract_shard`` gives back: the kept articles' keys (in order), the
    failures, and the statistics of the pages that were not kept."""

    index: int
    kept: list[Kept] = field(default_factory=list)
    failures: list[dict[str, object]] = field(default_factory=list)
    stats: RunStats = field(default_factory=RunStats)


def _kept_path(folder: Path, part: str) -> Path:
    return folder / f".{part}.kept.jsonl"


def _items(shard: Shard, max_bytes: int) -> Iterator[LocalFile | Page | Failure]:
    if shard.is_warc:
        yield from iter_warc(Path(shard.paths[0]), max_bytes)
        return
    for path, source in zip(shard.paths, shard.sources, strict=True):
        try:
            size = Path(path).stat().st_size
        except OSError:
            size = 0  # reading it will say what is wrong
        yield LocalFile(Path(path), source, size)


def extract_shard(shard: Shard, part: str, *, settings: Settings, folder: str) -> Extracted:
    """Step 1 (on a worker): extract and clean the shard's pages."""
    from articlepipe.pipeline import read_and_process

    out = Extracted(shard.index)
    quality = QualityRules(min_words=settings.min_words, languages=frozenset(settings.lang))
    kept_path = _kept_path(Path(folder), part)
    temp = temp_path_for(kept_path)
    try:
        with temp.open("w", encoding="utf-8") as kept:
            for item in _items(shard, settings.max_page_bytes):
                record = (
                    item
                    if isinstance(item, Failure)
                    else read_and_process(
                        item,
                        settings.max_page_bytes,
                        normalise=settings.normalise,
                        quality=quality if settings.quality else None,
                        languages=frozenset(settings.lang),
                        sign=settings.dedup != "off",
                    )
                )
                if isinstance(record, Failure):
                    out.failures.append(record.to_record())
                    out.stats.add(record)
                elif isinstance(record, Dropped):
                    out.stats.add_dropped(record.reason, record.url)
                else:
                    article, packed = (
                        (record.article, record.signature) if isinstance(record, Signed) else (record, None)
                    )
                    kept.write(json.dumps(article.to_record(), ensure_ascii=False) + "\n")
                    out.kept.append(Kept(article.id, article.content_hash, article.url, packed))
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
    index: int, part: str, verdicts: dict[str, tuple[str, str]], *, settings: Settings, folder: str
) -> Finished:
    """Step 2 (on a worker): write the shard's part. ``verdicts`` maps the id of each
    article not to write as it is to (``duplicate``/``near-duplicate``/``same-text``,
    original id); duplicates are dropped, or flagged with ``--dedup flag``."""
    base = Path(folder)
    kept_path = _kept_path(base, part)
    stats = RunStats()
    rows = 0
    target = base / part
    with (
        kept_path.open(encoding="utf-8") as lines,
        open_writer(target, settings.output_format, settings.row_group_size) as writer,
    ):
        for line in lines:
            article = Article.from_record(json.loads(line))
            verdict = verdicts.get(article.id)
            if verdict is not None:
                reason, original = verdict
                if reason == "same-text":
                    stats.add_unchanged(reason)
                    continue
                article = replace(article, duplicate_of=original)
                if settings.dedup != "flag":
                    stats.add_dropped(reason, article.url)
                    continue
            writer.write(article)
            stats.add(article)
            rows += 1
    if rows == 0:
        target.unlink(missing_ok=True)
    # The kept file stays until the run has committed the part: a retry of this step
    # (its worker died after the rename) needs it again.
    return Finished(index, part if rows else None, rows, stats)


def remove_kept(folder: Path) -> None:
    """Remove every shard's kept-articles file (after the run, or left by a crash)."""
    for path in folder.glob(".part-*.kept.jsonl"):
        path.unlink(missing_ok=True)
