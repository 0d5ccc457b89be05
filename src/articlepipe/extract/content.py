"""Our own main-content selection: one walk over the parsed page, no copies.

trafilatura finds the article body well but slowly (about 12 ms a page, most of it
re-running large XPath expressions over copies of the tree). This module does the
common case in a few milliseconds and says how sure it is; ``html.py`` hands the page
to trafilatura only when it is not.

1. Boilerplate subtrees are marked by tag (navigation, forms, asides, scripts …), by
   class or id words (share, related, comments, newsletter …), by hidden-ness unless
   they hold real prose (collapsed sections), and as runs of teaser cards.
2. Every paragraph-like block outside them scores its non-link characters to each of
   its ancestors; the content container is found by walking down from ``<body>`` into
   the child that holds most of the page's text, as long as it holds most of it.
3. The container is written out in trafilatura's XML vocabulary (``p``, ``head``,
   ``list``/``item``, ``quote``, ``code``, ``table``/``row``/``cell``, ``hi``, ``lb``),
   so the body rules and the renderers work on either extractor's output, leaving out
   marked subtrees and link-dense lists and boxes.

Hand-written because no maintained library does this on an lxml tree we already have:
readability-lxml and jusText re-parse the page and are slower than trafilatura itself.
The thresholds below were set with ``articlepipe eval`` on both development benchmarks
(AEB and WCXB) together, keeping a change only when it did not cost either of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import cast
from urllib.parse import SplitResult, urljoin, urlsplit

from lxml.etree import Element, SubElement, XPath, _Element, _ElementUnicodeResult, tostring

from articlepipe.extract import selectors
from articlepipe.extract.disclosure import Disclosures, disclosures, has_text, is_popup, question_buttons
from articlepipe.extract.pagesignals import declares_post, outermost, post_words
from articlepipe.tokens import count_words

# Prose a weakly named element may hold and still be furniture (an author box with a
# short bio). Set with the two below on both development sets: 500, 300 and 200 beat
# the first guesses of 300, 500 and 100 (WCXB F1 0.9548 -> 0.9557, AEB unchanged).
WEAK_MAX_CHARS = 500
# Blocks that score their text for the container search.
_SCORED = frozenset(("p", "pre", "blockquote", "li", "dd", "td", "h2", "h3", "h4", "h5", "h6"))
# A block this short scores nothing: menus and labels are made of them.
MIN_SCORED_CHARS = 25
# The container search goes down into a child while it holds this share of the page's
# text. 0.75 beat 0.7, 0.8 and 0.85 on both development sets; a second rule for a main
# column beside its sidebar (75 % and three times the next child) added nothing to it.
DESCEND_SHARE = 0.75
# ... but not past an intro kept apart from the body: a box of the same kind, or of
# plain paragraphs with at most this share of link text, before the child, holding
# this share of the page's text (0.06 beat 0.05, 0.07, 0.1 and 0.2 on WCXB; AEB the same).
SPLIT_SHARE = 0.06
INTRO_LINK_SHARE = 0.1
# List items and table cells count for less than paragraphs: tickers, menus and teaser
# lists are made of them, article text mostly of paragraphs.
ITEM_WEIGHT = 0.5
_WEAK_BLOCKS = frozenset(("li", "dd", "td"))
# Paragraph text a <header> may hold and still be the page's header (a headline, a dek,
# a byline, a menu hold less).
HEADER_MAX_PROSE = 1000
# A box repeating an earlier sibling's text of at least this many characters is a copy
# (50 beat 100 on WCXB, AEB unchanged: slides hold a title and one line).
TWIN_MIN_CHARS = 50
_TWIN_TAGS = frozenset(("div", "section", "article"))
# A paragraph of this many characters among the next elements after a link list, within
# the container, shows the article goes on past the list.
FOLLOWING_PROSE_CHARS = 80
PROSE_LOOKAHEAD = 60
OUTSIDE_LINK_SHARE = 0.5
# How far above the container a summary or a section of frequently asked questions is
# looked for.
SECTION_LEVELS = 3
# A figure or a paragraph holding most of the page's text is broken markup (a table
# left open swallowing the rest of the article): the container is around it.
_NO_DESCEND = frozenset(("figure", "p"))
# A hidden element with this much paragraph text is content waiting to be shown ...
HIDDEN_PROSE_CHARS = 300
# ... unless this share of its 8-word runs is also visible elsewhere on the page: then
# it is a second copy (raw markdown for bots, a mobile or print version, a preview).
# The copies on the development sets repeat 0.6-1.0 of their runs, collapsed sections
# less than 0.1.
HIDDEN_COPY_SHARE = 0.5
_SHINGLE = 8
_WORD = re.compile(r"\w+")
# When the marks leave less than this share of the page's text, a marked element that
# holds 40 % of it is not furniture (0.4 beat 0.5, equal to 0.2 and 0.3 on both sets).
LEFT_OVER = 0.1
PAGE_SHARE = 0.4
# ... and the posts of a thread count together only when the text outside the marks is
# shorter than this (about 150 words: a title, a breadcrumb, no article of its own). Most
# calibration threads leave under 300 characters (one whose story text is outside its
# posts leaves more, and keeps only that); an article over a long comment thread leaves
# its own 2,000 and more.
THREAD_MAX_OWN_CHARS = 1000
# A box whose text is mostly link text is a menu or a link list, not prose ...
LINK_DENSE = 0.6
# ... unless it is long enough to be prose with many links (a linked summary, a glossary).
LINK_DENSE_MAX_CHARS = 600
# A list is dropped, however long, when nearly all of it is links: lists of linked items
# with a few words each ("Official website: …") are often the article's own.
LIST_LINK_DENSE = 0.8

# ... except in an index ("List of ...", an A-Z directory, a sitemap page): a container
# whose link lists hold this share of its text and this many entries. Related-story and
# more-threads boxes hold 5 to 41 entries on the calibration pages, an index hundreds;
# at 0.5 the share also took a directory of movers whose article text is in the lists.
INDEX_LIST_SHARE = 0.7
INDEX_MIN_ENTRIES = 50

# A table cell holding this many characters and paragraphs, headings or a table is a box
# of a page laid out by a table, not a cell of data (``_lays_out``); a long list alone is
# not (a course schedule's reading list for each week).
LAYOUT_CELL_CHARS = 1000
_PROSE_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")
_LAYOUT_BLOCKS = (*_PROSE_BLOCKS, "table")
# ... and so is a cell holding a table of these (a page's column, a box of link lists).
_BOX_BLOCKS = (*_PROSE_BLOCKS, "ul", "ol")

# Teaser cards ("more stories"): a run of short boxes, each mostly its headline link.
MIN_CARDS = 3
CARD_MAX_CHARS = 400
CARD_LINK_SHARE = 0.2
CARD_SHARE = 0.8
_CARD_PARTS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "img", "picture", "time", "article")
# A box that says something in words of its own (this many in a row outside any link) is
# no teaser unless a link of headline length is in it: a forum post opens with its
# author's linked name, a service's feature box with a short linked label. On the
# calibration half: other page types 0.7238 -> 0.7262 (forums 0.742 -> 0.751), articles
# 0.9644 -> 0.9643; 12 words gained nothing.
OWN_WORDS = 8
HEADLINE_LINK_WORDS = 4
# Links up to this long are resolved once per page and href (``_other_page``).
CACHED_HREF_CHARS = 2000
# A box with a headline linking elsewhere may be longer: its excerpt runs on.
LINKED_CARD_MAX_CHARS = 800
LINKED_HEADLINE_SHARE = 0.9
CARD_RUN_MAX_SHARE = 0.5
_CUT_OFF = re.compile(r"(\.\.\.|…)\W*$")
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]{2,}:\s")
_LI_CARD_PARTS = ("img", "picture", "time", "h2", "h3", "h4", "h5", "h6")
_CARD_TAGS = frozenset(("div", "li", "article", "section"))

# Loose text in a box must be this long to count: a paragraph, not a label or a date.
LOOSE_MIN_CHARS = 200
# ... and, from this long, hold a mark of a sentence: a page's worth of words with no full
# stop, comma, colon or apostrophe is a list of names or numbers (the towns and postcodes
# a local business serves, in its footer), a repeated label or a tag cloud, not prose.
# The shortest such run on the development sets was 899 characters; a forum post of 429
# written without any punctuation was the longest real one.
UNPUNCTUATED_MIN_CHARS = 800
# Scripts whose sentences end without a mark (Thai, Lao; Tibetan, Myanmar and Khmer
# prose may lack one too): their text needs none to be prose.
_UNMARKED_SCRIPTS = re.compile("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]")
# Marks that end or part a sentence, and the apostrophe inside a word, in the scripts the
# rules know; hyphens, slashes, hashes and bullets are found in name lists and tag clouds.
_SENTENCE_MARKS = re.compile(
    "[.,;:!?'\"\u2019\u201c\u201d\u00ab\u00bb\u00bf\u00a1\u2026"  # curly quotes, guillemets, ¿ ¡ …
    "\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f"  # CJK full stops and full-width marks
    "\u060c\u061f\u06d4\u0964\u0965\u1362]"  # Arabic, Urdu, Devanagari, Ethiopic
)
_INLINE_TEXT = frozenset(
    ("b", "strong", "i", "em", "span", "font", "u", "small", "mark", "abbr", "cite", "q")
)

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_LISTS = frozenset(("ul", "ol", "dl"))
_INLINE_FORMAT = {"b": "#b", "strong": "#b", "i": "#i", "em": "#i", "u": "#u", "code": "#t", "kbd": "#t"}
# Elements whose content is a block of its own (everything else is inline).
_BLOCKS = selectors.SKIP_TAGS | frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
        "dl",
        "li",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "center",
        "details",
        "summary",
        "address",
        "fieldset",
        "body",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
    ]
)
_SPACES = re.compile(r"\s+")
_FIRST_TEXT = XPath("(.//text()[normalize-space()])[1]", smart_strings=True)
# A class or id of this many hyphens or more is a slug made from a heading.
SLUG_HYPHENS = 5
# Verdicts on class and id words, in order of precedence.
_CONTENT, _FURNITURE, _WEAK, _PLAIN = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Content:
    """The body found by ``select_content``, its number of words, and the page's
    paragraphs that do not count against it: hidden ones (a closed dialog's) and, on a
    page selling a product, its customers' reviews."""

    body: _Element
    words: int
    uncounted_paragraphs: frozenset[_Element] = frozenset()
    # What the page-type classifier reads (``pagetype.py``): the teaser cards found on
    # the page and the share of the page's prose they hold, and the share of the chosen
    # container's text that is link text.
    cards: int = 0
    card_share: float = 0.0
    link_share: float = 0.0


@lru_cache(maxsize=16384)
def _verdict(names: str) -> int:
    """What the words of one class or id attribute say (pages repeat classes: cached).

    Every word and pair is read within one token, so the attribute says what its most
    telling token says. Tokens recur across sites far more than whole attributes do
    ("post-123 type-post entry"): their verdicts are cached apart, and a page's new
    attributes cost a split and a few cache hits."""
    return min(map(_token_verdict, _name_tokens(names)), default=_PLAIN)


@lru_cache(maxsize=16384)
def _token_verdict(token: str) -> int:
    """What one lower-cased class or id token says (``_verdict``)."""
    # A token holds no spaces: its words are its parts between "-" and "_" (the empty
    # parts of "a--b" name nothing).
    words = token.replace("_", "-").split("-")
    if not selectors.CONTENT_WORDS.isdisjoint(words) or selectors.CONTENT_PAIRS.search(token):
        return _CONTENT
    if (
        token in selectors.HIDDEN_CLASSES
        or not selectors.FURNITURE_WORDS.isdisjoint(words)
        or selectors.FURNITURE_PAIRS.search(token)
    ):
        return _FURNITURE
    weak = not selectors.WEAK_WORDS.isdisjoint(words) or selectors.WEAK_PAIRS.search(token)
    return _WEAK if weak else _PLAIN


def _is_hidden(element: _Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style and selectors.HIDDEN_STYLE.search(style))


def _is_named_furniture(element: _Element) -> bool:
    """Whether an element's class and id words mark it."""
    classes = element.get("class")
    identifier = element.get("id")
    if not (classes or identifier):
        return False
    # Class and id are judged apart so that the verdict on a class is cached.
    verdict = min(_verdict(classes) if classes else _PLAIN, _verdict(identifier) if identifier else _PLAIN)
    # The tag after the verdict: most names say nothing, and reading a tag costs more
    # than a cached verdict.
    if verdict in (_CONTENT, _PLAIN) or element.tag in selectors.NEVER_NAMED_FURNITURE:
        return False
    if verdict == _WEAK:  # content over furniture over weak over plain
        chars = _chars(element)
        if chars > WEAK_MAX_CHARS * 4:
            return False  # too much text to be all links and a label
        short = chars <= WEAK_MAX_CHARS or chars - _link_chars(element) <= WEAK_MAX_CHARS
        return short and not _is_code_signature(element)
    return verdict == _FURNITURE


def _is_code_signature(element: _Element) -> bool:
    """A box named "signature" alone whose whole text is a function's call signature: API
    documentation (``selectors.CODE_SIGNATURE``), not a forum post's signature."""
    if selectors.CODE_SIGNATURE_NAMES.isdisjoint(_name_tokens(_class_and_id(element))):
        return False
    text = tostring(element, method="text", encoding="unicode", with_tail=False)
    return selectors.CODE_SIGNATURE.fullmatch(" ".join(text.split())) is not None


def _is_card(element: _Element, page: str, key: _PageKey | None) -> bool:
    """A short box led by a linked headline, or a box of a headline and an excerpt; a
    list item of a few words and then a link ("Official website: …") is not one, nor a
    box saying something of its own under short links (``OWN_WORDS``). ``page`` is the
    page's URL and ``key`` its ``_page_key``: a link to the page itself is no headline."""
    chars = _chars(element)
    if not 0 < chars <= CARD_MAX_CHARS:
        return 0 < chars <= LINKED_CARD_MAX_CHARS and _has_linked_headline(element, page, key)
    if _link_chars(element) < CARD_LINK_SHARE * chars:
        return _has_linked_headline(element, page, key)
    if element.tag == "li":
        # A list item led by a linked title and a line about it is a resource list's
        # entry; a teaser in a list has a picture, a date or a headline of its own, or
        # an excerpt: cut off with an ellipsis, or opening with a dateline ("COLOMBO:").
        if next(element.iter(*_LI_CARD_PARTS), None) is not None:
            return True
        text = tostring(element, method="text", encoding="unicode", with_tail=False)
        link = next(element.iter("a"), None)
        after = (link.tail or "") if link is not None else ""
        return bool(_CUT_OFF.search(text) or _DATELINE.match(after))
    if not (_led_by_link(element) or next(element.iter(*_CARD_PARTS), None) is not None):
        return False
    return _has_headline_link(element, page, key) or not _says_something(element)


def _has_headline_link(element: _Element, page: str, key: _PageKey | None) -> bool:
    """Whether a link in ``element`` of ``HEADLINE_LINK_WORDS`` or more words may be a
    teaser's title (the words are counted first: most links are too short to ask)."""
    return any(
        count_words(tostring(a, method="text", encoding="unicode", with_tail=False)) >= HEADLINE_LINK_WORDS
        and _title_link(a, page, key)
        for a in element.iter("a")
    )


def _says_something(element: _Element) -> bool:
    """Whether ``element`` holds ``OWN_WORDS`` words in a row that are no link text."""
    linked = {node for a in element.iter("a") for node in a.iter()}
    for node in element.iter():
        own = isinstance(node.tag, str) and node not in linked
        if own and node.text and count_words(node.text) >= OWN_WORDS:
            return True
        # A tail is its parent's text, a comment's tail too.
        tail = node.tail if node is not element and node.getparent() not in linked else None
        if tail and count_words(tail) >= OWN_WORDS:
            return True
    return False


def _has_linked_headline(element: _Element, page: str, key: _PageKey | None) -> bool:
    """Whether a headline in ``element`` is one link to another page (a teaser's title;
    an article's own section headings are not links, or link to themselves; a forum
    post's heading is its author's name, linked to a profile)."""
    for heading in element.iter(*_HEADINGS):
        links = [a for a in heading.iter("a") if _title_link(a, page, key)]
        if len(links) == 1 and _chars(links[0]) >= LINKED_HEADLINE_SHARE * _chars(heading) > 0:
            return True
    return False


def _led_by_link(element: _Element) -> bool:
    """Whether the first words of ``element`` are link text."""
    found = _FIRST_TEXT(element)
    first = found[0] if isinstance(found, list) and found else None
    if not isinstance(first, _ElementUnicodeResult):
        return False
    owner = first.getparent()
    if owner is not None and first.is_tail:
        owner = owner.getparent()  # a tail belongs to the parent of its element
    while owner is not None and owner is not element:
        if owner.tag == "a":
            return True
        owner = owner.getparent()
    return False


@lru_cache(maxsize=16384)
def _class_signature(classes: str | None) -> str:
    """The class words cards of one run share: without per-item ones ("post-1234")."""
    if not classes:
        return ""
    return " ".join(
        sorted(
            token
            for token in classes.split()
            if not token.startswith(selectors.TAXONOMY_PREFIXES) and not any(c.isdigit() for c in token)
        )
    )


# A page as its links name it: host without "www." or port, path without its trailing
# slash, query in a fixed order.
_PageKey = tuple[str, str, str]


def _key_of(parts: SplitResult) -> _PageKey:
    host = (parts.hostname or "").removeprefix("www.")
    return host, parts.path.rstrip("/"), "&".join(sorted(parts.query.split("&")))


def _page_key(url: str) -> _PageKey | None:
    """What a link to ``url`` points at, fragment aside; None for a URL without a host
    (none, a relative one, ``file:``) or a malformed one."""
    try:
        parts = urlsplit(url)
        return _key_of(parts) if parts.hostname else None
    except ValueError:  # a malformed URL ("http://[x", a bad port) names no page
        return None


def _title_link(link: _Element, page: str, key: _PageKey | None) -> bool:
    """Whether a link may be a teaser's title: not a person's name (a link to a profile,
    as over a forum post), nor a post's date or number (a link to the page ``page``
    itself, whose ``_page_key`` is ``key``, or to an anchor in it)."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")):
        return False
    if not selectors.PERSON_LINK_WORDS.isdisjoint(
        selectors.NAME_SPLIT.split((link.get("class") or "").lower())
    ):
        return False
    if key is None:
        page = ""  # a relative link on a page without a URL is read as written
    if len(href) > CACHED_HREF_CHARS:  # a data: URI is not kept in the cache
        return _other_page.__wrapped__(href, page, key)
    return _other_page(href, page, key)


@lru_cache(maxsize=4096)
def _other_page(href: str, page: str, key: _PageKey | None) -> bool:
    """Whether ``href`` (on the page ``page``, whose key is ``key``) names another page
    than a person's profile: a page's cards and menus repeat their links, and resolving
    each is the costliest part of telling cards apart."""
    try:
        target = urlsplit(urljoin(page, href) if key is not None else href)
        own = key is not None and _key_of(target) == key
    except ValueError:  # a malformed link names no page: no title
        return False
    if own or selectors.PROFILE_PATH.search(target.path):
        return False
    script = selectors.PROFILE_SCRIPTS.get(target.path.rsplit("/", 1)[-1].lower())
    return script is None or not script.search(target.query)


# The elements of a box that may declare a post by microdata; ``declares_post`` reads
# their types.
_MICRODATA = XPath("descendant-or-self::*[@itemtype or @itemprop]")


def _holds_post(box: _Element) -> bool:
    """Whether the page's microdata declares ``box`` or an element in it a post of a
    discussion (``POST_ITEM_TYPES``)."""
    return any(declares_post(e) for e in cast("list[_Element]", _MICRODATA(box)))


def _teaser_cards(parent: _Element, page: str, key: _PageKey | None) -> list[list[_Element]]:
    """Children of ``parent`` that are a run of teaser cards: at least three siblings of
    the same tag and class, each a short box led by a linked headline and none holding a
    post (``_holds_post``)."""
    groups: dict[tuple[str, str], list[_Element]] = {}
    for child in parent:
        if isinstance(child.tag, str) and child.tag in _CARD_TAGS:
            groups.setdefault((child.tag, _class_signature(child.get("class"))), []).append(child)
    runs = []
    for members in groups.values():
        if len(members) < MIN_CARDS or not _mostly_cards(members, page, key):
            continue
        # Asked of a run only, as few boxes are: a search of every box of the page
        # (every menu item) for microdata would cost a page more than the runs do.
        boxes = [member for member in members if not _holds_post(member)]
        if len(boxes) == len(members) or (len(boxes) >= MIN_CARDS and _mostly_cards(boxes, page, key)):
            runs.append(boxes)
    return runs


def _mostly_cards(members: list[_Element], page: str, key: _PageKey | None) -> bool:
    """Whether ``CARD_SHARE`` of ``members`` are cards; asks only until the answer is
    known (a long list of items that are no cards fails on its first few)."""
    needed = CARD_SHARE * len(members)
    found = 0
    for asked, member in enumerate(members, start=1):
        found += _is_card(member, page, key)
        if found >= needed:
            return True
        if found + len(members) - asked < needed:
            return False
    return found >= needed


def _furniture(
    root: _Element, elements: list[_Element], page: str
) -> tuple[set[_Element], set[_Element], list[list[_Element]]]:
    """The marked elements among ``elements`` (nested ones too: lxml's iter() cannot
    skip a subtree, so marked ancestors are checked where it matters), those among them
    that only their hidden-ness marks, and the runs of teaser cards among them (``page``,
    the page's URL, tells a card's title from a link to the page itself)."""
    marked: set[_Element] = set()
    hidden: set[_Element] = set()
    runs: list[list[_Element]] = []
    # Syntax highlighters name their spans "comment", "meta", "tag" …: inside code, class
    # words say nothing about the page.
    code = {node for block in root.iter("pre", "code") for node in block.iterdescendants()}
    key = _page_key(page)
    for element in elements:
        tag = element.tag
        if tag in selectors.SKIP_TAGS or (
            isinstance(tag, str) and element not in code and _is_named_furniture(element)
        ):
            marked.add(element)
        elif isinstance(tag, str) and _is_hidden(element):
            hidden.add(element)
        elif len(element) >= MIN_CARDS:
            for run in _teaser_cards(element, page, key):
                runs.append(run)
                marked.update(run)
    marked.discard(root)
    return marked | hidden, hidden, runs


def _review_boxes(elements: list[_Element], raw: dict[_Element, int], raw_total: int) -> set[_Element]:
    """The boxes of a product page named for its customers' reviews ("product-reviews",
    "yotpo-main-widget"); not one named for content too ("entry-content reviews"), nor
    one around the headline or holding much of the page's prose (a theme's wrapper
    "product-description-and-reviews" around the description)."""
    found = set()
    for element in elements:
        names = " ".join(_name_tokens(_class_and_id(element))) if isinstance(element.tag, str) else ""
        if not names or raw.get(element, 0) >= PAGE_SHARE * raw_total:
            continue
        words = set(selectors.NAME_SPLIT.split(names))
        if (
            (selectors.REVIEW_WORDS.isdisjoint(words) and not selectors.REVIEW_VENDORS.search(names))
            or not selectors.DESCRIPTION_WORDS.isdisjoint(words)
            or _verdict(element.get("class") or "") == _CONTENT
            or _verdict(element.get("id") or "") == _CONTENT
        ):
            continue
        if next(element.iter("h1"), None) is None:
            found.add(element)
    return found


def _popover_kind(names: str) -> str:
    """ "popover" when a class or id attribute names a pop-up (``POPOVER_WORDS``),
    "trigger" when it names what shows one (``POPOVER_TRIGGER_WORDS``), else "". The last
    such word decides: "c-tooltip-term" shows a tooltip, "Term_tooltip" is the tooltip of
    a term component."""
    kind = ""
    words = selectors.NAME_SPLIT.split(" ".join(_name_tokens(names)))
    for word, following in zip(words, [*words[1:], ""], strict=True):
        # "tooltipBubble", "popoverContent": a pop-up's part, glued to its name.
        if word.startswith(selectors.POPOVER_PREFIXES) or (word == "hover" and following == "card"):
            kind = "popover"
        elif word in selectors.POPOVER_TRIGGER_WORDS:
            kind = "trigger"
    return kind


@lru_cache(maxsize=16384)
def _names_popover(names: str) -> bool:
    return _popover_kind(names) == "popover"


@lru_cache(maxsize=16384)
def _names_trigger(names: str) -> bool:
    return _popover_kind(names) == "trigger"


# Named elements inside paragraphs, found in C: most of a page's elements are not in one.
# A link named for its pop-up is what shows it: the name in the sentence.
_NAMED_IN_PARAGRAPHS = XPath("//p//*[(@class or @id) and not(self::a)]")


def _is_popover(element: _Element) -> bool:
    classes, identifier = element.get("class"), element.get("id")
    return bool((classes and _names_popover(classes)) or (identifier and _names_popover(identifier)))


def _shows_itself(popover: _Element) -> bool:
    """A pop-up's wrapper holding what shows it (a link, a "trigger") beside the box."""
    return any(
        child.tag == "a" or _names_trigger(_class_and_id(child))
        for child in popover
        if isinstance(child.tag, str)
    )


