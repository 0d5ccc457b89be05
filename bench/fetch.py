"""Fetch throughput beside its ideal and a naive sequential httpx loop, in one run.

Ten loopback hosts (127.0.0.2 to 127.0.0.11), each a threaded HTTP server answering
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
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from articlepipe.fetch.client import Fetcher, FetchSettings, new_client
from articlepipe.models import Page

PAGE = (
    b"<html><body>" + b"<p>The committee met on Tuesday to review the findings.</p>" * 40 + b"</body></html>"
)


def serve(host: str, latency: float) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(latency)
            body = b"User-agent: *\nAllow: /\n" if self.path == "/robots.txt" else PAGE
            self.send_response(200)
            self.send_header("Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    server.request_queue_size = 128
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


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
        pages = sum([isinstance(r, Page) async for r in fetcher.fetch_all(urls)])
        return time.perf_counter() - start, pages


def naive_rate(urls: list[str]) -> float:
    start = time.perf_counter()
    with httpx.Client() as client:
        for url in urls:
            client.get(url)
    return time.perf_counter() - start


def _serve_all(hosts: list[str], latency: float, ports: multiprocessing.Queue[list[int]]) -> None:
    servers = [serve(host, latency) for host in hosts]
    ports.put([server.server_address[1] for server in servers])
    threading.Event().wait()  # until the benchmark terminates this process


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--naive", type=int, default=100, help="URLs the sequential baseline fetches")
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
    naive = naive_rate(urls[: args.naive])
    ideal = args.hosts * args.per_host / args.latency
    rate = pages / seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.urls} URLs on {args.hosts} loopback hosts, {args.latency * 1000:g} ms per response, one run"
    )
    print("| fetcher | pages/s | share of ideal |")
    print("| --- | ---: | ---: |")
    print(f"| ideal ({args.hosts} hosts x {args.per_host} in flight / latency) | {ideal:.0f} | 100 % |")
    print(f"| articlepipe (per-host {args.per_host}, no delay) | {rate:.0f} | {rate / ideal:.0%} |")
    slow = args.naive / naive
    print(f"| naive sequential httpx loop ({args.naive} URLs) | {slow:.0f} | {slow / ideal:.0%} |")
    print(f"pages fetched: {pages} of {args.urls}; peak RSS of the process: {peak_mb:.0f} MB")
    process.terminate()


if __name__ == "__main__":
    main()
