"""Text normalisation: mojibake repaired (ftfy), Unicode NFC, invisible characters and
soft hyphens removed, white space and line breaks made regular.

Typographic quotes, dashes and every script are kept as they are: ftfy is told not to
straighten quotes, and only characters that are never wanted in a corpus are removed.
The zero-width joiner and non-joiner stay: Persian, Indic scripts and emoji sequences
need them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import ftfy

from articlepipe.extract.identity import content_hash, word_count
from articlepipe.models import Article
from articlepipe.tokens import shows

# Zero-width space, word joiner, zero-width no-break space (a stray BOM), soft hyphen,
# and the invisible separators some sites put between words.
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u180e]")
_SPACES = re.compile(r"[^\S\n]+")  # runs of white space other than line breaks
_BLANK_LINES = re.compile(r"\n{3,}")
_CONTINUATION = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
_MAYBE_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=False, normalization="NFC")


def normalise_text(text: str) -> str:
    """``text`` repaired and regularised; paragraphs stay separated by one blank line."""
    if not text:
        return text
    # ftfy costs about 1 ms per article (its own test, is_bad, 0.6 ms) and almost every
    # text needs none: it runs only where a UTF-8 lead byte read as Latin-1/cp1252 is
    # followed by a continuation byte read the same way, the mark of all such mojibake.
    fixed = ftfy.fix_text(text, config=_FTFY) if _MAYBE_MOJIBAKE.search(text) else text
    fixed = unicodedata.normalize("NFC", INVISIBLE.sub("", fixed))
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in fixed.split("\n"))
    # A line of nothing but joiners, direction marks or blank glyphs (a page's spacer) is
    # no line (``tokens.shows``).
    return _BLANK_LINES.sub("\n\n", "\n".join(line for line in lines if not line or shows(line))).strip()


def _distinct(values: tuple[str, ...]) -> tuple[str, ...]:
    # A repaired name may equal one already there ("ZoÃ« Smith" and "Zoë Smith"), and an
    # invisible one becomes empty.
    return tuple(dict.fromkeys(v for v in map(normalise_text, values) if v))


def _optional(value: str | None) -> str | None:
    return (normalise_text(value) or None) if value else None


def normalise_article(article: Article) -> Article:
    """``article`` with its text fields normalised (title, description, authors, site
    name, category, tags, disclaimer, text and markdown; the hash and word count
    recomputed when the text changed)."""
    text = normalise_text(article.text)
    changed = text != article.text
    # Every text field a reader sees: a page saved with its UTF-8 read as cp1252 garbles
    # its byline and site name as much as its body.
    return replace(
        article,
        title=normalise_text(article.title),
        description=normalise_text(article.description),
        authors=_distinct(article.authors),
        site_name=_optional(article.site_name),
        category=normalise_text(article.category),
        tags=_distinct(article.tags),
        disclaimer=_optional(article.disclaimer),
        text=text,
        markdown=normalise_text(article.markdown),
        content_hash=content_hash(text) if changed else article.content_hash,
        word_count=word_count(text) if changed else article.word_count,
    )
