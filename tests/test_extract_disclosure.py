from __future__ import annotations

import lxml.html
import pytest

from articlepipe.extract.content import select_content
from articlepipe.extract.disclosure import disclosures
from articlepipe.extract.render import render_text

PROSE = (
    "The committee met on Tuesday to review the findings of the two-year study, "
    "which followed more than four thousand patients across eleven hospitals."
)
INTRO = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(4))


def body_text(html: str) -> str:
    return render_text(select_content(lxml.html.fromstring(html)).body)


def page(widget: str, *, header: str = "") -> str:
    return f"<html><body>{header}<main><h1>Study</h1>{INTRO}{widget}</main></body></html>"


def accordion(controls: str, panel: str) -> str:
    """A question and its one-sentence answer, hidden until the question is opened."""
    return (
        "<h2>Questions</h2>"
        f"<h3><button {controls}>Who paid for the study?</button></h3>"
        f"<div {panel}><p>A public research fund paid for it.</p></div>"
    )


@pytest.mark.parametrize(
    ("controls", "panel"),
    [
        # WAI-ARIA's accordion pattern, the panel hidden by its attribute ...
        ('aria-expanded="false" aria-controls="a1"', 'id="a1" hidden'),
        # ... by a style (height 0 and visibility), or for the assistive reader only.
        ('aria-expanded="false" aria-controls="a1"', 'id="a1" style="height:0;visibility:hidden"'),
        ('aria-expanded="false" aria-controls="a1"', 'id="a1" aria-hidden="true"'),
        # Bootstrap 5 and 4 collapses.
        ('data-bs-toggle="collapse" data-bs-target="#a1"', 'id="a1" style="display:none"'),
        ('data-toggle="collapse" data-target="#a1"', 'id="a1" style="display:none"'),
    ],
)
def test_an_accordion_answer_is_written_with_its_question(controls: str, panel: str) -> None:
    # The answer is too short to pass for content waiting to be shown by its length.
    text = body_text(page(accordion(controls, panel)))
    assert "Who paid for the study?" in text
    assert "A public research fund paid for it." in text
    assert text.index("Who paid for the study?") < text.index("A public research fund")


def test_a_bootstrap_3_collapse_names_its_panel_by_its_link() -> None:
    widget = (
        '<div class="panel"><a data-toggle="collapse" href="#q1">Where were the patients treated?</a>'
        '<div id="q1" class="panel-collapse" style="display:none">In eleven city hospitals.</div></div>'
    )
    text = body_text(page(widget))
    assert "Where were the patients treated?" in text and "In eleven city hospitals." in text


def test_hidden_tab_panels_are_written_with_their_tab_names() -> None:
    widget = (
        '<div role="tablist"><button role="tab" aria-controls="t1" aria-selected="true">Method</button>'
        '<button role="tab" aria-controls="t2">Results</button></div>'
        '<div role="tabpanel" id="t1"><p>Patients were followed for two years.</p></div>'
        '<div role="tabpanel" id="t2" hidden><p>Fewer patients returned to hospital.</p></div>'
    )
    text = body_text(page(widget))
    assert "Patients were followed for two years." in text
    assert "Results" in text and "Fewer patients returned to hospital." in text
    # The open tab's name is written too, before its panel.
    assert "Method" in text and text.index("Method") < text.index("Patients were followed")


def test_tabs_may_name_their_panels_by_their_links() -> None:
    widget = (
        '<div role="tablist"><a role="tab" href="#t1" aria-selected="true">Method</a>'
        '<a role="tab" href="#t2">Results</a></div>'
        '<div role="tabpanel" id="t1"><p>Patients were followed for two years.</p></div>'
        '<div role="tabpanel" id="t2" hidden><p>Fewer patients returned to hospital.</p></div>'
    )
    text = body_text(page(widget))
    assert "Patients were followed for two years." in text
    assert "Fewer patients returned to hospital." in text


