"""What the default filters keep and drop on the labelled development pages, each half.

    python bench/filters.py [--data ../shared/data]          (make bench-filters)

Every labelled page (``labelled.py``: aeb-dev, wcxb-dev-articles, wcxb-dev-other) is
read, extracted and cleaned as ``articlepipe run`` does it, then judged by the shipped
page-type classifier and quality filters with their defaults. For each half, the
validation half first:

1. the page-type confusion table (rows: the benchmark's type; columns: ours);
2. per quality filter, on its own: real articles it drops, and pages of other types it
   catches (all of them, and those the page type let through);
3. the defaults end to end: real articles dropped for any reason, and listings and
   collections kept as articles, against the targets (at most 0.5 % and 20 %). A page
   labelled article whose benchmark text is empty (a page its scripts build: the saved
   HTML holds no article) is not a real article that can be lost; such pages are listed
   apart, with what the defaults did to them.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from articlepipe.clean.quality import FILTERS, QualityRules, verdict
from articlepipe.models import PAGE_TYPES
from labelled import Measured, by_half, measure_all

ROOT = Path(__file__).resolve().parent.parent
# The prose filter is off by default; its row shows it at the threshold it used to have.
PROSE_SHARE_MEASURED = 0.25
MAX_ARTICLES_DROPPED = 0.005
MAX_INDEXES_KEPT = 0.20
INDEXES = ("listing", "collection")


def confusion(pages: list[Measured]) -> str:
    """Rows: the benchmark's page type; columns: the type articlepipe gave."""
    table: Counter[tuple[str, str]] = Counter()
    for m in pages:
        table[m.page.page_type, m.article.page_type if m.article else "failed"] += 1
    columns = [*PAGE_TYPES, "failed"]
    shown = [c for c in columns if any(table[t, c] for t in PAGE_TYPES)]
    head = "| benchmark type | pages | " + " | ".join(shown) + " |"
    rows = [head, "|" + " --- |" * 2 + " ---: |" * len(shown)]
    for kind in PAGE_TYPES:
        total = sum(table[kind, c] for c in columns)
        if total:
            cells = " | ".join(str(table[kind, c]) if table[kind, c] else "·" for c in shown)
            rows.append(f"| {kind} | {total} | {cells} |")
    return "\n".join(rows)


def per_filter(pages: list[Measured], rules: QualityRules) -> str:
    """Each filter on its own: real articles dropped, other pages caught."""
    rows = [
        "| filter | real articles dropped | other pages caught | ... of them typed article |",
        "| --- | ---: | ---: | ---: |",
    ]
    articles = [m for m in pages if m.article and m.page.page_type == "article" and not m.page.empty_truth]
    others = [m for m in pages if m.article and m.page.page_type != "article"]
    for rule in FILTERS:
        dropped = sum(1 for m in articles if m.article and rule(m.article, rules))
        caught = [m for m in others if m.article and rule(m.article, rules)]
        missed_by_type = sum(1 for m in caught if m.article and m.article.page_type == "article")
        name = rule.__name__
        if rule.__name__ == "too_little_prose":
            name += f" (off by default; at {rules.min_prose_share})"
        rows.append(
            f"| {name} | {dropped} of {len(articles)} | {len(caught)} of {len(others)} | {missed_by_type} |"
        )
    return "\n".join(rows)


def end_to_end(pages: list[Measured], rules: QualityRules) -> tuple[str, bool]:
    """The defaults as a run applies them; whether both targets are met."""
    labelled = [m for m in pages if m.page.page_type == "article"]
    articles = [m for m in labelled if not m.page.empty_truth]
    shells = [m for m in labelled if m.page.empty_truth]
    reasons: Counter[str] = Counter()
    for m in articles:
        found = verdict(m.article, rules) if m.article else None
        if m.article is None or found is not None:
            reasons["failed" if m.article is None else found.reason if found else ""] += 1
    indexes = [m for m in pages if m.page.page_type in INDEXES]
    kept = [m for m in indexes if m.article and verdict(m.article, rules) is None]
    lost = sum(reasons.values())
    aeb = [m for m in articles if m.page.folder == "aeb-dev"]
    aeb_kept = sum(1 for m in aeb if m.article and verdict(m.article, rules) is None)
    lost_share = lost / len(articles) if articles else 0.0
    kept_share = len(kept) / len(indexes) if indexes else 0.0
    met = lost_share <= MAX_ARTICLES_DROPPED and kept_share <= MAX_INDEXES_KEPT
    why = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) or "none"
    text = "\n".join(
        [
            f"- real articles dropped: {lost} of {len(articles)} ({lost_share:.2%}; target at most "
            f"{MAX_ARTICLES_DROPPED:.1%}): {why}",
            f"- listings and collections kept as articles: {len(kept)} of {len(indexes)} ({kept_share:.1%}; "
            f"target at most {MAX_INDEXES_KEPT:.0%})",
            f"- aeb-dev articles kept: {aeb_kept} of {len(aeb)}",
        ]
    )
    if shells:
        shell_reasons = Counter(
            "failed"
            if m.article is None
            else found.reason
            if (found := verdict(m.article, rules))
            else "kept"
            for m in shells
        )
        labelled_as = "page labelled article" if len(shells) == 1 else "pages labelled article"
        text += (
            f"\n- not counted above: {len(shells)} {labelled_as} whose benchmark text is empty (built by "
            "scripts: no article in the saved HTML): "
            + ", ".join(f"{k} {v}" for k, v in sorted(shell_reasons.items()))
        )
    return text, met


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--cache", type=Path, help="keep the extracted pages in this file (outside the repository)"
    )
    args = parser.parse_args()
    measured = measure_all(args.data, workers=args.workers, cache=args.cache)
    rules = QualityRules()
    for name, pages in reversed(list(by_half(measured))):
        print(f"## {name} half: {len(pages)} pages\n")
        print(confusion(pages), end="\n\n")
        print(per_filter(pages, QualityRules(min_prose_share=PROSE_SHARE_MEASURED)), end="\n\n")
        text, met = end_to_end(pages, rules)
        print(text)
        print(f"- targets {'met' if met else 'NOT met'}\n")


if __name__ == "__main__":
    main()
