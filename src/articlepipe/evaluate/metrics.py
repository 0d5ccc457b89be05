"""Benchmark metrics: pure functions from (prediction, truth) text to scores.

Two benchmarks, each scored exactly as its README defines it:

- AEB (Scrapinghub/Zyte article-extraction-benchmark): multisets of word 4-gram
  shingles, per-page tp/fp/fn normalised by their sum, precision and recall averaged
  over pages, F1 from those two means, accuracy = exact token-list equality.
- WCXB (Web Content eXtraction Benchmark): lower-cased bag-of-words overlap, per-page
  precision/recall/F1 averaged over pages, plus must-have (``with``) and must-not-have
  (``without``) snippets, and title/author/date checks of the metadata.

One departure from both: invisible format characters (soft hyphen, zero-width space,
word joiner, BOM) are removed before tokenising. A reader does not see them, yet a soft
hyphen splits "avail\\u00adable" into two ``\\w+`` tokens, so a system that drops them (as
articlepipe's normalisation does) lost every such word against a ground truth that kept
them. Every system's text and the ground truth are treated alike; a page where both keep
such characters counts fewer, longer words than before, so its score can move a little.

Nothing here reads files or runs an extractor, so every number can be checked by hand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from articlepipe.clean.normalise import INVISIBLE

TOKEN = re.compile(r"\w+")  # str patterns are Unicode-aware: "é", "ß", digits all count
SHINGLE_SIZE = 4
# Joining words between names: "Ann Lee and Bo Chan" names the same people as
# ("Ann Lee", "Bo Chan"). ("&" is not a \w token, so it needs no entry.)
AUTHOR_JOINERS: frozenset[str] = frozenset({"and"})
_SPACE = re.compile(r"\s+")


def tokenize(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text``, case kept (invisible characters left out)."""
    return TOKEN.findall(INVISIBLE.sub("", text))


def words(text: str) -> list[str]:
    """The lower-cased ``\\w+`` tokens of ``text``: the WCXB tokenisation (invisible
    characters left out)."""
    return TOKEN.findall(INVISIBLE.sub("", text).lower())


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall; 0.0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean; 0.0 for no values (a benchmark with no scorable page)."""
    return sum(values) / len(values) if values else 0.0


# ---------------------------------------------------------------------------
# AEB: word 4-gram shingles
# ---------------------------------------------------------------------------


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles.

    A text shorter than ``size`` tokens yields one shorter shingle (the whole text), so
    a short text still has something to match; an empty text yields none.
    """
    return Counter(
        shingle for i in range(max(1, len(tokens) - size + 1)) if (shingle := tuple(tokens[i : i + size]))
    )


@dataclass(frozen=True, slots=True)
class AebPageScore:
    """One page's shingle counts, normalised so that tp + fp + fn == 1 (unless all are 0)."""

    tp: float
    fp: float
    fn: float
    exact: bool

    # The "tp + fp > 0" filter comes first: an empty prediction (no shingles) has no
    # precision and is left out of the precision mean, but scores 0 recall.
    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), 1.0 if fp = fn = 0; None (not averaged) if tp + fp = 0."""
        if self.tp + self.fp == 0:
            return None
        return 1.0 if self.fp == 0 and self.fn == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), 1.0 if fp = fn = 0; None (not averaged) if tp + fn = 0."""
        if self.tp + self.fn == 0:
            return None
        return 1.0 if self.fp == 0 and self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """This page's own F1, for ranking the worst pages (missing parts count as 0)."""
        return harmonic_mean(self.precision or 0.0, self.recall or 0.0)


def aeb_page_score(predicted: str, truth: str) -> AebPageScore:
    """Score one page's predicted article body against the ground truth."""
    pred_tokens, true_tokens = tokenize(predicted), tokenize(truth)
    pred, true = shingles(pred_tokens), shingles(true_tokens)
    tp = sum((pred & true).values())
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    total = tp + fp + fn or 1  # both texts empty: all three stay 0
    return AebPageScore(tp / total, fp / total, fn / total, pred_tokens == true_tokens)


@dataclass(frozen=True, slots=True)
class AebScores:
    """AEB figures over a set of pages."""

    pages: int
    precision: float
    recall: float
    f1: float
    accuracy: float


def aggregate_aeb(page_scores: Sequence[AebPageScore]) -> AebScores:
    """Means over pages as the AEB README defines them; F1 comes from the two means."""
    precisions = [p for s in page_scores if (p := s.precision) is not None]
    recalls = [r for s in page_scores if (r := s.recall) is not None]
    precision, recall = mean(precisions), mean(recalls)
    return AebScores(
        pages=len(page_scores),
        precision=precision,
        recall=recall,
        f1=harmonic_mean(precision, recall),
        accuracy=mean([1.0 if s.exact else 0.0 for s in page_scores]),
    )


def aeb_scores(pairs: Iterable[tuple[str, str]]) -> AebScores:
    """AEB figures for ``(predicted, truth)`` article-body pairs, one per page."""
    return aggregate_aeb([aeb_page_score(predicted, truth) for predicted, truth in pairs])


# ---------------------------------------------------------------------------
# WCXB: bag of words, snippets, metadata
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BagOfWordsScore:
    """One page's WCXB body score."""

    precision: float
    recall: float
    f1: float


