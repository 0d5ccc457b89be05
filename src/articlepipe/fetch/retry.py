"""When to try a request again, and how long to wait first.

Hand-written: the retry libraries (tenacity, backoff) wrap whole calls and know nothing
of HTTP's Retry-After, which is the one input that matters here.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# Statuses worth another try: rate limited, and the server's own errors that pass.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (delta-seconds or an HTTP-date)."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter: a random wait up to ``base * 2**attempt``,
    never more than ``cap`` (so many clients retrying do not come back in step)."""
    return (rng or random).uniform(0, min(cap, base * 2**attempt))
