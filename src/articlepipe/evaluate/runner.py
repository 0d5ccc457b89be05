"""Run articlepipe (and optionally trafilatura) over benchmark cases and score them.

Each page is read the way a run reads it (``sources.local.read_page``, so ``.html.gz``
works) and given its ground-truth URL, so ids and hostnames are realistic. Extraction
runs in-process and is timed with ``time.perf_counter``; a page that fails to read or
extract is scored as an empty prediction, never skipped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import trafilatura

from articlepipe.clean.normalise import normalise_article
from articlepipe.errors import RecordError
from articlepipe.evaluate.cases import AebCase, Layout, WcxbCase, load_cases
from articlepipe.evaluate.metrics import (
    AebPageScore,
    AebScores,
    WcxbPage,
    WcxbScores,
    aeb_page_score,
    aggregate_aeb,
    aggregate_wcxb,
    wcxb_page,
)
from articlepipe.extract.decode import decode
from articlepipe.extract.dispatch import extract_page
from articlepipe.extract.metadata import split_authors
from articlepipe.models import Page
from articlepipe.sources.local import read_page

System = Literal["articlepipe", "trafilatura"]
COMPARABLE: tuple[System, ...] = ("trafilatura",)
Progress = Callable[[int, int], None]
# Extracted once before timing starts, so the first timed page does not also pay for
# lazy imports and first-use set-up inside either extractor.
# A page where articlepipe's F1 is this far below a compared system's lost the article
# (the wrong block chosen, or most of it dropped), not a few lines at its edges.
FAR_BELOW = 0.2
_WARM_UP_HTML = (
    "<html><head><title>Warm up</title></head><body><article><h1>Warm up</h1>"
    + "<p>A paragraph of text that is long enough to be kept as the body of a page.</p>" * 5
    + "</article></body></html>"
)


@dataclass(frozen=True, slots=True)
class Prediction:
    """What one system extracted from one page, and how long it took."""

    text: str
    title: str = ""
    authors: tuple[str, ...] = ()
    published: str | None = None
    ms: float | None = None  # None when the system never ran (the page was unreadable)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class PageResult:
    """One page's prediction and score for one system."""

    id: str
    url: str
    prediction: Prediction
    score: AebPageScore | WcxbPage
    page_type: str = "article"

    @property
    def f1(self) -> float:
        """The page's body F1 (0.0 for a WCXB page without a reference body)."""
        if isinstance(self.score, AebPageScore):
            return self.score.f1
        return self.score.body.f1 if self.score.body is not None else 0.0


@dataclass(frozen=True, slots=True)
class SystemResult:
    """All pages of one system, with the benchmark figures and speed."""

    system: System
    pages: tuple[PageResult, ...]
    scores: AebScores | WcxbScores

    @property
    def ms_per_page(self) -> float:
        """Mean extraction time over the pages the system ran on."""
        times = [p.prediction.ms for p in self.pages if p.prediction.ms is not None]
        return sum(times) / len(times) if times else 0.0

    @property
    def failures(self) -> int:
        """Pages that could not be read or extracted (scored as empty predictions)."""
        return sum(1 for p in self.pages if p.prediction.error is not None)

    def worst(self, n: int) -> list[PageResult]:
        """The ``n`` pages with the lowest F1, worst first (ties in page order)."""
        scored = [p for p in self.pages if not isinstance(p.score, WcxbPage) or p.score.body is not None]
        return sorted(scored, key=lambda p: p.f1)[:n]


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The result of ``evaluate``: one ``SystemResult`` per system, articlepipe first."""

    layout: Layout
    ground_truth: str
    systems: tuple[SystemResult, ...]
    half: str | None = None  # the half of the set scored (None: all of it)

    def far_below(self, system: System = "trafilatura", margin: float = FAR_BELOW) -> int | None:
        """Pages where articlepipe's F1 is more than ``margin`` below ``system``'s: where the
        content selection lost what the other found. None if not compared."""
        others = {s.system: s for s in self.systems}
        if system not in others:
            return None
        ours = self.systems[0].pages
        return sum(1 for a, b in zip(ours, others[system].pages, strict=True) if a.f1 < b.f1 - margin)

    def f1_by_page_type(self) -> dict[str, dict[str, tuple[int, float]]]:
        """For each page type: each system's (pages, mean body F1) over the pages of that
        type that have a reference body. WCXB only (its F1 is a mean over pages; AEB's
        is not, and AEB has one type)."""
        table: dict[str, dict[str, tuple[int, float]]] = {}
        for result in self.systems:
            groups: dict[str, list[float]] = {}
            for page in result.pages:
                if isinstance(page.score, WcxbPage) and page.score.body is not None:
                    groups.setdefault(page.page_type, []).append(page.f1)
            for kind, f1s in sorted(groups.items()):
                table.setdefault(kind, {})[result.system] = (len(f1s), sum(f1s) / len(f1s))
        return table

    def speed_ratio(self, system: System = "trafilatura") -> float | None:
        """``system`` ms per page / articlepipe ms per page; None if not compared."""
        times = {s.system: s.ms_per_page for s in self.systems}
        if system not in times or not times.get("articlepipe"):
            return None
        return times[system] / times["articlepipe"]


def predict_articlepipe(page: Page) -> Prediction:
    """articlepipe's text for one page as a run writes it, timed; a record error is an
    empty prediction."""
    start = time.perf_counter()
    try:
        # What a run writes: the extraction, normalised by the clean stage (mojibake
        # repaired, white space made regular); no filters, no language detection.
        article = normalise_article(extract_page(page))
    except RecordError as exc:
        ms = (time.perf_counter() - start) * 1000
        return Prediction(text="", ms=ms, error=f"{exc.stage}:{exc.reason}")
    ms = (time.perf_counter() - start) * 1000
    return Prediction(article.text, article.title, article.authors, article.published, ms)


def predict_trafilatura(html: str, url: str, *, metadata: bool = False) -> Prediction:
    """``trafilatura.extract`` with default options, timed; metadata (untimed) if asked."""
    start = time.perf_counter()
    try:
        text = trafilatura.extract(html, url=url or None)
        error = None if text else "extract:empty"
    except Exception as exc:
        # The boundary with the baseline: whatever it raises on one page is that page's
        # empty prediction, as for articlepipe.
        text, error = None, f"extract:{type(exc).__name__}"
    ms = (time.perf_counter() - start) * 1000
    title, authors, published = "", tuple[str, ...](), None
    if metadata:
        try:
            meta = trafilatura.extract_metadata(html, default_url=url or None)
            title, authors, published = meta.title or "", split_authors(meta.author), meta.date
        except Exception:  # same boundary; missing metadata simply scores as wrong
            pass
    return Prediction(text or "", title, authors, published, ms, error)


def _read(case: AebCase | WcxbCase, max_bytes: int) -> tuple[Page, str] | str:
    """The case's Page (with its real URL) and decoded HTML, or why it cannot be read."""
    try:
        page = read_page(case.html, str(case.html.parent), max_bytes)
        if case.url:
            page = replace(page, url=case.url, final_url=case.url)
        html, _encoding = decode(page.body, page.url, page.encoding)
    except RecordError as exc:
        return f"{exc.stage}:{exc.reason}"
    return page, html


