"""The boilerplate rules applied to trees: the parsed page before extraction, and
trafilatura's body after it.

Before extraction (``strip_tree``) only the lead-in rule runs: there the links of a
"Related articles" box are still in the page, so their titles and URLs can go to
``related`` even when the extractor would have dropped the box anyway, and an insert
written as a plain paragraph is gone before the extractor can keep it. After
extraction (``clean_body``) every rule runs on the body's blocks, including those
that need to know where the body starts and ends (headline, label, disclaimer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast
from urllib.parse import urljoin

from lxml.etree import _Element
from lxml.html import HtmlElement

from articlepipe.extract import phrases
from articlepipe.extract.boilerplate import (
    MAX_LABEL_WORDS,
    NOT_A_LABEL,
    Block,
    Cleaned,
    add_related,
    clean_blocks,
    insert_titles,
    introduces_list,
    is_link_list,
    is_shouting,
    lead_in_rule,
    list_rule,
    named_header_without_list,
    norm,
    shop_label_rule,
    words,
)
from articlepipe.extract.pagesignals import declares_post, post_words
from articlepipe.extract.render import block_text
from articlepipe.models import RelatedLink, RemovedBlock
from articlepipe.tokens import count_words

# Elements of a page that hold one block of text.
_PAGE_BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "figcaption"})
# Containers that count as one block when they hold no other block.
_PAGE_CONTAINERS = frozenset({"div", "section", "aside", "td", "header", "footer", "nav", "article"})
_PAGE_LISTS = frozenset({"ul", "ol", "dl"})
_ALL_BLOCKS = _PAGE_BLOCKS | _PAGE_CONTAINERS | _PAGE_LISTS | {"table", "form", "blockquote"}
# Enough leading text to see whether a block starts with a lead-in.
_PREFIX_CHARS = 64
_FIRST_WORD = re.compile(r"\w+")
# A box holding an e-mail sign-up form and at most this many words is a newsletter box.
MAX_SIGNUP_WORDS = 60
_SIGNUP_INPUT = (
    './/input[@type="email" or contains(translate(@name, "EMAIL", "email"), "mail")'
    ' or contains(translate(@placeholder, "EMAIL", "email"), "mail")]'
)
# A description this short is a label, not a standfirst.
MIN_STANDFIRST_WORDS = 6
_DESCRIPTION = '//meta[@name="description"]/@content|//meta[@property="og:description"]/@content'
# Rules that may clear loose text between blocks: those that need no links or context.
_LOOSE_TEXT_RULES = frozenset({"label", "prompt", "newsletter", "furniture", "share-row", "toc", "marquee"})
# Blocks of trafilatura's output tree; containers among them are walked into.
_BODY_CONTAINERS = frozenset({"div", "section", "article", "main"})


@dataclass(slots=True)
class TreeCleaning:
    """What ``strip_tree`` took out of a page."""

    removed: list[RemovedBlock] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    removed_words: int = 0
    category: str = ""


def _flat_text(element: _Element) -> str:
    return " ".join("".join(str(t) for t in element.itertext()).split())


def _prefix(element: _Element) -> str:
    """The start of an element's text. Whitespace is left as it is: the lead-in patterns
    allow any run of it between words, and this runs on every block of the page."""
    own = element.text
    if own and len(own) >= _PREFIX_CHARS:
        return own[: _PREFIX_CHARS * 4].lstrip()  # the common case, without walking the subtree
    parts: list[str] = []
    size = 0
    for text in element.itertext():
        parts.append(str(text))
        size += len(text)
        if size >= _PREFIX_CHARS:
            break
    return "".join(parts).lstrip()


def _links(element: _Element, base: str) -> tuple[tuple[RelatedLink, ...], int]:
    links: list[RelatedLink] = []
    chars = 0
    for anchor in element.iter("a"):
        text = _flat_text(anchor)
        chars += len(text)
        if not text:
            image = next(anchor.iter("img"), None)
            text = (image.get("alt") or "").strip() if image is not None else ""
        href = (anchor.get("href") or "").strip()
        if text and href and not href.startswith(("#", "javascript:", "mailto:")):
            try:
                links.append(RelatedLink(title=text, url=urljoin(base, href) if base else href))
            except ValueError:  # a malformed link ("http://[x"): left out
                continue
    return tuple(links), chars


def _page_block(element: _Element, base: str) -> Block:
    links, chars = _links(element, base)
    return Block(text=_flat_text(element), links=links, link_chars=chars, is_list=element.tag in _PAGE_LISTS)


def _holds_blocks(element: _Element) -> bool:
    return any(isinstance(child.tag, str) and child.tag in _ALL_BLOCKS for child in element)


def _attached(element: _Element, root: _Element) -> bool:
    node: _Element | None = element
    while node is not None:
        if node is root:
            return True
        node = node.getparent()
    return False


def _next_element(node: _Element) -> _Element | None:
    """The next sibling that is an element (comments and processing instructions skipped)."""
    after = node.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after


def _following(element: _Element) -> _Element | None:
    """The element after a bare lead-in, climbing out of wrappers that hold only it."""
    node = element
    while _next_element(node) is None:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or _flat_text(parent) != _flat_text(element):
            return None
        node = parent
    return _next_element(node)


def _drop(element: _Element) -> None:
    if isinstance(element, HtmlElement):
        element.drop_tree()
        return
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _signup_boxes(root: _Element) -> list[_Element]:
    """Newsletter boxes: the largest short container around an e-mail sign-up field. The
    search starts at the field, not the form: some sites wrap their whole page in one
    ``<form>`` (ASP.NET), and a newsletter field in it must not take the page along."""
    boxes: list[_Element] = []
    for form in root.iter("form"):
        fields = cast("list[_Element]", form.xpath(_SIGNUP_INPUT))
        if not fields:
            continue
        box = fields[0]
        parent = box.getparent()
        while (
            parent is not None
            and parent.tag not in ("body", "html", "article", "main")
            and words(_flat_text(parent)) <= MAX_SIGNUP_WORDS
        ):
            box, parent = parent, parent.getparent()
        boxes.append(box)
    return boxes


def _previous_text_element(element: _Element) -> _Element | None:
    node = element.getprevious()
    while node is not None and (not isinstance(node.tag, str) or not _flat_text(node)):
        node = node.getprevious()
    return node


def _section_label(root: _Element) -> _Element | None:
    """The short label right above the page's headline ("Mental Health", "Atletismo")."""
    headline = next(root.iter("h1"), None)
    if headline is None:
        return None
    label = _previous_text_element(headline)
    parent = headline.getparent()
    if label is None and parent is not None and parent is not root:
        label = _previous_text_element(parent)
    if label is None or label.tag in ("nav", "ul", "ol", "header", "form", "script", "style"):
        return None
    text = _flat_text(label)
    if not 0 < words(text) <= MAX_LABEL_WORDS or NOT_A_LABEL.search(text):
        return None
    if phrases.LABEL_ONLY.match(text) or phrases.LEAD_PROMPT.match(text):
        return None
    return label


