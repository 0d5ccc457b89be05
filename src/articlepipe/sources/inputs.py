"""Telling a run's sources apart: local pages, source URLs, and URL lists.

A source is a URL when it starts with ``http://`` or ``https://``; ``-`` is a URL list on
standard input; a file ending in ``.urls`` or ``.lst``, or a ``.txt`` file whose first
lines (comments and blank lines aside) are all http(s) URLs, is a URL list. A file
ending in ``.paths`` (as Common Crawl names them) lists WARC files, one path per line,
relative to the list's folder; they join the local sources. Everything else is a local
file or folder of pages or WARC files (``sources/local.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from articlepipe.errors import InputError

URL_LIST_SUFFIXES = (".urls", ".lst")
WARC_LIST_SUFFIX = ".paths"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# Lines of a .txt file read to decide whether it is a URL list or a text page.
_SNIFF_LINES = 20


@dataclass(frozen=True, slots=True)
class Inputs:
    """A run's sources, sorted by kind, each kind in the order given."""

    local: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()

    @property
    def remote(self) -> bool:
        """Whether the run fetches anything."""
        return bool(self.urls or self.lists)


def is_url(source: str) -> bool:
    """Whether ``source`` is an http or https URL."""
    return source.lower().startswith(("http://", "https://"))


def is_url_list(path: Path) -> bool:
    """Whether the file at ``path`` is a list of URLs rather than a page."""
    name = path.name.lower()
    if name.endswith(URL_LIST_SUFFIXES):
        return True
    if not name.endswith(".txt"):
        return False
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as lines:
            entries = [
                line.split()[0] for line in islice(lines, 200) if line.strip() and not line.startswith("#")
            ][:_SNIFF_LINES]
    except OSError:
        return False  # reading it as a page will say what is wrong
    return bool(entries) and all(is_url(entry) for entry in entries)


def read_warc_list(path: Path) -> list[str]:
    """The WARC files a ``.paths`` file lists; raises ``InputError`` if it cannot be read."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the WARC list {str(path)!r}: {exc}") from exc
    entries = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return [str(path.parent / entry) for entry in entries]


def split_sources(sources: Iterable[str]) -> Inputs:
    """Sort ``sources`` by kind; raises ``InputError`` for a URL of another scheme."""
    local: list[str] = []
    urls: list[str] = []
    lists: list[str] = []
    for source in sources:
        if is_url(source):
            urls.append(source)
        elif _SCHEME.match(source) and not Path(source).exists():
            scheme = source.split("://", 1)[0]
            raise InputError(
                f"input {source!r} is a {scheme}:// URL; articlepipe fetches http and https URLs only"
            )
        elif source == "-" or (Path(source).is_file() and is_url_list(Path(source))):
            lists.append(source)
        elif source.lower().endswith(WARC_LIST_SUFFIX) and Path(source).is_file():
            local.extend(read_warc_list(Path(source)))
        else:
            local.append(source)
    return Inputs(local=tuple(local), urls=tuple(urls), lists=tuple(lists))
