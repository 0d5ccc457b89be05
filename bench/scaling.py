"""Throughput of ``articlepipe run`` with 1 and 2 workers on the same pages, in one run,
beside bare trafilatura in a process pool of 1 and of 2 as the baseline: the pool's
speed-up is what this machine gives a CPU-bound extraction with no pipeline around it.

Target (issue: batch pipeline): 2 workers at least 1.8x the throughput of 1 worker.
Each round runs all four once; the medians over ``--repeat`` rounds are compared: on a
shared 2-core machine one pair of runs varies by 0.2x either way.

    python bench/scaling.py --data ../shared/data [--pages 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

from corpus import generate, iter_pages, run_measured


def _extract(path: Path) -> None:
    import trafilatura

    trafilatura.extract(path.read_bytes(), with_metadata=True, include_comments=False)


def trafilatura_pool(folder: Path, processes: int) -> float:
    """Wall time of bare trafilatura over ``folder`` in a pool of ``processes``, start-up included."""
    started = time.perf_counter()
    with multiprocessing.get_context("forkserver").Pool(processes) as pool:
        for _ in pool.imap(_extract, iter_pages(folder), chunksize=4):
            pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of runs (the medians are compared)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "articlepipe-bench")
    args = parser.parse_args()
    pages = generate(args.work / f"pages-{args.pages}", args.pages, args.data)
    articlepipe = str(Path(sys.executable).parent / "articlepipe")
    times: dict[tuple[str, int], list[float]] = {}
    for round_ in range(1, args.repeat + 1):
        for workers in (1, 2):
            out = args.work / f"scaling-w{workers}" / "articles.parquet"
            command = [articlepipe, "run", str(pages), "-o", str(out), "--workers", str(workers)]
            times.setdefault(("articlepipe", workers), []).append(run_measured(command, memory=False).seconds)
            times.setdefault(("trafilatura", workers), []).append(trafilatura_pool(pages, workers))
        line = ", ".join(f"{tool} x{n} {runs[-1]:.2f} s" for (tool, n), runs in times.items())
        print(f"round {round_}: {line}")
    median = {key: statistics.median(runs) for key, runs in times.items()}
    base = median[("trafilatura", 1)]
    print()
    print(
        f"| run | pages/s | vs trafilatura, 1 process | speed-up of 2 over 1 |   ({args.pages:,} pages, "
        f"wall time incl. start-up, median of {args.repeat})"
    )
    print("| --- | ---: | ---: | ---: |")
    names = {"articlepipe": "articlepipe --workers {n}", "trafilatura": "trafilatura in a pool of {n}"}
    for (tool, n), seconds in sorted(median.items()):
        speed_up = f"{median[(tool, 1)] / seconds:.2f}x" if n == 2 else ""
        name = names[tool].format(n=n)
        print(f"| {name} | {args.pages / seconds:.1f} | {base / seconds:.2f}x | {speed_up} |")
    ratio = median[("articlepipe", 1)] / median[("articlepipe", 2)]
    ceiling = median[("trafilatura", 1)] / median[("trafilatura", 2)]
    print(f"speed-up of 2 workers over 1: {ratio:.2f}x (target >= 1.8x); bare trafilatura's: {ceiling:.2f}x")


if __name__ == "__main__":
    main()
