"""What a page's markup says about its kind, counted cheaply.

The page-type classifier (``pagetype.py``) reads these together with the extracted text.
Counts only: which elements there are, how many headings link elsewhere, how many
elements are named for prices or replies, how much of the text is link text. lxml walks
the tree in C and hands Python only the elements, attributes and texts asked for; class
names are judged once per distinct name. (A Python loop over every element cost twice
as much, and XPath expressions that look at each node's ancestors more still.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from lxml.etree import XPath, _Element

from articlepipe.extract.pagetype_data import CLASS_FAMILIES
from articlepipe.extract.selectors import (
    NAME_SPLIT,
    POST_ITEM_PROPS,
    POST_ITEM_TYPES,
    POST_WORDS,
    UNSEEN_TAGS,
)

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Page furniture and elements whose text is not shown: left out of the link share.
_FURNITURE_TAGS = ("nav", "header", "footer", "aside")
_COUNTED_TAGS = ("pre", "time", "input", "select", "textarea")
_FAMILIES = tuple(CLASS_FAMILIES)
# Class and id names split into words: "add-to-cart", "product_tile", "productTile".
_NAME_WORDS = re.compile(r"[a-z]+|[A-Z][a-z]*")


@dataclass(frozen=True, slots=True)
class MarkupCounts:
    """The counts of one pass over a page's elements (see ``count_markup``)."""

    headings: int = 0
    linked_headings: int = 0  # headings whose link leads to another page
    code_blocks: int = 0
    times: int = 0
    inputs: int = 0
    pagination: int = 0  # rel=next links and elements named for paging
    commerce: int = 0  # elements named for prices, carts, products
    discussion: int = 0  # elements named for replies, threads, avatars
    # The share of the page's text (outside its header, footer, menus and asides) that
    # is link text: high on listings, low on articles.
    link_share: float = 0.0


@dataclass(frozen=True, slots=True)
class PageSignals:
    """What the page declares and what its markup holds, for ``pagetype.classify``."""

    url: str = ""  # the page's web URL (its canonical one), "" for a local file without one
    status: int | None = None
    schema_types: frozenset[str] = frozenset()
    og_type: str = ""
    declares_published: bool = False
    title: str = ""
    headlines: tuple[str, ...] = ()
    # From the content selection (``content.Content``).
    cards: int = 0
    card_share: float = 0.0
    link_share: float = 0.0
    markup: MarkupCounts = MarkupCounts()


# Each family's words, and its hyphenated names ("page-numbers") as one pattern.
_FAMILY_WORDS = tuple(frozenset(w for w in CLASS_FAMILIES[f] if "-" not in w) for f in _FAMILIES)
_FAMILY_NAMES = tuple(
    re.compile("|".join(re.escape(w) for w in names)) if names else None
    for names in ([w for w in CLASS_FAMILIES[f] if "-" in w] for f in _FAMILIES)
)


# Any family word anywhere in a name: most names hold none, and are done with one scan.
_ANY_FAMILY_WORD = re.compile("|".join(re.escape(w) for f in _FAMILIES for w in CLASS_FAMILIES[f]))
_NONE = (False,) * len(_FAMILIES)


@lru_cache(maxsize=8192)
def _families(names: str) -> tuple[bool, ...]:
    """Which class-word families a class or id attribute names (pages repeat them)."""
    lowered = names.lower()
    if _ANY_FAMILY_WORD.search(lowered) is None:
        return _NONE
    words = {w.lower() for w in _NAME_WORDS.findall(names)}
    return tuple(
        not words.isdisjoint(family) or (pattern is not None and pattern.search(lowered) is not None)
        for family, pattern in zip(_FAMILY_WORDS, _FAMILY_NAMES, strict=True)
    )


# The length of an element's text, white space collapsed, counted in C.
_LENGTH = XPath("string-length(normalize-space(.))")
_LINK_TEXT = XPath(".//a//text()", smart_strings=False)


def _length(element: _Element) -> int:
    return int(cast("float", _LENGTH(element)))


def _link_length(element: _Element) -> int:
    return len(" ".join("".join(cast("list[str]", _LINK_TEXT(element))).split()))


