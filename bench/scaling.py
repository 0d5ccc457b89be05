"""Throughput of ``articlepipe run`` with 1 and 2 workers on the same pages, in one run,
beside bare trafilatura in a plain loop (one process) as the baseline.

Target (issue: batch pipeline): 2 workers at least 1.8x the throughput of 1 worker.

    python bench/scaling.py --data ../shared/data [--pages 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

from corpus import generate, iter_pages, run_measured


def bare_trafilatura(folder: Path) -> float:
    started = time.perf_counter()
    for path in iter_pages(folder):
        trafilatura.extract(path.read_bytes(), with_metadata=True, include_comments=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "articlepipe-bench")
    args = parser.parse_args()
    pages = generate(args.work / f"pages-{args.pages}", args.pages, args.data)
    articlepipe = str(Path(sys.executable).parent / "articlepipe")
    results: dict[str, float] = {"trafilatura loop (1 process)": bare_trafilatura(pages)}
    for workers in (1, 2):
        out = args.work / f"scaling-w{workers}" / "articles.parquet"
        seconds, _, _, _ = run_measured(
            [articlepipe, "run", str(pages), "-o", str(out), "--workers", str(workers)]
        )
        results[f"articlepipe --workers {workers}"] = seconds
    print(f"| run | pages/s | vs trafilatura loop |   ({args.pages:,} pages, wall time incl. start-up)")
    print("| --- | ---: | ---: |")
    base = results["trafilatura loop (1 process)"]
    for name, seconds in results.items():
        print(f"| {name} | {args.pages / seconds:.1f} | {base / seconds:.2f}x |")
    ratio = results["articlepipe --workers 1"] / results["articlepipe --workers 2"]
    print(f"speed-up of 2 workers over 1: {ratio:.2f}x (target >= 1.8x)")


if __name__ == "__main__":
    main()
