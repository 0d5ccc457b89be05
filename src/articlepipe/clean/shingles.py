"""Word shingles of a text: what near-duplicate signatures are made of."""

from __future__ import annotations

from articlepipe.extract.identity import normalised_for_hash
from articlepipe.tokens import words

# Five-word shingles: long enough that unrelated texts share few, short enough that a
# changed headline or one added paragraph moves the similarity a little, not a lot. In
# scripts written without spaces a word is a character (``tokens.words``), so Chinese or
# Japanese texts are compared by five-character runs, not by whole sentences.
SHINGLE_WORDS = 5
# The signature is made from the start of the text: this many words, in at most this many
# characters. An article is far shorter; a 20 MB page of Chinese (20 million words, each a
# shingle) took 7 GB to sign in full. Two texts that share their first 100,000 words are
# copies whatever follows.
MAX_SHINGLED_WORDS = 100_000
MAX_SHINGLED_CHARS = 2_000_000


def shingles(text: str) -> list[bytes]:
    """The word shingles of ``text`` (case and spacing normalised), as bytes."""
    found = words(normalised_for_hash(text[:MAX_SHINGLED_CHARS]), MAX_SHINGLED_WORDS)
    if len(found) <= SHINGLE_WORDS:
        return [" ".join(found).encode()] if found else []
    return [" ".join(found[i : i + SHINGLE_WORDS]).encode() for i in range(len(found) - SHINGLE_WORDS + 1)]
