from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from articlepipe.errors import ReadError
from articlepipe.extract.dispatch import extract_page, process_page
from articlepipe.extract.identity import EXTRACTOR, article_id, content_hash
from articlepipe.models import Article, Failure, Page
from articlepipe.sources.local import read_page
from articlepipe.tokens import count_words
from conftest import EXPECTED, FIXTURES, article_html

METADATA_KEYS = ("title", "authors", "published", "modified", "language", "site_name", "category", "tags",
                 "canonical_url", "description")  # fmt: skip


def outcome_of(name: str) -> Article | Failure:
    try:
        page = read_page(FIXTURES / name, str(FIXTURES), 50 * 1024 * 1024)
    except ReadError as exc:
        return exc.to_failure()
    return process_page(page)


def test_there_are_enough_fixtures_of_every_kind() -> None:
    on_disk = sorted(p.name for p in FIXTURES.iterdir())
    assert on_disk == sorted(EXPECTED)
    outcomes = [e["outcome"] for e in EXPECTED.values()]
    assert len(on_disk) >= 12
    assert {"article", "not_article", "failure"} <= set(outcomes)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_expectations(name: str) -> None:
    expected: dict[str, Any] = EXPECTED[name]
    result = outcome_of(name)
    if expected["outcome"] == "failure":
        assert isinstance(result, Failure)
        assert f"{result.stage}:{result.reason}" == expected["failure"]
        assert name in result.url
        assert result.message
        return
    assert isinstance(result, Article)
    assert result.is_article is (expected["outcome"] == "article")
    if "page_type" in expected:
        assert result.page_type == expected["page_type"], result.page_type_evidence
    for key in METADATA_KEYS:
        if key in expected:
            value = getattr(result, key)
            assert (list(value) if isinstance(value, tuple) else value) == expected[key], key
    for snippet in expected["must_contain"]:
        assert snippet in result.text
    for snippet in expected.get("markdown_contains", []):
        assert snippet in result.markdown
    for snippet in expected["must_not_contain"]:
        assert snippet not in result.text
    if "related" in expected:
        assert [link.title for link in result.related] == expected["related"]
    if "disclaimer_contains" in expected:
        assert result.disclaimer is not None
        assert expected["disclaimer_contains"] in result.disclaimer
        assert expected["disclaimer_contains"] not in result.text
    if result.is_article:
        assert "\n\n" in result.text, "paragraphs are separated by a blank line"
        assert "\n\n\n" not in result.text
        assert result.word_count == count_words(result.text)
        assert result.content_hash == content_hash(result.text)
        assert result.extractor == EXTRACTOR


def html_page(
    html: str, url: str = "https://news.example/a/1", fetched_at: str = "2024-06-01T00:00:00+00:00"
) -> Page:
    return Page(url=url, final_url=url, body=html.encode(), fetched_at=fetched_at, status=200)


def test_id_is_the_hash_of_the_canonical_url_and_relative_canonicals_resolve() -> None:
    html = article_html().replace('href="https://test.example/story"', 'href="/story?id=7"')
    article = extract_page(html_page(html, url="https://test.example/print/story"))
    assert article.canonical_url == "https://test.example/story?id=7"
    assert article.id == article_id("https://test.example/story?id=7")
    assert article.hostname == "test.example"
    assert article.http_status == 200


def test_control_character_references_in_the_body_do_not_fail_the_page() -> None:
    # libxml2 turns "&#1;" into the character, which lxml refuses to copy into the body.
    html = article_html(sentence="A ruling&#1; on the &#x0b;case was read out in court on Monday.")
    article = extract_page(html_page(html, url="https://test.example/story"))
    assert "A ruling on the case was read out in court on Monday." in article.text


def test_without_canonical_the_page_url_is_the_identity() -> None:
    html = article_html().replace('<link rel="canonical" href="https://test.example/story">', "")
    article = extract_page(html_page(html, url="https://other.example/x"))
    assert article.canonical_url == "https://other.example/x"
    assert article.id == article_id("https://other.example/x")


def test_published_date_after_the_fetch_is_dropped() -> None:
    meta = '<meta property="article:published_time" content="2031-01-01">'
    html = article_html().replace("</head>", meta + "</head>")
    assert extract_page(html_page(html, fetched_at="2024-06-01T00:00:00+00:00")).published is None
    assert extract_page(html_page(html, fetched_at="2031-02-01T00:00:00+00:00")).published == "2031-01-01"


