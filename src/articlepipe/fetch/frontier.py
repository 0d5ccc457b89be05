"""The frontier: URLs waiting to be fetched, queued per host, each fetched once.

Each host with URLs waiting gets up to ``per_host`` worker tasks, which take its URLs
in turn; the hosts share the fetcher's global slots. So a sitemap of 50,000 URLs on one
site does not hold back the other sites behind it, and the tasks alive are bounded by
hosts x per_host, not by the number of URLs.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from urllib.parse import urlsplit

from articlepipe.errors import SourceError
from articlepipe.fetch.client import Fetcher
from articlepipe.models import Failure, Page, Skipped
from articlepipe.sources.urls import normalise_url
from articlepipe.state import Known

# URLs queued before ``room`` makes a producer wait (fetch_all over a long iterator).
QUEUED_URLS = 10_000

Emit = Callable[[Page | Failure | Skipped], Awaitable[None]]


class Frontier:
    """Fetches every URL ``add``-ed with ``fetcher`` and hands each result to ``emit``."""

    def __init__(self, fetcher: Fetcher, emit: Emit, queued_urls: int = QUEUED_URLS) -> None:
        self.fetcher = fetcher
        self.emit = emit
        self.queued_urls = queued_urls
        self.added = 0
        self._seen: set[str] = set()
        self._queues: dict[str, deque[tuple[str, str, Known | None]]] = {}
        self._workers: dict[str, int] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._queued = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._drained = asyncio.Event()
        self._drained.set()
        self._error: BaseException | None = None

    def add(self, url: str, source: str = "", previous: Known | None = None) -> bool:
        """Queue ``url`` (listed by ``source``; ``previous``: what the state store knows
        of it, for a conditional request); ``False`` if it was queued before."""
        try:
            key = normalise_url(url)
        except SourceError:
            key = url  # fetch() turns it into a Failure with the reason
        if key in self._seen:
            return False
        self._seen.add(key)
        self.added += 1
        host = urlsplit(key).hostname or ""
        self._queues.setdefault(host, deque()).append((key, source, previous))
        self._queued += 1
        if self._queued >= self.queued_urls:
            self._drained.clear()
        if self._workers.get(host, 0) < self.fetcher.settings.per_host:
            self._workers[host] = self._workers.get(host, 0) + 1
            self._idle.clear()
            task = asyncio.ensure_future(self._work(host))
            self._tasks.add(task)
            task.add_done_callback(self._finished)
        return True

    def add_done(self, url: str) -> None:
        """Mark ``url`` as fetched already (a source URL that was a page itself)."""
        with contextlib.suppress(SourceError):  # an invalid URL is never queued anyway
            self._seen.add(normalise_url(url))

    def __contains__(self, url: str) -> bool:
        return url in self._seen

    async def room(self) -> None:
        """Wait while ``queued_urls`` or more URLs are waiting (and raise a worker's
        error, if one died: nothing would drain the queue any more)."""
        await self._drained.wait()
        if self._error is not None:
            raise self._error

    async def join(self) -> None:
        """Wait until every URL added so far has been fetched and emitted."""
        await self._idle.wait()
        if self._error is not None:
            raise self._error

    async def close(self) -> None:
        """Stop the workers (when the run is abandoned)."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _work(self, host: str) -> None:
        queue = self._queues[host]
        try:
            while queue:
                url, source, previous = queue.popleft()
                self._queued -= 1
                if self._queued < self.queued_urls:
                    self._drained.set()
                await self.emit(await self.fetcher.fetch(url, source, previous))
        finally:
            self._workers[host] -= 1
            if not self._workers[host] and not queue:
                del self._workers[host], self._queues[host]

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None and self._error is None:
            self._error = task.exception()
            self._idle.set()  # join() and room() re-raise it
            self._drained.set()
        if not self._tasks:
            self._idle.set()


async def fetch_all(
    fetcher: Fetcher, urls: Iterable[str], queued_urls: int = QUEUED_URLS
) -> AsyncIterator[Page | Failure | Skipped]:
    """Every URL as a Page or a Failure, in the order they finish. At most
    ``queued_urls`` wait at a time, so memory does not grow with the number of URLs."""
    done: asyncio.Queue[Page | Failure | Skipped] = asyncio.Queue(maxsize=fetcher.settings.concurrency)
    frontier = Frontier(fetcher, done.put, queued_urls)

    async def feed() -> None:
        for url in urls:
            frontier.add(url)
            await frontier.room()
        await frontier.join()

    feeding = asyncio.ensure_future(feed())
    try:
        while not (feeding.done() and done.empty()):
            getter = asyncio.ensure_future(done.get())
            await asyncio.wait({getter, feeding}, return_when=asyncio.FIRST_COMPLETED)
            if getter.done():
                yield getter.result()
            else:
                getter.cancel()
        feeding.result()  # a bug in a worker surfaces here
    finally:
        feeding.cancel()
        await frontier.close()