def _in_paragraphs(root: _Element) -> dict[_Element, list[_Element]]:
    """The pop-ups inside paragraphs, by paragraph: the outermost of nested ones (a
    tooltip with its title inside goes whole), but inside a wrapper that holds what shows
    it (a hover card's name link beside the card), the boxes in the wrapper."""
    named = [e for e in cast("list[_Element]", _NAMED_IN_PARAGRAPHS(root)) if _is_popover(e)]
    if not named:
        return {}
    candidates = set(named)
    pending = outermost(named)
    chosen: list[_Element] = []
    while pending:
        popover = pending.pop()
        if _shows_itself(popover):
            pending.extend(outermost([e for e in popover.iterdescendants() if e in candidates]))
        else:
            chosen.append(popover)
    by_paragraph: dict[_Element, list[_Element]] = {}
    for popover in chosen:
        by_paragraph.setdefault(next(popover.iterancestors("p")), []).append(popover)
    return by_paragraph


def _controls_written(
    root: _Element, elements: list[_Element], panels: Disclosures, shown: set[_Element], marked: set[_Element]
) -> set[_Element]:
    """The disclosure controls to write: those of the panels shown, and, once a page has
    one, of its open panels too (a tab set's first tab, an accordion's open item), so no
    tab's name is missing; not of a panel in furniture nor of a list of links (a menu),
    which are not written."""
    if shown.isdisjoint(panels.panels):
        return set()
    # The panels shown are among these: named, unmarked now, and no pop-up.
    named = panels.controls
    written = [
        e
        for e in elements
        if isinstance(e.tag, str)
        and e.get("id") in named
        and not is_popup(e)
        and not _inside(e, marked, root)
        and _link_chars(e) <= LINK_DENSE * _chars(e)
    ]
    return panels.controls_of(written)


