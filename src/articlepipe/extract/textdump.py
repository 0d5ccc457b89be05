"""Plain-text inputs (``.txt``): naive dumps of a page made by another scraper.

Such a dump has no markup, only lines: a section label, the headline (often twice:
once as the page title, once above the body), a lede, the body, and the page's inserts
flattened into lines ("Related Article T T", "Also check T1 T1 T2 T2 …", "To top").
The head is read from the first lines (the site's header before the headline, short
lines that are no sentence, is dropped as ``site-header``); the rest goes through the
same boilerplate rules as HTML bodies.
"""

from __future__ import annotations

import re
import unicodedata

from articlepipe.extract.assemble import assemble
from articlepipe.extract.boilerplate import Block, clean_blocks, doubled_titles, norm, words
from articlepipe.extract.render import clean_line
from articlepipe.models import Article, Page, RemovedBlock

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# The headline is within the first lines, after the site's header (its name and slogan,
# a menu or two, the section label).
HEAD_LINES = 12
# A section label ("Mental Health") is a few words; a headline at most this many.
MAX_LABEL_WORDS = 4
MAX_TITLE_WORDS = 25
# A line of the site's header before the headline (a slogan, a menu entry) is short and
# no sentence: a lede or a first paragraph before the headline stays.
MAX_HEADER_WORDS = 12
_SENTENCE_END = (".", "!", "?", "…")


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a text dump: blocks separated by blank lines, lines trimmed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = []
    for block in _PARAGRAPH_BREAK.split(text):
        lines = [clean_line(line) for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            blocks.append(joined)
    return blocks


def _headline_like(line: str) -> bool:
    return 2 <= words(line) <= MAX_TITLE_WORDS and not line.rstrip().endswith(".")


def _header_line(line: str) -> bool:
    return words(line) <= MAX_HEADER_WORDS and not line.rstrip().endswith(_SENTENCE_END)


def _title_position(lines: list[str]) -> tuple[int, int] | None:
    """Where the headline is (first and last index) if the dump repeats it at the top."""
    head = lines[:HEAD_LINES]
    for first, line in enumerate(head):
        if not _headline_like(line):
            continue
        doubled = doubled_titles(line)
        if doubled and len(doubled) == 1:
            return first, first
        for second in range(first + 1, len(head)):
            if norm(head[second]) == norm(line):
                return first, second
    return None


def extract_text(page: Page, text: str) -> Article:
    """An Article from a text dump: head fields read off, boilerplate rules applied."""
    lines = [line for para in paragraphs(text) for line in para.split("\n")]
    title = category = description = ""
    removed: list[RemovedBlock] = []
    found = _title_position(lines)
    if found is not None:
        first, last = found
        doubled = doubled_titles(lines[first])
        title = doubled[0] if first == last and doubled else lines[first]
        before, between = lines[:first], lines[first + 1 : last]
        if before and all(_header_line(line) for line in before):
            # The site's header, then the headline: the label right above it is the
            # section, the rest is the site's (name, slogan, "Conditions A to Z").
            header = [RemovedBlock(rule="site-header", text=line) for line in before]
            if words(before[-1]) <= MAX_LABEL_WORDS:
                category = before[-1]
                header[-1] = RemovedBlock(rule="section-label", text=category)
            removed.extend(header)
            before = []
        if len(between) == 1:
            description = between[0]
            between = []
        removed.append(RemovedBlock(rule="headline", text=lines[first]))
        if last != first:
            removed.append(RemovedBlock(rule="repeated-headline", text=lines[last]))
        lines = before + between + lines[last + 1 :]
    # A dump lost its links: the titles listed after "Recent posts" are plain lines.
    cleaned = clean_blocks([Block(text=line) for line in lines], title, flat=True)
    body = "\n\n".join(line for line, kept in zip(lines, cleaned.keep, strict=True) if kept)
    return assemble(
        page,
        canonical_url=page.final_url or page.url,
        text=body,
        markdown=body,
        title=title,
        description=description,
        category=category or cleaned.category,
        disclaimer="\n\n".join(cleaned.disclaimer),
        related=tuple(cleaned.related),
        removed=(*removed, *cleaned.removed),
    )
