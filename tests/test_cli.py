from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from articlepipe.cli import main
from articlepipe.export.reader import read
from conftest import EXPECTED, FIXTURES, article_html

BIN = Path(sys.executable).parent


def test_help_on_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    top = capsys.readouterr().out
    assert "run" in top and "extract" in top
    for command in ("run", "extract"):
        assert main([command, "--help"]) == 0
        text = capsys.readouterr().out
        assert "Examples:" in text
        assert f"articlepipe {command}" in text


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "articlepipe, version" in capsys.readouterr().out


def test_run_on_the_bundled_fixtures_exits_1_for_the_broken_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "articles.parquet"
    assert main(["run", str(FIXTURES), "-o", str(out), "--workers", "2"]) == 1
    text = capsys.readouterr().out
    outcomes = Counter(e["outcome"] for e in EXPECTED.values())
    pages, failed = len(EXPECTED), outcomes["failure"]
    types = Counter(e["page_type"] for e in EXPECTED.values() if e["outcome"] == "not_article")
    copies = sum(1 for e in EXPECTED.values() if "same_canonical_as" in e)
    # By default the cleaning stage drops the pages that are not articles and the second
    # page of one canonical URL, and says why and where.
    rows, dropped = outcomes["article"] - copies, outcomes["not_article"] + copies
    assert (
        f"{pages} pages read, {rows} rows written ({rows} articles, 0 not articles), "
        f"{dropped} dropped, {failed} failures"
    ) in text
    reasons = ", ".join(f"page-type:{kind} {n}" for kind, n in sorted(types.items()))
    assert f"dropped:  {tmp_path / 'rejected.jsonl'} ({reasons}, same-url {copies})" in text
    rejected = [json.loads(line) for line in (tmp_path / "rejected.jsonl").read_text().splitlines()]
    assert len(rejected) == dropped and all(r["rejected_detail"] for r in rejected)
    assert "decode:binary 1, read:empty 1" in text
    assert len(read(out)) == rows
    assert len((tmp_path / "failures.jsonl").read_text().splitlines()) == failed
    assert json.loads((tmp_path / "run.json").read_text())["pages"] == pages


def test_run_with_only_good_pages_exits_0(tmp_path: Path, good_pages: Path) -> None:
    assert main(["run", str(good_pages), "-o", str(tmp_path / "o.csv")]) == 0
    assert (tmp_path / "o.csv").exists()
    assert (tmp_path / "failures.jsonl").read_text() == ""


def test_format_flag_overrides_the_extension(tmp_path: Path, good_pages: Path) -> None:
    out = tmp_path / "corpus.data"
    assert main(["run", str(good_pages), "-o", str(out), "--format", "jsonl", "--keep-all"]) == 0
    assert len(read(out, "jsonl")) == len(list(good_pages.iterdir()))


