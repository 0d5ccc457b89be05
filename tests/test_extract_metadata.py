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


def test_the_walks_find_what_the_xpath_expressions_found() -> None:
    # modified_date and canonical_url walk the meta, time and link elements (faster than
    # an XPath union of predicates); this pins them to those expressions.
    from typing import cast

    from lxml.etree import XPath

    from articlepipe.extract import metadata

    modified = XPath(
        "//meta[@property='article:modified_time' or @property='og:updated_time' "
        "or @itemprop='dateModified' or @name='last-modified' or @name='dcterms.modified']/@content"
        " | //time[@itemprop='dateModified']/@datetime"
    )
    canonical = XPath(
        "//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONICAL', 'canonical')), ' '),"
        " ' canonical ')]/@href | //meta[@property='og:url']/@content"
    )
    scripts = XPath("//script[@type='application/ld+json']")
    tree = lxml.html.document_fromstring(
        "<html><head><meta property='og:updated_time' content='2024-01-02'>"
        "<meta name='last-modified'><meta name='Last-Modified' content='no'>"
        "<meta itemprop='dateModified' name='dcterms.modified' content='2024-01-03'>"
        "<link rel=' alternate\tCanonical ' href='/a'><link rel='canonicalx' href='/no'>"
        "<link rel='CANONICAL'><link rel='canonical' href='/b'><meta property='og:url' content='/c'>"
        "<script type='application/ld+json'>{}</script><script type='text/json'>{}</script></head>"
        "<body><time itemprop='dateModified' datetime='2024-01-04'>4 Jan</time>"
        "<time itemprop='dateModified'>no attribute</time><meta property='og:url' content='/d'>"
        "<script type='application/ld+json'>[]</script></body></html>"
    )
    by_expression = [str(v) for v in cast("list[str]", modified(tree))]
    assert metadata._modified_marks(tree) == by_expression == ["2024-01-02", "2024-01-03", "2024-01-04"]
    by_expression = [str(v) for v in cast("list[str]", canonical(tree))]
    assert metadata._canonical_candidates(tree) == by_expression == ["/a", "/b", "/c", "/d"]
    assert metadata.ld_json_scripts(tree) == scripts(tree)
    assert len(metadata.ld_json_scripts(tree)) == 2
