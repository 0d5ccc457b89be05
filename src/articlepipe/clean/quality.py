"""Quality filters: which articles are not worth keeping, and why.

Each filter is a small pure function of the article returning a reason or ``None``;
``reject_reason`` gives the first that applies. Thresholds are calibrated on the bundled
fixtures and the Gopher rules (Rae et al., 2021) they follow.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from articlepipe.models import Article

_LIST_LINE = re.compile(r"^\s*(?:[-*+] |\d+[.)] |\|)")
_WORD = re.compile(r"\w+")

# A text whose repeated paragraphs hold this share of its characters is boilerplate
# or spam (Gopher: 0.2 for duplicate paragraphs; the looser value keeps articles with
# a repeated pull quote).
MAX_REPEATED_SHARE = 0.3
# ... or whose most frequent word trigram covers this share of its characters.
MAX_TOP_TRIGRAM_SHARE = 0.2
# At least this share of the words must be in prose paragraphs, not list items or
# table rows (a link list or a directory page is no article).
MIN_PROSE_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class QualityRules:
    """What the filters require."""

    min_words: int = 50
    languages: frozenset[str] = frozenset()  # empty: any language


def not_an_article(article: Article, rules: QualityRules) -> str | None:
    return None if article.is_article else "not-an-article"


def too_short(article: Article, rules: QualityRules) -> str | None:
    return "too-short" if article.word_count < rules.min_words else None


def wrong_language(article: Article, rules: QualityRules) -> str | None:
    if rules.languages and article.language not in rules.languages:
        return "wrong-language"
    return None


def repeated_share(text: str) -> float:
    """The share of characters in paragraphs that occur more than once."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    total = sum(len(p) for p in paragraphs)
    if not total:
        return 0.0
    counts = Counter(paragraphs)
    return sum(len(p) * (n - 1) for p, n in counts.items() if n > 1) / total


def top_trigram_share(text: str) -> float:
    """The share of the text's word characters in its most frequent word trigram."""
    words = _WORD.findall(text.lower())
    if len(words) < 30:
        return 0.0  # too short for the measure to mean anything
    trigrams = Counter(zip(words, words[1:], words[2:], strict=False))
    gram, count = trigrams.most_common(1)[0]
    return count * sum(len(w) for w in gram) / sum(len(w) for w in words) if count > 1 else 0.0


def repetitive(article: Article, rules: QualityRules) -> str | None:
    text = article.text
    if repeated_share(text) > MAX_REPEATED_SHARE or top_trigram_share(text) > MAX_TOP_TRIGRAM_SHARE:
        return "repetitive"
    return None


def prose_share(markdown: str) -> float:
    """The share of words in lines that are neither list items nor table rows."""
    prose = other = 0
    for line in markdown.splitlines():
        words = len(line.split())
        if _LIST_LINE.match(line):
            other += words
        elif not line.lstrip().startswith("#"):
            prose += words
    return prose / (prose + other) if prose + other else 0.0


def too_little_prose(article: Article, rules: QualityRules) -> str | None:
    return "too-little-prose" if prose_share(article.markdown) < MIN_PROSE_SHARE else None


FILTERS: tuple[Callable[[Article, QualityRules], str | None], ...] = (
    not_an_article,
    too_short,
    wrong_language,
    repetitive,
    too_little_prose,
)


def reject_reason(article: Article, rules: QualityRules) -> str | None:
    """The first reason to drop ``article``, or ``None`` to keep it."""
    for rule in FILTERS:
        reason = rule(article, rules)
        if reason is not None:
            return reason
    return None