def outermost(elements: Iterable[_Element]) -> list[_Element]:
    """``elements`` without those inside another of them, in their order."""
    items = list(elements)
    inside = set(items)
    return [e for e in items if not any(a in inside for a in e.iterancestors())]


def post_words(element: _Element) -> frozenset[str]:
    """The words naming a post in an element's class and id ("comment-4398670_wrap")."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return POST_WORDS.intersection(NAME_SPLIT.split(names))


def declares_post(element: _Element) -> bool:
    """Whether the page's microdata declares ``element`` a post of a discussion: a
    schema.org ``Comment``, ``Answer`` or ``DiscussionForumPosting``, or an ``itemprop``
    that holds one (``selectors.POST_ITEM_TYPES``, ``POST_ITEM_PROPS``)."""
    if element.get("itemprop") in POST_ITEM_PROPS:
        return True
    # "https://schema.org/Comment", several types parted by spaces.
    types = (element.get("itemtype") or "").split()
    return any(kind.rstrip("/").rpartition("/")[2] in POST_ITEM_TYPES for kind in types)


def page_link_share(root: _Element, furniture: list[_Element], hidden: list[_Element]) -> float:
    """The share of the visible text outside the page's ``furniture`` (and its ``hidden``
    scripts and styles) that is link text."""
    total = _length(root) - sum(_length(e) for e in (*furniture, *hidden))
    links = _link_length(root) - sum(_link_length(e) for e in furniture)
    return min(1.0, max(0.0, links / total)) if total > 0 else 0.0


# Class and id names, gathered in C: two expressions, as a union is sorted at a cost.
_CLASSES = XPath(".//@class", smart_strings=False)
_IDS = XPath(".//@id", smart_strings=False)


def _names(element: _Element) -> Counter[str]:
    found = Counter(cast("list[str]", _CLASSES(element)))
    found.update(cast("list[str]", _IDS(element)))
    return found


def _family_counts(names: Counter[str]) -> list[int]:
    counts = [0] * len(_FAMILIES)
    # Pages repeat their class names: each distinct one is judged once.
    for name, times in names.items():
        if times <= 0:
            continue
        for index, found in enumerate(_families(name)):
            if found:
                counts[index] += times
    return counts


def _links_away(heading: _Element) -> bool:
    link = next(heading.iter("a"), None)
    return link is not None and not (link.get("href") or "#").startswith("#")


def count_markup(root: _Element) -> MarkupCounts:
    """The counts of the page under ``root``. Each walk is lxml's, in C, handing Python
    only the elements, attributes or texts asked for."""
    tags: Counter[str] = Counter()
    linked_headings = pagination = 0
    furniture: list[_Element] = []
    hidden: list[_Element] = []
    # One walk, lxml yielding only the elements counted here.
    for element in root.iter(*_HEADINGS, *_COUNTED_TAGS, *_FURNITURE_TAGS, *UNSEEN_TAGS, "a", "link"):
        tag = element.tag
        if tag in ("a", "link"):
            rel = element.get("rel")
            if rel and "next" in rel.lower().split():
                pagination += 1
            continue
        tags[tag] += 1
        if tag in _HEADINGS:
            linked_headings += _links_away(element)
        elif tag in _FURNITURE_TAGS:
            furniture.append(element)
        elif tag in UNSEEN_TAGS and element.text:
            hidden.append(element)
    furniture = outermost(furniture)
    # A cart in the site's header is on every page of a shop, its blog posts too: names
    # count only in the page's own part.
    names = _names(root)
    for element in furniture:
        names.subtract(_names(element))
    named = _family_counts(names)
    family = dict(zip(_FAMILIES, named, strict=True))
    return MarkupCounts(
        headings=sum(tags[h] for h in _HEADINGS),
        linked_headings=linked_headings,
        code_blocks=tags["pre"],
        times=tags["time"],
        inputs=tags["input"] + tags["select"] + tags["textarea"],
        pagination=pagination + family["pagination"],
        commerce=family["commerce"],
        discussion=family["discussion"],
        link_share=page_link_share(root, furniture, hidden),
    )
