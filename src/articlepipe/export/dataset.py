"""A dataset folder: the output of incremental runs, one table in many part files.

Each run adds part files named ``part-<run>-<n>.<parquet|jsonl>``, each holding only new
or changed articles; readers take the folder as one table (pandas and pyarrow read the
folder, polars and duckdb a ``part-*.parquet`` glob). A part is started anew every
``checkpoint`` articles, so a run killed midway keeps what it committed. Names starting
with ``_`` (the state store, the lock, failures, run statistics) are ignored by those
readers.

A part's life: written to a hidden temporary file; registered in the state store as
uncommitted; fsynced and renamed into place; then, in one state transaction, marked
committed together with its URLs. ``recover`` undoes whatever a crash left between those
steps. ``compact.py`` rewrites the folder keeping the newest version of each article id.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from articlepipe.export.atomic import TEMP_SUFFIX, RecordWriter
from articlepipe.export.formats import open_writer
from articlepipe.models import Article
from articlepipe.state import ArticleUpdate, StateStore, UrlUpdate

log = logging.getLogger(__name__)

PART_FORMATS = ("parquet", "jsonl")
STATE_NAME = "_state.sqlite"
LOCK_NAME = "_lock"
FAILURES_DIR = "_failures"
REJECTED_DIR = "_rejected"
RUNS_DIR = "_runs"
# part-<run>-<n> for a run's parts, part-<run>-c<n> for a compaction after that run
# (sorting after the run's own parts).
_PART = re.compile(r"^part-(\d{6})-(\d{4}|c\d{3})\.(parquet|jsonl)$")


def part_files(folder: Path) -> list[Path]:
    """The committed-looking part files of ``folder``, oldest first."""
    return sorted(p for p in folder.iterdir() if _PART.match(p.name))


def highest_run(folder: Path) -> int:
    """The run number of the newest part file in ``folder`` (0 when there is none)."""
    runs = [int(match[1]) for p in folder.iterdir() if (match := _PART.match(p.name))]
    return max(runs, default=0)


def folder_format(folder: Path) -> str | None:
    """The format of the part files in ``folder`` (``None``: no parts yet)."""
    for path in part_files(folder):
        return path.suffix.lstrip(".")
    return None


def recover(folder: Path, store: StateStore) -> list[str]:
    """Undo what a crashed run left: parts registered but never committed (deleted, so
    their pages are redone) and temporary files. Returns what was removed."""
    removed: list[str] = []
    for name in store.uncommitted_parts():
        (folder / name).unlink(missing_ok=True)
        store.forget_part(name)
        removed.append(name)
    for name in store.superseded_parts():  # a compaction that stopped before its cleanup
        (folder / name).unlink(missing_ok=True)
        removed.append(name)
    store.forget_superseded()
    for where in (folder, folder / FAILURES_DIR, folder / REJECTED_DIR, folder / RUNS_DIR):
        for temp in where.glob(f".*{TEMP_SUFFIX}"):
            temp.unlink(missing_ok=True)
            removed.append(temp.name)
    return removed


class DatasetWriter:
    """Writes a run's articles into part files of ``folder`` and records, with each
    part's commit, what every URL's fetch came to.

    ``write`` takes an article and its URL's update; ``note`` an update without an
    article (a failure, a page not modified). Both reach the state store only with the
    next commit, so a crash before it redoes those URLs rather than losing them.
    """

    def __init__(
        self,
        folder: Path,
        fmt: str,
        run: int,
        store: StateStore,
        *,
        label: int | None = None,
        checkpoint: int = 1000,
        row_group_size: int = 1000,
    ) -> None:
        if fmt not in PART_FORMATS:
            raise ValueError(f"a dataset folder holds parquet or jsonl parts, not {fmt}")
        self.folder = folder
        self.fmt = fmt
        self.run = run
        # The number in part names: the run id, or higher when the folder already holds
        # parts of a higher number (a state store started afresh): never a name in use.
        self.label = label or run
        self.store = store
        self.checkpoint = checkpoint
        self.row_group_size = row_group_size
        self.parts: list[str] = []
        self.rows = 0
        self._part: RecordWriter | None = None
        self._name = ""
        self._urls: list[UrlUpdate] = []
        self._articles: list[ArticleUpdate] = []
        self._in_part = 0

    def write(self, article: Article, update: UrlUpdate, signature: bytes | None = None) -> None:
        """Add ``article`` (and its near-duplicate signature) to the current part."""
        if self._part is None:
            self._name = f"part-{self.label:06d}-{len(self.parts):04d}.{self.fmt}"
            self._part = open_writer(self.folder / self._name, self.fmt, self.row_group_size)
            self._part.open()
        self._part.write(article)
        self._in_part += 1
        self._articles.append(
            ArticleUpdate(article.id, article.content_hash, article.url, self._name, signature)
        )
        self._urls.append(update)
        if self._in_part >= self.checkpoint:
            self.commit()

    def note(self, update: UrlUpdate) -> None:
        """Record ``update`` with the next commit."""
        self._urls.append(update)
        if len(self._urls) >= self.checkpoint and self._part is None:
            self.commit()

    def commit(self) -> None:
        """Publish the current part and record its URLs (or just the pending updates)."""
        if self._part is None:
            if self._urls:
                self.store.commit(self._urls)
                self._urls = []
            return
        self.store.reserve_part(self._name, self.run)
        self._part.close()  # fsync, rename, fsync the folder
        self.store.commit(self._urls, self._articles, part=self._name, rows=self._in_part)
        self.parts.append(self._name)
        self.rows += self._in_part
        self._part, self._urls, self._articles, self._in_part = None, [], [], 0

    def abort(self) -> None:
        """Drop the part being written (its URLs are redone next run)."""
        if self._part is not None:
            self._part.abort()
            self._part = None
