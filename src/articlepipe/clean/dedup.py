"""Exact and near-duplicate articles: by text hash, and by MinHash LSH (datasketch) on
word shingles.

The first article seen is kept; a later one whose text hash matches, or whose estimated
Jaccard similarity to an earlier one is at least ``threshold``, is its duplicate. LSH
only proposes candidates; each is confirmed on the two signatures before an article is
called a duplicate, which keeps precision high.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from articlepipe.clean.shingles import shingles

NUM_PERM = 128
DEFAULT_THRESHOLD = 0.8
LSH_MARGIN = 0.15
# A 128-value MinHash estimates Jaccard with a standard error of about 0.03 near 0.85;
# confirming at the threshold less this keeps a true 0.85 pair from being missed one
# time in twenty, while unrelated articles (Jaccard near 0) stay far below.
ESTIMATE_SLACK = 0.05
# The hashing scheme of the signatures this datasketch makes; stored ones are rebuilt
# with it.
SCHEME = MinHash(num_perm=1).scheme
SEED = 1  # datasketch's default seed, which every signature here is made with


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash | None:
    """The MinHash of ``text``'s shingles (``None`` for an empty text)."""
    found = shingles(text)
    if not found:
        return None
    minhash = MinHash(num_perm=num_perm)
    minhash.update_batch(found)
    return minhash


@dataclass(frozen=True, slots=True)
class Match:
    """The earlier article a text duplicates: its id, and the estimated Jaccard
    similarity of the two (``None``: the same text, by its hash)."""

    original: str
    similarity: float | None = None


class Duplicates:
    """Remembers the articles seen (in this run, and ``load``-ed from earlier runs) and
    tells a new one's original."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        # The index is built for a lower threshold than the one confirmed, so pairs just
        # above it are not missed by LSH's banding (a pair at 0.85 is a candidate at a
        # 0.8 setting only about four times in five).
        self._lsh = MinHashLSH(threshold=max(0.5, threshold - LSH_MARGIN), num_perm=num_perm)
        self._signatures: dict[str, LeanMinHash] = {}
        self._hashes: dict[str, str] = {}  # content hash -> first id
        self.new: dict[str, bytes] = {}  # signatures added since load, for persisting

    @staticmethod
    def _unpack(packed: bytes) -> LeanMinHash:
        # LeanMinHash: a MinHash rebuilt from its values without its permutations (a
        # full one would regenerate them, 0.4 ms each).
        return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(packed, dtype=np.uint64), scheme=SCHEME)

    def load(self, known: Iterable[tuple[str, str, bytes]]) -> None:
        """Add earlier runs' articles: (id, content hash, signature as bytes)."""
        for article_id, text_hash, packed in known:
            self._hashes.setdefault(text_hash, article_id)
            self._remember(article_id, self._unpack(packed))

    def original_of(
        self, article_id: str, text: str, text_hash: str, packed: bytes | None = None
    ) -> Match | None:
        """The earlier article that ``article_id`` duplicates, or ``None`` (and then it is
        remembered as an original). ``packed`` is the text's signature when a worker
        process has made it already (``pack``). An earlier article of the same id is not
        a duplicate: it is this article's earlier version, which it updates."""
        first = self._hashes.get(text_hash)
        if first is not None and first != article_id:
            return Match(first)
        minhash = self._unpack(packed) if packed else signature(text, self.num_perm)
        if minhash is None:
            return None
        for candidate in self._lsh.query(minhash):
            if candidate == article_id:
                continue
            similarity = float(self._signatures[candidate].jaccard(minhash))
            if similarity >= self.threshold - ESTIMATE_SLACK:
                return Match(str(candidate), similarity)
        self._hashes.setdefault(text_hash, article_id)
        if article_id not in self._signatures:
            self._remember(article_id, minhash)
            self.new[article_id] = minhash.hashvalues.astype(np.uint64).tobytes()
        return None

    def _remember(self, article_id: str, minhash: MinHash | LeanMinHash) -> None:
        if article_id in self._signatures:
            return
        # Kept lean: the values only, not a full MinHash's 2 KB of permutations.
        lean = minhash if isinstance(minhash, LeanMinHash) else LeanMinHash(minhash)
        self._signatures[article_id] = lean
        self._lsh.insert(article_id, lean)
