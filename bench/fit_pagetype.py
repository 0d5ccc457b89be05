"""Fit the page-type classifier on the calibration half and write its weights.

    python bench/fit_pagetype.py [--data ../shared/data] [--write]      (make fit-pagetype)

Two logistic regressions over ``pagetype.features`` (standardised on the calibration
half), fitted with plain gradient descent in numpy:

- the article model: article against listings, collections and products (each type
  weighted so that they count equally, articles as much as all of them together).
  Services, forums and documentation are left out of it: their prose, code and replies
  look too much like articles for a line to part them without costing real articles
  (with them in, 9 of the validation half's 442 articles were lost, not 6), so the
  default keeps most of them as articles;
- the kind model: which non-article type, over the non-article pages only.

The article threshold is the highest at which at most ``--max-article-loss`` of the
calibration half's articles score below it. Only the calibration half is fitted on; the
figures of both halves are printed, the validation half's first. ``--write`` replaces
``src/articlepipe/extract/pagetype_model.json``.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from articlepipe.models import PAGE_TYPES
from labelled import Measured, by_half, measure_all

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "articlepipe" / "extract" / "pagetype_model.json"
KINDS = tuple(t for t in PAGE_TYPES if t not in ("article", "error"))
NEGATIVES = ("listing", "collection", "product")


@dataclass(frozen=True)
class Fitted:
    """The two models, as ``pagetype.Model`` reads them."""

    features: list[str]
    means: np.ndarray
    scales: np.ndarray
    article_weights: np.ndarray
    article_bias: float
    article_threshold: float
    kinds: list[str]
    kind_weights: np.ndarray  # one row per kind
    kind_bias: np.ndarray

    def standardised(self, pages: list[Measured]) -> np.ndarray:
        z: np.ndarray = (_matrix(pages, self.features) - self.means) / self.scales
        return z

    def article_scores(self, z: np.ndarray) -> np.ndarray:
        scores: np.ndarray = 1 / (1 + np.exp(-(z @ self.article_weights + self.article_bias)))
        return scores

    def to_json(self, about: str) -> str:
        """The model file: JSON, each list on one line."""

        def floats(values: np.ndarray) -> list[float]:
            return [round(float(v), 6) for v in values]

        model: dict[str, object] = {
            "about": about,
            "features": self.features,
            "means": floats(self.means),
            "scales": floats(self.scales),
            "article_weights": floats(self.article_weights),
            "article_bias": round(self.article_bias, 6),
            "article_threshold": round(self.article_threshold, 6),
            "kinds": self.kinds,
            "kind_weights": [floats(row) for row in self.kind_weights],
            "kind_bias": floats(self.kind_bias),
        }
        lines = [
            f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in model.items()
        ]
        return "{\n" + ",\n".join(lines) + "\n}\n"


def _matrix(pages: list[Measured], names: list[str]) -> np.ndarray:
    return np.array([[(m.features or {}).get(n, 0.0) for n in names] for m in pages])


def _softmax_fit(
    x: np.ndarray, y: np.ndarray, classes: int, weights: np.ndarray, *, l2: float, steps: int = 4000
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression with L2 (two classes: the plain logistic one)."""
    n, d = x.shape
    w = np.zeros((d, classes))
    b = np.zeros(classes)
    target = np.eye(classes)[y]
    rate = 0.5
    for _ in range(steps):
        scores = x @ w + b
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - target) * weights[:, None] / weights.sum()
        w -= rate * (x.T @ grad + l2 * w / n)
        b -= rate * grad.sum(axis=0)
    return w, b


def _balanced(labels: list[str], groups: dict[str, float]) -> np.ndarray:
    """Sample weights giving each label the total weight ``groups`` says."""
    counts = Counter(labels)
    return np.array([groups[label] / counts[label] for label in labels])


