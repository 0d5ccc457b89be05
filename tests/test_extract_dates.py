from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from articlepipe.extract.dates import date_near_headline, published_date

LIMIT = date(2024, 6, 1)


def page(body: str, head: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Ann Lee, March 5, 2024", "2024-03-05"),
        ("Ann Lee · 5th Mar. 2024", "2024-03-05"),
        ("Von Anna Schmidt, 5. März 2024", "2024-03-05"),
        ("Par Anne, le 5 mars 2024", "2024-03-05"),
        ("Publicado el 5 de marzo de 2024", "2024-03-05"),
        ("Posted 2024-03-05", "2024-03-05"),
        ("Stand: 05.03.2024", "2024-03-05"),
    ],
)
def test_date_in_the_byline_below_the_headline(byline: str, expected: str) -> None:
    tree = page(f"<nav>Home</nav><h1>Headline</h1><p class='meta'>{byline}</p><p>Text.</p>")
    assert date_near_headline(tree, LIMIT) == expected


def test_dates_before_the_headline_impossible_or_future_are_ignored() -> None:
    tree = page(
        "<p>Sale ends July 4, 2024</p><h1>Headline</h1><p>February 30, 2024 and 1 January 1990</p>"
        "<p>Then December 1, 2025, finally May 2, 2024.</p>"
    )
    assert date_near_headline(tree, LIMIT) == "2024-05-02"


def test_no_date_and_no_body() -> None:
    assert date_near_headline(page("<h1>Headline</h1><p>No date here.</p>"), LIMIT) is None
    assert (
        date_near_headline(lxml.html.fromstring("<html><head><title>x</title></head></html>"), LIMIT) is None
    )


def test_markup_date_wins_over_the_byline() -> None:
    tree = page(
        "<h1>Headline</h1><p>May 2, 2024</p>",
        head='<meta property="article:published_time" content="2024-04-01T10:00:00Z">',
    )
    assert published_date(tree, "https://news.example/a", LIMIT) == "2024-04-01"
    assert published_date(page("<h1>Headline</h1><p>May 2, 2024</p>"), None, LIMIT) == "2024-05-02"


def test_no_date_is_invented_from_text_far_below_the_headline() -> None:
    # The extensive search (dateparser over all of the page's text) would take this one.
    filler = "<p>" + "Plain words of the article body. " * 80 + "</p>"
    tree = page(f"<h1>Headline</h1>{filler}<p>The fair opens on May 2, 2024 in the old hall.</p>")
    assert published_date(tree, None, LIMIT) is None
