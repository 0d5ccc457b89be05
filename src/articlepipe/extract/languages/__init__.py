"""The boilerplate phrases of every language the rules read, one file each.

Each module here is one language: a ``PHRASES`` dict keyed by category, plain data
(strings, and for the gated categories ``(pattern, hints)`` pairs). ``phrases.py``,
``months.py`` and ``selectors.py`` build their patterns from them and keep only what
belongs to no language (copyright and e-mail shapes, share-button names, the shape of a
date), so a phrase is added or changed in its language's file, and a new language is one
file here, its name in ``MODULES`` and its tests: no rule module changes.
"""

from __future__ import annotations

import re
from types import ModuleType

from articlepipe.extract.languages import de, en, es, fr, it, ja, ko, nl, pl, pt, ru, zh

MODULES: tuple[ModuleType, ...] = (en, de, fr, es, pt, it, nl, pl, ru, zh, ja, ko)
# What a language file may give: lower-case phrases, and gated patterns with their hints.
PLAIN_CATEGORIES = (
    # Lead-ins at the start of a block, as whole words: a related-links header (its links
    # are kept in ``related``), a prompt (share, follow, subscribe, cookies) and
    # the consent small print under a sign-up form, a prompt too.
    "related",
    "prompts",
    # A feedback widget's question ("Was this article helpful?"), removed only when it is
    # the whole block, with its answers: prose asks such questions too.
    "feedback",
    # The answer buttons after that question ("Yes No", "Ja Nein").
    "feedback_answers",
    "consent",
    # The words consent small print names ("privacy"), which tell it from prose.
    "consent_terms",
    # Labels removed only when they are the whole block ("Advertisement", "Share").
    "labels",
    # A shop's controls and stock labels ("Add to cart", "Sold out"), removed only when
    # they are a whole paragraph or list item of the written body, with no mark: never a
    # heading, nor from the page before the content is chosen (a product card's shape).
    "shop_labels",
    # Labels before a colon: of a disclaimer, and of a notice that is one only if it also
    # says what a disclaimer says.
    "disclaimer_labels",
    "notice_labels",
    # The label of a table of contents, alone in its block.
    "toc",
    # What a lead-in points at when a list follows ("You may like the following").
    "points_on",
    # Headings of a questions section after the article and of a summary box before it:
    # both belong to the article.
    "faq_headings",
    "summary_headings",
    # What a date line may start with ("Published on").
    "date_labels",
    # The twelve month names as dates write them, January first, and abbreviations, each
    # the start of one of them ("sept"), which give it their number.
    "months",
    "month_abbreviations",
    # Between a date and its time ("at 10:39AM", "um 9.30 Uhr"), and after the time.
    "time_prefixes",
    "time_suffixes",
    # The word after a day-first date's year (the Russian abbreviation of "year").
    "year_suffixes",
    # What a byline starts with, before the name ("Written by"), and what follows the name
    # where the name comes first (Korean "홍길동 기자").
    "byline_words",
    "byline_suffixes",
    # The family names a name opens with, in a script without capitals (Korean "김").
    "family_names",
    # Before an e-mail address alone in a block ("Contact: desk@example.org").
    "contact_labels",
    # An author's bio after the article: the verbs after the name ("Ann Lee is a …") and
    # the roles a bio gives ("writer", "Redakteurin").
    "bio_verbs",
    "bio_roles",
    # Words a name never starts with (articles, determiners): "Die Journalistin ist …".
    "articles",
    # What a call to follow someone on social networks opens with ("Folgen Sie").
    "follow_words",
)
# Patterns searched anywhere in a block, each with the words (lower-case) one of which
# every text it matches contains: disclaimers, newsletter pitches without a lead-in,
# affiliate disclosures, and page furniture known by its shape (pagination, credits,
# promo codes).
# A listing's result counter ("Showing 1-24 of 291 results") is gated apart, and asked only
# of a short block: its hints ("item", "result", "件") are in most prose.
GATED_CATEGORIES = (
    "disclaimer_sentences",
    "newsletter_pitches",
    "affiliate_sentences",
    "furniture_shapes",
    "result_counters",
)
CATEGORIES = PLAIN_CATEGORIES + GATED_CATEGORIES


def _language(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


def _entries(category: str) -> list[tuple[str, object]]:
    return [(module.__name__, entry) for module in MODULES for entry in module.PHRASES.get(category, ())]


# Letters written two ways: Russian yo (U+0451) is most often printed as ie (U+0435). A
# file writes an entry once, with the first; the other spelling is derived here.
_PLAIN_SPELLING = str.maketrans("\u0451", "\u0435")


def words(category: str) -> tuple[str, ...]:
    """Every language file's entries of a plain category, in ``MODULES`` order, each
    followed by its plain spelling where it differs (Russian yo as ie)."""
    found: list[str] = []
    for module, entry in _entries(category):
        if not isinstance(entry, str) or entry != entry.lower():
            raise TypeError(f"{module}: {category} entries are lower-case strings, not {entry!r}")
        found.append(entry)
        plain = entry.translate(_PLAIN_SPELLING)
        if plain != entry:
            found.append(plain)
    return tuple(found)


def alternation(category: str) -> str:
    """A plain category's entries as one regex alternation, each matched as written,
    longest first: ``"veelgestelde vragen|faqs|faq"``."""
    return "|".join(sorted({re.escape(entry) for entry in words(category)}, key=len, reverse=True))


def gated(category: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every language file's ``(pattern, hints)`` pairs of a gated category."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for module, entry in _entries(category):
        match entry:
            case (str() as pattern, tuple() as hints) if hints and all(isinstance(h, str) for h in hints):
                found.append((pattern, tuple(str(h) for h in hints)))
            case _:
                raise TypeError(f"{module}: {category} entries are (pattern, hints) pairs, not {entry!r}")
    return tuple(found)


def months() -> dict[str, tuple[str, ...]]:
    """Each language file's twelve months, by language code (the module's name)."""
    found: dict[str, tuple[str, ...]] = {}
    for module in MODULES:
        names = module.PHRASES.get("months")
        if names is None:
            continue
        if len(names) != 12 or not all(isinstance(n, str) and n == n.lower() for n in names):
            raise TypeError(f"{module.__name__}: months are twelve lower-case names, January first")
        found[_language(module)] = tuple(str(n) for n in names)
    return found


def month_abbreviations() -> dict[str, dict[str, int]]:
    """Each language file's month abbreviations and the number of the month each starts,
    by language code."""
    names = months()
    found: dict[str, dict[str, int]] = {}
    for module in MODULES:
        own = names.get(_language(module), ())
        numbers: dict[str, int] = {}
        for entry in module.PHRASES.get("month_abbreviations", ()):
            abbreviation = str(entry)
            starts = [number for number, name in enumerate(own, start=1) if name.startswith(abbreviation)]
            if entry != abbreviation.lower() or len(starts) != 1:
                raise TypeError(f"{module.__name__}: {entry!r} is not the lower-case start of one month")
            numbers[abbreviation] = starts[0]
        if numbers:
            found[_language(module)] = numbers
    return found
