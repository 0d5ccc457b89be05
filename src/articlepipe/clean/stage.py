"""The cleaning stage. In the extraction workers, per article and in parallel: the text
normalised, the quality filters, the near-duplicate signature. In the run's process:
the language (its model is too large to load in every worker), the language filter,
and the matching of duplicates (which needs every article seen so far).

A dropped article becomes ``Dropped`` with its reason; the run counts it, and writes it
to the rejected file when one is asked for. Nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from articlepipe.clean.quality import QualityRules, reject_reason, wrong_language
from articlepipe.models import Article

if TYPE_CHECKING:
    from articlepipe.clean.dedup import Duplicates

DEDUP_MODES = ("drop", "flag", "off")


@dataclass(frozen=True, slots=True)
class Dropped:
    """An article the cleaning stage left out, and why."""

    article: Article
    reason: str

    @property
    def url(self) -> str:
        """The article's URL."""
        return self.article.url

    def to_record(self) -> dict[str, object]:
        """The article's record with ``rejected_for`` added."""
        return {**self.article.to_record(), "rejected_for": self.reason}


@dataclass(frozen=True, slots=True)
class Signed:
    """An article from a worker with its near-duplicate signature already made."""

    article: Article
    signature: bytes | None

    @property
    def url(self) -> str:
        """The article's URL."""
        return self.article.url


def clean_in_worker(article: Article, normalise: bool = True) -> Article:
    """Per-article cleaning, run in the extraction worker: the text normalised."""
    if not normalise:
        return article
    # Imported here: ftfy loads in the workers, not in the run's process.
    from articlepipe.clean.normalise import normalise_article

    return normalise_article(article)


class Cleaner:
    """Quality filters, then duplicates (so pages dropped for quality never become
    anyone's original)."""

    def __init__(
        self, rules: QualityRules, *, quality: bool = True, dedup: str = "drop", threshold: float = 0.8
    ) -> None:
        if dedup not in DEDUP_MODES:
            raise ValueError(f"dedup must be one of {DEDUP_MODES}, not {dedup!r}")
        self.rules = rules
        self.quality = quality
        self.dedup = dedup
        self.threshold = threshold
        self._duplicates: Duplicates | None = None
        self._known: Callable[[], Iterable[tuple[str, str, bytes]]] | None = None

    @property
    def duplicates(self) -> Duplicates | None:
        """The duplicate finder, made when the first article needs it: datasketch takes
        0.4 s to import, which a run that extracts nothing (all 304) need not pay."""
        if self.dedup == "off":
            return None
        if self._duplicates is None:
            from articlepipe.clean.dedup import Duplicates

            self._duplicates = Duplicates(self.threshold)
            if self._known is not None:
                self._duplicates.load(self._known())
        return self._duplicates

    def remember(self, known: Callable[[], Iterable[tuple[str, str, bytes]]]) -> None:
        """Earlier runs' articles (id, text hash, signature), read when first needed."""
        self._known = known

    def new_signature(self, article_id: str) -> bytes | None:
        """The signature of an article this run kept, to persist with it."""
        if self._duplicates is None:
            return None
        return self._duplicates.new.pop(article_id, None)

    def __call__(self, record: Article | Signed) -> Article | Dropped:
        article, packed = (record.article, record.signature) if isinstance(record, Signed) else (record, None)
        # The language is detected here, once, not in every worker: the model takes
        # about 90 MB of memory in each process that loads it (0.7 ms per article).
        from articlepipe.clean.language import language_of

        article = replace(article, language=language_of(article.text, article.language))
        reason = reject_reason(article, self.rules) if self.quality else wrong_language(article, self.rules)
        if reason is not None:
            return Dropped(article, reason)
        duplicates = self.duplicates
        if duplicates is None:
            return article
        original = duplicates.original_of(article.id, article.text, article.content_hash, packed)
        if original is None:
            return article
        flagged = replace(article, duplicate_of=original)
        if self.dedup == "flag":
            return flagged
        exact = duplicates.is_exact(article.content_hash, original)
        return Dropped(flagged, "duplicate" if exact else "near-duplicate")
