"""JSON Lines: one JSON object per line, the format for streaming and appending."""

from __future__ import annotations

import json
from typing import Any

from articlepipe.export.atomic import TextRecordWriter


class JsonlWriter(TextRecordWriter):
    """Writes one compact JSON object per line (UTF-8, no ASCII escaping)."""

    def _write(self, record: dict[str, Any]) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        self.handle.write("\n")
