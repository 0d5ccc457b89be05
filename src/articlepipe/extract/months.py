"""Month names, the one table every date rule reads: the byline date search
(``dates.py``), the byline's date cut (``pagemeta.py``) and the date lines the
boilerplate rules drop (``phrases.py``). The names are in the language files
(``languages/``): a language added there is known to all three.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from articlepipe.extract import languages

# Each language's twelve months, January first, lower case, by language code.
MONTHS_BY_LANGUAGE: dict[str, tuple[str, ...]] = languages.months()
_ABBREVIATIONS_BY_LANGUAGE = languages.month_abbreviations()


def _abbreviations() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for language, abbreviations in _ABBREVIATIONS_BY_LANGUAGE.items():
        for name, number in abbreviations.items():
            if numbers.setdefault(name, number) != number:
                raise ValueError(f"abbreviation {name!r} ({language}) is another month in another language")
    return numbers


# Abbreviations written with or without a full stop ("Sept. 5", "5 Dec 2024").
ABBREVIATIONS: dict[str, int] = _abbreviations()


def _numbers() -> dict[str, int]:
    numbers: dict[str, int] = dict(ABBREVIATIONS)
    for language, names in MONTHS_BY_LANGUAGE.items():
        for number, name in enumerate(names, start=1):
            if numbers.setdefault(name, number) != number:
                raise ValueError(f"month name {name!r} ({language}) is another month in another language")
    return numbers


def alternation(names: Iterable[str]) -> str:
    """``names`` as one regex alternation, longest first ("september" before "sep")."""
    return "|".join(sorted(map(re.escape, set(names)), key=len, reverse=True))


# Name or abbreviation -> month number (names shared by languages name the same month).
MONTH_NUMBERS: dict[str, int] = _numbers()
MONTH_ALTERNATION = alternation(MONTH_NUMBERS)
# The months that come before the day ("March 5, 2024"): English. Where the day comes
# first, a month word before a number is more often a surname ("Li Mei 12 …").
MONTH_FIRST_ALTERNATION = alternation((*MONTHS_BY_LANGUAGE["en"], *_ABBREVIATIONS_BY_LANGUAGE["en"]))

# A date as Chinese, Japanese and Korean write it, each number followed by its mark for
# year, month and day ("2024年3月5日", "2024년 3월 5일"); the numbers are groups 1 to 3.
# No month names: the one shape both the byline date search and the date lines read.
HAN_DATE = r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
