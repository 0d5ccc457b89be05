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

from articlepipe.fetch.client import Fetcher, FetchSettings, new_client
from articlepipe.fetch.crawl import Crawl, CrawlLimits, UrlList
from articlepipe.models import Failure, Page

# Results waiting for the extraction processes.
BUFFER = 256


@dataclass(frozen=True, slots=True)
class _Crashed:
    error: BaseException


_DONE = object()


def fetch_stage(
    urls: Sequence[str],
    lists: Sequence[UrlList],
    settings: FetchSettings,
    limits: CrawlLimits | None = None,
    buffer: int = BUFFER,
) -> Generator[Page | Failure, None, None]:
    """Every page the source ``urls`` and URL ``lists`` (name, entries) lead to, fetched
    politely, as a Page or a Failure, in the order they finish."""
    results: queue.SimpleQueue[object] = queue.SimpleQueue()
    started = threading.Event()
    loop: asyncio.AbstractEventLoop | None = None
    task: asyncio.Task[None] | None = None
    room: asyncio.Semaphore | None = None

    async def crawl() -> None:
        nonlocal loop, task, room
        loop, task, room = asyncio.get_running_loop(), asyncio.current_task(), asyncio.Semaphore(buffer)
        started.set()
        space = room

        async def emit(result: Page | Failure) -> None:
            await space.acquire()
            results.put(result)

        async with new_client(settings) as client:
            await Crawl(Fetcher(client, settings), emit, limits or CrawlLimits()).run(urls, lists)

    def thread() -> None:
        try:
            asyncio.run(crawl())
        except BaseException as exc:  # handed to the main thread, which raises it
            results.put(_Crashed(exc))
        else:
            results.put(_DONE)
        finally:
            started.set()

    worker = threading.Thread(target=thread, name="articlepipe-fetch", daemon=True)
    worker.start()
    started.wait()
    try:
        while True:
            item = results.get()
            if item is _DONE:
                return
            if isinstance(item, _Crashed):
                raise item.error
            if loop is not None and room is not None:
                with contextlib.suppress(RuntimeError):  # the loop has closed: nothing waits
                    loop.call_soon_threadsafe(room.release)
            assert isinstance(item, Page | Failure)
            yield item
    finally:
        if worker.is_alive() and loop is not None and task is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(task.cancel)
        worker.join()