def test_a_page_without_an_article_is_not_an_error() -> None:
    article = extract_page(
        html_page("<html><head><title>Nothing</title></head><body><div></div></body></html>")
    )
    assert article.is_article is False
    assert article.text == article.markdown == ""
    assert article.word_count == 0
    assert article.title == "Nothing"


def test_comments_are_not_part_of_the_body() -> None:
    comment = (
        '<div id="comments" class="comments"><p>First! Totally agree with this article, great work.</p></div>'
    )
    html = article_html().replace("</article>", "</article>" + comment)
    article = extract_page(html_page(html))
    assert "The third paragraph closes the story" in article.text
    assert "Totally agree" not in article.text


def test_deeply_nested_markup_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    html = "<html><body>" + "<div>" * 5000 + "<p>deep text</p>" + "</div>" * 5000 + "</body></html>"
    result = process_page(html_page(html))
    assert isinstance(result, Article | Failure)


def test_both_extractors_give_the_body_of_a_plain_article() -> None:
    # Our own selection takes a page it is sure of; a 30-word page goes to trafilatura.
    import lxml.html

    from articlepipe.extract.content import select_content
    from articlepipe.extract.html import MIN_OWN_WORDS

    long_page = article_html()
    assert select_content(lxml.html.fromstring(long_page)).words >= MIN_OWN_WORDS
    short = (
        "<html><head><title>Short</title></head><body><main><h1>Short</h1><p>Only thirty words are in this"
        " page: a short notice that the library will close early on Friday for the staff training day,"
        " and open again on Monday.</p></main></body></html>"
    )
    assert select_content(lxml.html.fromstring(short)).words < MIN_OWN_WORDS
    for html, marker in (
        (long_page, "The third paragraph closes the story"),
        (short, "close early on Friday"),
    ):
        assert marker in extract_page(html_page(html)).text


def _stories_page(kind: str, entries: int, comments: int = 3) -> str:
    cards = "".join(
        f'<div class="entry"><h3><a href="/stories/{i}">Harbour board story number {i} this week</a></h3>'
        f"<span>Short teaser of story {i} about the harbour and the ferry timetable</span></div>"
        for i in range(entries)
    )
    thread = "".join(
        f"<div class='comment'><p>Reader {i} wrote that the early boat is always late, that the harbour "
        "board should publish the changes sooner, and that the new pier is a fine thing.</p></div>"
        for i in range(comments)
    )
    return (
        f'<html><head><title>Stories</title><meta property="og:type" content="{kind}"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/about'>About the paper</a></nav>"
        f"<main><div class='feed'>{cards}</div><aside class='hot'>{thread}</aside></main>"
        "<footer>Town Paper</footer></body></html>"
    )


@pytest.mark.parametrize("comments", [3, 4])
def test_a_listing_is_written_from_its_main_region_whole(comments: int) -> None:
    # The scores choose the box of comments beside the entries; the page is typed a
    # listing, and its entries are what it is for. Four comments hold a fifth of the page:
    # no fragment, widened for being a listing.
    html = _stories_page("website", 20, comments)
    article = extract_page(
        html_page(html, url="https://town.example/stories/"), url="https://town.example/stories/"
    )
    assert article.page_type == "listing"
    for i in range(20):
        assert f"Harbour board story number {i} this week" in article.text
        assert f"Short teaser of story {i}" in article.text
    assert "Reader 2 wrote" in article.text
    assert "About the paper" not in article.text and "Town Paper" not in article.text


def test_an_article_is_never_widened_to_its_main_region() -> None:
    # An article in <main> beside a long list of links to other stories: the article alone.
    prose = "".join(
        f"<p>The harbour board met on Tuesday to review paragraph {i} of the ferry study, which followed "
        "four thousand crossings over two winters and found the early boat late on most of them.</p>"
        for i in range(8)
    )
    links = "".join(
        f'<li><a href="/stories/{i}">Harbour board story number {i} this week</a></li>' for i in range(200)
    )
    html = (
        '<html><head><title>Ferry study</title><meta property="og:type" content="article"></head><body>'
        f"<main><article><h1>Ferry study</h1>{prose}</article>"
        f"<ul class='more'>{links}</ul></main></body></html>"
    )
    article = extract_page(html_page(html), url="https://news.example/a/1")
    assert article.page_type == "article"
    assert "paragraph 7 of the ferry study" in article.text
    assert "story number 190" not in article.text


