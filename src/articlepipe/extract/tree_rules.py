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
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml.etree import _Element
from lxml.html import HtmlElement

from articlepipe.extract import phrases
from articlepipe.extract.boilerplate import (
    Block,
    Cleaned,
    clean_blocks,
    is_link_list,
    lead_in_rule,
    rest_after_lead_in,
    titles_of,
    words,
)
from articlepipe.extract.render import block_text
from articlepipe.models import RelatedLink, RemovedBlock

# Elements of a page that hold one block of text.
_PAGE_BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "figcaption"})
# Containers that count as one block when they hold no other block.
_PAGE_CONTAINERS = frozenset({"div", "section", "aside", "td", "header", "footer", "nav", "article"})
_PAGE_LISTS = frozenset({"ul", "ol", "dl"})
_ALL_BLOCKS = _PAGE_BLOCKS | _PAGE_CONTAINERS | _PAGE_LISTS | {"table", "form", "blockquote"}
# Enough leading text to see whether a block starts with a lead-in.
_PREFIX_CHARS = 64
_SPACES = re.compile(r"\s+")
_ANY_LEAD = re.compile(
    "|".join(p.pattern for p in (phrases.LEAD_RELATED, phrases.LEAD_PROMPT, phrases.LABEL_START)),
    re.IGNORECASE,
)
# Blocks of trafilatura's output tree; containers among them are walked into.
_BODY_CONTAINERS = frozenset({"div", "section", "article", "main"})


@dataclass(slots=True)
class TreeCleaning:
    """What ``strip_tree`` took out of a page."""

    removed: list[RemovedBlock] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    removed_words: int = 0


def _flat_text(element: _Element) -> str:
    return _SPACES.sub(" ", "".join(str(t) for t in element.itertext())).strip()


def _prefix(element: _Element) -> str:
    parts: list[str] = []
    size = 0
    for text in element.itertext():
        parts.append(str(text))
        size += len(text)
        if size >= _PREFIX_CHARS:
            break
    return _SPACES.sub(" ", "".join(parts)).lstrip()


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
            links.append(RelatedLink(title=text, url=urljoin(base, href) if base else href))
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


def _following(element: _Element) -> _Element | None:
    """The element after a bare lead-in, climbing out of wrappers that hold only it."""
    node = element
    while node.getnext() is None:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or _flat_text(parent) != _flat_text(element):
            return None
        node = parent
    return node.getnext()


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


def strip_tree(tree: HtmlElement, base_url: str = "") -> TreeCleaning:
    """Remove lead-in inserts (and the link lists they introduce) from a parsed page."""
    found = TreeCleaning()
    body = tree.find("body")
    root = body if body is not None else tree
    candidates = [
        el
        for el in root.iter(*_PAGE_BLOCKS, *_PAGE_CONTAINERS)
        if el.tag in _PAGE_BLOCKS or not _holds_blocks(el)
    ]
    seen: set[str] = set()
    for element in candidates:
        if not _ANY_LEAD.match(_prefix(element)) or not _attached(element, root):
            continue
        block = _page_block(element, base_url)
        rule = lead_in_rule(block)
        if rule is None:
            continue
        dropped = [(element, block, rule)]
        if rule == "lead-in" and not rest_after_lead_in(block.text):
            after = _following(element)
            while after is not None and isinstance(after.tag, str):
                following = _page_block(after, base_url)
                if not is_link_list(following):
                    break
                dropped.append((after, following, "lead-in-list"))
                if following.is_list:
                    break
                after = after.getnext()
        for target, target_block, target_rule in dropped:
            found.removed.append(RemovedBlock(rule=target_rule, text=target_block.text))
            if target_rule != "label":
                found.removed_words += words(target_block.text)
            if target_rule in ("lead-in", "lead-in-list", "doubled-title"):
                text = target_block.text
                if target_rule != "lead-in-list":
                    text = rest_after_lead_in(text)
                for link in titles_of(target_block, text):
                    key = link.title.casefold()
                    if key not in seen and not phrases.LEAD_RELATED.match(link.title):
                        seen.add(key)
                        found.related.append(link)
            _drop(target)
    return found


def _body_blocks(body: _Element) -> list[_Element]:
    blocks: list[_Element] = []
    for child in body:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _BODY_CONTAINERS and len(child):
            blocks.extend(_body_blocks(child))
        else:
            blocks.append(child)
    return blocks


def clean_body(body: _Element, title: str) -> Cleaned:
    """Apply every rule to trafilatura's body, removing what they reject in place."""
    elements = _body_blocks(body)
    blocks = [Block(text=block_text(el), is_list=el.tag == "list", link_chars=0) for el in elements]
    cleaned = clean_blocks(blocks, title)
    for element, kept in zip(elements, cleaned.keep, strict=True):
        if not kept:
            _drop(element)
    return cleaned
