"""Word shingles of a text: what near-duplicate signatures are made of."""

from __future__ import annotations

from articlepipe.extract.identity import normalised_for_hash
from articlepipe.tokens import words

# Five-word shingles: long enough that unrelated texts share few, short enough that a
# changed headline or one added paragraph moves the similarity a little, not a lot. In
# scripts written without spaces a word is a character (``tokens.words``), so Chinese or
# Japanese texts are compared by five-character runs, not by whole sentences.
SHINGLE_WORDS = 5


def shingles(text: str) -> list[bytes]:
    """The word shingles of ``text`` (case and spacing normalised), as bytes."""
    found = words(normalised_for_hash(text))
    if len(found) <= SHINGLE_WORDS:
        return [" ".join(found).encode()] if found else []
    return [" ".join(found[i : i + SHINGLE_WORDS]).encode() for i in range(len(found) - SHINGLE_WORDS + 1)]
