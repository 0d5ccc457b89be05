"""One run at a time per output: an exclusive ``flock`` on a lock file beside the state.

The kernel releases a ``flock`` when its process dies, however it dies (kill -9, OOM, a
power cut ends them all), so a dead run never blocks the next one. The holder writes its
pid, host and start time into the file and empties it on a clean exit; a run that finds
the lock free but the file not empty knows the last run died, and says so.
"""

from __future__ import annotations

import fcntl
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from articlepipe.errors import LockedError, OutputError


class RunLock:
    """The lock on ``path``; ``acquire`` raises ``LockedError`` while another run holds it."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self.took_over: str | None = None  # what the dead holder had written, if any

    def acquire(self) -> None:
        """Take the lock, or raise ``LockedError`` naming the run that holds it."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot create the lock file {self.path}: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read(fd) or "a process that has not written its pid yet"
            os.close(fd)
            raise LockedError(
                f"another articlepipe run holds the lock {self.path} ({holder}); "
                "wait for it to finish, or give another output"
            ) from None
        self.took_over = _read(fd) or None
        started = datetime.now(UTC).isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, started {started}\n".encode(), 0)
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        """Empty the file (a clean exit) and let go of the lock."""
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
        finally:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def _read(fd: int) -> str:
    return os.pread(fd, 4096, 0).decode("utf-8", "replace").strip()
