"""One month table for every date rule: each language added there is known to the byline
date search, the byline's date cut and the date lines the boilerplate rules drop."""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from articlepipe.extract import phrases
from articlepipe.extract.dates import date_near_headline
from articlepipe.extract.months import ABBREVIATIONS, MONTH_NUMBERS, MONTHS_BY_LANGUAGE
from articlepipe.extract.pagemeta import _BYLINE_DATE

# The 5th of March 2024 written in each language of the table.
WRITTEN = {
    "en": "March 5, 2024",
    "de": "5. März 2024",
    "fr": "5 mars 2024",
    "es": "5 de marzo de 2024",
    "pt": "5 de março de 2024",
    "it": "5 marzo 2024",
    "nl": "5 maart 2024",
    "pl": "5 marca 2024",
    "ru": "5 марта 2024",
}


def test_every_language_has_twelve_months_in_order() -> None:
    assert set(WRITTEN) == set(MONTHS_BY_LANGUAGE)
    for names in MONTHS_BY_LANGUAGE.values():
        assert len(names) == len(set(names)) == 12
        assert all(MONTH_NUMBERS[name] == number for number, name in enumerate(names, start=1))
    assert all(MONTH_NUMBERS[abbreviation] == number for abbreviation, number in ABBREVIATIONS.items())


@pytest.mark.parametrize("language", sorted(WRITTEN))
def test_each_rule_reads_a_date_in_every_language(language: str) -> None:
    written = WRITTEN[language]
    page = lxml.html.fromstring(
        f"<html><body><h1>A headline of some length</h1><p>By Ann Lee, {written}</p>"
        "<p>The story begins here and goes on for a while.</p></body></html>"
    )
    assert date_near_headline(page, date(2026, 1, 1)) == "2024-03-05"
    assert phrases.DATE_LINE.match(written)
    assert _BYLINE_DATE.sub("", f"Ann Lee {written}").strip() == "Ann Lee"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Li Mei 12 March 2024", "Li Mei"),
        ("Anna Mai 12. März 2024", "Anna Mai"),
        ("Carlos Mayo 12 de marzo de 2024", "Carlos Mayo"),
        ("Julio Abril 3 min read", "Julio Abril 3 min read"),
        ("Ann Lee March 5, 2024", "Ann Lee"),
    ],
)
def test_a_surname_that_is_a_month_elsewhere_is_not_cut_as_a_date(byline: str, name: str) -> None:
    assert _BYLINE_DATE.sub("", byline).strip() == name
