"""Which writer serves which output format."""

from __future__ import annotations

from pathlib import Path

from articlepipe.export.atomic import RecordWriter
from articlepipe.export.csv import CsvWriter
from articlepipe.export.json import JsonWriter
from articlepipe.export.jsonl import JsonlWriter


def open_writer(path: Path | str, fmt: str, row_group_size: int = 1000) -> RecordWriter:
    """A not-yet-opened writer for ``fmt`` (``parquet``, ``jsonl``, ``json`` or ``csv``)."""
    if fmt == "parquet":
        # Imported here: pyarrow costs the parent process about 86 MB of RSS, which a
        # JSONL or CSV run should not pay.
        from articlepipe.export.parquet import ParquetWriter

        return ParquetWriter(path, row_group_size=row_group_size)
    if fmt == "jsonl":
        return JsonlWriter(path)
    if fmt == "json":
        return JsonWriter(path)
    if fmt == "csv":
        return CsvWriter(path)
    raise ValueError(f"unknown output format {fmt!r}")