def _inside(element: _Element, marked: set[_Element], stop: _Element) -> bool:
    node: _Element | None = element
    while node is not None and node is not stop:
        if node in marked:
            return True
        node = node.getparent()
    return False


def _chars(element: _Element) -> int:
    """Characters of text in ``element``, whitespace not counted (serialised in C)."""
    return len("".join(tostring(element, method="text", encoding="unicode", with_tail=False).split()))


def _link_chars(element: _Element) -> int:
    return sum(_chars(a) for a in element.iter("a"))


def _loose_parts(element: _Element) -> list[str | None]:
    """The text directly in ``element``, between its children: its own, each child's
    tail, and the text of inline formatting around words (``<b>``, ``<span>`` …)."""
    parts = [element.text]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _INLINE_TEXT:
            parts.append(child.text)
        parts.append(child.tail)
    return parts


def _loose_chars(element: _Element) -> int:
    """Characters of text directly in ``element``, between its children (the parts
    ``_loose_parts`` gives, counted as they are read: this runs on every element)."""
    own = element.text
    total = len(own.strip()) if own else 0
    for child in element:
        if child.text and isinstance(child.tag, str) and child.tag in _INLINE_TEXT:
            total += len(child.text.strip())
        if child.tail:
            total += len(child.tail.strip())
    return total


