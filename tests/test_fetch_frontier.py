"""The frontier and the host gate: per-host queues sharing the global slots, against the
real test site on two loopback addresses."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from articlepipe.fetch import safety
from articlepipe.fetch.client import Fetcher, FetchSettings, new_client
from articlepipe.fetch.frontier import Frontier, fetch_all
from articlepipe.fetch.safety import HostCheck
from articlepipe.models import Failure, Page, Skipped
from fetch_site import Site


def settings(**values: object) -> FetchSettings:
    options = {"allow_private": True, "delay": 0.0, "backoff_base": 0.05, **values}
    return FetchSettings(**options)  # type: ignore[arg-type]


def test_a_host_waiting_out_its_delay_does_not_hold_the_only_slot(
    site: tuple[Site, str], other_site: tuple[Site, str]
) -> None:
    (one, one_url), (two, two_url) = site, other_site
    config = settings(concurrency=1, per_host=1, delay=0.5)
    urls = [f"{one_url}/article-{i}" for i in range(3)] + [f"{two_url}/article-x"]

    async def run() -> list[Page | Failure | Skipped]:
        async with new_client(config) as client:
            return [r async for r in fetch_all(Fetcher(client, config), urls)]

    results = asyncio.run(run())
    assert all(isinstance(r, Page) for r in results), results
    first_of_two = next(t for path, t in two.log if path == "/article-x")
    starts = [t for path, t in one.log if path.startswith("/article")]
    # The second host's page went while the first host waited its 0.5 s between pages.
    assert first_of_two < starts[1]
    assert one.max_in_flight == 1 and two.max_in_flight == 1


def test_each_url_is_fetched_once_and_every_one_is_accounted_for(site: tuple[Site, str]) -> None:
    state, base = site
    urls = [f"{base}/article-{i % 5}" for i in range(20)] + [f"{base}/article-0#part"]
    config = settings(per_host=3)
    results: list[Page | Failure | Skipped] = []

    async def run() -> int:
        async with new_client(config) as client:

            async def emit(result: Page | Failure | Skipped) -> None:
                results.append(result)

            frontier = Frontier(Fetcher(client, config), emit)
            added = sum(frontier.add(url, "list.txt") for url in urls)
            await frontier.join()
            return added

    assert asyncio.run(run()) == 5
    assert sorted(r.url for r in results) == [f"{base}/article-{i}" for i in range(5)]
    assert all(isinstance(r, Page) and r.source == "list.txt" for r in results)
    assert sum(n for path, n in state.counts.items() if path.startswith("/article")) == 5
    assert state.max_in_flight <= 3


def test_fetch_all_keeps_a_bounded_queue_of_urls(site: tuple[Site, str]) -> None:
    _, base = site
    pulled = 0

    def urls() -> Iterator[str]:
        nonlocal pulled
        for i in range(30):
            pulled += 1
            yield f"{base}/article-{i}"

    config = settings(per_host=2)

    async def run() -> list[int]:
        async with new_client(config) as client:
            return [pulled async for _ in fetch_all(Fetcher(client, config), urls(), queued_urls=4)]

    pulled_at_each_result = asyncio.run(run())
    assert len(pulled_at_each_result) == 30
    # The first page was done long before the 30 URLs had all been taken in.
    assert pulled_at_each_result[0] < 12


def test_a_host_verdict_is_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    async def lookup(url: str, host: str, port: int, allow_private: bool) -> None:
        calls.append(host)

    monkeypatch.setattr(safety, "check_host", lookup)
    check = HostCheck(allow_private=False, ttl=60)

    async def run() -> None:
        for _ in range(3):
            await check("http://a.example/x", "a.example", 80)
        await check("http://b.example/x", "b.example", 80)

    asyncio.run(run())
    assert calls == ["a.example", "b.example"]


def test_a_worker_that_dies_is_raised_by_room_and_join_instead_of_hanging(site: tuple[Site, str]) -> None:
    _, base = site
    config = settings(per_host=1)

    async def emit(result: Page | Failure | Skipped) -> None:
        raise RuntimeError("a bug downstream")

    async def run() -> None:
        async with new_client(config) as client:
            frontier = Frontier(Fetcher(client, config), emit, queued_urls=2)
            for i in range(5):
                frontier.add(f"{base}/article-{i}")
            try:
                with pytest.raises(RuntimeError, match="a bug downstream"):
                    await asyncio.wait_for(frontier.room(), 10)
                with pytest.raises(RuntimeError, match="a bug downstream"):
                    await asyncio.wait_for(frontier.join(), 10)
            finally:
                await frontier.close()

    asyncio.run(run())
