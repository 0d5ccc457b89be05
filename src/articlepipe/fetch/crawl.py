"""A crawl: the user's remote sources turned into fetched pages.

A source URL is fetched once and told apart by what comes back (``document_kind``): a
sitemap or sitemap index, an RSS or Atom feed, a homepage (whose feeds, robots.txt
sitemaps and ``/sitemap.xml`` are read instead), or an article page, which is extracted
as it is. URL lists (files, standard input) go straight to the frontier. Every listed
URL is fetched once however many sources list it.

Every URL ends as one result handed to ``emit``: a ``Page``, or a ``Failure`` for a
page, a source that could not be read, or the URLs a limit left out.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import islice

from articlepipe.errors import DecodeError, SourceError
from articlepipe.extract.decode import decode
from articlepipe.fetch.client import Fetcher, content_type
from articlepipe.fetch.frontier import Frontier
from articlepipe.models import Failure, Page, Skipped
from articlepipe.sources.discover import document_kind, is_homepage, site_root, sources_of_homepage
from articlepipe.sources.feeds import parse_feed
from articlepipe.sources.sitemaps import MAX_SITEMAP_BYTES, parse_sitemap
from articlepipe.sources.urls import Listed, normalise_url, since
from articlepipe.state import Known

log = logging.getLogger(__name__)

Emit = Callable[[Page | Failure | Skipped], Awaitable[None]]
# What the state store knows of a URL (incremental runs), or None.
Lookup = Callable[[str], Known | None]
# A URL list: its name (a file, "standard input") and its entries (failures for bad lines).
UrlList = tuple[str, Iterable[str | Failure]]
# URL-list lines read per trip to a worker thread.
LIST_BATCH = 1000


@dataclass(frozen=True, slots=True)
class CrawlLimits:
    """How far a crawl goes beyond the fetch settings."""

    since: date | None = None
    max_urls: int = 1_000_000
    max_sitemap_depth: int = 5
    # Incremental runs: a URL fetched less than this many seconds ago is not fetched again.
    recheck_after: float = 0.0


class Crawl:
    """Expands sources into the frontier; results (pages and failures) go to ``emit``."""

    def __init__(
        self,
        fetcher: Fetcher,
        emit: Emit,
        limits: CrawlLimits = CrawlLimits(),
        known: Lookup | None = None,
        frontier: type[Frontier] = Frontier,
    ) -> None:
        self.fetcher = fetcher
        self.emit = emit
        self.limits = limits
        self.known = known
        self.frontier = frontier(fetcher, emit, queued_urls=limits.max_urls + 1)
        self._documents: set[str] = set()
        self._full = False  # max_urls reached

    async def run(self, urls: Iterable[str], lists: Iterable[UrlList]) -> None:
        """Fetch everything ``urls`` (source URLs) and ``lists`` (named URL lists) lead to."""
        try:
            await asyncio.gather(
                *(self._list(name, entries) for name, entries in lists),
                *(self.source(url) for url in urls),
            )
            await self.frontier.join()
        finally:
            # Cancelled (the run was left early): stop the fetches before the client closes.
            await self.frontier.close()

    async def source(self, url: str) -> None:
        """One source URL given by the user, whatever it turns out to be."""
        try:
            url = normalise_url(url)
        except SourceError as exc:
            await self.emit(exc.to_failure())
            return
        if url in self._documents or url in self.frontier:
            return
        self._documents.add(url)
        previous = self.known(url) if self.known is not None else None
        if previous is not None:
            # An earlier run fetched this source: as a page (it has a body hash), which is
            # fetched again only when due, conditionally; or it failed and waits its retry.
            reason = self._skip(previous, time.time())
            if reason is not None:
                self.frontier.add_done(url)
                await self.emit(Skipped(url=url, reason=reason))
                return
            if previous.body_hash is not None:
                self.frontier.add(url, url, previous)
                return
        # Marked before the fetch: a sitemap read meanwhile must not queue it again.
        self.frontier.add_done(url)
        fetched = await self.fetcher.fetch_document(url, MAX_SITEMAP_BYTES)
        if isinstance(fetched, Failure):
            await self.emit(fetched)
            return
        kind = document_kind(fetched.body, content_type(fetched.headers))
        if kind == "sitemap":
            await self._sitemap(fetched, 1)
        elif kind == "feed":
            await self._feed(fetched)
        elif kind == "html" and is_homepage(fetched.final_url):
            await self._homepage(fetched)
        elif kind == "html":
            await self._article(fetched)
        else:
            kind_named = content_type(fetched.headers) or "no content type"
            await self._refuse(fetched, "not-html", f"not html, a sitemap or a feed: {kind_named}")

    async def _list(self, name: str, entries: Iterable[str | Failure]) -> None:
        # Read in batches on a worker thread: a list on a slow pipe must not stall the
        # loop, and fetching starts before a long list is read to the end.
        lines = iter(entries)
        while batch := await asyncio.to_thread(list, islice(lines, LIST_BATCH)):
            listed = []
            for entry in batch:
                if isinstance(entry, Failure):
                    await self.emit(entry)
                else:
                    listed.append(Listed(entry))
            left = await self._add(listed, name)
            if left:
                rest = await asyncio.to_thread(list, lines)
                for entry in rest:
                    if isinstance(entry, Failure):
                        await self.emit(entry)
                await self._left_out(name, left + sum(isinstance(e, str) for e in rest))
                return

    async def _add(self, entries: list[Listed], source: str) -> int:
        """Queue ``entries`` (listed by ``source``) while the run is under ``max_urls``;
        returns how many were left out. In an incremental run, a URL fetched recently,
        or failed and not yet due for a retry, is ``Skipped`` instead."""
        now = time.time()
        for number, entry in enumerate(entries):
            if self.frontier.added >= self.limits.max_urls:
                self._full = True
                return len(entries) - number
            previous = self.known(entry.url) if self.known is not None else None
            reason = self._skip(previous, now)
            if reason is None:
                self.frontier.add(entry.url, source, previous)
            elif entry.url not in self.frontier:
                self.frontier.add_done(entry.url)
                await self.emit(Skipped(url=entry.url, reason=reason))
        return 0

    def _skip(self, previous: Known | None, now: float) -> str | None:
        if previous is None:
            return None
        if previous.next_retry is not None:
            return "retry-later" if previous.next_retry > now else None
        fetched = previous.last_fetched_ts
        if fetched is not None and now - fetched < self.limits.recheck_after:
            return "fresh"
        return None

    async def _left_out(self, where: str, count: int) -> None:
        await self.emit(
            Failure(
                url=where,
                stage="source",
                reason="max-urls",
                message=f"{count:,} listed URLs left out: the run reached max_urls "
                f"({self.limits.max_urls:,}); sitemaps not read yet are skipped",
            )
        )

    async def _document(self, url: str, depth: int, *, quiet: bool = False) -> int:
        """A sitemap or feed found by a source: the number of page URLs it listed, or -1
        when it could not be read (a Failure, unless ``quiet``: a guessed /sitemap.xml)."""
        if url in self._documents or self._full:
            return 0  # a sitemap index that lists itself, two routes to one, or no room
        self._documents.add(url)
        fetched = await self.fetcher.fetch_document(url, MAX_SITEMAP_BYTES)
        if isinstance(fetched, Failure):
            if quiet:
                log.debug("no sitemap at %s: %s", url, fetched.message)
            else:
                await self.emit(fetched)
            return -1
        kind = document_kind(fetched.body, content_type(fetched.headers))
        if kind == "sitemap":
            return await self._sitemap(fetched, depth)
        if kind == "feed":
            return await self._feed(fetched)
        if not quiet:
            kind_named = content_type(fetched.headers) or "no content type"
            await self._refuse(fetched, "not-a-sitemap", f"listed as a sitemap or feed, but is {kind_named}")
        return -1

    async def _sitemap(self, page: Page, depth: int) -> int:
        try:
            sitemap = parse_sitemap(page.body, page.final_url)
        except SourceError as exc:
            await self.emit(exc.to_failure())
            return -1
        found = await self._listed(page, sitemap.pages, sitemap.failures)
        children = list(since(sitemap.sitemaps, self.limits.since))
        if children and depth >= self.limits.max_sitemap_depth:
            await self.emit(
                Failure(
                    url=page.final_url,
                    stage="source",
                    reason="too-deep",
                    message=f"a sitemap index nested {depth} deep lists {len(children)} more; "
                    f"left out (max_sitemap_depth is {self.limits.max_sitemap_depth})",
                )
            )
            return found
        counts = await asyncio.gather(*(self._document(c.url, depth + 1) for c in children))
        return found + sum(max(0, n) for n in counts)

    async def _feed(self, page: Page) -> int:
        try:
            feed = parse_feed(page.body, page.final_url)
        except SourceError as exc:
            await self.emit(exc.to_failure())
            return -1
        return await self._listed(page, feed.entries, feed.failures)

    async def _listed(self, page: Page, entries: list[Listed], failures: list[Failure]) -> int:
        """Queue what a sitemap or feed lists (dated since ``--since``); report the rest."""
        for failure in failures:
            await self.emit(failure)
        kept = list(since(entries, self.limits.since))
        left = await self._add(kept, page.final_url)
        if left:
            await self._left_out(page.final_url, left)
        return len(kept) - left

    async def _homepage(self, page: Page) -> None:
        try:
            html, _ = decode(page.body, page.final_url, page.encoding)
        except DecodeError as exc:
            await self.emit(exc.to_failure())
            return
        robots = await self.fetcher.robots.sitemaps(site_root(page.final_url))
        named, guess = sources_of_homepage(html, page.final_url, robots)
        counts = await asyncio.gather(
            *(self._document(url, 1) for url in named),
            *([] if guess in named else [self._document(guess, 1, quiet=True)]),
        )
        if not any(n >= 0 for n in counts):
            await self.emit(
                Failure(
                    url=page.final_url,
                    stage="source",
                    reason="nothing-found",
                    message="this homepage links no feed, its robots.txt names no sitemap and it "
                    "has no /sitemap.xml; give article URLs, a sitemap or a feed instead",
                    http_status=page.status,
                )
            )

    async def _article(self, page: Page) -> None:
        """A source URL that is a page itself: extracted as fetched, never fetched twice."""
        limit = self.fetcher.settings.max_bytes
        self.frontier.add_done(page.final_url)  # the URL given was marked before the fetch
        if len(page.body) > limit:
            message = f"the body is {len(page.body):,} bytes, over the {limit:,} cap"
            await self._refuse(page, "too-large", message)
            return
        await self.emit(page)

    async def _refuse(self, page: Page, reason: str, message: str) -> None:
        # Named by the URL given (not where it redirected), like every fetch failure.
        await self.emit(
            Failure(url=page.url, stage="fetch", reason=reason, message=message, http_status=page.status)
        )