def test_one_control_may_open_several_panels() -> None:
    widget = (
        '<button data-bs-toggle="collapse" data-bs-target="#p1,#p2">Show the details</button>'
        '<div id="p1" class="collapse" hidden><p>The first hospital treated six hundred patients.</p></div>'
        '<div id="p2" class="collapse" hidden><p>The second hospital treated four hundred patients.</p></div>'
    )
    text = body_text(page(widget))
    assert "six hundred patients" in text and "four hundred patients" in text


@pytest.mark.parametrize(
    "widget",
    [
        # A dropdown, a menu button, a modal and a combobox's suggestions open a pop-up,
        # whatever aria-expanded says.
        '<button data-toggle="dropdown" data-target="#dd" aria-expanded="false">Sort by</button>'
        '<div id="dd" hidden><p>Newest first in the list</p><p>Oldest first in the list</p></div>',
        '<button aria-haspopup="menu" aria-expanded="false" aria-controls="dd">Account</button>'
        '<div id="dd" role="menu" hidden><p>Profile and settings page</p></div>',
        '<button data-bs-toggle="modal" data-bs-target="#dd" aria-expanded="false">Subscribe</button>'
        '<div id="dd" hidden><p>Get unlimited access to every story</p></div>',
        '<input role="combobox" aria-expanded="false" aria-controls="dd">'
        '<ul id="dd" role="listbox" hidden><li>Newest first in the list</li></ul>',
        '<button aria-expanded="false" aria-controls="dd">Preferences</button>'
        '<div id="dd" role="dialog" hidden><p>Get unlimited access to every story</p></div>',
        # A carousel's dots name slides, not subjects.
        '<div class="slides"><div role="tabpanel" id="s1"><p>Offer of the week, first slide.</p></div>'
        '<div role="tabpanel" id="dd" aria-hidden="true"><p>Get unlimited access to every story</p></div>'
        "</div>"
        '<ul role="tablist"><li><button role="tab" aria-controls="s1">1</button></li>'
        '<li><button role="tab" aria-controls="dd">2</button></li></ul>',
        # An empty target names nothing.
        '<button data-toggle="collapse" data-target="#">Toggle the panel</button>'
        '<div id="" hidden><p>Get unlimited access to every story</p></div>',
    ],
)
def test_what_a_pop_up_opens_is_no_disclosure(widget: str) -> None:
    text = body_text(page(widget))
    assert "Paragraph 3." in text
    for hidden_text in ("Newest first", "Profile and settings", "unlimited access"):
        assert hidden_text not in text
    for control in ("Sort by", "Account", "Subscribe", "Preferences", "Toggle the panel"):
        assert control not in text


def test_a_control_is_written_only_with_its_panel() -> None:
    # Its panel in the page header, or a list of links: neither is written, nor the control.
    links = "".join(f'<li><a href="/p/{i}">Product line {i}</a></li>' for i in range(8))
    widget = (
        '<button aria-expanded="false" aria-controls="search">Search the site</button>'
        '<button aria-expanded="false" aria-controls="products">Our products</button>'
        f'<ul id="products" hidden>{links}</ul>'
        + accordion('aria-expanded="false" aria-controls="a1"', 'id="a1" hidden')
    )
    header = '<header><div id="search" hidden><p>Type a word and press enter to search.</p></div></header>'
    text = body_text(page(widget, header=header))
    assert "A public research fund paid for it." in text
    assert "Search the site" not in text and "Type a word" not in text
    assert "Our products" not in text and "Product line 2" not in text


def test_a_more_button_in_a_sentence_and_a_close_button_are_not_written() -> None:
    widget = (
        "<p>The study lasted two years and ended in a long debate. "
        '<button aria-expanded="false" aria-controls="rest">Show more</button></p>'
        '<div id="rest" hidden><p>The debate was about the cost of the new wards.</p>'
        '<button aria-expanded="true" aria-controls="rest">Close this section</button></div>'
    )
    text = body_text(page(widget))
    assert "The debate was about the cost of the new wards." in text
    assert "Show more" not in text and "Close this section" not in text


