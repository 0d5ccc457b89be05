from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import articlepipe
from articlepipe.config import Settings
from articlepipe.errors import ConfigError, InputError, OutputError, UsageError
from articlepipe.export.reader import read
from articlepipe.models import Article, Failure, Page
from articlepipe.pipeline import IN_FLIGHT_PER_WORKER, extract_stage, run
from articlepipe.worker_processes import worker_context
from conftest import article_html
from pool_workers import die_or_extract, hang_or_extract, parent_pid, slow_then_extract


def pages(n: int, names: dict[int, str] | None = None) -> list[Page]:
    out = []
    for i in range(n):
        name = (names or {}).get(i, f"page-{i}")
        html = article_html(title=f"Headline {i} for the pipeline test", sentence=f"Marker {i}.", slug=name)
        out.append(
            Page(url=f"https://t.example/{name}", body=html.encode(), fetched_at="2024-01-01T00:00:00+00:00")
        )
    return out


def test_results_come_back_in_input_order_with_two_workers() -> None:
    items = pages(12)
    results = list(extract_stage(items, workers=2, timeout=30, worker=slow_then_extract))
    assert all(isinstance(r, Article) for r in results)
    assert [r.url for r in results] == [p.url for p in items]
    assert all(f"Marker {i}." in r.text for i, r in enumerate(results) if isinstance(r, Article))


def test_failures_pass_through_in_place() -> None:
    items: list[Page | Failure] = list(pages(3))
    items.insert(
        1, Failure(url="file:///bad.html", stage="read", reason="empty", message="the file is empty")
    )
    results = list(extract_stage(items, workers=2, timeout=30))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article", "Article"]
    assert results[1] is items[1]


def test_a_hanging_page_times_out_and_the_rest_goes_on() -> None:
    items = pages(6, {2: "hang-page"})
    results = list(extract_stage(items, workers=2, timeout=2, worker=hang_or_extract))
    assert [r.url for r in results] == [p.url for p in items]
    failure = results[2]
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.reason) == ("extract", "timeout")
    assert "2 s" in failure.message
    assert all(isinstance(r, Article) for i, r in enumerate(results) if i != 2)


def test_a_page_that_kills_its_worker_is_a_failure_and_the_pool_recovers() -> None:
    items = pages(5, {1: "die-page"})
    results = list(extract_stage(items, workers=2, timeout=30, worker=die_or_extract))
    assert isinstance(results[1], Failure)
    assert (results[1].stage, results[1].reason) == ("extract", "worker-died")
    assert all(isinstance(r, Article) for i, r in enumerate(results) if i != 1)


def most_pages_ahead(count: int) -> int:
    """Drain extract_stage over ``count`` pages; the most pages it pulled before they were yielded."""
    pulled = consumed = most_ahead = 0

    def source() -> Iterator[Page]:
        nonlocal pulled, most_ahead
        for page in pages(count):
            pulled += 1
            most_ahead = max(most_ahead, pulled - consumed)
            yield page

    for _ in extract_stage(source(), workers=2, timeout=30):
        consumed += 1
    assert consumed == count
    return most_ahead


def test_in_flight_work_is_bounded() -> None:
    assert most_pages_ahead(80) <= 2 * IN_FLIGHT_PER_WORKER + 1


def test_huge_pages_are_not_queued_beyond_the_byte_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("articlepipe.pipeline.IN_FLIGHT_BYTES", 3_000)
    # each page is about 700 bytes, so 4 or 5 fit the budget (plus the one being pulled)
    assert most_pages_ahead(12) <= 6