def test_a_selection_holding_little_of_the_page_gives_way_to_trafilatura_s_longer_body() -> None:
    # The scores choose the only running text, a list of shipping terms; the item's details
    # sit in short boxes beside it, outside any paragraph, where no share of paragraph
    # words can see them.
    terms = (
        "<li>Ships worldwide from the seller store within two working days of payment, packed in a strong "
        "box with padding around the camera body and the lens, and insured until it reaches you</li>"
        "<li>Every order is checked by the seller before it leaves, and a note of the shutter count and "
        "the state of the sensor goes in the box with it</li>"
        "<li>Returns accepted within thirty days, buyer pays for the return postage of the item</li>"
    )
    rows = "".join(
        f"<div class='row'><div class='label'>Detail {i}</div><div class='value'>The seller lists item "
        f"detail number {i} for this used camera body and lens in good order</div></div>"
        for i in range(30)
    )
    html = (
        "<html><head><title>Camera</title></head><body><div class='top'><a href='/'>Home</a></div>"
        f"<div class='wrap'><div class='left'><ul class='points'>{terms}</ul></div>"
        f"<div class='right'><h2>Item details</h2>{rows}</div></div></body></html>"
    )
    article = extract_page(
        html_page(html, url="https://shop.example/item/1"), url="https://shop.example/item/1"
    )
    assert "Every order is checked by the seller" in article.text
    assert all(f"item detail number {i} for this" in article.text for i in range(30))


def test_a_selection_holding_little_of_the_page_is_widened_to_its_main_region() -> None:
    specs = "".join(
        f"<div class='spec'><span>Feature {i}:</span> <span>value {i} of the kettle in steel</span></div>"
        for i in range(40)
    )
    html = (
        '<html><head><title>Kettle</title><meta property="og:type" content="product"></head><body>'
        "<div class='price'>€49,00</div><button class='add-to-cart'>Add to cart</button>"
        "<nav><a href='/'>Home</a> <a href='/shop'>All kettles</a></nav>"
        f"<main><h1>Steel kettle</h1><div class='specs'>{specs}</div><div class='note'><p>Returns are free "
        "within thirty days of delivery, and every kettle we sell is covered by a two year guarantee that "
        "includes parts and labour, so you can order today and send it back if it does not suit your kitchen "
        "or the way you like to make your tea in the morning.</p></div></main>"
        "<footer>Kettle Shop Ltd</footer></body></html>"
    )
    article = extract_page(
        html_page(html, url="https://shop.example/item/2"), url="https://shop.example/item/2"
    )
    assert article.page_type == "product"
    assert all(f"value {i} of the kettle in steel" in article.text for i in range(40))
    assert "Returns are free within thirty days" in article.text
    assert "All kettles" not in article.text and "Kettle Shop Ltd" not in article.text


def test_an_article_under_a_long_thread_of_comments_stays_the_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The comments hold five times the article's words, in the same main region, so the
    # article is a fragment of the page's text; but it holds all of the page's paragraphs,
    # so trafilatura is not asked (a run, for the same article), and the widening to the
    # main region keeps the comments out.
    def not_asked(*_: object) -> None:
        raise AssertionError("trafilatura was asked")

    monkeypatch.setattr("articlepipe.extract.html._trafilatura_body", not_asked)
    prose = "".join(
        f"<p>The council met on Tuesday to discuss item {i} of the harbour plan, which covers the new pier, "
        "the ferry timetable and the cost of dredging the channel before winter.</p>"
        for i in range(10)
    )
    comments = "".join(
        f"<div class='comment'><div class='text'>Reader {i} says the harbour plan is a waste of money, that "
        "the ferry should run more often in the evenings, when people come home from work.</div></div>"
        for i in range(60)
    )
    html = (
        "<html><head><title>Harbour plan</title><meta property='og:type' content='article'></head>"
        f"<body><main><article><h1>Harbour plan</h1>{prose}</article>"
        f"<section class='comments'><h2>Comments</h2>{comments}</section></main></body></html>"
    )
    article = extract_page(html_page(html), url="https://news.example/a/1")
    assert "item 9 of the harbour plan" in article.text
    assert "Reader" not in article.text


def _shop_page(declares: str, reviews_class: str) -> str:
    # A product page as shops write it: the description, then customers' reviews.
    description = "".join(
        f"<p>The insulated bottle keeps drinks cold for a day and hot for twelve hours, part {i}.</p>"
        for i in range(5)
    )
    reviews = "".join(
        f"<div class='review-item'><h4>Great bottle {i}</h4><p>I bought two for the family and "
        f"they have kept our water cold on every hike this summer, reviewer {i} says.</p></div>"
        for i in range(4)
    )
    return (
        f"<html><head><title>Steel bottle</title>{declares}</head><body><main><h1>Steel bottle</h1>"
        f"<div class='description'>{description}</div>"
        f"<section class='{reviews_class}'><h2>Customer reviews</h2>{reviews}</section></main></body></html>"
    )


