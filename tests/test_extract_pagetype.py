"""Page types: the error rule, text dumps, the fitted model's inputs, and whole pages
through the extractor (listings, shop categories and error pages in several languages
are not articles; articles in every script are)."""

from __future__ import annotations

import math

import pytest

from articlepipe.extract.html import extract_with_signals
from articlepipe.extract.pagesignals import MarkupCounts, PageSignals
from articlepipe.extract.pagetype import MODEL, classify, features
from articlepipe.models import PAGE_TYPES, Page

PROSE = (
    "The council approved the budget after a long debate that lasted well past midnight on Tuesday. "
    "Residents who spoke asked for longer library hours and faster road repairs in their neighbourhoods."
)


def test_every_feature_the_model_reads_is_measured() -> None:
    found = features(PageSignals(), PROSE, PROSE, dated=True, authored=True)
    assert set(MODEL.features) <= set(found)
    assert len(MODEL.means) == len(MODEL.scales) == len(MODEL.article_weights) == len(MODEL.features)
    assert set(MODEL.kinds) <= set(PAGE_TYPES) - {"article", "error"}
    assert all(len(row) == len(MODEL.features) for row in MODEL.kind_weights)
    assert 0 < MODEL.article_threshold < 1


def test_text_features_count_words_in_every_script() -> None:
    chinese = "研究人员在三年里跟踪了两千名成年人的睡眠习惯，发现规律作息的人更少生病。" * 3
    found = features(PageSignals(), f"{chinese}\n\n{chinese}", chinese, dated=False, authored=False)
    # Two paragraphs of over a hundred words each: long prose, not a listing of titles.
    assert found["long_paragraphs"] == math.log1p(2)
    assert found["prose_share"] == 1.0


def test_a_text_dump_is_an_article_when_it_holds_prose() -> None:
    assert classify(None, PROSE + "\n\n" + PROSE, "").type == "article"
    headlines = "\n\n".join(f"Headline number {i} about gardens" for i in range(40))
    kind = classify(None, headlines, "")
    assert kind.type == "listing" and kind.evidence == "prose words 0 < 40"


@pytest.mark.parametrize(
    "title",
    [
        "Page not found – Example Shop",
        "404 Not Found",
        "Seite nicht gefunden",
        "Página no encontrada | Diario",
        "页面不存在",
        "ページが見つかりません",
        "페이지를 찾을 수 없습니다",
        "Страница не найдена",
    ],
)
def test_a_short_page_that_says_it_is_not_there_is_an_error(title: str) -> None:
    signals = PageSignals(title=title)
    kind = classify(signals, "Sorry, try the search or go back to the home page.", "")
    assert kind.type == "error" and "says" in kind.evidence


def test_an_error_status_is_an_error_page() -> None:
    kind = classify(PageSignals(status=404), PROSE * 5, PROSE)
    assert (kind.type, kind.evidence) == ("error", "HTTP status 404")


def test_an_article_about_broken_links_that_uses_the_words_is_no_error_page() -> None:
    text = "\n\n".join(
        [
            "When a visitor sees “Page not found”, most leave the site within seconds, a study found.",
            *[PROSE] * 8,
        ]
    )
    signals = PageSignals(title="Why “page not found” errors cost shops their customers", og_type="article")
    assert classify(signals, text, text, dated=True, authored=True).type == "article"


def test_the_evidence_names_the_features_that_turned_a_page_down() -> None:
    cards = "\n\n".join(f"Story {i} about the town…" for i in range(30))
    signals = PageSignals(
        og_type="website",
        cards=30,
        card_share=0.9,
        link_share=0.8,
        markup=MarkupCounts(linked_headings=30, headings=31, link_share=0.85),
    )
    kind = classify(signals, cards, cards)
    assert kind.type != "article"
    assert kind.evidence.startswith("article score ") and "most against:" in kind.evidence


def _page(html: str, url: str = "file:///pages/page.html") -> Page:
    return Page(url=url, final_url=url, body=html.encode())


def test_a_listing_of_linked_teasers_is_not_an_article() -> None:
    cards = "".join(
        f'<article class="teaser"><h2><a href="/news/story-{i}">Council story number {i} of the week</a></h2>'
        f"<p>A short excerpt of story {i} that stops in the middle of…</p></article>"
        for i in range(20)
    )
    html = (
        '<html><head><title>News</title><link rel="canonical" href="https://town.example/news/">'
        '<meta property="og:type" content="website"></head>'
        f'<body><main><h1>News</h1>{cards}<a rel="next" href="/news/page/2">Next</a></main></body></html>'
    )
    article, signals = extract_with_signals(_page(html), html)
    assert signals is not None and signals.markup.linked_headings == 20
    assert article.page_type != "article" and not article.is_article
    assert article.page_type_evidence


def test_a_shop_category_of_priced_products_is_not_an_article() -> None:
    tiles = "".join(
        f'<li class="product-tile"><a href="/p/{i}"><h3>Garden chair model {i}</h3></a>'
        f'<span class="price">€{40 + i},99</span><button class="add-to-cart">Add to cart</button></li>'
        for i in range(24)
    )
    html = (
        '<html><head><title>Garden chairs</title><link rel="canonical" href="https://shop.example/category/chairs">'
        "</head><body><h1>Garden chairs</h1><ul class='products'>"
        f"{tiles}</ul></body></html>"
    )
    article, _ = extract_with_signals(_page(html), html)
    assert article.page_type in ("collection", "listing", "product")


def test_a_short_dated_news_article_with_an_error_phrase_in_its_headline_stays_an_article() -> None:
    text = "\n\n".join([PROSE] * 3)  # about 100 words: as short as an error page
    title = "Access denied: reporters barred from the summit"
    for declared in ({"og_type": "article"}, {"schema_types": frozenset({"newsarticle"})}):
        signals = PageSignals(title=title, declares_published=True, **declared)
        assert classify(signals, text, text, dated=True, authored=True).type == "article"
    # A date read off the URL of a "not found" page whose template calls it an article
    # does not make it one.
    soft_404 = PageSignals(title="Page not found", og_type="article")
    assert classify(soft_404, "Sorry, this page has moved.", "", dated=True).type == "error"
    # Undated, the same page says what error pages say, and is one.
    assert classify(PageSignals(title="Access denied"), "You do not have permission.", "").type == "error"
