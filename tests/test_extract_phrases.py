"""The phrase data: every gated pattern is reachable through its family's gate (the
cheap word search done before the pattern), for any text the pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlepipe.extract import phrases
from articlepipe.extract.phrases import FamilyPattern, Gated, anchored, hinted, hints_of

FAMILIES: dict[str, tuple[tuple[Gated, ...], tuple[str, ...]]] = {
    "affiliate": (phrases.AFFILIATE_SENTENCES, hints_of(phrases.AFFILIATE_SENTENCES)),
    "disclaimer": (phrases.DISCLAIMER_SENTENCES, hints_of(phrases.DISCLAIMER_SENTENCES)),
    "newsletter": (phrases.NEWSLETTER_PITCHES, hints_of(phrases.NEWSLETTER_PITCHES)),
    "furniture": (phrases.FURNITURE_SHAPES, hints_of(phrases.FURNITURE_SHAPES)),
    "counter": (phrases.RESULT_COUNTERS, hints_of(phrases.RESULT_COUNTERS)),
}
CASES = [(name, gated) for name, (family, _) in FAMILIES.items() for gated in family]


# A bounded repeat of more than this many items beyond its least is cut to it.
_SPAN = 3
_BOUNDED = re.compile(r"\{(\d+),(\d+)\}")
# Examples per pattern. With one hint taken from a pattern, for 60 pattern-hint pairs
# drawn at random, 25, 50 and 150 examples found an escape for 59, 58 and 59 of them;
# 150 made this file half the suite's time.
_EXAMPLES = 50


def _generator(pattern: str) -> re.Pattern[str]:
    # hypothesis cannot generate to a lookahead: made a plain group. A long bounded
    # filler ("[^.]{0,40}", ".{0,200}") is cut to a few items: a long run of random
    # characters costs time and only adds texts that name a hint by chance. Every text
    # the result matches still matches the pattern.
    def cut(repeat: re.Match[str]) -> str:
        low, high = int(repeat[1]), int(repeat[2])
        return f"{{{low},{min(high, low + _SPAN)}}}"

    return re.compile(_BOUNDED.sub(cut, pattern.replace("(?=", "(?:")), re.IGNORECASE)


@pytest.mark.parametrize(("name", "gated"), CASES, ids=[f"{n}:{g.pattern[:40]}" for n, g in CASES])
def test_no_match_of_a_pattern_escapes_its_gate(name: str, gated: Gated) -> None:
    _, gate = FAMILIES[name]
    whole = re.compile(gated.pattern, re.IGNORECASE)

    @settings(max_examples=_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(_generator(gated.pattern), fullmatch=True))
    def check(text: str) -> None:
        assert whole.search(text), text  # the generator made a match of the pattern
        assert hinted(text, gated.hints), text  # its own hints name it ...
        assert hinted(text, gate), text  # ... and the family's derived gate lets it through

    check()


def test_hints_are_lower_case_as_the_gate_compares_them() -> None:
    # The gate searches the case-folded text: a hint with a capital would never match.
    for family, _ in FAMILIES.values():
        assert all(hint == hint.casefold() for gated in family for hint in gated.hints)


def test_patterns_anchored_at_the_start_are_told_from_the_rest() -> None:
    assert anchored(r"^\W*page \d+ of \d+\W*$")
    assert anchored(r"^(a|b)c") and anchored(r"^[|]x") and anchored(r"^a\|b")
    assert not anchored(r"^a|b")  # "b" may match anywhere
    assert not anchored(r"©\s*\w")


@pytest.mark.parametrize(("name", "gated"), CASES, ids=[f"{n}:{g.pattern[:40]}" for n, g in CASES])
def test_a_family_matches_where_one_search_over_its_union_would(name: str, gated: Gated) -> None:
    # Each pattern of the family is tried only where its own hints are (anchored ones
    # only at the start); on a match of any of its patterns, alone or inside other text,
    # the family must agree with a search over the union of them all.
    family, _ = FAMILIES[name]
    union = re.compile("|".join(f"(?:{g.pattern})" for g in family), re.IGNORECASE)
    matcher = FamilyPattern(family)

    @settings(max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(_generator(gated.pattern), fullmatch=True), st.sampled_from(["", "Ab ", "1. "]))
    def check(text: str, before: str) -> None:
        for probe in (text, before + text, text + " and more."):
            assert matcher.matches(probe) == (union.search(probe) is not None), probe

    check()


def test_a_family_skips_a_pattern_whose_own_hints_are_missing() -> None:
    # The second pattern would match, but its hint is not in the text: only the patterns
    # a text names are tried (the documented contract of ``Gated``, tested above).
    family = (Gated(r"\bfree shipping\b", ("shipping",)), Gated(r"\bfree\b", ("gratis",)))
    matcher = FamilyPattern(family)
    assert matcher.matches("Free Shipping on every order")
    assert not matcher.matches("Free for members")
    assert FamilyPattern((Gated(r"^\W*page \d+", ("page",)),)).matches("Page 2 of 9")
    assert not FamilyPattern((Gated(r"^\W*page \d+", ("page",)),)).matches("See page 2")


LEADING = (*phrases.RELATED, *phrases.PROMPTS, *phrases.LABELS, *phrases.TOC, *phrases.FEEDBACK)


def test_every_phrase_a_block_may_start_with_passes_the_first_word_gate() -> None:
    # The gate is derived from the data: a phrase as a site writes it (capitalised,
    # shouted, after a bullet) still has its first word in the index.
    assert len(LEADING) > 500
    for phrase in LEADING:
        for text in (phrase, phrase.capitalize(), phrase.upper(), f"» {phrase}: more"):
            assert phrases.first_word(text) in phrases.LEAD_FIRST_WORDS, text


def test_first_words_are_case_folded_in_every_script() -> None:
    assert phrases.first_word("  — Related Articles") == "related"
    assert phrases.first_word("ÄHNLICHE Artikel") == "ähnliche"
    assert phrases.first_word("GRÜẞE aus Berlin") == "grüsse"  # folded as the phrases are
    assert phrases.first_word("… !") == ""
    assert phrases.first_word("Photosynthesis turns light into sugar") not in phrases.LEAD_FIRST_WORDS


# ``starts_with_lead`` narrows the four lead patterns to a block's first word: it must
# answer as the patterns do, for every phrase as written, shouted, cut short and run on.
_LEADS = (phrases.LEAD_RELATED, phrases.LEAD_PROMPT, phrases.LABEL_START, phrases.TOC_LABEL)


def _any_lead(text: str) -> bool:
    return any(pattern.match(text) for pattern in _LEADS)


def test_the_lead_check_by_first_word_agrees_with_the_patterns() -> None:
    every = (*phrases.RELATED, *phrases.PROMPTS, *phrases.LABELS, *phrases.TOC)
    for phrase in every:
        for text in (
            phrase,
            phrase.upper(),
            f"» {phrase}: a title",
            f"{phrase}, and more",
            f"{phrase}s",
            f"{phrase}。続き",
            phrase[:-1],
            f"{phrase} 記事",
        ):
            assert phrases.starts_with_lead(text) == _any_lead(text), text


@given(
    st.sampled_from(sorted({p.split()[0] for p in phrases.RELATED + phrases.LABELS})), st.text(max_size=20)
)
def test_the_lead_check_agrees_after_any_first_word(word: str, rest: str) -> None:
    text = word + rest
    assert phrases.starts_with_lead(text) == _any_lead(text)
