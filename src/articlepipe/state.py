"""The state store: what earlier runs fetched and wrote, in one SQLite file.

Per URL it keeps the HTTP validators (ETag, Last-Modified) for conditional requests, the
hash of the last body and of the last article text, the last status, when it was first
seen and last fetched, the article id, and consecutive failures with the time of the next
retry. Per article id, the content hash last written; per run, its counts; per part file,
whether it was committed.

Durability: a part file is renamed into place only after it is registered here as
uncommitted, and its URLs are marked done in the same transaction that marks it
committed. A crash between the two leaves an uncommitted part, which the next run
deletes (``discard_uncommitted_parts``) and redoes, so no page is lost or written twice.

WAL mode lets the fetch thread read (``StateReader``) while the run writes. The schema
is versioned with ``PRAGMA user_version``; ``MIGRATIONS`` brings older files forward.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from articlepipe.errors import StateError

# Each entry brings the schema from version i to i + 1. Append, never edit.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE urls (
        url TEXT PRIMARY KEY,
        canonical_url TEXT,
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        content_hash TEXT,
        article_id TEXT,
        last_status INTEGER,
        last_reason TEXT,
        first_seen TEXT NOT NULL,
        last_fetched TEXT,
        last_fetched_ts REAL,
        failures INTEGER NOT NULL DEFAULT 0,
        next_retry REAL
    );
    CREATE INDEX urls_next_retry ON urls (next_retry) WHERE next_retry IS NOT NULL;
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        url TEXT,
        part TEXT,
        written_at TEXT
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        pid INTEGER,
        pages INTEGER,
        written INTEGER,
        unchanged INTEGER,
        failures INTEGER,
        exit_code INTEGER
    );
    CREATE TABLE parts (
        name TEXT PRIMARY KEY,
        run INTEGER NOT NULL,
        committed INTEGER NOT NULL DEFAULT 0,
        rows INTEGER
    );
    """,
    # 2: near-duplicate signatures (MinHash values) of the articles written, so a later
    # run finds copies of earlier runs' articles.
    """
    CREATE TABLE signatures (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        minhash BLOB NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

# A failed URL waits base x 2^(failures - 1) before its next try, at most a day; a page
# that is gone (404, 410) waits ``gone_days``.
RETRY_BASE_SECONDS = 3600.0
RETRY_CAP_SECONDS = 86400.0
GONE_STATUSES = frozenset({404, 410})


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class UrlUpdate:
    """What one URL's fetch came to, to record once its article is safely written."""

    url: str
    ok: bool
    status: int | None = None
    reason: str = "ok"
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    content_hash: str | None = None
    article_id: str | None = None
    canonical_url: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleUpdate:
    """An article written to a part file."""

    id: str
    content_hash: str
    url: str
    part: str
    signature: bytes | None = None  # MinHash values, for near-duplicates across runs


@dataclass(frozen=True, slots=True)
class Known:
    """What the store knows of a URL, as the fetcher needs it."""

    etag: str | None
    last_modified: str | None
    body_hash: str | None
    last_fetched_ts: float | None
    next_retry: float | None
    last_status: int | None


def _connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    try:
        if readonly:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        else:
            connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    except sqlite3.Error as exc:
        raise StateError(f"cannot open the state store {path}: {exc}") from exc
    return connection


