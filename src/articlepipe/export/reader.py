"""Read any articlepipe output back into one pandas DataFrame with the Article columns:
a Parquet, JSONL, JSON or CSV file, or a dataset folder of Parquet or JSONL parts."""

from __future__ import annotations

import csv
import json
from contextlib import closing
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from articlepipe.config import Settings
from articlepipe.errors import InputError
from articlepipe.export.dataset import STATE_NAME, part_files
from articlepipe.export.schema import ARTICLE_SCHEMA, LIST_FIELDS, NULLABLE_FIELDS, with_page_types
from articlepipe.models import ARTICLE_FIELDS
from articlepipe.state import StateReader

_INT_FIELDS = tuple(f.name for f in ARTICLE_SCHEMA if pa.types.is_integer(f.type))


def _csv_value(name: str, cell: str) -> Any:
    if name in LIST_FIELDS:
        return json.loads(cell) if cell else []
    if name in _INT_FIELDS:
        return int(cell) if cell else None
    if name == "is_article":
        return cell == "true"
    if name in NULLABLE_FIELDS and cell == "":
        return None
    return cell


def _read_csv(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: _csv_value(k, v) for k, v in row.items()} for row in csv.DictReader(handle)]


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _read_json(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        records = json.load(handle)
    if not isinstance(records, list):
        raise InputError(f"{path} is not an articlepipe JSON export (expected an array)")
    return records


def _read_folder(folder: Path) -> pa.Table:
    """Every part of a dataset folder, oldest first (a changed article appears once per
    version until ``articlepipe compact``)."""
    parts = part_files(folder)
    state = folder / STATE_NAME
    if state.is_file():
        with closing(StateReader(state)) as store:
            left_out = store.parts_not_to_read()
        parts = [part for part in parts if part.name not in left_out]
    elif not parts and any(folder.iterdir()):
        raise InputError(f"{folder} is a folder but not an articlepipe dataset folder (no part files)")
    if not parts:
        return ARTICLE_SCHEMA.empty_table()
    return pa.concat_tables([read_table(part, part.suffix.lstrip(".")) for part in parts])


def read_table(path: Path | str, format: str | None = None) -> pa.Table:
    """An output file, or a dataset folder, as an Arrow table with exactly the Article
    schema."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} does not exist")
    if path.is_dir():
        return _read_folder(path)
    fmt = format or Settings(output=str(path)).output_format
    if fmt == "parquet":
        return with_page_types(pq.read_table(path, schema=ARTICLE_SCHEMA))
    readers = {"jsonl": _read_jsonl, "json": _read_json, "csv": _read_csv}
    return with_page_types(pa.Table.from_pylist(readers[fmt](path), schema=ARTICLE_SCHEMA))


def read(path: Path | str, format: str | None = None) -> pd.DataFrame:
    """Read a Parquet, JSONL, JSON or CSV export, or a dataset folder, into a DataFrame.

    Columns are the Article fields in schema order; list fields hold Python lists
    (of strings, or of dicts for ``related`` and ``removed``) in every format, so code
    written against one format works on all of them.
    """
    table = read_table(path, format)
    frame = pd.DataFrame({name: table.column(name).to_pylist() for name in ARTICLE_FIELDS})
    return frame.astype({"word_count": "int64", "http_status": "Int64", "is_article": "bool"})
