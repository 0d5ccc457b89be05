"""Outputs on object storage or any other file system fsspec reaches (``s3://``,
``gs://``, ``az://``, ``hdfs://``, …).

A run cannot keep its lock and its SQLite state store on object storage, and a part
file half uploaded must never be seen. So the run works in a local working folder, as
any local run does, and then publishes it: every file the remote copy lacks is
uploaded (the part files are immutable, so one already there is not sent again), the
run statistics and report are replaced, and the state store goes last, so the remote
state never names a part that is not there yet; then the remote parts the state no
longer names (replaced by ``articlepipe compact``) are removed. Object stores make an object visible
only once its upload is complete. A run whose upload fails has lost nothing: its
results stay in the working folder and the next run uploads them.

The working folder is ``work_dir`` (``--work-dir``), by default a folder per output URL
under the user's cache. Before a run, the remote state store is downloaded when this
machine has none or the remote one has changed since this machine last saw it (another
machine ran), so the run goes on from where the last one stopped, wherever that ran.
Two machines publishing at once are caught: a run whose remote state changed while it
ran does not publish over it, and says so.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import uuid
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from articlepipe.config import Settings, is_dataset_output
from articlepipe.errors import OutputError, UsageError
from articlepipe.export.atomic import TEMP_SUFFIX
from articlepipe.export.dataset import FAILURES_DIR, REJECTED_DIR, RUNS_DIR, STATE_NAME
from articlepipe.state import StateStore

if TYPE_CHECKING:
    from articlepipe.pipeline import Progress
    from articlepipe.report import RunStats

log = logging.getLogger(__name__)

# Files whose names never change content once written: not uploaded twice.
_IMMUTABLE_PREFIXES = ("part-", f"{FAILURES_DIR}/part-", f"{REJECTED_DIR}/part-")


def is_remote(output: str) -> bool:
    """Whether ``output`` is a URL of a file system other than the local one."""
    scheme, sep, _ = output.partition("://")
    return bool(sep) and scheme.lower() not in ("file", "local")


def _file_system(url: str) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs

        fs, path = url_to_fs(url)
    except (ImportError, ValueError) as exc:
        # fsspec names the package to install ("Install s3fs to access S3").
        raise UsageError(f"cannot write to {url}: {exc}") from exc
    return fs, str(path)


def default_work_dir(output: str) -> Path:
    """The working folder of ``output`` when ``work_dir`` is not set: one per URL under
    the user's cache folder, kept between runs."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256(output.rstrip("/").encode()).hexdigest()[:16]
    return cache / "articlepipe" / "outputs" / digest


