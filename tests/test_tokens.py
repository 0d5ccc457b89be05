"""One measure of text length for every script."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlepipe.tokens import ZERO_WIDTH, count_words, has_spaceless, shows, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met on Tuesday — and voted.", 7),  # the dash is no word
        ("Home | News | Sport", 3),
        ("state-of-the-art, it's 2026!", 3),
        ("हिन्दी भाषा में लिखा गया लेख", 6),  # combining vowel signs stay inside their word
        ("العَرَبِيَّة لغة جميلة", 3),
        ("한국어 문장은 띄어 씁니다", 4),  # Korean is written with spaces
        ("Москва — столица России.", 3),
        ("", 0),
        ("   \n\n  ", 0),
    ],
)
def test_words_of_spaced_scripts_are_whitespace_tokens_with_a_letter_or_digit(
    text: str, expected: int
) -> None:
    assert count_words(text) == expected == len(words(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本語の文章です。", 8),  # each character, punctuation not
        ("中文句子，包含English和123。", 9),  # 6 Han, one Latin word, 和, one number
        ("コーヒーを飲みました", 10),
        ("ภาษาไทยที่", 8),  # ที่ is one letter with two marks
        ("မြန်မာ", 3),  # three Myanmar letters, each with the marks that follow it
        ("ភាសាខ្មែរ", 5),
        ("ພາສາລາວ", 7),
    ],
)
def test_in_scripts_without_spaces_each_character_is_a_word(text: str, expected: int) -> None:
    assert has_spaceless(text)
    assert count_words(text) == expected == len(words(text))


def test_a_chinese_article_is_as_long_as_its_characters() -> None:
    sentence = "研究人员在三年里跟踪了两千名成年人的睡眠习惯。"
    article = "\n\n".join(sentence * 4 for _ in range(10))
    assert str.split(article).__len__() == 10  # what whitespace splitting made of it
    assert count_words(article) == 22 * 4 * 10


def test_english_prose_counts_as_before() -> None:
    prose = "Residents who spoke asked for longer library hours and faster road repairs."
    assert count_words(prose) == len(prose.split()) == 12
    assert not has_spaceless(prose)


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Tuesday — it's state-of-the-art.",
        "हिन्दी भाषा में लिखा गया लेख",
        "العَرَبِيَّة لغة جميلة",
    ],
)
def test_one_chinese_character_does_not_change_how_the_other_words_are_counted(text: str) -> None:
    # A credit line "(新华社)" under a syndicated story must not split its words apart.
    assert count_words(f"{text} (新华社)") == count_words(text) + 3
    assert words(f"{text} 中")[:-1] == words(text)


@pytest.mark.parametrize("mixed", ["", "中文 "])
def test_a_long_run_of_punctuation_is_read_once(mixed: str) -> None:
    # Twenty thousand ellipses between two words (a scraped separator, hostile input):
    # two words, counted in milliseconds (the pattern tried the run from each of its
    # characters before, seconds a block). A time limit would be noisy; the size makes
    # the quadratic case take minutes, so a regression shows as a hung test.
    run = "…" * 200_000
    assert count_words(f"{mixed}before {run} after") == count_words(f"{mixed}before after")
    assert words(f"{mixed}before {run}x after")[-2:] == [f"{run}x", "after"]


def test_zero_width_characters_are_format_characters_and_show_nothing() -> None:
    listed = [chr(c) for c in range(0x10000) if re.fullmatch(f"[{ZERO_WIDTH}]", chr(c))]
    assert len(listed) > 20 and {unicodedata.category(c) for c in listed} == {"Cf"}
    assert not shows("") and not shows(" \n\u200d\u200b ") and not shows("\u00a0")
    assert shows("\u200da") and shows("・") and shows("👩\u200d⚕️")
    # Hangul fillers and the blank Braille pattern print as nothing too; Hangul does not.
    assert not shows("\u3164") and not shows(" \u2800 \uffa0") and shows("한\u3164")


# The count is the whitespace-separated tokens less those without a letter or digit; it
# must agree with the word pattern, which ``words`` still uses, on any text.
_ANY_SPACING = st.text(
    alphabet=st.sampled_from([*"ab1 \t\n\u00a0\u2003.-—|•,!?'", "\u00e9", "\u0301", "\u200b"]),
    max_size=60,
)


@given(_ANY_SPACING)
def test_the_count_agrees_with_the_words(text: str) -> None:
    assert count_words(text) == len(words(text))


@given(st.text(max_size=40))
def test_the_count_agrees_with_the_words_on_any_characters(text: str) -> None:
    assert count_words(text) == len(words(text))
