from __future__ import annotations

import json

import lxml.html
import pytest

from articlepipe.extract import pagemeta
from articlepipe.extract.pagemeta import PageMeta, clean_author, read_metadata


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_meta_tags_give_title_description_site_section_tags_language() -> None:
    meta = read_metadata(
        page(
            '<title>Plain title | Site</title><meta property="og:title" content="OG headline">'
            '<meta name="description" content="A short lede.">'
            '<meta property="og:site_name" content="Daily Paper">'
            '<meta property="article:section" content="Health">'
            '<meta property="article:tag" content="sleep"><meta name="keywords" content="Sleep, rest">'
            '<meta property="og:locale" content="de_DE">'
        )
    )
    assert meta == PageMeta(
        title="OG headline",
        description="A short lede.",
        site_name="Daily Paper",
        authors=(),
        categories=("Health",),
        tags=("sleep", "rest"),
        language="de_DE",
    )


def test_title_falls_back_to_json_ld_then_title_element() -> None:
    assert read_metadata(page(ld({"@type": "NewsArticle", "headline": "From LD"}))).title == "From LD"
    assert read_metadata(page("<title> Only   the title </title>")).title == "Only the title"
    assert read_metadata(page()).title == ""


def test_json_ld_article_in_a_graph_with_author_reference() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example Health"},
            {"@type": "WebPage", "name": "Page name"},
            {
                "@type": ["Article", "MedicalWebPage"],
                "headline": "Article headline",
                "author": [{"@id": "#p1"}, {"@type": "Person", "name": "Bo Chan"}],
                "articleSection": ["Mental Health"],
                "keywords": "ketamine, depression",
                "inLanguage": "en-GB",
            },
            {"@type": "Person", "@id": "#p1", "name": "Ann Lee"},
        ],
    }
    meta = read_metadata(page(ld(graph)))
    assert meta.authors == ("Ann Lee", "Bo Chan")
    assert meta.site_name == "Example Health"
    assert meta.categories == ("Mental Health",)
    assert meta.tags == ("ketamine", "depression")
    assert meta.language == "en-GB"


def test_broken_json_ld_is_ignored_and_meta_tags_still_count() -> None:
    meta = read_metadata(
        page(
            '<script type="application/ld+json">{"@type": "Article", </script>'
            '<meta name="author" content="Ann Lee">'
        )
    )
    assert meta.authors == ("Ann Lee",)


def test_organisation_author_gives_way_to_a_byline() -> None:
    obj = {"@type": "Article", "author": {"@type": "Organization", "name": "Acme Media"}}
    with_byline = read_metadata(page(ld(obj), '<div class="post-byline">By <a href="/a">Ann Lee</a></div>'))
    assert with_byline.authors == ("Ann Lee",)
    assert read_metadata(page(ld(obj))).authors == ("Acme Media",)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<p class="author">Andrew Gerrand<br>4 August 2010</p>', ("Andrew Gerrand",)),
        (
            '<span class="story-byline">Posted by <a>BeauHD</a> <time>Monday 04, 2024</time></span>',
            ("BeauHD",),
        ),
        (
            '<div class="post_author"><strong>By <a>Dr. Vahid Osman</a></strong> - Mar 27, 2024</div>',
            ("Dr. Vahid Osman",),
        ),
        ('<div class="byline"><span>By</span><span>Summer Swann</span></div>', ("Summer Swann",)),
        ('<div class="byline">Dakota Hebert July 12, 2024</div>', ("Dakota Hebert",)),
        ('<a rel="author" href="/u/1">Tom May</a>', ("Tom May",)),
        ('<div class="author-box">Updated</div><span itemprop="author">Gary Marcus</span>', ("Gary Marcus",)),
    ],
)
def test_bylines(markup: str, expected: tuple[str, ...]) -> None:
    assert read_metadata(page(body=markup)).authors == expected


