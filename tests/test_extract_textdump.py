from __future__ import annotations

from articlepipe.extract.textdump import extract_text, paragraphs
from articlepipe.models import Page


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
