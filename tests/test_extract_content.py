from __future__ import annotations

import itertools
from html import escape as html_escape
from typing import Any, cast

import lxml.html
import pytest
from lxml import etree
from trafilatura.xml import xmltotxt

from articlepipe.extract import content
from articlepipe.extract.content import (
    CARD_SHARE,
    MIN_CARDS,
    _index_page,
    _page_key,
    _title_link,
    main_region,
    select_content,
)
from articlepipe.extract.render import render_text, tidy_markdown

PROSE = (
    "The committee met on Tuesday to review the findings of the two-year study, "
    "which followed more than four thousand patients across eleven hospitals."
)


def prose(n: int, tag: str = "p") -> str:
    return "".join(f"<{tag}>{PROSE} Paragraph {i}.</{tag}>" for i in range(n))


def body_text(html: str) -> str:
    return render_text(select_content(lxml.html.fromstring(html)).body)


def xml(html: str) -> str:
    return etree.tostring(select_content(lxml.html.fromstring(html)).body, encoding="unicode")


def test_article_column_wins_over_navigation_sidebar_and_footer() -> None:
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<div class='wrap'><div class='col-left'><h1>Title</h1>"
        f"{prose(6)}</div>"
        "<div class='col-right'><div class='box'><h3>Polls</h3>"
        "<p>Which team will win the cup final this year, in your opinion?</p></div></div></div>"
        "<footer><p>Copyright 2024 Example Media Group, all rights reserved worldwide.</p></footer>"
        "</body></html>"
    )
    text = body_text(html)
    assert "Paragraph 0." in text and "Paragraph 5." in text
    assert "Polls" not in text and "Copyright" not in text and "Home" not in text


def test_teaser_cards_go_but_a_listicle_stays() -> None:
    card = (
        "<div class='card'><h3><a href='/s{i}'>Another headline number {i} here</a></h3>"
        "<p>Short teaser {i}.</p></div>"
    )
    cards = "".join(card.format(i=i) for i in range(4))
    html = f"<html><body><article>{prose(5)}</article><section>{cards}</section></body></html>"
    text = body_text(html)
    assert "Paragraph 4." in text and "teaser" not in text
    item = "<div class='item'><h3><a href='/p{i}'>Product {i}</a></h3>" + prose(2) + "</div>"
    listicle = f"<html><body><article>{''.join(item.format(i=i) for i in range(4))}</article></body></html>"
    assert body_text(listicle).count("Paragraph 1.") == 4


