"""Benchmark scoring: ``articlepipe eval`` as a library.

::

    cases.py    benchmark folders -> cases; layout detection (AEB file, WCXB folder)
    metrics.py  pure scoring functions: AEB shingles, WCXB bag of words, snippets, metadata
    runner.py   read each page, run articlepipe (and trafilatura), time and score it
    table.py    an Evaluation as a plain-text table or JSON
"""

from __future__ import annotations

from articlepipe.evaluate.cases import AebCase, Layout, WcxbCase, detect_layout, load_aeb, load_wcxb
from articlepipe.evaluate.metrics import (
    AebPageScore,
    AebScores,
    BagOfWordsScore,
    WcxbPage,
    WcxbScores,
    aeb_page_score,
    aeb_scores,
    wcxb_page,
    wcxb_page_score,
)
from articlepipe.evaluate.runner import Evaluation, Prediction, SystemResult, evaluate
from articlepipe.evaluate.table import format_table, to_json

__all__ = [
    "AebCase",
    "AebPageScore",
    "AebScores",
    "BagOfWordsScore",
    "Evaluation",
    "Layout",
    "Prediction",
    "SystemResult",
    "WcxbCase",
    "WcxbPage",
    "WcxbScores",
    "aeb_page_score",
    "aeb_scores",
    "detect_layout",
    "evaluate",
    "format_table",
    "load_aeb",
    "load_wcxb",
    "to_json",
    "wcxb_page",
    "wcxb_page_score",
]
