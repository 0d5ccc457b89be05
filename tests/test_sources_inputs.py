"""Telling a run's sources apart: URLs, URL lists, local pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from articlepipe.errors import InputError
from articlepipe.sources.inputs import is_url_list, split_sources


def test_sources_are_sorted_by_kind_in_the_order_given(tmp_path: Path) -> None:
    listed = tmp_path / "today.txt"
    listed.write_text("# picked\n\nhttps://example.org/a\nhttp://example.com/b  the lead\n")
    dump = tmp_path / "dump.txt"
    dump.write_text("Ketamine for depression\n\nA new study shows https://example.org is cited.\n")
    named = tmp_path / "sites.urls"
    named.write_text("")
    inputs = split_sources(
        ["https://example.org/sitemap.xml", str(listed), "-", str(dump), "HTTP://Example.com/", str(named)]
    )
    assert inputs.urls == ("https://example.org/sitemap.xml", "HTTP://Example.com/")
    assert inputs.lists == (str(listed), "-", str(named))
    assert inputs.local == (str(dump),)
    assert inputs.remote


def test_a_text_page_that_starts_with_a_url_is_not_a_url_list(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("https://example.org/source\nThe article text follows on this line.\n")
    assert not is_url_list(page)
    assert not is_url_list(tmp_path / "missing.txt")
    assert not split_sources([str(tmp_path)]).remote


def test_other_schemes_are_refused_by_name() -> None:
    with pytest.raises(InputError, match="ftp:// URL; articlepipe fetches http and https URLs only"):
        split_sources(["ftp://example.org/list.txt"])
