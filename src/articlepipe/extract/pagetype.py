"""What kind of page is this: an article, or a listing, collection, product, service,
forum, documentation or error page?

Error pages are found by a rule: an HTTP error status, or a title or headline saying the
page is not there over a short body. Every other page is scored by two small linear
models over generic features of its markup and its extracted text (``features``): one
says whether it is an article, the other, for a page that is not, which kind it is.
Their weights and the article threshold live in ``pagetype_model.json``, fitted by
``bench/fit_pagetype.py`` on the calibration half of about 1,600 labelled pages and
measured on the other half (``docs/filters.md``); the threshold is set so that real
articles are almost never called anything else, because a page type that is not kept
drops the page.

A text dump (no markup) has only its text to go by: it is an article when it holds
enough running prose.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from importlib.resources import files
from urllib.parse import unquote, urlsplit

from articlepipe.extract.pagesignals import PageSignals
from articlepipe.extract.pagetype_data import (
    CUT_OFF,
    ERROR_PHRASE,
    INDEX_SEGMENTS,
    LIST_LINE,
    OG_FAMILIES,
    PRICE,
    SCHEMA_FAMILIES,
    SENTENCE_END,
    TAXONOMY_SEGMENTS,
)
from articlepipe.tokens import count_words

# A paragraph of at least this many words is running prose; headlines, menu entries and
# teaser titles are shorter.
PROSE_PARAGRAPH_WORDS = 10
# A paragraph of this many words is a long one: articles have several, listings few.
LONG_PARAGRAPH_WORDS = 40
# ... and one of this many is a page's text run together (a listing flattened into one
# block), which an article's paragraph hardly ever is.
RUN_TOGETHER_WORDS = 300
# An error page says so over a short body: longer bodies that use the words are prose.
MAX_ERROR_WORDS = 150
# A text dump is an article when it holds this many words of prose (see ``_text_kind``).
MIN_DUMP_PROSE_WORDS = 40

_NUMERIC_SEGMENT = re.compile(r"\d{3,}")
# The markup counts (``MarkupCounts``) the models read.
_MARKUP_COUNTS = (
    "headings",
    "linked_headings",
    "code_blocks",
    "times",
    "inputs",
    "pagination",
    "commerce",
    "discussion",
)
# Features that are counts, kept as log(1 + count).
_COUNTED = frozenset(
    (
        "words",
        "paragraphs",
        "long_paragraphs",
        "prices",
        "slug_words",
        "path_depth",
        "cards",
        "headline_words",
        "headlines",
        *_MARKUP_COUNTS,
    )
)
_URL_FEATURES = ("has_url", "slug_words", "path_depth", "numeric_path", "root_path", "index_path")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Model:
    """The two fitted models (``pagetype_model.json``, written by ``bench/fit_pagetype.py``)."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    article_weights: tuple[float, ...]
    article_bias: float
    article_threshold: float
    kinds: tuple[str, ...]
    kind_weights: tuple[tuple[float, ...], ...]
    kind_bias: tuple[float, ...]

    @classmethod
    def load(cls) -> Model:
        """The model shipped with the package."""
        raw = json.loads(files("articlepipe.extract").joinpath("pagetype_model.json").read_text("utf-8"))
        return cls(
            features=tuple(raw["features"]),
            means=tuple(raw["means"]),
            scales=tuple(raw["scales"]),
            article_weights=tuple(raw["article_weights"]),
            article_bias=float(raw["article_bias"]),
            article_threshold=float(raw["article_threshold"]),
            kinds=tuple(raw["kinds"]),
            kind_weights=tuple(tuple(row) for row in raw["kind_weights"]),
            kind_bias=tuple(raw["kind_bias"]),
        )


MODEL = Model.load()


@dataclass(frozen=True, slots=True)
class PageKind:
    """A page's type and, for a person, what it was decided on."""

    type: str
    evidence: str = ""


def _text_features(text: str, markdown: str) -> dict[str, float]:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    counts = [count_words(p) for p in paragraphs]
    total = sum(counts)
    n = len(paragraphs)
    # The markdown holds the same words as the text; only its list items, table rows and
    # headings are counted apart.
    list_words = table_words = headings = 0
    for line in markdown.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("#"):
            headings += 1
        elif stripped.startswith("|"):
            table_words += count_words(line)
        elif LIST_LINE.match(line):
            list_words += count_words(line)
    return {
        "words": math.log1p(total),
        "paragraphs": math.log1p(n),
        "long_paragraphs": math.log1p(sum(1 for c in counts if c >= LONG_PARAGRAPH_WORDS)),
        "prose_share": sum(c for c in counts if c >= PROSE_PARAGRAPH_WORDS) / total if total else 0.0,
        "run_together_share": sum(c for c in counts if c >= RUN_TOGETHER_WORDS) / total if total else 0.0,
        "sentence_share": sum(1 for p in paragraphs if SENTENCE_END.search(p)) / n if n else 0.0,
        "cutoff_share": sum(1 for p in paragraphs if CUT_OFF.search(p)) / n if n else 0.0,
        "list_share": min(1.0, list_words / total) if total else 0.0,
        "table_share": min(1.0, table_words / total) if total else 0.0,
        "heading_rate": headings / n if n else 0.0,
        "prices": math.log1p(len(PRICE.findall(text))),
    }


