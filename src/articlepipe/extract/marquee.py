"""A marquee: one short phrase repeated end to end, and nothing else.

Sites scroll a call to action or a slogan across a band of the page ("Book now ✦ Book
now ✦ Book now …", "Free shipping over $50 • Free shipping over $50 • …"); the markup
holds the phrase many times over so the loop looks endless. Its text is the same unit
again and again, parted by spaces, punctuation or an ornament, in any language, so it is
recognised by that shape alone, not by its words.

Prose repeats words for effect too ("Location, location, location", "Thank you! Thank
you! Thank you!", "ha ha ha ha"); those stay: the copies must be exactly alike (case
included), a phrase of one word needs an ornament between its copies and many of them,
and copies parted only by spaces and punctuation need more than a speaker would say.
Hand-written: no library recognises a repeated unit in a string.
"""

from __future__ import annotations

import re
import unicodedata

from articlepipe.tokens import count_words

# Copies a marquee of two or more words shows at least, when an ornament ("•", "*",
# "✦", "|", "—") parts them; a ticker's markup repeats its phrase many times.
MIN_COPIES = 3
# ... when only spaces and punctuation part them ("Book now. Book now. …"): a reader's
# "Thank you! Thank you! Thank you!" or a chant of three or four stays.
MIN_PLAIN_COPIES = 5
# ... and a phrase of one word, which only ever passes with an ornament between copies
# ("SALE • SALE • SALE • SALE • SALE"); "Yes | Yes | Yes" in a row of a table stays.
MIN_WORD_COPIES = 5
# A marquee's phrase is short, and a block longer than this is not looked at.
MAX_UNIT_CHARS = 80
MAX_CHARS = 4000

_FIRST_WORD = re.compile(r"\w+")
_HAS_WORD = re.compile(r"\w")
# Punctuation that ends or joins a sentence: between copies it makes them a speaker's
# repetition, not an ornament.
_SENTENCE_MARKS = frozenset(".,;:!?'\"()[]{}\u2026\u3001\u3002\uff01\uff0c\uff1f\uff1b\uff1a-_")


def _ornament(separators: str) -> bool:
    """Whether the text between copies holds an ornament: a symbol ("✦", "|", "+") or
    punctuation that ends no sentence ("•", "·", "*", "/", "—")."""
    return any(
        not char.isspace() and char not in _SENTENCE_MARKS and unicodedata.category(char)[0] in "SP"
        for char in separators
    )


def _copies(text: str) -> tuple[str, int, str] | None:
    """The unit ``text`` repeats, how many times, and what stands between the copies;
    None when the text is anything but copies of one unit and the marks around them."""
    # Cheap tests first, asked of every block: a marquee's first word recurs in every copy.
    if len(text) > MAX_CHARS:
        return None
    first = _FIRST_WORD.search(text)
    if first is None or text.count(first.group()) < MIN_COPIES:
        return None
    flat = " ".join(text.split())
    first = _FIRST_WORD.search(flat)
    if first is None:
        return None
    word = first.group()
    start = first.start()
    position = flat.find(word, first.end())
    while position != -1 and position - start <= MAX_UNIT_CHARS:
        unit = flat[start:position].rstrip()
        # The marks after the phrase part its copies; the phrase ends at its last word.
        end = len(unit)
        while end and not _HAS_WORD.match(unit[end - 1]):
            end -= 1
        unit = unit[:end]
        # A phrase has a letter: "0:00 / 0:00" is a player's clock.
        if any(char.isalpha() for char in unit):
            pieces = flat.split(unit)
            between = "".join(pieces)
            if not _HAS_WORD.search(between):
                return unit, len(pieces) - 1, between
        position = flat.find(word, position + 1)
    return None


def is_marquee(text: str) -> bool:
    """Whether ``text`` is a marquee: one short phrase repeated end to end, with nothing
    else but spaces, punctuation and ornaments between the copies."""
    found = _copies(text)
    if found is None:
        return False
    unit, copies, separators = found
    ornament = _ornament(separators)
    if count_words(unit) < 2:
        return ornament and copies >= MIN_WORD_COPIES
    return copies >= (MIN_COPIES if ornament else MIN_PLAIN_COPIES)
