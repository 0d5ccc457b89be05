"""``articlepipe compact``: a dataset folder rewritten as one part, keeping the newest
version of each article id (the last in part-name order, then row order)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from articlepipe.export.dataset import part_files
from articlepipe.export.formats import open_writer
from articlepipe.export.reader import read_table
from articlepipe.export.schema import ARTICLE_SCHEMA, with_page_types
from articlepipe.state import StateStore

# Rows turned into Python records at a time while copying.
SLICE_ROWS = 1000


def _read(path: Path, columns: list[str] | None = None) -> pa.Table:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return with_page_types(pq.read_table(path, columns=columns, schema=ARTICLE_SCHEMA))
    table = read_table(path, "jsonl")
    return table.select(columns) if columns else table


def compact(folder: Path, store: StateStore, fmt: str) -> tuple[int, int]:
    """Rewrite ``folder`` as one part keeping the newest version of each article id
    (later parts and later rows win). Returns (rows before, rows after).

    Two passes keep memory to the ids plus one slice of rows: the first finds where
    each id's newest row is, the second copies those rows part by part."""
    old = part_files(folder)
    if not old:
        return 0, 0
    newest: dict[str, tuple[int, int]] = {}
    before = 0
    for number, path in enumerate(old):
        ids = _read(path, ["id"]).column("id").to_pylist()
        before += len(ids)
        for row, article_id in enumerate(ids):
            newest[article_id] = (number, row)
    run = max(int(p.name.split("-")[1]) for p in old)
    # A fresh name: rewriting a committed part in place would, if interrupted, leave the
    # only copy of the data registered as uncommitted.
    taken = {p.name for p in old}
    number = 1
    while (name := f"part-{run:06d}-c{number:03d}.{fmt}") in taken:
        number += 1
    keep: dict[int, set[int]] = {}
    for part, row in newest.values():
        keep.setdefault(part, set()).add(row)
    store.reserve_part(name, run)
    with open_writer(folder / name, fmt) as writer:
        for part, path in enumerate(old):
            rows = keep.get(part, set())
            table = _read(path)
            for start in range(0, table.num_rows, SLICE_ROWS):
                chunk = table.slice(start, SLICE_ROWS).to_pylist()
                for offset, record in enumerate(chunk):
                    if start + offset in rows:
                        writer.write_record(record)
    # The new part and the retirement of the old ones are one transaction; a crash
    # before the old files are deleted leaves them marked superseded, for recover().
    store.replace_parts([p.name for p in old], name, len(newest))
    for path in old:
        path.unlink(missing_ok=True)
    store.forget_superseded()
    return before, len(newest)