def test_a_long_author_bio_is_not_a_name() -> None:
    bio = "Ann Lee writes about sleep science and has covered health for twenty years at several papers."
    assert read_metadata(page(body=f'<div class="author-bio">{bio}</div>')).authors == ()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"]),
        ("Maria &amp; Katerina", ["Maria", "Katerina"]),
        ("Sergio Martínez-Beltrán | The Texas Newsroom", ["Sergio Martínez-Beltrán", "The Texas Newsroom"]),
        ("Written by Ann Lee", ["Ann Lee"]),
        ("Von Anna Schmidt", ["Anna Schmidt"]),
        ("https://www.facebook.com/annlee", []),
        ("ann@example.org", []),
        ("David Jackson - FullStack Editorial Team", ["David Jackson"]),
        ("", []),
    ],
)
def test_clean_author(raw: str, expected: list[str]) -> None:
    assert clean_author(raw) == expected


def test_credentials_stay_with_their_name() -> None:
    meta = read_metadata(page('<meta name="author" content="Dylan Bailey, MS, RD">'))
    assert meta.authors == ("Dylan Bailey, MS, RD",)


def test_declared_publication_date() -> None:
    article = {"@type": "NewsArticle", "datePublished": "2024-03-05T10:00:00Z"}
    assert read_metadata(page(ld(article))).published == "2024-03-05T10:00:00Z"
    tag = '<meta property="article:published_time" content="2024-03-06">'
    assert read_metadata(page(tag)).published == "2024-03-06"
    assert read_metadata(page()).published == ""


def test_deeply_nested_json_ld_values_are_not_followed_forever() -> None:
    name: object = "Ann Lee"
    for _ in range(900):
        name = {"name": name}
    author: object = [[[["Bo Chan"]]]]
    for _ in range(900):
        author = [author]
    article = {"@type": "Article", "headline": name, "keywords": author, "author": {"name": name}}
    meta = read_metadata(page(ld(article)))
    assert meta.title == "" and meta.tags == ()


def test_names_in_scripts_without_spaces_are_kept_and_byline_sentences_are_not() -> None:
    from articlepipe.extract.pagemeta import clean_author

    assert clean_author("วิไลวรรณ ศรีสุข") == ["วิไลวรรณ ศรีสุข"]  # counted in characters: 14 words
    assert clean_author("李明") == ["李明"]
    assert clean_author("本报记者李明北京报道今天上午国务院新闻办公室举行新闻发布会") == []


def test_byline_elements_are_those_one_xpath_expression_selects() -> None:
    # The walk replaced an XPath expression (the same elements, twice as fast, and it
    # stops at the first byline that names someone); this pins it to that expression.
    expression = (
        "//*[@itemprop='author' or @rel='author' or contains(@class, 'author') or contains(@class, 'byline') "
        "or contains(@class, 'Author') or contains(@class, 'Byline') or contains(@id, 'author') "
        "or contains(@id, 'byline')][not(self::meta or self::link or self::script or self::style "
        "or self::body or self::html or self::article or self::img)]"
    )
    tree = lxml.html.document_fromstring(
        "<html class='author'><head><meta itemprop='author' content='x'><link rel='author' href='/a'>"
        "<script class='byline'></script></head><body id='author-page'><!-- a comment -->"
        "<article class='post-author'><header><span itemprop='author'>Ann Lee</span>"
        "<a rel='author' href='/ann'>Ann</a><a rel='author me' href='/me'>me</a>"
        "<div class='c-Byline'><p class='AuthorBox'>Bo Chan</p></div><img class='author-photo'>"
        "<span itemprop='Author'>no</span><span id='co-authors'>Cy</span><span id='Byline'>no</span>"
        "<div class='BYLINE'>no</div><em class='by line'>no</em><i id='main-byline-2'>Di</i></header>"
        "<p class='entry'>text</p></article></body></html>"
    )
    walked = list(pagemeta._byline_elements(tree))
    assert walked == tree.xpath(expression)
    assert [e.tag for e in walked] == ["span", "a", "div", "p", "span", "i"]
