"""The phrase data: every gated pattern is reachable through its family's gate (the
cheap word search done before the pattern), for any text the pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlepipe.extract import phrases
from articlepipe.extract.phrases import FamilyPattern, Gated, anchored, hinted

FAMILIES: dict[str, tuple[tuple[Gated, ...], tuple[str, ...]]] = {
    "affiliate": (phrases.AFFILIATE_SENTENCES, phrases.AFFILIATE_HINTS),
    "disclaimer": (phrases.DISCLAIMER_SENTENCES, phrases.DISCLAIMER_HINTS),
    "newsletter": (phrases.NEWSLETTER_PITCHES, phrases.NEWSLETTER_HINTS),
    "furniture": (phrases.FURNITURE_SHAPES, phrases.FURNITURE_HINTS),
}
CASES = [(name, gated) for name, (family, _) in FAMILIES.items() for gated in family]


def _generator(pattern: str) -> re.Pattern[str]:
    # hypothesis cannot generate to a lookahead: made a plain group, every text the
    # result matches still matches the pattern.
    return re.compile(pattern.replace("(?=", "(?:"), re.IGNORECASE)


@pytest.mark.parametrize(("name", "gated"), CASES, ids=[f"{n}:{g.pattern[:40]}" for n, g in CASES])
def test_no_match_of_a_pattern_escapes_its_gate(name: str, gated: Gated) -> None:
    _, gate = FAMILIES[name]
    whole = re.compile(gated.pattern, re.IGNORECASE)

    @settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
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
    # The family is tried as two expressions (anchored patterns only at the start); on a
    # match of any of its patterns, alone or inside other text, it must agree with a
    # search over the union of them all.
    family, _ = FAMILIES[name]
    union = re.compile("|".join(f"(?:{g.pattern})" for g in family), re.IGNORECASE)
    matcher = FamilyPattern(family)

    @settings(max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(_generator(gated.pattern), fullmatch=True), st.sampled_from(["", "Ab ", "1. "]))
    def check(text: str, before: str) -> None:
        for probe in (text, before + text, text + " and more."):
            assert (matcher.search(probe) is None) == (union.search(probe) is None), probe

    check()
