"""Politeness per host: how many requests may be in flight, how far apart they start,
and what robots.txt allows (parsed by protego, fetched once per host and cached)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from protego import Protego

T = TypeVar("T")


@dataclass
class _Host:
    slots: asyncio.Semaphore
    spacing: float
    next_start: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class HostGate:
    """At most ``concurrency`` requests in flight in all, ``per_host`` to one host,
    starting at least ``delay`` seconds apart (or the host's robots.txt ``Crawl-delay``,
    when longer)."""

    def __init__(self, per_host: int, delay: float, concurrency: int) -> None:
        self.per_host = per_host
        self.delay = delay
        self._slots = asyncio.Semaphore(concurrency)
        self._hosts: dict[str, _Host] = {}

    def _host(self, host: str) -> _Host:
        found = self._hosts.get(host)
        if found is None:
            found = self._hosts[host] = _Host(asyncio.Semaphore(self.per_host), self.delay)
        return found

    def slow_down(self, host: str, seconds: float) -> None:
        """Space this host's requests at least ``seconds`` apart (a Crawl-delay)."""
        entry = self._host(host)
        if seconds > entry.spacing:
            # The request already started (robots.txt) counts with the new spacing too.
            entry.next_start += seconds - entry.spacing
            entry.spacing = seconds

    def hold_off(self, host: str, seconds: float) -> None:
        """Start nothing on this host for ``seconds`` (a Retry-After)."""
        entry = self._host(host)
        entry.next_start = max(entry.next_start, time.monotonic() + seconds)

    async def run(self, host: str, request: Callable[[], Awaitable[T]]) -> T:
        """Run ``request`` when the host allows it and a slot is free."""
        entry = self._host(host)
        async with entry.slots:
            async with entry.lock:
                # The global slot is taken only after the wait: a host waiting out its
                # delay must not hold one (with a 1 s delay, 16 slots would serve only 8
                # sites), and the spacing counts from when the request really starts.
                # Looped: a Retry-After (hold_off) may push the start back meanwhile.
                while True:
                    while (wait := entry.next_start - time.monotonic()) > 0:
                        await asyncio.sleep(wait)
                    await self._slots.acquire()
                    if entry.next_start <= time.monotonic():
                        break
                    self._slots.release()
                entry.next_start = time.monotonic() + entry.spacing
            try:
                return await request()
            finally:
                self._slots.release()


@dataclass(frozen=True, slots=True)
class RobotsAnswer:
    """What fetching a robots.txt gave: its HTTP status (``None`` when the site could
    not be reached) and its text."""

    status: int | None
    text: str


# RFC 9309: when robots.txt is unreachable because of a server error, assume that
# nothing may be fetched.
_DISALLOW_ALL = "User-agent: *\nDisallow: /\n"


class RobotsCache:
    """robots.txt per site root, fetched once by ``load``. A 200 is obeyed; a 4xx, or a
    site that cannot be reached, allows everything (the page fetch will tell what is
    wrong); a 5xx (or 429, as Google reads it) allows nothing, as RFC 9309 asks."""

    def __init__(self, user_agent: str, load: Callable[[str], Awaitable[RobotsAnswer]]) -> None:
        self.user_agent = user_agent
        self._load = load
        self._rules: dict[str, Protego | None] = {}
        self._unavailable: dict[str, int] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def rules(self, root: str) -> Protego | None:
        """The parsed robots.txt of the site at ``root`` (``None``: no rules)."""
        lock = self._locks.setdefault(root, asyncio.Lock())
        async with lock:
            if root not in self._rules:
                answer = await self._load(root + "robots.txt")
                if answer.status is not None and (answer.status >= 500 or answer.status == 429):
                    self._unavailable[root] = answer.status
                    self._rules[root] = Protego.parse(_DISALLOW_ALL)
                elif answer.status == 200 and answer.text.strip():
                    self._rules[root] = Protego.parse(answer.text)
                else:
                    self._rules[root] = None
        return self._rules[root]

    def unavailable(self, root: str) -> int | None:
        """The server-error status the site's robots.txt gave, if it gave one."""
        return self._unavailable.get(root)

    async def allows(self, root: str, url: str) -> bool:
        rules = await self.rules(root)
        return rules is None or bool(rules.can_fetch(url, self.user_agent))

    async def sitemaps(self, root: str) -> list[str]:
        """The sitemaps named by the ``Sitemap:`` lines of the site's robots.txt."""
        rules = await self.rules(root)
        return list(rules.sitemaps) if rules is not None else []

    async def crawl_delay(self, root: str) -> float | None:
        rules = await self.rules(root)
        delay = rules.crawl_delay(self.user_agent) if rules is not None else None
        return float(delay) if delay is not None else None
