"""``report.html``: a run's figures (its ``run.json``) as one self-contained page.

Charts are inline SVG bars drawn here: a dozen bar charts need no plotting library and
no JavaScript, and the file opens offline anywhere. Every bar carries its label and
value as ``data-`` attributes, so what the page shows can be checked against
``run.json``.
"""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import Any

from articlepipe.export.atomic import write_text
from articlepipe.logs import event

BAR_HEIGHT = 18
CHART_WIDTH = 640
LABEL_WIDTH = 220
SITES_IN_TABLE = 20

CHARTS: tuple[tuple[str, str, str], ...] = (
    # (chart id, title, key in run.json)
    ("articles-per-site", "Articles per site", "sites"),
    ("word-counts", "Words per article", "word_counts"),
    ("languages", "Languages", "languages"),
    ("published", "Published, by month", "published_by_month"),
    ("dropped", "Dropped, by reason", "dropped_by_reason"),
    ("failures", "Failures, by reason", "failures_by_reason"),
    ("rules", "Boilerplate rules that fired most", "boilerplate_rules"),
)

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 960px; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; } td, th { padding: 3px 10px; text-align: right; }
td:first-child, th:first-child { text-align: left; } tr:nth-child(even) { background: #f4f4f4; }
.empty { color: #777; font-style: italic; } svg text { font-size: 12px; }
"""


def chart_values(stats: dict[str, Any], key: str) -> list[tuple[str, int]]:
    """The (label, value) bars of the chart drawn from ``stats[key]``."""
    data = stats.get(key) or {}
    if key == "sites":
        ranked = sorted(data.items(), key=lambda item: -item[1].get("written", 0))
        return [(host, int(counts.get("written", 0))) for host, counts in ranked[:SITES_IN_TABLE]]
    return [(str(label), int(value)) for label, value in data.items()]


def _bars(chart: str, title: str, values: list[tuple[str, int]]) -> str:
    heading = f"<h2>{escape(title)}</h2>"
    if not values:
        return f'{heading}<p class="empty" id="{chart}" data-bars="0">nothing to show in this run</p>'
    top = max(value for _, value in values) or 1
    room = CHART_WIDTH - LABEL_WIDTH - 60
    rows = []
    for row, (label, value) in enumerate(values):
        y = row * (BAR_HEIGHT + 4)
        width = max(1, round(room * value / top)) if value else 0
        rows.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 13}" text-anchor="end">{escape(label[:40])}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width}" height="{BAR_HEIGHT}" fill="#4a7ebb"'
            f' data-label="{escape(label, quote=True)}" data-value="{value}"/>'
            f'<text x="{LABEL_WIDTH + width + 6}" y="{y + 13}">{value:,}</text>'
        )
    height = len(values) * (BAR_HEIGHT + 4)
    return (
        f'{heading}<svg id="{chart}" xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" '
        f'height="{height}" role="img" aria-label="{escape(title, quote=True)}">{"".join(rows)}</svg>'
    )


def _summary(stats: dict[str, Any]) -> str:
    rows = [
        ("pages", stats.get("pages", 0)),
        ("articles written", stats.get("written", 0)),
        ("dropped", stats.get("dropped", 0)),
        ("unchanged", stats.get("unchanged", 0)),
        ("failures", stats.get("failures", 0)),
        ("words written", stats.get("words", 0)),
    ]
    cells = "".join(f'<tr><td>{name}</td><td data-key="{name}">{value:,}</td></tr>' for name, value in rows)
    return f'<table id="summary">{cells}</table>'


def _sites_table(stats: dict[str, Any]) -> str:
    sites = sorted((stats.get("sites") or {}).items(), key=lambda item: -item[1].get("pages", 0))
    rows = []
    for host, counts in sites[:SITES_IN_TABLE]:
        pages = counts.get("pages", 0)
        done = counts.get("written", 0) + counts.get("unchanged", 0) + counts.get("dropped", 0)
        rate = f"{done / pages:.0%}" if pages else "-"
        rows.append(
            f'<tr data-site="{escape(host, quote=True)}"><td>{escape(host)}</td><td>{pages:,}</td>'
            f"<td>{counts.get('written', 0):,}</td><td>{counts.get('dropped', 0):,}</td>"
            f"<td>{counts.get('failed', 0):,}</td><td>{rate}</td></tr>"
        )
    head = (
        "<tr><th>site</th><th>pages</th><th>written</th><th>dropped</th><th>failed</th><th>success</th></tr>"
    )
    return f'<h2>The {SITES_IN_TABLE} largest sites</h2><table id="sites">{head}{"".join(rows)}</table>'


def render(stats: dict[str, Any]) -> str:
    """The report page for the run whose ``run.json`` is ``stats``."""
    title = f"articlepipe run, {stats.get('started_at', '')}"
    charts = "".join(_bars(chart, name, chart_values(stats, key)) for chart, name, key in CHARTS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body><h1>{escape(title)}</h1>"
        f"<p>Output: <code>{escape(str(stats.get('output', '')))}</code>; "
        f"{stats.get('seconds', 0)} s, articlepipe {escape(str(stats.get('articlepipe', '')))}.</p>"
        f"{_summary(stats)}{charts}{_sites_table(stats)}</body></html>\n"
    )


def write_report(stats: dict[str, Any], path: Path) -> None:
    """Write the report page for ``stats`` to ``path``, atomically."""
    write_text(path, render(stats))


def publish_report(stats: dict[str, Any], path: Path) -> None:
    """``write_report`` at the end of a run: the report is drawn from run.json, so a
    failure here (a full disk, a bug in a chart) is a warning, never the loss of a run
    whose articles are already written."""
    try:
        write_report(stats, path)
    except Exception as exc:
        event(
            "report-failed",
            f"the report {path} could not be written ({type(exc).__name__}: {exc}); the articles and "
            f"run statistics are complete; articlepipe report {path.parent} writes it again",
            logging.WARNING,
        )
