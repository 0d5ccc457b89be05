from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlepipe.errors import ParseError
from articlepipe.extract.parse import (
    _INVALID_XML_CHARS,
    FORM_CLASSES,
    _has_invalid_chars,
    close_runaway_elements,
    parse_html,
)


def test_parses_to_an_html_root() -> None:
    tree = parse_html("<p>Only a fragment</p>", "u")
    assert tree.tag == "html"
    assert tree.xpath("string(//p)") == "Only a fragment"


def test_elements_get_the_classes_lxml_html_would_give_them() -> None:
    # The classes are chosen in C from our own table: it must stay lxml.html's.
    assert lxml.html.HtmlElementClassLookup._default_element_classes == FORM_CLASSES
    html = (
        "<html><body><FORM action='/s'><Label>Q</Label><input name='q'><select><option>a</option></select>"
        "<textarea>t</textarea></FORM><p>Text <b>bold</b></p></body></html>"
    )
    ours = parse_html(html, "u")
    theirs = lxml.html.document_fromstring(html)
    assert [type(e) for e in ours.iter()] == [type(e) for e in theirs.iter()]
    assert isinstance(ours.find(".//form"), lxml.html.FormElement)


def test_comments_are_dropped_at_parse_time_so_text_around_them_stays() -> None:
    tree = parse_html("<html><body><p>Before <!-- c --> after.</p></body></html>", "u")
    assert tree.xpath("string(//p)") == "Before  after."


def test_xml_declaration_and_control_characters_do_not_break_parsing() -> None:
    text = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>A\x00B\x0bC\ufffeD</p></body></html>'
    assert parse_html(text, "u").xpath("string(//p)") == "ABCD"


def test_a_lone_surrogate_and_a_control_character_in_non_ascii_text_are_dropped() -> None:
    text = "<html><body><p>Caf\u00e9 A\ud800B\x1fC</p></body></html>"
    assert parse_html(text, "u").xpath("string(//p)") == "Caf\u00e9 ABC"


# Every code point, surrogates too (hypothesis leaves them out unless told).
ANY_CHARACTER = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())


@given(st.text(alphabet=ANY_CHARACTER, max_size=40))
def test_the_quick_check_for_invalid_characters_agrees_with_the_pattern(text: str) -> None:
    assert _has_invalid_chars(text) == (_INVALID_XML_CHARS.search(text) is not None)
    assert _has_invalid_chars(f"<p>{text}\ufffe</p>") and _has_invalid_chars(f"\u00e9\ud800{text}")


def test_character_references_to_control_characters_are_dropped() -> None:
    text = "<html><body><pre>a&#1;b&#x0C;c&#10;d&#9;e</pre><p>f&#31;g &#32;h</p></body></html>"
    tree = parse_html(text, "u")
    assert tree.xpath("string(//pre)") == "abc\nd\te"
    assert tree.xpath("string(//p)") == "fg  h"


def test_content_after_the_end_tags_is_kept_as_browsers_do() -> None:
    text = (
        "<html><body><nav>Menu</nav></body></html>\n<div class='post'><h1>Title</h1><p>The article.</p></div>"
    )
    tree = parse_html(text, "u")
    assert tree.xpath("string(//h1)") == "Title"
    assert tree.xpath("string(//body//p)") == "The article."


def test_unclosed_title_does_not_swallow_the_page() -> None:
    text = "<html><head><title>Headline\n<body><p>First paragraph.</p><p>Second.</p></body></html>"
    tree = parse_html(text, "u")
    assert tree.xpath("string(//title)").strip() == "Headline"
    assert tree.xpath("//p/text()") == ["First paragraph.", "Second."]


def test_closed_title_is_left_alone() -> None:
    text = "<title>A <b> in a title</title><p>x</p>"
    assert close_runaway_elements(text) == text


@pytest.mark.parametrize("text", ["", "   \n", "\x00\x00"])
def test_empty_documents_are_parse_errors(text: str) -> None:
    with pytest.raises(ParseError):
        parse_html(text, "u")
