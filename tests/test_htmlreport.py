"""The run report: valid HTML, every chart present, every figure equal to run.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import html5lib
import pytest
from lxml import html as lxml_html

from articlepipe.cli import main
from articlepipe.htmlreport import CHARTS, SITES_IN_TABLE, chart_values, render

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def find(tree: Any, path: str) -> list[Any]:
    found: list[Any] = tree.xpath(path)
    return found


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], str, Path]:
    out = tmp_path_factory.mktemp("run") / "articles.jsonl"
    assert main(["run", str(FIXTURES), "-o", str(out), "--workers", "2"]) == 1
    stats = json.loads((out.parent / "run.json").read_text())
    return stats, (out.parent / "report.html").read_text(), out


def test_the_report_is_valid_html(report: tuple[dict[str, object], str, Path]) -> None:
    _, page, _ = report
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)  # raises on any error
    assert "<script" not in page and "http" not in page.split("<body>")[0]  # nothing fetched


def test_every_chart_shows_the_figures_of_run_json(report: tuple[dict[str, object], str, Path]) -> None:
    stats, page, _ = report
    tree = lxml_html.fromstring(page)
    for chart, _, key in CHARTS:
        (element,) = find(tree, f'//*[@id="{chart}"]')
        bars = [(rect.get("data-label"), int(rect.get("data-value"))) for rect in element.iter("rect")]
        assert bars == chart_values(stats, key), chart
    assert chart_values(stats, "languages") and chart_values(stats, "boilerplate_rules")  # charts with bars
    summary = {
        cell.get("data-key"): int(cell.text.replace(",", ""))
        for cell in find(tree, '//*[@id="summary"]//td[@data-key]')
    }
    assert summary["pages"] == stats["pages"] and summary["articles written"] == stats["written"]
    assert summary["dropped"] == stats["dropped"] and summary["failures"] == stats["failures"]
    sites = find(tree, '//*[@id="sites"]//tr[@data-site]')
    assert 1 <= len(sites) <= SITES_IN_TABLE


def test_the_report_command_writes_it_again(report: tuple[dict[str, object], str, Path]) -> None:
    _, page, out = report
    (out.parent / "report.html").unlink()
    assert main(["report", str(out)]) == 0
    assert (out.parent / "report.html").read_text() == page
    assert main(["report", str(out.parent / "nothing-here" / "x.jsonl")]) == 2


def test_an_empty_run_gives_a_report_with_empty_charts() -> None:
    page = render({"pages": 0})
    tree = lxml_html.fromstring(page)
    for chart, _, _ in CHARTS:
        assert find(tree, f'//*[@id="{chart}"]/@data-bars') == ["0"]