def test_run_writes_articles_failures_and_statistics(tmp_path: Path, good_pages: Path) -> None:
    (good_pages / "zz-empty.html").write_bytes(b"")
    out = tmp_path / "out" / "articles.jsonl"
    stats = run(Settings(sources=(str(good_pages),), output=str(out), workers=2, quality=False, dedup="off"))
    names = sorted(p.name for p in good_pages.iterdir())
    frame = read(out)
    assert len(frame) == len(names) - 1 == stats.written
    assert [u.rsplit("/", 1)[1] for u in frame["url"]] == [n for n in names if n != "zz-empty.html"]
    failures = [json.loads(line) for line in (out.parent / "failures.jsonl").read_text().splitlines()]
    assert [(f["stage"], f["reason"]) for f in failures] == [("read", "empty")]
    assert failures[0]["url"].endswith("/zz-empty.html")
    summary = json.loads((out.parent / "run.json").read_text())
    assert summary["pages"] == len(names) == stats.pages
    assert summary["failures"] == 1
    assert summary["failures_by_reason"] == {"read:empty": 1}
    assert summary["not_articles"] == int((~frame["is_article"]).sum()) == stats.not_articles
    assert summary["written"] == stats.written
    assert summary["words"] == int(frame["word_count"].sum())
    assert summary["format"] == "jsonl"


def test_run_is_deterministic(tmp_path: Path, many_pages: Path) -> None:
    first, second = tmp_path / "a" / "o.parquet", tmp_path / "b" / "o.parquet"
    run(Settings(sources=(str(many_pages),), output=str(first), workers=2))
    run(Settings(sources=(str(many_pages),), output=str(second), workers=1))
    assert read(first).equals(read(second))


def test_unusable_inputs_and_outputs_stop_the_run_before_it_starts(tmp_path: Path, many_pages: Path) -> None:
    with pytest.raises(UsageError, match="no sources"):
        run(Settings(output=str(tmp_path / "o.jsonl")))
    with pytest.raises(InputError, match="does not exist"):
        run(Settings(sources=(str(tmp_path / "missing"),), output=str(tmp_path / "o.jsonl")))
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot create output folder"):
        run(Settings(sources=(str(many_pages),), output=str(blocker / "sub" / "o.jsonl")))
    # A folder is a dataset folder (an incremental run), which holds parquet or jsonl parts.
    (tmp_path / "adir").mkdir()
    with pytest.raises(OutputError, match="parquet or jsonl parts"):
        run(Settings(sources=(str(many_pages),), output=str(tmp_path / "adir"), format="csv"))
    # ... and a folder named like a file is most likely a mistake.
    (tmp_path / "adir.csv").mkdir()
    with pytest.raises(ConfigError, match=r"is a folder, though its name ends in \.csv"):
        run(Settings(sources=(str(many_pages),), output=str(tmp_path / "adir.csv"), format="csv"))


