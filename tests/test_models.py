from __future__ import annotations

import json
from dataclasses import asdict

from articlepipe.models import ARTICLE_FIELDS, Article, Failure, RelatedLink, RemovedBlock

# The public contract, in order, as the Article table of DESIGN.md lists it.
SCHEMA_FIELDS = [
    "id", "url", "canonical_url", "title", "description", "authors", "published", "modified",
    "site_name", "hostname", "language", "category", "tags", "text", "markdown", "disclaimer",
    "related", "removed", "word_count", "content_hash", "duplicate_of", "page_type", "is_article",
    "fetched_at",
    "http_status", "extractor",
]  # fmt: skip


def make_article(**changes: object) -> Article:
    values: dict[str, object] = {
        "id": "abc",
        "url": "https://x.example/a",
        "canonical_url": "https://x.example/a",
        "title": "T",
        "description": "",
        "authors": ("A", "B"),
        "published": "2024-01-01",
        "modified": None,
        "site_name": "X",
        "hostname": "x.example",
        "language": "en",
        "category": "",
        "tags": ("t",),
        "text": "Body.",
        "markdown": "Body.",
        "disclaimer": None,
        "related": (RelatedLink("R", "https://x.example/r"),),
        "removed": (RemovedBlock("rule", "gone"),),
        "word_count": 1,
        "content_hash": "h",
        "duplicate_of": None,
        "page_type": "article",
        "is_article": True,
        "fetched_at": "2024-01-02T00:00:00+00:00",
        "http_status": 200,
        "extractor": "articlepipe",
    }
    values.update(changes)
    return Article(**values)  # type: ignore[arg-type]


def test_article_fields_are_the_documented_schema_in_order() -> None:
    assert list(ARTICLE_FIELDS) == SCHEMA_FIELDS


def test_to_record_gives_lists_and_plain_dicts() -> None:
    record = make_article().to_record()
    assert list(record) == SCHEMA_FIELDS
    assert record["authors"] == ["A", "B"]
    assert record["related"] == [{"title": "R", "url": "https://x.example/r"}]
    assert record["removed"] == [{"rule": "rule", "text": "gone"}]
    # the hand-built record holds what the generic conversion gives, field for field
    generic = asdict(make_article())
    generic.pop("page_type_evidence")  # not a column: it travels to the rejected file only
    assert record == {k: list(v) if isinstance(v, tuple) else v for k, v in generic.items()}
    assert Article.from_record(json.loads(json.dumps(record))) == make_article()  # and back


def test_failure_record() -> None:
    failure = Failure(url="u", stage="read", reason="empty", message="the file is empty")
    assert failure.to_record() == {
        "url": "u",
        "stage": "read",
        "reason": "empty",
        "message": "the file is empty",
        "http_status": None,
    }