def _when_unlocked(step: Callable[[], object], seconds: float = 30.0) -> None:
    """Run ``step``, retrying while another process holds the database: switching a new
    file to WAL can fail with "database is locked" at once, without SQLite's busy wait."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class StateStore:
    """The run's read-write handle on the state file at ``path`` (created if missing)."""

    def __init__(self, path: Path | str, retry_base: float = RETRY_BASE_SECONDS, gone_days: float = 7.0):
        self.path = Path(path)
        self.retry_base = retry_base
        self.gone_seconds = gone_days * 86400.0
        self._db = _connect(self.path)
        try:
            # WAL: the fetch thread reads while the run writes; FULL: a commit survives
            # a power cut, which the part files' durability relies on.
            _when_unlocked(lambda: self._db.execute("PRAGMA journal_mode=WAL"))
            self._db.execute("PRAGMA synchronous=FULL")
            _when_unlocked(self._migrate)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StateError(
                f"cannot use {self.path} as a state store ({exc}); give --state an articlepipe state file"
            ) from exc

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StateError(
                f"{self.path} was written by a newer articlepipe (schema {version}, this one "
                f"reads up to {SCHEMA_VERSION}); upgrade articlepipe"
            )
        if version == SCHEMA_VERSION:
            return
        # One write transaction for all steps, the version re-read inside it: another
        # process (a run, a status) opening the same new file waits, then finds it done.
        # (executescript would commit first and run its statements outside the lock.)
        with self._transaction() as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            for target in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {target + 1}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            if not self._db.in_transaction:
                self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            if self._db.in_transaction:
                self._db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self._db.in_transaction:  # COMMIT itself failed: SQLite may not have undone it
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            if "locked" in str(exc):
                raise  # another process holds it: a wait, not a failure (_when_unlocked)
            # A full disk, a file-size limit, an I/O error: the transaction did not
            # happen, so the store is as it was before it, and the next run goes on.
            raise StateError(
                f"the state store {self.path} could not be written ({exc}); is the disk full? "
                "It is unchanged by the step that failed; the next run goes on from it"
            ) from exc

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Runs -------------------------------------------------------------------------

    def start_run(self, pid: int) -> int:
        """Register a run; returns its id."""
        with self._transaction() as db:
            cursor = db.execute("INSERT INTO runs (started_at, pid) VALUES (?, ?)", (_now_iso(), pid))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def finish_run(self, run: int, counts: dict[str, int], exit_code: int) -> None:
        """Record how a run ended."""
        with self._transaction() as db:
            db.execute(
                "UPDATE runs SET finished_at = ?, pages = ?, written = ?, unchanged = ?, failures = ?,"
                " exit_code = ? WHERE id = ?",
                (
                    _now_iso(),
                    counts.get("pages", 0),
                    counts.get("written", 0),
                    counts.get("unchanged", 0),
                    counts.get("failures", 0),
                    exit_code,
                    run,
                ),
            )

    # Parts ------------------------------------------------------------------------

    def reserve_part(self, name: str, run: int) -> None:
        """Register a part file as uncommitted, before it is renamed into place."""
        with self._transaction() as db:
            taken = db.execute("SELECT committed FROM parts WHERE name = ?", (name,)).fetchone()
            if taken is not None and taken[0] != 0:
                raise StateError(f"part {name} is already registered; refusing to write over it")
            db.execute("INSERT OR REPLACE INTO parts (name, run, committed) VALUES (?, ?, 0)", (name, run))

    def uncommitted_parts(self) -> list[str]:
        """Parts a crashed run may have renamed into place without marking their URLs."""
        return [row[0] for row in self._db.execute("SELECT name FROM parts WHERE committed = 0")]

    def forget_part(self, name: str) -> None:
        """Drop an uncommitted part's registration (its file has been deleted)."""
        with self._transaction() as db:
            db.execute("DELETE FROM parts WHERE name = ? AND committed = 0", (name,))

    def committed_parts(self) -> list[str]:
        """The part files the dataset is made of."""
        return [row[0] for row in self._db.execute("SELECT name FROM parts WHERE committed = 1")]

    def superseded_parts(self) -> list[str]:
        """Parts a compaction replaced but has not deleted yet."""
        return [row[0] for row in self._db.execute("SELECT name FROM parts WHERE committed = 2")]

    def replace_parts(self, old: list[str], new: str, rows: int) -> None:
        """Mark ``new`` committed and ``old`` superseded, in one transaction."""
        with self._transaction() as db:
            db.execute("UPDATE parts SET committed = 1, rows = ? WHERE name = ?", (rows, new))
            db.executemany(
                "INSERT INTO parts (name, run, committed) VALUES (?, 0, 2)"
                " ON CONFLICT(name) DO UPDATE SET committed = 2",
                [(name,) for name in old],
            )
            db.execute("UPDATE articles SET part = ?", (new,))

    def forget_superseded(self) -> None:
        """Drop superseded parts' registrations (their files are deleted)."""
        with self._transaction() as db:
            db.execute("DELETE FROM parts WHERE committed = 2")

    def commit(
        self,
        urls: Iterable[UrlUpdate],
        articles: Iterable[ArticleUpdate] = (),
        part: str | None = None,
        rows: int = 0,
    ) -> None:
        """In one transaction: mark ``part`` committed (if given), record the articles
        written to it and what each URL's fetch came to."""
        now = time.time()
        with self._transaction() as db:
            if part is not None:
                db.execute("UPDATE parts SET committed = 1, rows = ? WHERE name = ?", (rows, part))
            db.executemany(
                "INSERT INTO articles (id, content_hash, url, part, written_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET content_hash = excluded.content_hash,"
                " url = excluded.url, part = excluded.part, written_at = excluded.written_at",
                [(a.id, a.content_hash, a.url, a.part, _now_iso()) for a in articles],
            )
            db.executemany(
                "INSERT OR REPLACE INTO signatures (id, content_hash, minhash) VALUES (?, ?, ?)",
                [(a.id, a.content_hash, a.signature) for a in articles if a.signature is not None],
            )
            db.executemany(_UPSERT_URL, [self._url_row(update, now) for update in urls])

    def _url_row(self, update: UrlUpdate, now: float) -> dict[str, Any]:
        gone = update.status in GONE_STATUSES
        # A failure keeps the validators and body hash of the last success: were the
        # failed response's kept, its retry would be answered 304 or "unchanged" and the
        # page never extracted.
        return {
            "url": update.url,
            "canonical_url": update.canonical_url,
            "etag": update.etag if update.ok else None,
            "last_modified": update.last_modified if update.ok else None,
            "body_hash": update.body_hash if update.ok else None,
            "content_hash": update.content_hash,
            "article_id": update.article_id,
            "status": update.status,
            "reason": update.reason,
            "fetched_at": update.fetched_at or _now_iso(),
            "now": now,
            "ok": update.ok,
            "gone": gone,
            "gone_wait": self.gone_seconds,
            "base": self.retry_base,
            "cap": RETRY_CAP_SECONDS,
            "first_retry": None if update.ok else now + (self.gone_seconds if gone else self.retry_base),
        }

    # Articles -----------------------------------------------------------------------

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """The near-duplicate signatures of the articles written: (id, text hash, values)."""
        for article_id, text_hash, packed in self._db.execute(
            "SELECT id, content_hash, minhash FROM signatures"
        ):
            yield str(article_id), str(text_hash), bytes(packed)

    def url_content_hash(self, url: str) -> str | None:
        """The text hash of the article last extracted from ``url``, if any."""
        row = self._db.execute("SELECT content_hash FROM urls WHERE url = ?", (url,)).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def article_content_hash(self, article_id: str) -> str | None:
        """The text hash of the article last written under ``article_id``, if any."""
        row = self._db.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else str(row[0])

    def unchanged(self, url: str, article_id: str, content_hash: str, written: Mapping[str, str]) -> bool:
        """Whether an article extracted from ``url`` with this text needs no new row: this
        run already wrote the text under the id (``written``: id -> text hash), ``url``
        last gave the same text or, for a URL never seen before (the same pages read from
        a folder, then fetched), the id was last written with it. For a URL with a
        history only its own text counts: two URLs of one article with different texts
        (an AMP copy) would otherwise flip the row back and forth. Both engines decide
        here."""
        if written.get(article_id) == content_hash:
            return True
        by_url = self.url_content_hash(url)
        if by_url is not None:
            return by_url == content_hash
        return self.article_content_hash(article_id) == content_hash

    # Status ---------------------------------------------------------------------------

    def status(self, runs: int = 5, due: int = 20) -> dict[str, Any]:
        """Counts by last status, the last runs, and URLs due for a retry."""
        db = self._db
        by_status = {
            str(reason): count
            for reason, count in db.execute(
                "SELECT coalesce(last_reason, 'ok'), count(*) FROM urls GROUP BY 1 ORDER BY 2 DESC"
            )
        }
        columns = ("id", "started_at", "finished_at", "pid", "pages", "written", "unchanged", "failures")
        last_runs = [
            dict(zip((*columns, "exit_code"), row, strict=True))
            for row in db.execute(
                f"SELECT {', '.join(columns)}, exit_code FROM runs ORDER BY id DESC LIMIT ?", (runs,)
            )
        ]
        now = time.time()
        waiting = [
            {"url": url, "failures": failures, "last_reason": reason, "next_retry": _iso(retry)}
            for url, failures, reason, retry in db.execute(
                "SELECT url, failures, last_reason, next_retry FROM urls WHERE next_retry IS NOT NULL"
                " ORDER BY next_retry LIMIT ?",
                (due,),
            )
        ]
        return {
            "state": str(self.path),
            "schema": SCHEMA_VERSION,
            "urls": int(db.execute("SELECT count(*) FROM urls").fetchone()[0]),
            "articles": int(db.execute("SELECT count(*) FROM articles").fetchone()[0]),
            "urls_by_status": by_status,
            "due_for_retry": int(
                db.execute("SELECT count(*) FROM urls WHERE next_retry <= ?", (now,)).fetchone()[0]
            ),
            "waiting_to_retry": int(
                db.execute("SELECT count(*) FROM urls WHERE next_retry > ?", (now,)).fetchone()[0]
            ),
            "next_retries": waiting,
            "last_runs": last_runs,
        }


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


