"""Write-then-rename: output appears under its final name only when it is complete.

The data goes to a hidden temporary file in the target folder (same file system, so the
rename is atomic), is fsynced, then renamed over the final name; the folder is fsynced
so the rename itself survives a power cut. A crash at any point leaves the final name
either absent or holding the previous complete file.

The temporary file is created with the mode an ordinary ``open`` gives (0666 less the
user's umask: 0644 under the usual 022), so a corpus can be shared as it is written.
``tempfile.mkstemp`` would make it 0600, and the rename would keep that.
"""

from __future__ import annotations

import errno
import os
import secrets
from abc import ABC, abstractmethod
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TextIO

from articlepipe.errors import OutputError
from articlepipe.models import Article

TEMP_SUFFIX = ".tmp"


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
_ATTEMPTS = 100


def temp_path_for(path: Path) -> Path:
    """A fresh hidden temporary file next to ``path``, with the mode the umask gives."""
    for _ in range(_ATTEMPTS):
        temp = path.parent / f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            # The kernel applies the umask to 0o666, as for any new file.
            fd = os.open(temp, _CREATE, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise OutputError(f"cannot write in output folder {path.parent}: {exc.strerror or exc}") from exc
        os.close(fd)
        return temp
    raise OutputError(
        f"cannot write in output folder {path.parent}: {os.strerror(errno.EEXIST)} ({_ATTEMPTS} names tried)"
    )


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) and check that files can be written in it, by
    writing one: ``os.access`` says yes for root even where the file system says no
    (``/proc``). Raises ``OutputError`` naming the path at fault."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), folder)
        raise OutputError(
            f"cannot create output folder {folder}: {blocker} is a file, not a folder; choose another -o path"
        ) from exc
    except OSError as exc:
        raise OutputError(f"cannot create output folder {folder}: {exc.strerror or exc}") from exc
    try:
        # missing_ok: a run holding the folder's lock removes stray temporary files
        temp_path_for(folder / "write-test").unlink(missing_ok=True)
    except OutputError as exc:
        cause = exc.__cause__
        why = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause or exc)
        raise OutputError(
            f"cannot write in output folder {folder} ({why}); choose another -o path, or make "
            "room or fix its permissions"
        ) from exc


def commit(temp: Path, path: Path) -> None:
    """fsync ``temp``, rename it to ``path`` and fsync the folder."""
    with temp.open("rb+") as handle:
        os.fsync(handle.fileno())
    temp.replace(path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def write_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically: a temporary file, then ``commit``."""
    temp = temp_path_for(path)
    try:
        temp.write_text(text, encoding="utf-8")
        commit(temp, path)
    finally:
        temp.unlink(missing_ok=True)


class RecordWriter(ABC):
    """A context manager that writes records to ``path`` atomically.

    ``write_record`` takes a JSON-ready dict; ``write`` takes an Article. Leaving the
    ``with`` block normally publishes the file; leaving it by an exception deletes the
    temporary file and leaves the final name untouched.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.temp: Path | None = None
        self.count = 0

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def open(self) -> None:
        """Create the temporary file and start the format."""
        self.temp = temp_path_for(self.path)
        self._begin(self.temp)

    def write(self, article: Article) -> None:
        """Append one article."""
        self.write_record(article.to_record())

    def write_record(self, record: dict[str, Any]) -> None:
        """Append one record (a dict in the shape of ``Article.to_record()``)."""
        self._write(record)
        self.count += 1

    def close(self) -> None:
        """Finish the format and publish the file under its final name."""
        assert self.temp is not None, "close() before open()"
        self._end()
        commit(self.temp, self.path)
        self.temp = None

    def abort(self) -> None:
        """Drop everything written; the final name is left as it was."""
        try:
            self._discard()
        finally:
            if self.temp is not None:
                self.temp.unlink(missing_ok=True)
                self.temp = None

    @abstractmethod
    def _begin(self, temp: Path) -> None: ...

    @abstractmethod
    def _write(self, record: dict[str, Any]) -> None: ...

    @abstractmethod
    def _end(self) -> None: ...

    @abstractmethod
    def _discard(self) -> None: ...


class TextRecordWriter(RecordWriter):
    """A RecordWriter over a UTF-8 text file; subclasses add the format."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)
        self._handle: TextIO | None = None

    @property
    def handle(self) -> TextIO:
        """The open temporary file."""
        assert self._handle is not None, "writer is not open"
        return self._handle

    def _begin(self, temp: Path) -> None:
        self._handle = temp.open("w", encoding="utf-8", newline="")
        self._header()

    def _end(self) -> None:
        self._footer()
        self.handle.close()
        self._handle = None

    def _discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def _header(self) -> None:
        """Write what comes before the first record."""

    def _footer(self) -> None:
        """Write what comes after the last record."""
