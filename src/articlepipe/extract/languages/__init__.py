"""Boilerplate phrases of languages added one file each.

Each module here is one language: a ``PHRASES`` dict keyed by category, plain data
(strings, and for the gated categories ``(pattern, hints)`` pairs). ``phrases.py`` and
``months.py`` add them to the rule data, so a new language is one file here, its name in
``MODULES`` and its tests: no rule module changes. (The six languages the rules started
with are still written inside ``phrases.py``; moving them here is mechanical.)
"""

from __future__ import annotations

import re
from types import ModuleType

from articlepipe.extract.languages import nl, pl

MODULES: tuple[ModuleType, ...] = (nl, pl)
# What a language file may give: lower-case phrases (lead-ins, labels, headings, the
# words consent text names), its twelve months, and gated patterns with their hints.
PLAIN_CATEGORIES = (
    "related",
    "consent",
    "consent_terms",
    "prompts",
    "labels",
    "disclaimer_labels",
    "notice_labels",
    "toc",
    "points_on",
    "faq_headings",
    "summary_headings",
    "date_labels",
    "months",
)
GATED_CATEGORIES = ("disclaimer_sentences", "newsletter_pitches")
CATEGORIES = PLAIN_CATEGORIES + GATED_CATEGORIES


def _entries(category: str) -> list[tuple[str, object]]:
    return [(module.__name__, entry) for module in MODULES for entry in module.PHRASES.get(category, ())]


def words(category: str) -> tuple[str, ...]:
    """Every language file's entries of a plain category, in ``MODULES`` order."""
    found: list[str] = []
    for module, entry in _entries(category):
        if not isinstance(entry, str) or entry != entry.lower():
            raise TypeError(f"{module}: {category} entries are lower-case strings, not {entry!r}")
        found.append(entry)
    return tuple(found)


def alternatives(category: str) -> str:
    """A plain category's entries as regex alternatives to append to a pattern's own:
    ``"|veelgestelde vragen|…"``, or ``""`` when no language file gives any."""
    return "".join(f"|{re.escape(entry)}" for entry in words(category))


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
        found[module.__name__.rsplit(".", 1)[-1]] = tuple(str(n) for n in names)
    return found
