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
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from articlepipe.fetch.client import Fetcher, FetchSettings, new_client
from articlepipe.fetch.crawl import Crawl, CrawlLimits, UrlList
from articlepipe.models import Failure, Page, Skipped
from articlepipe.state import StateReader

# Results waiting for the extraction processes.
BUFFER = 256


@dataclass(frozen=True, slots=True)
class _Crashed:
    error: BaseException


_DONE = object()


Result = Page | Failure | Skipped


class _Crawler:
    """The crawl on its own loop in its own thread, handing results over a queue."""

    def __init__(self, buffer: int) -> None:
        self.buffer = buffer
        self.results: queue.SimpleQueue[object] = queue.SimpleQueue()
        self.started = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.task: asyncio.Task[None] | None = None
        self.room: asyncio.Semaphore | None = None

    async def crawl(
        self,
        urls: Sequence[str],
        lists: Sequence[UrlList],
        settings: FetchSettings,
        limits: CrawlLimits,
        state: Path | None,
    ) -> None:
        self.loop, self.task = asyncio.get_running_loop(), asyncio.current_task()
        room = self.room = asyncio.Semaphore(self.buffer)
        self.started.set()

        async def emit(result: Result) -> None:
            await room.acquire()
            self.results.put(result)

        # The reader is opened here: an SQLite connection belongs to the thread that made it.
        reader = StateReader(state) if state is not None else None
        try:
            async with new_client(settings) as client:
                known = reader.known if reader is not None else None
                await Crawl(Fetcher(client, settings), emit, limits, known).run(urls, lists)
        finally:
            if reader is not None:
                reader.close()

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
    crawler = _Crawler(buffer)
    args = (urls, lists, settings, limits or CrawlLimits(), state)
    worker = threading.Thread(target=crawler.thread, args=args, name="articlepipe-fetch", daemon=True)
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