def test_extraction_workers_preload_the_extractor_and_model_but_not_the_export_stack() -> None:
    # Workers fork from a server that imported ``articlepipe.preload``: the extractor and
    # the language model load there once. pandas and pyarrow would add ~0.5 s and
    # datasketch with scipy about 55 MB to it for nothing: the workers make signatures
    # with numpy alone, and never write.
    code = (
        "import sys, articlepipe.pipeline as p\n"
        "p.warm_up()\n"
        "from articlepipe.clean import language\n"
        "print(language._identifier.cache_info().currsize, 'trafilatura' in sys.modules)\n"
        "print(sorted({'pandas', 'pyarrow', 'datasketch', 'scipy'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["1 True", "[]"]


def test_workers_fork_from_the_preloading_server() -> None:
    context = worker_context()
    assert context.get_start_method() == "forkserver"  # Linux, where the suite runs
    items = [Page(url=f"https://t.example/{i}", body=b"") for i in range(4)]
    results = list(extract_stage(items, workers=2, timeout=30, worker=parent_pid))
    pids = {r.message for r in results if isinstance(r, Failure)}
    assert len(results) == 4 and len(pids) == 1 and pids != {str(os.getpid())}  # the fork server's


def test_the_package_still_re_exports_its_public_api() -> None:
    for name in articlepipe.__all__:
        assert getattr(articlepipe, name) is not None
    with pytest.raises(AttributeError):
        _ = articlepipe.no_such_name


def test_parent_process_does_not_load_extractor_or_pyarrow() -> None:
    # Spawned workers re-import the parent's entry module, so anything the CLI imports
    # eagerly is paid once per worker: trafilatura and pyarrow must load only where used.
    code = (
        "import sys, articlepipe.cli, articlepipe.pipeline\n"
        "heavy = sorted(m for m in ('trafilatura', 'pyarrow', 'pandas') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_workers_read_listed_files_and_turn_read_errors_into_failures(tmp_path: Path) -> None:
    from functools import partial

    from articlepipe.pipeline import read_and_process
    from articlepipe.sources.local import iter_local_files

    (tmp_path / "1.html").write_text(article_html(title="A listed page read by its worker"))
    (tmp_path / "2.html.gz").write_bytes(b"not gzip at all")
    (tmp_path / "3.html").write_bytes(b"  ")
    worker = partial(read_and_process, max_bytes=1024 * 1024)
    listed = iter_local_files([str(tmp_path)], 1024 * 1024)
    results = list(extract_stage(listed, workers=2, timeout=30, worker=worker))
    assert isinstance(results[0], Article) and results[0].title == "A listed page read by its worker"
    assert [r.reason for r in results[1:] if isinstance(r, Failure)] == ["corrupt-gzip", "empty"]
    assert [r.url for r in results] == [
        (tmp_path / n).absolute().as_uri() for n in ("1.html", "2.html.gz", "3.html")
    ]


# Every page on record, one row per article ------------------------------------------


def _names(path: Path, key: str = "url") -> list[str]:
    if not path.exists() or not path.stat().st_size:
        return []
    return [Path(json.loads(line)[key]).name for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_page_ends_in_the_output_the_failures_or_the_rejected_file_by_default(tmp_path: Path) -> None:
    from conftest import EXPECTED, FIXTURES

    out = tmp_path / "out" / "articles.jsonl"
    stats = run(Settings(sources=(str(FIXTURES),), output=str(out), workers=2))
    rejected = out.parent / "rejected.jsonl"
    written, failed, dropped = _names(out), _names(out.parent / "failures.jsonl"), _names(rejected)
    assert sorted(written + failed + dropped) == sorted(EXPECTED)  # each page exactly once
    records = [json.loads(line) for line in rejected.read_text(encoding="utf-8").splitlines()]
    assert all(r["rejected_for"] and r["rejected_detail"] for r in records)
    by_reason = {Path(r["url"]).name: r["rejected_for"] for r in records}
    for name, expectation in EXPECTED.items():
        if expectation["outcome"] == "not_article":
            assert by_reason[name] == f"page-type:{expectation['page_type']}"
    summary = json.loads((out.parent / "run.json").read_text())
    assert summary["rejected_file"] == str(rejected) == stats.rejected_file
    assert summary["pages"] == summary["written"] + summary["failures"] + summary["dropped"]
    assert summary["dropped"] == len(records)


def test_the_rejected_file_can_be_moved_or_left_out(tmp_path: Path, good_pages: Path) -> None:
    elsewhere = tmp_path / "audit" / "dropped.jsonl"
    elsewhere.parent.mkdir()
    stats = run(
        Settings(sources=(str(good_pages),), output=str(tmp_path / "a" / "o.jsonl"), rejected=str(elsewhere))
    )
    assert stats.dropped and len(_names(elsewhere)) == stats.dropped
    assert not (tmp_path / "a" / "rejected.jsonl").exists()
    stats = run(Settings(sources=(str(good_pages),), output=str(tmp_path / "b" / "o.jsonl"), rejected="none"))
    assert stats.dropped and stats.rejected_file is None
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [
        "failures.jsonl",
        "o.jsonl",
        "report.html",
        "run.json",
    ]


def _one_article_two_urls(folder: Path) -> None:
    folder.mkdir()
    link = '<link rel="canonical" href="https://news.example/story">'
    first = article_html(title="The harbour reopens after the storm", sentence="Boats were back by noon.")
    (folder / "a.html").write_text(
        first.replace('<link rel="canonical" href="https://test.example/story">', link)
    )
    print_version = first.replace(
        "Boats were back by noon.", "Boats were back by noon, the print edition says."
    )
    (folder / "b.html").write_text(
        print_version.replace('<link rel="canonical" href="https://test.example/story">', link)
    )


@pytest.mark.parametrize(("dedup", "rows", "flagged"), [("drop", 1, 0), ("flag", 2, 1), ("off", 2, 0)])
def test_two_pages_of_one_canonical_url_give_one_row(
    tmp_path: Path, dedup: str, rows: int, flagged: int
) -> None:
    pages_dir = tmp_path / "pages"
    _one_article_two_urls(pages_dir)
    out = tmp_path / "out" / "articles.jsonl"
    run(Settings(sources=(str(pages_dir),), output=str(out), dedup=dedup, min_words=10))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == rows
    assert sum(1 for r in records if r["duplicate_of"] == r["id"]) == flagged
    dropped = [json.loads(line) for line in (out.parent / "rejected.jsonl").read_text().splitlines()]
    assert [(Path(r["url"]).name, r["rejected_for"]) for r in dropped] == (
        [("b.html", "same-url")] if dedup == "drop" else []
    )


def test_page_types_choose_what_a_run_keeps(tmp_path: Path) -> None:
    from conftest import EXPECTED, FIXTURES

    listings = {n for n, e in EXPECTED.items() if e.get("page_type") == "listing"}
    out = tmp_path / "out" / "articles.jsonl"
    run(Settings(sources=(str(FIXTURES),), output=str(out), page_types=("article", "listing")))
    kept = {
        Path(json.loads(line)["url"]).name: json.loads(line)["page_type"]
        for line in out.read_text().splitlines()
    }
    assert listings <= set(kept) and {kept[n] for n in listings} == {"listing"}
    assert not any(e.get("page_type") == "error" and n in kept for n, e in EXPECTED.items())


def test_a_rejected_file_that_is_another_output_or_cannot_be_written_stops_the_run_first(
    tmp_path: Path, good_pages: Path
) -> None:
    from articlepipe.cli import main

    out = tmp_path / "out"
    # The default next to an output named rejected.jsonl, and --rejected naming the output.
    assert main(["run", str(good_pages), "-o", str(out / "rejected.jsonl")]) == 2
    assert main(["run", str(good_pages), "-o", str(out / "a.jsonl"), "--rejected", str(out / "a.jsonl")]) == 2
    assert (
        main(
            [
                "run",
                str(good_pages),
                "-o",
                str(out / "b.jsonl"),
                "--rejected",
                str(tmp_path / "no" / "r.jsonl"),
            ]
        )
        == 2
    )
    assert not any(p.suffix == ".jsonl" for p in out.iterdir())  # nothing was written


def test_with_the_rejected_file_off_an_earlier_runs_is_not_left_to_be_read_as_this_ones(
    tmp_path: Path, good_pages: Path
) -> None:
    out = tmp_path / "o.jsonl"
    run(Settings(sources=(str(good_pages),), output=str(out)))
    assert (tmp_path / "rejected.jsonl").stat().st_size
    run(Settings(sources=(str(good_pages),), output=str(out), rejected="none"))
    assert not (tmp_path / "rejected.jsonl").exists()


def test_a_rejected_file_must_be_jsonl_outside_the_dataset_and_no_folder(
    tmp_path: Path, good_pages: Path
) -> None:
    from articlepipe.cli import main

    page = next(good_pages.iterdir())
    before = page.read_bytes()
    # A typo cannot overwrite an input page, a state store or a part.
    assert main(["run", str(page), "-o", str(tmp_path / "o.jsonl"), "--rejected", str(page)]) == 2
    assert page.read_bytes() == before
    folder = tmp_path / "a-folder.jsonl"
    folder.mkdir()
    assert main(["run", str(good_pages), "-o", str(tmp_path / "o.jsonl"), "--rejected", str(folder)]) == 2
    corpus = tmp_path / "corpus"
    assert main(["run", str(good_pages), "-o", f"{corpus}/", "--rejected", str(corpus / "mine.jsonl")]) == 2
    # Refused before the run began: the first run that does start is run 1.
    assert main(["run", str(good_pages), "-o", f"{corpus}/"]) == 0
    assert [p.name for p in sorted(corpus.glob("part-*"))] == ["part-000001-0000.parquet"]