def test_a_question_repeated_for_the_mobile_layout_is_written_once() -> None:
    widget = (
        '<button class="desktop" aria-expanded="false" aria-controls="a1">Who paid for the study?</button>'
        '<button class="mobile" aria-expanded="false" aria-controls="a1">Who paid for the study?</button>'
        '<div id="a1" hidden><p>A public research fund paid for it.</p></div>'
    )
    text = body_text(page(widget))
    assert text.count("Who paid for the study?") == 1
    assert "A public research fund paid for it." in text


def test_an_expand_all_button_does_not_take_the_questions_place() -> None:
    questions = "".join(
        f'<h3><button aria-expanded="false" aria-controls="q{i}">Question number {i} on the study?'
        "</button></h3>"
        f'<div id="q{i}" hidden><p>Answer number {i} on the study.</p></div>'
        for i in range(3)
    )
    widget = f'<button aria-expanded="false" aria-controls="q0 q1 q2">Expand all</button>{questions}'
    text = body_text(page(widget))
    assert "Expand all" not in text
    for i in range(3):
        assert f"Question number {i} on the study?" in text and f"Answer number {i} on the study." in text


@pytest.mark.parametrize("haspopup", ["", "false", "False"])
def test_a_year_tab_names_its_panel_and_no_pop_up_means_none(haspopup: str) -> None:
    widget = (
        f'<button role="tab" aria-haspopup="{haspopup}" aria-controls="y1">2023</button>'
        f'<button role="tab" aria-haspopup="{haspopup}" aria-controls="y2">2024</button>'
        '<div role="tabpanel" id="y1"><p>Revenue rose by a tenth in the first year.</p></div>'
        '<div role="tabpanel" id="y2" hidden><p>Revenue fell by a fifth in the second year.</p></div>'
    )
    text = body_text(page(widget))
    assert "2024" in text and "Revenue fell by a fifth in the second year." in text


def test_an_open_menu_s_button_is_not_written() -> None:
    # An accordion on the page makes its open panels' controls count: not a menu's.
    widget = accordion('aria-expanded="false" aria-controls="a1"', 'id="a1" hidden') + (
        '<button aria-expanded="true" aria-controls="m1">Browse topics</button>'
        '<div id="m1" role="menu"><p>Health and fitness topics for every reader.</p></div>'
    )
    text = body_text(page(widget))
    assert "A public research fund paid for it." in text
    assert "Browse topics" not in text


def test_a_carousel_control_is_not_a_disclosure() -> None:
    # "Next" names the slides it scrolls but does not open and close them.
    widget = (
        '<button aria-controls="slides">Next slide</button>'
        '<div id="slides"><div class="slide" hidden><p>Offer of the week.</p></div></div>'
    )
    tree = lxml.html.fromstring(page(widget))
    hidden = {e for e in tree.iter() if e.get("hidden") is not None}
    assert not disclosures(tree, hidden).panels
    text = body_text(page(widget))
    assert "Next slide" not in text and "Offer of the week." not in text


def test_a_menu_opened_by_a_button_stays_out() -> None:
    # The hamburger button opens and closes its menu, which is navigation all the same,
    # in the page header or beside the article.
    links = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    header = (
        '<header><button aria-expanded="false" aria-controls="menu">Menu</button>'
        f'<ul id="menu" hidden>{links}</ul></header>'
    )
    beside = (
        '<button aria-expanded="false" aria-controls="more">More sections</button>'
        f'<ul id="more" hidden>{links}</ul>'
    )
    for html in (page("", header=header), page(beside)):
        text = body_text(html)
        assert "Paragraph 3." in text
        assert "Section 1" not in text and "Menu" not in text