def wcxb_page_score(predicted: str, truth: str) -> BagOfWordsScore:
    """Bag-of-words precision, recall and F1 of one page (lower-cased ``\\w+`` tokens).

    An empty prediction scores 0; an empty prediction of an empty reference scores 1.
    """
    pred, true = Counter(words(predicted)), Counter(words(truth))
    n_pred, n_true = pred.total(), true.total()
    if n_pred == 0:
        score = 1.0 if n_true == 0 else 0.0
        return BagOfWordsScore(score, score, score)
    overlap = (pred & true).total()
    precision = overlap / n_pred
    recall = overlap / n_true if n_true else 0.0
    return BagOfWordsScore(precision, recall, harmonic_mean(precision, recall))


def _flat(text: str) -> str:
    # Case-insensitive as the README asks; whitespace runs are collapsed too, because
    # extractors lay out line breaks differently and a snippet that spans one is still
    # in the text.
    return _SPACE.sub(" ", INVISIBLE.sub("", text)).strip().lower()


def snippets_in(text: str, snippets: Iterable[str]) -> tuple[str, ...]:
    """The ``snippets`` that occur in ``text`` (case-insensitive substring match)."""
    haystack = _flat(text)
    return tuple(s for s in snippets if _flat(s) and _flat(s) in haystack)


def title_matches(predicted: str, truth: str) -> bool:
    """Whether two titles are the same, case and punctuation aside."""
    return words(predicted) == words(truth)


def author_matches(predicted: Sequence[str], truth: str) -> bool:
    """Whether the predicted author names are the ground-truth author string.

    True if the names, joined, have the same lower-cased ``\\w+`` tokens in order
    (case and punctuation aside), or the same set of tokens once joining words ("and")
    are dropped: ``["Ann Lee", "Bo Chan"]`` matches "Ann Lee and Bo Chan" and
    ``["Lee, Ann"]`` matches "Ann Lee".
    """
    ours, theirs = words(" ".join(predicted)), words(truth)
    if not ours or not theirs:
        return False
    return ours == theirs or set(ours) - AUTHOR_JOINERS == set(theirs) - AUTHOR_JOINERS


def date_matches(predicted: str | None, truth: str) -> bool:
    """Whether a predicted ISO date falls on the ground-truth date (``YYYY-MM-DD``)."""
    if not predicted:
        return False
    return predicted[:10] == truth.strip()[:10]


@dataclass(frozen=True, slots=True)
class WcxbScores:
    """WCXB figures over a set of pages.

    Body figures are means over the ``pages`` that have a reference body; snippet
    figures are shares of all snippets; metadata figures are shares of the pages whose
    ground truth has that field.
    """

    pages: int
    f1: float
    precision: float
    recall: float
    with_found: float
    without_leaked: float
    title: float
    author: float
    date: float
    with_total: int
    without_total: int
    title_pages: int
    author_pages: int
    date_pages: int


@dataclass(frozen=True, slots=True)
class WcxbPage:
    """One page's WCXB results; None where the ground truth has nothing to check."""

    body: BagOfWordsScore | None
    with_found: int
    with_total: int
    leaked: tuple[str, ...]
    without_total: int
    title: bool | None
    author: bool | None
    date: bool | None


def wcxb_page(
    text: str,
    title: str,
    authors: Sequence[str],
    published: str | None,
    *,
    truth_body: str | None,
    truth_title: str | None,
    truth_author: str | None,
    truth_date: str | None,
    with_: Sequence[str] = (),
    without: Sequence[str] = (),
) -> WcxbPage:
    """Score one page's prediction (body text and metadata) against its ground truth.

    A ``truth_body`` of None means the benchmark has no reference body for the page
    (not an empty one), so the page is left out of the body means.
    """
    return WcxbPage(
        body=None if truth_body is None else wcxb_page_score(text, truth_body),
        with_found=len(snippets_in(text, with_)),
        with_total=len(with_),
        leaked=snippets_in(text, without),
        without_total=len(without),
        title=title_matches(title, truth_title) if truth_title else None,
        author=author_matches(authors, truth_author) if truth_author else None,
        date=date_matches(published, truth_date) if truth_date else None,
    )


def _share(flags: Iterable[bool | None]) -> tuple[float, int]:
    checked = [flag for flag in flags if flag is not None]
    return mean([1.0 if flag else 0.0 for flag in checked]), len(checked)


def aggregate_wcxb(pages: Sequence[WcxbPage]) -> WcxbScores:
    """WCXB figures: means of per-page body scores, pooled snippet shares, metadata shares."""
    bodies = [p.body for p in pages if p.body is not None]
    with_total = sum(p.with_total for p in pages)
    without_total = sum(p.without_total for p in pages)
    title, title_pages = _share(p.title for p in pages)
    author, author_pages = _share(p.author for p in pages)
    date, date_pages = _share(p.date for p in pages)
    return WcxbScores(
        pages=len(bodies),
        f1=mean([b.f1 for b in bodies]),
        precision=mean([b.precision for b in bodies]),
        recall=mean([b.recall for b in bodies]),
        with_found=sum(p.with_found for p in pages) / with_total if with_total else 0.0,
        without_leaked=sum(len(p.leaked) for p in pages) / without_total if without_total else 0.0,
        title=title,
        author=author,
        date=date,
        with_total=with_total,
        without_total=without_total,
        title_pages=title_pages,
        author_pages=author_pages,
        date_pages=date_pages,
    )
