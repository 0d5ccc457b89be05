"""Write-then-rename: output appears under its final name only when it is complete.

The data goes to a hidden temporary file in the target folder (same file system, so the
rename is atomic), is fsynced, then renamed over the final name; the folder is fsynced
so the rename itself survives a power cut. A crash at any point leaves the final name
either absent or holding the previous complete file.
"""

from __future__ import annotations

import os
import tempfile
from abc import ABC, abstractmethod
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TextIO

from articlepipe.errors import OutputError
from articlepipe.models import Article

TEMP_SUFFIX = ".tmp"


def temp_path_for(path: Path) -> Path:
    """A fresh hidden temporary file next to ``path``."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write in output folder {path.parent}: {exc.strerror or exc}") from exc
    os.close(fd)
    return Path(name)


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