def test_a_hidden_copy_of_visible_text_stays_out_even_behind_a_toggle() -> None:
    # A responsive page's mobile copy of a section, opened by a toggle: once is enough.
    visible = "<p>Fewer patients returned to hospital within a year of their first stay.</p>"
    widget = (
        f"<section>{visible}</section>"
        '<button aria-expanded="false" aria-controls="m1">Read more</button>'
        f'<div id="m1" hidden>{visible}</div>'
    )
    text = body_text(page(widget))
    assert text.count("Fewer patients returned to hospital") == 1
    assert "Read more" not in text


def test_no_hidden_elements_no_work() -> None:
    tree = lxml.html.fromstring(page(accordion('aria-expanded="true" aria-controls="a1"', 'id="a1"')))
    found = disclosures(tree, set())
    assert not found.panels and not found.controls
    # An open panel is visible: its text is written as any other, the question not.
    text = body_text(page(accordion('aria-expanded="true" aria-controls="a1"', 'id="a1"')))
    assert "A public research fund paid for it." in text


def test_controls_are_the_elements_one_predicate_on_every_element_selects() -> None:
    # The path finds controls by their attributes (faster in libxml2); this pins it to
    # the plain form, a predicate tested on every element.
    from typing import cast

    from lxml.etree import XPath, _Element

    from articlepipe.extract import disclosure, selectors

    names = (*selectors.DISCLOSURE_TARGET_ATTRIBUTES, *disclosure._TOGGLE_ATTRIBUTES)
    plain = XPath("//*[" + " or ".join(f"@{name}" for name in names) + " or (@role and @href)]")
    tree = lxml.html.document_fromstring(
        "<html data-toggle='x'><body><button aria-controls='a b' data-bs-target='#a'>Open</button>"
        "<a role='tab' href='#t1'>Tab</a><a role='tab'>no link</a><a href='/x'>no role</a>"
        "<div data-target='#d'><span data-bs-toggle='collapse'>Toggle</span></div>"
        "<p data-toggled='no'>not a control</p><div id='a'>panel</div></body></html>"
    )
    found = cast("list[_Element]", disclosure._CONTROL_PATH(tree))
    assert found == plain(tree)
    assert [e.tag for e in found] == ["html", "button", "a", "div", "span"]


def test_a_question_on_a_button_is_written_with_its_answer_however_the_panel_opens() -> None:
    # No attribute names the panel: a style sheet opens it (a height of 0). The answer is
    # on the page, so its question is too, in any language.
    questions = (
        ("How much should I tip the movers?", "About 15 % of the bill for a large home."),
        ("¿Cuánto cuesta una mudanza?", "Unos 9.000 dólares entre estados."),
        ("Wie lange dauert der Umzug?", "Meist zwei bis drei Tage."),
        ("搬家需要提前多久预订服务？", "至少提前四周。"),
    )
    faq = "".join(
        f"<div class='faq'><button type='button'><img alt=''>{q}</button>"
        f"<div class='faq-answer' style='height: 0;'><p>{a}</p></div></div>"
        for q, a in questions
    )
    text = body_text(page(f"<h2>FAQ</h2>{faq}"))
    for question, answer in questions:
        assert f"{question}\n\n{answer}" in text
    # ... and inside a heading, the panel beside it.
    heading = "<h3><button>Who paid for the whole study?</button></h3><div><p>A public fund.</p></div>"
    assert "Who paid for the whole study?\n\nA public fund." in body_text(page(heading))


def test_a_button_that_asks_nothing_or_opens_nothing_stays_out() -> None:
    widget = (
        "<button>Add to cart</button><div><p>Ships in two days from our warehouse.</p></div>"
        "<button>Need help?</button><div><p>Call us any day between nine and five.</p></div>"
        "<p>Other text.<button>Is this the last question here?</button></p>"
    )
    text = body_text(page(widget))
    assert "Ships in two days" in text and "Call us any day" in text
    assert "Add to cart" not in text and "Need help?" not in text
    assert "last question" not in text
