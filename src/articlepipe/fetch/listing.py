"""Finding a run's URLs without fetching them, for the distributed engine.

The run's own process reads the sources (sitemaps, feeds, homepages, URL lists) as a
local crawl would, but its frontier (``Listing``) keeps the page URLs it is given
instead of fetching them; the shards, grouped by host, fetch them on the workers. A
source URL that turns out to be an article was fetched to learn that; its Page is kept
and goes to its host's shard, so nothing is fetched twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from articlepipe.errors import SourceError
from articlepipe.fetch.client import Fetcher, FetchSettings, new_client
from articlepipe.fetch.crawl import Crawl, CrawlLimits, UrlList
from articlepipe.fetch.frontier import Frontier
from articlepipe.models import Failure, Page, Skipped
from articlepipe.sources.urls import normalise_url
from articlepipe.state import Known, StateReader

# A URL found: (url, the source that listed it, what the state store knew of it).
Entry = tuple[str, str, Known | None]


class Listing(Frontier):
    """A frontier that fetches nothing: it keeps each URL added, once, in order."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.entries: list[Entry] = []

    def add(self, url: str, source: str = "", previous: Known | None = None) -> bool:
        try:
            key = normalise_url(url)
        except SourceError:
            key = url  # its fetch, on a worker, turns it into a Failure with the reason
        if key in self:
            return False
        self._seen.add(key)  # not add_done: it skips a URL that does not normalise
        self.added += 1
        self.entries.append((key, source, previous))
        return True


@dataclass(slots=True)
class Found:
    """What reading the sources gave: the URLs to fetch, the pages fetched already (source
    URLs that were articles), and the records for the rest (failures, URLs skipped)."""

    entries: list[Entry] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    records: list[Failure | Skipped] = field(default_factory=list)


def find_urls(
    urls: Sequence[str],
    lists: Iterable[UrlList],
    settings: FetchSettings,
    limits: CrawlLimits,
    state: Path | None = None,
) -> Found:
    """Read the sources ``urls`` and URL ``lists`` and list the pages they lead to; see
    the module docstring. With ``state``, URLs not due yet are ``Skipped`` here."""
    found = Found()

    async def emit(result: Page | Failure | Skipped) -> None:
        if isinstance(result, Page):
            found.pages.append(result)
        else:
            found.records.append(result)

    async def crawl() -> list[Entry]:
        reader = StateReader(state) if state is not None else None
        try:
            async with new_client(settings) as client:
                known = reader.known if reader is not None else None
                run = Crawl(Fetcher(client, settings), emit, limits, known, frontier=Listing)
                await run.run(urls, lists)
                assert isinstance(run.frontier, Listing)
                return run.frontier.entries
        finally:
            if reader is not None:
                reader.close()

    try:
        asyncio.get_running_loop()
    except RuntimeError:  # the usual case: no loop in this thread
        found.entries = asyncio.run(crawl())
    else:  # called from async code (a notebook): the crawl gets a loop in a thread
        with ThreadPoolExecutor(1) as thread:
            found.entries = thread.submit(asyncio.run, crawl()).result()
    return found
