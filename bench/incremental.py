"""An incremental run beside the first run over the same unchanged 1,000-page site.

A local site (an asyncio HTTP/1.1 server in its own process, on 127.0.0.2) serves
``--pages`` real news pages (the fixtures and the AEB pages of ``--data``, each varied
to be unique, as bench/memory.py does) with an ETag each, answering 304 to a matching If-None-Match,
and a sitemap listing them. ``articlepipe run SITEMAP -o FOLDER/`` runs twice as a
subprocess; the second run finds nothing changed. Printed: both wall times, their ratio
(target: the second at most 20 % of the first) and the page bodies each run downloaded
(target: none the second time).

    python bench/incremental.py --data ../shared/data [--pages 1000] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import source_pages, varied


class Site:
    def __init__(self, pages: int, base: str, data: Path) -> None:
        # Real news pages (the fixtures and the AEB pages), each varied to be unique.
        sources = source_pages(data)
        self.pages = {f"/r/{i}": varied(sources[i % len(sources)], i) for i in range(pages)}
        self.tags = {path: '"' + hashlib.md5(body).hexdigest() + '"' for path, body in self.pages.items()}
        rows = "".join(f"<url><loc>{base}{path}</loc></url>" for path in self.pages)
        self.sitemap = (
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'
        ).encode()
        self.bodies = 0

    async def answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
                path = head.split(" ", 2)[1]
                asked = next(
                    (
                        line.split(":", 1)[1].strip()
                        for line in head.split("\r\n")
                        if line.lower().startswith("if-none-match:")
                    ),
                    None,
                )
                if path == "/status":
                    self._send(writer, 200, str(self.bodies).encode(), "text/plain")
                elif path == "/sitemap.xml":
                    self._send(writer, 200, self.sitemap, "application/xml")
                elif path in self.pages and asked == self.tags[path]:
                    writer.write(f"HTTP/1.1 304 Not Modified\r\nETag: {self.tags[path]}\r\n\r\n".encode())
                elif path in self.pages:
                    self.bodies += 1
                    self._send(writer, 200, self.pages[path], "text/html; charset=utf-8", self.tags[path])
                else:
                    self._send(writer, 404, b"", "text/plain")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    @staticmethod
    def _send(writer: asyncio.StreamWriter, status: int, body: bytes, kind: str, tag: str = "") -> None:
        extra = f"ETag: {tag}\r\n" if tag else ""
        head = f"HTTP/1.1 {status} X\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n{extra}\r\n"
        writer.write(head.encode() + body)


async def _serve(pages: int, data: Path, ports: multiprocessing.Queue[int]) -> None:
    holder: list[Site] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await holder[0].answer(reader, writer)

    server = await asyncio.start_server(answer, "127.0.0.2", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    holder.append(Site(pages, f"http://127.0.0.2:{port}", data))
    ports.put(port)
    await asyncio.Event().wait()


def _serve_process(pages: int, data: Path, ports: multiprocessing.Queue[int]) -> None:
    asyncio.run(_serve(pages, data, ports))


def bodies(base: str) -> int:
    import httpx

    return int(httpx.get(f"{base}/status").text)


def timed_run(base: str, folder: Path, workers: int) -> float:
    command = [
        sys.executable, "-m", "articlepipe", "run", f"{base}/sitemap.xml", "-o", f"{folder}/",
        "--allow-private", "--delay", "0", "--per-host", "16", "--concurrency", "16",
        "--recheck-after", "0", "--workers", str(workers),
        # The pages are varied copies of about 120 sources, which de-duplication would
        # (rightly) drop; this measures fetching and the state, so it is off.
        "--dedup", "off",
    ]  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"the run failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    ports: multiprocessing.Queue[int] = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve_process, args=(args.pages, args.data, ports), daemon=True)
    server.start()
    base = f"http://127.0.0.2:{ports.get(timeout=30)}"
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "corpus"
        first = timed_run(base, folder, args.workers)
        after_first = bodies(base)
        second = timed_run(base, folder, args.workers)
        after_second = bodies(base)
        written = sum(1 for _ in folder.glob("part-*"))
    server.terminate()
    print(f"{args.pages} pages on one local host, {args.workers} extraction workers, one run each")
    print("| run | wall time | page bodies downloaded |")
    print("| --- | ---: | ---: |")
    print(f"| first run (empty folder) | {first:.2f} s | {after_first} |")
    print(f"| second run (nothing changed) | {second:.2f} s | {after_second - after_first} |")
    print(f"second / first: {second / first:.1%} (target at most 20 %); part files: {written}")


if __name__ == "__main__":
    main()