PRODUCT_LD = '<script type="application/ld+json">{"@type": "Product", "name": "Steel bottle"}</script>'
ARTICLE_LD = '<script type="application/ld+json">{"@type": "Article", "headline": "Steel bottle"}</script>'
OG_PRODUCT = '<meta property="og:type" content="product">'


@pytest.mark.parametrize(
    ("declares", "reviews_class"),
    [
        (PRODUCT_LD, "product-reviews"),
        (OG_PRODUCT, "reviews"),
        (PRODUCT_LD, "yotpo-main-widget"),
        (PRODUCT_LD, "jdgm-widget"),
        (PRODUCT_LD, "kundenbewertungen bewertungen"),
        (PRODUCT_LD, "opinie-klientow opinie"),
    ],
)
def test_a_page_selling_a_product_leaves_its_customers_reviews_out(declares: str, reviews_class: str) -> None:
    article = extract_page(html_page(_shop_page(declares, reviews_class), "https://shop.example/p/bottle"))
    assert "hot for twelve hours, part 4." in article.text
    assert "on every hike" not in article.text


def _testimonials_page(declares: str, carousel: str, quote: str) -> str:
    # A shop's product page: a short description, the shop's testimonials in a carousel
    # (more text than the description, less than half the page), and the shop's story below.
    description = "".join(
        f"<p>The hemp dress has three flowing layers and a pocket on the right side, note {i}.</p>"
        for i in range(2)
    )
    quotes = "".join(
        f"<div class='{quote}'><p>I bought a linen blazer from this shop and five people at the office "
        f"asked me about it; such great quality that it will last me for years, customer {i} writes.</p>"
        f"<h4>Customer {i}</h4></div>"
        for i in range(4)
    )
    story = "".join(
        f"<p>Our boutique works with small workshops that weave hemp and linen by hand and pay their "
        f"weavers fairly, story {i}.</p>"
        for i in range(8)
    )
    return (
        f"<html><head><title>Hemp dress</title>{declares}</head><body><div class='page'><h1>Hemp dress</h1>"
        f"<div class='summary'>{description}</div><div class='widget'><div class='{carousel}'>"
        f"<div class='swiper-wrapper'>{quotes}</div></div></div><div class='about'>{story}</div>"
        "</div></body></html>"
    )


@pytest.mark.parametrize(
    ("carousel", "quote"),
    [
        ("tm-swiper tm-testimonial-carousel", "tm-testimonial"),
        ("testimonials-slider", "slide"),
        ("bloc-temoignages", "temoignage"),
        ("témoignages", "témoignage"),
        ("kundenstimmen", "stimme"),
        ("seccion-testimonios", "testimonio"),
    ],
)
def test_a_page_selling_a_product_leaves_the_shops_testimonials_out(carousel: str, quote: str) -> None:
    page = _testimonials_page(PRODUCT_LD, carousel, quote)
    article = extract_page(html_page(page, "https://shop.example/p/dress"))
    assert "a pocket on the right side, note 1." in article.text
    assert "five people at the office" not in article.text
    # On a page that sells nothing (a tailor's service, a school) the clients' words are its text.
    service = extract_page(html_page(_testimonials_page("", carousel, quote), "https://shop.example/p/dress"))
    assert "customer 3 writes." in service.text


@pytest.mark.parametrize(
    "declares",
    [
        '[{"@type": "Service", "name": "Tailoring"}, {"@type": "Product", "name": "Hemp dress"}]',
        '{"@type": ["ProfessionalService", "Product"], "aggregateRating": {"ratingValue": "4.9"}}',
        '[{"@type": "Course", "name": "Sewing"}, {"@type": "Product", "name": "Sewing course"}]',
    ],
)
def test_a_service_course_or_event_declaring_a_product_keeps_its_clients_words(declares: str) -> None:
    ld = f'<script type="application/ld+json">{declares}</script>'
    page = _testimonials_page(ld, "testimonials", "testimonial")
    assert "customer 3 writes." in extract_page(html_page(page, "https://tailor.example/dress")).text
    reviews = extract_page(html_page(_shop_page(ld, "product-reviews"), "https://tailor.example/dress"))
    assert "reviewer 3 says." in reviews.text


