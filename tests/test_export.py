"""Every export format: round trip, schema, streaming row groups and atomic publication."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlepipe.export.formats import open_writer
from articlepipe.export.reader import read
from articlepipe.export.schema import ARTICLE_SCHEMA
from articlepipe.models import ARTICLE_FIELDS, Article, RelatedLink, RemovedBlock
from test_models import make_article

FORMATS = {"parquet": ".parquet", "jsonl": ".jsonl", "json": ".json", "csv": ".csv"}


def sample_articles() -> list[Article]:
    tricky = 'Line one, with "quotes"\nand a second line; tab\there — ünïcødé 中文 🎉'
    return [
        make_article(id="1"),
        make_article(
            id="2",
            title=tricky,
            text=tricky + "\n\n" + tricky,
            authors=(),
            tags=(),
            related=(),
            removed=(),
            published=None,
            disclaimer="Not medical advice.",
            duplicate_of="1",
            http_status=None,
            is_article=False,
            word_count=0,
        ),
        make_article(
            id="3",
            description="",
            related=(RelatedLink("A, B", "https://x.example/?a=1&b=2"), RelatedLink("C", "/c")),
            removed=(RemovedBlock("also-check", "Also check"),),
        ),
    ]


def write_all(path: Path, fmt: str, articles: list[Article], row_group_size: int = 1000) -> None:
    with open_writer(path, fmt, row_group_size) as writer:
        for article in articles:
            writer.write(article)


def expected_frame(articles: list[Article]) -> pd.DataFrame:
    return pd.DataFrame([a.to_record() for a in articles], columns=list(ARTICLE_FIELDS))


def assert_same_records(frame: pd.DataFrame, articles: list[Article]) -> None:
    assert list(frame.columns) == list(ARTICLE_FIELDS)
    assert len(frame) == len(articles)
    for row, article in zip(frame.to_dict("records"), articles, strict=True):
        record = article.to_record()
        for name in ARTICLE_FIELDS:
            got, want = row[name], record[name]
            if want is None:
                assert pd.isna(got), name
            else:
                assert got == want, name


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_through_articlepipe_read(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out{FORMATS[fmt]}"
    articles = sample_articles()
    write_all(path, fmt, articles)
    frame = read(path)
    assert_same_records(frame, articles)
    assert frame["word_count"].dtype == "int64"
    assert frame["is_article"].dtype == "bool"


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
@pytest.mark.parametrize("fmt", FORMATS)
def test_files_get_the_mode_the_users_umask_gives(tmp_path: Path, fmt: str, umask: int, mode: int) -> None:
    path = tmp_path / f"out{FORMATS[fmt]}"
    previous = os.umask(umask)
    try:
        write_all(path, fmt, sample_articles())
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == mode
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_of_an_empty_run(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out{FORMATS[fmt]}"
    write_all(path, fmt, [])
    frame = read(path)
    assert list(frame.columns) == list(ARTICLE_FIELDS)
    assert len(frame) == 0


def test_parquet_carries_exactly_the_declared_schema(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    write_all(path, "parquet", sample_articles())
    assert pq.read_schema(path).remove_metadata().equals(ARTICLE_SCHEMA)
    table = pq.read_table(path)
    assert table.schema.remove_metadata().equals(ARTICLE_SCHEMA)
    assert table.column("related").to_pylist()[2] == [
        {"title": "A, B", "url": "https://x.example/?a=1&b=2"},
        {"title": "C", "url": "/c"},
    ]


def test_parquet_is_written_in_row_groups_as_records_arrive(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    articles = [make_article(id=str(i)) for i in range(10)]
    write_all(path, "parquet", articles, row_group_size=3)
    meta = pq.ParquetFile(path).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [3, 3, 3, 1]
    assert read(path)["id"].tolist() == [str(i) for i in range(10)]


def test_other_readers_see_the_same_rows(tmp_path: Path) -> None:
    articles = sample_articles()
    parquet, jsonl, csv_path = tmp_path / "a.parquet", tmp_path / "a.jsonl", tmp_path / "a.csv"
    write_all(parquet, "parquet", articles)
    write_all(jsonl, "jsonl", articles)
    write_all(csv_path, "csv", articles)
    assert pd.read_parquet(parquet)["title"].tolist() == [a.title for a in articles]
    assert pd.read_json(jsonl, lines=True, dtype=False)["id"].astype(str).tolist() == ["1", "2", "3"]
    assert pd.read_csv(csv_path, dtype=str, keep_default_na=False)["title"].tolist() == [
        a.title for a in articles
    ]
    assert pl.read_parquet(parquet)["authors"].to_list()[0] == ["A", "B"]
    assert pl.read_ndjson(jsonl).height == 3
    relation = duckdb.sql(f"select count(*), sum(word_count) from read_parquet('{parquet}')")
    assert relation is not None
    rows = relation.fetchall()
    assert rows == [(3, sum(a.word_count for a in articles))]


text_values = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=60
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=text_values,
    text=text_values,
    authors=st.lists(text_values, max_size=3),
    disclaimer=st.one_of(st.none(), text_values.filter(bool)),
)
def test_any_text_survives_every_format(
    tmp_path: Path, title: str, text: str, authors: list[str], disclaimer: str | None
) -> None:
    article = replace(make_article(), title=title, text=text, authors=tuple(authors), disclaimer=disclaimer)
    for fmt, suffix in FORMATS.items():
        path = tmp_path / f"prop{suffix}"
        write_all(path, fmt, [article])
        assert_same_records(read(path), [article])


def test_an_error_while_writing_leaves_no_file(tmp_path: Path) -> None:
    for fmt, suffix in FORMATS.items():
        path = tmp_path / f"out{suffix}"
        with pytest.raises(RuntimeError), open_writer(path, fmt) as writer:
            writer.write(make_article())
            raise RuntimeError("boom")
        assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rewrite_keeps_the_previous_complete_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write_all(path, "jsonl", sample_articles())
    before = path.read_bytes()
    with pytest.raises(RuntimeError), open_writer(path, "jsonl") as writer:
        writer.write(make_article(id="new"))
        raise RuntimeError("boom")
    assert path.read_bytes() == before


WRITER_SCRIPT = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from test_models import make_article
    from articlepipe.export.formats import open_writer
    with open_writer({path!r}, {fmt!r}, row_group_size=2) as writer:
        for i in range(100000):
            writer.write(make_article(id=str(i), text="x " * 500))
            if i == 20:
                print("writing", flush=True)
            time.sleep(0.001)
    """
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_killing_the_writer_mid_file_leaves_nothing_under_the_final_name(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out{FORMATS[fmt]}"
    script = WRITER_SCRIPT.format(tests=str(Path(__file__).parent), path=str(path), fmt=fmt)
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "writing\n"
        time.sleep(0.2)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert not path.exists()
    leftovers = list(tmp_path.iterdir())
    assert len(leftovers) == 1 and leftovers[0].name.startswith(f".{path.name}.")
    assert leftovers[0].stat().st_size > 0, "the kill really happened mid-write"
