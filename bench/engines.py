"""The same pages through the local engine and the dask engine (a LocalCluster of 2
workers, started by the run), in one run; and WARC reading beside the raw read speed of
the same file.

Target (issue: beyond one machine): the dask engine within 15 % of the local engine's
wall time on 5,000 pages.

    python bench/engines.py --data ../shared/data [--pages 5000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from articlepipe.export.warc import RawArchive
from articlepipe.models import Page
from articlepipe.sources.warc import iter_warc
from corpus import generate, iter_pages, run_measured


def make_warc(pages: Path, path: Path) -> Path:
    if not path.exists():
        with RawArchive(path, "bench") as archive:
            for n, page in enumerate(iter_pages(pages)):
                archive.write(Page(url=f"https://bench.example/{n}", body=page.read_bytes(), status=200))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3, help="pairs of runs; medians are printed")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "articlepipe-bench")
    args = parser.parse_args()
    pages = generate(args.work / f"pages-{args.pages}", args.pages, args.data)
    articlepipe = str(Path(sys.executable).parent / "articlepipe")
    seconds: dict[str, list[float]] = {"local": [], "dask": []}
    ratios = []
    for round_number in range(args.rounds):
        # Alternate which engine goes first, so a drift in the machine's speed does not
        # favour one of them.
        order = ("local", "dask") if round_number % 2 == 0 else ("dask", "local")
        for engine in order:
            out = args.work / f"engines-{engine}"
            shutil.rmtree(out, ignore_errors=True)
            command = [articlepipe, "run", str(pages), "-o", f"{out}/", "--workers", "2", "--engine", engine]
            seconds[engine].append(run_measured(command, memory=False).seconds)
        ratios.append(seconds["dask"][-1] / seconds["local"][-1])
        print(f"round {round_number + 1}: dask / local = {ratios[-1]:.2f}", file=sys.stderr)
    print(
        f"| engine | wall s, median of {args.rounds} | pages/s |   "
        f"({args.pages:,} pages, 2 workers, start-up included)"
    )
    print("| --- | ---: | ---: |")
    for engine, walls in seconds.items():
        wall = statistics.median(walls)
        print(f"| {engine} | {wall:.1f} | {args.pages / wall:.1f} |")
    spread = ", ".join(f"{r:.2f}" for r in ratios)
    print(
        f"dask / local wall time: {statistics.median(ratios):.2f}, median of the rounds' "
        f"({spread}); target at most 1.15"
    )

    warc = make_warc(pages, args.work / f"pages-{args.pages}.warc.gz")
    started = time.perf_counter()
    with gzip.open(warc, "rb") as raw:
        size = 0
        while chunk := raw.read(1 << 20):
            size += len(chunk)
    raw_seconds = time.perf_counter() - started
    started = time.perf_counter()
    records = sum(1 for _ in iter_warc(warc, 50 * 1024 * 1024))
    warc_seconds = time.perf_counter() - started
    megabytes = size / 1e6
    print(f"\nreading {warc.name}: {warc.stat().st_size / 1e6:.0f} MB, {megabytes:.0f} MB uncompressed")
    print("| reader | s | MB/s | records/s |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| gzip.open().read(), the raw read speed | {raw_seconds:.2f} | {megabytes / raw_seconds:.0f} | |")
    rate = records / warc_seconds
    print(f"| WARC reader (FastWARC) | {warc_seconds:.2f} | {megabytes / warc_seconds:.0f} | {rate:,.0f} |")


if __name__ == "__main__":
    main()
