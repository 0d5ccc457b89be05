"""The headline: the page's <h1> when it is one, else the metadata title without the site."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

from articlepipe.extract.title import choose_title, headlines, strip_site_name


@pytest.mark.parametrize(
    ("title", "site", "host", "expected"),
    [
        (
            "What is Cloud Computing? | Google Cloud",
            "Google Cloud",
            "cloud.google.com",
            "What is Cloud Computing?",
        ),
        ("Top Fitness Trends - advantagefitness.com", "", "www.advantagefitness.com", "Top Fitness Trends"),
        (
            "Tastify | Top 7 Corporate Catering Trends for 2024",
            "Tastify",
            "tastify.example",
            "Top 7 Corporate Catering Trends for 2024",
        ),
        ("Web Courses Defined - Online Learning", "", "x.example", "Web Courses Defined"),
        (
            "Fitness Trends 2025: 9 Things to Keep an Eye On",
            "Hevy Coach",
            "hevy.example",
            "Fitness Trends 2025: 9 Things to Keep an Eye On",
        ),
        (
            "Mother-in-law - a memoir of three decades",
            "",
            "x.example",
            "Mother-in-law - a memoir of three decades",
        ),
    ],
)
def test_site_name_is_stripped_from_the_metadata_title(
    title: str, site: str, host: str, expected: str
) -> None:
    assert strip_site_name(title, site, host) == expected


def test_the_h1_wins_when_it_is_the_headline() -> None:
    meta = "How To Book a Flight For Beginners | It's All Trip To Me"
    assert choose_title(
        meta, ["How To Book a Flight For Beginners"], "It's All Trip To Me", "trip.example"
    ) == ("How To Book a Flight For Beginners")


def test_an_h1_holding_the_site_name_is_skipped() -> None:
    h1s = ["Budget Travel With Gabby", "Budget Traveler's Guide To Travel Insurance"]
    meta = "Budget Traveler's Guide To Travel Insurance - Budget Travel With Gabby"
    assert choose_title(meta, h1s, "Budget Travel With Gabby", "gabby.example") == h1s[1]


def test_of_several_h1s_the_one_closest_to_the_metadata_title_wins() -> None:
    h1s = ["Perspectives", "Managing Legal Issues in the Health and Fitness Industry"]
    meta = "Managing Legal Issues in the Health and Fitness Industry - Pastore"
    assert choose_title(meta, h1s, "Pastore", "pastore.example") == h1s[1]


@pytest.mark.parametrize(
    ("label", "meta", "expected"),
    [
        (
            "Our Blog",
            "Choosing an Actuarial Career: Consulting or Insurance? | Acme",
            "Choosing an Actuarial Career: Consulting or Insurance?",
        ),
        (
            "Unser Blog",
            "Wie man einen Garten im Winter pflegt - Gartenhof",
            "Wie man einen Garten im Winter pflegt",
        ),
        (
            "Actualités",
            "Les nouvelles règles du tri des déchets à Lyon | Mairie",
            "Les nouvelles règles du tri des déchets à Lyon",
        ),
        ("Lessons Learned", "The lean startup", "The lean startup"),
    ],
)
def test_a_short_h1_sharing_no_word_with_the_title_is_a_section_label(
    label: str, meta: str, expected: str
) -> None:
    assert choose_title(meta, [label], meta.rsplit(" ", 1)[-1], "site.example") == expected


def test_a_three_word_label_gives_way_but_not_to_a_title_that_is_the_site_or_home() -> None:
    assert choose_title("Cybersecurity Sector Update, Fall 2025", ["M&A Market Updates"], "", "") == (
        "Cybersecurity Sector Update, Fall 2025"
    )
    assert choose_title("Example News", ["Biden wins"], "Example News", "news.example") == "Biden wins"
    assert choose_title("Home", ["Biden wins"], "", "") == "Biden wins"


def test_a_short_h1_that_is_the_headline_stays() -> None:
    # It shares a word with the title, or the page has no title to turn to.
    assert choose_title(
        "Affordable food: nutrition for low-income families", ["Affordable nutrition"], "", ""
    ) == ("Affordable nutrition")
    assert choose_title("", ["Lessons Learned"], "", "") == "Lessons Learned"
    # Three words are not three characters: a Chinese headline is longer than a label.
    headline = "北京冬季空气质量明显改善"
    assert choose_title("今年冬天的雾霾天数减少 - 新闻网", [headline], "新闻网", "news.example") == headline


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        (
            "How meditation rewires brains and improves physical health | Opinion",
            "How meditation rewires brains and improves physical health",
        ),
        ("Wie Kinder besser schlafen | Ratgeber | Kinderklinik am See", "Wie Kinder besser schlafen"),
        ("Hifiman Sundara Headphones | 2020 Edition", "Hifiman Sundara Headphones"),
        # A long part after the pipe is the headline's own, and so is a part longer than
        # a label before it.
        ("Review | Dune Part Two", "Review | Dune Part Two"),
        (
            "Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market",
            "Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market",
        ),
    ],
)
def test_tags_after_a_pipe_in_the_h1_go(h1: str, expected: str) -> None:
    assert choose_title("", [h1], "", "") == expected


def test_an_h1_that_is_the_site_name_once_its_tags_go_is_skipped() -> None:
    title = choose_title(
        "How to prune roses | Acme", ["Acme | Blog", "How to prune roses"], "Acme", "acme.example"
    )
    assert title == "How to prune roses"


def test_a_style_or_script_inside_an_h1_is_not_its_text() -> None:
    tree = document_fromstring(
        "<html><body><h1><style>.css-1a8e5pi{cursor:pointer;}</style><span>Augustinus Bader</span> "
        "<script>track()</script>The Cream</h1></body></html>"
    )
    assert headlines(tree) == ["Augustinus Bader The Cream"]


def test_an_h1_naming_any_label_of_the_host_is_the_site_name() -> None:
    meta = "Open source forum software for old school forums? / GNU/Linux Discussion / Arch Linux Forums"
    title = choose_title(meta, ["Arch Linux"], "", "bbs.archlinux.org")
    assert title.startswith("Open source forum software")
    # Not the top-level domain nor a one- or two-letter label ("m", "en").
    assert choose_title("M - Wikipedia", ["M"], "Wikipedia", "en.m.wikipedia.org") == "M"
    assert choose_title("Org - Docs", ["Org"], "", "docs.example.org") == "Org"


def test_without_h1_or_metadata() -> None:
    assert choose_title("", [], "", "") == ""
    assert choose_title("Only Meta | Site", [], "Site", "site.example") == "Only Meta"
    assert choose_title("", ["Only the H1"], "", "") == "Only the H1"


def test_headlines_read_every_h1_in_order() -> None:
    tree = document_fromstring(
        "<html><body><h1>One  <span>big</span></h1><div><h1>Two</h1></div></body></html>"
    )
    assert headlines(tree) == ["One big", "Two"]


def test_a_line_break_or_block_inside_an_h1_parts_its_words() -> None:
    tree = document_fromstring(
        "<html><body><h1>Top Programs of 2025<br>Your Guide</h1>"
        "<h1>Best Tools<div>for teams</div></h1><h1>Investor<span>\u2019s</span> Guide</h1>"
        "<h1>A <!-- hidden -->headline</h1></body></html>"
    )
    # An inline element does not part a word; a comment's text is not shown.
    assert headlines(tree) == [
        "Top Programs of 2025 Your Guide",
        "Best Tools for teams",
        "Investor\u2019s Guide",
        "A headline",
    ]


def test_nested_inline_elements_in_an_h1_keep_their_order() -> None:
    tree = document_fromstring(
        "<html><body><h1><span>Exclusive: <em>hospital</em> data</span> shows long waits</h1>"
        "<h1><div>2025</div>Your Guide</h1></body></html>"
    )
    assert headlines(tree) == ["Exclusive: hospital data shows long waits", "2025 Your Guide"]
