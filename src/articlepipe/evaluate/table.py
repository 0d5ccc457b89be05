"""An ``Evaluation`` as a plain-text table for logs, or as a JSON-ready dict for machines."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from articlepipe.evaluate.metrics import AebScores, WcxbPage, WcxbScores
from articlepipe.evaluate.runner import FAR_BELOW, Evaluation, PageResult, SystemResult

BENCHMARK_NAMES = {
    "aeb": "AEB (article-extraction-benchmark)",
    "wcxb": "WCXB (web content extraction benchmark)",
}
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

    scope = f", {evaluation.half} half" if evaluation.half else ""
    name = BENCHMARK_NAMES[evaluation.layout]
    out = [
        f"articlepipe eval: {name}, ground truth {evaluation.ground_truth}{scope}",
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
    by_type = evaluation.f1_by_page_type()
    if len(by_type) > 1:
        out.append("F1 by page type:")
        for kind, systems in by_type.items():
            pages = next(iter(systems.values()))[0]
            figures = ", ".join(f"{system} {f1:.3f}" for system, (_, f1) in systems.items())
            out.append(f"  {kind:<14} {pages:>4} pages  {figures}")
    far = evaluation.far_below()
    if far is not None:
        out.append(
            f"pages where articlepipe's F1 is more than {FAR_BELOW} below trafilatura's: {far} of "
            f"{len(evaluation.systems[0].pages)}"
        )
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
        "half": evaluation.half,
        "speed_ratio": evaluation.speed_ratio(),
        "far_below_trafilatura": evaluation.far_below(),
        "f1_by_page_type": {
            kind: {system: {"pages": pages, "f1": f1} for system, (pages, f1) in systems.items()}
            for kind, systems in evaluation.f1_by_page_type().items()
        },
        "worst": [_page_record(page) for page in evaluation.systems[0].worst(worst)],
    }
