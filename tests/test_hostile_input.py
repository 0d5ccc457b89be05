"""Hostile pages: every one ends as an article or a failure with a reason, in bounded
time, and none takes the run down.

The fuzz test runs each generated or mutated page through the real worker path (a
process pool with the per-page timeout), so a page that hangs the extractor becomes a
``timeout`` failure rather than a hung test, and one that kills the process becomes
``worker-died``; that, and ``bug`` (an exception in articlepipe's code, which the
worker turns into a failure of its page), the test counts as a crash. ``make fuzz`` runs it with
ARTICLEPIPE_FUZZ_EXAMPLES=10000 and prints what came of the pages.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from pebble import ProcessPool

from articlepipe.clean.stage import Dropped, Signed
from articlepipe.cli import main
from articlepipe.config import Settings
from articlepipe.errors import UsageError
from articlepipe.models import Article, Failure, FailureStage, Page
from articlepipe.pipeline import extract_stage, page_worker, read_and_process, warm_up
from articlepipe.worker_processes import worker_context
from conftest import article_html
from hostile import any_page, fifty_megabytes, named_pages

EXAMPLES = int(os.environ.get("ARTICLEPIPE_FUZZ_EXAMPLES", "120"))
TIMEOUT = 10.0  # seconds per page in the fuzz test
STAGES = set(FailureStage.__args__)  # type: ignore[attr-defined]
OUTCOMES: Counter[str] = Counter()
SLOWEST: list[float] = [0.0]


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPool]:
    pool = ProcessPool(max_workers=1, context=worker_context(), initializer=warm_up)
    yield pool
    pool.stop()  # type: ignore[no-untyped-call]
    pool.join()
    if OUTCOMES:
        total = sum(OUTCOMES.values())
        print(f"\nfuzz: {total:,} pages; " + ", ".join(f"{k} {v:,}" for k, v in OUTCOMES.most_common()))
        print(f"fuzz: slowest page {SLOWEST[0]:.2f} s (timeout {TIMEOUT:g} s); crashes {OUTCOMES['crash']}")


WORKER = page_worker(Settings())  # as a run with the defaults extracts and cleans


@settings(
    max_examples=EXAMPLES,
    # The suite's slice is the same pages every run (a bug found fails the change that
    # made it, not a later one at random); make fuzz draws new ones.
    derandomize="ARTICLEPIPE_FUZZ_EXAMPLES" not in os.environ,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(body=any_page)
def test_fuzz_every_page_is_an_article_or_a_failure_with_a_reason(pool: ProcessPool, body: bytes) -> None:
    page = Page(url="https://fuzz.example/page", body=body, status=200, headers={"content-type": "text/html"})
    started = time.perf_counter()
    (record,) = list(extract_stage([page], workers=1, timeout=TIMEOUT, worker=WORKER, pool=pool))
    SLOWEST[0] = max(SLOWEST[0], time.perf_counter() - started)
    if isinstance(record, Failure):
        crashed = record.reason in ("worker-died", "bug")
        OUTCOMES["crash" if crashed else f"failure:{record.stage}:{record.reason}"] += 1
        assert not crashed, record.message
        assert record.reason != "timeout", "a page took 10 s: a hang or a quadratic path"
        assert record.stage in STAGES and record.reason and record.message
    else:
        assert isinstance(record, Article | Signed | Dropped), record
        OUTCOMES["dropped" if isinstance(record, Dropped) else "article"] += 1


def _run_folder(
    tmp_path: Path, pages: dict[str, bytes], *extra: str, keep_all: bool = True
) -> tuple[int, pd.DataFrame, pd.DataFrame]:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, body in pages.items():
        (folder / name).write_bytes(body)
    out = tmp_path / "out" / "articles.jsonl"
    options = ["--keep-all"] if keep_all else []
    code = main(["run", str(folder), "-o", str(out), "--workers", "2", *options, *extra])
    articles = pd.read_json(out, lines=True) if out.stat().st_size else pd.DataFrame({"url": []})
    failures_file = out.parent / "failures.jsonl"
    failures = (
        pd.read_json(failures_file, lines=True) if failures_file.stat().st_size else pd.DataFrame({"url": []})
    )
    return code, articles, failures


def test_each_named_hostile_page_is_accounted_for_and_none_crashes(tmp_path: Path) -> None:
    pages = named_pages()
    # libxml2 itself takes about 25 s to parse the page of 50,000 attributes here; a
    # generous timeout keeps a loaded machine from calling that a hang (a quadratic path
    # of ours would still blow it).
    code, articles, failures = _run_folder(tmp_path, pages, "--timeout", "120")
    assert code in (0, 1)
    names = sorted(Path(url).name for url in [*articles["url"], *failures["url"]])
    assert names == sorted(pages)  # each page exactly once
    reasons = dict(zip((Path(u).name for u in failures["url"]), failures["reason"], strict=True))
    assert not {"worker-died", "bug", "timeout"} & set(reasons.values()), reasons
    # Pages that hold an article give it, however they are wrapped.
    for name in (
        "nul-bytes.html",
        "invalid-utf8.html",
        "utf16-no-bom.html",
        "utf16-be-no-bom.html",
        "frameset.html",
        "huge-attribute.html",
        "many-attributes.html",
        "tiny-text-nodes.html",
        "many-bold-words.html",
        "script-closing-in-strings.html",
        "mixed-encodings.html",
    ):
        assert name not in reasons, (name, reasons.get(name))
    texts = dict(zip((Path(u).name for u in articles["url"]), articles["text"], strict=True))
    assert "not text" not in texts["script-closing-in-strings.html"]
    assert "council" in texts["nul-bytes.html"] and "\x00" not in texts["nul-bytes.html"]
    assert reasons["empty.html"] == "empty" and reasons["null-only.html"] == "binary"


def test_with_the_defaults_every_hostile_page_ends_in_exactly_one_file(tmp_path: Path) -> None:
    # Before, pages the filters dropped were counted and written nowhere: now each is in
    # the rejected file, with the reason and the value behind it.
    pages = named_pages()
    pages["repetitive.html"] = article_html(
        sentence="Buy cheap pills now, best prices online. " * 60
    ).encode()
    code, articles, failures = _run_folder(tmp_path, pages, "--timeout", "120", keep_all=False)
    assert code in (0, 1)
    rejected_file = tmp_path / "out" / "rejected.jsonl"
    rejected = (
        pd.read_json(rejected_file, lines=True) if rejected_file.stat().st_size else pd.DataFrame({"url": []})
    )
    names = sorted(Path(url).name for url in [*articles["url"], *failures["url"], *rejected["url"]])
    assert names == sorted(pages)  # each page exactly once, none only counted
    why = dict(zip((Path(u).name for u in rejected["url"]), rejected["rejected_for"], strict=True))
    assert why["repetitive.html"] == "repetitive"
    assert all(rejected["rejected_detail"].str.len() > 0)
    stats = json.loads((tmp_path / "out" / "run.json").read_text())
    assert stats["pages"] == len(pages) == stats["written"] + stats["failures"] + stats["dropped"]


@pytest.mark.slow
def test_a_fifty_megabyte_page_gives_its_article(tmp_path: Path) -> None:
    # About 12 s to extract here (32 s before the repeated-block rule went linear); the
    # generous timeout keeps a loaded machine from turning it into a timeout.
    code, articles, failures = _run_folder(tmp_path, {"fifty.html": fifty_megabytes()}, "--timeout", "120")
    assert code == 0 and len(failures) == 0 and len(articles) == 1
    assert articles["word_count"][0] > 1_000_000


@pytest.mark.parametrize(
    "html",
    [
        b"<link rel=canonical href=a://[>",  # found by make fuzz: urllib raised on it
        b"<html><body><article><h1>Story</h1><p>Text of the story.</p><p>Also check</p><ul>"
        b'<li><a href="http://[x/y">A related story</a></li></ul></article></body></html>',
    ],
)
def test_malformed_urls_in_a_page_do_not_fail_it(html: bytes) -> None:
    page = Page(url="https://news.example/a", body=html, status=200)
    assert isinstance(read_and_process(page, 1 << 20), Article | Dropped)


def test_a_bug_met_on_one_page_fails_that_page_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(page: Page, rules: object = ()) -> Article:
        raise KeyError("something no one expected")

    monkeypatch.setattr("articlepipe.extract.dispatch.process_page", broken)
    result = read_and_process(Page(url="https://news.example/a", body=b"<p>x</p>", status=200), 1 << 20)
    assert isinstance(result, Failure) and result.reason == "bug" and result.stage == "extract"
    assert "KeyError" in result.message and "something no one expected" in result.message
    assert "Traceback" in result.message  # where it happened, for the report


def test_workers_that_cannot_start_end_the_run_with_a_message() -> None:
    pool = ProcessPool(max_workers=1, context=worker_context(), initializer=partial(os._exit, 3))
    pages = [Page(url=f"https://news.example/{n}", body=b"<p>x</p>", status=200) for n in range(3)]
    try:
        with pytest.raises(UsageError, match="extraction processes could not start") as caught:
            list(extract_stage(pages, workers=1, timeout=5, worker=WORKER, pool=pool))
        assert "()" not in str(caught.value) and ": )" not in str(caught.value)
    finally:
        pool.stop()  # type: ignore[no-untyped-call]
        pool.join()
