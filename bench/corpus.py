"""Benchmark corpora: the bundled fixtures and the AEB pages, repeated and varied.

Each generated page gets a distinct canonical URL and a distinct sentence in its first
paragraph, so no two pages are byte-identical. Pages are written uncompressed, as a
crawl would leave them on disk.
"""

from __future__ import annotations

import gzip
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "html"
_FIRST_P = re.compile(rb"<p(\s[^>]*)?>", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)


def source_pages(data_dir: Path) -> list[bytes]:
    """The good fixture pages plus every AEB development page, as raw bytes."""
    pages = [p.read_bytes() for p in sorted(FIXTURES.glob("*.html")) if p.stat().st_size > 600]
    aeb = data_dir / "aeb-dev" / "html"
    if not aeb.is_dir():
        raise SystemExit(f"benchmark data not found at {aeb}; pass --data pointing at the shared data folder")
    pages.extend(gzip.decompress(p.read_bytes()) for p in sorted(aeb.glob("*.html.gz")))
    return pages


def varied(page: bytes, index: int) -> bytes:
    """``page`` with a unique sentence in its first paragraph and a unique canonical URL."""
    marker = f"Benchmark variant {index} adds this sentence so every page differs. ".encode()
    page = _FIRST_P.sub(lambda m: m.group(0) + marker, page, count=1)
    link = f'<link rel="canonical" href="https://bench.example/{index}">'.encode()
    return _HEAD_END.sub(lambda m: link + m.group(0), page, count=1)


def generate(folder: Path, count: int, data_dir: Path) -> Path:
    """Write ``count`` varied pages into ``folder`` (kept if already complete)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = folder / ".complete"
    if done.exists() and done.read_text() == str(count):
        return folder
    sources = source_pages(data_dir)
    for index in range(count):
        (folder / f"p{index:06d}.html").write_bytes(varied(sources[index % len(sources)], index))
    done.write_text(str(count))
    return folder


def iter_pages(folder: Path) -> Iterator[Path]:
    """The generated pages, in order."""
    return iter(sorted(folder.glob("p*.html")))


@dataclass(frozen=True)
class Measured:
    """One command's wall time and peak memory. ``tree_rss`` sums every process's RSS,
    which counts pages shared between processes (the workers fork from one that loaded
    the extractor and the language model) once per process; ``tree_pss`` counts each
    shared page once, split between its sharers: the memory the run takes from the
    machine."""

    seconds: float
    returncode: int
    tree_rss: int
    tree_pss: int
    main_rss: int


def _sample(proc: psutil.Process) -> tuple[int, int, int]:
    """(main RSS, tree RSS, tree PSS) now."""
    processes = [proc, *proc.children(recursive=True)]
    rss = pss = 0
    for process in processes:
        info = process.memory_full_info()  # reads /proc/<pid>/smaps_rollup
        rss += info.rss
        pss += info.pss
    return proc.memory_info().rss, rss, pss


def run_measured(command: list[str], interval: float = 0.1, memory: bool = True) -> Measured:
    """Run ``command``; with ``memory``, sample its process tree's memory every ``interval`` s."""
    started = time.perf_counter()
    proc = psutil.Popen(command, stdout=psutil.subprocess.DEVNULL, stderr=psutil.subprocess.PIPE)
    peak_main = peak_rss = peak_pss = 0
    while proc.poll() is None:
        if memory:
            try:
                main, rss, pss = _sample(proc)
                peak_main, peak_rss, peak_pss = max(peak_main, main), max(peak_rss, rss), max(peak_pss, pss)
            except psutil.Error:
                pass  # a process ended between listing and reading it: sample again
        time.sleep(interval)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return Measured(seconds, proc.returncode, peak_rss, peak_pss, peak_main)
