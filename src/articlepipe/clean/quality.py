"""Quality filters: which articles are not worth keeping, and why.

Each filter is a small pure function of the article returning a ``Verdict`` (a reason,
and the measured value behind it, such as ``prose_share 0.18 < 0.25``) or ``None``;
``verdict`` gives the first that applies. Text length is counted in words as
``tokens.count_words`` counts them, in every script alike.

The filters and their thresholds were measured on the labelled development pages, the
validation half apart from the calibration half they were chosen on
(``make bench-filters``; ``docs/filters.md`` has the table). A filter that dropped more
real articles there than it caught pages of other kinds is not on by default.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from articlepipe.models import Article
from articlepipe.tokens import count_words, words

_LIST_LINE = re.compile(r"^\s*(?:[-*+] |\d+[.)] |\|)")

# A text whose repeated prose paragraphs hold more than this share of its characters, or
# whose most frequent word trigram covers more than this share, is spam or a page
# template (the Gopher rules, Rae et al. 2021, use 0.2 for both). Chosen on the
# calibration half of the labelled development pages (docs/filters.md) as the lowest
# values at which no real article there is dropped (its highest: 0.38 and 0.22); on the
# validation half they drop no article and still catch pages the page
# type let through. The Gopher values dropped a real article of each half.
MAX_REPEATED_SHARE = 0.4
MAX_TOP_TRIGRAM_SHARE = 0.25
# Only paragraphs of prose count as repeated: a meal plan or a timetable repeats its short
# lines ("Eat every 2-3 hours" eighteen times in one real article of the development set).
MIN_REPEATED_WORDS = 10
# Below this many words the trigram share means nothing; past this many (the start of a
# page too long to be an article) it is measured on the first so many alone, so a huge
# page costs no more than a long article.
MIN_TRIGRAM_WORDS = 30
MAX_TRIGRAM_WORDS = 100_000
# At least this share of the words must be in prose paragraphs, not list items or table
# rows (a link list or a directory is no article). Not on by default: on the validation
# half it dropped more real articles (recipes, guides made of lists, data tables) than
# pages of other kinds, which the page type catches better (docs/filters.md).
MIN_PROSE_SHARE = 0.25

DEFAULT_PAGE_TYPES: frozenset[str] = frozenset({"article"})


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why an article is dropped: a short stable ``reason`` for counting, and the
    measured value behind it for a person (``detail``)."""

    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class QualityRules:
    """What the filters require."""

    min_words: int = 50
    languages: frozenset[str] = frozenset()  # empty: any language
    page_types: frozenset[str] = DEFAULT_PAGE_TYPES  # empty: any type
    repetitive: bool = True
    min_prose_share: float = 0.0  # 0: the prose filter is off


def wrong_page_type(article: Article, rules: QualityRules) -> Verdict | None:
    """A page whose type (``page_type``) the run does not keep."""
    if not rules.page_types or article.page_type in rules.page_types:
        return None
    detail = f"page type {article.page_type}, not {', '.join(sorted(rules.page_types))}"
    if article.page_type_evidence:
        detail += f": {article.page_type_evidence}"
    return Verdict(f"page-type:{article.page_type}", detail)


def too_short(article: Article, rules: QualityRules) -> Verdict | None:
    """Fewer words than ``min_words``."""
    if article.word_count < rules.min_words:
        return Verdict("too-short", f"words {article.word_count} < {rules.min_words}")
    return None


def wrong_language(article: Article, rules: QualityRules) -> Verdict | None:
    """A language the run does not keep."""
    if rules.languages and article.language not in rules.languages:
        wanted = ", ".join(sorted(rules.languages))
        return Verdict("wrong-language", f"language {article.language or 'unknown'}, not one of {wanted}")
    return None


def repeated_share(text: str) -> float:
    """The share of characters in prose paragraphs that occur more than once."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    total = sum(len(p) for p in paragraphs)
    if not total:
        return 0.0
    counts = Counter(paragraphs)
    return (
        sum(len(p) * (n - 1) for p, n in counts.items() if n > 1 and count_words(p) >= MIN_REPEATED_WORDS)
        / total
    )


def top_trigram_share(text: str) -> float:
    """The share of the text's word characters in its most frequent word trigram."""
    found = words(text[: MAX_TRIGRAM_WORDS * 20].lower(), MAX_TRIGRAM_WORDS)
    if len(found) < MIN_TRIGRAM_WORDS:
        return 0.0  # too short for the measure to mean anything
    trigrams = Counter(zip(found, found[1:], found[2:], strict=False))
    gram, count = trigrams.most_common(1)[0]
    return count * sum(len(w) for w in gram) / sum(len(w) for w in found) if count > 1 else 0.0


def repetitive(article: Article, rules: QualityRules) -> Verdict | None:
    """Paragraphs or phrases repeated over and over: spam, or a page template."""
    if not rules.repetitive:
        return None
    share = repeated_share(article.text)
    if share > MAX_REPEATED_SHARE:
        return Verdict("repetitive", f"repeated paragraphs {share:.2f} > {MAX_REPEATED_SHARE}")
    share = top_trigram_share(article.text)
    if share > MAX_TOP_TRIGRAM_SHARE:
        return Verdict("repetitive", f"top trigram share {share:.2f} > {MAX_TOP_TRIGRAM_SHARE}")
    return None


def prose_share(markdown: str) -> float:
    """The share of words in lines that are neither list items nor table rows."""
    prose = other = 0
    for line in markdown.splitlines():
        if not line.strip():
            continue
        found = count_words(line)
        if _LIST_LINE.match(line):
            other += found
        elif not line.lstrip().startswith("#"):
            prose += found
    return prose / (prose + other) if prose + other else 0.0


def too_little_prose(article: Article, rules: QualityRules) -> Verdict | None:
    """Mostly list items and table rows (with ``min_prose_share`` set)."""
    if not rules.min_prose_share:
        return None
    share = prose_share(article.markdown)
    if share < rules.min_prose_share:
        return Verdict("too-little-prose", f"prose_share {share:.2f} < {rules.min_prose_share}")
    return None


FILTERS: tuple[Callable[[Article, QualityRules], Verdict | None], ...] = (
    wrong_page_type,
    too_short,
    wrong_language,
    repetitive,
    too_little_prose,
)


def verdict(article: Article, rules: QualityRules) -> Verdict | None:
    """The first reason to drop ``article``, or ``None`` to keep it."""
    for rule in FILTERS:
        found = rule(article, rules)
        if found is not None:
            return found
    return None
