"""How long a text is, in words, for every script: the one measure every decision uses.

A word is a whitespace-separated token holding at least one letter or digit ("—" and
"|" between words are not words). Scripts written without spaces between words (Han,
Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) have no such tokens: there each character
(a letter with the marks that combine with it) counts as one word, so a Chinese or
Japanese article of 1,000 characters has a ``word_count`` of about 1,000, not of the
handful of runs between its punctuation.

Counting characters rather than segmenting words (jieba, MeCab, PyThaiNLP) is a choice:
a segmenter per language costs tens of megabytes and milliseconds a page, and the
decisions here (is this prose, is it long enough) need only a length that grows with the
text, in every script alike. The thresholds that read it were calibrated on pages in
both kinds of script (``docs/filters.md``).

Hand-written because no library counts this way fast enough: a text with no character
of those scripts (most of them) costs two scans in C.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

# ---------------------------------------------------------------------------
# Scripts written without spaces between words: their Unicode blocks.
# ---------------------------------------------------------------------------
SPACELESS_BLOCKS: dict[str, tuple[tuple[int, int], ...]] = {
    "Thai": ((0x0E00, 0x0E7F),),
    "Lao": ((0x0E80, 0x0EFF),),
    "Myanmar": ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)),
    "Khmer": ((0x1780, 0x17FF), (0x19E0, 0x19FF)),
    "Han": (
        (0x2E80, 0x2FDF),  # radicals
        (0x3005, 0x3007),  # iteration mark, closing mark, ideographic zero
        (0x3021, 0x3029),
        (0x3038, 0x303B),
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0xF900, 0xFAFF),
        (0x20000, 0x3134F),
    ),
    "Hiragana": ((0x3041, 0x309F),),
    "Katakana": ((0x30A0, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)),
}


def _char_class(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)


def script_class(*scripts: str) -> str:
    """The characters of ``scripts`` (keys of ``SPACELESS_BLOCKS``) as the inside of a
    regex character class: ``script_class("Han", "Hiragana", "Katakana")``."""
    return _char_class([span for name in scripts for span in SPACELESS_BLOCKS[name]])


def _spaceless_ranges() -> list[tuple[int, int]]:
    return [span for spans in SPACELESS_BLOCKS.values() for span in spans]


def _marks(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The combining marks in ``ranges`` (derived from the Unicode database, not listed by
    hand); the Han blocks hold none, so they are not walked."""
    found: list[tuple[int, int]] = []
    for low, high in ranges:
        if high - low > 0x1000:
            continue
        for code in range(low, high + 1):
            if unicodedata.category(chr(code)).startswith("M"):
                if found and found[-1][1] == code - 1:
                    found[-1] = (found[-1][0], code)
                else:
                    found.append((code, code))
    return found


_SPACELESS_CLASS = script_class(*SPACELESS_BLOCKS)
_MARK_CLASS = _char_class(_marks(_spaceless_ranges()))
_SPACELESS = re.compile(f"[{_SPACELESS_CLASS}]")
# In a text with spaceless script: each of its characters with the marks that follow it,
# or, as in a text without, a whitespace-separated run of other characters holding a
# letter or digit (a Latin name or a number inside Chinese text, a Hindi word beside it).
# A run starts only where a token can (after white space, a spaceless character or its
# mark), and its leading punctuation is taken possessively: a run of 20,000 dots or
# ellipses is then read once, where "\S*\w\S*" tried it again from each of its characters
# (seconds a block, quadratic).
_MIXED_TOKEN = re.compile(
    f"[{_SPACELESS_CLASS}][{_MARK_CLASS}]*"
    f"|(?<![^\\s{_SPACELESS_CLASS}{_MARK_CLASS}])"
    f"[^\\s\\w{_SPACELESS_CLASS}]*+[^\\W{_SPACELESS_CLASS}][^\\s{_SPACELESS_CLASS}]*+"
)
# A whitespace-separated token with a letter or digit in it (not a dash, bar or bullet).
_WORD_TOKEN = re.compile(r"(?<!\S)[^\s\w]*+\w\S*+")
# A token without one, after white space (the pattern starts with the white space, not a
# look-behind, so the engine skips to it) and at the start of the text.
_WORDLESS_TOKEN = re.compile(r"\s[^\s\w]++(?!\S)")
_WORDLESS_START = re.compile(r"[^\s\w]++(?!\S)")