def _loose_text(element: _Element) -> str:
    """The text directly in ``element`` that ``_loose_chars`` counts."""
    return " ".join(part for part in _loose_parts(element) if part)


def _is_prose(text: str) -> bool:
    """Whether long loose text reads as prose: it holds a mark that ends or parts a
    sentence, or is written in a script that does without."""
    return bool(_SENTENCE_MARKS.search(text) or _UNMARKED_SCRIPTS.search(text))


def _blocks(root: _Element) -> list[tuple[_Element, int]]:
    """Scored blocks under ``root`` with their non-link characters (nested ones once);
    a ``<div>`` with text of its own (paragraphs split by ``<br>``) counts as a block,
    unless a long one holds no punctuation at all (``UNPUNCTUATED_MIN_CHARS``).
    A list item holding paragraphs is a box, not a block: its paragraphs score (broken
    markup leaves whole articles inside a menu's ``<li>``)."""
    holders = {
        ancestor
        for paragraph in root.iter("p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6")
        for ancestor in paragraph.iterancestors("li")
    }
    found: list[tuple[_Element, int]] = []
    for box in root.iter("div", "section", "article", "main"):
        chars = _loose_chars(box)
        if (
            chars >= LOOSE_MIN_CHARS
            and not _in_block(box, holders)
            and (chars < UNPUNCTUATED_MIN_CHARS or _is_prose(_loose_text(box)))
        ):
            found.append((box, chars))
    for block in root.iter(*_SCORED):
        # A block inside another scored block (a <p> in a <blockquote>) counts once; one
        # inside a link is link text (a whole teaser card wrapped in <a>).
        if block in holders or _in_block(block, holders):
            continue
        chars = _chars(block) - _link_chars(block)
        if chars >= MIN_SCORED_CHARS:
            weight = ITEM_WEIGHT if block.tag in _WEAK_BLOCKS else 1.0
            found.append((block, int(chars * weight)))
    return found


def _in_block(element: _Element, holders: set[_Element]) -> bool:
    """Whether ``element`` is inside a scored block or a link."""
    return any(ancestor not in holders for ancestor in element.iterancestors(*_SCORED, "a"))


def _scores(
    root: _Element, blocks: list[tuple[_Element, int]], marked: set[_Element]
) -> tuple[dict[_Element, int], int]:
    """Characters of the blocks outside ``marked``, summed into every ancestor up to ``root``."""
    scores: dict[_Element, int] = {}
    total = 0
    for block, chars in blocks:
        if marked and _inside(block, marked, root):
            continue
        total += chars
        node: _Element | None = block
        while node is not None:
            scores[node] = scores.get(node, 0) + chars
            if node is root:
                break
            node = node.getparent()
    return scores, total


def _shingles(element: _Element) -> list[str]:
    found = _WORD.findall(tostring(element, method="text", encoding="unicode").lower())
    return [" ".join(found[i : i + _SHINGLE]) for i in range(len(found) - _SHINGLE + 1)]


def _hidden_content(blocks: list[tuple[_Element, int]], prose: set[_Element]) -> set[_Element]:
    """The hidden elements in ``prose`` that are not copies of the page's visible blocks
    (scripts do not count as visible: a streamed page repeats its text in them)."""
    if not prose:
        return prose
    visible: set[str] = set()
    for block, _ in blocks:
        if not any(a in prose for a in block.iterancestors()) and block not in prose:
            visible.update(_shingles(block))
    copies = set()
    for element in outermost(prose):
        shingles = _shingles(element)
        if shingles and sum(s in visible for s in shingles) >= HIDDEN_COPY_SHARE * len(shingles):
            copies.add(element)
    return {e for e in prose if e not in copies and not any(a in copies for a in e.iterancestors())}


def _site(url: str) -> str:
    """The host of an absolute URL without "www." (empty for a relative link)."""
    try:
        host = (urlsplit(url).hostname or "") if url.startswith(("http:", "https:", "//")) else ""
    except ValueError:  # a malformed link ("http://[x"): no site
        return ""
    return host.removeprefix("www.")


def _twin_copies(root: _Element, raw: dict[_Element, int]) -> set[_Element]:
    """Boxes repeating, word for word, an earlier sibling: the mobile and desktop copies of
    one slide or section that responsive pages hold side by side. Equal prose scores
    pick the candidates, so few texts are read."""
    copies: set[_Element] = set()
    for parent in {e.getparent() for e in raw if raw[e] >= TWIN_MIN_CHARS}:
        if parent is None or len(parent) < 2:
            continue
        by_score: dict[int, list[_Element]] = {}
        for child in parent:
            score = raw.get(child, 0)
            # Paragraphs and list items may repeat (a meal plan's menus); boxes do not.
            if score >= TWIN_MIN_CHARS and child.tag in _TWIN_TAGS:
                by_score.setdefault(score, []).append(child)
        for group in by_score.values():
            seen: set[str] = set()
            for child in group if len(group) > 1 else ():
                text = " ".join(tostring(child, method="text", encoding="unicode", with_tail=False).split())
                if text in seen:
                    copies.add(child)
                seen.add(text)
    return copies


