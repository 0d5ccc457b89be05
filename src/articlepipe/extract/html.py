"""HTML page -> Article.

The page is parsed once (``parse.parse_html``). The body comes from our own content
selection (``content.py``) when it is confident and from trafilatura otherwise; the
metadata from ``pagemeta.py`` and ``dates.py``. Comments are never part of the body.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from lxml.etree import XPath, _Element, tostring
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.settings import Document
from trafilatura.xml import xmltotxt

from articlepipe.errors import ExtractionError
from articlepipe.extract import selectors
from articlepipe.extract.assemble import assemble
from articlepipe.extract.boilerplate import Cleaned, add_related, words
from articlepipe.extract.content import Content, main_region, select_content
from articlepipe.extract.dates import published_date
from articlepipe.extract.identity import host_of
from articlepipe.extract.metadata import (
    canonical_url,
    fetched_date,
    modified_date,
    valid_date,
)
from articlepipe.extract.pagemeta import PageMeta, read_metadata
from articlepipe.extract.pagesignals import PageSignals, count_markup, outermost
from articlepipe.extract.pagetype import classify
from articlepipe.extract.pagetype_data import (
    OG_FAMILIES,
    PRODUCT_PAGE_OG_TYPES,
    PRODUCT_PAGE_TYPES,
    REVIEW_PAGE_TYPES,
    SCHEMA_FAMILIES,
    SERVICE_PAGE_TYPES,
)
from articlepipe.extract.parse import parse_html
from articlepipe.extract.render import render_text, tidy_markdown
from articlepipe.extract.site_rules import SiteRules, apply_site_rules
from articlepipe.extract.title import choose_title, headlines
from articlepipe.extract.tree_rules import TreeCleaning, clean_body, strip_tree
from articlepipe.models import Article, Page, RelatedLink, RemovedBlock

# When the body that is left after the tree rules is this short and shorter than what
# they removed, extraction is tried again on the untouched page.
SHORT_BODY_WORDS = 80
# Our own content selection is used when it finds at least this many words and the
# share below of the page's paragraph words; otherwise trafilatura extracts the body.
MIN_OWN_WORDS = 50
# Our selection must hold this share of the page's paragraph words to be used, and
# trafilatura's must hold it to win over ours when ours is not sure. 0.55 beat 0.5, 0.6
# and 0.7 on both AEB and WCXB (articlepipe eval, 2026-11-30) once hidden paragraphs
# stopped counting against our selection.
CONFIDENT_SHARE = 0.55
# A listing's content is its entries, and the block the scores choose holds a few of them
# at most (one teaser, a box of comments beside them): a page typed a listing, or not
# typed an article and whose selection is a fragment (below), whose body holds under this
# share of the words of its declared main region is written from that region whole. On
# the calibration half of WCXB dev's other page types, 0.3 (listings 0.599 -> 0.672) beat
# 0.2, 0.5 and 0.7; also widening every collection lost there.
REGION_SHARE = 0.3
# A selection is a fragment when it holds under this share of the words of the page's
# text, scripts and styles aside: a page that keeps its text outside paragraphs (an
# item's details, a category's entries, a profile's rows) passes the paragraph share
# with a fragment. A confident fragment gives way to trafilatura's body when that holds
# more than FRAGMENT_GAIN times the words; a fragment not typed an article may be widened
# to the page's main region (REGION_SHARE). From the calibration half of WCXB dev's other
# page types: 0.2 and 3 (0.7416 -> 0.7437) beat 0.1, 0.3 and a gain of 2, and the
# fallback with the widening beat either alone (0.7441; 0.7431 and 0.7427); sparing pages
# typed articles the widening cost 0.0009 there, and no article lost a word to it.
FRAGMENT_SHARE = 0.2
FRAGMENT_GAIN = 3


def _web_url(url: str) -> str | None:
    return url if url.startswith(("http://", "https://")) else None


def _too_complex(url: str, exc: BaseException) -> ExtractionError:
    return ExtractionError(url, "too-complex", f"the page is too deeply nested or large to extract ({exc!r})")


@contextmanager
def _third_party(url: str) -> Iterator[None]:
    """Anything trafilatura or htmldate raises on one page is that page's failure, not
    the run's."""
    try:
        yield
    except (RecursionError, MemoryError) as exc:
        raise _too_complex(url, exc) from exc
    except Exception as exc:
        raise ExtractionError(
            url, "extractor-error", f"the extraction library failed: {type(exc).__name__}: {exc}"
        ) from exc


