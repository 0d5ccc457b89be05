"""Is an extracted body an article, or a listing / index / error page?

Listings, tag pages and error pages yield short lines (headlines, dates, "Read more")
and little running prose; articles are built of sentences. The test counts only words
in prose lines, so a page of fifty teaser headlines does not pass as an article.
"""

from __future__ import annotations

# A line with at least this many words counts as prose; teaser headlines and menu
# entries stay below it (on the fixtures, the longest teaser headline has 7 words).
PROSE_LINE_WORDS = 10
# An article needs at least this many words of prose. Calibrated on the fixtures: the
# shortest real article has 95 prose words, the error page 13, listings 0.
MIN_PROSE_WORDS = 40


def prose_words(text: str) -> int:
    """Words in the lines of ``text`` that are long enough to be running prose."""
    total = 0
    for line in text.splitlines():
        words = len(line.split())
        if words >= PROSE_LINE_WORDS:
            total += words
    return total


def looks_like_article(text: str) -> bool:
    """True if ``text`` holds enough running prose to be an article body."""
    return prose_words(text) >= MIN_PROSE_WORDS
