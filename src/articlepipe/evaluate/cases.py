"""Benchmark folders -> lists of cases (page id, URL, HTML file, ground truth).

Two layouts are understood:

- AEB: one ``ground-truth.json`` file, ``{"<id>": {"articleBody": ..., "url": ...}}``,
  pages in ``HTML_DIR/<id>.html.gz``.
- WCXB: a ``ground-truth/`` folder of ``NNNN.json`` files, each
  ``{"url": ..., "ground_truth": {"title", "author", "publish_date", "main_content",
  "with", "without"}}``, pages in ``HTML_DIR/NNNN.html.gz``.

Anything else is a ``UsageError`` that names the path and says what was expected.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from articlepipe.errors import UsageError

Layout = Literal["aeb", "wcxb"]
# Tried in order for each page id; the benchmarks ship gzip, a user may have unpacked them.
HTML_NAMES: tuple[str, ...] = ("{id}.html.gz", "{id}.html", "{id}.htm.gz", "{id}.htm")
EXPECTED_LAYOUTS = (
    "an AEB ground-truth .json file ({id: {articleBody, url}}) or a WCXB ground-truth "
    "folder (NNNN.json files with a ground_truth object)"
)


@dataclass(frozen=True, slots=True)
class AebCase:
    """One AEB page: where its HTML is and its true article body."""

    id: str
    url: str
    html: Path
    body: str


@dataclass(frozen=True, slots=True)
class WcxbCase:
    """One WCXB page and its ground truth; None where the benchmark gives no value.

    ``main_content`` is None when the ground truth has no reference body at all (one
    development page), which is not the same as an empty one.
    """

    id: str
    url: str
    html: Path
    title: str | None
    author: str | None
    publish_date: str | None
    main_content: str | None
    with_: tuple[str, ...]
    without: tuple[str, ...]
    page_type: str = "article"  # the benchmark's page type (article, listing, product …)


Case = AebCase | WcxbCase


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(
            f"ground truth {str(path)!r} is not readable JSON ({exc}); expected {EXPECTED_LAYOUTS}"
        ) from exc


def _wcxb_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if p.is_file())


def detect_layout(ground_truth: Path) -> Layout:
    """Which benchmark layout ``ground_truth`` is; a ``UsageError`` naming it if neither."""
    if not ground_truth.exists():
        raise UsageError(f"ground truth {str(ground_truth)!r} does not exist; give {EXPECTED_LAYOUTS}")
    if ground_truth.is_file():
        data = _read_json(ground_truth)
        if (
            isinstance(data, dict)
            and data
            and all(isinstance(v, dict) and "articleBody" in v for v in data.values())
        ):
            return "aeb"
    elif ground_truth.is_dir():
        files = _wcxb_files(ground_truth)
        if files:
            first = _read_json(files[0])
            if isinstance(first, dict) and isinstance(first.get("ground_truth"), dict):
                return "wcxb"
    raise UsageError(f"ground truth {str(ground_truth)!r} is not a benchmark layout; give {EXPECTED_LAYOUTS}")


def html_path(html_dir: Path, page_id: str) -> Path:
    """The HTML file of ``page_id`` in ``html_dir`` (the .html.gz name if none exists)."""
    candidates = [html_dir / name.format(id=page_id) for name in HTML_NAMES]
    return next((p for p in candidates if p.is_file()), candidates[0])


def _check_html_dir(html_dir: Path, cases: list[Case], ground_truth: Path) -> None:
    if not html_dir.is_dir():
        raise UsageError(f"HTML folder {str(html_dir)!r} is not a folder; give the benchmark's html/ folder")
    if not cases:
        raise UsageError(f"ground truth {str(ground_truth)!r} has no pages")
    # A few missing pages are scored as empty predictions; none found means a wrong folder.
    if not any(case.html.is_file() for case in cases):
        raise UsageError(
            f"HTML folder {str(html_dir)!r} has none of the pages in {str(ground_truth)!r} "
            f"(looked for files like {cases[0].html.name}); give the benchmark's html/ folder"
        )


def _text(value: Any) -> str | None:
    """A ground-truth string field; None for missing, null or blank."""
    return value if isinstance(value, str) and value.strip() else None


def _snippets(value: Any) -> tuple[str, ...]:
    # A blank snippet can never be found or leaked: it is not a check.
    return tuple(s for s in value if isinstance(s, str) and s.strip()) if isinstance(value, list) else ()


def load_aeb(ground_truth: Path, html_dir: Path) -> list[AebCase]:
    """The cases of an AEB ``ground-truth.json``, in id order."""
    data = _read_json(ground_truth)
    if not isinstance(data, dict):
        raise UsageError(f"ground truth {str(ground_truth)!r} is not an AEB file; give {EXPECTED_LAYOUTS}")
    cases: list[AebCase] = []
    for page_id, entry in sorted(data.items()):
        if not isinstance(entry, dict):
            raise UsageError(f"ground truth {str(ground_truth)!r}: entry {page_id!r} is not an object")
        cases.append(
            AebCase(
                id=page_id,
                url=_text(entry.get("url")) or "",
                html=html_path(html_dir, page_id),
                body=entry.get("articleBody") or "",
            )
        )
    _check_html_dir(html_dir, list(cases), ground_truth)
    return cases


# Page types in the WCXB ground truth that name the same thing as articlepipe's.
_TYPE_ALIASES = {"category": "collection"}


def page_type_of(record: Any) -> str:
    """The page type a WCXB ground-truth record gives (``article`` when it gives none)."""
    internal = record.get("_internal") if isinstance(record, dict) else None
    page_type = internal.get("page_type") if isinstance(internal, dict) else None
    kind = page_type.get("primary") if isinstance(page_type, dict) else page_type
    kind = kind if isinstance(kind, str) and kind else "article"
    return _TYPE_ALIASES.get(kind, kind)


def load_wcxb(ground_truth: Path, html_dir: Path) -> list[WcxbCase]:
    """The cases of a WCXB ``ground-truth/`` folder, in file-name order."""
    cases: list[WcxbCase] = []
    for file in _wcxb_files(ground_truth):
        data = _read_json(file)
        truth = data.get("ground_truth") if isinstance(data, dict) else None
        if not isinstance(truth, dict):
            raise UsageError(f"ground truth {str(file)!r} has no ground_truth object; is it a WCXB file?")
        page_id = file.stem
        body = truth.get("main_content")
        cases.append(
            WcxbCase(
                id=page_id,
                url=_text(data.get("url")) or "",
                html=html_path(html_dir, page_id),
                title=_text(truth.get("title")),
                author=_text(truth.get("author")),
                publish_date=_text(truth.get("publish_date")),
                main_content=body if isinstance(body, str) else None,
                with_=_snippets(truth.get("with")),
                without=_snippets(truth.get("without")),
                page_type=page_type_of(data),
            )
        )
    _check_html_dir(html_dir, list(cases), ground_truth)
    return cases


# A development set is split in two by a fixed hash of each page's file name: rules and
# thresholds are chosen on the calibration half, the validation half is only measured.
HALVES: tuple[str, ...] = ("calibration", "validation")


def half(name: str) -> str:
    """The half a page belongs to, by a fixed hash of its file name (``0042.html.gz``)."""
    return HALVES[hashlib.blake2b(name.encode(), digest_size=8).digest()[0] % 2]


def load_cases(ground_truth: Path, html_dir: Path, only: str | None = None) -> tuple[Layout, list[Case]]:
    """Detect the layout of ``ground_truth`` and load its cases (``only``: those of one
    half, ``calibration`` or ``validation``)."""
    if only is not None and only not in HALVES:
        raise UsageError(f"a half is calibration or validation, not {only!r}")
    layout = detect_layout(ground_truth)
    cases: list[Case] = []
    cases.extend(load_aeb(ground_truth, html_dir) if layout == "aeb" else load_wcxb(ground_truth, html_dir))
    if only is not None:
        cases = [case for case in cases if half(case.html.name) == only]
    return layout, cases
