"""The headline: the page's visible ``<h1>`` when it is the headline, else the
``<title>``/``og:title`` without the site name sites append to it.

Metadata titles carry the site's name ("What is Cloud Computing? | Google Cloud") and
sometimes an SEO variant of the headline; readers and corpora want the headline as
printed above the article, which is the ``<h1>`` on most pages. Some pages use ``<h1>``
for the logo or a section name, so an ``<h1>`` must not be the site name nor a short
label that shares no word with the metadata title ("Our Blog"), and, when a page has
several, the one closest to the metadata title wins. An ``<h1>`` that copies the
``<title>`` loses its tags after a pipe as the metadata title loses its site name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.etree import _Element
from lxml.html import HtmlElement

from articlepipe.extract.render import clean_line
from articlepipe.extract.selectors import UNSEEN_TAGS
from articlepipe.tokens import count_words

# Headlines are rarely longer; a longer <h1> is a wrapper around more than the title.
MAX_TITLE_WORDS = 40
# Share of the shorter title's words the two must share to count as the same headline.
SAME_HEADLINE = 0.5
# An <h1> this short that shares no word with the metadata title is a section label or
# a slogan over the page ("Our Blog", "Lessons Learned", "Posts"), not its headline
# (words as ``tokens.count_words`` counts them: a Chinese headline is not three words).
MAX_LABEL_WORDS = 3
# An <h1> may carry the tags a <title> has, after a pipe: "Headline | Opinion",
# "Headline | Patient Education | Hospital". Parts of this many words or fewer are tags.
MAX_TAG_WORDS = 4
_PIPE = re.compile(r"\s+\|\s+")
_WORD = re.compile(r"\w+")
# Elements that start a new line inside a headline.
_BREAKING = frozenset(("br", "div", "p", "li", "h2", "h3", "h4", "h5", "h6"))
# Separators sites put between the headline and their name (a colon is part of headlines).
_SITE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014\u00b7\u2022\u00bb/]\s+|\s+::\s+")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _overlap(a: str, b: str) -> float:
    left, right = set(_tokens(a)), set(_tokens(b))
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def _is_site_name(text: str, site_name: str, hostname: str) -> bool:
    tokens = _tokens(text)
    if not tokens:
        return True
    host = hostname.casefold().removeprefix("www.")
    site_tokens = _tokens(site_name)
    # "Arch Linux" on bbs.archlinux.org: the name of any label of the host, not only the
    # first; not its top-level domain, nor a short label such as "m" or "en".
    labels = [label for label in host.split(".")[:-1] if len(label) > 2]
    return tokens == site_tokens or "".join(tokens) in (host.replace(".", ""), *labels)


def _spaced_text(heading: _Element) -> str:
    """The words of ``heading``, a line break or a block inside it parting them
    ("Programs of 2025<br>Your Guide" is not "2025Your")."""
    parts: list[str] = []

    def walk(element: _Element) -> None:
        parts.append(element.text or "")
        for child in element:
            # A component's own <style> (CSS-in-JS) or <script> inside the headline is
            # not its text; its tail is.
            if isinstance(child.tag, str) and child.tag not in UNSEEN_TAGS:
                breaking = child.tag in _BREAKING
                parts.append(" " if breaking else "")
                walk(child)
                parts.append(" " if breaking else "")
            parts.append(child.tail or "")

    walk(heading)
    return "".join(parts)


def headlines(tree: HtmlElement) -> list[str]:
    """The text of each ``<h1>`` in the page, in order."""
    return [clean_line(" ".join(_spaced_text(h).split())) for h in tree.iter("h1")]


def strip_site_name(title: str, site_name: str, hostname: str) -> str:
    """``"Headline | Site"`` -> ``"Headline"`` when a part names the site."""
    parts = [p.strip() for p in _SITE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    site = _tokens(site_name)
    kept = [
        p
        for p in parts
        if not _is_site_name(p, site_name, hostname)
        and not (site and " ".join(site) in " ".join(_tokens(p)) and len(_tokens(p)) <= len(site) + 3)
    ]
    if not kept:
        return title
    if len(kept) == len(parts):
        # No part names the site outright: a short last part is a site name all the same
        # ("Headline - Online Learning"), a long one is part of the headline.
        last = parts[-1]
        if len(_tokens(last)) <= 3 and len(_tokens(" ".join(parts[:-1]))) >= 3:
            kept = parts[:-1]
    return " - ".join(kept) if len(kept) > 1 else kept[0]


def _without_tags(headline: str) -> str:
    """``"Headline | Opinion"`` -> ``"Headline"``: short parts after a pipe in an ``<h1>``
    are a section, a site or an edition; a long one is part of the headline."""
    parts = _PIPE.split(headline)
    if len(parts) < 2:
        return headline
    # "Review | Dune Part Two" is a label and then the headline: the headline must be
    # the longest part.
    tags = [count_words(part) for part in parts[1:]]
    if max(tags) <= MAX_TAG_WORDS and count_words(parts[0]) > max(tags):
        return parts[0]
    return headline


def choose_title(meta_title: str, h1s: Sequence[str], site_name: str, hostname: str) -> str:
    """The article's headline from the metadata title and the page's ``<h1>``s."""
    candidates = [
        h
        for h in map(_without_tags, h1s)
        if 0 < len(_tokens(h)) <= MAX_TITLE_WORDS and not _is_site_name(h, site_name, hostname)
    ]
    stripped = strip_site_name(meta_title, site_name, hostname) if meta_title else ""
    if candidates:
        best = max(candidates, key=lambda h: _overlap(h, meta_title))
        overlap = _overlap(best, meta_title)
        # A label gives way only to a title that says more than it does: not to a title
        # that is the site's name or "Home".
        label = (
            overlap == 0
            and count_words(best) <= MAX_LABEL_WORDS
            and count_words(stripped) > count_words(best)
            and not _is_site_name(stripped, site_name, hostname)
        )
        if not label and (len(candidates) == 1 or not meta_title or overlap >= SAME_HEADLINE):
            return best
    return stripped
