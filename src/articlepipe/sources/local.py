"""Local files and folders -> Pages.

Folders are walked recursively in sorted order, so a run over the same tree always
sees the same input order. The run lists the files (``iter_local_files``) and each
worker reads its own (``LocalFile.read``); a file that cannot become a Page
(unreadable, empty, too large, corrupt gzip) raises ``ReadError``, which the worker
turns into a ``Failure`` in its place, so every input file is accounted for. A WARC
file is read by the run itself, record by record (``sources/warc.py``), in its place
in that order.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from articlepipe.errors import InputError, ReadError
from articlepipe.logs import event
from articlepipe.models import Failure, Page, PageKind
from articlepipe.sources.warc import WARC_SUFFIXES, is_warc, iter_warc

HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
TEXT_SUFFIXES: tuple[str, ...] = (".txt",)
PAGE_SUFFIXES: tuple[str, ...] = HTML_SUFFIXES + TEXT_SUFFIXES  # one page a file
SUPPORTED_SUFFIXES: tuple[str, ...] = PAGE_SUFFIXES + WARC_SUFFIXES


def page_kind(path: Path) -> PageKind | None:
    """What kind of page the file at ``path`` holds by its name: ``html``, ``text``, or
    ``None`` for a file that is not one page (an image, a PDF, a WARC file)."""
    name = path.name.lower()
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def check_sources(sources: Iterable[str]) -> None:
    """Fail before the run starts if a source path is missing or of an unknown type."""
    for source in sources:
        path = Path(source)
        if not path.exists():
            raise InputError(
                f"input {source!r} does not exist; give a URL (http or https), a URL list, "
                "a folder or .html/.txt files"
            )
        if path.is_file() and page_kind(path) is None and not is_warc(path):
            raise InputError(
                f"input {source!r} is not a supported file type; articlepipe reads "
                f"{', '.join(SUPPORTED_SUFFIXES)} files and folders of them"
            )
        if not os.access(path, os.R_OK):
            raise InputError(f"input {source!r} is not readable; check its permissions")


def iter_files(source: str) -> Iterator[Path]:
    """Supported files under ``source`` (itself if it is a file), in sorted order; a folder
    that holds none is warned about (most often it is the wrong folder)."""
    root = Path(source)
    if root.is_file():
        yield root
        return
    found = 0
    for folder, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for filename in sorted(filenames):
            path = Path(folder, filename)
            if page_kind(path) is not None or is_warc(path):
                found += 1
                yield path
    if not found:
        _warn_nothing_readable(source)


def _gunzip(data: bytes, url: str, max_bytes: int) -> bytes:
    # A decompressobj with max_length caps the output, so a gzip bomb costs at most max_bytes.
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise ReadError(url, "corrupt-gzip", f"the gzip data is corrupt ({exc}); re-save the file") from exc
    if len(out) > max_bytes:
        raise ReadError(
            url, "too-large", f"decompressed content exceeds {max_bytes:,} bytes (max_page_bytes)"
        )
    if not decompressor.eof:
        raise ReadError(url, "corrupt-gzip", "the gzip data is truncated; the file was cut short")
    return out


def file_url(path: Path) -> str:
    """The ``file://`` URL a page read from ``path`` gets."""
    # abspath, not resolve(): a symlinked file keeps the name the user gave it.
    return Path(os.path.abspath(path)).as_uri()  # noqa: PTH100


def read_page(path: Path, source: str, max_bytes: int) -> Page:
    """Read one file into a Page; raises ``ReadError`` for files that cannot be one."""
    url = file_url(path)
    kind = page_kind(path)
    if kind is None:
        pages = ", ".join(PAGE_SUFFIXES)
        raise ReadError(url, "unsupported", f"not a page articlepipe reads; give {pages} files")
    try:
        stat = path.stat()
        if stat.st_size > max_bytes:
            raise ReadError(
                url, "too-large", f"file is {stat.st_size:,} bytes, over max_page_bytes ({max_bytes:,})"
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise ReadError(url, "unreadable", "permission denied; check the file's permissions") from exc
    except OSError as exc:
        raise ReadError(url, "unreadable", f"cannot read the file: {exc.strerror or exc}") from exc
    if path.name.lower().endswith(".gz"):
        data = _gunzip(data, url, max_bytes)
    if not data.strip():
        raise ReadError(url, "empty", "the file is empty")
    return Page(
        url=url,
        final_url=url,
        body=data,
        fetched_at=datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds"),
        source=source,
        kind=kind,
    )


@dataclass(frozen=True, slots=True)
class LocalFile:
    """A file listed by the run and read by the worker process that extracts it, so the
    parent process neither reads nor ships the bytes (on a 2-core machine its CPU time
    is taken from the workers)."""

    path: Path
    source: str
    # Bytes on disk when listed, for the cap on bytes in flight.
    size: int

    @property
    def url(self) -> str:
        return file_url(self.path)

    def read(self, max_bytes: int) -> Page:
        """The Page; raises ``ReadError`` for a file that cannot be one."""
        return read_page(self.path, self.source, max_bytes)


def iter_local_files(sources: Iterable[str], max_bytes: int) -> Iterator[LocalFile | Page | Failure]:
    """Every supported file under ``sources``, in the order ``iter_files`` gives; a WARC
    file as the pages it holds (a record that cannot be one as a Failure)."""
    for source in sources:
        for path in iter_files(source):
            if is_warc(path):
                yield from iter_warc(path, max_bytes)
                continue
            try:
                size = path.stat().st_size
            except OSError:
                size = 0  # reading it will say what is wrong
            yield LocalFile(path=path, source=source, size=size)


def _warn_nothing_readable(folder: str) -> None:
    """A folder with no page in it is most often the wrong folder: say so, and what it held."""
    others: Counter[str] = Counter()
    for _, _, filenames in os.walk(folder):
        others.update(Path(name).suffix.lower() or "(no extension)" for name in filenames)
    commonest = sorted(others.items(), key=lambda item: (-item[1], item[0]))[:5]
    held = ", ".join(f"{suffix} {count}" for suffix, count in commonest) or "nothing"
    event(
        "nothing-readable",
        f"found no page to read in {folder!r} (it holds: {held}); articlepipe reads "
        f"{', '.join(SUPPORTED_SUFFIXES)} files",
        logging.WARNING,
        source=folder,
        skipped_files=sum(others.values()),
    )
