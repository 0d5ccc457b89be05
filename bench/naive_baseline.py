"""The baseline a user writes by hand: trafilatura in a process pool, rows collected in a
list, one DataFrame written to Parquet at the end. Run as a script by the benchmarks."""

from __future__ import annotations

import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import pandas as pd
import trafilatura
import trafilatura.settings


def extract(path: Path) -> dict[str, Any] | None:
    document = trafilatura.bare_extraction(path.read_bytes(), with_metadata=True, include_comments=False)
    if not isinstance(document, trafilatura.settings.Document):
        return None
    return {"url": str(path), "title": document.title, "text": document.text, "date": document.date}


def main(folder: str, output: str, workers: int) -> None:
    paths = sorted(Path(folder).glob("p*.html"))
    with Pool(workers) as pool:
        rows = [row for row in pool.imap(extract, paths, chunksize=8) if row is not None]
    pd.DataFrame(rows).to_parquet(output)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
