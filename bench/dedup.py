"""Near-duplicate detection on 50,000 synthetic articles with 10 % planted near copies,
beside the cost of extracting an article, in one run.

45,000 distinct articles (300 words each, drawn from a 20,000-word vocabulary with a
Zipf-like distribution) and 5,000 near copies of them (a changed headline, a paragraph
added or removed, share and newsletter lines added), shuffled with the originals first.
Printed: recall of the planted pairs, precision of the pairs found, milliseconds per
article for de-duplication, and milliseconds per article for extraction (articlepipe's
process_page plus the per-article cleaning, on the AEB pages). Targets: recall at least
0.95, precision at least 0.99, de-duplication under 10 % of extraction.

    python bench/dedup.py --data ../shared/data [--articles 50000]
"""

from __future__ import annotations

import argparse
import gzip
import random
import resource
import time
from pathlib import Path

from articlepipe.clean.dedup import Duplicates
from articlepipe.clean.stage import clean_in_worker
from articlepipe.extract.dispatch import process_page
from articlepipe.extract.identity import content_hash
from articlepipe.models import Article, Page

VOCABULARY = [f"word{n}" for n in range(20_000)]
WEIGHTS = [1 / (rank + 1) ** 0.8 for rank in range(len(VOCABULARY))]


def paragraph(rng: random.Random, words: int = 50) -> str:
    return " ".join(rng.choices(VOCABULARY, WEIGHTS, k=words)) + "."


def near_copy(rng: random.Random, paragraphs: list[str], kind: int) -> list[str]:
    if kind == 0:
        return ["A new headline for the same story", *paragraphs[1:]]
    if kind == 1:
        return [*paragraphs, paragraph(rng)]
    if kind == 2:
        drop = rng.randrange(1, len(paragraphs))
        return paragraphs[:drop] + paragraphs[drop + 1 :]
    return ["Share this article", *paragraphs, "Sign up for our newsletter", "Read more: our other stories"]


def corpus(count: int, share: float, seed: int) -> tuple[list[tuple[str, str]], dict[str, str]]:
    rng = random.Random(seed)
    copies = int(count * share)
    originals = [[paragraph(rng, 8), *(paragraph(rng) for _ in range(6))] for _ in range(count - copies)]
    items = [(f"a{n}", "\n\n".join(p)) for n, p in enumerate(originals)]
    planted: dict[str, str] = {}
    for n in range(copies):
        source = rng.randrange(len(originals))
        items.append((f"copy{n}", "\n\n".join(near_copy(rng, originals[source], n % 4))))
        planted[f"copy{n}"] = f"a{source}"
    rng.shuffle(items)
    items.sort(key=lambda item: item[0].startswith("copy"))  # the originals were published first
    return items, planted


def extraction_ms(data: Path) -> float:
    pages = [gzip.decompress(p.read_bytes()) for p in sorted((data / "aeb-dev" / "html").glob("*.html.gz"))]
    process_page(Page(url="https://bench.example/warm", body=pages[0]))
    start = time.perf_counter()
    for number, body in enumerate(pages):
        result = process_page(Page(url=f"https://bench.example/{number}", body=body))
        if isinstance(result, Article):
            clean_in_worker(result)
    return (time.perf_counter() - start) / len(pages) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--share", type=float, default=0.10)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    items, planted = corpus(args.articles, args.share, args.seed)
    duplicates = Duplicates(threshold=0.8)
    start = time.perf_counter()
    matches = {i: duplicates.original_of(i, text, content_hash(text)) for i, text in items}
    found = {i: match.original if match is not None else None for i, match in matches.items()}
    dedup_ms = (time.perf_counter() - start) / len(items) * 1000
    hits = sum(1 for copy, original in planted.items() if found[copy] == original)
    flagged = [i for i, original in found.items() if original is not None]
    correct = sum(1 for i in flagged if planted.get(i) == found[i])
    extract_ms = extraction_ms(args.data)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(items):,} articles, {len(planted):,} planted near copies, one run")
    print("| figure | value | target |")
    print("| --- | ---: | ---: |")
    print(f"| recall of planted pairs | {hits / len(planted):.4f} | >= 0.95 |")
    precision = correct / max(1, len(flagged))
    print(f"| precision of pairs found ({len(flagged):,} found) | {precision:.4f} | >= 0.99 |")
    print(f"| de-duplication, ms per article | {dedup_ms:.2f} | |")
    print(f"| extraction and cleaning, ms per article (88 AEB pages) | {extract_ms:.2f} | |")
    print(f"| de-duplication / extraction | {dedup_ms / extract_ms:.1%} | < 10 % |")
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