# A text-only box is a standfirst only when it is this short.
MAX_BOX_STANDFIRST_WORDS = 80
# Tags of boxes and blocks: a <div> holding one of them is not itself a paragraph.
_BOX_TAGS = frozenset(("div", "p", "section", "article", "ul", "ol", "table", "h2", "h3", "h4"))


def _standfirst(root: _Element, descriptions: list[str]) -> _Element | None:
    """The page's description set under the headline as a standfirst.

    It is the same text as one of the descriptions (the meta and the Open Graph one may
    differ), in a heading, a paragraph or a short text-only box (an "excerpt" widget)
    that stands outside the run of body paragraphs (its parent holds at most one
    ``<p>``); when the description merely repeats the first body paragraph, that
    paragraph stays, and so does a thread's first post that it copies (``_in_post``).
    """
    wanted = {norm(d) for d in descriptions}
    wanted = {w for w in wanted if count_words(w) >= MIN_STANDFIRST_WORDS}
    if not wanted:
        return None
    starts = tuple({" ".join(w.split()[:3]) for w in wanted})
    first_words = {w.split()[0] for w in wanted}
    boxes = any(count_words(w) <= MAX_BOX_STANDFIRST_WORDS for w in wanted)
    for element in root.iter("h2", "h3", "h4", "h5", "h6", "p", "div"):
        if element.tag == "div" and not (
            # Cheap tests first: most boxes hold other boxes and no text of their own.
            boxes
            and (element.text or "").strip()
            and not any(isinstance(child.tag, str) and child.tag in _BOX_TAGS for child in element)
        ):
            continue
        own = element.text
        first = _FIRST_WORD.search(own) if own else None
        # The element's own text starts it: one cheap look at its first word.
        if first is not None and first.group().casefold() not in first_words:
            continue
        if not norm(_prefix(element)).startswith(starts):
            continue
        text = norm(_flat_text(element))
        if text not in wanted or (element.tag == "div" and count_words(text) > MAX_BOX_STANDFIRST_WORDS):
            continue
        parent = element.getparent()
        if (
            parent is not None
            and sum(1 for child in parent if child.tag == "p") <= 1
            and not _in_post(element)
        ):
            return element
        return None
    return None


def _in_post(element: _Element) -> bool:
    """Whether ``element`` sits in a post of a discussion, named for one ("comment",
    "reply", "answer") or declared one by microdata: a thread's description copies its
    first post, which is no standfirst. Only boxes below the page's headline count: a
    wrapper around the headline too ("content-area has-comments", the body's
    "comments-open") is the page's, not a post."""
    headline = next(element.getroottree().getroot().iter("h1"), None)
    above = set(headline.iterancestors()) if headline is not None else set()
    for ancestor in element.iterancestors():
        if ancestor in above or ancestor.tag in ("body", "html"):
            return False
        if post_words(ancestor) or declares_post(ancestor):
            return True
    return False


