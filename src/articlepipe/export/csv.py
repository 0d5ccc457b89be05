"""CSV: one row per article; list fields are JSON-encoded, nulls are empty cells."""

from __future__ import annotations

import csv
import json
from typing import Any

from articlepipe.export.atomic import TextRecordWriter
from articlepipe.models import ARTICLE_FIELDS


def csv_cell(value: Any) -> str:
    """How one field value is written into a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class CsvWriter(TextRecordWriter):
    """RFC 4180 CSV with a header row; every cell is quoted when it needs to be."""

    _writer: Any = None

    def _header(self) -> None:
        self._writer = csv.writer(self.handle, lineterminator="\r\n")
        self._writer.writerow(ARTICLE_FIELDS)

    def _write(self, record: dict[str, Any]) -> None:
        self._writer.writerow([csv_cell(record[name]) for name in ARTICLE_FIELDS])
