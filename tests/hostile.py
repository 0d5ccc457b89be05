"""Hostile pages for the extractor: named cases (each a known way to break a parser or
hang a regex), and hypothesis strategies that generate HTML and mutate real pages."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

from hypothesis import strategies as st

from conftest import FIXTURES, article_html

MB = 1024 * 1024

# Tags a page can hold, boilerplate-looking and not, and the ones parsers treat apart.
TAGS = [
    "div",
    "p",
    "span",
    "a",
    "article",
    "section",
    "main",
    "nav",
    "header",
    "footer",
    "aside",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "br",
    "img",
    "figure",
    "figcaption",
    "form",
    "input",
    "select",
    "option",
    "textarea",
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frameset",
    "frame",
    "svg",
    "math",
    "object",
    "embed",
    "title",
    "meta",
    "link",
    "button",
    "label",
    "dl",
    "dt",
    "dd",
    "sup",
    "sub",
    "time",
]
CLASSES = [
    "content",
    "article-body",
    "related",
    "share",
    "newsletter",
    "sidebar",
    "menu",
    "to-top",
    "disclaimer",
    "ad",
    "x",
]


def _story(words: int = 400) -> str:
    draw = random.Random(words)
    vocabulary = [
        "the",
        "council",
        "voted",
        "harbour",
        "wall",
        "repairs",
        "spring",
        "residents",
        "clinic",
        "doctors",
    ]
    return " ".join(draw.choice(vocabulary) for _ in range(words))


def named_pages() -> dict[str, bytes]:
    """Each named case of the issue, as the bytes a server (or a file) would give."""
    good = article_html(sentence=_story(120)).encode()
    paragraphs = "".join(f"<p>{_story(60)}</p>" for _ in range(8))
    return {
        "nested-100000-deep.html": (
            b"<html><body>"
            + b"<div>" * 100_000
            + b"<p>deep text</p>"
            + b"</div>" * 100_000
            + b"</body></html>"
        ),
        "nul-bytes.html": good.replace(b"<p>", b"<p>\x00\x00", 3).replace(b"council", b"coun\x00cil"),
        "invalid-utf8.html": good.replace(b"council", b"coun\xc3\x28cil\xff\xfe"),
        "utf16-no-bom.html": article_html(sentence=_story(120)).encode("utf-16-le"),
        "utf16-be-no-bom.html": article_html(sentence=_story(120)).encode("utf-16-be"),
        "xml-as-html.html": (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>'
            + b"".join(
                b"<item><title>Item %d</title><description>%s</description></item>" % (i, _story(30).encode())
                for i in range(50)
            )
            + b"</channel></rss>"
        ),
        "svg-as-html.html": (
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
            + b'<text x="1" y="1">'
            + _story(200).encode()
            + b"</text>"
            + b'<script>alert("x")</script><foreignObject><p>inside</p></foreignObject></svg>'
        ),
        "frameset.html": (
            b'<html><head><title>Frames</title></head><frameset cols="50%,50%">'
            b'<frame src="a.html"><frame src="b.html"><noframes><body><p>'
            + _story(150).encode()
            + b"</p></body></noframes></frameset></html>"
        ),
        "huge-attribute.html": good.replace(b"<article", b'<article data-x="' + b"A" * (8 * MB) + b'"', 1),
        "many-attributes.html": good.replace(
            b"<article", b"<article " + b" ".join(b'a%d="%d"' % (i, i) for i in range(50_000)), 1
        ),
        "tiny-text-nodes.html": (
            b"<html><body><article><h1>Tiny</h1><p>"
            + b"".join(b"<span>w%d </span>" % i for i in range(200_000))
            + b"</p></article></body></html>"
        ),
        # Each piece of text after a bold word is added to the paragraph written so far:
        # counting its children each time made this page take minutes.
        "many-bold-words.html": (
            b"<html><body><article><h1>Bold</h1><p>"
            + b"".join(b"<b>w%d</b> and " % i for i in range(100_000))
            + b"</p></article></body></html>"
        ),
        "script-closing-in-strings.html": (
            b"<html><head><title>Scripts</title><script>var a = '</scr' + 'ipt>'; var b = \"</script>\";"
            b"document.write('<p>not text</p>');</script></head><body><article><h1>Scripts</h1>"
            + paragraphs.encode()
            + b"<script>if (1 < 2 && '</div>') { x = '<!--'; }</script></article></body></html>"
        ),
        "unclosed-comment.html": good.replace(b"<article", b"<!-- <article", 1),
        "only-doctype.html": b"<!DOCTYPE html>",
        "empty.html": b"",
        "binary.html": bytes(random.Random(7).randrange(256) for _ in range(64 * 1024)),
        "null-only.html": b"\x00" * 10_000,
        "bom-then-garbage.html": codecs.BOM_UTF8 + b"\xff\xfe\xfd" * 1000,
        "deep-tables.html": b"<table><tr><td>" * 3000 + b"cell" + b"</td></tr></table>" * 3000,
        "entity-storm.html": b"<html><body><p>"
        + b"&amp;&#x10FFFF;&#0;&#xD800;&bogus;&#99999999;" * 20_000
        + b"</p></body></html>",
        "long-line-no-tags.html": _story(400_000).encode(),
        "mixed-encodings.html": good
        + "<p>caf\u00e9 na\u00efve</p>".encode("cp1252")
        + "<p>\u65e5\u672c</p>".encode("shift_jis"),
    }


def fifty_megabytes() -> bytes:
    """A page of 50 MB: one article, then the rest as paragraphs of generated text."""
    paragraph = f"<p>{_story(150)}</p>".encode()
    head = article_html(sentence=_story(120)).encode().replace(b"</body>", b"")
    return head + paragraph * ((50_000_000 - len(head)) // len(paragraph)) + b"</body></html>"


@st.composite
def html_tree(draw: st.DrawFn, depth: int = 0) -> str:
    """One element with attributes and mixed children: text (any characters), elements,
    and now and then a stray end tag, an unclosed tag or a comment."""
    tag = draw(st.sampled_from(TAGS))
    attributes = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["class", "id", "style", "href", "src", "lang", "charset", "x-y"]),
                st.one_of(st.sampled_from(CLASSES), st.text(max_size=30)),
            ),
            max_size=3,
        )
    )
    attrs = "".join(f' {name}="{value}"' for name, value in attributes)
    children: list[str] = []
    for _ in range(draw(st.integers(0, 4 if depth < 5 else 0))):
        kind = draw(st.integers(0, 9))
        if kind < 4:
            children.append(draw(st.text(max_size=200)))
        elif kind < 8:
            children.append(draw(html_tree(depth + 1)))
        elif kind == 8:
            children.append(
                draw(
                    st.sampled_from(
                        ["</div>", "</p>", "<p>", "<!--", "-->", "<![CDATA[", "</script>", "&", "&#"]
                    )
                )
            )
        else:
            children.append(f"<!-- {draw(st.text(max_size=40))} -->")
    closing = "" if draw(st.integers(0, 5)) == 0 else f"</{tag}>"
    return f"<{tag}{attrs}>{''.join(children)}{closing}"


@st.composite
def generated_pages(draw: st.DrawFn) -> bytes:
    """A generated document, in an encoding that may not be the one it declares."""
    prologue = draw(
        st.sampled_from(
            [
                "",
                "<!DOCTYPE html>",
                '<?xml version="1.0"?>',
                '<meta charset="utf-8">',
                '<meta charset="koi8-r">',
            ]
        )
    )
    body = "".join(draw(st.lists(html_tree(), min_size=1, max_size=4)))
    document = (
        f"{prologue}<html><head><title>{draw(st.text(max_size=40))}</title></head><body>{body}</body></html>"
    )
    encoding = draw(st.sampled_from(["utf-8", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"]))
    return document.encode(encoding, errors="replace")


_FIXTURE_PAGES = sorted(FIXTURES.glob("*.html"))


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    """A real page with random damage: cut, spliced, bytes flipped or inserted, a slice
    repeated or dropped."""
    path: Path = draw(st.sampled_from(_FIXTURE_PAGES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.integers(0, 5))
        if action == 0:
            del data[at:]
        elif action == 1:
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif action == 2:
            data[at] = draw(st.integers(0, 255))
        elif action == 3:
            end = draw(st.integers(at, min(len(data), at + 4096)))
            data[at:at] = data[at:end] * draw(st.integers(1, 20))
        elif action == 4:
            del data[at : at + draw(st.integers(1, 4096))]
        else:
            data[at:at] = draw(
                st.sampled_from(
                    [
                        b"</script>",
                        b"<script>",
                        b"<!--",
                        b"\x00",
                        b"<svg>",
                        b"<frameset>",
                        b"]]>",
                        b"\xef\xbb\xbf",
                    ]
                )
            )
    return bytes(data)


any_page = st.one_of(generated_pages(), mutated_pages(), st.binary(max_size=2048))