def _unmark_pages(
    root: _Element,
    blocks: list[tuple[_Element, int]],
    marked: set[_Element],
    raw: dict[_Element, int],
    raw_total: int,
) -> tuple[dict[_Element, int], int]:
    """A "header", "sidebar" or "footer" that holds most of the page's text is the page:
    broken markup (an unclosed ``<header>``) or a layout class on the main column. The
    largest such element is unmarked first, then the largest left inside it (a
    "sidebar-layout" holding a "sidebar-content" column), while the marks still leave
    too little text. Marked siblings of one kind count together: the posts of a thread,
    each named "comment" or "reply", are the page when together they hold most of it,
    and so are the replies nested in them, at every depth. A dialog (a modal, a consent
    manager's banner) never is. Returns the new scores."""
    scores, total = _scores(root, blocks, marked)
    if total >= LEFT_OVER * raw_total or not marked:
        return scores, total
    dialogs = _dialogs(root, marked, named=True)
    marked.update(dialogs)
    # A dialog's text counts neither for a box around it nor in the text the shares are of.
    inside_dialogs = {node for d in dialogs for node in d.iter()}
    page_text = raw_total - sum(raw.get(d, 0) for d in dialogs)

    # Dialog text under each element, summed up once (not per element per dialog).
    in_dialogs: dict[_Element, int] = {}
    for d in dialogs:
        for a in d.iterancestors():
            in_dialogs[a] = in_dialogs.get(a, 0) + raw.get(d, 0)

    def own(element: _Element) -> int:
        return raw.get(element, 0) - in_dialogs.get(element, 0)

    candidates = marked - inside_dialogs
    scores, total = _scores(root, blocks, marked)
    while total < LEFT_OVER * page_text and candidates:
        # A single element holding the page (an unclosed header, a column named after
        # the sidebar) wins over the posts beside it; posts count together only when no
        # single element holds the page.
        single = max(candidates, key=own)
        largest = (
            [single]
            if own(single) >= PAGE_SHARE * page_text
            else max(_marked_runs(candidates, raw, total), key=lambda run: sum(map(own, run)))
        )
        share = sum(map(own, largest))
        if share <= 0 or share < PAGE_SHARE * page_text:
            break
        # Replies nest in the post they answer (a list of posts inside each post): once
        # the posts are the page, so are the replies of every depth, or the thread would
        # be peeled one level a turn and stop, at the share left over, a few levels down.
        # Only on a page with no body of its own, as for posts counted together.
        if total < THREAD_MAX_OWN_CHARS:
            largest = [*largest, *_nested_replies(largest, candidates, raw, single=len(largest) == 1)]
        marked.difference_update(largest)
        candidates.difference_update(largest)
        scores, total = _scores(root, blocks, marked)
    return scores, total


def _nested_replies(
    posts: list[_Element], candidates: set[_Element], raw: dict[_Element, int], single: bool
) -> list[_Element]:
    """The ``candidates`` inside ``posts`` that are posts of the same kind (the same tag
    and post words): the replies nested in them. A ``single`` element taken back alone
    keeps them out when its own text besides them is a body (an article in a box named
    "comment", its comments inside): those are its comments, not a thread's replies."""
    found: list[_Element] = []
    for post in posts:
        words = post_words(post) if isinstance(post.tag, str) else frozenset()
        if not words:
            continue
        replies = [d for d in post.iterdescendants(post.tag) if d in candidates and post_words(d) == words]
        if (
            single
            and raw.get(post, 0) - sum(raw.get(r, 0) for r in outermost(replies)) >= THREAD_MAX_OWN_CHARS
        ):
            continue  # its own text besides the replies is a body
        found.extend(replies)
    return found


def _dialogs(
    root: _Element, marked: set[_Element], named: bool, scope: _Element | None = None
) -> list[_Element]:
    """The outermost dialogs in ``scope`` (the whole page by default): by their tag or
    role and, when ``named``, furniture named for one, except one around the page's
    headline or article (a pop-up left unclosed)."""
    found = cast("list[_Element]", _DIALOG_PATH(root if scope is None else scope))
    if not found and not named:
        return []
    # In page order: a set of elements iterates in no fixed order.
    dialog_like = dict.fromkeys(found)
    if named:
        dialog_like.update(dict.fromkeys(e for e in marked if e is not root and _named_dialog(e)))
    # The page's headline: its first <h1> outside the furniture (a site's logo is an <h1>
    # in its masthead on some themes); inside a dialog counts, for a pop-up left unclosed.
    # Looked for in the whole page, not the scope: a modal's own <h1> in the container is
    # not the headline when the page's is above it.
    exempt = set(dialog_like)
    headline = next(
        (h for h in root.iter("h1") if not any(a in marked and a not in exempt for a in h.iterancestors())),
        None,
    )
    return outermost([e for e in dialog_like if not _swallows_the_page(e, headline)])


def _swallows_the_page(dialog: _Element, headline: _Element | None) -> bool:
    """Whether a "dialog" holds the page's headline or its article: broken markup (a
    pop-up left unclosed) around the page, not a dialog."""
    if headline is not None and dialog in headline.iterancestors():
        return True
    return next(dialog.iter("article", "main"), None) is not None


# A dialog by its tag or its role. An element is found by its attribute ("an element's
# @role that is 'dialog', its parent"): libxml2 then tests the attribute's name on each
# element, where a predicate of several tests on every element took two and a half
# times as long. The result is the same: the test pins it to the predicate's form.
_DIALOG_PATH = XPath(
    ".//dialog | .//*/@aria-modal[.='true']/.. | .//*/@role["
    + " or ".join(f".='{role}'" for role in sorted(selectors.DIALOG_ROLES))
    + "]/.."
)


def _named_dialog(element: _Element) -> bool:
    """A modal, a banner or a pop-up by its names; asked only of furniture, as a theme's
    wrapper of the whole page may be named for dialogs too ("dialog-off-canvas-main-canvas")."""
    return _names_dialog(_class_and_id(element))


@lru_cache(maxsize=16384)
def _names_dialog(class_and_id: str) -> bool:
    # Furniture repeats its classes (every menu item, every footer column): cached.
    names = " ".join(_name_tokens(class_and_id))
    words = set(selectors.NAME_SPLIT.split(names))
    if not selectors.DIALOG_WORDS.isdisjoint(words) or selectors.DIALOG_NAMES.search(names):
        return True
    return not selectors.CONSENT_WORDS.isdisjoint(words) and not selectors.BANNER_WORDS.isdisjoint(words)


