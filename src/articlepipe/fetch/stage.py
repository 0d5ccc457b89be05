"""The fetch stage of a run: remote sources in, ``Page`` and ``Failure`` records out.

The crawl runs on an asyncio loop in a thread of its own; the run's main thread takes
its results from a queue and hands the pages to the extraction processes. The queue is
bounded (``buffer`` results), so when extraction falls behind, fetching waits instead of
filling memory. Leaving the stage early (an error, Ctrl-C) cancels the crawl.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Awaitable, Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from articlepipe.fetch.client import Fetcher, FetchSettings, new_client
from articlepipe.fetch.crawl import Crawl, CrawlLimits, Emit, UrlList
from articlepipe.fetch.frontier import Frontier
from articlepipe.fetch.listing import Entry
from articlepipe.models import Failure, Page, Skipped
from articlepipe.state import StateReader

# Results waiting for the extraction processes.
BUFFER = 256


@dataclass(frozen=True, slots=True)
class _Crashed:
    error: BaseException


_DONE = object()


Result = Page | Failure | Skipped
# What a crawl does with its fetcher, handing each result to emit.
Work = Callable[[Fetcher, Emit], Awaitable[None]]


class _Crawler:
    """The crawl on its own loop in its own thread, handing results over a queue."""

    def __init__(self, buffer: int) -> None:
        self.buffer = buffer
        self.results: queue.SimpleQueue[object] = queue.SimpleQueue()
        self.started = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.task: asyncio.Task[None] | None = None
        self.room: asyncio.Semaphore | None = None

    async def crawl(self, work: Work, settings: FetchSettings) -> None:
        self.loop, self.task = asyncio.get_running_loop(), asyncio.current_task()
        room = self.room = asyncio.Semaphore(self.buffer)
        self.started.set()

        async def emit(result: Result) -> None:
            await room.acquire()
            self.results.put(result)

        async with new_client(settings) as client:
            await work(Fetcher(client, settings), emit)

    def thread(self, *args: Any) -> None:
        try:
            asyncio.run(self.crawl(*args))
        except BaseException as exc:  # handed to the main thread, which raises it
            self.results.put(_Crashed(exc))
        else:
            self.results.put(_DONE)
        finally:
            self.started.set()

    def take(self) -> object:
        """The next result (or the end, or a crash), freeing its place in the queue."""
        item = self.results.get()
        if isinstance(item, Result) and self.loop is not None and self.room is not None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: nothing waits
                self.loop.call_soon_threadsafe(self.room.release)
        return item

    def cancel(self) -> None:
        if self.loop is not None and self.task is not None:
            with contextlib.suppress(RuntimeError):
                self.loop.call_soon_threadsafe(self.task.cancel)


def fetch_stage(
    urls: Sequence[str],
    lists: Sequence[UrlList],
    settings: FetchSettings,
    *,
    limits: CrawlLimits | None = None,
    buffer: int = BUFFER,
    state: Path | None = None,
) -> Generator[Result, None, None]:
    """Every page the source ``urls`` and URL ``lists`` (name, entries) lead to, fetched
    politely, as a Page or a Failure, in the order they finish. With ``state`` (a state
    store's file), requests are conditional and URLs not due are ``Skipped``."""

    async def work(fetcher: Fetcher, emit: Emit) -> None:
        # The reader is opened here: an SQLite connection belongs to the thread that made it.
        reader = StateReader(state) if state is not None else None
        try:
            known = reader.known if reader is not None else None
            await Crawl(fetcher, emit, limits or CrawlLimits(), known).run(urls, lists)
        finally:
            if reader is not None:
                reader.close()

    return _drain(work, settings, buffer)


def fetch_listed(
    entries: Iterable[Entry], settings: FetchSettings, *, buffer: int = BUFFER
) -> Generator[Result, None, None]:
    """Every URL of ``entries`` (url, the source that listed it, what the state store
    knew of it) fetched politely, conditionally where something was known, as a Page, a
    Failure or a ``Skipped`` (not modified), in the order they finish. For URLs found
    already (the distributed engine's shards): no sitemap is read, no URL skipped."""

    async def work(fetcher: Fetcher, emit: Emit) -> None:
        frontier = Frontier(fetcher, emit)
        try:
            for url, source, previous in entries:
                frontier.add(url, source, previous)
                await frontier.room()
            await frontier.join()
        finally:
            await frontier.close()

    return _drain(work, settings, buffer)


def _drain(work: Work, settings: FetchSettings, buffer: int) -> Generator[Result, None, None]:
    """Run ``work`` on a loop in a thread of its own and yield what it emits."""
    crawler = _Crawler(buffer)
    worker = threading.Thread(
        target=crawler.thread, args=(work, settings), name="articlepipe-fetch", daemon=True
    )
    worker.start()
    crawler.started.wait()
    try:
        while True:
            item = crawler.take()
            if item is _DONE:
                return
            if isinstance(item, _Crashed):
                raise item.error
            assert isinstance(item, Result)
            yield item
    finally:
        if worker.is_alive():
            crawler.cancel()
        worker.join()