@pytest.mark.parametrize("wrapper", ["description-testimonials", "produktbeschreibung-bewertungen"])
def test_a_wrapper_named_for_the_description_and_the_testimonials_keeps_the_description(wrapper: str) -> None:
    # The description and two quotes under one wrapper, the shop's long story beside them.
    description = "".join(
        f"<p>The hemp dress has three flowing layers and a pocket on the right side, note {i}.</p>"
        for i in range(3)
    )
    quotes = "".join(
        f"<blockquote><p>Such great quality, it will last me for years, customer {i} writes.</p></blockquote>"
        for i in range(2)
    )
    story = "".join(
        f"<p>Our boutique works with small workshops that weave hemp and linen by hand, story {i}.</p>"
        for i in range(10)
    )
    page = (
        f"<html><head><title>Hemp dress</title>{PRODUCT_LD}</head><body><div class='page'><h1>Hemp dress</h1>"
        f"<div class='{wrapper}'>{description}{quotes}</div><div class='about'>{story}</div>"
        "</div></body></html>"
    )
    article = extract_page(html_page(page, "https://shop.example/p/dress"))
    assert "a pocket on the right side, note 2." in article.text


@pytest.mark.parametrize(
    "declares",
    [
        "",  # declares nothing: a review roundup, a forum, a service's page
        PRODUCT_LD + ARTICLE_LD,  # a buying guide or a review declares its products beside its article
        PRODUCT_LD + '<meta property="og:type" content="article">',
        '<script type="application/ld+json">{"@type": "Offer", "price": "20"}</script>',  # a course, an event
    ],
)
@pytest.mark.parametrize("reviews_class", ["product-reviews", "testimonials"])
def test_reviews_stay_on_pages_that_do_not_sell_one_product(declares: str, reviews_class: str) -> None:
    # A service's or a school's page quotes its clients on purpose: their words are its text.
    article = extract_page(html_page(_shop_page(declares, reviews_class), "https://shop.example/p/bottle"))
    assert "hot for twelve hours, part 4." in article.text
    assert "on every hike this summer, reviewer 3 says." in article.text


@pytest.mark.parametrize(
    "wrapper",
    [
        "product-description-and-reviews",
        "entry-content reviews",
        "details-reviews-tabs",
        "product_cat-reviews x",
    ],
)
def test_a_wrapper_named_for_reviews_around_the_description_is_no_review_box(wrapper: str) -> None:
    # The description and the reviews under one wrapper below the headline.
    page = _shop_page(PRODUCT_LD, "reviews-list").replace(
        "<div class='description'>", f"<div class='{wrapper}'><div class='description'>"
    )
    page = page.replace("</section></main>", "</section></div></main>")
    article = extract_page(html_page(_with_story(page), "https://shop.example/p/bottle"))
    assert "hot for twelve hours, part 4." in article.text


def _with_story(page: str) -> str:
    # A brand's story beside the description, so that marking the description would still
    # leave a tenth of the page's text and nothing would take the mark back.
    story = "".join(
        f"<p>Our workshop in the hills has made steel bottles for walkers and climbers since 1990, "
        f"and every one is checked by hand before it leaves, story {i}.</p>"
        for i in range(4)
    )
    return page.replace("</main>", f"<div class='about-brand'>{story}</div></main>")


@pytest.mark.parametrize("name", ["time-stamped-entry", "juniper-gin", "looxy", "abv_percent"])
def test_a_name_holding_a_vendors_letters_names_no_review_widget(name: str) -> None:
    page = _shop_page(PRODUCT_LD, "product-reviews").replace("class='description'", f"class='{name}'")
    article = extract_page(html_page(_with_story(page), "https://shop.example/p/bottle"))
    assert "hot for twelve hours, part 4." in article.text and "on every hike" not in article.text


def test_the_gate_reads_catalogue_og_types_and_a_declared_review() -> None:
    catalogue = _shop_page('<meta property="og:type" content="product.item">', "reviews")
    assert "on every hike" not in extract_page(html_page(catalogue, "https://shop.example/p/1")).text
    # A review that declares the product it reviews (a plugin's top-level Product with a
    # Review beside it) is a review: its review boxes are its text.
    reviewed = '<script type="application/ld+json">[{"@type": "Product"}, {"@type": "Review"}]</script>'
    review = _shop_page(reviewed, "review-body")
    assert "reviewer 3 says." in extract_page(html_page(review, "https://blog.example/p/1")).text