def _url_features(url: str) -> dict[str, float]:
    if not url:
        return dict.fromkeys(
            ("has_url", "slug_words", "path_depth", "numeric_path", "root_path", "index_path"), 0.0
        )
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = urlsplit("")
    path = unquote(parts.path)
    segments = [s.casefold() for s in path.split("/") if s]
    last = _EXTENSION.sub("", segments[-1]) if segments else ""
    slug = [w for w in re.split(r"[-_+]", last) if w]
    return {
        "has_url": 1.0,
        "slug_words": math.log1p(len(slug)),
        "path_depth": math.log1p(len(segments)),
        "numeric_path": 1.0 if _NUMERIC_SEGMENT.search(path) else 0.0,
        "root_path": 1.0 if not segments and not parts.query else 0.0,
        # "/news", "/category/science/": a taxonomy's own page, not a story under it.
        "index_path": 1.0 if last in INDEX_SEGMENTS or TAXONOMY_SEGMENTS.intersection(segments[-2:]) else 0.0,
    }


def features(
    signals: PageSignals, text: str, markdown: str, *, dated: bool, authored: bool
) -> dict[str, float]:
    """The features both models read, by name (``Model.features`` are the ones used)."""
    found = _text_features(text, markdown)
    found.update(_url_features(signals.url))
    for family, types in SCHEMA_FAMILIES.items():
        found[f"schema_{family}"] = 1.0 if signals.schema_types & types else 0.0
    for family, values in OG_FAMILIES.items():
        found[f"og_{family}"] = 1.0 if signals.og_type in values else 0.0
    found["og_none"] = 0.0 if signals.og_type else 1.0
    found["declares_published"] = 1.0 if signals.declares_published else 0.0
    found["dated"] = 1.0 if dated else 0.0
    found["authored"] = 1.0 if authored else 0.0
    found["card_share"] = signals.card_share
    found["link_share"] = signals.link_share
    found["page_link_share"] = signals.markup.link_share
    found["cards"] = math.log1p(signals.cards)
    # An article's headline is a sentence; an index page's is a name ("News", "Recipes").
    headline = signals.headlines[0] if signals.headlines else signals.title
    found["headline_words"] = math.log1p(count_words(headline))
    found["headlines"] = math.log1p(len(signals.headlines))
    for name in _MARKUP_COUNTS:
        found[name] = math.log1p(getattr(signals.markup, name))
    return found


def _standardised(found: dict[str, float], model: Model) -> list[float]:
    return [
        (found.get(name, 0.0) - mean) / scale
        for name, mean, scale in zip(model.features, model.means, model.scales, strict=True)
    ]


def article_score(found: dict[str, float], model: Model = MODEL) -> tuple[float, list[tuple[float, str]]]:
    """The article model's probability that the page is an article, and each feature's
    pull on it (negative: away from article)."""
    x = _standardised(found, model)
    pulls = [(w * v, name) for w, v, name in zip(model.article_weights, x, model.features, strict=True)]
    z = model.article_bias + sum(p for p, _ in pulls)
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z)))), pulls


def other_kind(found: dict[str, float], model: Model = MODEL) -> str:
    """The likeliest non-article type of a page the article model turned down."""
    x = _standardised(found, model)
    scores = [
        bias + sum(w * v for w, v in zip(weights, x, strict=True))
        for weights, bias in zip(model.kind_weights, model.kind_bias, strict=True)
    ]
    return model.kinds[max(range(len(scores)), key=scores.__getitem__)]


def _declares_article(signals: PageSignals) -> bool:
    return (
        bool(signals.schema_types & SCHEMA_FAMILIES["article"]) or signals.og_type in OG_FAMILIES["article"]
    )


def _error_kind(signals: PageSignals, text: str) -> PageKind | None:
    if signals.status is not None and signals.status >= 400:
        return PageKind("error", f"HTTP status {signals.status}")
    words = count_words(text)
    # A page whose markup declares an article and its publication date is one, whatever
    # its headline says ("Access denied: reporters barred from the summit"). A date read
    # off the URL does not count: a site's "not found" page at an old story's address has
    # one, and templates that call every page an article are common.
    if words > MAX_ERROR_WORDS or (signals.declares_published and _declares_article(signals)):
        return None
    first_line = text.strip().split("\n", 1)[0][:200]
    for line in (signals.title, *signals.headlines, first_line):
        match = ERROR_PHRASE.search(line)
        if match:
            return PageKind("error", f"says {match.group()!r} over a body of {words} words")
    return None


def _text_kind(text: str) -> PageKind:
    """A text dump: an article when enough of it is prose paragraphs."""
    prose = sum(c for c in (count_words(p) for p in text.split("\n\n")) if c >= PROSE_PARAGRAPH_WORDS)
    if prose >= MIN_DUMP_PROSE_WORDS:
        return PageKind("article")
    return PageKind("listing", f"prose words {prose} < {MIN_DUMP_PROSE_WORDS}")


def _shown(name: str, value: float) -> str:
    """A feature's value as a person reads it: a count, not its logarithm."""
    if name in _COUNTED:
        return f"{name} {round(math.expm1(value))}"
    return f"{name} {value:.2f}"


def _evidence(score: float, pulls: list[tuple[float, str]], found: dict[str, float]) -> str:
    against = sorted(pulls)[:3]
    reasons = ", ".join(_shown(name, found.get(name, 0.0)) for _, name in against)
    return f"article score {score:.2f} < {MODEL.article_threshold:.2f} (most against: {reasons})"


def classify(
    signals: PageSignals | None, text: str, markdown: str, *, dated: bool = False, authored: bool = False
) -> PageKind:
    """The type of a page (``signals`` ``None``: a text dump) and the evidence for it."""
    if signals is None:
        return _text_kind(text)
    error = _error_kind(signals, text)
    if error is not None:
        return error
    found = features(signals, text, markdown, dated=dated, authored=authored)
    score, pulls = article_score(found)
    if score >= MODEL.article_threshold:
        return PageKind("article")
    return PageKind(other_kind(found), _evidence(score, pulls, found))