def _class_and_id(element: _Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _name_tokens(names: str) -> list[str]:
    """Class and id tokens that say what an element is: not the taxonomy a CMS names a
    post by ("category-cookies"), nor a slug made from a heading."""
    return [
        token
        for token in names.lower().split()
        if not token.startswith(selectors.TAXONOMY_PREFIXES) and token.count("-") < SLUG_HYPHENS
    ]


def _marked_runs(marked: set[_Element], raw: dict[_Element, int], found: int) -> list[list[_Element]]:
    """The marked elements holding text; posts (named "comment", "reply" …) of one tag
    together (the posts of a thread sit each in its own wrapper, so they are cousins, not
    siblings; replies nested in a post count once). Posts are a thread only when the text
    ``found`` outside the marks is too short to be a body of its own: a page with an
    article or a question of its own has comments, not a thread.
    Any other element stands alone: a shop's menus and footer columns of one kind are not
    its page."""
    runs: dict[object, list[_Element]] = {}
    for element in marked:
        if raw.get(element, 0) and isinstance(element.tag, str):
            # Keyed by the post word, not every class: themes alternate "even"/"odd" and
            # name each author ("comment-author-ann") on posts of one thread.
            post = post_words(element)
            key = (element.tag, post) if post else element
            runs.setdefault(key, []).append(element)
    found_runs: list[list[_Element]] = []
    for members in runs.values():
        posts = outermost(members)
        if len(posts) > 1 and found >= THREAD_MAX_OWN_CHARS:
            found_runs.extend([m] for m in posts)
        else:
            found_runs.append(posts)
    return found_runs or [[next(iter(marked))]]


def _box_kind(classes: str | None) -> str:
    """The class words boxes of one kind share; hashed CSS-module classes ("a1497183")
    have nothing but digits in them and are compared whole."""
    return _class_signature(classes) or " ".join(sorted((classes or "").split()))


def _is_intro(box: _Element) -> bool:
    """A box of plain paragraphs: no headline, no lists, few links (an article's intro
    set apart from its body, not a header with a headline and a byline)."""
    if (
        not isinstance(box.tag, str)
        or next(box.iter("h1", "ul", "ol", "table", "img", "time"), None) is not None
    ):
        return False
    chars = _chars(box)
    return chars > 0 and _link_chars(box) <= INTRO_LINK_SHARE * chars


def _container(root: _Element, scores: dict[_Element, int], total: int) -> _Element:
    """The deepest element on the way down from ``root`` that still holds the page's text."""
    node = root
    while True:
        best = max(
            (child for child in node if isinstance(child.tag, str)),
            key=lambda c: scores.get(c, 0),
            default=None,
        )
        if best is None or scores.get(best, 0) < DESCEND_SHARE * total or best.tag in _NO_DESCEND:
            return node
        # The intro split from the rest of the article into a sibling box before it, of
        # the same kind (page-builder sections, rich-text blocks around a widget) or of
        # plain paragraphs: going down into the larger would lose it. Boxes after it are
        # more often a disclosure or a call to action, and do not count.
        kind = _box_kind(best.get("class"))
        if any(
            scores.get(child, 0) >= SPLIT_SHARE * total
            and (
                (kind and child.tag == best.tag and _box_kind(child.get("class")) == kind) or _is_intro(child)
            )
            for child in best.itersiblings(preceding=True)
        ):
            return node
        node = best


def _sections_beside(
    container: _Element, marked: set[_Element], root: _Element, heading: re.Pattern[str], before: bool
) -> list[_Element]:
    """Boxes after (or before) the container, at most ``SECTION_LEVELS`` levels up, that
    open with a heading ``heading`` matches, in page order."""
    node = container
    for _ in range(SECTION_LEVELS):
        if node is root:
            break
        found = []
        for sibling in node.itersiblings(preceding=before):
            if not isinstance(sibling.tag, str) or sibling in marked:
                continue
            first = next(sibling.iter(*_HEADINGS), None)
            if (
                first is not None
                and heading.match(tostring(first, method="text", encoding="unicode", with_tail=False))
                and not _inside(first, marked, sibling)
            ):
                found.append(sibling)
        if found:
            return found[::-1] if before else found
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return []


def _runs_on(before: str, text: str) -> bool:
    """Whether ``text`` opens a word that would run on from the one whose last two
    characters are ``before``: a capital after a lower-case letter ("BallOutside"), or a
    capitalised word after two capitals ("APISupabase"; not "USB" and "C")."""
    if not text[:1].isupper():
        return False
    if before[-1:].islower():
        return True
    return len(before) == 2 and before.isalpha() and before.isupper() and text[1:2].islower()


def _last_child(element: _Element) -> _Element | None:
    # len() counts an lxml element's children one by one: asked for each piece of a
    # paragraph of 40,000 bold words, it made writing it quadratic (29 s).
    return next(element.iterchildren(reversed=True), None)


def _ends_in_space(element: _Element) -> bool:
    """Whether the text written into ``element`` so far ends in white space (or nothing
    is written yet)."""
    last = _last_child(element)
    if last is not None:
        tail = last.tail
        return tail is not None and tail[-1:].isspace()
    text = element.text
    return not text or text[-1].isspace()


class _Writer:
    """Writes a page subtree as trafilatura-style XML under ``body``."""

    def __init__(self, marked: set[_Element], scores: dict[_Element, int], site: str = "") -> None:
        self.marked = marked
        self.site = site
        # The container being written, once ``walk`` has been handed it.
        self.box: _Element | None = None
        # Paragraph text under each element: a box holding more than a link list can
        # needs no link-density check (which would read its whole subtree again).
        self.scores = scores
        self.body: _Element = Element("body")
        # The paragraph that loose inline text is being gathered into, if any.
        self.pending: _Element | None = None
        # The container is an index (``_index_page``): its link lists and link boxes are
        # its entries, not menus.
        self.index = False
        # Pop-ups inside paragraphs, by paragraph: their links do not make it a link list.
        self.popovers: dict[_Element, list[_Element]] = {}
        # Controls of the disclosure panels written: a question on a <button> is text.
        self.controls: set[_Element] = set()
        # The last two characters written in the current block ("" at a block's start).
        self.last = ""

    # -- inline content -------------------------------------------------------------
    def _regular(self, text: str, parted: bool = True) -> str:
        """The text of one node as written next in the current block, its white space
        collapsed, and parted by a space from a word it would run on from: a lower-case
        letter then a capital across two elements ("<a>Earth Ball</a><em>Outside</em>",
        a card's maker and model) are two words that a style sheet sets apart, not one
        ("BallOutside"), and so are a run of capitals and a capitalised word ("API" and
        "Supabase" in two tags); not after a ``<wbr>`` (``parted`` false), which says the
        word goes on ("getElement<wbr>ById")."""
        if "\n" in text or "  " in text or "\t" in text or "\r" in text:
            text = _SPACES.sub(" ", text)
        first = text[:1]
        if first == " ":
            end = self.last[-1:]
            if not end or end.isspace():
                # No space at a block's start, nor a second one after a space (the
                # markdown keeps every space it is given).
                text = text.lstrip(" ")
        elif parted and first.isupper() and _runs_on(self.last, text):
            text = " " + text
        if text:
            self.last = text[-2:] if len(text) > 1 else self.last[-1:] + text
        return text

    def _space(self, waiting: list[str]) -> None:
        """A word break in an inline run, unless one is there already."""
        end = self.last[-1:]
        if end and not end.isspace():
            waiting.append(" ")
            self.last = " "

    @staticmethod
    def _append_raw(target: _Element, text: str) -> None:
        if not text:
            return
        last = _last_child(target)
        if last is not None:
            last.tail = (last.tail or "") + text
        else:
            target.text = (target.text or "") + text

    def _append_text(self, target: _Element, text: str | None) -> None:
        if text:
            self._append_raw(target, self._regular(text))

    def _inline(self, target: _Element, element: _Element) -> None:
        """The content of ``element`` (not its tail) as inline markup in ``target``."""
        # Text is gathered in a list and set once per run of it: appending each piece to
        # the lxml element instead copies the whole text so far every time, which made
        # a paragraph of 40,000 tiny spans take 6 s (the hostile-input tests).
        waiting: list[str] = []
        self._inline_into(target, element, waiting)
        self._append_raw(target, "".join(waiting))

    def _inline_into(self, target: _Element, element: _Element, waiting: list[str]) -> None:
        if element.text:
            # libxml2 reads <wbr> as holding the text after it
            waiting.append(self._regular(element.text, element.tag != "wbr"))
        for child in element:
            if isinstance(child.tag, str) and child not in self.marked:
                self._inline_child(target, child, waiting)
            if child.tail:
                waiting.append(self._regular(child.tail, child.tag != "wbr"))

    def _inline_child(self, target: _Element, child: _Element, waiting: list[str]) -> None:
        """One element of an inline run (not its tail) into ``target``, its text
        gathered in ``waiting`` (``_inline``)."""
        if child.tag == "br":
            self._append_raw(target, "".join(waiting))
            waiting.clear()
            SubElement(target, "lb")
            self.last = "\n"
        elif child.tag in _INLINE_FORMAT:
            self._append_raw(target, "".join(waiting))
            waiting.clear()
            self._inline(SubElement(target, "hi", rend=_INLINE_FORMAT[child.tag]), child)
        elif child.tag in selectors.SKIP_TAGS and child not in self.controls:
            pass
        elif child.tag in _BLOCKS:
            # A block written inside an inline run (a card's name and model in two
            # <div>s of one list item) still ends a word: "La Sportiva Aragon", not
            # "La SportivaAragon".
            self._space(waiting)
            self._inline_into(target, child, waiting)
            self._space(waiting)
        else:
            self._inline_into(target, child, waiting)

    def _loose(self, text: str | None) -> None:
        if text and text.strip():
            if self.pending is None:
                self.pending = SubElement(self.body, "p")
                self.last = ""
            self._append_text(self.pending, text)
        elif text and self.pending is not None and not _ends_in_space(self.pending):
            # The white space between two inline elements of a box is a word break:
            # "<span>Weight:</span> <span>2 kg</span>" is "Weight: 2 kg".
            self._append_raw(self.pending, " ")
            self.last = " "

    def _close(self) -> None:
        pending = self.pending
        self.pending = None
        self.last = ""
        if pending is not None and not has_text(pending):
            self.body.remove(pending)

    # -- blocks ---------------------------------------------------------------------
    def _link_dense(self, element: _Element) -> bool:
        chars = _chars(element)
        links = _link_chars(element)
        for popover in self.popovers.get(element, ()):
            chars -= _chars(popover)
            links -= _link_chars(popover)
        return 0 < chars <= LINK_DENSE_MAX_CHARS and links > LINK_DENSE * chars

    def _list(self, element: _Element) -> None:
        chars = _chars(element)
        if (
            chars
            and not self.index
            and _link_chars(element) > LIST_LINK_DENSE * chars
            and not self._own_links(element)
        ):
            return
        target = SubElement(self.body, "list", rend=element.tag)
        self._items(target, element)
        if not len(target):
            self.body.remove(target)

    def _own_links(self, element: _Element) -> bool:
        """Whether a link list is the article's own: one that points mostly to other
        sites (resources, references, changes) with the article going on after it. A
        list of the site's own pages is related articles or a menu, wherever it is."""
        hrefs = [a.get("href") or "" for a in element.iter("a")]
        outside = sum(1 for href in hrefs if _site(href) not in ("", self.site))
        return bool(self.site) and outside > OUTSIDE_LINK_SHARE * len(hrefs) and self._prose_follows(element)

    def _prose_follows(self, element: _Element) -> bool:
        """Whether a paragraph follows ``element`` within the container. Only the next
        ``PROSE_LOOKAHEAD`` elements in page order are looked at: a page of a thousand
        link lists must not make this quadratic."""
        box = self.box
        budget = PROSE_LOOKAHEAD
        node: _Element | None = element
        while node is not None and node is not box:
            for sibling in node.itersiblings():
                for found in sibling.iter():
                    budget -= 1
                    if budget < 0:
                        return False
                    if found.tag == "p" and _chars(found) >= FOLLOWING_PROSE_CHARS:
                        return box is not None and not _inside(found, self.marked, box)
            node = node.getparent()
        return False

    def _items(self, target: _Element, element: _Element) -> None:
        # Text and inline elements straight inside a list, outside its items (invalid
        # markup, and common: a note after an item's closing tag), are shown by browsers
        # as a line of their own where they stand: they are an item of their own.
        loose: _Element | None = None
        waiting: list[str] = []
        if element.text and element.text.strip():
            loose = self._loose_item(target, waiting)
            waiting.append(self._regular(element.text))
        for item in element:
            if isinstance(item.tag, str) and item not in self.marked and item.tag not in selectors.SKIP_TAGS:
                if item.tag in _LISTS or (
                    item.tag not in ("li", "dt", "dd") and next(item.iter("li", "dt", "dd"), None) is not None
                ):
                    # <ul> straight inside <ul>, or items wrapped in a <div> (a spacing
                    # component): invalid markup, and common.
                    self._end_loose(loose, waiting)
                    loose = None
                    self._items(target, item)
                elif item.tag in ("li", "dt", "dd") or item.tag in _BLOCKS:
                    self._end_loose(loose, waiting)
                    loose = None
                    out = SubElement(target, "item")
                    self.last = ""
                    self._inline(out, item)
                    if not has_text(out):
                        target.remove(out)
                else:  # an inline element in a loose run
                    loose = loose if loose is not None else self._loose_item(target, waiting)
                    self._inline_child(loose, item, waiting)
            if item.tail and item.tail.strip():
                loose = loose if loose is not None else self._loose_item(target, waiting)
                waiting.append(self._regular(item.tail))
        self._end_loose(loose, waiting)

    def _loose_item(self, target: _Element, waiting: list[str]) -> _Element:
        """A new item for a loose run in a list (``_items``), its text gathered in
        ``waiting``."""
        waiting.clear()
        self.last = ""
        return SubElement(target, "item")

    def _end_loose(self, loose: _Element | None, waiting: list[str]) -> None:
        """Write the loose run's gathered text into its item (dropped if empty)."""
        if loose is not None:
            self._append_raw(loose, "".join(waiting))
            waiting.clear()
            if not has_text(loose):
                parent = loose.getparent()
                if parent is not None:
                    parent.remove(loose)

    def _table(self, element: _Element) -> None:
        rows = _own_rows(element)
        if _lays_out(element, rows):
            for cell in _cells(rows):
                if not _inside(cell, self.marked, element):
                    self._close()
                    self.walk(cell)
            return
        target = SubElement(self.body, "table")
        for row in rows:
            if _inside(row, self.marked, element):
                continue
            out_row = SubElement(target, "row")
            for cell in row:
                if isinstance(cell.tag, str) and cell.tag in ("td", "th"):
                    out = (
                        SubElement(out_row, "cell", role="head")
                        if cell.tag == "th"
                        else SubElement(out_row, "cell")
                    )
                    self.last = ""
                    self._inline(out, cell)
            if not any(has_text(c) for c in out_row):
                target.remove(out_row)
        if not len(target):
            self.body.remove(target)

    def _block(self, element: _Element) -> None:
        tag = element.tag
        self.last = ""
        if tag in _HEADINGS:
            out = SubElement(self.body, "head", rend=tag)
            self._inline(out, element)
        elif tag == "p":
            if not self._link_dense(element):
                self._inline(SubElement(self.body, "p"), element)
        elif tag == "pre":
            SubElement(self.body, "code").text = _preformatted(element)
        elif tag == "blockquote":
            quote = SubElement(self.body, "quote")
            self._inline(quote, element)
        elif tag in _LISTS:
            self._list(element)
        elif tag == "table":
            self._table(element)
        elif tag in selectors.SKIP_TAGS and element in self.controls:
            self._inline(SubElement(self.body, "p"), element)
        elif tag == "hr" or (tag in selectors.SKIP_TAGS and tag not in selectors.STRUCTURAL_TAGS):
            pass
        else:
            if (
                not self.index
                and self.scores.get(element, 0) <= LINK_DENSE_MAX_CHARS
                and self._link_dense(element)
            ):
                return
            self.walk(element)
            return
        last = _last_child(self.body)
        if last is not None and last.tag != "code" and not has_text(last):
            self.body.remove(last)

    def walk(self, element: _Element) -> None:
        """Write the children of a container element."""
        self._loose(element.text)
        for child in element:
            if isinstance(child.tag, str) and child not in self.marked:
                if child.tag in _BLOCKS:
                    self._close()
                    self._block(child)
                elif child.tag == "br":
                    if self.pending is not None:
                        SubElement(self.pending, "lb")
                        self.last = "\n"
                else:
                    if self.pending is None:
                        self.pending = SubElement(self.body, "p")
                        self.last = ""
                    if child.tag in _INLINE_FORMAT:
                        self._inline(SubElement(self.pending, "hi", rend=_INLINE_FORMAT[child.tag]), child)
                    else:
                        self._inline(self.pending, child)
            self._loose(child.tail)
        self._close()


def _own_rows(table: _Element) -> list[_Element]:
    """The rows of ``table``, not those of a table nested in one of its cells (written
    with that cell, once); a table straight inside it, outside any cell (invalid, and
    shown by browsers), lends it its rows."""
    rows = []
    for row in table.iter("tr"):
        for above in row.iterancestors():
            if above is table:
                rows.append(row)
                break
            if above.tag in ("td", "th"):
                break
    return rows


def _cells(rows: list[_Element]) -> list[_Element]:
    return [cell for row in rows for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]


def _lays_out(table: _Element, rows: list[_Element]) -> bool:
    """Whether ``table`` lays out a page (old sites put the whole page in one, tables
    inside tables) rather than holding data: it has one cell, a cell holding a table of
    headings, paragraphs or lists, or a cell holding a page's worth of text with
    paragraphs, headings or a table in it. Its cells are then boxes, their paragraphs
    written as paragraphs, not one row of a table each; a data table's cell holding a
    small table (a product's dimensions) is written with its text. ``rows``: its own
    (``_own_rows``)."""
    cells = _cells(rows)
    if len(cells) == 1:
        return True  # a box drawn with a table: no data has one cell
    if any(
        next(inner.iter(*_BOX_BLOCKS), None) is not None for cell in cells for inner in cell.iter("table")
    ):
        return True  # a table of headings, paragraphs or lists in a cell lays out a box
    return _chars(table) >= LAYOUT_CELL_CHARS and any(
        next(cell.iter(*_LAYOUT_BLOCKS), None) is not None and _chars(cell) >= LAYOUT_CELL_CHARS
        for cell in cells
    )


# Inside <pre>, a line ends at a <br> and after a line of its own (highlighters wrap each
# line in a <div>): "python3<br>import os" is two lines of code, not "python3import".
_CODE_LINES = frozenset(("div", "p", "li"))


def _preformatted(pre: _Element) -> str:
    """The text of a ``<pre>`` with its line breaks, however the page marks them."""
    parts: list[str] = []

    def text(value: str | None) -> None:
        if value:
            parts.append(value)

    def ends_line() -> None:
        # Only when the text so far does not end a line already (an inner <br>, or the
        # newline the page itself put between line <div>s).
        if parts and not parts[-1].endswith("\n"):
            parts.append("\n")

    def walk(element: _Element) -> None:
        for child in element:
            if isinstance(child.tag, str):
                if child.tag == "br":
                    parts.append("\n")
                else:
                    if child.tag in _CODE_LINES:
                        ends_line()
                    text(child.text)
                    walk(child)
                    if child.tag in _CODE_LINES:
                        ends_line()
            tail = child.tail or ""
            if (
                tail
                and parts
                and parts[-1] == "\n"
                and isinstance(child.tag, str)
                and child.tag in _CODE_LINES
            ):
                tail = tail.removeprefix("\n")
            text(tail)

    text(pre.text)
    walk(pre)
    return "".join(parts)


def _index_page(container: _Element, marked: set[_Element], prose: int) -> bool:
    """Whether the container is an index: its link lists (``LIST_LINK_DENSE``) hold
    ``INDEX_LIST_SHARE`` of its text beside ``prose`` (what the container scores: its
    paragraphs, and its list items' words outside links at half weight) and at least
    ``INDEX_MIN_ENTRIES`` entries. A container that is itself a list is a menu the search
    fell into, not an index."""
    if container.tag in _LISTS:
        return False
    listed = entries = 0
    for found in container.iter("ul", "ol"):
        # A list inside another list is counted with it. A container inside a list item
        # is most often a menu's panel: its lists count for nothing.
        if _inside(found, marked, container) or next(found.iterancestors("ul", "ol"), None) is not None:
            continue
        chars = _chars(found)
        if chars and _link_chars(found) > LIST_LINK_DENSE * chars:
            listed += chars
            entries += sum(1 for _ in found.iter("li"))
    return entries >= INDEX_MIN_ENTRIES and listed > INDEX_LIST_SHARE * (listed + prose)


def _words(element: _Element) -> int:
    # The whole text at once, as the thresholds that read it were set (counting block by
    # block splits words glued at block edges, and changed which extractor won on 5 of
    # 1,281 development pages, one of them from F1 0.99 to 0.72).
    return count_words(tostring(element, method="text", encoding="unicode"))


# The region a page declares its main content (HTML's <main>, or an ARIA landmark), and
# its text outside scripts and styles.
_MAIN_REGION = XPath("//main | //*/@role[.='main']/..")  # found by its attribute: see _DIALOG_PATH
_REGION_TEXT = XPath(
    f".//text()[not({' or '.join(f'ancestor::{tag}' for tag in sorted(selectors.UNSEEN_TAGS))})]",
    smart_strings=False,
)


def main_region(tree: _Element) -> tuple[_Element | None, int]:
    """The page's declared main region (the wordiest when it declares several) and its
    words, scripts and styles aside; ``(None, 0)`` when it declares none."""
    best: _Element | None = None
    most = 0
    for region in cast("list[_Element]", _MAIN_REGION(tree)):
        found = count_words(" ".join(cast("list[str]", _REGION_TEXT(region))))
        if best is None or found > most:
            best, most = region, found
    return best, most


def select_content(
    tree: _Element, url: str = "", region: _Element | None = None, *, product: bool = False
) -> Content:
    """The main content of a parsed page (an empty body when the page has no prose).
    ``url`` tells the page's own links from links to other sites. ``product`` says the
    page sells one product (it declares it, and no article): its customers' reviews are
    furniture there.

    ``region``, an element of ``tree``, is written whole instead of the block the scores
    choose, as an index: its runs of cards and its link lists are entries, not furniture
    (a listing's main region, whose entries the scores pass over one by one)."""
    found = tree.find("body")
    root = found if found is not None else tree
    # Holding every element's proxy for the whole call spares lxml.html from creating
    # (and classifying) a new one each time a later pass touches the element.
    elements = list(root.iter())
    elements.remove(root)
    marked, hidden, runs = _furniture(root, elements, url)
    # A glossary term's tooltip or a hover card inside a sentence is shown on hover: out,
    # and its links do not make the paragraph a link list.
    popovers = _in_paragraphs(root)
    for inside in popovers.values():
        marked.update(inside)
    blocks = _blocks(root)
    raw, raw_total = _scores(root, blocks, set())
    reviews = _review_boxes(elements, raw, raw_total) if product else set()
    marked |= reviews
    # A page-builder "header" section holding paragraphs of prose is not the page header.
    marked -= {e for e in marked if e.tag == "header" and raw.get(e, 0) >= HEADER_MAX_PROSE}
    marked |= _twin_copies(root, raw)
    # Collapsed sections and content a script will reveal are hidden too; a hidden menu
    # or dialog holds little prose.
    # ... and so is a disclosure panel however short (an answer in an accordion), with the
    # question or tab name on the control that opens it.
    panels = disclosures(root, hidden)
    shown = _hidden_content(
        blocks, {e for e in hidden if e in panels.panels or raw.get(e, 0) >= HIDDEN_PROSE_CHARS}
    )
    marked -= shown
    controls = _controls_written(root, elements, panels, shown, marked) | question_buttons(root)
    marked -= controls
    # A run of cards holding most of the page's text is the page: a listicle, a
    # directory, a guide made of linked entries.
    for run in runs:
        # A run in the region a listing is written from is its entries.
        if sum(raw.get(card, 0) for card in run) > CARD_RUN_MAX_SHARE * raw_total or (
            region is not None and any(above is region for above in run[0].iterancestors())
        ):
            marked.difference_update(run)
    scores, total = _unmark_pages(root, blocks, marked, raw, raw_total)
    writer = _Writer(marked, scores, _site(url))
    writer.popovers = popovers
    writer.controls = controls
    link_share = 0.0
    # A region is written even when nothing in the page scores (a grid of short cards).
    if total or region is not None:
        container = region if region is not None else _container(root, scores, total)
        # A dialog in the container is never written, whether or not anything was
        # unmarked (a promotion's terms in a modal of a header holding the page). Looked
        # for in the container only: a walk over the whole page costs every page. Its
        # text then counts for no box's link density or index share either.
        dialogs = _dialogs(root, marked, named=False, scope=container)
        if dialogs:
            marked.update(dialogs)
            scores, total = _scores(root, blocks, marked)
            writer.scores = scores
        chars = _chars(container)
        link_share = _link_chars(container) / chars if chars else 0.0
        writer.box = container
        writer.index = region is not None or _index_page(container, marked, scores.get(container, 0))
        # A summary box before the article's container and a box of frequently asked
        # questions after it are part of the article, even when the theme sets them
        # apart from its column.
        for section in _sections_beside(container, marked, root, selectors.SUMMARY_HEADING, before=True):
            writer.walk(section)
        writer.walk(container)
        for section in _sections_beside(container, marked, root, selectors.FAQ_HEADING, before=False):
            writer.walk(section)
    card_chars = sum(raw.get(card, 0) for run in runs for card in run)
    return Content(
        body=writer.body,
        words=_words(writer.body),
        cards=sum(len(run) for run in runs),
        card_share=card_chars / raw_total if raw_total else 0.0,
        link_share=link_share,
        uncounted_paragraphs=frozenset(
            p
            for element in marked | hidden
            if isinstance(element.tag, str) and (element in reviews or _is_hidden(element))
            for p in element.iter("p")
        ),
    )
