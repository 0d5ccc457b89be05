"""No traceback, ever: every bad input a new user meets gives an exit code and a message
that names the path, line or flag, for every command; outputs a team can share."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlepipe.cli import main
from articlepipe.config import load_settings
from articlepipe.errors import ConfigError
from articlepipe.models import Failure
from articlepipe.report import RunStats
from articlepipe.sources.urls import parse_url_list
from conftest import article_html
from hostile import named_pages

Setup = Callable[[Path], None]


# Two stories different enough not to be near-duplicates of each other.
_STORIES = (
    "The ferry crews walked out at dawn over a pay offer, and the island's shops ran short of "
    "milk, bread and newspapers by noon while the talks went on in a hotel near the pier.",
    "A volunteer group counted nine hundred seabirds on the northern cliffs this spring, twice "
    "last year's figure, and credits the removal of rats from the two smaller islands.",
    "The old lighthouse keeper's cottage opens as a museum in June, with the logbooks of four "
    "generations of keepers on show and a lens that was last lit in nineteen sixty-two.",
)


def _pages(tmp: Path) -> None:
    folder = tmp / "pages"
    folder.mkdir()
    for i, sentence in enumerate(_STORIES[:2]):
        html = article_html(title=f"Harbour story {i}", slug=f"s{i}", sentence=sentence * 3)
        (folder / f"p{i}.html").write_text(html)


def _pages_and_odd_files(tmp: Path) -> None:
    _pages(tmp)
    _odd_files(tmp)


def _bad_url_list(tmp: Path) -> None:
    (tmp / "list.urls").write_text("http://[::1\nhttp://127.0.0.1:9/news/story 1.html\nnot a url at all\n")


def _odd_files(tmp: Path) -> None:
    (tmp / "paper.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    (tmp / "list.urls").write_text("https://news.example/a\n")
    (tmp / "crawl.warc").write_bytes(b"WARC/1.0\r\n\r\n")
    (tmp / "images").mkdir()
    (tmp / "images" / "a.png").write_bytes(b"\x89PNG")
    (tmp / "images" / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp / "empty").mkdir()
    (tmp / "page.HTML").write_text(article_html())
    (tmp / "taken.jsonl").mkdir()


def _single_run(tmp: Path) -> None:
    _pages(tmp)
    assert main(["run", str(tmp / "pages"), "-o", str(tmp / "out1" / "a.jsonl"), "--workers", "1"]) == 0


# (command line, setup, exit code, what stderr must say). "{tmp}" is the test's folder.
CASES: list[tuple[str, Setup | None, int, str]] = [
    ("run {tmp}/list.urls -o {tmp}/o.jsonl", _bad_url_list, 1, "source:bad-url 3"),
    ("extract {tmp}/paper.pdf", _odd_files, 2, "'{tmp}/paper.pdf' is not a supported file type"),
    ("extract {tmp}/image.png", _odd_files, 2, "'{tmp}/image.png' is not a supported file type"),
    ("extract {tmp}/list.urls", _odd_files, 2, "use articlepipe run {tmp}/list.urls"),
    ("extract {tmp}/crawl.warc", _odd_files, 2, "use articlepipe run {tmp}/crawl.warc"),
    ("run {tmp}/pages -o {tmp}/out/articles.parquet --format csv", _pages, 2, "--format csv contradicts"),
    ("run {tmp}/pages -o {tmp}/taken.jsonl", _pages_and_odd_files, 2, "'{tmp}/taken.jsonl' is a folder"),
    ("run {tmp}/page.HTML -o {tmp}/page.HTML --format jsonl", _odd_files, 2, "is one of the inputs"),
    ("run {tmp}/empty -o {tmp}/o.jsonl", _odd_files, 0, "found no page to read in '{tmp}/empty'"),
    ("run {tmp}/images -o {tmp}/o.jsonl", _odd_files, 0, "(it holds: .pdf 1, .png 1)"),
    ("run {tmp}/pages -o {tmp}/o.jsonl --timeout 0", _pages, 2, "--timeout must be a number greater than 0"),
    ("run {tmp}/pages -o {tmp}/o.jsonl --workers 0", _pages, 2, "--workers must be a whole number"),
    ("run {tmp}/pages -o {tmp}/o.jsonl --min-words -1", _pages, 2, "--min-words must be"),
    ("run {tmp}/pages -o {tmp}/o.jsonl --lang xx", _pages, 2, "--lang takes ISO 639 language codes"),
    ("run {tmp}/pages -o {tmp}/o.jsonl --lang english", _pages, 2, "(English is 'en')"),
    (
        "run {tmp}/pages -o {tmp}/page.HTML/out.jsonl",
        _pages_and_odd_files,
        2,
        "{tmp}/page.HTML is a file, not a folder",
    ),
    (
        "run {tmp}/pages -o {tmp}/page.HTML/ds/",
        _pages_and_odd_files,
        2,
        "{tmp}/page.HTML is a file, not a folder",
    ),
    ("run {tmp}/pages -o memory://bucket/x.parquet --format jsonl", _pages, 2, "--format jsonl contradicts"),
    ("status {tmp}/page.HTML", _odd_files, 2, "{tmp}/page.HTML is a file; give the output folder"),
    ("report {tmp}/nonexist", None, 2, "{tmp}/nonexist does not exist"),
    ("report {tmp}/empty", _odd_files, 2, "no run statistics for {tmp}/empty"),
    ("status {tmp}/out1/a.jsonl", _single_run, 2, "is not a dataset folder"),
    ("status {tmp}/out1", _single_run, 2, "a single-file run's figures are in {tmp}/out1/run.json"),
    ("status {tmp}/nonexist", None, 2, "{tmp}/nonexist does not exist"),
    ("compact {tmp}/nonexist", None, 2, "{tmp}/nonexist is not a folder"),
    ("compact {tmp}/empty", _odd_files, 2, "{tmp}/empty holds no state store (_state.sqlite)"),
]
if sys.platform == "linux" and Path("/proc/self").is_dir():
    CASES.append(("run {tmp}/pages -o /proc/out.jsonl", _pages, 2, "cannot write in output folder /proc"))


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gives_an_exit_code_and_a_message_never_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: tuple[str, Setup | None, int, str]
) -> None:
    command, setup, code, message = case
    if setup is not None:
        setup(tmp_path)
        capsys.readouterr()
    argv = [part.format(tmp=tmp_path) for part in command.split()]
    assert main(argv) == code
    captured = capsys.readouterr()
    said = captured.err + captured.out
    assert message.format(tmp=tmp_path) in said
    assert "Traceback" not in said


def test_bad_lines_of_a_url_list_are_failures_naming_each_line(tmp_path: Path) -> None:
    _bad_url_list(tmp_path)
    assert main(["run", str(tmp_path / "list.urls"), "-o", str(tmp_path / "o.jsonl")]) == 1
    failures = [json.loads(line) for line in (tmp_path / "failures.jsonl").read_text().splitlines()]
    assert [(f["stage"], f["reason"]) for f in failures] == [("source", "bad-url")] * 3
    assert [f["url"] for f in failures] == [
        "http://[::1",
        "http://127.0.0.1:9/news/story 1.html",
        "not a url at all",
    ]
    for number, failure in enumerate(failures, 1):
        assert failure["message"].startswith(f"{tmp_path / 'list.urls'}, line {number}: ")
    assert json.loads((tmp_path / "run.json").read_text())["sites"]["unknown"]["failed"] == 2


# Pages that take the in-process extractor seconds (huge pages are another issue's work).
_SLOW_IN_PROCESS = ("many-attributes.html", "long-line-no-tags.html", "tiny-text-nodes.html")


@pytest.mark.slow
def test_the_hostile_set_through_every_command_never_gives_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    pages = named_pages()
    for name, body in pages.items():
        (folder / name).write_bytes(body)
    for name in sorted(pages):
        if name not in _SLOW_IN_PROCESS:
            assert main(["extract", str(folder / name), "--format", "text"]) in (0, 1), name
    single, dataset = tmp_path / "single" / "o.jsonl", tmp_path / "ds"
    assert main(["run", str(folder), "-o", str(single)]) == 1
    assert main(["run", str(folder), "-o", f"{dataset}/"]) == 1
    assert main(["report", str(single)]) == 0
    assert main(["report", str(dataset)]) == 0
    assert main(["status", str(dataset)]) == 0
    assert main(["compact", str(dataset)]) == 0
    said = capsys.readouterr()
    assert "Traceback" not in said.err + said.out
    stats = json.loads((single.parent / "run.json").read_text())
    assert stats["pages"] == len(pages)
    assert stats["written"] + stats["failures"] + stats["dropped"] == len(pages)


@given(st.lists(st.text(max_size=60), max_size=12))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_url_list_gives_one_entry_per_line_and_counts_without_error(lines: list[str]) -> None:
    flat = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    entries = list(parse_url_list(flat, "list.urls"))
    kept = [line for line in flat if line.split() and not line.split()[0].startswith("#")]
    assert len(entries) <= len(kept)
    failures = [e for e in entries if isinstance(e, Failure)]
    stats = RunStats()
    for failure in failures:
        assert failure.reason == "bad-url" and "list.urls, line " in failure.message
        stats.add(failure)  # the report counts a failure under any URL, however broken
    assert stats.failures == len(failures)


OPTION_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12))


@given(
    st.dictionaries(
        st.sampled_from(["workers", "page_timeout", "min_words", "lang", "dedup", "page_types", "retries"]),
        OPTION_VALUES,
        max_size=4,
    )
)
@settings(max_examples=300, deadline=None)
def test_any_option_value_is_taken_or_refused_by_its_flag_name(values: dict[str, object]) -> None:
    flags = {key: "--" + key.replace("_", "-") for key in values}
    try:
        load_settings(overrides={"output": "o.jsonl", **values}, flags=flags)
    except ConfigError as exc:
        assert any(flag in str(exc) for flag in flags.values()), str(exc)


def test_every_output_file_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    _pages(tmp_path)
    (tmp_path / "pages" / "empty.html").write_text("")
    (tmp_path / "pages" / "short.html").write_text("<html><body><p>Too short.</p></body></html>")
    previous = os.umask(0o022)
    try:
        assert main(["run", str(tmp_path / "pages"), "-o", str(tmp_path / "single" / "o.jsonl")]) == 1
        assert main(["run", str(tmp_path / "pages"), "-o", str(tmp_path / "ds") + "/"]) == 1
    finally:
        os.umask(previous)
    files = [p for p in (tmp_path / "single").rglob("*") if p.is_file()]
    files += [p for p in (tmp_path / "ds").rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"o.jsonl", "failures.jsonl", "rejected.jsonl", "run.json", "report.html", "_run.json"} <= names
    modes = {str(p.relative_to(tmp_path)): stat.S_IMODE(p.stat().st_mode) for p in files}
    assert modes == dict.fromkeys(modes, 0o644)


def test_a_second_output_in_one_folder_warns_that_the_shared_files_are_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path)
    pages = str(tmp_path / "pages")
    assert main(["run", pages, "-o", str(tmp_path / "out" / "a.jsonl")]) == 0
    assert "replaced" not in capsys.readouterr().err
    assert main(["run", pages, "-o", str(tmp_path / "out" / "a.parquet")]) == 0
    err = capsys.readouterr().err
    assert f"were written for {tmp_path / 'out' / 'a.jsonl'} and are replaced" in err
    assert main(["run", pages, "-o", str(tmp_path / "out" / "a.parquet")]) == 0
    assert "replaced" not in capsys.readouterr().err


SCRIPT = """
import articlepipe
settings = articlepipe.load_settings(overrides={{"sources": [{pages!r}], "output": {out!r}, "workers": 2}})
stats = articlepipe.run(settings)
print("written", stats.written)
"""


@pytest.mark.slow
@pytest.mark.parametrize("how", ["script without a main guard", "piped to python -"])
def test_the_api_runs_from_a_script_without_a_main_guard_or_from_stdin(tmp_path: Path, how: str) -> None:
    _pages(tmp_path)
    code = textwrap.dedent(SCRIPT.format(pages=str(tmp_path / "pages"), out=str(tmp_path / "o.jsonl")))
    script = tmp_path / "job.py"
    script.write_text(code)
    command = [sys.executable, str(script)] if how.startswith("script") else [sys.executable, "-"]
    done = subprocess.run(
        command,
        input=code if how.startswith("piped") else None,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "written 2"
    assert "Traceback" not in done.stderr
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == 2


def test_pages_from_a_folder_then_over_http_into_one_dataset_are_unchanged(
    site: tuple[object, str], tmp_path: Path
) -> None:
    state, base = site
    pages = tmp_path / "pages"
    pages.mkdir()
    served = {}
    for i, sentence in enumerate(_STORIES):
        html = article_html(title=f"Harbour story {i}", slug=f"s{i}", sentence=sentence * 3)
        (pages / f"p{i}.html").write_text(html)
        served[f"/p/{i}"] = html.encode()
    state.pages = served  # type: ignore[attr-defined]
    out = str(tmp_path / "ds") + "/"
    assert main(["run", str(pages), "-o", out, "--workers", "1"]) == 0
    fetched = ["--allow-private", "--delay", "0", "--workers", "1", "--retries", "0"]
    assert main(["run", f"{base}/pages.xml", "-o", out, *fetched]) == 0
    second = json.loads((tmp_path / "ds" / "_run.json").read_text())
    assert second["written"] == 0
    assert second["unchanged_by_reason"] == {"same-text": 3}


def test_read_takes_every_layout_the_tool_writes(tmp_path: Path) -> None:
    import articlepipe

    _pages(tmp_path)
    pages = str(tmp_path / "pages")
    for fmt in ("parquet", "jsonl"):
        out = tmp_path / f"ds-{fmt}"
        assert main(["run", pages, "-o", f"{out}/", "--format", fmt, "--workers", "1"]) == 0
        frame = articlepipe.read(out)
        assert sorted(frame["title"]) == ["Harbour story 0", "Harbour story 1"]
    for suffix in (".parquet", ".jsonl", ".json", ".csv"):
        out = tmp_path / "files" / suffix.lstrip(".") / f"a{suffix}"
        assert main(["run", pages, "-o", str(out), "--workers", "1"]) == 0
        assert len(articlepipe.read(out)) == 2
    (tmp_path / "not-a-dataset").mkdir()
    (tmp_path / "not-a-dataset" / "notes.txt").write_text("hello")
    with pytest.raises(articlepipe.ArticlepipeError, match="not an articlepipe dataset folder"):
        articlepipe.read(tmp_path / "not-a-dataset")


def test_local_pages_are_counted_under_their_hostname_and_unknowns_are_null(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "with.html").write_text(
        article_html(title="A story with a canonical link", sentence=_STORIES[0])
    )
    bare = article_html(title="A story without a canonical link", slug="x", sentence=_STORIES[1]).replace(
        '<link rel="canonical" href="https://test.example/x">', ""
    )
    (folder / "bare.html").write_text(bare)
    out = tmp_path / "o.jsonl"
    assert main(["run", str(folder), "-o", str(out), "--workers", "1"]) == 0
    rows = {json.loads(line)["title"]: json.loads(line) for line in out.read_text().splitlines()}
    assert rows["A story with a canonical link"]["hostname"] == "test.example"
    assert rows["A story without a canonical link"]["hostname"] is None
    assert {row["site_name"] for row in rows.values()} == {None}
    sites = json.loads((tmp_path / "run.json").read_text())["sites"]
    assert sites["test.example"]["written"] == 1
    assert sites["local files"]["written"] == 1


@pytest.mark.parametrize("body", ["str", "bytes"])
def test_one_call_extracts_a_page_from_a_string_or_bytes(body: str) -> None:
    import articlepipe

    html = article_html(title="A harbour story told in one call")
    article = articlepipe.extract_page(html if body == "str" else html.encode(), url="https://news.example/a")
    assert article.title == "A harbour story told in one call"
    assert article.url == "https://news.example/a"
    assert "The second paragraph adds detail" in article.text
    # A str body is taken too (typed bytes: a script's str is converted, not refused).
    page = articlepipe.Page(url="https://news.example/a", body=html)  # type: ignore[arg-type]
    assert articlepipe.extract_page(page).text == article.text
    with pytest.raises(TypeError, match="Page body must be bytes or str, got int"):
        articlepipe.Page(url="x", body=1)  # type: ignore[arg-type]


def test_a_broken_progress_callback_does_not_lose_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import articlepipe
    from articlepipe.logs import setup_logging

    _pages(tmp_path)
    out = tmp_path / "o.jsonl"

    def progress(stats: RunStats) -> None:
        raise ValueError("the dashboard is down")

    setup_logging("text")  # to this test's captured stderr
    job = {"sources": [str(tmp_path / "pages")], "output": str(out)}
    stats = articlepipe.run(articlepipe.load_settings(overrides=job), progress=progress)
    assert stats.written == 2
    assert len(out.read_text().splitlines()) == 2
    err = capsys.readouterr().err
    assert err.count("the progress callback raised ValueError: the dashboard is down") == 1


def test_language_codes_of_every_kind_the_detector_gives_are_taken() -> None:
    assert load_settings(overrides={"lang": "en,yue,arz"}).lang == ("en", "yue", "arz")
    assert load_settings(overrides={"lang": ""}).lang == ()  # every language, as by default
    with pytest.raises(ConfigError, match="'deutsch' is not one"):
        load_settings(overrides={"lang": "de,deutsch"})


def test_a_dataset_folder_may_be_named_like_a_file_when_given_with_a_slash(tmp_path: Path) -> None:
    _pages(tmp_path)
    out = f"{tmp_path / 'news.parquet'}/"
    assert main(["run", str(tmp_path / "pages"), "-o", out, "--format", "jsonl", "--workers", "1"]) == 0
    assert [p.suffix for p in (tmp_path / "news.parquet").glob("part-*")] == [".jsonl"]
    # and, once it is one, without the slash too
    assert main(["run", str(tmp_path / "pages"), "-o", out.rstrip("/"), "--workers", "1"]) == 0


def test_pages_given_as_strings_without_a_url_get_ids_of_their_own() -> None:
    import articlepipe

    first, second = (
        article_html(title=f"Harbour story {i}", sentence=_STORIES[i]).replace(
            '<link rel="canonical" href="https://test.example/story">', ""
        )
        for i in range(2)
    )
    assert articlepipe.extract_page(first).id != articlepipe.extract_page(second).id
    assert articlepipe.extract_page(first).id == articlepipe.extract_page(first.encode()).id


def test_read_leaves_out_parts_a_run_has_not_committed(tmp_path: Path) -> None:
    import articlepipe
    from articlepipe.state import StateStore

    _pages(tmp_path)
    out = tmp_path / "ds"
    assert main(["run", str(tmp_path / "pages"), "-o", f"{out}/", "--workers", "1"]) == 0
    (part,) = out.glob("part-*.parquet")
    # A run that renamed its part into place and died before committing it.
    shutil.copy(part, out / "part-000002-0000.parquet")
    store = StateStore(out / "_state.sqlite")
    try:
        store.reserve_part("part-000002-0000.parquet", 2)
    finally:
        store.close()
    assert len(articlepipe.read(out)) == 2
