"""HTML page -> Article, with trafilatura doing main-content and metadata extraction.

The page is parsed once (``parse.parse_html``) and the tree is handed to trafilatura;
comments are never part of the body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document
from trafilatura.xml import xmltotxt

from articlepipe.errors import ExtractionError
from articlepipe.extract.assemble import assemble
from articlepipe.extract.boilerplate import Cleaned, words
from articlepipe.extract.metadata import (
    canonical_url,
    fetched_date,
    modified_date,
    split_authors,
    split_tags,
    valid_date,
)
from articlepipe.extract.parse import parse_html
from articlepipe.extract.render import clean_line, render_text, tidy_markdown
from articlepipe.extract.title import choose_title, headlines
from articlepipe.extract.tree_rules import TreeCleaning, clean_body, strip_tree
from articlepipe.models import Article, Page, RelatedLink, RemovedBlock

# When the body that is left after the tree rules is this short and shorter than what
# they removed, extraction is tried again on the untouched page.
SHORT_BODY_WORDS = 80


def _web_url(url: str) -> str | None:
    return url if url.startswith(("http://", "https://")) else None


def _date_params(fetched_at: str) -> dict[str, Any]:
    limit = fetched_date(fetched_at) or datetime.now(UTC).date()
    return {
        "original_date": True,
        "extensive_search": True,
        "max_date": limit.isoformat(),
        "outputformat": "%Y-%m-%d",
    }


def _run_trafilatura(tree: HtmlElement, url: str, fetched_at: str) -> tuple[Document | None, Document]:
    web_url = _web_url(url)
    try:
        # bare_extraction copies the tree, so metadata extraction below sees it untouched.
        body_doc = bare_extraction(
            tree,
            url=web_url,
            with_metadata=False,
            include_comments=False,
            include_formatting=True,
            include_tables=True,
        )
        meta = extract_metadata(tree, web_url, _date_params(fetched_at))
    except (RecursionError, MemoryError) as exc:
        raise ExtractionError(
            url, "too-complex", f"the page is too deeply nested or large to extract ({exc!r})"
        ) from exc
    except Exception as exc:
        # The boundary with a third-party library: anything it raises on one page is that
        # page's failure, not the run's.
        raise ExtractionError(
            url, "extractor-error", f"trafilatura failed: {type(exc).__name__}: {exc}"
        ) from exc
    if body_doc is not None and not isinstance(body_doc, Document):  # pragma: no cover - API guard
        raise TypeError(f"unexpected trafilatura result {type(body_doc)!r}")
    return body_doc, meta


def _declared_language(tree: HtmlElement, found: str | None) -> str:
    """ISO 639-1 code from trafilatura or the ``<html lang>`` attribute ("en-US" -> "en")."""
    label = found or tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    return label.strip().lower().replace("_", "-").split("-")[0][:3]


@dataclass(frozen=True, slots=True)
class _Body:
    text: str
    markdown: str
    cleaned: Cleaned


def _extract_body(body_doc: Document | None, title: str) -> _Body:
    body = body_doc.body if body_doc is not None else None
    if body is None:
        return _Body("", "", Cleaned(keep=[]))
    cleaned = clean_body(body, title)
    text = render_text(body)
    markdown = tidy_markdown(xmltotxt(body, True)) if text else ""
    return _Body(text, markdown, cleaned)


def _related(pre: TreeCleaning, cleaned: Cleaned) -> tuple[RelatedLink, ...]:
    """Related links from both passes, each title once, in page order."""
    seen: set[str] = set()
    out: list[RelatedLink] = []
    for link in (*pre.related, *cleaned.related):
        key = " ".join(link.title.casefold().split())
        if key not in seen:
            seen.add(key)
            out.append(link)
    return tuple(out)


def extract_html(page: Page, text: str) -> Article:
    """Extract the article of one decoded HTML page; raises ``RecordError`` subclasses."""
    url = page.final_url or page.url
    tree = parse_html(text, url)
    canonical = canonical_url(tree, url)
    hostname = urlsplit(canonical).hostname or ""
    h1s = headlines(tree)
    pre = strip_tree(tree, canonical)
    body_doc, meta = _run_trafilatura(tree, url, page.fetched_at)
    hostname = hostname or meta.hostname or ""
    site_name = clean_line(meta.sitename or "")
    title = choose_title(clean_line(meta.title or ""), h1s, site_name, hostname)
    result = _extract_body(body_doc, title)
    removed: tuple[RemovedBlock, ...] = (*pre.removed, *result.cleaned.removed)
    related = _related(pre, result.cleaned)
    if pre.removed_words and words(result.text) < min(SHORT_BODY_WORDS, pre.removed_words):
        # The lead-in rule may have taken the article itself: compare with no rules.
        untouched, _ = _run_trafilatura(parse_html(text, url), url, page.fetched_at)
        plain = _extract_body(untouched, title)
        if words(plain.text) > 2 * words(result.text):
            note = (
                f"tree rules left {words(result.text)} words of {words(plain.text)}; kept the unfiltered body"
            )
            result = plain
            removed = (RemovedBlock(rule="fallback", text=note), *plain.cleaned.removed)
            related = _related(TreeCleaning(), plain.cleaned)
    categories = split_tags(meta.categories)
    cleaned = result.cleaned
    return assemble(
        page,
        canonical_url=canonical,
        text=result.text,
        markdown=result.markdown,
        title=title,
        description=clean_line(meta.description or ""),
        authors=split_authors(meta.author),
        published=valid_date(meta.date, page.fetched_at),
        modified=modified_date(tree, page.fetched_at),
        site_name=site_name,
        hostname=hostname,
        language=_declared_language(tree, meta.language),
        category=cleaned.category or pre.category or (categories[0] if categories else ""),
        tags=split_tags(meta.tags),
        disclaimer="\n\n".join(cleaned.disclaimer),
        related=related,
        removed=removed,
    )
