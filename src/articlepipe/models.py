"""The records that flow through a pipeline: ``Page`` before extraction, ``Article``
after it, and ``Failure`` for a record that could not be processed.

``Article`` is the public output schema: its field names and order are the columns of
every export format, so they only ever grow, never change.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

PageKind = Literal["html", "text"]

# What an Article's ``page_type`` may be: the page types of the WCXB benchmark (what the
# classifier is fitted on, ``extract/pagetype.py``), plus error pages.
PAGE_TYPES: tuple[str, ...] = (
    "article",
    "listing",
    "collection",
    "product",
    "service",
    "forum",
    "documentation",
    "error",
)


@dataclass(frozen=True, slots=True)
class Page:
    """One raw input: a fetched response or a local file, body still undecoded.

    A ``str`` body (HTML already decoded, in a script) is stored as UTF-8, with
    ``encoding`` saying so."""

    url: str
    body: bytes
    final_url: str = ""
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    fetched_at: str = ""
    source: str = ""
    kind: PageKind = "html"

    def __post_init__(self) -> None:
        body: object = self.body
        if isinstance(body, str):
            object.__setattr__(self, "body", body.encode("utf-8", "surrogatepass"))
            object.__setattr__(self, "encoding", "utf-8")
        elif not isinstance(body, bytes):
            raise TypeError(f"Page body must be bytes or str, got {type(body).__name__}")


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A "Related" / "Also check" link moved out of an article body."""

    title: str
    url: str


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """Audit trail entry: a block removed from the body and the rule that removed it."""

    rule: str
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One extracted article; one row of every export."""

    id: str
    url: str
    canonical_url: str
    title: str
    description: str
    authors: tuple[str, ...]
    published: str | None
    modified: str | None
    site_name: str | None  # None when the page names no site
    hostname: str | None  # None for a local file without a canonical URL
    language: str
    category: str
    tags: tuple[str, ...]
    text: str
    markdown: str
    disclaimer: str | None
    related: tuple[RelatedLink, ...]
    removed: tuple[RemovedBlock, ...]
    word_count: int
    content_hash: str
    duplicate_of: str | None
    page_type: str
    is_article: bool
    fetched_at: str
    http_status: int | None
    extractor: str
    # Why the page type is what it is (``extract/pagetype.py``), for the rejected file;
    # not a column of the exports.
    page_type_evidence: str = field(default="", metadata={"export": False})

    def to_record(self) -> dict[str, Any]:
        """Plain JSON-ready dict (tuples become lists), keys in schema order."""
        # Built by hand: dataclasses.asdict deep-copies every value, which cost the run's
        # process a quarter of a millisecond per article.
        record = {name: getattr(self, name) for name in ARTICLE_FIELDS}
        record["authors"] = list(self.authors)
        record["tags"] = list(self.tags)
        record["related"] = [{"title": link.title, "url": link.url} for link in self.related]
        record["removed"] = [{"rule": block.rule, "text": block.text} for block in self.removed]
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Article:
        """The Article a ``to_record`` dict (or a JSON line of one) came from."""
        values = {name: record[name] for name in ARTICLE_FIELDS}
        values["authors"] = tuple(record["authors"])
        values["tags"] = tuple(record["tags"])
        values["related"] = tuple(RelatedLink(**link) for link in record["related"])
        values["removed"] = tuple(RemovedBlock(**block) for block in record["removed"])
        return cls(**values)


ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Article) if f.metadata.get("export", True))

FailureStage = Literal["source", "fetch", "read", "decode", "parse", "extract", "export"]


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not become an Article, and why.

    ``reason`` is a short stable code for counting (``empty``, ``binary``, ``timeout`` ...);
    ``message`` is a sentence for a person.
    """

    url: str
    stage: FailureStage
    reason: str
    message: str
    http_status: int | None = None

    def to_record(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A URL an incremental run did not extract again, and why: ``fresh`` (fetched within
    ``recheck_after``), ``retry-later`` (it failed and its next try is not due),
    ``not-modified`` (the server answered 304) or ``unchanged`` (the same body again).
    The validators the server sent come along, for the state store."""

    url: str
    reason: str
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: str = ""

    def to_record(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)