def test_config_file_and_flags(tmp_path: Path, good_pages: Path) -> None:
    config = tmp_path / "job.toml"
    config.write_text(f'sources = ["{good_pages}"]\noutput = "from-config.jsonl"\nworkers = 1\n')
    assert main(["run", "--config", str(config)]) == 0
    assert (tmp_path / "from-config.jsonl").exists()
    assert main(["run", "--config", str(config), "-o", str(tmp_path / "flag.json")]) == 0
    assert (tmp_path / "flag.json").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "/no/such/folder", "-o", "{tmp}/o.jsonl"], "input '/no/such/folder' does not exist"),
        (["run", "{fixtures}", "-o", "{tmp}/blocker/o.jsonl"], "cannot create output folder"),
        (["run", "{fixtures}", "-o", "{tmp}/o.xyz"], "cannot tell the output format"),
        (["run", "{fixtures}", "-o", "{tmp}/o.jsonl", "--workers", "0"], "workers must be a whole number"),
        (["run", "{fixtures}", "--workers", "two"], "'two' is not a valid integer"),
        (["run", "{fixtures}", "--format", "xml"], "'xml' is not one of"),
        (["run", "--config", "{tmp}/bad.toml"], "unknown key 'colour'"),
        (["run", "--config", "{tmp}/missing.toml"], "does not exist"),
        (["run", "-o", "{tmp}/o.jsonl"], "no sources given"),
        (["extract", "{tmp}/missing.html"], "is not a file"),
        (["frobnicate"], "No such command"),
    ],
)
def test_usage_errors_exit_2_with_one_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (tmp_path / "blocker").write_text("a file where a folder should be")
    (tmp_path / "bad.toml").write_text('colour = "blue"\n')
    argv = [a.format(tmp=tmp_path, fixtures=FIXTURES) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_extract_prints_json_text_or_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    page = str(FIXTURES / "blog.quietbits.dev.sqlite-wal-notes.html")
    assert main(["extract", page]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["title"] == "What I learned turning on SQLite WAL mode in production"
    assert record["is_article"] is True
    assert main(["extract", page, "--format", "text"]) == 0
    assert "Our job queue has lived in a single SQLite file" in capsys.readouterr().out
    assert main(["extract", page, "--format", "markdown"]) == 0
    assert "## What broke" in capsys.readouterr().out


def test_extract_from_stdin_with_a_url(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(article_html(slug="x").encode())))
    assert main(["extract", "-", "--url", "https://test.example/print/x"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["url"] == "https://test.example/print/x"
    assert record["canonical_url"] == "https://test.example/x"
    assert record["hostname"] == "test.example"


def test_extract_of_a_bad_file_exits_1_and_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(FIXTURES / "empty.example.org.zero-byte-page.html")]) == 1
    err = capsys.readouterr().err
    assert "the file is empty (read:empty)" in err
    assert main(["extract", str(FIXTURES / "cdn.example-images.com.hero-image-saved-as-page.html")]) == 1
    assert "PNG image" in capsys.readouterr().err


def test_console_script_logs_plain_lines_when_not_a_terminal(tmp_path: Path, good_pages: Path) -> None:
    proc = subprocess.run(
        [str(BIN / "articlepipe"), "run", str(good_pages), "-o", str(tmp_path / "o.parquet"), "--keep-all"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    good = len(list(good_pages.iterdir()))
    assert proc.stdout.startswith(f"articlepipe: {good} pages read, {good} rows written")
    assert "\x1b[" not in proc.stdout + proc.stderr, "no terminal control codes in logs"
    module = subprocess.run(
        [sys.executable, "-m", "articlepipe", "--version"], capture_output=True, text=True, check=False
    )
    assert module.returncode == 0 and "version" in module.stdout


def test_a_runaway_page_times_out_end_to_end(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a-normal.html").write_text(article_html())
    paragraph = "<p>" + "word " * 60 + "</p>"
    (pages / "b-huge.html").write_text(
        "<html><body><article>" + paragraph * 60000 + "</article></body></html>"
    )
    (pages / "c-normal.html").write_text(article_html(slug="c"))
    out = tmp_path / "o.jsonl"
    assert main(["run", str(pages), "-o", str(out), "--timeout", "0.5", "--workers", "2", "--keep-all"]) == 1
    assert len(read(out)) == 2
    failure = json.loads((tmp_path / "failures.jsonl").read_text())
    assert (failure["stage"], failure["reason"]) == ("extract", "timeout")
    assert failure["url"].endswith("/b-huge.html")


def test_killing_a_run_leaves_no_output_under_the_final_name(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3000):
        (pages / f"p{i:05d}.html").write_text(article_html(title=f"Story {i} of the kill test", slug=f"k{i}"))
    out_dir = tmp_path / "out"
    command = [str(BIN / "articlepipe"), "run", str(pages), "-o", str(out_dir / "articles.parquet")]
    command += ["--workers", "1", "--row-group-size", "10", "--keep-all"]
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    ) as proc:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            temps = list(out_dir.glob(".articles.parquet.*.tmp")) if out_dir.exists() else []
            if temps and temps[0].stat().st_size > 4096:  # some row groups are on disk
                break
            time.sleep(0.05)
        else:
            pytest.fail("the run never started writing")
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert not (out_dir / "articles.parquet").exists()
    assert not (out_dir / "failures.jsonl").exists()
    assert not (out_dir / "run.json").exists()