_UPSERT_URL = """
INSERT INTO urls (url, canonical_url, etag, last_modified, body_hash, content_hash, article_id,
                  last_status, last_reason, first_seen, last_fetched, last_fetched_ts, failures,
                  next_retry)
VALUES (:url, :canonical_url, :etag, :last_modified, :body_hash, :content_hash, :article_id,
        :status, :reason, :fetched_at, :fetched_at, :now, CASE WHEN :ok THEN 0 ELSE 1 END,
        :first_retry)
ON CONFLICT(url) DO UPDATE SET
    canonical_url = coalesce(excluded.canonical_url, urls.canonical_url),
    etag = CASE WHEN :ok THEN coalesce(excluded.etag, urls.etag) ELSE urls.etag END,
    last_modified = CASE WHEN :ok THEN coalesce(excluded.last_modified, urls.last_modified)
                    ELSE urls.last_modified END,
    body_hash = CASE WHEN :ok THEN coalesce(excluded.body_hash, urls.body_hash) ELSE urls.body_hash END,
    content_hash = coalesce(excluded.content_hash, urls.content_hash),
    article_id = coalesce(excluded.article_id, urls.article_id),
    last_status = coalesce(excluded.last_status, urls.last_status),
    last_reason = excluded.last_reason,
    last_fetched = excluded.last_fetched,
    last_fetched_ts = excluded.last_fetched_ts,
    failures = CASE WHEN :ok THEN 0 ELSE urls.failures + 1 END,
    next_retry = CASE
        WHEN :ok THEN NULL
        WHEN :gone THEN :now + :gone_wait
        ELSE :now + min(:base * (1 << min(urls.failures, 20)), :cap)
    END
"""


class StateReader:
    """A read-only handle for the fetch thread (its own connection; WAL lets it read
    while the run writes)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._db = _connect(self.path, readonly=True)

    def parts_not_to_read(self) -> set[str]:
        """Part files a reader leaves out: renamed into place but not yet committed (a run
        writing it, or one that crashed), or replaced by a compaction not cleaned up."""
        return {row[0] for row in self._db.execute("SELECT name FROM parts WHERE committed != 1")}

    def known(self, url: str) -> Known | None:
        """What the store knows of ``url``."""
        row = self._db.execute(
            "SELECT etag, last_modified, body_hash, last_fetched_ts, next_retry, last_status"
            " FROM urls WHERE url = ?",
            (url,),
        ).fetchone()
        return None if row is None else Known(*row)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()


def read_status(path: Path | str) -> dict[str, Any]:
    """``StateStore.status`` of the store at ``path``; raises ``StateError`` when there is
    no store there."""
    path = Path(path)
    if not path.is_file():
        raise StateError(f"no state store at {path}; give --state, or run articlepipe first")
    with closing(StateStore(path)) as store:
        return store.status()
