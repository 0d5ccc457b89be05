"""Stable identifiers and fingerprints of an article."""

from __future__ import annotations

import hashlib
import unicodedata
from importlib.metadata import version
from urllib.parse import urlsplit

from articlepipe._version import __version__
from articlepipe.tokens import count_words

EXTRACTOR = f"articlepipe {__version__} / trafilatura {version('trafilatura')}"


def _digest(value: str) -> str:
    return hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def host_of(url: str) -> str | None:
    """The host of ``url``; ``None`` when it has none (a local file) or is malformed (a
    hostile WARC record's URL)."""
    try:
        return urlsplit(url).hostname or None
    except ValueError:
        return None


def article_id(canonical: str) -> str:
    """Stable id of an article: a hash of its canonical URL (or file URI for local input)."""
    return _digest(canonical.strip())


def normalised_for_hash(text: str) -> str:
    """The text as compared for exact duplicates: NFKC, case-folded, whitespace collapsed."""
    # split() parts at the white space r"\s" matches (both use str.isspace), without a pattern.
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    """Hash of the normalised text; equal for texts that differ only in case or spacing."""
    return _digest(normalised_for_hash(text))


def body_hash(body: bytes) -> str:
    """Hash of a raw response body: equal bodies need no second extraction."""
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def word_count(text: str) -> int:
    """Words in ``text``, in every script (``tokens.count_words``)."""
    return count_words(text)
