from __future__ import annotations

from articlepipe.extract.pagetype import looks_like_article, prose_words

PROSE = (
    "The council approved the budget after a long debate that lasted well past midnight on Tuesday. "
    "Residents who spoke asked for longer library hours and faster road repairs in their neighbourhoods."
)


def test_prose_counts_as_article() -> None:
    assert looks_like_article(PROSE + "\n\n" + PROSE)


def test_a_listing_of_headlines_is_not_an_article() -> None:
    listing = "\n".join(f"Headline number {i} about gardens\nJan {i}, 2025\nRead more" for i in range(40))
    assert prose_words(listing) == 0
    assert not looks_like_article(listing)


def test_a_short_error_page_is_not_an_article() -> None:
    assert not looks_like_article(
        "Page not found\n\nIt looks like nothing was found at this location. Maybe try a search?"
    )


def test_empty_text() -> None:
    assert prose_words("") == 0
    assert not looks_like_article("")
