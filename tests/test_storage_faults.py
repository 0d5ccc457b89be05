"""Storage faults: the disk fills up under a run (simulated with RLIMIT_FSIZE, which a
test can set on a process of its own without privileges). The run exits 2 and says
why; the state store stays consistent; the next run completes, losing and doubling
nothing."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from articlepipe.state import StateStore
from conftest import article_html

ARTICLEPIPE = [sys.executable, "-m", "articlepipe"]


def pages(folder: Path, count: int, words_per_page: int = 200) -> Path:
    folder.mkdir()
    for i in range(count):
        words = " ".join(f"w{i}x{j}" for j in range(words_per_page))
        html = article_html(title=f"Story {i} of the harbour", sentence=words, slug=f"s{i}")
        (folder / f"p{i:03d}.html").write_text(html, encoding="utf-8")
    return folder


def run_limited(args: list[str], max_file_bytes: int | None, cwd: Path) -> subprocess.CompletedProcess[str]:
    def limit() -> None:  # in the child: a write past the limit fails with EFBIG
        if max_file_bytes is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))

    return subprocess.run(
        [*ARTICLEPIPE, *args],
        preexec_fn=limit,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize(
    ("max_file_bytes", "words_per_page", "checkpoint", "says"),
    [
        (60_000, 200, 40, "the state store"),  # the state store's journal fills the limit
        (150_000, 200, 40, "the state store"),  # after two parts were committed
        (300_000, 2000, 150, "writing the output"),  # a part file fills it, before its commit
    ],
)
def test_a_full_disk_mid_run_is_exit_2_and_the_next_run_completes(
    tmp_path: Path, max_file_bytes: int, words_per_page: int, checkpoint: int, says: str
) -> None:
    folder = pages(tmp_path / "pages", 300, words_per_page)
    (tmp_path / "small-parts.toml").write_text(f"checkpoint = {checkpoint}\n")
    args = ["run", str(folder), "-o", "out/", "--keep-all", "--workers", "2", "--config", "small-parts.toml"]
    failed = run_limited(args, max_file_bytes, tmp_path)
    assert failed.returncode == 2, failed.stderr[-2000:]
    assert "Traceback" not in failed.stderr
    assert says in failed.stderr, failed.stderr[-2000:]
    out = tmp_path / "out"
    with StateStore(out / "_state.sqlite") as store:  # consistent: opens, and names only parts that exist
        committed = store.committed_parts()
    assert all((out / name).exists() for name in committed)
    again = run_limited(args, None, tmp_path)
    assert again.returncode == 0, again.stderr[-2000:]
    frame = pd.read_parquet(out)
    assert len(frame) == 300 and frame["id"].is_unique


def test_a_single_file_output_that_cannot_be_written_leaves_none(tmp_path: Path) -> None:
    folder = pages(tmp_path / "pages", 100)
    failed = run_limited(["run", str(folder), "-o", "articles.jsonl", "--keep-all"], 50_000, tmp_path)
    assert failed.returncode == 2 and "Traceback" not in failed.stderr, failed.stderr[-2000:]
    assert "articles.jsonl" in failed.stderr or "File too large" in failed.stderr
    assert not (tmp_path / "articles.jsonl").exists()
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))