def _score(case: AebCase | WcxbCase, prediction: Prediction) -> AebPageScore | WcxbPage:
    if isinstance(case, AebCase):
        return aeb_page_score(prediction.text, case.body)
    return wcxb_page(
        prediction.text,
        prediction.title,
        prediction.authors,
        prediction.published,
        truth_body=case.main_content,
        truth_title=case.title,
        truth_author=case.author,
        truth_date=case.publish_date,
        with_=case.with_,
        without=case.without,
    )


def _warm_up(systems: Sequence[System]) -> None:
    page = Page(url="https://warm-up.example/a", final_url="https://warm-up.example/a", body=b"")
    predict_articlepipe(replace(page, body=_WARM_UP_HTML.encode()))
    if "trafilatura" in systems:
        predict_trafilatura(_WARM_UP_HTML, page.url, metadata=True)


def evaluate(
    ground_truth: Path,
    html_dir: Path,
    compare: Sequence[str] = (),
    *,
    max_bytes: int,
    progress: Progress | None = None,
    half: str | None = None,
) -> Evaluation:
    """Score articlepipe, and each system named in ``compare``, on a benchmark.

    ``ground_truth`` is an AEB ``ground-truth.json`` or a WCXB ``ground-truth/`` folder
    (a ``UsageError`` otherwise); ``progress(done, total)`` is called after each page.
    ``half`` scores only the calibration or the validation half of the pages.
    """
    layout, cases = load_cases(ground_truth, html_dir, half)
    systems: tuple[System, ...] = ("articlepipe", *(s for s in COMPARABLE if s in compare))
    _warm_up(systems)
    results: dict[System, list[PageResult]] = {s: [] for s in systems}
    for done, case in enumerate(cases, 1):
        read = _read(case, max_bytes)
        for system in systems:
            if isinstance(read, str):
                prediction = Prediction(text="", error=read)
            elif system == "articlepipe":
                prediction = predict_articlepipe(read[0])
            else:
                prediction = predict_trafilatura(read[1], case.url, metadata=layout == "wcxb")
            kind = case.page_type if isinstance(case, WcxbCase) else "article"
            results[system].append(PageResult(case.id, case.url, prediction, _score(case, prediction), kind))
        if progress is not None:
            progress(done, len(cases))
    return Evaluation(
        layout=layout,
        ground_truth=str(ground_truth),
        systems=tuple(_system_result(s, results[s]) for s in systems),
        half=half,
    )


def _system_result(system: System, pages: list[PageResult]) -> SystemResult:
    aeb = [p.score for p in pages if isinstance(p.score, AebPageScore)]
    wcxb = [p.score for p in pages if isinstance(p.score, WcxbPage)]
    scores = aggregate_wcxb(wcxb) if wcxb else aggregate_aeb(aeb)
    return SystemResult(system, tuple(pages), scores)