def test_class_words() -> None:
    html = (
        "<html><body><article class='post tag-social category-ads'>"
        "<div class='elementor-widget-container'>" + prose(2) + "</div>"
        "<div class='field field--label-hidden'><p>Kept because only the label is hidden here.</p>"
        + prose(2)
        + "</div>"
        "<div class='share-buttons'><p>Share this on every network you have an account with.</p></div>"
        "<span class='newsCaption'>A protester in the street (Image: Agency)</span>"
        "</article></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 1." in text and "only the label is hidden" in text
    assert "Share this" not in text and "Image: Agency" not in text


def test_hidden_elements_are_left_out() -> None:
    html = (
        "<html><body><article>" + prose(3) + "<div style='display: none'><p>Hidden modal text.</p></div>"
        "<p hidden>Hidden paragraph.</p><div aria-hidden='true'><p>Screen text.</p></div>"
        "<div class='hidden'><p>Hidden by class.</p></div></article></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 2." in text and "Hidden" not in text and "Screen text" not in text


def test_an_unclosed_header_holding_the_page_is_not_furniture() -> None:
    html = "<html><body><header><div class='logo'>Site</div>" + prose(5) + "</header></body></html>"
    assert "Paragraph 4." in body_text(html)


def test_link_lists_go_and_linked_prose_stays() -> None:
    links = "".join(f"<li><a href='/r{i}'>Related story number {i}</a></li>" for i in range(8))
    html = (
        "<html><body><article>"
        + prose(4)
        + "<p>As <a href='/x'>the report</a> shows, most patients recovered "
        f"within a week of starting treatment.</p><ul>{links}</ul></article></body></html>"
    )
    text = body_text(html)
    assert "the report shows, most patients recovered" in text
    assert "Related story" not in text


def test_output_uses_trafilaturas_vocabulary() -> None:
    html = (
        "<html><body><article>" + prose(3) + "<h2>Results</h2><p>Bold <b>word</b> and<br>a break.</p>"
        "<ul><li>One</li><ul><li>Nested</li></ul></ul>"
        "<table><tr><th>Year</th></tr><tr><td>2024</td></tr></table><pre>x = 1\n  y = 2</pre>"
        "<div>Loose text in a div, long enough to be a paragraph of the article itself.</div>"
        "</article></body></html>"
    )
    out = xml(html)
    assert '<head rend="h2">Results</head>' in out
    assert '<p>Bold <hi rend="#b">word</hi> and<lb/>a break.</p>' in out
    assert '<list rend="ul"><item>One</item><item>Nested</item></list>' in out
    assert '<table><row><cell role="head">Year</cell></row><row><cell>2024</cell></row></table>' in out
    assert "<code>x = 1\n  y = 2</code>" in out
    assert "<p>Loose text in a div, long enough" in out


def test_the_search_goes_down_while_a_child_holds_three_quarters_of_the_text() -> None:
    # 6 of 8 paragraphs: the main column, its sidebar left out.
    sidebar = f"<div class='col-b'>{prose(2)}</div>"
    page = f"<html><body><div class='wrap'><div class='col-a'>{prose(6)}</div>{sidebar}</div></body></html>"
    assert body_text(page).count("Paragraph 1.") == 1
    # 5 of 8: a closing section big enough to be the article's own stays.
    faq = "<section class='faq'><h2>FAQ</h2>" + prose(3) + "</section>"
    html = f"<html><body><article><section>{prose(5)}</section>{faq}</article></body></html>"
    assert body_text(html).count("Paragraph 1.") == 2


def test_text_split_by_line_breaks_without_paragraphs() -> None:
    html = "<html><body><div id='story'>" + "<br><br>".join(PROSE for _ in range(5)) + "</div></body></html>"
    found = select_content(lxml.html.fromstring(html))
    assert found.words > 80


def test_empty_page() -> None:
    found = select_content(lxml.html.fromstring("<html><body></body></html>"))
    assert found.words == 0 and len(found.body) == 0


def test_cards_wrapped_in_a_link_are_link_text() -> None:
    # Too long to be a teaser card by size: only its being inside a link tells.
    teaser = PROSE * 4
    card = (
        "<article><a href='/v{i}'><div><p>"
        + teaser
        + " Teaser {i}.</p><h4>Video {i}</h4></div></a></article>"
    )
    stack = "<section>" + "".join(card.format(i=i) for i in range(6)) + "</section>"
    html = f"<html><body>{stack}<div class='story'>{prose(3)}</div></body></html>"
    text = body_text(html)
    assert "Paragraph 2." in text and "Teaser" not in text


def test_hidden_prose_is_content_waiting_to_be_shown() -> None:
    details = "".join(
        f"<p>Section {i} explains how the dose was chosen for each group of patients, "
        f"and why the trial stopped early in the {i}th month of follow-up.</p>"
        for i in range(4)
    )
    collapsed = f"<div style='display:none' class='accordion-body'>{details}</div>"
    html = f"<html><body><article>{prose(2)}<h2>Details</h2>{collapsed}</article></body></html>"
    assert "Section 3 explains" in body_text(html)
    dialog = "<div hidden><p>Allow notifications from this site?</p></div>"
    assert "notifications" not in body_text(
        f"<html><body><article>{prose(3)}{dialog}</article></body></html>"
    )


def _teaser(i: int, href: str, excerpt_words: int = 60) -> str:
    excerpt = " ".join(f"word{k}" for k in range(excerpt_words))
    return (
        f"<div class='post-item'><span>Dec {i}, 2025</span>"
        f"<h3><a href='{href}{i}'>Headline of post {i}</a></h3><p>{excerpt} and so on.</p></div>"
    )


def test_cards_with_linked_headlines_and_long_excerpts_are_teasers() -> None:
    run = "<div class='post-list'>" + "".join(_teaser(i, "/post-") for i in range(4)) + "</div>"
    text = body_text(f"<html><body><main><div class='story'>{prose(12)}</div>{run}</main></body></html>")
    assert "Paragraph 11." in text and "Headline of post" not in text and "word5" not in text


def test_sections_with_self_linked_headings_are_not_teasers() -> None:
    section = "<div class='block'><h2><a href='#part-{i}'>Part {i}</a></h2>" + prose(2) + "</div>"
    sections = "".join(section.format(i=i) for i in range(4))
    html = f"<html><body><article>{prose(3)}{sections}</article></body></html>"
    assert all(f"Part {i}" in body_text(html) for i in range(4))


def test_a_run_of_cards_holding_most_of_the_page_is_the_page() -> None:
    # A listicle: every entry links out and holds its own description.
    entries = "<div class='entries'>" + "".join(_teaser(i, "/venue-", 90) for i in range(6)) + "</div>"
    text = body_text(f"<html><body><main>{prose(2)}{entries}</main></body></html>")
    assert all(f"Headline of post {i}" in text for i in range(6))


def test_class_words_inside_code_mark_nothing() -> None:
    code = (
        "<pre><code class='language-bash'><span class='hljs-comment'># initialise the repository</span>\n"
        "git init\n<span class='token comment'># see the state of the tree</span>\ngit status</code></pre>"
    )
    text = body_text(f"<html><body><article>{prose(3)}{code}</article></body></html>")
    assert "# initialise the repository" in text and "# see the state of the tree" in text
    # Outside code the same class still marks a comment thread.
    thread = "<div class='comment'><p>First! Great post, thanks for sharing it with us all.</p></div>"
    assert "First!" not in body_text(f"<html><body><article>{prose(3)}{thread}</article></body></html>")


def test_a_hidden_copy_of_the_visible_article_is_left_out() -> None:
    # Raw markdown kept for bots, a print or mobile version: the same sentences again.
    copy = "<pre hidden>" + "\n\n".join(f"{PROSE} Paragraph {i}." for i in range(4)) + "</pre>"
    text = body_text(f"<html><body><article>{prose(4)}{copy}</article></body></html>")
    assert text.count("Paragraph 3.") == 1
    # Streamed pages repeat their hidden text in scripts; that is not a visible copy.
    script = "<script>self.push(" + repr(PROSE) * 4 + ")</script>"
    streamed = f"<html><body><article><div hidden>{prose(4)}</div></article>{script}</body></html>"
    assert "Paragraph 3." in body_text(streamed)


def test_cards_of_one_run_share_classes_apart_from_per_post_ones() -> None:
    card = (
        "<article class='post post-{i} category-news tag-t{i}'>"
        "<h3><a href='/p{i}'>Headline of post {i}</a></h3><p>A short excerpt.</p></article>"
    )
    run = "<div class='grid'>" + "".join(card.format(i=i) for i in range(4)) + "</div>"
    text = body_text(f"<html><body><main><div class='story'>{prose(4)}</div>{run}</main></body></html>")
    assert "Paragraph 3." in text and "excerpt" not in text


def test_a_list_of_linked_items_with_words_of_their_own_stays() -> None:
    items = "".join(f"<li>Official website: <a href='/h{i}'>Hotel number {i}</a></li>" for i in range(5))
    text = body_text(f"<html><body><article>{prose(3)}<ul>{items}</ul></article></body></html>")
    assert "Official website: Hotel number 4" in text


def test_a_ticker_of_items_led_by_their_headline_link_goes() -> None:
    item = (
        "<li><a href='/n{i}'>Breaking headline number {i}</a> WASHINGTON: a short summary of the story.</li>"
    )
    ticker = "<div class='ticker'><ul>" + "".join(item.format(i=i) for i in range(5)) + "</ul></div>"
    text = body_text(f"<html><body><main><div class='story'>{prose(4)}{ticker}</div></main></body></html>")
    assert "Paragraph 3." in text and "WASHINGTON" not in text


def test_a_layout_class_naming_furniture_around_the_article_is_unmarked_level_by_level() -> None:
    # The layout and its content column are both named after the sidebar beside them;
    # the column holds under half of the page's prose (the sidebar and footer hold more).
    side = "".join(
        f"<p>The author has written about gardens for {i} years and lives by the sea.</p>" for i in range(8)
    )
    foot = "".join(
        f"<p>Our newsroom is funded by readers like you, {i} times over, every year.</p>" for i in range(8)
    )
    html = (
        "<html><body><div class='sidebar-layout'><div class='sidebar-content'>"
        f"{prose(6)}</div><div class='sidebar'>{side}</div></div><footer>{foot}</footer></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 5." in text and "lives by the sea" not in text and "newsroom" not in text


def test_paragraphs_of_hidden_dialogs_are_reported() -> None:
    html = (
        f"<html><body><article>{prose(3)}</article><div class='modal' style='display: none'>"
        "<p>Republish this story under these terms.</p></div><div hidden><p>Cookie terms.</p></div>"
        "</body></html>"
    )
    found = select_content(lxml.html.fromstring(html))
    assert sorted(p.text or "" for p in found.uncounted_paragraphs) == [
        "Cookie terms.",
        "Republish this story under these terms.",
    ]


def test_list_items_wrapped_in_divs_are_kept() -> None:
    items = "".join(
        f"<div class='spacing'><li><strong>Stop {i}: </strong>the harbour, the old town and the market."
        "</li></div>"
        for i in range(3)
    )
    text = body_text(f"<html><body><article>{prose(3)}<ul>{items}</ul>{prose(2)}</article></body></html>")
    assert all(f"Stop {i}: the harbour" in text for i in range(3))


def test_a_figure_swallowing_the_article_is_not_the_container() -> None:
    # An unclosed table inside a <figure> takes the rest of the article into it.
    html = (
        f"<html><body><article><p>The intro that comes before the table, and it matters.</p>{prose(1)}"
        f"<figure><table><tr><td>Material</td></tr></table><div>{prose(12)}</div></figure></article></body></html>"
    )
    text = body_text(html)
    assert "The intro that comes before" in text and "Paragraph 11." in text


def test_an_intro_in_a_sibling_box_of_the_same_kind_stays() -> None:
    # Page builders put the intro and the body in two sections of one kind.
    intro = (
        "<div class='builder-section builder-section-1a2b'><p>The intro holds the question. "
        + PROSE
        + "</p></div>"
    )
    rest = f"<div class='builder-section builder-section-9f8e'>{prose(8)}</div>"
    text = body_text(f"<html><body><main>{intro}{rest}</main><footer>{prose(1)}</footer></body></html>")
    assert "The intro holds the question." in text and "Paragraph 7." in text


def test_a_box_of_the_same_kind_after_the_article_is_not_pulled_in() -> None:
    body = f"<div class='section'>{prose(8)}</div>"
    after = (
        "<div class='section'><p>The lender named above is a member of the deposit scheme. "
        + PROSE
        + "</p></div>"
    )
    text = body_text(f"<html><body><main>{body}{after}</main></body></html>")
    assert "Paragraph 7." in text and "deposit scheme" not in text


def test_links_styled_as_buttons_are_calls_to_action() -> None:
    # Beside a price the box is not link-dense; only the button's name gives it away.
    buttons = "<p>Twelve hundred dollars and seventy-seven cents at the store <a class='btn btn-primary' "
    buttons += "href='/shop'>Start Shopping Now</a></p>"
    buttons += "<div class='wp-block-button'><a href='/quote'>Request a Custom Quote</a></div>"
    inline = "<p>The <a href='/study'>study</a> followed patients for two years and more.</p>"
    text = body_text(f"<html><body><article>{prose(3)}{buttons}{inline}</article></body></html>")
    assert "Start Shopping" not in text and "Custom Quote" not in text
    assert "The study followed patients" in text


def test_classes_made_from_heading_slugs_mark_nothing() -> None:
    section = (
        "<div class='section menu-ideas-for-building-memorable-dining-experiences'>"
        "<h2>Menu ideas for building memorable dining experiences</h2>"
        "<ul><li>Tasting flights of three small plates served at the table.</li>"
        "<li>Coffee cupping and tea ceremony presentations after dinner.</li></ul></div>"
    )
    text = body_text(f"<html><body><article>{prose(3)}{section}{prose(2)}</article></body></html>")
    assert "Coffee cupping and tea ceremony" in text
    # A short class with the same word still names a menu.
    nav = "<div class='menu'><p>Home, News, Sport, Weather and the rest of them here.</p></div>"
    assert "Weather" not in body_text(f"<html><body><article>{prose(3)}{nav}</article></body></html>")


def test_frequently_asked_questions_after_the_article_box_are_kept() -> None:
    faq = (
        "<div class='faq-block'><h2>Frequently Asked Questions</h2>"
        "<h3>How long does the treatment take?</h3>"
        "<p>Most patients finish within six weeks of the first visit.</p>"
        "</div>"
    )
    html = (
        f"<html><body><div class='layout'><div class='blog-body'><div class='rich'>{prose(10)}</div>"
        f"{faq}</div></div><footer><p>Company address and the usual links.</p></footer></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 9." in text and "Most patients finish within six weeks" in text
    assert "Company address" not in text


def test_a_header_section_holding_prose_is_content() -> None:
    # A page builder wraps the first half of the article in a <header> "section".
    html = (
        "<html><body><header class='site'><a href='/'>Home</a><p>The weekly paper of the valley.</p></header>"
        f"<main><header class='section-content'>{prose(8)}</header>"
        f"<div class='rest'>{prose(8, 'p')}</div></main>"
        "</body></html>"
    )
    text = body_text(html)
    assert text.count("Paragraph 7.") == 2 and "weekly paper of the valley" not in text


def test_resource_lists_stay_but_teaser_lists_go() -> None:
    resources = (
        "<ul>"
        + "".join(
            f"<li><a href='https://example.org/r{i}'>Guide number {i} to salary talks</a>: "
            "a talk by a professor "
            "on how to ask for more.</li>"
            for i in range(4)
        )
        + "</ul>"
    )
    text = body_text(f"<html><body><article>{prose(6)}<h2>Resources</h2>{resources}</article></body></html>")
    assert all(f"Guide number {i} to salary talks" in text for i in range(4))
    teasers = (
        "<ul>"
        + "".join(
            f"<li><a href='/n{i}'>Minister number {i} visits the port</a> <span>CITY: The minister said on "
            "Wednesday that the port would...</span></li>"
            for i in range(4)
        )
        + "</ul>"
    )
    text = body_text(f"<html><body><article>{prose(6)}{teasers}</article></body></html>")
    assert "Paragraph 5." in text and "visits the port" not in text


def test_boxes_of_one_kind_with_hashed_class_names() -> None:
    # CSS-module class names carry digits; boxes of one kind still share them whole.
    intro = "<div class='a1497183'><p>The intro holds the question. " + PROSE + "</p></div>"
    rest = f"<div class='a1497183'>{prose(8)}</div>"
    text = body_text(f"<html><body><main>{intro}{rest}</main><footer>{prose(1)}</footer></body></html>")
    assert "The intro holds the question." in text and "Paragraph 7." in text


def test_a_box_repeating_its_sibling_word_for_word_is_a_copy() -> None:
    slide = (
        "<section class='slide {kind}'><h2>Lift off</h2><p>Branding a beer on a mission to help a museum "
        "stand out in a crowded market, with a label drawn by hand and a launch at the museum itself.</p>"
        "</section>"
    )
    slides = "".join(slide.format(kind=k) for k in ("desktop", "mobile"))
    text = body_text(f"<html><body><main>{prose(4)}<div class='slides'>{slides}</div></main></body></html>")
    assert text.count("Branding a beer") == 1
    # Repeated paragraphs are the article's own (a meal plan's menu on two days).
    menu = "<p>Oats with berries, a spoon of yoghurt and a handful of walnuts, with tea and toast.</p>"
    text = body_text(f"<html><body><article>{prose(2)}{menu}{prose(1)}{menu}</article></body></html>")
    assert text.count("Oats with berries") == 2


def _link_list(host: str) -> str:
    return (
        "<ul>"
        + "".join(
            f"<li><a href='https://{host}/page-{i}'>A title for page number {i}</a></li>" for i in range(4)
        )
        + "</ul>"
    )


def test_a_list_of_links_out_that_the_article_goes_on_after_is_kept() -> None:
    url = "https://blog.example/report"
    html = (
        f"<html><body><article>{prose(3)}{_link_list('forge.example.org')}{prose(3)}</article></body></html>"
    )
    text = render_text(select_content(lxml.html.fromstring(html), url).body)
    assert "A title for page number 3" in text
    # The site's own pages mid-article are related articles; links out at the end, a link box.
    inside = f"<html><body><article>{prose(3)}{_link_list('blog.example')}{prose(3)}</article></body></html>"
    assert "page number" not in render_text(select_content(lxml.html.fromstring(inside), url).body)
    last = f"<html><body><article>{prose(6)}{_link_list('forge.example.org')}</article></body></html>"
    assert "page number" not in render_text(select_content(lxml.html.fromstring(last), url).body)


def test_a_key_takeaways_box_before_the_article_box_is_kept() -> None:
    takeaways = (
        "<div class='key-takeaways'><h4>Key takeaways</h4><ul><li>Kitchens cost the most to redo.</li>"
        "<li>Paint returns the most per dollar spent.</li></ul></div>"
    )
    html = (
        f"<html><body><nav><a href='/'>Home</a></nav><div class='article-body'>{takeaways}"
        f"<div class='main'>{prose(10)}</div></div></body></html>"
    )
    text = body_text(html)
    assert "Kitchens cost the most to redo." in text and "Paragraph 9." in text
    assert text.index("Kitchens") < text.index("Paragraph 0.")


def test_an_article_swallowed_by_a_menu_item_is_found() -> None:
    # An unclosed menu leaves the whole article inside its last <li>.
    html = (
        "<html><body><header><nav><ul><li><a href='/'>Home</a></li><li class='menu-item'>"
        f"<div class='dropdown'><a href='/tax'>Taxes</a><div class='post'>{prose(8)}</div></div>"
        "</li></ul></nav></header></body></html>"
    )
    assert "Paragraph 7." in body_text(html)


def test_list_items_holding_paragraphs_keep_their_text() -> None:
    steps = "<ol>" + "".join(f"<li><p>Step {i}: {PROSE}</p></li>" for i in range(4)) + "</ol>"
    text = body_text(f"<html><body><article>{prose(2)}{steps}</article></body></html>")
    assert all(f"Step {i}:" in text for i in range(4))


def test_an_intro_of_plain_paragraphs_before_the_body_box_stays() -> None:
    intro = (
        "<section class='article-content'><p>Most of us spend eight hours a day at a desk. "
        + PROSE
        + "</p></section>"
    )
    body = f"<div class='grid'>{prose(8)}</div>"
    text = body_text(f"<html><body><main><div class='row'>{intro}{body}</div></main></body></html>")
    assert "Most of us spend eight hours" in text and "Paragraph 7." in text
    # A header box with the headline and byline before the body is not an intro.
    head = (
        "<div class='head'><h1>The headline</h1><p>By A. Writer, with a long standfirst. "
        + PROSE
        + "</p></div>"
    )
    text = body_text(f"<html><body><main><div class='row'>{head}{body}</div></main></body></html>")
    assert "By A. Writer" not in text


def test_related_names_a_box_only_when_it_holds_little_prose() -> None:
    links = "".join(f"<li><a href='/s{i}'>Another story number {i}</a></li>" for i in range(4))
    box = f"<div class='related-posts'><p>Short intro to more stories.</p><ul>{links}</ul></div>"
    text = body_text(f"<html><body><article>{prose(6)}{box}</article></body></html>")
    assert "Another story" not in text and "Short intro" not in text
    # A section the theme happens to call "related" but which holds the article's text.
    section = f"<div id='map-and-related'>{prose(6)}</div>"
    text = body_text(f"<html><body><article>{prose(2)}{section}</article></body></html>")
    assert "Paragraph 5." in text


def _post(i: int, words: int = 3) -> str:
    # Each post sits in its own wrapper, the author column beside its text.
    text = " ".join(
        f"<p>Reply {i} says the tool worked after the update, step {k}, on every machine.</p>"
        for k in range(words)
    )
    return (
        f"<article class='post-wrap'><aside class='comment-author'>"
        f"<p>user{i} joined in {2000 + i}, posts: {i * 7}</p></aside>"
        f"<div class='comment-content' id='comment-{i}'>{text}</div></article>"
    )


def test_the_posts_of_a_thread_named_comments_are_the_page() -> None:
    # Every post, the first too, is named "comment": together they hold the page's text,
    # though each one alone holds less than half of it.
    html = (
        "<html><body><nav><a href='/'>Forums</a> <a href='/t'>Topics</a></nav>"
        f"<h1>Driver update fails</h1><div class='thread'>{''.join(_post(i) for i in range(6))}</div>"
        "<footer>About us</footer></body></html>"
    )
    text = body_text(html)
    assert all(f"Reply {i} says" in text for i in range(6))
    assert "joined in" not in text  # the author columns are still furniture


def test_comments_under_an_article_stay_out() -> None:
    comments = "".join(_post(i, words=1) for i in range(6))
    html = f"<html><body><article>{prose(6)}</article><div class='comments'>{comments}</div></body></html>"
    text = body_text(html)
    assert "Paragraph 5." in text and "Reply" not in text


def test_furniture_of_one_kind_is_not_the_page_however_much_text_it_holds() -> None:
    # Five sidebar widgets hold most of a short shop page's text, each under half of it:
    # only the posts of a discussion count together, menus and widgets do not.
    widgets = "".join(
        f"<div class='sidebar-widget'><p>Widget {i}: our stores open at nine, free returns within "
        "thirty days, and gift cards never expire at any of our shops.</p></div>"
        for i in range(5)
    )
    html = f"<html><body><h1>Linen shirt</h1><div>Soft linen shirt.</div>{widgets}</body></html>"
    assert "Widget" not in body_text(html)


LEGAL = "".join(
    f"<p>Section {i}. You agree that these terms govern your use of the store and every order placed.</p>"
    for i in range(30)
)


def test_a_dialog_is_never_the_page_however_much_text_it_holds() -> None:
    # A shop page of a few product tiles and, in a modal, thirty sections of its terms:
    # the terms hold nearly all of the text, yet a dialog is never the page.
    tiles = "".join(f"<div class='tile'><h3>Runner {i}</h3><p>Light wool runner.</p></div>" for i in range(4))
    for dialog in (
        f"<div class='modal' id='terms'>{LEGAL}</div>",
        f"<dialog open>{LEGAL}</dialog>",
        f"<footer><div aria-modal='true'>{LEGAL}</div></footer>",
    ):
        html = f"<html><body><h1>Sneakers</h1><div class='grid'>{tiles}</div>{dialog}</body></html>"
        assert "Section 3." not in body_text(html), dialog


def test_a_dialog_is_furniture_when_nothing_else_needs_unmarking() -> None:
    # The page is found without unmarking anything (the whole page sits in a header that
    # holds its prose), and the promotion's terms in a modal beside the text still go.
    terms = "<p>Offer valid through Sunday. Not valid on gift cards; one use per customer.</p>"
    for dialog in (
        f"<div role='dialog'>{terms}</div>",
        f"<dialog open>{terms}</dialog>",
        f"<div aria-modal='true'>{terms}</div>",
    ):
        html = f"<html><body><header><h1>Clogs</h1>{dialog}{prose(8)}</header></body></html>"
        text = body_text(html)
        assert "Paragraph 7." in text and "gift cards" not in text, dialog
    # A modal's own <h1> in the article's column is not the page's headline, which is
    # above the column: the modal goes all the same.
    modal = "<div role='dialog'><h1>Join us</h1><p>The best stories, every morning, in your inbox.</p></div>"
    html = f"<html><body><h1>Clinic opens</h1><div class='story'>{prose(6)}{modal}</div></body></html>"
    text = body_text(html)
    assert "Paragraph 5." in text and "every morning" not in text


def test_long_loose_text_without_punctuation_is_no_prose() -> None:
    # A local business lists the towns and postcodes it serves in a box of loose text
    # longer than its page; the list must not be taken for the article.
    towns = "<br>".join(f"Springfield {i} Heights<br>{90200 + i}" for i in range(120))
    html = (
        f"<html><body><div class='main'><h1>Treadmill rental</h1>{prose(3)}</div>"
        f"<div class='areas'>{towns}</div></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 2." in text and "Springfield 40" not in text
    # The same length of loose text with its punctuation is prose, and wins as before.
    letters = "<br>".join(f"Dear friends, we met in Springfield {i} today." for i in range(120))
    html = f"<html><body><div class='main'>{prose(1)}</div><div class='letters'>{letters}</div></body></html>"
    assert "Springfield 40 today." in body_text(html)


def test_prose_in_scripts_that_end_sentences_without_a_mark_stays() -> None:
    # Thai separates sentences with spaces: no punctuation, and still prose.
    sentence = "วันนี้คณะกรรมการได้ประชุมเพื่อพิจารณาผลการศึกษาของโรงพยาบาลทั้งสิบเอ็ดแห่ง "
    thai = sentence * 20
    html = f"<html><body><nav><a href='/'>หน้าแรก</a></nav><div class='story'>{thai}</div></body></html>"
    assert "คณะกรรมการ" in body_text(html)


def test_consent_managers_are_furniture_by_their_vendor_names() -> None:
    purposes = (
        "<p>We and our partners store and access personal data, like browsing data or unique "
        "identifiers, on your device. Selecting Allow all enables tracking technologies.</p>"
    )
    for names in ("id='onetrust-banner-sdk'", "id='CybotCookiebotDialog'", "class='didomi-popup-container'"):
        # Inside the article's column, where nothing but its names marks it.
        html = f"<html><body><article>{prose(4)}<div {names}>{purposes}</div></article></body></html>"
        text = body_text(html)
        assert "Paragraph 3." in text and "partners" not in text, names


def test_page_builder_components_named_cmp_are_content() -> None:
    html = (
        f"<html><body><div class='cmp-container'><div class='cmp-text'>{prose(4)}</div></div></body></html>"
    )
    assert "Paragraph 3." in body_text(html)


def test_a_page_wrapper_named_for_dialogs_is_not_one() -> None:
    # A theme wraps the whole page in "dialog-off-canvas-main-canvas"; the marks leave too
    # little text (the column is named after the sidebar beside it), and the wrapper,
    # which is no furniture, must not keep the column out as a dialog would be.
    html = (
        "<html><body><div class='dialog-off-canvas-main-canvas'><div class='sidebar-layout'>"
        f"<div class='sidebar-content'>{prose(6)}</div></div></div></body></html>"
    )
    assert "Paragraph 5." in body_text(html)


def test_a_pop_up_left_unclosed_around_the_article_is_the_page() -> None:
    # Broken markup: a newsletter pop-up opened and never closed swallows the headline
    # and the article after it; that is the page, not a dialog.
    html = (
        "<html><body><aside class='Popup-Overlay' id='Popup-Newsletter'><p>Join us</p>"
        f"<h1>Where to buy a home</h1><article>{prose(6)}</article></aside></body></html>"
    )
    assert "Paragraph 5." in body_text(html)


def test_code_keeps_its_lines_however_the_page_breaks_them() -> None:
    html = (
        f"<html><body><article>{prose(4)}<pre>#!/usr/bin/env python3<br><br>import os<br>import time</pre>"
        "<pre><div class='line'>x = 1</div><div class='line'>y = 2</div></pre>"
        "<pre><code>a = 1\nb = 2</code></pre></article></body></html>"
    )
    text = body_text(html)
    assert "python3\n\nimport os\nimport time" in text
    assert "x = 1\ny = 2" in text and "a = 1\nb = 2" in text


def test_blocks_inside_a_list_item_or_cell_part_their_words() -> None:
    items = "<li><div>La Sportiva</div><div>Aragon Climbing Shoes</div></li>" * 3
    cells = "<tr><td><p>Elevator fee</p><p>varies</p></td><td><span>N/</span><span>A</span></td></tr>"
    html = f"<html><body><article>{prose(4)}<ul>{items}</ul><table>{cells}</table></article></body></html>"
    text = body_text(html)
    assert "La Sportiva Aragon Climbing Shoes" in text and "SportivaAragon" not in text
    assert "Elevator fee varies" in text
    assert "N/A" in text  # inline elements still join


def test_the_posts_of_a_thread_count_together_whatever_their_alternating_classes() -> None:
    # Themes alternate "even"/"odd" on the posts of one thread.
    posts = "".join(
        _post(i).replace("class='comment-content'", f"class='comment-content {('even', 'odd')[i % 2]}'")
        for i in range(6)
    )
    html = f"<html><body><h1>Driver update fails</h1><div class='thread'>{posts}</div></body></html>"
    text = body_text(html)
    assert all(f"Reply {i} says" in text for i in range(6))


SHORT = "The committee met on Tuesday to review the findings of the two-year study of patients."


def test_an_article_in_a_marked_column_wins_over_the_comments_under_it() -> None:
    # The column alone holds the page; the comments hold more together, but posts count
    # together only when no single element holds the page.
    article = "".join(f"<p>{SHORT} Paragraph {i}.</p>" for i in range(6))
    comments = "".join(
        f"<li class='comment'><p>Comment {i}: great read, my clinic saw the same thing last winter "
        "with the new rota.</p></li>"
        for i in range(10)
    )
    html = (
        "<html><body><h1>Study</h1><div class='sidebar-layout'><div class='sidebar-content'>"
        f"{article}</div></div><ol class='commentlist'>{comments}</ol></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 5." in text and "Comment " not in text


def test_a_dialog_lends_its_text_neither_to_a_box_around_it_nor_to_the_page() -> None:
    # The footer's own text is small; only the terms in its modal would make it "hold the
    # page", and they do not count.
    widgets = "".join(
        f"<div class='sidebar-widget'><p>Widget {i}: our stores open at nine, free returns within "
        f"thirty days.</p><p>Gift cards never expire at any of our shops, widget {i}.</p></div>"
        for i in range(5)
    )
    html = (
        "<html><body><h1>Sneakers</h1><div class='grid'><p>Runner: light wool, six colours.</p></div>"
        f"{widgets}<footer><p>Our offices in Leeds and York open from nine to five on weekdays.</p>"
        f"<div class='modal'>{LEGAL * 3}</div></footer></body></html>"
    )
    assert "Leeds" not in body_text(html)
    # Once the page is found, the modal does not keep the share of found text low and so
    # unmark more furniture.
    article = "".join(f"<p>{SHORT} Article {i}.</p>" for i in range(7))
    footer = "".join(
        f"<p>Our offices in Leeds and York are open from nine to five on weekdays {i}.</p>" for i in range(7)
    )
    unclosed = (
        f"<html><body><header><h1>Report</h1>{article}</header><div class='modal'>{LEGAL * 3}</div>"
        f"<footer>{footer}</footer></body></html>"
    )
    text = body_text(unclosed)
    assert "Article 6." in text and "Leeds" not in text and "Section 3." not in text


def test_a_logo_h1_in_the_masthead_does_not_hide_the_headline_in_an_unclosed_pop_up() -> None:
    html = (
        "<html><body><div class='masthead'><h1 class='site-title'><a href='/'>Daily</a></h1></div>"
        "<div class='Popup-Overlay' id='Popup-Newsletter'><p>Join us</p><h1>Where to buy a home</h1>"
        f"<div class='entry-content'>{prose(6)}</div></div></body></html>"
    )
    assert "Paragraph 5." in body_text(html)


def test_code_lines_in_divs_separated_by_new_lines_are_not_doubled() -> None:
    html = (
        f"<html><body><article>{prose(4)}<pre><div>x = 1</div>\n<div>y = 2</div></pre>"
        "<pre>$ pip install x<p>Collecting x</p></pre></article></body></html>"
    )
    text = body_text(html)
    assert "x = 1\ny = 2" in text and "pip install x\nCollecting x" in text


def test_an_article_over_a_long_comment_thread_keeps_only_itself() -> None:
    # The comments hold over nine tenths of the page's text, but the page has an article
    # of its own (over 150 words): they are its comments, not a thread.
    comments = "".join(_post(i, words=4) for i in range(60))
    html = (
        f"<html><body><h1>Study</h1><article>{prose(9)}</article>"
        f"<div class='comments'>{comments}</div></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 8." in text and "Reply" not in text


def _replies(path: str, depth: int) -> str:
    # A post and, in a list inside it, the replies to it, two at each level (the nested
    # threads of link aggregators and news sites' discussions).
    text = (
        f"<p>Reply {path} says the patch set keeps the old interfaces, so drivers keep working "
        "while the rest of the tree moves over one subsystem at a time.</p>"
    )
    children = "".join(_replies(f"{path}.{k}", depth - 1) for k in range(2)) if depth else ""
    return (
        f"<li class='comments_subtree'><div class='comment'><div class='comment_text'>{text}</div></div>"
        + (f"<ol class='comments'>{children}</ol>" if children else "")
        + "</li>"
    )


def test_the_replies_of_a_nested_thread_are_the_page_at_every_depth() -> None:
    thread = "".join(_replies(str(i), 3) for i in range(2))
    html = (
        "<html><body><nav><a href='/'>Stories</a> <a href='/new'>New</a></nav>"
        "<h1><a href='https://elsewhere.example/post'>Goals for the year</a></h1>"
        f"<ol class='comments'>{thread}</ol><footer>About us</footer></body></html>"
    )
    text = body_text(html)
    assert "Reply 0 says" in text and "Reply 1.1 says" in text
    assert "Reply 0.1.0.1 says" in text and "Reply 1.0.1.0 says" in text
    assert "Stories" not in text and "About us" not in text
    # Under an article of its own, the same thread is its comments.
    text = body_text(
        f"<html><body><h1>Study</h1><article>{prose(9)}</article>"
        f"<ol class='comments'>{thread}</ol></body></html>"
    )
    assert "Paragraph 8." in text and "Reply" not in text
    # ... and so it does when the article itself sits in a box named "comment" that holds
    # the page (a theme's wrapper), its comments nested inside it.
    replies = "".join(
        f"<li><div class='comment'><p>Reply {i} says the study was small, and that the "
        "hospitals chose their own patients for it.</p></div></li>"
        for i in range(6)
    )
    text = body_text(
        f"<html><body><h1>Study</h1><div class='comment'>{prose(9)}<ol>{replies}</ol></div></body></html>"
    )
    assert "Paragraph 8." in text and "Reply" not in text


def _entries(letter: str, n: int, per_box: bool = False) -> str:
    items = "".join(
        f"<li><a href='/wiki/{letter}{i}'>{letter}-language number {i}</a></li>" for i in range(n)
    )
    listed = f"<ul>{items}</ul>"
    return f"<h2>{letter}</h2>" + (f"<div class='div-col'>{listed}</div>" if per_box else listed)


def test_an_index_keeps_its_link_lists_and_link_boxes() -> None:
    intro = "<p>This is an index of notable languages, in current or historical use, by first letter.</p>"
    sections = _entries("A", 30) + _entries("B", 8, per_box=True) + _entries("C", 30)
    text = body_text(
        f"<html><body><nav><a href='/'>Home</a></nav><main>{intro}{sections}</main></body></html>"
    )
    assert "A-language number 29" in text and "B-language number 7" in text and "C-language number 0" in text
    # An article's related links stay out, however many of them there are beside a short text.
    related = "".join(f"<li><a href='/r{i}'>Related story number {i}</a></li>" for i in range(40))
    text = body_text(f"<html><body><article>{prose(1)}<ul>{related}</ul></article></body></html>")
    assert "Paragraph 0." in text and "Related story" not in text
    # ... and a long menu the search fell into (the container is the list itself) is none.
    menu = lxml.html.fromstring(
        "<ul>" + "".join(f"<li><a href='/docs/p{i}'>Manage part {i}</a></li>" for i in range(80)) + "</ul>"
    )
    assert not _index_page(menu, set(), 0)
    assert _index_page(
        lxml.html.fromstring(f"<div>{etree.tostring(menu, encoding='unicode')}</div>"), set(), 0
    )


def _message(i: int, words: str) -> str:
    # A forum post as thread software writes it: the author's name, a permalink, the text
    # and a row of short links.
    actions = "".join(
        f"<a href='/posts/{i}/{a.split()[0].lower()}'>{a}</a> "
        for a in ("Report post", "Like post", "Quote post", "Reply now")
    )
    return (
        f"<article class='message message--post'><a href='/members/user{i}.{i}/'>tailgate_owner_{i}</a>"
        f"<a href='/posts/{i}'><time>Mar {i}, 2024</time></a> <a href='#post-{i}'>#{i}</a>"
        f"<div class='bbWrapper'>{words}</div>{actions}</article>"
    )


def test_posts_led_by_their_authors_names_are_not_teasers() -> None:
    question = _message(0, " ".join([PROSE] * 6))
    reply = (
        "the dealer fixed mine under warranty, and the new unit has worked every night since, "
        "even in heavy rain and cold. It was a faulty sensor behind the trim, which they say is "
        "common on the first batch of cars."
    )
    replies = "".join(_message(i, f"Reply {i}: {reply}") for i in range(1, 5))
    thread = f"<div class='block-body'>{question}</div><div class='block-body later'>{replies}</div>"
    text = body_text(f"<html><body><div class='thread'>{thread}</div></body></html>")
    assert all(f"Reply {i}:" in text for i in range(1, 5))
    # Boxes under a linked headline stay teasers, and so do boxes of links and a few words.
    teasers = "".join(
        f"<div class='card'><a href='/news/{i}'>Minister number {i} visits the port</a>"
        "<p>The minister said on Wednesday that the port would open again next spring.</p></div>"
        for i in range(4)
    )
    text = body_text(
        f"<html><body><article>{prose(6)}<div class='more'>{teasers}</div></article></body></html>"
    )
    assert "Paragraph 5." in text and "visits the port" not in text


THREAD_URL = "https://forum.example/threads/rear-lights-after-the-update.4411/"


def _headed_post(i: int, author: str, href: str, words: str) -> str:
    # A post as XenForo and its kin write it: the author's linked name as a heading, the
    # poster's pane (rank, join date, counts), a date that links to the thread itself.
    return (
        "<article class='message message--post'><section class='message-user'>"
        f"<h4 class='message-name'><a href='{href}'>{author}</a></h4>"
        "<div class='message-userDetails'><h5 class='userTitle message-userTitle'>Senior member</h5></div>"
        "<div class='message-userExtras'><dl><dt>Joined</dt><dd>Apr 13, 2009</dd></dl>"
        "<dl><dt>Messages</dt><dd>887</dd></dl></div></section>"
        f"<div class='message-main'><a href='/threads/rear-lights-after-the-update.4411/post-{i}'>"
        f"<time>Today at 3:2{i} AM</time></a> <a href='{THREAD_URL}'>Today at 3:2{i} AM</a>"
        f"<div class='message-userContent'><div class='bbWrapper'>{words}</div></div></div></article>"
    )


def test_posts_headed_by_a_profile_link_and_dated_by_a_self_link_are_no_teasers() -> None:
    replies = f"Mine were fixed under warranty, and they have worked ever since. {PROSE}"
    profiles = ("/members/ann.12/", "/u/bob", "/users/31/carl", "member.php?u=4", "/@dana")
    # The question holds most of the page, so the replies are no run of cards that is the
    # page (``CARD_RUN_MAX_SHARE``): only what heads them tells them from teasers.
    question = _headed_post(9, "asker", "/members/asker.9/", prose(16))
    question = question.replace("message--post", "message--op")
    posts = "".join(
        _headed_post(i, f"poster{i}", href, f"Reply {i}: {replies}") for i, href in enumerate(profiles)
    )
    html = (
        "<html><body><h1>Rear lights after the update</h1>"
        f"<div class='block-body'>{question}{posts}</div></body></html>"
    )
    text = render_text(select_content(lxml.html.fromstring(html), THREAD_URL).body)
    assert all(f"Reply {i}:" in text for i in range(len(profiles)))
    # The poster's pane is no part of the post; the post's own content is.
    assert "Senior member" not in text and "Apr 13, 2009" not in text and "887" not in text
    # The same boxes headed by links to other pages are teasers.
    teasers = "".join(
        f"<div class='card'><h4><a href='/news/{i}'>Minister {i} visits</a></h4>"
        f"<a href='/news/{i}'>Today at noon</a><p>{replies}</p></div>"
        for i in range(4)
    )
    html = f"<html><body><article>{prose(6)}<div class='more'>{teasers}</div></article></body></html>"
    text = render_text(select_content(lxml.html.fromstring(html), THREAD_URL).body)
    assert "Paragraph 5." in text and "Minister" not in text and replies not in text


def _thread_text(signatures: list[str]) -> str:
    # A thread of one post per signature box, each box under its post as forum engines
    # set it; the text the selection writes.
    posts = "".join(
        f"<div class='post'><p>Reply {i}: the rear lights came back after the firmware update. {PROSE}</p>"
        f"{box}</div>"
        for i, box in enumerate(signatures)
    )
    html = f"<html><body><h1>Rear lights after the update</h1><div class='thread'>{posts}</div></body></html>"
    return render_text(select_content(lxml.html.fromstring(html), THREAD_URL).body)


def _reference_text(signatures: list[str]) -> str:
    # An API reference page: each member's signature box, then what it does.
    members = "".join(
        f"<section><h3>Member {i}</h3>{box}"
        f"<div class='block'>Returns the element at the specified position {i} in this list.</div></section>"
        for i, box in enumerate(signatures)
    )
    html = f"<html><body><main><h1>Reference</h1>{prose(2)}{members}</main></body></html>"
    return render_text(select_content(lxml.html.fromstring(html), "https://docs.example/ref.html").body)


def test_a_posts_signature_is_no_part_of_the_thread() -> None:
    # vBulletin, phpBB, FluxBB and Invision set the poster's signature under each post.
    signatures = ("signature", "postsignature postmsg", "ipsEntry__signature", "forum-signature__outer")
    text = _thread_text(
        [
            f"<div class='{name}'>My rig {i}: Ryzen 7, 32 GB, two old monitors</div>"
            for i, name in enumerate(signatures)
        ]
    )
    assert all(f"Reply {i}:" in text for i in range(len(signatures)))
    assert "My rig" not in text
    # A shop's product line named so, with prose in it, is the page's.
    html = (
        "<html><body><h1>Walnut desks</h1><section class='signature-collection'>"
        f"<h2>The signature collection</h2>{prose(5)}</section></body></html>"
    )
    text = render_text(select_content(lxml.html.fromstring(html), "https://shop.example/desks").body)
    assert "The signature collection" in text and "Paragraph 4." in text
    # A function's signature in API documentation is its page's (Javadoc, TypeDoc).
    names = ("member-signature", "tsd-signature tsd-anchor-link") * 2
    text = _reference_text([f"<div class='{name}'>E get{i}(int index)</div>" for i, name in enumerate(names)])
    assert all(f"E get{i}(int index)" in text for i in range(4))


@pytest.mark.parametrize(
    "signature",
    [
        "public static String join(CharSequence delimiter, CharSequence... elements)",
        "def read(path, *, encoding=None)",
        "fun <T> listOf(vararg elements: T): List<T>",
        "Array.prototype.map(callbackFn, thisArg)",
        "func (c *Client) Do(req *Request) (*Response, error)",
        "Str::of(string $string): Stringable",
        "bool operator==(const Foo& other) const",
        "pub fn collect<B: FromIterator<Self::Item>>(self) -> B",
        "function useState<S>(initialState: S | (() => S)): [S, Dispatch<SetStateAction<S>>]",
        "func Map[T, U any](s []T, f func(T) U) []U",
        "def f(x=(1, (2, 3)))",
        "public void write(byte[] b) throws IOException",
    ],
)
def test_a_call_signature_in_a_box_named_signature_alone_is_api_documentation(signature: str) -> None:
    text = _reference_text([f"<div class='signature'>{html_escape(signature)}</div>"] * 3)
    assert text.count(signature) == 3


@pytest.mark.parametrize(
    "signature",
    [
        "Home setup (2 PCs): Ryzen 7, 32 GB",
        "Lord Firehawk Flameblade- Master of Fish (I still have more to learn!)",
        "Displays: Sony 77A80J, Sony 65ZD9, Panasonic 65GZ1000",
        "My cars: BMW E46(2003), Audi A4(2010)",
        "Retired(2019). Forty years on the railways, still learning.",
        "John(aka JJ) - Moderator",
        "Life is short. Eat dessert first(seriously).",
    ],
)
@pytest.mark.parametrize("name", ["signature", "message-signature", "ipsEntry__signature"])
def test_a_forum_signature_with_parentheses_is_still_a_signature(signature: str, name: str) -> None:
    text = _thread_text([f"<div class='{name}'>{signature}</div>"] * 3)
    assert "Reply 2:" in text and signature not in text


def test_only_a_box_named_signature_alone_reads_as_api_documentation() -> None:
    # A forum engine's signature box ("message-signature") holding a line of code is the
    # poster's signature still.
    text = _thread_text(["<div class='message-signature'>def main(argv=None)</div>"] * 3)
    assert "Reply 2:" in text and "def main" not in text


def _short_reply(i: int, words: str, declared: str) -> str:
    # A reply as thread software writes it: an avatar, the author's linked name and what
    # the author owns (a link of headline length to another page), a date, a line or two
    # of text, a row of actions; ``declared``, the microdata that says it is a post.
    return (
        f"<div class='nested-children'><article class='post nested-level-{i}'>"
        f"<div class='card-box' {declared}><img src='/avatars/{i}.jpg' alt=''>"
        f"<a href='/members/user{i}/'>user{i}</a>"
        f"<a href='/garage/hatchback-le-awd.{i}/view'>owns 2024 Hatchback LE AWD</a>"
        f"<a href='#post-{i}'><time>Mar {i}, 2025</time></a>"
        f"<div class='bbWrapper'>{words}</div><a href='/posts/{i}/like'>Like</a> "
        f"<a href='/posts/{i}/quote'>Quote</a> <a href='/posts/{i}/reply'>Reply</a></div></article></div>"
    )


def test_short_replies_the_microdata_declares_posts_are_no_teasers() -> None:
    # The opening post holds most of the page, so the replies are no run of cards that is
    # the page (``CARD_RUN_MAX_SHARE``): only their microdata tells them from teasers.
    opening = " ".join([PROSE] * 12)
    # Each long enough for its loose text to count (``LOOSE_MIN_CHARS``), short enough
    # for a card (``CARD_MAX_CHARS``).
    lines = (
        "Probably, makers always try to save money on trim pieces like these, so they reuse "
        "them from one generation to the next. The clips on mine were the same as on the old one, "
        "and so were the screws behind them.",
        "Do they stay on while the gate is open, or do they time out after a while at all? Mine "
        "stayed on for an hour once while I was loading the bikes, and I was worried about the "
        "battery the whole time.",
        "I am not sure they time out; I have not left mine open long enough to find out. You can "
        "turn them off by hand once the gate is open, then turn them on again before you close "
        "it for the night.",
    )
    for declared in (
        "itemscope itemtype='https://schema.org/Comment'",
        "itemscope itemprop='comment'",
        "itemscope itemtype='http://schema.org/Answer'",
        "itemscope itemtype='https://schema.org/DiscussionForumPosting https://schema.org/Thing'",
        "itemscope itemprop='suggestedAnswer' itemtype='https://schema.org/Answer'",
    ):
        replies = "".join(_short_reply(i, f"Reply {i}: {line}", declared) for i, line in enumerate(lines * 2))
        html = (
            "<html><body><h1>Liftgate lights</h1><div class='thread'>"
            f"<article class='post first'><div class='bbWrapper'>{opening}</div></article>"
            f"<div class='block-body'>{replies}</div></div></body></html>"
        )
        text = render_text(select_content(lxml.html.fromstring(html), THREAD_URL).body)
        assert all(f"Reply {i}:" in text for i in range(6)), declared
    # The same boxes without that microdata, or declaring something else, are teasers.
    for declared in ("", "itemscope itemtype='https://schema.org/NewsArticle'", "itemprop='author'"):
        replies = "".join(_short_reply(i, f"Reply {i}: {line}", declared) for i, line in enumerate(lines * 2))
        html = f"<html><body><article>{prose(12)}<div class='more'>{replies}</div></article></body></html>"
        text = render_text(select_content(lxml.html.fromstring(html), THREAD_URL).body)
        assert "Paragraph 11." in text and "Reply" not in text, declared


def test_a_table_nested_in_a_cell_is_written_once() -> None:
    # Old sites lay out the page in tables, one inside another: every level's text was
    # written again by each table around it.
    inner = f"<table><tr><td><h2>Average costs</h2><p>{PROSE} Inner.</p></td></tr></table>"
    middle = f"<table><tr><td class='left'>{inner}</td><td>{prose(3)}</td></tr></table>"
    html = f"<html><body><table><tr><td><h1>Cost report</h1>{middle}</td></tr></table></body></html>"
    text = body_text(html)
    assert text.count("Inner.") == 1 and text.count("Paragraph 2.") == 1
    # Laid out by tables, the page keeps its paragraphs and headings apart.
    assert "Average costs\n\n" in text and "\n\nThe committee met" in text


def test_a_table_laying_out_the_page_keeps_its_paragraphs() -> None:
    side = "<ul><li><a href='/a'>Home</a></li><li><a href='/b'>Archive</a></li></ul>"
    # The article goes on after the table, so the table is written as part of it.
    html = (
        f"<html><body><div class='page'><table><tr><td>{side}</td><td><h2>Wine regions</h2>"
        f"{prose(10)}</td></tr></table>{prose(3)}</div></body></html>"
    )
    blocks = body_text(html).split("\n\n")
    assert (
        "Wine regions" in blocks
        and f"{PROSE} Paragraph 9." in blocks
        and blocks.count(f"{PROSE} Paragraph 2.") == 2
    )


def test_a_data_table_stays_a_table_however_long_its_cells() -> None:
    # A course schedule: each week's reading list is long, but it is a list, not prose.
    readings = "".join(f"<li>{PROSE} Reading {i}.</li>" for i in range(8))
    rows = "".join(
        f"<tr><td>Nov {day}</td><td>Lecture {day}</td><td><ul>{readings}</ul></td></tr>" for day in (22, 29)
    )
    html = (
        f"<html><body><article>{prose(4)}<table><tr><th>Date</th><th>Topic</th><th>Reading</th></tr>"
        f"{rows}</table></article></body></html>"
    )
    out = xml(html)
    assert out.count("<row>") == 3 and "<cell>Nov 29</cell>" in out and "<cell>Lecture 22</cell>" in out
    text = body_text(html)
    assert "Nov 29\tLecture 29\t" in text


def test_text_between_a_lists_items_stays_where_it_stands() -> None:
    # Invalid markup that browsers show, each run of loose text and inline elements on a
    # line of its own: a note after an item's closing tag, text before the first item.
    items = (
        "Steps for the guest list:"
        "<li>Native apps run on one platform</li> – Spotify, Maps and <b>Mail</b>, for example."
        "<li>Hybrid apps wrap a web page</li> see <a href='https://o.test/'>this page</a> for details."
        "<li>Web apps need no install</li><ul><li>inner</li></ul>Note text"
    )
    out = xml(f"<html><body><article>{prose(4)}<ul>{items}</ul></article></body></html>")
    assert "<item>Steps for the guest list:</item><item>Native apps run on one platform</item>" in out
    assert '<item>– Spotify, Maps and <hi rend="#b">Mail</hi>, for example.</item>' in out
    assert "<item>see this page for details.</item>" in out
    assert "<item>Web apps need no install</item><item>inner</item><item>Note text</item>" in out
    text = body_text(f"<html><body><article>{prose(4)}<ul>{items}</ul></article></body></html>")
    assert "\nNote text" in text and "\nsee this page for details.\n" in text


def test_a_spacer_of_zero_width_characters_is_no_paragraph() -> None:
    # Site builders put a zero-width joiner in an empty paragraph to keep its height,
    # and in an empty line or table cell; none is text. Inside words the joiner stays
    # (an emoji sequence, a Persian word).
    html = (
        "<html><body><article><p>First paragraph of the story.</p><p>\u200d</p>"
        "<p>\u200b \u200e</p><div>\u200d</div><p>Second line<br>\u200d<br>goes on.</p>"
        "<table><tr><td>Plan</td><td>Price</td></tr><tr><td>\u200d</td><td>\u200c</td></tr>"
        "<tr><td>Basic</td><td>\u200d</td></tr></table><p>\u3164</p>"
        f"<p>A nurse 👩\u200d⚕️ said می\u200cخواهم.</p>{prose(4)}</article></body></html>"
    )
    text = body_text(html)
    assert text.startswith(
        "First paragraph of the story.\n\nSecond line\ngoes on.\n\nPlan\tPrice\nBasic\t\n\nA nurse"
    )
    assert "A nurse 👩\u200d⚕️ said می\u200cخواهم." in text
    out = xml(html)
    assert "<p>\u200d</p>" not in out and "<p>\u200b" not in out


def test_words_of_two_elements_do_not_run_together() -> None:
    # A style sheet sets a card's maker and model, or an album's artist and title, apart;
    # the markup has no space between them.
    cards = "".join(f"<li><span>La Sportiva</span><span>Aragon {i}</span> shoe</li>" for i in range(3))
    chart = "<h2><a href='/a/1'>Earth Ball</a><em>Outside Over There</em><span>Upset The Rhythm</span></h2>"
    text = body_text(f"<html><body><article>{chart}{prose(4)}<ul>{cards}</ul></article></body></html>")
    assert "Earth Ball Outside Over There Upset The Rhythm" in text
    assert "La Sportiva Aragon 1 shoe" in text
    # Inside one text node nothing changes ("iPhone", "McDonald"), nor where a capital
    # follows a capital or a lower-case letter opens the next element ("<b>W</b>hen").
    html = (
        "<html><body><article><p>The iPhone and McDonald story: <b>W</b>hen USB<i>C</i> "
        f"and e<b>bay</b> met.</p>{prose(4)}</article></body></html>"
    )
    text = body_text(html)
    assert "The iPhone and McDonald story: When USBC and ebay met." in text
    # A run of capitals then a capitalised word: two words ("API" and "Supabase" tags).
    html = (
        "<html><body><article><p><span>API</span><span>Supabase</span> and React.</p>"
        f"{prose(4)}</article></body></html>"
    )
    assert "API Supabase and React." in body_text(html)
    # A <wbr> says the word goes on; after a line break nothing is added.
    out = xml(
        "<html><body><article><p>Call getElement<wbr>ById once.<br>Then stop.</p>"
        f"{prose(4)}</article></body></html>"
    )
    assert "<p>Call getElementById once.<lb/>Then stop.</p>" in out
    # Nor is a space doubled where inline elements meet, or put at a block's start (the
    # markdown keeps every space it is given).
    out = xml(
        "<html><body><article><ul><li> <span> La Sportiva </span> <span> Aragon</span> </li></ul>"
        f"{prose(4)}</article></body></html>"
    )
    assert "<item>La Sportiva Aragon </item>" in out


def test_a_data_table_with_a_small_table_in_a_cell_keeps_its_rows() -> None:
    sizes = "<table><tr><td>W</td><td>10 cm</td></tr><tr><td>H</td><td>4 cm</td></tr></table>"
    rows = "".join(f"<tr><th>Spec {i}</th><td>Value {i}</td></tr>" for i in range(4))
    html = (
        f"<html><body><article>{prose(4)}<table>{rows}<tr><th>Dimensions</th><td>{sizes}</td></tr>"
        f"</table></article></body></html>"
    )
    text = body_text(html)
    assert "Spec 0\tValue 0\nSpec 1\tValue 1" in text
    assert text.count("10 cm") == 1 and "Dimensions\tW 10 cm H 4 cm" in text


def test_a_table_straight_inside_a_table_is_written() -> None:
    # Outside any cell (invalid, kept so by the parser, shown by browsers): its rows are
    # the outer table's.
    html = (
        f"<html><body><article>{prose(4)}<table><tr><td>cell a</td><td>cell b</td></tr>"
        "<table><tr><td>inner one</td><td>inner two</td></tr></table></table></article></body></html>"
    )
    text = body_text(html)
    assert "cell a\tcell b\ninner one\tinner two" in text


def test_what_link_may_be_a_teasers_title() -> None:
    def title(link: str, page: str = THREAD_URL) -> bool:
        return _title_link(lxml.html.fragment_fromstring(link), page, _page_key(page))

    profiles: tuple[str, ...] = ("/members/ann.12/", "/member/12-ann", "/u/bob", "/users/31/carl")
    profiles += ("/profile/7-dan/", "/user/eve?x=1", "https://social.example/@ann", "member.php?u=4")
    profiles += ("./memberlist.php?mode=viewProfile&u=2", "index.php?action=profile;u=3")
    profiles += ("member.php?12-ann", "/member.php/12-ann", "/user/12")
    for profile in profiles:
        assert not title(f"<a href='{profile}'>A name of four words</a>"), profile
    assert not title("<a class='username author' href='/by/ann'>Ann</a>")
    # A page without a URL of its own still knows a relative profile link.
    for profile in ("members/ann.12/", "u/ann", "@ann"):
        assert not title(f"<a href='{profile}'>Ann</a>", ""), profile
    # The thread itself (a post's date or number), an anchor, a script: no other page.
    assert not title(f"<a href='{THREAD_URL}'>Today at 3:26 AM</a>")
    assert not title("<a href='/threads/rear-lights-after-the-update.4411#post-2'>#24</a>")
    assert not title("<a href='#post-24'>#24</a>") and not title("<a href='javascript:;'>More</a>")
    # ... however the link spells the same page: "www.", a port, the query's order.
    assert not title(
        "<a href='https://www.forum.example:443/threads/rear-lights-after-the-update.4411'>#2</a>"
    )
    routed = "https://forum.example/showthread.php?t=7&page=2"
    assert not title("<a href='showthread.php?page=2&t=7#post-9'>Today at 3:26 AM</a>", routed)
    assert not title("<a href='http://[x'>Broken</a>") and not title("<a href='http://[x'>Broken</a>", "")
    # Stories, sections and years are titles, whatever words their paths hold.
    stories: tuple[str, ...] = (
        "/news/2024/story",
        "/u/2024/05/slug",
        "/users/",
        "/membership/plans",
        "/threads/other.5/",
    )
    stories += ("/news/profiles/the-woman-who-ran", "/members/news", "/members/annual-meeting-2024")
    stories += ("/user/2024/", "/docs/users/create", "/users/guide", "/search?next=/user/login")
    stories += (
        "/story?utm=1&action=profile",
        "https://other.example/threads/rear-lights-after-the-update.4411/",
    )
    stories += ("https://medium.com/@ann/some-story-123", "/members/2024-annual-meeting")
    stories += ("/member/2024-annual-report", "/profile/2024-election-results", "/users/2024/annual-report")
    for story in stories:
        assert title(f"<a href='{story}'>A story of five words</a>"), story
    assert title("<a class='card__profile-link' href='/s/1'>A story</a>")
    # Pages routed by their query: another id is another page.
    query_page = "https://news.example/article.php?id=99"
    assert title("<a href='article.php?id=3'>A story</a>", query_page)
    assert not title("<a href='article.php?id=99#comments'>12 comments</a>", query_page)
    # Without a URL of its own, a page links to itself nowhere.
    assert title("<a href='/news/1'>A story</a>", "") and title("<a href='/news/1'>A story</a>", "http://[x")
    # Links of any length are read alike (long ones are resolved without the cache).
    long_query = "&".join(f"k{i}=v{i}" for i in range(400))
    assert len(long_query) > 2000
    assert title(f"<a href='/news/1?{long_query}'>A story</a>")
    assert not title(f"<a href='/users/31/carl?{long_query}'>Carl</a>")
    assert not title(
        f"<a href='/threads/rear-lights-after-the-update.4411?{long_query}#post-2'>#2</a>",
        THREAD_URL + "?" + long_query,
    )


def test_teasers_stay_teasers_on_a_page_routed_by_its_query_and_when_wrapped_in_a_link() -> None:
    excerpt = "The minister said on Wednesday that the port would open again next spring."
    by_query = "".join(
        f"<div class='card'><h4><a href='article.php?id={i}'>Minister {i} visits the port</a></h4>"
        f"<p>{excerpt}</p></div>"
        for i in range(4)
    )
    wrapped = "".join(
        f"<div class='card'><a href='/news/{i}'><h4>Minister {i} visits the port today</h4>"
        f"<time>May {i}</time></a><p>{excerpt}</p></div>"
        for i in range(4)
    )
    for cards in (by_query, wrapped):
        html = f"<html><body><article>{prose(6)}<div class='more'>{cards}</div></article></body></html>"
        page = "https://news.example/article.php?id=99"
        text = render_text(select_content(lxml.html.fromstring(html), page).body)
        assert "Paragraph 5." in text and "Minister" not in text


def test_a_name_with_user_in_it_is_no_poster_pane() -> None:
    # "user" names the post's own content on XenForo ("message-userContent"), and an
    # article about a user interface may name its boxes for users.
    html = (
        "<html><body><article><div class='message-userContent'>" + prose(3) + "</div>"
        "<div class='user-guide'>" + prose(1, "p").replace("Paragraph 0.", "Guide paragraph.") + "</div>"
        "</article></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 2." in text and "Guide paragraph." in text
    # A pane's name on a box of prose (a profile page's "user-info", an "about" box) is
    # no pane ...
    for name in ("userinfo", "guide user-stats", "user_details"):
        html = f"<html><body><div class='{name}'>{prose(4)}</div><div>{prose(1)}</div></body></html>"
        assert "Paragraph 3." in body_text(html), name
    # ... while a short one is, and the words a pane's name is part of name none.
    line = "<p>Dune: Part Two (2024), directed by Denis Villeneuve, runs for 166 minutes.</p>"
    for name in ("userinfo", "user_info", "message-userExtras"):
        html = f"<html><body><article>{prose(4)}<div class='{name}'>{line}</div></article></body></html>"
        assert "Denis Villeneuve" not in body_text(html), name
    for name in ("user-information", "movie-poster-info", "enduser-details"):
        html = f"<html><body><article>{prose(4)}<div class='{name}'>{line}</div></article></body></html>"
        assert "Denis Villeneuve" in body_text(html), name


def test_an_article_with_a_long_link_list_is_no_index() -> None:
    # Sixty entries, but the article's prose holds most of the container's text.
    entries = "".join(f"<li><a href='/tag/{i}'>Topic {i}</a></li>" for i in range(60))
    text = body_text(f"<html><body><article>{prose(40)}<ul>{entries}</ul></article></body></html>")
    assert "Paragraph 39." in text and "Topic 5" not in text


def test_nested_lists_count_once_and_a_container_inside_a_list_item_is_no_index() -> None:
    # Thirty entries in a group are thirty, not sixty: short of an index.
    group = "".join(f"<li><a href='/wiki/y{i}'>Entry number {i}</a></li>" for i in range(30))
    nested = lxml.html.fromstring(f"<div><ul><li><a href='/a'>Group</a><ul>{group}</ul></li></ul></div>")
    assert not _index_page(nested, set(), 0)
    # A container inside a list item (a menu's panel) is no index, whatever its lists.
    inner = "".join(f"<li><a href='/shop/x{i}'>Entry number {i}</a></li>" for i in range(60))
    panel = lxml.html.fromstring(f"<ul><li><div><p>Shop all.</p><ul>{inner}</ul></div></li></ul>")
    container = panel.find(".//div")
    assert container is not None and not _index_page(container, set(), 0)


def test_boxes_of_short_links_and_a_few_words_stay_teasers() -> None:
    cards = "".join(
        f"<div class='card'><img src='/p{i}.jpg'><a href='/p/{i}'>Blue shirt {i}</a> "
        "<span>Size M, soft cotton, only $20</span></div>"
        for i in range(4)
    )
    text = body_text(
        f"<html><body><article>{prose(6)}<div class='shop'>{cards}</div></article></body></html>"
    )
    assert "Paragraph 5." in text and "Blue shirt" not in text


# --- pop-ups inside a sentence ------------------------------------------------------------
HOVER_CARD = (
    "<p>A man admitted threatening Rep. <span class='rollover-people'>"
    "<a class='rollover-people-link' href='/people/ann-lee'>Ann Lee</a>"
    "<span class='rollover-people-block'><span class='rollover-block'><img src='/a.jpg' alt=''>"
    "<a href='/people/ann-lee'>Ann Lee</a> <a href='/s/1'>Lee asks court for compassion in sentencing</a> "
    "<a href='/s/2'>Progressives oppose the stopgap funding measure over surveillance</a> "
    "<a href='/people/ann-lee'>MORE</a></span></span></span> (D-Minn.), prosecutors said on Tuesday.</p>"
)
GLOSSARY = (
    "<p>Rankings still depend on the <dfn>keyword</dfn><span class='Term_tooltip__8VNIW'>"
    "<strong>Keyword</strong><br>A keyword is what users write into a search engine.</span> "
    "a page is written for, the survey found.</p>"
)


def test_a_hover_card_inside_a_sentence_leaves_the_sentence_whole() -> None:
    text = body_text(f"<html><body><article>{HOVER_CARD}{prose(6)}</article></body></html>")
    # Before, the card's links made the paragraph a link list and it was dropped whole.
    assert "A man admitted threatening Rep. Ann Lee (D-Minn.), prosecutors said on Tuesday." in text
    assert "compassion" not in text and "MORE" not in text


def test_a_glossary_tooltip_leaves_the_sentence() -> None:
    text = body_text(f"<html><body><article>{GLOSSARY}{prose(6)}</article></body></html>")
    assert "on the keyword a page is written for" in text
    assert "what users write" not in text


def test_a_tooltip_outside_a_paragraph_is_no_pop_up_in_a_sentence() -> None:
    # An icon's label set as its tooltip is the only text the icon has.
    html = (
        "<html><body><article>"
        f"{prose(6)}<div class='icons'><div class='icon-tooltip'>"
        "<span class='icon-tooltip-text'>B corp</span><img src='/b.svg' alt=''></div></div>"
        "</article></body></html>"
    )
    assert "B corp" in body_text(html)


def test_a_tooltip_goes_whole_with_its_title_inside_and_leaves_what_shows_it() -> None:
    html = (
        "<html><body><article><p>Rankings depend on the <span class='c-tooltip-term'>keyword</span>"
        "<span class='tooltip'><span class='tooltip-title'>Keyword</span>"
        " A keyword is what users type.</span>"
        f" a page is written for, the survey found.</p>{prose(6)}</article></body></html>"
    )
    text = body_text(html)
    assert "Rankings depend on the keyword a page is written for, the survey found." in text
    assert "what users type" not in text


def test_the_main_region_is_the_wordiest_declared_one_scripts_aside() -> None:
    tree = lxml.html.fromstring(
        "<html><body><main id='small'><p>Two words</p></main>"
        "<div role='main' id='large'><p>Four words in here</p>"
        f"<script>var data = '{'token ' * 200}';</script></div>"
        f"<main id='scripted'><script>{'word ' * 500}</script><p>One</p></main></body></html>"
    )
    region, found = main_region(tree)
    assert region is not None and region.get("id") == "large" and found == 4
    assert main_region(lxml.html.fromstring("<html><body><div><p>No region</p></div></body></html>")) == (
        None,
        0,
    )


def test_a_region_is_written_whole_as_an_index() -> None:
    # Twenty linked entries and a box of comments in the main region: the scores choose
    # the comments; handed the region, every entry is written and the menu outside it is not.
    entries = "".join(
        f'<div class="entry"><h3><a href="/stories/{i}">Harbour board story {i}</a></h3>'
        f"<span>Teaser of story {i} about the ferry timetable</span></div>"
        for i in range(20)
    )
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>"
        f"<main><div class='feed'>{entries}</div><aside>{prose(3)}</aside></main></body></html>"
    )
    tree = lxml.html.fromstring(html)
    chosen = render_text(select_content(tree).body)
    assert "Harbour board story 7" not in chosen and "Paragraph 0." in chosen
    region, _ = main_region(tree)
    whole = render_text(select_content(tree, region=region).body)
    assert all(f"Harbour board story {i}" in whole and f"Teaser of story {i}" in whole for i in range(20))
    assert "Paragraph 2." in whole and "About us" not in whole


def test_white_space_between_inline_elements_of_a_box_parts_their_words() -> None:
    rows = "".join(
        f"<div class='spec'><span>Weight {i}:</span>\n  <b>2 kg</b> <span>in steel</span><span>less</span>"
        "</div>"
        for i in range(3)
    )
    page = f"<html><body><div class='specs'>{rows}</div>{prose(3)}</body></html>"
    text = body_text(page)
    assert "Weight 0: 2 kg in steelless" in text and "Weight 2: 2 kg in steelless" in text
    # One space, also where the text already ends in one ("Weight:  2 kg" in markdown).
    spaced = page.replace(":</span>", ": </span>")
    markdown = tidy_markdown(xmltotxt(select_content(lxml.html.fromstring(spaced)).body, True))
    assert "Weight 1: **2 kg** in steelless" in markdown and "  " not in markdown


def test_a_run_is_cards_when_enough_of_it_is_whichever_members_are_asked_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The question stops once its answer is known; the answer is the count's.
    for size in range(MIN_CARDS, 9):
        for pattern in itertools.product((False, True), repeat=size):
            monkeypatch.setattr(content, "_is_card", lambda member, page, key, _p=pattern: _p[member])
            expected = sum(pattern) >= CARD_SHARE * size
            members: list[Any] = list(range(size))  # stand-ins: _is_card is replaced
            assert content._mostly_cards(members, "", None) == expected, pattern


@pytest.mark.parametrize(
    "html",
    [
        "<div> Loose text <b>bold words</b> tail <p>a paragraph</p> after it <br/> more </div>",
        "<div><span> inline </span><a href='/x'>a link</a> and a tail<ul><li>item</li></ul></div>",
        "<div><p>only blocks</p><p>and no loose text</p></div>",
        "<div>   </div>",
    ],
)
def test_loose_characters_are_those_of_the_loose_parts(html: str) -> None:
    element = lxml.html.fragment_fromstring(html)
    parts = content._loose_parts(element)
    assert content._loose_chars(element) == sum(len(part.strip()) for part in parts if part)


def _whole_attribute_verdict(names: str) -> int:
    """The verdict read from a whole class attribute at once: what ``_verdict`` did
    before it read one token at a time."""
    from articlepipe.extract import selectors

    tokens = content._name_tokens(names)
    joined = " ".join(tokens)
    words = set(selectors.NAME_SPLIT.split(joined))
    if not selectors.CONTENT_WORDS.isdisjoint(words) or selectors.CONTENT_PAIRS.search(joined):
        return content._CONTENT
    if (
        not selectors.FURNITURE_WORDS.isdisjoint(words)
        or not selectors.HIDDEN_CLASSES.isdisjoint(tokens)
        or selectors.FURNITURE_PAIRS.search(joined)
    ):
        return content._FURNITURE
    if not selectors.WEAK_WORDS.isdisjoint(words) or selectors.WEAK_PAIRS.search(joined):
        return content._WEAK
    return content._PLAIN


def test_a_class_attribute_says_what_its_most_telling_token_says() -> None:
    # Tokens of every verdict and spelling (pairs, prefixes, slugs, case, "_" and "--"),
    # one to three to an attribute, in every order.
    tokens = [
        "entry-content", "Article_Body", "prose", "sidebar", "sr-only", "visually-hidden",
        "d-none", "newsCaption", "onetrust-banner-sdk", "post-meta", "userInfo",
        "message-userDetails", "poster-info", "movie-poster-info", "col-md-6", "row",
        "category-news", "tag-share", "a-very-long-slug-made-from-a-heading", "nav--main",
        "_share_", "caption", "related", "content", "message-signature", "",
    ]  # fmt: skip
    for size in (1, 2, 3):
        for combination in itertools.permutations(tokens, size):
            names = " ".join(combination)
            assert content._verdict(names) == _whole_attribute_verdict(names), names


def test_dialogs_and_main_regions_are_those_one_predicate_on_every_element_selects() -> None:
    # Both paths find elements by their attributes (faster in libxml2); this pins them to
    # the plain form, a predicate tested on every element, from the page and from an
    # element that is a dialog itself (its descendants only, never itself).
    from articlepipe.extract import selectors

    roles = " or ".join(f"@role='{role}'" for role in sorted(selectors.DIALOG_ROLES))
    dialogs = etree.XPath(f".//dialog | .//*[@aria-modal='true' or {roles}]")
    regions = etree.XPath("//main | //*[@role='main']")
    tree = lxml.html.document_fromstring(
        "<html role='dialog'><body><div role='dialog' id='outer'><p>x</p>"
        "<span aria-modal='true'>modal</span><span aria-modal='false'>no</span>"
        "<dialog open>native</dialog><div role='alertdialog'>alert</div>"
        "<div role='dialogue'>no</div></div><main><div role='main'>inner</div></main>"
        "<section role='MAIN'>no</section></body></html>"
    )
    outer = tree.find(".//div[@id='outer']")
    assert outer is not None
    for scope in (tree, outer):
        assert content._DIALOG_PATH(scope) == dialogs(scope)
    found = cast("list[etree._Element]", content._DIALOG_PATH(outer))
    assert [e.text for e in found] == ["modal", "native", "alert"]
    regions_found = cast("list[etree._Element]", content._MAIN_REGION(tree))
    assert regions_found == regions(tree)
    assert [e.tag for e in regions_found] == ["main", "div"]
