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
        # a call to action scrolled across a band, parted by one ornament each time
        "Book Now *Book Now *Book Now *Book Now *Book Now *Book Now *",
        "Let's talk • Let's talk • Let's talk",
        "✦ New collection ✦ New collection ✦ New collection ✦",
        "Get in touch 🚀 Get in touch 🚀 Get in touch",
        # a phrase whose first word comes back inside it, and a long one
        "New in: New York ✦ New in: New York ✦ New in: New York",
        "Free shipping on every order over fifty dollars ✦ " * 3,
        # one word: five copies between ornaments; spaces alone: eight on one line
        "SALE • SALE • SALE • SALE • SALE",
        "Book now " * 8,
        # other languages: the shape is the same in every script
        "Jetzt buchen ✦ Jetzt buchen ✦ Jetzt buchen ✦ Jetzt buchen",
        "Réservez maintenant / Réservez maintenant / Réservez maintenant",
        "Reserva ahora · Reserva ahora · Reserva ahora",
        "Записаться онлайн — Записаться онлайн — Записаться онлайн",
        "立即预约 · 立即预约 · 立即预约 · 立即预约 · 立即预约",
        "今すぐ予約 ★ 今すぐ予約 ★ 今すぐ予約 ★ 今すぐ予約 ★ 今すぐ予約",
        "지금 예약하기 ★ 지금 예약하기 ★ 지금 예약하기",
    ],
)
def test_a_phrase_repeated_end_to_end_is_a_marquee(text: str) -> None:
    assert is_marquee(text)
    assert lead_in_rule(Block(text=text)) == "marquee"


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's repetition: copies parted by sentence punctuation or quotes
        "Location, location, location",
        "Thank you! Thank you! Thank you! Thank you! Thank you!",
        "Lock her up! Lock her up! Lock her up! Lock her up! Lock her up!",
        "Stay home. Stay home. Stay home. Stay home. Stay home.",
        "Book now - Book now - Book now",
        "“Help me! Help me! Help me!”",
        "• Thank you! Thank you! Thank you!",
        "¡Muchas gracias! ¡Muchas gracias! ¡Muchas gracias!",
        "« Merci beaucoup ! » « Merci beaucoup ! » « Merci beaucoup ! »",
        "„Danke schön!“ „Danke schön!“ „Danke schön!“",
        "加油！加油！加油！加油！加油！",
        # a name said twice, too few copies of one word, laughter, a chant on spaces alone
        "Book now ✦ Book now",
        "SALE • SALE • SALE • SALE",
        "哈哈 哈哈 哈哈 哈哈 哈哈",
        "ha ha ha ha ha ha ha ha ha",
        "tick tock tick tock tick tock tick tock tick tock",
        "Developers, developers, developers, developers!",
        # lyrics: a line sung again and again, each on a line of its own
        "Around the world\n" * 8,
        # copies parted by different marks are a sentence's, not a band's
        "Call us • Call us / Call us ✦ Call us • Call us",
        # tags, mentions, code
        "#MeToo #MeToo #MeToo #MeToo #MeToo",
        "@newsdesk @newsdesk @newsdesk @newsdesk @newsdesk",
        "x = x = x = x = x",
        # data: a row of a table (tabs, or pipes in flattened text), quantities, a clock
        "Not available\t" * 8,
        "Not available | Not available | Not available",
        "N/A | N/A | N/A | N/A | N/A",
        "Yes | Yes | Yes",
        "10 mg · 10 mg · 10 mg · 10 mg · 10 mg",
        "0:00/ 0:00",
        # copies that differ (case, a word, a vowel sign)
        "Location — location — location — location — location",
        "अभी बुक करें ✦ अभी बुक करो ✦ अभी बुक करे",
        "Na na na na, na na na na, hey hey hey, goodbye",
        "Sales Force Automation Best Best Best Best Best Best",
        PROSE,
        "",
        "• • •",
    ],
)
def test_repetition_in_prose_stays(text: str) -> None:
    assert not is_marquee(text)


def test_a_list_of_identical_items_is_the_lists() -> None:
    # A plan's "Rest day" on each day: the list's items, not a band.
    text = "Rest day ✦ Rest day ✦ Rest day ✦ Rest day"
    assert is_marquee(text)
    assert lead_in_rule(Block(text=text, is_list=True)) is None


def test_a_block_longer_than_a_marquee_is_not_read() -> None:
    # Past MAX_CHARS a block is prose or a dump, and is not split unit by unit.
    copy = "Book now • "
    fits = copy * ((MAX_CHARS - 1) // len(copy))
    assert is_marquee(fits)
    assert not is_marquee(fits + copy)
    assert len(fits + copy) > MAX_CHARS


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
    chant = "<blockquote>Lock her up! Lock her up! Lock her up! Lock her up! Lock her up!</blockquote>"
    paragraphs = "".join(
        f"<p>Paragraph {i} on how the studio designs boxes, labels and sleeves for small shops.</p>"
        for i in range(4)
    )
    result = extract_page(_page(paragraphs + ticker + chant + loose + paragraphs))
    assert isinstance(result, Article)
    assert "Book Now" not in result.text and "work together" not in result.text
    assert "Lock her up! Lock her up! Lock her up! Lock her up! Lock her up!" in result.text
    assert result.text.count("how the studio designs boxes") == 8
    assert {r.rule for r in result.removed} >= {"marquee"}
