"""An ``Evaluation`` as a plain-text table for logs, or as a JSON-ready dict for machines."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from articlepipe.evaluate.metrics import AebScores, WcxbPage, WcxbScores
from articlepipe.evaluate.runner import Evaluation, PageResult, SystemResult

BENCHMARK_NAMES = {"aeb": "AEB (article-extraction-benchmark)", "wcxb": "WCXB (article pages)"}
SNIPPET_WIDTH = 60  # a leaked snippet is shown up to this many characters


def _columns(result: SystemResult) -> list[tuple[str, str]]:
    """(header, value) pairs of one system's row."""
    s = result.scores
    if isinstance(s, AebScores):
        figures = [
            ("pages", str(s.pages)),
            ("precision", f"{s.precision:.3f}"),
            ("recall", f"{s.recall:.3f}"),
            ("F1", f"{s.f1:.3f}"),
            ("accuracy", f"{s.accuracy:.3f}"),
        ]
    else:
        figures = [
            ("pages", str(s.pages)),
            ("F1", f"{s.f1:.3f}"),
            ("precision", f"{s.precision:.3f}"),
            ("recall", f"{s.recall:.3f}"),
            ("with-found", f"{s.with_found:.3f}"),
            ("without-leaked", f"{s.without_leaked:.3f}"),
            ("title", f"{s.title:.3f}"),
            ("author", f"{s.author:.3f}"),
            ("date", f"{s.date:.3f}"),
        ]
    return [
        ("system", result.system),
        *figures,
        ("ms/page", f"{result.ms_per_page:.1f}"),
        ("failed", str(result.failures)),
    ]


def _truncate(text: str, width: int = SNIPPET_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _worst_line(page: PageResult) -> str:
    line = f"  {page.f1:.3f}  {page.id}  {page.url}"
    if page.prediction.error:
        line += f"  [{page.prediction.error}]"
    if isinstance(page.score, WcxbPage) and page.score.leaked:
        shown = "; ".join(repr(_truncate(s)) for s in page.score.leaked[:3])
        more = len(page.score.leaked) - 3
        line += f"\n         leaked: {shown}" + (f" (+{more} more)" if more > 0 else "")
    return line


def format_table(evaluation: Evaluation, worst: int = 10) -> str:
    """The evaluation as an aligned plain-text table, a speed line and the worst pages."""
    rows = [_columns(result) for result in evaluation.systems]
    headers = [header for header, _ in rows[0]]
    cells = [[value for _, value in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        # The system name reads best left-aligned, the figures right-aligned.
        first = values[0].ljust(widths[0])
        rest = (v.rjust(w) for v, w in zip(values[1:], widths[1:], strict=True))
        return "  ".join([first, *rest]).rstrip()

    out = [
        f"articlepipe eval: {BENCHMARK_NAMES[evaluation.layout]}, ground truth {evaluation.ground_truth}",
        "",
        line(headers),
        *(line(r) for r in cells),
    ]
    scores = evaluation.systems[0].scores
    if isinstance(scores, WcxbScores):
        out.append(
            f"(F1/precision/recall over pages with a reference body; with-found of "
            f"{scores.with_total} and without-leaked of {scores.without_total} snippets; "
            f"title/author/date over {scores.title_pages}/{scores.author_pages}/"
            f"{scores.date_pages} pages that have one)"
        )
    ratio = evaluation.speed_ratio()
    if ratio is not None:
        out.append(f"speed ratio (trafilatura ms / articlepipe ms): {ratio:.2f}")
    if worst > 0:
        out += ["", f"worst {worst} pages for articlepipe (F1, id, url):"]
        out += [_worst_line(page) for page in evaluation.systems[0].worst(worst)]
    return "\n".join(out)


def _page_record(page: PageResult) -> dict[str, Any]:
    record: dict[str, Any] = {"id": page.id, "url": page.url, "f1": page.f1, "error": page.prediction.error}
    if isinstance(page.score, WcxbPage):
        record["leaked"] = list(page.score.leaked)
    return record


def to_json(evaluation: Evaluation, worst: int = 10) -> dict[str, Any]:
    """The same figures as ``format_table``, as a JSON-ready dict."""
    return {
        "benchmark": evaluation.layout,
        "ground_truth": evaluation.ground_truth,
        "systems": {
            result.system: {
                **asdict(result.scores),
                "ms_per_page": result.ms_per_page,
                "failed": result.failures,
            }
            for result in evaluation.systems
        },
        "speed_ratio": evaluation.speed_ratio(),
        "worst": [_page_record(page) for page in evaluation.systems[0].worst(worst)],
    }