@contextmanager
def _bounded(url: str) -> Iterator[None]:
    """Our own code on a page too deep or too large for the interpreter: that page's
    failure. Anything else it raises is a bug, and stays one."""
    try:
        yield
    except (RecursionError, MemoryError) as exc:
        raise _too_complex(url, exc) from exc


def _trafilatura_body(tree: HtmlElement, url: str) -> _Element | None:
    """trafilatura's main content, without its fallback extractors (readability and
    jusText cost about 40 ms on the pages that would need them, for no gain here)."""
    with _third_party(url):
        # bare_extraction works on a copy, so the tree stays as it was for the metadata.
        doc = bare_extraction(
            tree,
            url=_web_url(url),
            fast=True,
            with_metadata=False,
            include_comments=False,
            include_formatting=True,
            include_tables=True,
        )
    if doc is not None and not isinstance(doc, Document):  # pragma: no cover - API guard
        raise TypeError(f"unexpected trafilatura result {type(doc)!r}")
    return doc.body if doc is not None else None


def _published(tree: HtmlElement, url: str, fetched_at: str) -> str | None:
    with _third_party(url):
        return published_date(tree, _web_url(url), fetched_date(fetched_at) or datetime.now(UTC).date())


def _declared_language(tree: HtmlElement, found: str | None) -> str:
    """ISO 639-1 code from trafilatura or the ``<html lang>`` attribute ("en-US" -> "en")."""
    label = found or tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    return label.strip().lower().replace("_", "-").split("-")[0][:3]


@dataclass(frozen=True, slots=True)
class _Body:
    text: str
    markdown: str
    cleaned: Cleaned


def _extract_body(body: _Element | None, title: str, authors: tuple[str, ...]) -> _Body:
    if body is None:
        return _Body("", "", Cleaned(keep=[]))
    cleaned = clean_body(body, title, authors)
    text = render_text(body)
    markdown = tidy_markdown(xmltotxt(body, True)) if text else ""
    return _Body(text, markdown, cleaned)


def _related(pre: TreeCleaning, cleaned: Cleaned) -> tuple[RelatedLink, ...]:
    """Related links from both passes, each title once, in page order."""
    out: list[RelatedLink] = []
    add_related(out, [*pre.related, *cleaned.related])
    return tuple(out)


def _words_in(element: _Element | None) -> int:
    return words(" ".join(str(t) for t in element.itertext())) if element is not None else 0


_PARAGRAPH_TEXT = XPath("//p//text()", smart_strings=False)


def _paragraph_words(tree: HtmlElement, uncounted: frozenset[_Element]) -> int:
    """Words in the page's paragraphs but the ``uncounted`` ones: what our own selection
    should hold most of (a hidden republishing dialog or cookie text, a product's
    customers' reviews are not part of the page)."""
    if not uncounted:
        return words(" ".join(cast("list[str]", _PARAGRAPH_TEXT(tree))))
    texts = (
        tostring(p, method="text", encoding="unicode", with_tail=False)
        for p in tree.iter("p")
        if p not in uncounted
    )
    return words(" ".join(texts))


_UNSEEN = tuple(selectors.UNSEEN_TAGS)


def _text_words(element: _Element) -> int:
    # Whitespace-separated words: a rough count that costs a tenth of an exact one, for
    # comparing two parts of one page. A run of CJK text is one word, so there a selection
    # of prose beside menus looks small; the fallback still needs trafilatura's body to
    # hold three times its words counted exactly, and an article is never widened. (Non-
    # space characters instead lost 0.003 on the calibration half.)
    return len(tostring(element, method="text", encoding="unicode", with_tail=False).split())


