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


def test_search_results_with_cut_off_excerpts_are_not_an_article() -> None:
    teaser = (
        "Loud snoring is the best-known symptom, but morning headaches and a dry mouth can also point to…"
    )
    results = "\n".join(f"Result {i}: sleep story · 3 February 2025 {teaser}" for i in range(6))
    assert prose_words(results) > 40
    assert not looks_like_article(results)


def test_an_article_quoting_one_cut_off_line_is_still_an_article() -> None:
    text = f"{PROSE}\n\n{PROSE}\n\nShe wrote on the forum that the waiting list was long and that nobody…"
    assert looks_like_article(text)
