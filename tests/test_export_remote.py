"""Outputs on an fsspec file system: fsspec's in-memory one stands in for object storage
(the same put/get/exists calls s3fs or gcsfs answer)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fsspec
import pandas as pd
import pytest

from articlepipe.cli import main
from articlepipe.export.remote import default_work_dir, is_remote


@pytest.fixture
def memory() -> Iterator[Any]:
    fs = fsspec.filesystem("memory")
    fs.store.clear()
    yield fs
    fs.store.clear()
    fs.pseudo_dirs.clear()
    fs.pseudo_dirs.append("")


def parts_of(fs: Any) -> list[str]:
    return sorted(p for p in fs.find("/bucket/corpus") if p.startswith("/bucket/corpus/part-"))


def remote_run(fs: Any) -> dict[str, Any]:
    with fs.open("/bucket/corpus/_run.json") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def test_a_dataset_folder_on_object_storage_is_published_whole_and_goes_on_from_another_machine(
    memory: Any, good_pages: Path, tmp_path: Path
) -> None:
    url = "memory://bucket/corpus/"
    assert main(["run", str(good_pages), "-o", url, "--work-dir", str(tmp_path / "one"), "--keep-all"]) == 0
    names = sorted(path.rsplit("/", 1)[-1] for path in memory.find("/bucket/corpus"))
    assert "_state.sqlite" in names and "_run.json" in names and "_report.html" in names
    assert "_lock" not in names and not any(name.startswith(".") for name in names)
    parts = parts_of(memory)
    frame = pd.concat(pd.read_parquet(f"memory://{p}") for p in parts)
    local = pd.read_parquet(tmp_path / "one")
    assert sorted(frame["id"]) == sorted(local["id"]) and len(frame) == len(list(good_pages.iterdir()))
    first = remote_run(memory)
    assert first["output"] == url and first["working_folder"] == str(tmp_path / "one")
    # Another machine, no working folder: the remote state store says it is all done.
    assert main(["run", str(good_pages), "-o", url, "--work-dir", str(tmp_path / "two"), "--keep-all"]) == 0
    second = remote_run(memory)
    assert second["run"] == first["run"] + 1 and second["written"] == 0
    assert parts_of(memory) == parts


def test_an_upload_that_fails_loses_nothing_and_the_next_run_sends_it(
    memory: Any, good_pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    url = "memory://bucket/corpus/"
    work = tmp_path / "work"
    args = ["run", str(good_pages), "-o", url, "--work-dir", str(work), "--keep-all"]
    real_put = type(memory).put_file

    def refuse(self: Any, lpath: str, rpath: str, **kwargs: Any) -> None:
        if "/part-" in rpath:
            raise OSError(28, "No space left on device")
        real_put(self, lpath, rpath, **kwargs)

    monkeypatch.setattr(type(memory), "put_file", refuse)
    assert main(args) == 2
    message = capsys.readouterr().err
    assert "uploading to memory://bucket/corpus/ failed" in message and str(work) in message
    assert not parts_of(memory) and not memory.exists("/bucket/corpus/_state.sqlite")
    monkeypatch.setattr(type(memory), "put_file", real_put)
    assert main(args) == 0  # nothing new to extract, and the parts go up now
    assert remote_run(memory)["written"] == 0
    uploaded = parts_of(memory)
    assert len(pd.concat(pd.read_parquet(f"memory://{p}") for p in uploaded)) == len(
        list(good_pages.iterdir())
    )


def test_a_single_file_output_goes_up_with_its_failures_and_statistics(
    memory: Any, good_pages: Path, tmp_path: Path
) -> None:
    url = "memory://bucket/out/articles.jsonl"
    assert main(["run", str(good_pages), "-o", url, "--work-dir", str(tmp_path / "w"), "--keep-all"]) == 0
    assert sorted(p.rsplit("/", 1)[-1] for p in memory.find("/bucket/out")) == [
        "articles.jsonl",
        "failures.jsonl",
        "rejected.jsonl",
        "report.html",
        "run.json",
    ]
    assert len(pd.read_json(url, lines=True)) == len(list(good_pages.iterdir()))
    with memory.open("/bucket/out/run.json") as handle:
        assert json.load(handle)["output"] == url


def test_a_file_system_without_its_package_says_which_to_install(good_pages: Path, capsys: Any) -> None:
    assert main(["run", str(good_pages), "-o", "nosuchfs://bucket/corpus/"]) == 2
    assert "nosuchfs" in capsys.readouterr().err


def test_what_counts_as_remote_and_where_it_works_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert is_remote("s3://bucket/corpus/") and is_remote("gs://b/a.parquet")
    assert not is_remote("corpus/") and not is_remote("file:///tmp/corpus/") and not is_remote("C:\\data")
    monkeypatch.setenv("XDG_CACHE_HOME", "/cache")
    folder = default_work_dir("s3://bucket/corpus/")
    assert folder.parent == Path("/cache/articlepipe/outputs")
    assert folder == default_work_dir("s3://bucket/corpus") != default_work_dir("s3://bucket/other/")


def test_a_compacted_working_folder_replaces_the_remote_parts(
    memory: Any, good_pages: Path, many_pages: Path, tmp_path: Path
) -> None:
    url, work = "memory://bucket/corpus/", tmp_path / "work"
    for pages in (good_pages, many_pages):
        assert main(["run", str(pages), "-o", url, "--work-dir", str(work), "--keep-all"]) == 0
    assert len(parts_of(memory)) == 2
    assert main(["compact", str(work)]) == 0
    assert main(["run", str(many_pages), "-o", url, "--work-dir", str(work), "--keep-all"]) == 0
    (part,) = parts_of(memory)
    expected = len(list(good_pages.iterdir())) + len(list(many_pages.iterdir()))
    assert len(pd.read_parquet(f"memory://{part}")) == expected


def test_two_machines_taking_turns_keep_one_dataset(
    memory: Any, good_pages: Path, many_pages: Path, tmp_path: Path
) -> None:
    url = "memory://bucket/corpus/"
    one, two = ["--work-dir", str(tmp_path / "one")], ["--work-dir", str(tmp_path / "two")]
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "notes.txt").write_text("not part of the dataset")
    assert main(["run", str(good_pages), "-o", url, *one, "--keep-all"]) == 0
    assert main(["run", str(many_pages), "-o", url, *two, "--keep-all"]) == 0  # takes one's state
    # Machine one again: the remote state changed since it last saw it, so it takes it.
    assert main(["run", str(good_pages), str(many_pages), "-o", url, *one, "--keep-all"]) == 0
    assert remote_run(memory)["written"] == 0
    rows = pd.concat(pd.read_parquet(f"memory://{p}") for p in parts_of(memory))
    assert len(rows) == len(list(good_pages.iterdir())) + len(list(many_pages.iterdir()))
    assert not memory.exists("/bucket/corpus/notes.txt")


def test_results_never_uploaded_are_not_mixed_with_another_machines(
    memory: Any,
    good_pages: Path,
    many_pages: Path,
    tmp_path: Path,
    *,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    url = "memory://bucket/corpus/"
    one, two = ["--work-dir", str(tmp_path / "one")], ["--work-dir", str(tmp_path / "two")]
    assert main(["run", str(good_pages), "-o", url, *one, "--keep-all"]) == 0
    real_put = type(memory).put_file
    monkeypatch.setattr(
        type(memory), "put_file", lambda *a, **k: (_ for _ in ()).throw(OSError(5, "I/O error"))
    )
    assert main(["run", str(many_pages), "-o", url, *one, "--keep-all"]) == 2  # not uploaded
    monkeypatch.setattr(type(memory), "put_file", real_put)
    assert main(["run", str(many_pages), "-o", url, *two, "--keep-all"]) == 0  # another machine publishes
    capsys.readouterr()
    assert main(["run", str(good_pages), "-o", url, *one, "--keep-all"]) == 2
    assert "published by another run" in capsys.readouterr().err


def test_a_state_download_cut_short_leaves_no_state_behind(
    memory: Any, good_pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "memory://bucket/corpus/"
    assert main(["run", str(good_pages), "-o", url, "--work-dir", str(tmp_path / "one"), "--keep-all"]) == 0
    real_get = type(memory).get_file

    def cut(self: Any, rpath: str, lpath: str, **kwargs: Any) -> None:
        Path(lpath).write_bytes(b"SQLite format 3\x00 and then nothing")
        raise OSError(104, "Connection reset by peer")

    monkeypatch.setattr(type(memory), "get_file", cut)
    two = ["run", str(good_pages), "-o", url, "--work-dir", str(tmp_path / "two"), "--keep-all"]
    assert main(two) == 2
    assert not (tmp_path / "two" / "_state.sqlite").exists()
    monkeypatch.setattr(type(memory), "get_file", real_get)
    assert main(two) == 0 and remote_run(memory)["written"] == 0


def test_a_dask_cluster_run_to_object_storage_needs_a_shared_work_dir(good_pages: Path, capsys: Any) -> None:
    args = [
        "run",
        str(good_pages),
        "-o",
        "memory://bucket/c/",
        "--engine",
        "dask",
        "--scheduler",
        "tcp://127.0.0.1:9",
    ]
    assert main(args) == 2
    assert "--work-dir" in capsys.readouterr().err
