from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from articlepipe.extract.render import _SPACES, clean_line, render_text, tidy_markdown


def body(xml: str) -> etree._Element:
    return etree.fromstring(f"<body>{xml}</body>")


def test_paragraphs_are_separated_by_a_blank_line() -> None:
    xml = '<head rend="h2">Title</head><p>One  two three.</p><p>Four <hi rend="#b">five</hi>.</p>'
    assert render_text(body(xml)) == "Title\n\nOne two three.\n\nFour five."


def test_line_breaks_inside_a_paragraph_stay_single() -> None:
    assert render_text(body("<p>Line one<lb/>line two</p>")) == "Line one\nline two"
    # trafilatura's fallback extraction marks element boundaries with a newline
    assert render_text(body("<p>Menu\n  Item  \n\nOther</p>")) == "Menu\nItem\nOther"


def test_lists_one_item_per_line_nested_too() -> None:
    xml = "<list><item>a</item><item>b<list><item>b1</item></list></item><item>c</item></list><p>after</p>"
    assert render_text(body(xml)) == "a\nb\nb1\nc\n\nafter"


def test_data_tables_are_rows_of_tab_separated_cells() -> None:
    head = '<row><cell role="head">Name</cell><cell role="head">Value</cell></row>'
    xml = f"<table>{head}<row><cell>a</cell><cell>1</cell></row></table>"
    assert render_text(body(xml)) == "Name\tValue\na\t1"


def test_layout_tables_keep_their_paragraphs() -> None:
    xml = "<table><row><cell><p>First para.</p><p>Second para.</p></cell><cell>Side</cell></row></table>"
    assert render_text(body(xml)) == "First para.\n\nSecond para.\n\nSide"


def test_code_keeps_its_lines() -> None:
    assert render_text(body("<code>x = 1\n    y = 2</code><p>z</p>")) == "x = 1\n    y = 2\n\nz"


def test_nested_blocks_and_tails() -> None:
    xml = "<quote><p>Quoted one.</p><p>Quoted two.</p></quote>tail text<p>end</p>"
    assert render_text(body(xml)) == "Quoted one.\n\nQuoted two.\n\ntail text\n\nend"


def test_empty_body() -> None:
    assert render_text(None) == ""
    assert render_text(body("<p>  </p>")) == ""


def test_text_is_nfc() -> None:
    assert render_text(body("<p>cafe\u0301</p>")) == "caf\u00e9"


def test_tidy_markdown_separates_code_fences_from_prose() -> None:
    assert tidy_markdown("Intro\n\n```\ncode\n```\nAfter") == "Intro\n\n```\ncode\n```\n\nAfter"
    assert tidy_markdown("```\ncode\n```\n\nAfter\n") == "```\ncode\n```\n\nAfter"


def test_an_item_of_a_headline_and_paragraphs_is_one_line_with_its_words_parted() -> None:
    body = etree.fromstring(
        '<body><list rend="ul"><item><head rend="h3">The Best Monitor Arms</head><p>by Ann Lee</p>'
        "<p>We tested a dozen.</p></item><item>Plain <hi>bold</hi>ly joined</item></list></body>"
    )
    assert render_text(body) == "The Best Monitor Arms by Ann Lee We tested a dozen.\nPlain boldly joined"


# The quick path (no change needed) must give what the substitution gives.
@given(
    st.text(alphabet=st.sampled_from(list("ab \t\r\f\v\u00a0\u2000\u200a\u202f\u205f\u3000\n")), max_size=40)
)
def test_a_line_is_collapsed_the_same_with_or_without_the_quick_path(text: str) -> None:
    assert clean_line(text) == _SPACES.sub(" ", text).strip()
