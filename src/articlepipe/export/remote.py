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
under the user's cache. On a machine that has no working folder yet (a fresh container
in a scheduled job), the remote state store is downloaded first, so the run goes on
from where the last one stopped, wherever that ran.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from articlepipe.config import Settings, is_dataset_output
from articlepipe.errors import OutputError, UsageError
from articlepipe.export.atomic import TEMP_SUFFIX
from articlepipe.export.dataset import LOCK_NAME, RUNS_DIR, STATE_NAME
from articlepipe.state import StateStore

if TYPE_CHECKING:
    from articlepipe.pipeline import Progress
    from articlepipe.report import RunStats

log = logging.getLogger(__name__)

# Files whose names never change content once written: not uploaded twice.
_IMMUTABLE_PREFIXES = ("part-", "_failures/part-")


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


def run_remote(settings: Settings, progress: Progress | None = None) -> RunStats:
    """Run ``settings`` into its local working folder, then publish that to the remote
    output; see the module docstring."""
    from articlepipe.pipeline import run

    url = settings.output
    fs, root = _file_system(url)
    work = Path(settings.work_dir) if settings.work_dir else default_work_dir(url)
    dataset = is_dataset_output(url)
    if dataset:
        local_output = f"{work}/"
        if settings.state is None:
            _fetch_state(fs, root, work)
    else:
        local_output = str(work / url.rstrip("/").rsplit("/", 1)[-1])
    log.info("working in %s; the output is published to %s", work, url)
    stats = run(replace(settings, output=local_output), progress)
    _name_output(work, url, dataset)
    remote_root = root.rstrip("/") if dataset else root.rstrip("/").rsplit("/", 1)[0]
    publish(work, fs, remote_root, url)
    return stats


def _name_output(work: Path, url: str, dataset: bool) -> None:
    """Make the run's statistics and report name the remote output, not the working
    folder (which they give as ``working_folder``)."""
    from articlepipe.htmlreport import write_report
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
    write_report(summary, report)


def _fetch_state(fs: Any, root: str, work: Path) -> None:
    """Download the remote state store if this machine has none for the output."""
    local = work / STATE_NAME
    remote = f"{root.rstrip('/')}/{STATE_NAME}"
    if local.exists():
        return
    try:
        if not fs.exists(remote):
            return
        work.mkdir(parents=True, exist_ok=True)
        fs.get_file(remote, str(local))
    except OSError as exc:
        raise OutputError(f"cannot read the state store at {remote}: {exc}") from exc
    log.info("took the state store from %s", remote)


def _files(work: Path) -> Iterator[tuple[str, Path]]:
    """The files to publish, by name relative to ``work``: not the lock, the state store
    (sent apart), hidden files or unfinished temporary files."""
    for path in sorted(work.rglob("*")):
        name = path.relative_to(work).as_posix()
        hidden = any(part.startswith(".") for part in Path(name).parts)
        if not path.is_file() or hidden or name.endswith(TEMP_SUFFIX):
            continue
        if name in (LOCK_NAME, STATE_NAME) or name.startswith(STATE_NAME):  # and its -wal, -shm
            continue
        yield name, path


def publish(work: Path, fs: Any, root: str, url: str) -> int:
    """Upload what the remote copy at ``root`` lacks of ``work``, the statistics and the
    report again, and the state store last; returns the number of files sent. Raises
    ``OutputError`` (with what stays where) when an upload fails."""
    sent = 0
    try:
        fs.makedirs(root, exist_ok=True)
        for name, path in _files(work):
            target = f"{root}/{name}"
            if name.startswith(_IMMUTABLE_PREFIXES) and _same_size(fs, target, path):
                continue
            fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
            fs.put_file(str(path), target)
            sent += 1
        state = work / STATE_NAME
        if state.exists():
            with tempfile.TemporaryDirectory() as scratch:
                copy = Path(scratch) / STATE_NAME
                _snapshot(state, copy)  # one consistent file, whatever the WAL holds
                fs.put_file(str(copy), f"{root}/{STATE_NAME}")
                sent += 1
                with closing(StateStore(copy)) as store:
                    parts = set(store.committed_parts())
            # Parts a compaction replaced: removed only now that the state naming the
            # new part is up (a crash before leaves extra rows, never missing ones).
            for path in fs.glob(f"{root}/part-*"):
                if path.rsplit("/", 1)[-1] not in parts:
                    fs.rm_file(path)
    except OSError as exc:
        raise OutputError(
            f"the run finished, but uploading to {url} failed: {exc}. Its results are in "
            f"{work}; the next run uploads them"
        ) from exc
    log.info("published %d files to %s", sent, url)
    return sent


def _same_size(fs: Any, target: str, path: Path) -> bool:
    try:
        return bool(fs.exists(target)) and int(fs.size(target)) == path.stat().st_size
    except FileNotFoundError:
        return False


def _snapshot(database: Path, copy: Path) -> None:
    with closing(sqlite3.connect(database)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
