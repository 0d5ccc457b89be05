"""The labelled development pages, split into a calibration and a validation half.

Three folders of the shared benchmark data, about 1,600 pages with a page type each:
``aeb-dev`` (news articles), ``wcxb-dev-articles`` (articles of the 2025 web) and
``wcxb-dev-other`` (listings, collections, products, services, forums, documentation;
the type is in each ground-truth file). Every page goes to one half by a fixed hash of
its file name (``half``): rules and thresholds are chosen on the calibration half, and
only measured on the validation half.

Each page is read and extracted as ``articlepipe run`` would (a local file, so its URL is
its canonical link if it has one), and cleaned without the filters; ``measure`` returns
what the page-type classifier and each quality filter see.
"""

from __future__ import annotations

import gzip
import json
import pickle
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

from articlepipe.clean.stage import clean_in_worker
from articlepipe.evaluate.cases import HALVES, half, page_type_of
from articlepipe.extract.dispatch import extract_with_signals
from articlepipe.extract.pagetype import features
from articlepipe.models import Article
from articlepipe.sources.local import read_page


@dataclass(frozen=True)
class Labelled:
    """One labelled page."""

    path: Path
    folder: str  # the benchmark folder it comes from
    page_type: str
    # The benchmark's text for the page is empty: a page its scripts build, whose saved
    # HTML holds no article to keep (counted apart from the real articles).
    empty_truth: bool = False

    @property
    def half(self) -> str:
        return half(self.path.name)


@dataclass(frozen=True)
class Measured:
    """A labelled page as the pipeline saw it: the cleaned article (``None`` when
    extraction failed, with ``failure`` saying why) and the classifier's features."""

    page: Labelled
    article: Article | None
    features: dict[str, float] | None
    failure: str = ""


def labelled_pages(data: Path) -> list[Labelled]:
    """Every labelled page under ``data``, in a fixed order."""
    pages: list[Labelled] = []
    aeb = data / "aeb-dev" / "html"
    if not aeb.is_dir():
        raise SystemExit(f"benchmark data not found at {aeb}; pass --data pointing at the shared data folder")
    pages += [Labelled(p, "aeb-dev", "article") for p in sorted(aeb.glob("*.html.gz"))]
    for folder in ("wcxb-dev-articles", "wcxb-dev-other"):
        for path in sorted((data / folder / "html").glob("*.html.gz")):
            truth = json.loads(
                (data / folder / "ground-truth" / f"{path.name.split('.')[0]}.json").read_text()
            )
            text = (truth.get("ground_truth") or {}).get("main_content")
            empty = isinstance(text, str) and not text.strip()
            pages.append(Labelled(path, folder, page_type_of(truth), empty))
    return pages


def measure(page: Labelled) -> Measured:
    """Extract ``page`` as a run would and clean it without the filters."""
    try:
        raw = read_page(page.path, str(page.path.parent), 50 * 1024 * 1024)
        article, signals = extract_with_signals(raw)
    except Exception as exc:  # a failure is a result here, as in a run
        return Measured(page, None, None, f"{type(exc).__name__}: {exc}")
    found = (
        features(
            signals,
            article.text,
            article.markdown,
            dated=article.published is not None,
            authored=bool(article.authors),
        )
        if signals is not None
        else None
    )
    cleaned = clean_in_worker(article, quality=False)  # normalised, its language detected
    assert isinstance(cleaned, Article)  # no languages asked for, no signature: never dropped
    return Measured(page, cleaned, found)


def measure_all(data: Path, workers: int = 2, cache: Path | None = None) -> list[Measured]:
    """``measure`` on every labelled page, in a pool; kept in ``cache`` when given (a
    file outside the repository: it holds the pages' text)."""
    if cache is not None and cache.exists():
        cached: list[Measured] = pickle.loads(gzip.decompress(cache.read_bytes()))
        return cached
    pages = labelled_pages(data)
    with Pool(workers) as pool:
        measured = pool.map(measure, pages, chunksize=8)
    if cache is not None:
        cache.write_bytes(gzip.compress(pickle.dumps(measured)))
    return measured


def by_half(measured: list[Measured]) -> Iterator[tuple[str, list[Measured]]]:
    """The measured pages of each half, calibration first."""
    for name in HALVES:
        yield name, [m for m in measured if m.page.half == name]