def _fragment(tree: HtmlElement, found: int) -> bool:
    """Whether a selection of ``found`` words (``_text_words``, none: it found nothing)
    is little of the page's text (scripts and styles aside)."""
    body = tree.find("body")
    if body is None or found == 0:
        return False
    page = _text_words(body)
    if found >= FRAGMENT_SHARE * page:
        return False
    # Scripts and styles (a framework's state, an inline stylesheet) only when they
    # decide; a style in a template counted once.
    page -= sum(_text_words(unseen) for unseen in outermost(body.iter(*_UNSEEN)))
    return found < FRAGMENT_SHARE * page


@dataclass(frozen=True, slots=True)
class _Selected:
    """The body chosen for extraction, our own selection, and its words as
    ``_text_words`` counts them (taken before the body rules clean it)."""

    body: _Element | None
    own: Content
    own_words: int
    measured: bool | None = None

    def fragment(self, tree: HtmlElement) -> bool:
        """Whether our selection is a fragment of ``tree``'s text: measured when first
        asked, since most pages never need to know and the count is a pass over the
        page's text."""
        return self.measured if self.measured is not None else _fragment(tree, self.own_words)


def _sells_one_product(meta: PageMeta) -> bool:
    """Whether a page declares a product for sale (schema.org, og:type) and no article: a
    buying guide or a review declares its products too, beside its article, and a
    service, a course or an event declares what it sells as a product beside itself."""
    declares = not PRODUCT_PAGE_TYPES.isdisjoint(meta.schema_types) or meta.og_type in PRODUCT_PAGE_OG_TYPES
    article = (
        not SCHEMA_FAMILIES["article"].isdisjoint(meta.schema_types)
        or not REVIEW_PAGE_TYPES.isdisjoint(meta.schema_types)
        or meta.og_type in OG_FAMILIES["article"]
    )
    return declares and not article and SERVICE_PAGE_TYPES.isdisjoint(meta.schema_types)


def _main_content(tree: HtmlElement, url: str, product: bool = False) -> _Selected:
    """The article body: our own selection when it holds most of the page's paragraph
    text, else trafilatura's extractor (fast mode), else the longer of the two; and our
    own selection, which measured the page on the way. A confident selection that holds
    little of the page's visible text gives way to a much longer body of trafilatura's.
    ``product``: the page sells one product (``select_content``)."""
    with _bounded(url):
        own = select_content(tree, url, product=product)
    own_words = _text_words(own.body) if own.words else 0
    paragraph_words = _paragraph_words(tree, own.uncounted_paragraphs)
    if own.words >= max(MIN_OWN_WORDS, CONFIDENT_SHARE * paragraph_words):
        # Only where the page's paragraphs hold less than the selection: a fragment beside
        # paragraphs (an article under a long thread of comments) is what trafilatura
        # would return too, at 50 ms a page (the calibration half lost nothing by it).
        measured = _fragment(tree, own_words) if paragraph_words < own.words else None
        if measured:
            body = _trafilatura_body(tree, url)
            if _words_in(body) > FRAGMENT_GAIN * own.words:
                return _Selected(body, own, own_words, measured)
        return _Selected(own.body, own, own_words, measured)
    body = _trafilatura_body(tree, url)
    found = _words_in(body)
    if found < CONFIDENT_SHARE * paragraph_words and own.words > found:
        # Neither is sure: the longer body. trafilatura's fallback extractors (readability,
        # jusText) would cost 40 ms on such a page for 0.003 F1 on AEB, and none on WCXB.
        return _Selected(own.body, own, own_words)
    return _Selected(body, own, own_words)


def _whole_region(
    tree: HtmlElement, url: str, found: int, title: str, authors: tuple[str, ...], *, product: bool
) -> _Body | None:
    """The body written from the page's declared main region, when the body ``found``
    (its words) holds little of that region and the region gives more (``product``: the
    page sells one product, ``select_content``)."""
    with _bounded(url):
        region, region_words = main_region(tree)
        if region is None or found >= REGION_SHARE * region_words:
            return None
        whole = _extract_body(select_content(tree, url, region=region, product=product).body, title, authors)
    return whole if words(whole.text) > found else None


