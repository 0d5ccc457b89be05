"""Word shingles of a text: what near-duplicate signatures are made of."""

from __future__ import annotations

from articlepipe.extract.identity import normalised_for_hash

# Five-word shingles: long enough that unrelated texts share few, short enough that a
# changed headline or one added paragraph moves the similarity a little, not a lot.
SHINGLE_WORDS = 5


def shingles(text: str) -> list[bytes]:
    """The word shingles of ``text`` (case and spacing normalised), as bytes."""
    words = normalised_for_hash(text).split()
    if len(words) <= SHINGLE_WORDS:
        return [" ".join(words).encode()] if words else []
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)]