def has_spaceless(text: str) -> bool:
    """Whether ``text`` holds any character of a script written without spaces."""
    return _SPACELESS.search(text) is not None


# Characters that take no room on the page (Unicode category Cf: soft hyphen, Arabic
# letter mark, Mongolian vowel separator, zero-width space and joiners, direction marks
# and embeddings, word joiner and invisible operators, the byte-order mark). A page's
# spacer paragraph holds one of them alone ("<p>&zwj;</p>"); inside a word they stay.
ZERO_WIDTH = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
# Letters and symbols that print as nothing, which pages use as a blank where a space
# would be collapsed: the Hangul fillers and the blank Braille pattern.
BLANK_GLYPHS = "\u115f\u1160\u3164\uffa0\u2800"
_BLANK = re.compile(f"[\\s{ZERO_WIDTH}{BLANK_GLYPHS}]*")


def shows(text: str) -> bool:
    """Whether ``text`` holds a character a reader sees: not only white space,
    zero-width characters (``ZERO_WIDTH``) and blank glyphs (``BLANK_GLYPHS``)."""
    return _BLANK.fullmatch(text) is None


# Texts up to this long have their counts cached (at most 4,096 of them: 8 to 32 MB,
# by the script): the boilerplate rules, the page type and the filters ask for the same
# blocks' counts again and again. Whole bodies are not, so the cache cannot hold
# thousands of pages' text.
CACHED_CHARS = 2000
# Past this length a text is counted without splitting it into paragraphs or words
# (each a list as large as the text).
STREAMED_CHARS = 1_000_000


def count_words(text: str) -> int:
    """The number of words in ``text`` (see the module docstring)."""
    if len(text) <= CACHED_CHARS:
        return _cached_count(text)
    if len(text) > STREAMED_CHARS:
        pattern = _WORD_TOKEN if _SPACELESS.search(text) is None else _MIXED_TOKEN
        return sum(1 for _ in pattern.finditer(text))
    # A body is the sum of its paragraphs (no word spans a blank line), each of them
    # likely counted, and cached, by a rule before.
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 1:
        return sum(count_words(paragraph) for paragraph in paragraphs)
    return _count(text)


@lru_cache(maxsize=4096)
def _cached_count(text: str) -> int:
    return _count(text)


def _count(text: str) -> int:
    if _SPACELESS.search(text) is not None:
        return len(_MIXED_TOKEN.findall(text))
    # The _WORD_TOKEN matches, counted as the whitespace-separated tokens less those with
    # no letter or digit: split() runs in C without a pattern, and such tokens are few,
    # where a list of every word cost a third more on the long texts counted here.
    wordless = len(_WORDLESS_TOKEN.findall(text)) + (_WORDLESS_START.match(text) is not None)
    return len(text.split()) - wordless


def name_parts(name: str) -> int:
    """How many parts a person's name has: its whitespace-separated tokens, in every
    script ("วิไลวรรณ ศรีสุข" two, "李明" one). Not a length of text: a Thai or Chinese name
    counted in characters would be as long as a sentence."""
    return len(name.split())


def words(text: str, limit: int | None = None) -> list[str]:
    """The words of ``text``, as ``count_words`` counts them; the first ``limit`` only,
    when given (a measure that needs no more than that then costs no more memory)."""
    pattern = _WORD_TOKEN if _SPACELESS.search(text) is None else _MIXED_TOKEN
    if limit is None:
        return pattern.findall(text)
    return [match.group() for match in islice(pattern.finditer(text), limit)]
