"""Fetch throughput beside its ideal and a naive sequential httpx loop, in one run.

Ten loopback hosts (127.0.0.2 to 127.0.0.11), each an asyncio HTTP/1.1 server answering
every request after ``--latency`` seconds, serve ``--urls`` pages between them. The
fetcher runs with ``--per-host`` requests in flight per host and no delay between them,
so the ideal rate is hosts x per-host / latency (800 pages/s with the defaults). The
naive baseline fetches a sample one URL after the other with a plain httpx client.

    python bench/fetch.py [--urls 2000] [--hosts 10] [--per-host 4] [--latency 0.05]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import resource
import time

import httpx

from articlepipe.fetch.client import Fetcher, FetchSettings, new_client
from articlepipe.fetch.frontier import fetch_all
from articlepipe.models import Page

PAGE = (
    b"<html><body>" + b"<p>The committee met on Tuesday to review the findings.</p>" * 40 + b"</body></html>"
)


async def _answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, latency: float) -> None:
    # A minimal HTTP/1.1 keep-alive server: http.server's threads topped out at about 430
    # responses/s here (measured with a raw-socket client), half the ideal being measured.
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            path = head.split(b" ", 2)[1]
            await asyncio.sleep(latency)
            robots = path == b"/robots.txt"
            body = b"User-agent: *\nAllow: /\n" if robots else PAGE
            kind = b"text/plain" if robots else b"text/html"
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: "
                + kind
                + b"\r\nContent-Length: "
                + str(len(body)).encode()
                + b"\r\n\r\n"
                + body
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def _serve(hosts: list[str], latency: float, ports: multiprocessing.Queue[list[int]]) -> None:
    servers = [
        await asyncio.start_server(lambda r, w: _answer(r, w, latency), host, 0, backlog=256)
        for host in hosts
    ]
    ports.put([server.sockets[0].getsockname()[1] for server in servers])
    await asyncio.Event().wait()  # until the benchmark terminates this process


async def articlepipe_rate(urls: list[str], per_host: int) -> tuple[float, int]:
    settings = FetchSettings(
        allow_private=True,
        per_host=per_host,
        delay=0.0,
        concurrency=len({u.split("/")[2] for u in urls}) * per_host,
    )
    async with new_client(settings) as client:
        fetcher = Fetcher(client, settings)
        start = time.perf_counter()
        pages = sum([isinstance(r, Page) async for r in fetch_all(fetcher, urls)])
        return time.perf_counter() - start, pages


async def plain_rate(urls: list[str], per_host: int) -> float:
    """The same load through a bare httpx client with one semaphore per host: no robots,
    no address checks, no retries, no caps. The ceiling httpx itself sets here."""
    hosts = {url.split("/")[2] for url in urls}
    gates = {host: asyncio.Semaphore(per_host) for host in hosts}
    slots = len(hosts) * per_host
    limits = httpx.Limits(max_connections=slots, max_keepalive_connections=slots)
    async with httpx.AsyncClient(limits=limits) as client:

        async def one(url: str) -> None:
            async with gates[url.split("/")[2]]:
                (await client.get(url)).raise_for_status()

        start = time.perf_counter()
        await asyncio.gather(*(one(url) for url in urls))
        return len(urls) / (time.perf_counter() - start)


def naive_rate(urls: list[str]) -> float:
    start = time.perf_counter()
    with httpx.Client() as client:
        for url in urls:
            client.get(url)
    return time.perf_counter() - start


def _serve_all(hosts: list[str], latency: float, ports: multiprocessing.Queue[list[int]]) -> None:
    asyncio.run(_serve(hosts, latency, ports))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--naive", type=int, default=100, help="URLs the sequential baseline fetches")
    parser.add_argument(
        "--memory-factor", type=int, default=5, help="a second run this many times larger, for memory"
    )
    args = parser.parse_args()
    # The servers run in a process of their own, so their Python work does not compete
    # with the fetcher's for this process's interpreter lock.
    hosts = [f"127.0.0.{2 + i}" for i in range(args.hosts)]
    ports: multiprocessing.Queue[list[int]] = multiprocessing.Queue()
    process = multiprocessing.Process(target=_serve_all, args=(hosts, args.latency, ports), daemon=True)
    process.start()
    bases = [f"http://{host}:{port}" for host, port in zip(hosts, ports.get(timeout=30), strict=True)]
    urls = [f"{bases[i % len(bases)]}/page-{i}" for i in range(args.urls)]
    seconds, pages = asyncio.run(articlepipe_rate(urls, args.per_host))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    more = [f"{bases[i % len(bases)]}/more-{i}" for i in range(args.urls * args.memory_factor)]
    asyncio.run(articlepipe_rate(more, args.per_host))
    more_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The baselines run last, so the memory figures above are articlepipe's alone.
    plain = asyncio.run(plain_rate(urls, args.per_host))
    naive = naive_rate(urls[: args.naive])
    ideal = args.hosts * args.per_host / args.latency
    rate = pages / seconds
    print(
        f"{args.urls} URLs on {args.hosts} loopback hosts, {args.latency * 1000:g} ms per response, one run"
    )
    print("| fetcher | pages/s | share of ideal |")
    print("| --- | ---: | ---: |")
    print(f"| ideal ({args.hosts} hosts x {args.per_host} in flight / latency) | {ideal:.0f} | 100 % |")
    print(f"| articlepipe (per-host {args.per_host}, no delay) | {rate:.0f} | {rate / ideal:.0%} |")
    print(f"| plain httpx, a semaphore per host (no politeness) | {plain:.0f} | {plain / ideal:.0%} |")
    slow = args.naive / naive
    print(f"| naive sequential httpx loop ({args.naive} URLs) | {slow:.0f} | {slow / ideal:.0%} |")
    print(f"pages fetched: {pages} of {args.urls}")
    print(
        f"peak RSS of the process: {peak_mb:.0f} MB after {args.urls:,} URLs, "
        f"{more_mb:.0f} MB after {len(more):,} more ({more_mb / peak_mb:.2f}x)"
    )
    process.terminate()


if __name__ == "__main__":
    main()
