"""JSON: one array of article objects, streamed so the corpus is never held in memory."""

from __future__ import annotations

import json
from typing import Any

from articlepipe.export.atomic import TextRecordWriter


class JsonWriter(TextRecordWriter):
    """Writes ``[ {...},\\n {...} ]`` one object at a time."""

    def _header(self) -> None:
        self.handle.write("[")

    def _write(self, record: dict[str, Any]) -> None:
        self.handle.write(",\n" if self.count else "\n")
        self.handle.write(json.dumps(record, ensure_ascii=False))

    def _footer(self) -> None:
        self.handle.write("\n]\n")
