"""Near-duplicate signatures made in the extraction workers without datasketch.

Hand-written on purpose, and small: it computes exactly what datasketch's ``MinHash``
(scheme "affine32", seed 1: SHA-1 of each shingle, the MurmurHash3 finalizer, then
``a * h + b`` modulo 2^32 for 128 seeded odd ``a``) would, so the run's process matches
these signatures with datasketch's LSH. Importing datasketch (with numpy and scipy)
costs about 55 MB in every worker; this needs numpy only. ``tests/test_clean.py`` checks
the values equal datasketch's.
"""

from __future__ import annotations

import hashlib
import struct
from functools import cache

import numpy as np

from articlepipe.clean.shingles import shingles

NUM_PERM = 128
SEED = 1
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    mixed: np.ndarray = values ^ (values >> s3)
    return mixed


# Shingles permuted at a time: the matrix is this many rows by ``num_perm``, so memory
# stays a few megabytes however many shingles a text has.
CHUNK_ROWS = 8192


def hashvalues(shingles: list[bytes], num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash values (uint32) of ``shingles``, as datasketch computes them."""
    a, b = _permutations(num_perm, SEED)
    hashed = np.array(
        [struct.unpack("<I", hashlib.sha1(s).digest()[:4])[0] for s in set(shingles)], dtype=np.uint32
    ).reshape(-1, 1)
    minimum = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    with np.errstate(over="ignore"):  # the arithmetic is meant to wrap modulo 2^32
        for start in range(0, len(hashed), CHUNK_ROWS):
            permuted = _fmix32(hashed[start : start + CHUNK_ROWS]) * a + b
            np.minimum(minimum, permuted.min(axis=0), out=minimum)
    return minimum


def pack(text: str, num_perm: int = NUM_PERM) -> bytes | None:
    """``text``'s signature as bytes (uint64 values, the format the state store keeps),
    or ``None`` for an empty text."""
    found = shingles(text)
    if not found:
        return None
    return hashvalues(found, num_perm).astype(np.uint64).tobytes()
