"""Where articlepipe's time per page goes, beside bare ``trafilatura.extract``, in one run.

Times each stage of ``extract_html`` (parse, tree rules, content selection with
trafilatura on the pages where ours is unsure, metadata, date, body rules and
rendering) on the same pages, in-process, and prints the share of each beside the
time ``trafilatura.extract`` (default options) takes on the decoded page.

    python bench/stages.py --data ../shared/data [--set wcxb-dev-articles] [--pages 150]
"""

from __future__ import annotations

import argparse
import gzip
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

import articlepipe.extract.html as html_module
from articlepipe.extract.decode import decode
from articlepipe.extract.dispatch import extract_page
from articlepipe.models import Page

STAGES = ("parse_html", "strip_tree", "_main_content", "read_metadata", "_published", "_extract_body")
URL = "https://bench.example/article"


def instrument(totals: dict[str, float]) -> None:
    """Wrap each stage function of the html module so its time adds to ``totals``."""
    for name in STAGES:
        original: Callable[..., Any] = getattr(html_module, name)

        def timed(*args: Any, _f: Callable[..., Any] = original, _n: str = name, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return _f(*args, **kwargs)
            finally:
                totals[_n] += time.perf_counter() - started

        setattr(html_module, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--set", default="wcxb-dev-articles", help="aeb-dev or wcxb-dev-articles")
    parser.add_argument("--pages", type=int, default=150)
    args = parser.parse_args()
    files = sorted((args.data / args.set / "html").glob("*.html.gz"))[: args.pages]
    if not files:
        raise SystemExit(f"no pages under {args.data / args.set / 'html'}; pass --data")
    pages = [
        Page(
            url=URL,
            final_url=URL,
            body=gzip.decompress(f.read_bytes()),
            fetched_at="2026-01-01T00:00:00+00:00",
        )
        for f in files
    ]
    texts = [decode(p.body, URL, None)[0] for p in pages]
    extract_page(pages[0])  # warm-up: imports and caches
    trafilatura.extract(texts[0], url=URL)

    started = time.perf_counter()
    for text in texts:
        trafilatura.extract(text, url=URL)
    baseline = (time.perf_counter() - started) / len(texts) * 1000

    totals: dict[str, float] = defaultdict(float)
    instrument(totals)
    started = time.perf_counter()
    for page in pages:
        extract_page(page)
    ours = (time.perf_counter() - started) / len(pages) * 1000

    print(f"{args.set}, {len(pages)} pages, ms per page (one run, in-process)")
    print("| stage | articlepipe ms |\n| --- | ---: |")
    for name in STAGES:
        print(f"| {name} | {totals[name] / len(pages) * 1000:.1f} |")
    rest = ours - sum(totals.values()) / len(pages) * 1000
    print(f"| decode, assemble, other | {rest:.1f} |")
    print(f"| **articlepipe total** | **{ours:.1f}** |")
    print(f"| trafilatura.extract (default options) | {baseline:.1f} |")
    print(f"speed ratio (trafilatura ms / articlepipe ms): {baseline / ours:.2f}")


if __name__ == "__main__":
    main()
