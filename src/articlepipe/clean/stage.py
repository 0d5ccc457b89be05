"""The cleaning stage. In the extraction workers, per article and in parallel: the text
normalised, its language detected, the quality filters (the language filter among
them), the near-duplicate signature. In the run's process: the matching of duplicates,
which needs every article seen so far.

A dropped article becomes ``Dropped`` with its reason and the measured value behind it;
the run counts it and writes it to the rejected file (on by default). Nothing is dropped
silently.

One row per article: a page whose id (its canonical URL) this run already let through is
a ``same-url`` duplicate of it, whatever its text; a page whose text equals an earlier
article's is a ``duplicate``, one whose text is nearly the same a ``near-duplicate``. The
three are dropped (``--dedup drop``), or written with ``duplicate_of`` (``flag``), or not
looked for (``off``). ``Cleaner.judge`` decides this for both engines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from articlepipe.clean.quality import QualityRules, verdict, wrong_language
from articlepipe.models import Article

if TYPE_CHECKING:
    from articlepipe.clean.dedup import Duplicates

DEDUP_MODES = ("drop", "flag", "off")


@dataclass(frozen=True, slots=True)
class Dropped:
    """An article the cleaning stage left out, why (``reason``, a short code), and the
    measured value behind it (``detail``)."""

    article: Article
    reason: str
    detail: str = ""

    @property
    def url(self) -> str:
        """The article's URL."""
        return self.article.url

    def to_record(self) -> dict[str, object]:
        """The article's record with ``rejected_for`` (the reason) and ``rejected_detail``."""
        return {**self.article.to_record(), "rejected_for": self.reason, "rejected_detail": self.detail}


@dataclass(frozen=True, slots=True)
class Signed:
    """An article from a worker with its near-duplicate signature already made."""

    article: Article
    signature: bytes | None

    @property
    def url(self) -> str:
        """The article's URL."""
        return self.article.url


def clean_in_worker(
    article: Article,
    *,
    normalise: bool = True,
    rules: QualityRules | None = None,
    quality: bool = True,
    sign: bool = False,
) -> Article | Signed | Dropped:
    """Per-article cleaning, run in the extraction worker: the text normalised, the
    language detected, then the quality filters of ``rules`` (with ``quality`` off, only
    its language filter). With ``sign``, the near-duplicate signature comes back with
    the article as ``Signed``."""
    # Imported here: the run's own process never loads ftfy or the language model.
    from articlepipe.clean.language import language_of
    from articlepipe.clean.normalise import normalise_article

    if normalise:
        article = normalise_article(article)
    article = replace(article, language=language_of(article.text, article.language))
    rules = rules if rules is not None else QualityRules()
    found = verdict(article, rules) if quality else wrong_language(article, rules)
    if found is not None:
        return Dropped(article, found.reason, found.detail)
    if not sign:
        return article
    from articlepipe.clean.minhash import pack

    return Signed(article, pack(article.text))


@dataclass(frozen=True, slots=True)
class Copy:
    """An article that copies another: ``same-url``, ``duplicate`` or ``near-duplicate``;
    the id of the one it copies; and the measured value behind it."""

    reason: str
    original: str
    detail: str


class Cleaner:
    """The run-level cleaning: each article is checked against the ones seen before it
    (this run's, and earlier runs' once ``remember`` is given them); a copy is dropped or
    flagged with ``duplicate_of``."""

    def __init__(self, *, dedup: str = "drop", threshold: float = 0.8) -> None:
        if dedup not in DEDUP_MODES:
            raise ValueError(f"dedup must be one of {DEDUP_MODES}, not {dedup!r}")
        self.dedup = dedup
        self.threshold = threshold
        self._duplicates: Duplicates | None = None
        self._known: Callable[[], Iterable[tuple[str, str, bytes]]] | None = None
        self._let_through: set[str] = set()  # ids of the articles this run writes

    @property
    def duplicates(self) -> Duplicates | None:
        """The duplicate finder, made when first needed: datasketch takes 0.5 s to
        import, which a run that extracts nothing (all 304) need not pay."""
        if self.dedup == "off":
            return None
        if self._duplicates is None:
            from articlepipe.clean.dedup import Duplicates

            self._duplicates = Duplicates(self.threshold)
            if self._known is not None:
                self._duplicates.load(self._known())
        return self._duplicates

    def prepare(self) -> None:
        """Make the duplicate finder now (a run calls this while its workers start, so
        the import overlaps their loading instead of taking CPU time from them)."""
        _ = self.duplicates

    def remember(self, known: Callable[[], Iterable[tuple[str, str, bytes]]]) -> None:
        """Earlier runs' articles (id, text hash, signature), read when first needed."""
        self._known = known

    def new_signature(self, article_id: str) -> bytes | None:
        """The signature of an article this run kept, to persist with it."""
        if self._duplicates is None:
            return None
        return self._duplicates.new.pop(article_id, None)

    def judge(self, article_id: str, content_hash: str, text: str, signature: bytes | None) -> Copy | None:
        """Whether the article ``article_id`` (its text, or the text's hash and
        signature) copies one this run let through or an earlier run kept; ``None``
        when it is an original (or ``dedup`` is off). Both engines decide here, for each
        article in reading order."""
        duplicates = self.duplicates
        if duplicates is None:
            return None
        if article_id in self._let_through:
            copy: Copy | None = Copy("same-url", article_id, "its id (canonical URL) was written already")
        else:
            match = duplicates.original_of(article_id, text, content_hash, signature)
            if match is None:
                copy = None
            elif match.similarity is None:
                copy = Copy("duplicate", match.original, f"the same text as {match.original}")
            else:
                copy = Copy(
                    "near-duplicate",
                    match.original,
                    f"similarity {match.similarity:.2f} >= {self.threshold} to {match.original}",
                )
        if copy is None or self.dedup == "flag":
            self._let_through.add(article_id)
        return copy

    def __call__(self, record: Article | Signed) -> Article | Dropped:
        article, packed = (record.article, record.signature) if isinstance(record, Signed) else (record, None)
        copy = self.judge(article.id, article.content_hash, article.text, packed)
        if copy is None:
            return article
        flagged = replace(article, duplicate_of=copy.original)
        if self.dedup == "flag":
            return flagged
        return Dropped(flagged, copy.reason, copy.detail)