# Object stores make an object visible only when its upload is complete; elsewhere
# (a mounted file system, HDFS, SFTP) a file is uploaded under a temporary name and
# renamed, so no one sees half of it.
_ATOMIC_PUT = frozenset({"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "adl", "oss", "memory"})
# What this machine last saw of the remote state store (hidden: never uploaded).
_SEEN_NAME = ".remote-state.json"


def run_remote(settings: Settings, progress: Progress | None = None) -> RunStats:
    """Run ``settings`` into its local working folder, then publish that to the remote
    output; see the module docstring."""
    from articlepipe.pipeline import run

    url = settings.output
    if settings.engine == "dask" and settings.scheduler and not settings.work_dir:
        raise UsageError(
            "with --engine dask on a cluster, an output on object storage needs --work-dir on a "
            "file system every worker mounts (the workers write the parts there first)"
        )
    fs, root = _file_system(url)
    work = Path(settings.work_dir) if settings.work_dir else default_work_dir(url)
    dataset = is_dataset_output(url)
    remote = Remote(fs, root.rstrip("/") if dataset else root.rstrip("/").rsplit("/", 1)[0], url, work)
    if dataset:
        local_output = f"{work}/"
        seen = remote.take_state() if settings.state is None else None
    else:
        local_output = str(work / url.rstrip("/").rsplit("/", 1)[-1])
        seen = None
    log.info("working in %s; the output is published to %s", work, url)
    stats = run(replace(settings, output=local_output), progress)
    _name_output(work, url, dataset)
    remote.publish(_files(work, dataset, Path(local_output).name), seen, with_state=settings.state is None)
    return stats


def _name_output(work: Path, url: str, dataset: bool) -> None:
    """Make the run's statistics and report name the remote output, not the working
    folder (which they give as ``working_folder``)."""
    from articlepipe.htmlreport import publish_report
    from articlepipe.report import write_json

    stats, report = (
        (work / "_run.json", work / "_report.html") if dataset else (work / "run.json", work / "report.html")
    )
    summary = json.loads(stats.read_text(encoding="utf-8"))
    summary.update(output=url, working_folder=str(work))
    copies = [stats]
    if dataset:
        copies.append(work / RUNS_DIR / f"{summary['run']:06d}.json")
    for path in copies:
        write_json(path, summary)
    publish_report(summary, report)


def _files(work: Path, dataset: bool, output_name: str) -> list[tuple[str, Path]]:
    """The run's own files in ``work``, by name relative to it (nothing else a working
    folder may hold is uploaded); the state store is sent apart."""
    if dataset:
        patterns = [
            "part-*",
            f"{FAILURES_DIR}/part-*",
            f"{REJECTED_DIR}/part-*",
            f"{RUNS_DIR}/*.json",
            "_run.json",
            "_report.html",
        ]
    else:
        patterns = [output_name, "failures.jsonl", "rejected.jsonl", "run.json", "report.html"]
    found = {path for pattern in patterns for path in work.glob(pattern)}
    return sorted(
        (path.relative_to(work).as_posix(), path)
        for path in found
        if path.is_file() and not path.name.startswith(".") and not path.name.endswith(TEMP_SUFFIX)
    )


class Remote:
    """The remote copy of a working folder: ``root`` on ``fs`` (``url`` as given)."""

    def __init__(self, fs: Any, root: str, url: str, work: Path) -> None:
        self.fs, self.root, self.url, self.work = fs, root, url, work
        protocols = fs.protocol if isinstance(fs.protocol, tuple | list) else (fs.protocol,)
        self.atomic = bool(_ATOMIC_PUT.intersection(protocols))

    def _key(self, path: str) -> str | None:
        """What identifies the version of the remote file at ``path`` (``None``: none)."""
        try:
            return str(self.fs.ukey(path)) if self.fs.exists(path) else None
        except FileNotFoundError:
            return None

    def _seen(self) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads((self.work / _SEEN_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data

    def take_state(self) -> str | None:
        """Download the remote state store when this machine has none, or the remote one
        changed since this machine last saw it; returns the remote version the run
        starts from. Raises ``OutputError`` when both changed (results here were never
        uploaded, and another machine has published since)."""
        local = self.work / STATE_NAME
        remote = f"{self.root}/{STATE_NAME}"
        try:
            key = self._key(remote)
        except Exception as exc:  # any file system's error: a network, credentials
            raise OutputError(f"cannot read the state store at {remote}: {exc}") from exc
        seen = self._seen()
        if key is None or (local.exists() and key == seen.get("remote")):
            return key
        if local.exists() and seen and _local_version(local) != seen.get("local"):
            raise OutputError(
                f"{self.url} was published by another run since this machine's last upload, "
                f"and {self.work} holds results that were never uploaded; upload or remove them "
                "(or give another --work-dir) before running again"
            )
        self.work.mkdir(parents=True, exist_ok=True)
        temp = self.work / f".{STATE_NAME}.download{TEMP_SUFFIX}"
        try:
            self.fs.get_file(remote, str(temp))
            temp.replace(local)  # a download cut short leaves no state behind
            for suffix in ("-wal", "-shm"):
                (self.work / f"{STATE_NAME}{suffix}").unlink(missing_ok=True)
        except Exception as exc:
            raise OutputError(f"cannot download the state store at {remote}: {exc}") from exc
        finally:
            temp.unlink(missing_ok=True)
        self._remember(key, local)
        log.info("took the state store from %s", remote)
        return key

    def _remember(self, key: str | None, local: Path) -> None:
        seen = {"remote": key, "local": _local_version(local) if local.exists() else None}
        (self.work / _SEEN_NAME).write_text(json.dumps(seen), encoding="utf-8")

    def publish(self, files: list[tuple[str, Path]], seen: str | None, *, with_state: bool) -> int:
        """Upload what the remote copy lacks of ``files``, the statistics and report
        again, and the state store last; then remove the remote parts the state no
        longer names. Returns the number of files sent. Raises ``OutputError`` (saying
        what stays where) when an upload fails or another run published meanwhile."""
        sent = 0
        state = self.work / STATE_NAME
        remote_state = f"{self.root}/{STATE_NAME}"
        try:
            if with_state and state.exists() and self._key(remote_state) != seen:
                raise OutputError(
                    f"another run published to {self.url} while this one ran; this run's results "
                    f"are in {self.work} and were not uploaded over it"
                )
            self._makedirs(self.root)
            for name, path in files:
                target = f"{self.root}/{name}"
                if name.startswith(_IMMUTABLE_PREFIXES) and self._same_size(target, path):
                    continue
                self._put(path, target)
                sent += 1
            if with_state and state.exists():
                sent += self._publish_state(state, remote_state)
        except OutputError:
            raise
        except Exception as exc:  # any file system's error: a network, credentials, a full disk
            raise OutputError(
                f"the run finished, but uploading to {self.url} failed: {exc}. Its results are in "
                f"{self.work}; the next run uploads them"
            ) from exc
        log.info("published %d files to %s", sent, self.url)
        return sent

    def _publish_state(self, state: Path, remote_state: str) -> int:
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / STATE_NAME
            _snapshot(state, copy)  # one consistent file, whatever the WAL holds
            self._put(copy, remote_state)
            with closing(StateStore(copy)) as store:
                parts = set(store.committed_parts())
        self._remember(self._key(remote_state), state)
        # Parts a compaction replaced: removed only now that the state naming the new
        # part is up (a crash before leaves extra rows, never missing ones). The state
        # here was the remote one when the run began (take_state), and no other run
        # published meanwhile, so it names every part that belongs.
        for path in self.fs.glob(f"{self.root}/part-*"):
            if path.rsplit("/", 1)[-1] not in parts:
                self.fs.rm_file(path)
        return 1

    def _makedirs(self, path: str) -> None:
        # Object stores have no folders, and creating one may need rights a run writing
        # under a prefix lacks (s3fs checks, then creates, the bucket): not needed there.
        if self.atomic:
            return
        self.fs.makedirs(path, exist_ok=True)

    def _put(self, path: Path, target: str) -> None:
        self._makedirs(target.rsplit("/", 1)[0])
        if self.atomic:
            self.fs.put_file(str(path), target)
            return
        temp = f"{target}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
        self.fs.put_file(str(path), temp)
        self.fs.mv(temp, target)

    def _same_size(self, target: str, path: Path) -> bool:
        try:
            return bool(self.fs.exists(target)) and int(self.fs.size(target)) == path.stat().st_size
        except FileNotFoundError:
            return False


def _local_version(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _snapshot(database: Path, copy: Path) -> None:
    with closing(sqlite3.connect(database)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
