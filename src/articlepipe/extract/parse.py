"""Text -> lxml HTML tree, parsed once per page and shared by every later step."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.etree import ParserError
from lxml.html import HtmlElement

from articlepipe.errors import ParseError

# Characters XML (and so lxml) refuses; real pages contain them more often than one thinks:
# the C0 controls but tab and line ends, two non-characters, and lone surrogates.
_INVALID_CONTROLS = (*(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"), "\ufffe", "\uffff")
_INVALID_XML_CHARS = re.compile(f"[{''.join(_INVALID_CONTROLS)}\ud800-\udfff]")
# Character references to them: libxml2 turns "&#1;" into the character itself, which
# lxml then refuses to put into any new element (the body we write out).
_INVALID_CHAR_REFS = re.compile(
    r"&#(?:0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01])(?![0-9])|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])(?![0-9a-fA-F]));?"
)
# libxml2 stops reading at "</html>"; browsers go on and put what follows into the body
# (templates that print a second page part after the first one's end tags).
_DOCUMENT_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)
# lxml refuses str input that carries its own encoding declaration; the text is decoded already.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# <title> and <textarea> hold raw text up to their end tag; when the end tag is missing,
# libxml2 (like a browser) swallows the rest of the page into them.
_RCDATA_OPEN = re.compile(r"<(title|textarea)\b[^>]*>", re.IGNORECASE)
_MARKUP_START = re.compile(r"<[a-zA-Z/!]")


def close_runaway_elements(text: str) -> str:
    """Close a ``<title>`` or ``<textarea>`` that has no end tag where markup resumes.

    No parser does this (html5lib and lxml both follow the standard, which keeps
    everything after as text), so it is a small hand-written repair.
    """
    # Last first, so an insertion never shifts a match still to be handled.
    for match in reversed(list(_RCDATA_OPEN.finditer(text, 0, 65536))[:4]):
        name = match.group(1).lower()
        if re.search(rf"</{name}\s*>", text[match.end() :], re.IGNORECASE) is None:
            resume = _MARKUP_START.search(text, match.end())
            if resume is not None:
                text = f"{text[: resume.start()]}</{name}>{text[resume.start() :]}"
    return text


# lxml.html's element classes (HtmlElement, and FormElement and the like by tag), chosen
# in C: lxml.html's own lookup calls a Python method for every element proxy created, a
# thousand and more a page. Its lower-casing of tags is moot: the HTML parser lower-cases
# them. The tags are those lxml.html gives a class of their own (a test pins the two to
# the same classes).
FORM_CLASSES: dict[str, type[HtmlElement]] = {
    "form": lxml.html.FormElement,
    "input": lxml.html.InputElement,
    "label": lxml.html.LabelElement,
    "select": lxml.html.SelectElement,
    "textarea": lxml.html.TextareaElement,
}
_CLASSES = etree.ElementNamespaceClassLookup(
    etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)
_CLASSES.get_namespace(None).update(FORM_CLASSES)


def _parser() -> lxml.html.HTMLParser:
    # Same options as trafilatura's own parser: comments dropped at parse time, or their
    # tails get cut out of paragraphs when trafilatura later removes comment nodes.
    parser = lxml.html.HTMLParser(  # type: ignore[call-arg]  # lxml-stubs lack default_doctype
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
    )
    parser.set_element_class_lookup(_CLASSES)
    return parser


def _has_invalid_chars(text: str) -> bool:
    """Whether ``text`` holds a character of ``_INVALID_XML_CHARS``. Almost no page does,
    and one regex pass over a page of 200 KB cost more than searching it for each
    character in turn (``in`` runs in C), and a lone surrogate is what UTF-8 cannot encode."""
    if any(char in text for char in _INVALID_CONTROLS):
        return True
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def parse_html(text: str, url: str) -> HtmlElement:
    """Parse decoded HTML into a tree rooted at ``<html>``; raises ``ParseError``."""
    text = _XML_DECLARATION.sub("", text, count=1)
    if _has_invalid_chars(text):
        text = _INVALID_XML_CHARS.sub("", text)
    if "&#" in text:
        text = _INVALID_CHAR_REFS.sub("", text)
    text = close_runaway_elements(_DOCUMENT_END.sub("", text))
    if not text.strip():
        raise ParseError(url, "empty", "the document has no content")
    try:
        tree = lxml.html.document_fromstring(text, parser=_parser())
    except (ParserError, ValueError) as exc:
        raise ParseError(url, "not-html", f"no HTML document could be parsed ({exc})") from exc
    if tree is None:
        raise ParseError(url, "not-html", "no HTML document could be parsed")
    return tree
