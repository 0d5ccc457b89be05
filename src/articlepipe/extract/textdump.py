"""Plain-text inputs (``.txt``): naive dumps of a page made by another scraper.

For now the text passes through with its layout normalised (one blank line between
paragraphs, spaces collapsed); boilerplate cleaning of dumps is a later step.
"""

from __future__ import annotations

import re
import unicodedata

from articlepipe.extract.assemble import assemble
from articlepipe.extract.render import clean_line
from articlepipe.models import Article, Page

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


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


def extract_text(page: Page, text: str) -> Article:
    """An Article whose body is the dump's text, paragraphs separated by a blank line."""
    body = "\n\n".join(paragraphs(text))
    return assemble(page, canonical_url=page.final_url or page.url, text=body, markdown=body)
