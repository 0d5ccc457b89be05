from __future__ import annotations

from articlepipe.extract.textdump import extract_text, paragraphs
from articlepipe.models import Article, Page


def dump_article(text: str, name: str = "dump.txt") -> Article:
    """The article of a text dump read from ``name``."""
    page = Page(url=f"file:///{name}", body=b"", fetched_at="2024-01-01T00:00:00+00:00", kind="text")
    return extract_text(page, text)


def test_paragraphs_normalise_layout() -> None:
    text = "Title\r\n\r\n\r\nFirst  line\n  second line  \n\n\n\nLast."
    assert paragraphs(text) == ["Title", "First line\nsecond line", "Last."]


def test_text_dump_becomes_an_article_with_blank_line_paragraphs() -> None:
    words = "word " * 60
    page = Page(url="file:///d.txt", body=b"", fetched_at="2024-01-01T00:00:00+00:00", kind="text")
    article = extract_text(page, f"Heading\n\n{words}\n\n\n{words}")
    assert article.text == f"Heading\n\n{words.strip()}\n\n{words.strip()}"
    assert article.word_count == 121
    assert article.is_article
    assert article.url == article.canonical_url == "file:///d.txt"


RELATED = ["Light Therapy at Home", "Coffee and Naps", "Shift Work and the Heart"]
ALSO_CHECK = "Also check " + " ".join(f"{t} {t}" for t in RELATED)
DUMP = f"""Sleep Health

Why Night Shifts Disturb Your Sleep

Night work shifts the body clock. This article explains what happens and what helps
Why Night Shifts Disturb Your Sleep

Around one worker in five works at night, and most of them sleep less than day workers do.

The body clock expects darkness at night and light by day, and night work reverses both.

Related Article Light Therapy at Home Light Therapy at Home

Researchers also check melatonin levels in saliva to see how far the clock has moved.

You can read more about the method in the study's appendix, which lists every measurement.

Disclaimer: This article is for informational purposes only and is not medical advice.
{ALSO_CHECK}
To top
"""


def test_seed_style_dump_is_cleaned() -> None:
    article = dump_article(DUMP)
    assert article.title == "Why Night Shifts Disturb Your Sleep"
    assert article.category == "Sleep Health"
    assert article.description.startswith("Night work shifts the body clock.")
    assert article.text.startswith("Around one worker in five works at night")
    assert article.text.endswith("which lists every measurement.")
    for gone in ("Related Article", "Also check", "To top", "Light Therapy", "Coffee and Naps", "Disclaimer"):
        assert gone not in article.text
    assert "Researchers also check melatonin" in article.text
    assert article.disclaimer is not None
    assert article.disclaimer.startswith("Disclaimer: This article is for informational")
    assert [r.title for r in article.related] == RELATED
    rules = [r.rule for r in article.removed]
    assert rules[:3] == ["section-label", "headline", "repeated-headline"]
    assert {"doubled-title", "disclaimer", "label"} <= set(rules)


def test_dump_without_a_repeated_headline_keeps_its_text() -> None:
    page = Page(url="file:///plain.txt", body=b"", fetched_at="2024-01-01T00:00:00+00:00", kind="text")
    text = "First line of notes about the river survey.\n\nSecond paragraph of notes, also real text."
    article = extract_text(page, text)
    assert article.text == text
    assert article.title == ""
    assert article.removed == ()


CHROME_DUMP = """HealthLine Daily — Your trusted source for health news

Conditions A to Z

Drugs A-Z

Mental Health

Ketamine for depression: what the trials show

Ketamine for depression: what the trials show

Researchers reviewed twelve trials of ketamine in people whose depression did not respond to other drugs.

Most patients improved within a day of the first dose, but the effect faded after two weeks.

Tags: ketamine, depression, psychiatry

Recent Posts

How sleep affects mood

Five myths about antidepressants

Sign up for our newsletter

© 2025 HealthLine Daily. All rights reserved.
"""


def test_site_chrome_before_the_headline_and_after_the_last_paragraph_leaves() -> None:
    article = dump_article(CHROME_DUMP)
    assert article.title == "Ketamine for depression: what the trials show"
    assert article.category == "Mental Health"
    assert article.text.startswith("Researchers reviewed twelve trials")
    assert article.text.endswith("faded after two weeks.")
    rules = [(r.rule, r.text) for r in article.removed]
    assert rules[:3] == [
        ("site-header", "HealthLine Daily — Your trusted source for health news"),
        ("site-header", "Conditions A to Z"),
        ("site-header", "Drugs A-Z"),
    ]
    assert ("lead-in-list", "How sleep affects mood") in rules
    assert ("prompt", "Sign up for our newsletter") in rules
    assert [r.title for r in article.related] == [
        "How sleep affects mood",
        "Five myths about antidepressants",
    ]


def test_a_sentence_before_the_headline_is_no_site_header() -> None:
    lede = "A new review of twelve trials finds the effect fades within weeks."
    text = CHROME_DUMP.replace("Conditions A to Z", lede)
    article = dump_article(text)
    assert lede in article.text
    assert not any(r.rule == "site-header" for r in article.removed)


def test_prose_after_a_recent_posts_heading_stays_in_a_dump() -> None:
    body = "Most patients improved within a day of the first dose, but the effect faded after two weeks."
    text = f"Title of the piece here\n\nTitle of the piece here\n\n{body}\n\nRecent posts\n\n{body} Again."
    assert dump_article(text).text.endswith(f"{body} Again.")
