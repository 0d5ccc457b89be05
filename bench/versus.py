"""Time per page of two articlepipe source trees, page by page, in one run.

Each tree runs in a worker process of its own (``PYTHONPATH`` set to it) that reads the
same pages; the driver hands every page to both in turn, alternating which goes first,
and adds up the time each worker measured around ``extract_page``. Both workers share
one core (where the system lets them choose), so a shared machine's load falls on both
trees alike, page by page, where two runs one after the other see different loads and
cores: the ratio of the sums moves by a few percent between rounds, not by ten. Use it
to check that a change costs no time per page:

    mkdir -p /tmp/before && git archive 7d0b16a src | tar x -C /tmp/before
    python bench/versus.py --data ../shared/data src /tmp/before/src --rounds 7

Prints each round's ms per page of both and the ratio (first tree / second), then the
median ratio. The pages: the first ``--aeb`` of aeb-dev and ``--wcxb`` of WCXB dev
articles.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articlepipe.models import Page


def _pages(data: Path, aeb: int, wcxb: int) -> list[Page]:
    # Imported here: the worker's PYTHONPATH decides which articlepipe this is.
    from articlepipe.errors import RecordError
    from articlepipe.evaluate.cases import load_cases
    from articlepipe.sources.local import read_page

    pages: list[Page] = []
    for folder, truth, count in (
        ("aeb-dev", "ground-truth.json", aeb),
        ("wcxb-dev-articles", "ground-truth", wcxb),
    ):
        _layout, cases = load_cases(data / folder / truth, data / folder / "html")
        for case in cases[:count]:
            try:
                page = read_page(case.html, str(case.html.parent), 50_000_000)
            except RecordError:
                continue
            pages.append(replace(page, url=case.url, final_url=case.url) if case.url else page)
    return pages


def worker(data: Path, aeb: int, wcxb: int, cpu: int) -> None:
    """Read page numbers on stdin; extract each and write the seconds it took."""
    from articlepipe.extract.dispatch import extract_page

    # Both workers on one core: they never run at once, and two cores of a shared
    # machine can differ in speed and load for a whole run.
    if cpu >= 0 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})

    pages = _pages(data, aeb, wcxb)
    for page in pages[:5]:  # warm-up: imports, caches, compiled patterns
        extract_page(page)
    gc.collect()
    # The pages read, named: the driver checks that both trees read the same ones.
    names = hashlib.sha256("\n".join(page.url for page in pages).encode()).hexdigest()[:16]
    print(len(pages), names, flush=True)
    for line in sys.stdin:
        page = pages[int(line)]
        started = time.perf_counter()
        failed = 0
        try:
            extract_page(page)
        except Exception:  # a page either tree fails on: counted, and reported by the driver
            failed = 1
        print(time.perf_counter() - started, failed, flush=True)


def _last_cpu() -> int:
    """The core both workers share (-1 where affinity cannot be set)."""
    if not hasattr(os, "sched_getaffinity"):
        return -1
    return max(os.sched_getaffinity(0))


def _start(src: Path, args: argparse.Namespace) -> subprocess.Popen[str]:
    command = [sys.executable, __file__, "--worker", "--data", str(args.data), "--cpu", str(args.cpu)]
    command += ["--aeb", str(args.aeb), "--wcxb", str(args.wcxb)]
    environment = {**os.environ, "PYTHONPATH": str(src.resolve())}
    return subprocess.Popen(
        command, env=environment, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )


def _line(process: subprocess.Popen[str]) -> list[str]:
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        raise SystemExit(f"a worker ended (exit status {process.wait()}); its error is above")
    return line.split()


def _ask(process: subprocess.Popen[str], page: int, failures: list[int]) -> float:
    assert process.stdin is not None
    process.stdin.write(f"{page}\n")
    process.stdin.flush()
    seconds, failed = _line(process)
    failures[0] += int(failed)
    return float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("first", type=Path, nargs="?", help="a source tree (the folder holding articlepipe/)")
    parser.add_argument("second", type=Path, nargs="?", help="the source tree to compare it with")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--aeb", type=int, default=88, help="pages of aeb-dev")
    parser.add_argument("--wcxb", type=int, default=300, help="pages of WCXB dev articles")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=_last_cpu(), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.data, args.aeb, args.wcxb, args.cpu)
        return
    if args.first is None or args.second is None:
        parser.error("give two source trees")
    for src in (args.first, args.second):
        if not (src / "articlepipe" / "__init__.py").is_file():
            parser.error(f"{src} holds no articlepipe package")
    if not (args.data / "aeb-dev").is_dir():
        parser.error(f"no benchmark data under {args.data}; pass --data")
    first, second = _start(args.first, args), _start(args.second, args)
    read = _line(first)
    if read != _line(second) or read[0] == "0":
        raise SystemExit("the two trees read different pages")
    count = int(read[0])
    failures = [0], [0]
    print(f"{count} pages; ms per page of {args.first} and {args.second}, page by page")
    ratios = []
    for round_ in range(args.rounds):
        a = b = 0.0
        for page in range(count):
            if (page + round_) % 2:
                a += _ask(first, page, failures[0])
                b += _ask(second, page, failures[1])
            else:
                b += _ask(second, page, failures[1])
                a += _ask(first, page, failures[0])
        ratios.append(a / b)
        print(f"round {round_ + 1}: {1000 * a / count:.2f} and {1000 * b / count:.2f} ms, ratio {a / b:.3f}")
    for process in (first, second):
        assert process.stdin is not None
        process.stdin.close()
        process.wait()
    print(f"median ratio {statistics.median(ratios):.3f} (rounds {min(ratios):.3f} to {max(ratios):.3f})")
    if failures[0][0] or failures[1][0]:
        # A tree that fails on a page stops early there: its time is not comparable.
        print(f"pages that raised, over all rounds: {failures[0][0]} and {failures[1][0]}")


if __name__ == "__main__":
    main()
