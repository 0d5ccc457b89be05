from __future__ import annotations

import lxml.html
import pytest

from articlepipe.extract.metadata import modified_date, split_authors, unique, valid_date

FETCHED = "2024-06-01T12:00:00+00:00"


def test_split_authors() -> None:
    assert split_authors("Ann Lee; Bo Chen;  ann lee ") == ("Ann Lee", "Bo Chen")
    assert split_authors(None) == ()
    assert split_authors("") == ()


def test_unique_keeps_first_spelling_and_order() -> None:
    assert unique(["B", "a", "b", "", " A "]) == ("B", "a")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-31", "2024-05-31"),
        ("2024-06-01T23:59:00Z", "2024-06-01"),
        ("2024-06-02", None),  # after the fetch: impossible
        ("2024-02-30", None),  # not a calendar date
        ("last Tuesday", None),
        (None, None),
    ],
)
def test_valid_date(value: str | None, expected: str | None) -> None:
    assert valid_date(value, FETCHED) == expected


def test_modified_date_from_meta_and_json_ld() -> None:
    meta = lxml.html.fromstring(
        '<html><head><meta property="article:modified_time" content="2024-05-02T10:00:00Z"></head></html>'
    )
    assert modified_date(meta, FETCHED) == "2024-05-02"
    script = '<script type="application/ld+json">{"dateModified": "2024-04-03T01:02:03+02:00"}</script>'
    jsonld = lxml.html.fromstring(f"<html><head>{script}</head></html>")
    assert modified_date(jsonld, FETCHED) == "2024-04-03"
    future = lxml.html.fromstring(
        '<html><head><meta itemprop="dateModified" content="2030-01-01"></head></html>'
    )
    assert modified_date(future, FETCHED) is None
