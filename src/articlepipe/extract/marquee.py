"""A marquee: one short phrase repeated end to end, and nothing else.

Sites scroll a call to action or a slogan across a band of the page ("Book now ✦ Book
now ✦ Book now …"); the markup holds the phrase many times over so the loop looks
endless. Its text is the same unit again and again, parted by one ornament, in any
language, so it is recognised by that shape alone, not by its words.

Prose repeats words for effect too, and that stays: a chant or a cry ("Lock her up! Lock
her up! …", "“Help me! Help me! Help me!”"), lyrics on lines of their own, laughter
("哈哈 哈哈 哈哈"), a row of a table ("N/A", "10 mg"), a list of identical items, tags
("#MeToo #MeToo …") and code. So the copies must be exactly alike; what parts them must be
the same each time and an ornament (a bullet, a star, a slash, a dash, a pictograph), not
sentence punctuation, quotes or code symbols; a phrase with a digit is data; a phrase of
one word (or one run of Chinese, Japanese or Thai) needs five copies; copies parted by
spaces alone need eight, on one line. Hand-written: no library recognises a repeated unit
in a string.
"""

from __future__ import annotations

import re
import unicodedata

# Copies of a phrase of two words or more, parted by an ornament ("Book now ✦ Book now ✦
# Book now"); two copies are a name said twice ("New York — New York").
MIN_COPIES = 3
# ... of one word, or one run of a script written without spaces: "SALE • SALE • SALE •
# SALE • SALE"; "Yes • Yes • Yes" is a row of answers.
MIN_WORD_COPIES = 5
# ... parted by spaces alone, on one line ("Book now Book now …", the ornaments being
# pictures): more than a speaker would say.
MIN_PLAIN_COPIES = 8
# A marquee's phrase is short, and a block longer than this is not looked at.
MAX_UNIT_CHARS = 80
MAX_CHARS = 4000

_FIRST_WORD = re.compile(r"\w+")
_HAS_WORD = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
# Ornaments besides pictographs (Unicode's "other symbols": ✦ ★ ● ➤ and emoji). Not "|"
# (a table flattened into text), "#", "@", "$", "<", "=" (tags, mentions, prices, code),
# quotes, brackets or sentence punctuation in any script.
_ORNAMENTS = frozenset("•·・‧∙⋅∘◦*/¦‖—~※‣⁂⁑\u2013\u00d7")  # and the en dash and the multiplication sign


def _ornament(separator: str) -> bool:
    """Whether what parts the copies is spaces and one or more ornaments only."""
    marks = separator.replace(" ", "")
    return bool(marks) and all(c in _ORNAMENTS or unicodedata.category(c) == "So" for c in marks)


def _ends_word(char: str) -> bool:
    # A combining mark ends a word too: "करें" and "करो" differ in the mark alone.
    return _HAS_WORD.match(char) is not None or unicodedata.category(char).startswith("M")


def _copies(flat: str) -> tuple[str, int, str] | None:
    """The unit ``flat`` (white space collapsed) repeats, how many times, and the one
    separator between the copies; None when the text is anything but copies of one
    unit parted by one separator, with marks at most around them."""
    first = _FIRST_WORD.search(flat)
    if first is None:
        return None
    word, start = first.group(), first.start()
    position = flat.find(word, first.end())
    while position != -1 and position - start <= MAX_UNIT_CHARS:
        # A copy starts a word: "The" in "Then" starts none.
        if not _ends_word(flat[position - 1]):
            end = position
            while end > start and not _ends_word(flat[end - 1]):
                end -= 1
            unit = flat[start:end]
            if flat.count(unit) >= MIN_COPIES:
                pieces = flat.split(unit)
                between = pieces[1:-1]
                marks = "".join(pieces)
                # One separator, the same each time, and no word or mark anywhere.
                if (
                    len({piece.strip() for piece in between}) == 1
                    and not _HAS_WORD.search(marks)
                    and not any(unicodedata.category(c).startswith("M") for c in marks)
                ):
                    return unit, len(pieces) - 1, between[0]
        position = flat.find(word, position + 1)
    return None


def is_marquee(text: str) -> bool:
    """Whether ``text`` is a marquee: one short phrase without digits repeated end to end,
    the copies parted by the same ornament each time (or, many more of them, by spaces on
    one line). A table's row (its cells parted by tabs) is none."""
    # Cheap tests first, asked of every block: a marquee's first word recurs in every copy.
    if len(text) > MAX_CHARS or "\t" in text:
        return False
    first = _FIRST_WORD.search(text)
    if first is None or text.count(first.group()) < MIN_COPIES:
        return False
    found = _copies(" ".join(text.split()))
    if found is None:
        return False
    unit, copies, separator = found
    if _DIGIT.search(unit) or not any(c.isalpha() for c in unit):
        return False
    if _ornament(separator):
        return copies >= (MIN_COPIES if " " in unit else MIN_WORD_COPIES)
    plain = not separator.strip() and "\n" not in text.strip()
    return plain and " " in unit and copies >= MIN_PLAIN_COPIES
