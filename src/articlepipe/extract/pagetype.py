"""Is an extracted body an article, or a listing / index / error page?

Listings, tag pages and error pages yield short lines (headlines, dates, "Read more")
and little running prose; articles are built of sentences. The test counts only words
in prose lines, so a page of fifty teaser headlines does not pass as an article, and
discounts excerpts cut off with an ellipsis, so a page of teasers with a line of
summary each does not either.
"""

from __future__ import annotations

# A line with at least this many words counts as prose; teaser headlines and menu
# entries stay below it (on the fixtures, the longest teaser headline has 7 words).
PROSE_LINE_WORDS = 10
# An article needs at least this many words of prose. Calibrated on the fixtures: the
# shortest real article has 95 prose words, the error page 13, listings 0.
MIN_PROSE_WORDS = 40


# Teasers on listing and search pages are cut off with an ellipsis; this many of them,
# holding most of the prose, make a listing (an article quotes at most one or two).
MIN_TEASERS = 3
_TRUNCATED = ("…", "...", "[…]", "[...]")


def prose_words(text: str) -> int:
    """Words in the lines of ``text`` that are long enough to be running prose."""
    return sum(n for n in (len(line.split()) for line in text.splitlines()) if n >= PROSE_LINE_WORDS)


def _teaser_words(text: str) -> tuple[int, int]:
    """(number of, words in) prose lines that end cut off, as teaser excerpts do."""
    lines = [line for line in text.splitlines() if len(line.split()) >= PROSE_LINE_WORDS]
    teasers = [line for line in lines if line.rstrip().endswith(_TRUNCATED)]
    return len(teasers), sum(len(line.split()) for line in teasers)


def looks_like_article(text: str) -> bool:
    """True if ``text`` holds enough running prose to be an article body, and that prose
    is not a run of cut-off teasers."""
    prose = prose_words(text)
    if prose < MIN_PROSE_WORDS:
        return False
    teasers, teaser_words = _teaser_words(text)
    return not (teasers >= MIN_TEASERS and teaser_words * 2 >= prose)