def extract_html(page: Page, text: str, rules: SiteRules = ()) -> Article:
    """Extract the article of one decoded HTML page; raises ``RecordError`` subclasses.

    ``rules`` (the user's site rules) apply first, then the general boilerplate rules.
    """
    return extract_with_signals(page, text, rules)[0]


def extract_with_signals(page: Page, text: str, rules: SiteRules = ()) -> tuple[Article, PageSignals]:
    """``extract_html``, and what the page's markup said of its kind (the page type's
    input, which ``bench/fit_pagetype.py`` fits the classifier on)."""
    url = page.final_url or page.url
    tree = parse_html(text, url)
    # Every pass below walks the tree; holding each element's Python proxy for the whole
    # extraction spares lxml.html from creating (and classifying) a new one per pass.
    proxies = list(tree.iter())
    canonical = canonical_url(tree, url)
    hostname = host_of(canonical) or ""
    h1s = headlines(tree)
    site_removed = apply_site_rules(tree, hostname, rules) if rules else []
    pre = strip_tree(tree, canonical)
    meta = read_metadata(tree)
    sells = _sells_one_product(meta)
    selected = _main_content(tree, url, sells)
    own = selected.own
    markup = count_markup(tree)
    signals = PageSignals(
        url=canonical if canonical.startswith(("http://", "https://")) else "",
        status=page.status,
        schema_types=meta.schema_types,
        og_type=meta.og_type,
        declares_published=bool(meta.published),
        title=meta.title,
        headlines=tuple(h1s),
        cards=own.cards,
        card_share=own.card_share,
        link_share=own.link_share,
        markup=markup,
    )
    # The date the page declares in JSON-LD or meta tags; htmldate only when it declares none.
    published = valid_date(meta.published, page.fetched_at) or _published(tree, url, page.fetched_at)
    site_name = meta.site_name
    title = choose_title(meta.title, h1s, site_name, hostname)
    description = meta.description
    result = _extract_body(selected.body, title, meta.authors)
    removed: tuple[RemovedBlock, ...] = (*site_removed, *pre.removed, *result.cleaned.removed)
    related = _related(pre, result.cleaned)
    fell_back = False
    if pre.removed_words and words(result.text) < min(SHORT_BODY_WORDS, pre.removed_words):
        # The lead-in rule may have taken the article itself: compare with no rules.
        fresh = parse_html(text, url)
        apply_site_rules(fresh, hostname, rules)
        plain = _extract_body(_main_content(fresh, url, sells).body, title, meta.authors)
        if words(plain.text) > 2 * words(result.text):
            note = (
                f"tree rules left {words(result.text)} words of {words(plain.text)}; kept the unfiltered body"
            )
            result, fell_back = plain, True
            removed = (*site_removed, RemovedBlock(rule="fallback", text=note), *plain.cleaned.removed)
            related = _related(TreeCleaning(), plain.cleaned)
    dated = valid_date(published, page.fetched_at)
    authored = bool(meta.authors)
    kind = classify(signals, result.text, result.markdown, dated=dated is not None, authored=authored)
    # A fragment typed an article is left alone: the links around an article in its main
    # region ("more stories") would be written as entries. After the fallback above the
    # body is the unfiltered page's: no region of this tree is measured against it.
    widen = kind.type == "listing" or (kind.type != "article" and selected.fragment(tree))
    if widen and not fell_back:
        whole = _whole_region(tree, url, words(result.text), title, meta.authors, product=sells)
        if whole is not None:
            result = whole
            removed = (*site_removed, *pre.removed, *whole.cleaned.removed)
            related = _related(pre, whole.cleaned)
    del proxies  # the tree is read for the last time above
    cleaned = result.cleaned
    article = assemble(
        page,
        canonical_url=canonical,
        text=result.text,
        markdown=result.markdown,
        title=title,
        description=description,
        authors=meta.authors,
        published=dated,
        modified=modified_date(tree, page.fetched_at),
        site_name=site_name,
        language=_declared_language(tree, meta.language),
        category=cleaned.category or pre.category or (meta.categories[0] if meta.categories else ""),
        tags=meta.tags,
        disclaimer="\n\n".join(cleaned.disclaimer),
        related=related,
        removed=removed,
        signals=signals,
        kind=kind,
    )
    return article, signals