def strip_tree(tree: HtmlElement, base_url: str = "") -> TreeCleaning:
    """Remove lead-in inserts (and the link lists they introduce), newsletter boxes, the
    standfirst and the section label above the headline from a parsed page."""
    found = TreeCleaning()
    body = tree.find("body")
    root = body if body is not None else tree
    standfirst = _standfirst(root, [str(found_text) for found_text in tree.xpath(_DESCRIPTION)])
    if standfirst is not None:
        found.removed.append(RemovedBlock(rule="standfirst", text=_flat_text(standfirst)))
        _drop(standfirst)
    label = _section_label(root)
    if label is not None:
        found.category = _flat_text(label)
        found.removed.append(RemovedBlock(rule="section-label", text=found.category))
        _drop(label)
    for box in _signup_boxes(root):
        if _attached(box, root):
            found.removed.append(RemovedBlock(rule="signup-form", text=_flat_text(box)))
            _drop(box)
    candidates = [
        el
        for el in root.iter(*_PAGE_BLOCKS, *_PAGE_CONTAINERS)
        if el.tag in _PAGE_BLOCKS or not _holds_blocks(el)
    ]
    for element in candidates:
        prefix = _prefix(element)
        if not (phrases.starts_with_lead(prefix) or is_shouting(prefix)) or not _attached(element, root):
            continue
        block = _page_block(element, base_url)
        rule = lead_in_rule(block)
        if rule is None:
            continue
        after = _following(element) if introduces_list(block, rule) else None
        following = _page_block(after, base_url) if after is not None else None
        if named_header_without_list(block, rule, following):
            continue
        dropped = [(element, block, rule)]
        if introduces_list(block, rule):
            while after is not None:
                following = _page_block(after, base_url)
                if not is_link_list(following):
                    break
                dropped.append((after, following, list_rule(rule)))
                if following.is_list:
                    break
                after = _next_element(after)
        for target, target_block, target_rule in dropped:
            found.removed.append(RemovedBlock(rule=target_rule, text=target_block.text))
            if target_rule != "label":
                found.removed_words += words(target_block.text)
            add_related(found.related, insert_titles(target_block, target_rule))
            _drop(target)
    return found


def _is_layout_table(table: _Element) -> bool:
    """A table used for page layout: its cells hold paragraphs and headings, not data."""
    return any(
        isinstance(c.tag, str) and c.tag in ("p", "head", "list", "quote")
        for cell in table.iter("cell")
        for c in cell
    )


def _body_blocks(body: _Element) -> list[_Element]:
    blocks: list[_Element] = []
    for child in body:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _BODY_CONTAINERS and len(child):
            blocks.extend(_body_blocks(child))
        elif child.tag == "table" and _is_layout_table(child):
            for cell in child.iter("cell"):
                # A cell of loose text ("January 22nd, 2019") is a block of its own.
                blocks.extend(_body_blocks(cell) if len(cell) else [cell])
        else:
            blocks.append(child)
    return blocks


def _drop_label_items(body: _Element, blocks: list[tuple[_Element, str]]) -> list[RemovedBlock]:
    """List items, and loose text between blocks, that are only a label ("Sign up"), and
    paragraphs that are only a shop's control ("Add to cart", ``shop_label_rule``).

    Only the tails of block-level elements count as loose text: the tail of an inline
    element (``<hi>``, ``<lb/>``) is the rest of its paragraph.
    """
    removed: list[RemovedBlock] = []
    for element, _ in blocks:
        tail = (element.tail or "").strip()
        rule = lead_in_rule(Block(text=tail)) if tail else None
        if rule in _LOOSE_TEXT_RULES:
            removed.append(RemovedBlock(rule=str(rule), text=tail))
            element.tail = None
    for element, text in blocks:
        # A paragraph, never a heading: "Compare" and "Sold out" head sections too.
        if element.tag == "p" and shop_label_rule(text):
            removed.append(RemovedBlock(rule="label", text=text))
            _drop(element)
    for item in list(body.iter("item")):
        text = block_text(item)
        if phrases.LABEL_ONLY.match(text) or phrases.TEMPLATE_TAG.match(text) or shop_label_rule(text):
            removed.append(RemovedBlock(rule="label", text=text))
            _drop(item)
    return removed


def clean_body(body: _Element, title: str, authors: Sequence[str] = ()) -> Cleaned:
    """Apply every rule to trafilatura's body, removing what they reject in place;
    ``authors`` (the byline's) tell their bio after the article."""
    elements = _body_blocks(body)
    blocks = [
        Block(text=block_text(el), is_list=el.tag == "list", is_code=el.tag == "code") for el in elements
    ]
    cleaned = clean_blocks(blocks, title, authors)
    for element, kept in zip(elements, cleaned.keep, strict=True):
        if not kept:
            _drop(element)
    if cleaned.fell_back:
        return cleaned  # it keeps all but what stands whatever the rules say (copies, filler)
    written = [
        (el, block.text) for el, block, kept in zip(elements, blocks, cleaned.keep, strict=True) if kept
    ]
    cleaned.removed.extend(_drop_label_items(body, written))
    return cleaned
