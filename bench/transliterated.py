"""How much each system leans on English words: the development pages scored as they
are and again with every Latin letter moved into another script, articlepipe and bare
``trafilatura.extract`` side by side in one run.

The page's text (text nodes, the titles and descriptions in its ``<meta>`` tags and
JSON-LD, the ``alt``, ``title``, ``aria-label`` and ``placeholder`` attributes; not
JSON-LD's keywords and sections) and the benchmark's ground truth are rewritten the same
way, letter for letter, so word boundaries, punctuation, digits, lengths and
the markup stay as they were: only what the words are changes. ``rot13`` keeps the Latin
script and makes every word unknown; ``cyrillic`` moves each letter to a Cyrillic one.
A rule that finds the body by knowing English words loses here; a rule that reads the
page's structure does not. Phrase rules (a "Read more" line, a disclaimer) cannot fire
on rewritten text, so some boilerplate stays in either system's output: the drop in
F1 is an upper bound on what other languages cost, for both systems alike.

    python bench/transliterated.py --data ../shared/data [--script cyrillic] [--pages N]
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import lxml.html

from articlepipe.errors import RecordError
from articlepipe.evaluate import cases, metrics
from articlepipe.evaluate.runner import predict_articlepipe, predict_trafilatura
from articlepipe.extract.decode import decode
from articlepipe.extract.parse import parse_html
from articlepipe.models import Page
from articlepipe.sources.local import read_page

SETS = (
    ("aeb-dev", "ground-truth.json"),
    ("wcxb-dev-articles", "ground-truth"),
    ("wcxb-dev-other", "ground-truth"),
)
_LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_CYRILLIC = str.maketrans(_LATIN, "абцдефгхийклмнопярстужвьызАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗ")
SCRIPTS: dict[str, Callable[[str], str]] = {
    "rot13": lambda text: codecs.encode(text, "rot13"),
    "cyrillic": lambda text: text.translate(_CYRILLIC),
}
# The <meta> names and JSON-LD keys whose values are the page's words, not identifiers.
_META_NAMES = frozenset(
    ("og:title", "twitter:title", "description", "og:description", "twitter:description", "author")
)
_JSON_TEXT_KEYS = frozenset(("headline", "name", "description", "articleBody", "alternativeHeadline"))
_TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
MAX_BYTES = 50_000_000


def _json_values(value: Any, moved: Callable[[str], str], key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _json_values(v, moved, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_values(v, moved, key) for v in value]
    return moved(value) if isinstance(value, str) and key in _JSON_TEXT_KEYS else value


def rewrite_page(html: str, moved: Callable[[str], str]) -> str:
    """``html`` with the words of its text moved into another script, its markup as it was."""
    tree = parse_html(html, "")  # as articlepipe parses it: characters XML refuses go first
    for element in tree.iter():
        if element.tail:
            element.tail = moved(element.tail)
        if not isinstance(element.tag, str):
            continue
        if element.tag == "script":
            if "ld+json" in (element.get("type") or "") and element.text:
                with contextlib.suppress(ValueError):  # not JSON: left as it is
                    element.text = json.dumps(_json_values(json.loads(element.text), moved))
        elif element.tag != "style" and element.text:
            element.text = moved(element.text)
        if element.tag == "meta":
            if element.get("charset"):
                element.set("charset", "utf-8")
            name = (element.get("property") or element.get("name") or "").lower()
            if name in _META_NAMES and element.get("content"):
                element.set("content", moved(element.get("content") or ""))
        for attribute in _TEXT_ATTRIBUTES:
            if element.get(attribute):
                element.set(attribute, moved(element.get(attribute) or ""))
    return str(lxml.html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>"))


def _rewrite_case(case: cases.Case, moved: Callable[[str], str]) -> cases.Case:
    if isinstance(case, cases.AebCase):
        return replace(case, body=moved(case.body))
    return replace(
        case,
        title=moved(case.title) if case.title else case.title,
        main_content=moved(case.main_content) if case.main_content else case.main_content,
        with_=tuple(map(moved, case.with_)),
        without=tuple(map(moved, case.without)),
    )


def _f1(case: cases.Case, text: str) -> float | None:
    if isinstance(case, cases.AebCase):
        return metrics.aeb_page_score(text, case.body).f1
    if case.main_content is None:
        return None
    return metrics.wcxb_page_score(text, case.main_content).f1


@dataclass
class Row:
    """Mean F1 of both systems on one half of one set, as is and rewritten."""

    pages: int = 0
    ours: float = 0.0
    ours_moved: float = 0.0
    baseline: float = 0.0
    baseline_moved: float = 0.0


def _score_page(
    case: cases.Case, html: str, url: str, moved: Callable[[str], str]
) -> tuple[float, ...] | None:
    rewritten = rewrite_page(html, moved)
    scores = []
    for page_html, scored in ((html, case), (rewritten, _rewrite_case(case, moved))):
        page = Page(url=url, final_url=url, body=page_html.encode("utf-8"), encoding="utf-8")
        ours = _f1(scored, predict_articlepipe(page).text)
        baseline = _f1(scored, predict_trafilatura(page_html, url).text)
        if ours is None or baseline is None:
            return None
        scores += [ours, baseline]
    return tuple(scores)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--script", choices=sorted(SCRIPTS), default="cyrillic")
    parser.add_argument("--pages", type=int, default=0, help="the first N pages of each set (0: all)")
    args = parser.parse_args()
    moved = SCRIPTS[args.script]
    print(f"F1 as is -> with every Latin letter moved ({args.script}); mean over pages, one run")
    print("| set, half | pages | articlepipe | change | trafilatura | change |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, truth in SETS:
        folder = args.data / name
        if not folder.is_dir():
            raise SystemExit(f"no {folder}; pass --data")
        _layout, loaded = cases.load_cases(folder / truth, folder / "html")
        rows: dict[str, Row] = {}
        skipped = 0
        for case in loaded[: args.pages or None]:
            url = case.url or "https://bench.example/page"
            try:
                page = read_page(case.html, str(case.html.parent), MAX_BYTES)
                html, _encoding = decode(page.body, url, page.encoding)
                scores = _score_page(case, html, url, moved)
            except RecordError:
                scores = None  # unreadable or unparsable: left out for both systems alike
            if scores is None:
                skipped += 1
                continue
            ours, baseline, ours_moved, baseline_moved = scores
            row = rows.setdefault(cases.half(case.html.name), Row())
            row.pages += 1
            row.ours += ours
            row.baseline += baseline
            row.ours_moved += ours_moved
            row.baseline_moved += baseline_moved
        for half in ("validation", "calibration"):
            if half not in rows:
                continue
            done = rows[half]
            n = done.pages
            print(
                f"| {name}, {half} | {n} | {done.ours / n:.3f} -> {done.ours_moved / n:.3f} | "
                f"{(done.ours_moved - done.ours) / n:+.3f} | {done.baseline / n:.3f} -> "
                f"{done.baseline_moved / n:.3f} | {(done.baseline_moved - done.baseline) / n:+.3f} |"
            )
        if skipped:
            print(f"({name}: {skipped} pages left out, unreadable or without a reference body)")


if __name__ == "__main__":
    main()