def fit(measured: list[Measured], *, l2: float, max_loss: float, negatives: tuple[str, ...]) -> Fitted:
    """Both models and the threshold, from the calibration half only."""
    calibration = [
        m
        for m in measured
        if m.page.half == "calibration" and m.features is not None and not m.page.empty_truth
    ]
    names = sorted({n for m in calibration for n in (m.features or {})})
    x = _matrix(calibration, names)
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    z = (x - means) / scales
    labels = [m.page.page_type for m in calibration]
    chosen = [i for i, label in enumerate(labels) if label == "article" or label in negatives]
    chosen_labels = [labels[i] for i in chosen]
    others = sorted(set(chosen_labels) - {"article"})
    groups = {"article": 1.0, **{t: 1.0 / len(others) for t in others}}
    w, b = _softmax_fit(
        z[chosen],
        np.array([1 if label == "article" else 0 for label in chosen_labels]),
        2,
        _balanced(chosen_labels, groups),
        l2=l2,
    )
    article_weights = w[:, 1] - w[:, 0]
    article_bias = float(b[1] - b[0])
    scores = 1 / (1 + np.exp(-(z @ article_weights + article_bias)))
    article_scores = np.sort(scores[[label == "article" for label in labels]])
    allowed = math.floor(max_loss * len(article_scores))
    threshold = float(article_scores[allowed]) - 1e-6
    rest = [i for i, label in enumerate(labels) if label != "article"]
    kind_labels = [labels[i] for i in rest]
    kinds = [k for k in KINDS if k in set(kind_labels)]
    kw, kb = _softmax_fit(
        z[rest],
        np.array([kinds.index(k) for k in kind_labels]),
        len(kinds),
        _balanced(kind_labels, dict.fromkeys(kinds, 1.0)),
        l2=l2,
    )
    return Fitted(names, means, scales, article_weights, article_bias, threshold, kinds, kw.T, kb)


def summary(name: str, pages: list[Measured], fitted: Fitted) -> str:
    """How the fitted models do on one half: articles kept, each other type caught."""
    scored = [m for m in pages if m.features is not None]
    z = fitted.standardised(scored)
    scores = fitted.article_scores(z)
    kinds = z @ fitted.kind_weights.T + fitted.kind_bias
    kept: Counter[str] = Counter()
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for m, score, kind in zip(scored, scores, kinds, strict=True):
        total[m.page.page_type] += 1
        if score >= fitted.article_threshold:
            kept[m.page.page_type] += 1
        elif fitted.kinds[int(kind.argmax())] == m.page.page_type:
            right[m.page.page_type] += 1
    rows = [f"{name}: {len(scored)} pages with markup"]
    for kind in PAGE_TYPES:
        if total[kind]:
            share = kept[kind] / total[kind]
            rows.append(
                f"  {kind:<14} {total[kind]:>4}  kept as article {kept[kind]:>4} ({share:6.1%})"
                + (f"  typed right {right[kind]:>4}" if kind != "article" else "")
            )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument(
        "--cache", type=Path, help="keep the extracted pages in this file (outside the repository)"
    )
    parser.add_argument("--l2", type=float, default=30.0)
    parser.add_argument("--max-article-loss", type=float, default=0.005)
    parser.add_argument(
        "--negatives", default=",".join(NEGATIVES), help="the types the article model learns against"
    )
    parser.add_argument("--write", action="store_true", help="write the model file")
    args = parser.parse_args()
    measured = measure_all(args.data, cache=args.cache)
    negatives = tuple(args.negatives.split(","))
    fitted = fit(measured, l2=args.l2, max_loss=args.max_article_loss, negatives=negatives)
    counts = Counter(m.page.page_type for m in measured if m.page.half == "calibration")
    described = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    about = (
        f"Generated by bench/fit_pagetype.py on {date.today().isoformat()}: fitted on the calibration "
        f"half of the labelled development pages ({described}), the article model against "
        f"{', '.join(negatives)}, L2 {args.l2}; the article threshold lets at most "
        f"{args.max_article_loss:.2%} of that half's articles score below it. Features are "
        "standardised with the means and scales before the weights apply. Do not edit by hand."
    )
    if args.write:
        MODEL.write_text(fitted.to_json(about), encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}")
    for name, pages in reversed(list(by_half(measured))):
        print(summary(name, pages, fitted))


if __name__ == "__main__":
    main()
