from __future__ import annotations

import pytest
from lxml import etree

from articlepipe.extract.boilerplate import Block, clean_blocks, lead_in_rule
from articlepipe.extract.dispatch import extract_page
from articlepipe.extract.marquee import MAX_CHARS, is_marquee
from articlepipe.extract.tree_rules import clean_body
from articlepipe.models import Article, Page

PROSE = "The clinic opened a second site in March, and waiting times fell by a third since then."


@pytest.mark.parametrize(
    "text",
    [
        # a call to action scrolled across a band, parted by an ornament or by nothing
        "Book Now *Book Now *Book Now *Book Now *Book Now *Book Now *",
        "Let's talk • Let's talk • Let's talk",
        "Free shipping over $50 — Free shipping over $50 — Free shipping over $50",
        "Book now Book now Book now Book now Book now",
        "✦ New collection ✦ New collection ✦ New collection ✦",
        # one word needs an ornament between many copies
        "SALE • SALE • SALE • SALE • SALE",
        # other languages: the shape is the same in every script
        "Jetzt buchen ✦ Jetzt buchen ✦ Jetzt buchen ✦ Jetzt buchen",
        "Réservez maintenant / Réservez maintenant / Réservez maintenant",
        "Reserva ahora · Reserva ahora · Reserva ahora",
        "Записаться онлайн | Записаться онлайн | Записаться онлайн",
        "立即预约 · 立即预约 · 立即预约",
        "今すぐ予約 ・ 今すぐ予約 ・ 今すぐ予約 ・ 今すぐ予約",
        "지금 예약하기 ★ 지금 예약하기 ★ 지금 예약하기",
        # the copies on lines of their own, as a block's text holds them
        "Get in touch\nGet in touch\nGet in touch\nGet in touch\nGet in touch",
    ],
)
def test_a_phrase_repeated_end_to_end_is_a_marquee(text: str) -> None:
    assert is_marquee(text)
    assert lead_in_rule(Block(text=text)) == "marquee"


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's repetition: copies parted by sentence punctuation, too few of them
        "Location, location, location",
        "Thank you! Thank you! Thank you!",
        "Thank you! Thank you! Thank you! Thank you!",
        "Book now. Book now. Book now.",
        # one word: laughter, a chant, a row of a table
        "ha ha ha ha ha ha",
        "Developers, developers, developers, developers!",
        "Yes | Yes | Yes",
        "SALE • SALE • SALE",
        # copies that differ (case, a word) are prose
        "Location — location — location — location — location",
        "Na na na na, na na na na, hey hey hey, goodbye",
        "The cat sat on the mat. The dog sat on the cat. The end.",
        "Sales Force Automation Best Best Best Best Best Best",
        # a player's clock has no phrase
        "0:00/ 0:00",
        "12:00 / 12:00 / 12:00 / 12:00 / 12:00",
        PROSE,
        "",
        "• • •",
    ],
)
def test_repetition_in_prose_stays(text: str) -> None:
    assert not is_marquee(text)


def test_a_block_longer_than_a_marquee_is_not_read() -> None:
    # Past MAX_CHARS a block is prose or a dump, and is not split unit by unit.
    copies = "Book now • " * (MAX_CHARS // len("Book now • ") + 1)
    assert len(copies) > MAX_CHARS
    assert not is_marquee(copies)
    assert is_marquee(copies[: MAX_CHARS - 20])


def test_a_marquee_leaves_the_body_and_the_prose_around_it_stays() -> None:
    blocks = [
        Block(text=PROSE),
        Block(text="Book a call ✦ Book a call ✦ Book a call ✦ Book a call"),
        Block(text=PROSE + " Two."),
    ]
    cleaned = clean_blocks(blocks)
    assert cleaned.keep == [True, False, True]
    assert [(r.rule, r.text) for r in cleaned.removed] == [
        ("marquee", "Book a call ✦ Book a call ✦ Book a call ✦ Book a call")
    ]


def test_a_marquee_in_loose_text_between_blocks_leaves_the_body() -> None:
    # Text outside any paragraph of the extracted body (a band's copies between blocks).
    body = etree.fromstring(
        f"<body><p>{PROSE}</p>Book now • Book now • Book now • Book now<p>{PROSE} Two.</p></body>"
    )
    cleaned = clean_body(body, "")
    text = etree.tostring(body, method="text", encoding="unicode")
    assert "Book now" not in text and text.count("waiting times fell") == 2
    assert [r.rule for r in cleaned.removed] == ["marquee"]


def _page(body: str) -> Page:
    url = "https://studio.example/packaging-design"
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Packaging design</title></head><body>"
        f"<main><h1>Packaging design</h1>{body}</main></body></html>"
    )
    return Page(
        url=url, final_url=url, body=html.encode(), fetched_at="2025-06-01T00:00:00+00:00", status=200
    )


def test_a_ticker_on_the_page_is_no_text_of_it_and_a_quoted_chant_stays() -> None:
    ticker = "<div class='ticker'>" + "<span>Book Now</span> * " * 12 + "</div>"
    loose = "<div>" + "Let's work together — " * 6 + "</div>"
    paragraphs = "".join(
        f"<p>Paragraph {i} on how the studio designs boxes, labels and sleeves for small shops.</p>"
        for i in range(4)
    )
    chant = "<p>Location, location, location</p>"
    result = extract_page(_page(paragraphs + ticker + chant + loose + paragraphs))
    assert isinstance(result, Article)
    assert "Book Now" not in result.text and "work together" not in result.text
    assert "Location, location, location" in result.text
    assert result.text.count("how the studio designs boxes") == 8
    assert {r.rule for r in result.removed} >= {"marquee"}
