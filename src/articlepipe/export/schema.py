"""The Arrow schema of the Article table, shared by the Parquet writer and every reader."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from articlepipe.models import ARTICLE_FIELDS

_LINK = pa.struct(
    [pa.field("title", pa.string(), nullable=False), pa.field("url", pa.string(), nullable=False)]
)
_REMOVED = pa.struct(
    [pa.field("rule", pa.string(), nullable=False), pa.field("text", pa.string(), nullable=False)]
)

ARTICLE_SCHEMA: pa.Schema = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("url", pa.string(), nullable=False),
        pa.field("canonical_url", pa.string(), nullable=False),
        pa.field("title", pa.string(), nullable=False),
        pa.field("description", pa.string(), nullable=False),
        pa.field("authors", pa.list_(pa.string()), nullable=False),
        pa.field("published", pa.string()),
        pa.field("modified", pa.string()),
        pa.field("site_name", pa.string()),
        pa.field("hostname", pa.string()),
        pa.field("language", pa.string(), nullable=False),
        pa.field("category", pa.string(), nullable=False),
        pa.field("tags", pa.list_(pa.string()), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("markdown", pa.string(), nullable=False),
        pa.field("disclaimer", pa.string()),
        pa.field("related", pa.list_(_LINK), nullable=False),
        pa.field("removed", pa.list_(_REMOVED), nullable=False),
        pa.field("word_count", pa.int64(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("duplicate_of", pa.string()),
        pa.field("page_type", pa.string(), nullable=False),
        pa.field("is_article", pa.bool_(), nullable=False),
        pa.field("fetched_at", pa.string(), nullable=False),
        pa.field("http_status", pa.int32()),
        pa.field("extractor", pa.string(), nullable=False),
    ]
)

# Columns that hold lists (of strings or of {..} records); CSV stores them JSON-encoded.
LIST_FIELDS: tuple[str, ...] = ("authors", "tags", "related", "removed")
# Columns that may be null; every other string column holds "" when empty.
NULLABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in ARTICLE_SCHEMA if f.nullable)

assert tuple(ARTICLE_SCHEMA.names) == ARTICLE_FIELDS, "schema and Article must list the same fields"


def with_page_types(table: pa.Table) -> pa.Table:
    """``table`` with a page type in every row: rows written before page types existed
    (read as null) get the guess of their time, ``is_article``: article, else listing."""
    names = table.column_names
    if "page_type" not in names or "is_article" not in names or not table.column("page_type").null_count:
        return table
    guess = pc.if_else(pc.fill_null(table.column("is_article"), True), "article", "listing")
    filled = pc.coalesce(table.column("page_type"), guess)
    index = table.column_names.index("page_type")
    return table.set_column(index, ARTICLE_SCHEMA.field("page_type"), filled)
