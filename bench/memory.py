"""Peak memory of ``articlepipe run`` over 2,000 and 20,000 pages, beside a naive baseline.

Target (issue: batch pipeline): the peak for 20,000 pages is at most 1.2x the peak for
2,000 pages, and under 600 MB. The target is judged on the proportional set size (PSS)
summed over the run's processes: the worker processes fork from one that loaded the
extractor and the language model, and share those pages, which summed RSS would count
once per worker. Both sums are printed. The baseline is the hand-written pattern (trafilatura in a
pool, rows kept in a list, one DataFrame written at the end) whose memory grows with the
corpus.

    python bench/memory.py --data ../shared/data [--sizes 2000 20000] [--workers 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from corpus import Measured, generate, run_measured

MB = 1024 * 1024


Row = tuple[str, int, Measured]


def report(row: Row) -> None:
    tool, size, m = row
    peaks = f"peak PSS {m.tree_pss / MB:6.0f} MB, RSS {m.tree_rss / MB:6.0f} MB"
    peaks += f" (main {m.main_rss / MB:.0f} MB)"
    print(f"{tool:<12} {size:>6} pages  {m.seconds:7.1f} s  {peaks}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "articlepipe-bench")
    parser.add_argument("--no-baseline", action="store_true", help="measure articlepipe only")
    args = parser.parse_args()
    articlepipe = str(Path(sys.executable).parent / "articlepipe")
    rows: list[Row] = []
    for size in args.sizes:
        pages = generate(args.work / f"pages-{size}", size, args.data)
        out = args.work / f"out-{size}"
        measured = run_measured(
            [
                articlepipe,
                "run",
                str(pages),
                "-o",
                str(out / "articles.parquet"),
                "--workers",
                str(args.workers),
            ]
        )
        rows.append(("articlepipe", size, measured))
        report(rows[-1])
        if not args.no_baseline:
            script = str(Path(__file__).parent / "naive_baseline.py")
            measured = run_measured(
                [sys.executable, script, str(pages), str(out / "naive.parquet"), str(args.workers)]
            )
            rows.append(("naive", size, measured))
            report(rows[-1])
    print()
    print(
        "| tool | pages | wall s | peak PSS, all processes (MB) | peak RSS, all processes (MB) "
        "| peak RSS, main process (MB) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for tool, size, m in rows:
        print(
            f"| {tool} | {size:,} | {m.seconds:.0f} | {m.tree_pss / MB:.0f} | {m.tree_rss / MB:.0f} "
            f"| {m.main_rss / MB:.0f} |"
        )
    if len(args.sizes) >= 2:
        small, large = min(args.sizes), max(args.sizes)
        for tool in ("articlepipe", "naive"):
            peaks = {size: m for t, size, m in rows if t == tool}
            if small in peaks and large in peaks:
                pss = peaks[large].tree_pss / peaks[small].tree_pss
                rss = peaks[large].tree_rss / peaks[small].tree_rss
                print(f"{tool}: peak at {large:,} / peak at {small:,} = {pss:.2f}x (PSS), {rss:.2f}x (RSS)")


if __name__ == "__main__":
    main()
