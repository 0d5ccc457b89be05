"""Trafilatura's XML body -> plain text with paragraphs separated by a blank line.

trafilatura's own text output puts one block per line, which loses the paragraph
boundaries a corpus needs; markdown is left to trafilatura (``xmltotxt``).
"""

from __future__ import annotations

import re
import unicodedata

from lxml.etree import _Element

from articlepipe.tokens import shows

# Elements of trafilatura's output tree that start a new block.
_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "table", "row", "quote", "code", "div", "section"})
_SPACE = r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(f"{_SPACE}+")
# A run of them that _SPACES would change: a space other than " ", or two in a row.
_UNEVEN_SPACES = re.compile(f"{_SPACE}(?:(?<! )|{_SPACE})")


def clean_line(text: str) -> str:
    """Collapse runs of spaces inside one line and trim it."""
    # trafilatura's lines are mostly collapsed already: a search costs less than a copy
    # of the line rebuilt at every space.
    if _UNEVEN_SPACES.search(text) is None:
        return text.strip()
    return _SPACES.sub(" ", text).strip()


def _texts(element: _Element) -> list[str]:
    return [str(text) for text in element.itertext()]


def _flat(text: str | None) -> str:
    # trafilatura has already normalised the page's whitespace: a line break left in
    # its output is structure (e.g. one per element in its fallback extraction).
    return text or ""


def _inline(element: _Element) -> str:
    """Text of an element with no block children; ``<lb/>`` becomes a line break."""
    parts: list[str] = [_flat(element.text)]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline(child))
        parts.append(_flat(child.tail))
    return "".join(parts)


def _shown(line: str) -> str:
    """``line``, or "" when it shows nothing (zero-width characters, blank glyphs)."""
    return line if shows(line) else ""


def _lines(text: str) -> str:
    if "\n" not in text:
        # Most blocks are one line: no split, no generator, no join.
        return _shown(clean_line(text))
    return "\n".join(line for line in (clean_line(x) for x in text.split("\n")) if shows(line))


def _list_lines(element: _Element) -> list[str]:
    lines: list[str] = []
    for item in element:
        if item.tag != "item":
            continue
        own = [_flat(item.text)]
        nested: list[str] = []
        for child in item:
            if child.tag == "list":
                nested.extend(_list_lines(child))
            elif child.tag in _BLOCK_TAGS:
                # An item of a headline and paragraphs (a card): one line, its blocks
                # parted by a space ("Monitor Arms by Ann Lee", not "Armsby").
                own.append(f" {_inline(child)} ")
            else:
                own.append(_inline(child) if child.tag != "lb" else "\n")
            own.append(_flat(child.tail))
        line = _lines("".join(own))
        if line:
            lines.append(line)
        lines.extend(nested)
    return lines


def _table_lines(element: _Element) -> list[str]:
    rows = []
    for row in element.iter("row"):
        cells = [_shown(clean_line(" ".join(_texts(cell)))) for cell in row if cell.tag == "cell"]
        if any(cells):
            rows.append("\t".join(cells))
    return rows


def _container_blocks(element: _Element) -> list[str]:
    blocks = [_lines(_flat(element.text))]
    for child in element:
        blocks.extend(_blocks(child))
        blocks.append(_lines(_flat(child.tail)))
    return blocks


def _blocks(element: _Element) -> list[str]:
    tag = element.tag
    if tag == "list":
        return ["\n".join(_list_lines(element))]
    if tag == "table":
        cells = list(element.iter("cell"))
        if any(child.tag in _BLOCK_TAGS for cell in cells for child in cell):
            # A layout table (old sites put the whole page in one): its cells hold
            # paragraphs, which must stay paragraphs rather than become one long row.
            return [block for cell in cells for block in _container_blocks(cell)]
        return ["\n".join(_table_lines(element))]
    if tag == "code":
        return ["".join(_texts(element)).strip("\n")]
    if any(child.tag in _BLOCK_TAGS for child in element):
        return _container_blocks(element)
    return [_lines(_inline(element))]


def block_text(element: _Element) -> str:
    """Plain text of one block of the body (a list: one line per item)."""
    return "\n".join(b for b in _blocks(element) if b)


def render_text(body: _Element | None) -> str:
    """Plain text of an extracted body: one paragraph per block, blank line between."""
    if body is None:
        return ""
    blocks = _container_blocks(body)
    return unicodedata.normalize("NFC", "\n\n".join(b for b in blocks if b))


def tidy_markdown(markdown: str) -> str:
    """trafilatura's markdown with a blank line after each closing code fence.

    trafilatura glues the paragraph after a code block onto the fence line's next line,
    which CommonMark renders fine but breaks "paragraphs separated by a blank line".
    """
    lines = markdown.strip().split("\n")
    out: list[str] = []
    in_code = False
    for index, line in enumerate(lines):
        out.append(line)
        if line.startswith("```"):
            in_code = not in_code
            if not in_code and index + 1 < len(lines) and lines[index + 1].strip():
                out.append("")
    return "\n".join(out)
