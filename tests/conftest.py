"""Shared test fixtures: paths to the bundled pages and small page factories."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from fetch_site import bare_site, other_site, site  # noqa: F401  (the test HTTP sites, fixtures for every test)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "html"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (ROOT / "fixtures" / "expected.json").read_text(encoding="utf-8")
)

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Test Site</title>
<link rel="canonical" href="https://test.example/{slug}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
<p>{sentence} The first paragraph of the story explains what happened and why it matters to readers.</p>
<p>The second paragraph adds detail, quotes a source who saw it, and gives the figures that were reported.</p>
<p>The third paragraph closes the story with what happens next and when the next meeting will be held.</p>
</article><footer>Copyright Test Site</footer></body></html>
"""


def article_html(
    title: str = "A headline for a test article", sentence: str = "", slug: str = "story"
) -> str:
    """A small, valid article page."""
    return ARTICLE_HTML.format(title=title, sentence=sentence, slug=slug)


@pytest.fixture
def good_pages(tmp_path: Path) -> Path:
    """A folder with only pages that extract cleanly (no expected failures), each its own
    article (the second page of one canonical URL is left out)."""
    folder = tmp_path / "good"
    folder.mkdir()
    for name, expectation in EXPECTED.items():
        if expectation["outcome"] != "failure" and "same_canonical_as" not in expectation:
            shutil.copy(FIXTURES / name, folder / name)
    return folder


@pytest.fixture
def many_pages(tmp_path: Path) -> Path:
    """A folder of 60 distinct generated article pages."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        html = article_html(
            title=f"Story number {i} about the harbour", sentence=f"Marker sentence {i}.", slug=f"s{i}"
        )
        (folder / f"page-{i:03d}.html").write_text(html, encoding="utf-8")
    return folder
