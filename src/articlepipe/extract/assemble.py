"""Build an Article from what an extractor found, filling the fields every extractor
derives the same way: id, word count, content hash, page type and provenance."""

from __future__ import annotations

from articlepipe.extract.identity import EXTRACTOR, article_id, content_hash, host_of, word_count
from articlepipe.extract.pagesignals import PageSignals
from articlepipe.extract.pagetype import PageKind, classify
from articlepipe.models import Article, Page, RelatedLink, RemovedBlock


def assemble(
    page: Page,
    *,
    canonical_url: str,
    text: str,
    markdown: str,
    title: str = "",
    description: str = "",
    authors: tuple[str, ...] = (),
    published: str | None = None,
    modified: str | None = None,
    site_name: str = "",
    language: str = "",
    category: str = "",
    tags: tuple[str, ...] = (),
    disclaimer: str | None = None,
    related: tuple[RelatedLink, ...] = (),
    removed: tuple[RemovedBlock, ...] = (),
    signals: PageSignals | None = None,
    kind: PageKind | None = None,
) -> Article:
    """The Article for ``page``, with the fields every extractor derives the same way
    (the page type from ``signals``, what the markup said; ``None`` for a text dump).

    ``kind``: the page type, when the extractor has classified the page already (and
    chose how to write its body by it)."""
    if kind is None:
        kind = classify(signals, text, markdown, dated=published is not None, authored=bool(authors))
    return Article(
        # A page with no URL and no canonical link (HTML handed over as a string) is
        # known by its text, so two such pages never share an id.
        id=article_id(canonical_url or "text:" + content_hash(text)),
        url=page.final_url or page.url,
        canonical_url=canonical_url,
        title=title,
        description=description,
        authors=authors,
        published=published,
        modified=modified,
        site_name=site_name or None,
        hostname=host_of(canonical_url),
        language=language,
        category=category,
        tags=tags,
        text=text,
        markdown=markdown,
        disclaimer=disclaimer or None,
        related=related,
        removed=removed,
        word_count=word_count(text),
        content_hash=content_hash(text),
        duplicate_of=None,
        page_type=kind.type,
        is_article=kind.type == "article",
        fetched_at=page.fetched_at,
        http_status=page.status,
        extractor=EXTRACTOR,
        page_type_evidence=kind.evidence,
    )
