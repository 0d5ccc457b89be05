"""``articlepipe compact``: a dataset folder rewritten as one part, keeping the newest
version of each article id."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from articlepipe.export.dataset import part_files
from articlepipe.export.formats import open_writer
from articlepipe.export.reader import read_table
from articlepipe.state import StateStore


def read_parts(folder: Path) -> Iterator[tuple[str, pa.Table]]:
    """Each part file of ``folder`` as an Arrow table, oldest first."""
    for path in part_files(folder):
        yield path.name, read_table(path, "parquet" if path.suffix == ".parquet" else "jsonl")


def compact(folder: Path, store: StateStore, fmt: str) -> tuple[int, int]:
    """Rewrite ``folder`` as one part keeping the newest version of each article id
    (later parts and later rows win). Returns (rows before, rows after)."""
    latest: dict[str, dict[str, Any]] = {}
    before = 0
    old = part_files(folder)
    for _, table in read_parts(folder):
        before += table.num_rows
        for record in table.to_pylist():
            latest.pop(record["id"], None)  # re-inserted: dict order is newest-last
            latest[record["id"]] = record
    if not old:
        return 0, 0
    run = max(int(p.name.split("-")[1]) for p in old)
    # A fresh name: rewriting a committed part in place would, if interrupted, leave the
    # only copy of the data registered as uncommitted.
    taken = {p.name for p in old}
    number = 1
    while (name := f"part-{run:06d}-c{number:03d}.{fmt}") in taken:
        number += 1
    store.reserve_part(name, run)
    with open_writer(folder / name, fmt) as writer:
        for record in latest.values():
            writer.write_record(record)
    # The new part and the retirement of the old ones are one transaction; a crash
    # before the old files are deleted leaves them marked superseded, for recover().
    store.replace_parts([p.name for p in old], name, len(latest))
    for path in old:
        path.unlink(missing_ok=True)
    store.forget_superseded()
    return before, len(latest)
