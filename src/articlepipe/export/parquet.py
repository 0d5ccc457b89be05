"""Parquet with the explicit Article schema, written in row groups as records arrive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from articlepipe.export.atomic import RecordWriter
from articlepipe.export.schema import ARTICLE_SCHEMA

DEFAULT_ROW_GROUP_SIZE = 1000


class ParquetWriter(RecordWriter):
    """Buffers at most ``row_group_size`` records, then writes them as one row group.

    Memory stays bounded by one row group whatever the corpus size. zstd compression:
    text compresses about 4x, and every reader we document supports it.
    """

    def __init__(self, path: Path | str, row_group_size: int = DEFAULT_ROW_GROUP_SIZE) -> None:
        super().__init__(path)
        self.row_group_size = row_group_size
        self._buffer: list[dict[str, Any]] = []
        self._writer: pq.ParquetWriter | None = None

    def _begin(self, temp: Path) -> None:
        self._writer = pq.ParquetWriter(str(temp), ARTICLE_SCHEMA, compression="zstd")

    def _write(self, record: dict[str, Any]) -> None:
        self._buffer.append(record)
        if len(self._buffer) >= self.row_group_size:
            self._flush()

    def _flush(self) -> None:
        if self._buffer and self._writer is not None:
            table = pa.Table.from_pylist(self._buffer, schema=ARTICLE_SCHEMA)
            self._writer.write_table(table, row_group_size=self.row_group_size)
            self._buffer = []
            del table
            # Arrow's allocator keeps freed blocks for reuse; hand them back so the
            # parent's RSS reflects one row group, not the high-water mark of all of them.
            pa.default_memory_pool().release_unused()

    def _end(self) -> None:
        self._flush()
        assert self._writer is not None
        self._writer.close()
        self._writer = None

    def _discard(self) -> None:
        self._buffer = []
        if self._writer is not None:
            self._writer.close()
            self._writer = None
