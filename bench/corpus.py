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


def run_measured(command: list[str], interval: float = 0.1) -> tuple[float, int, int, int]:
    """Run ``command``; returns (seconds, exit code, peak RSS of its process tree, of its main process)."""
    started = time.perf_counter()
    proc = psutil.Popen(command, stdout=psutil.subprocess.DEVNULL, stderr=psutil.subprocess.PIPE)
    peak_tree = peak_main = 0
    while proc.poll() is None:
        try:
            main = proc.memory_info().rss
            children = sum(c.memory_info().rss for c in proc.children(recursive=True))
        except psutil.Error:
            continue
        peak_main = max(peak_main, main)
        peak_tree = max(peak_tree, main + children)
        time.sleep(interval)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return seconds, proc.returncode, peak_tree, peak_main
