"""Crash safety: ``articlepipe run`` killed with SIGKILL at random moments, then run
again, ends with the same articles as a run that was never interrupted, each once.

The run is a real subprocess against the real test site. The harness slows each part
commit a little (before and after the rename), so that many kills land while a part file
is being written or renamed: the moments that matter.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest

from articlepipe.cli import main
from fetch_site import STORY, Site

PAGES = 40
HARNESS = """
import sys, time
from articlepipe.export import atomic
from articlepipe.cli import main
_commit = atomic.commit
def slow_commit(temp, path):
    time.sleep(0.03)
    _commit(temp, path)
    time.sleep(0.03)
atomic.commit = slow_commit
sys.exit(main(sys.argv[1:]))
"""


def command(base: str, out: Path, config: Path) -> list[str]:
    return [
        sys.executable,
        "-c",
        HARNESS,
        "run",
        f"{base}/pages.xml",
        "-o",
        f"{out}/",
        "--config",
        str(config),
    ]


def finish(base: str, out: Path, config: Path) -> None:
    done = subprocess.run(
        command(base, out, config), capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr


def ids(out: Path) -> list[str]:
    return list(pd.read_parquet(out)["id"]) if any(out.glob("part-*")) else []


@pytest.mark.slow
def test_runs_killed_at_random_moments_lose_nothing_and_duplicate_nothing(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base = site
    state.pages = {
        f"/p/{i}": STORY.replace("walk-in clinic", f"walk-in clinic number {i}").encode()
        for i in range(PAGES)
    }
    config = tmp_path / "job.toml"
    config.write_text(
        "allow_private = true\ndelay = 0\nworkers = 1\ncheckpoint = 2\nrecheck_after = 3600\nretries = 0\n"
        'quality = false\ndedup = "off"\n'
    )
    clean = tmp_path / "clean"
    began = time.monotonic()
    finish(base, clean, config)
    duration = time.monotonic() - began
    expected = sorted(ids(clean))
    assert len(expected) == PAGES

    rng = random.Random(20261130)
    during_a_part = 0
    # Ten kills at random moments, and more (up to thirty) until one has landed in the
    # middle of a part's commit: on a loaded machine the run is slower and ten may miss it.
    trial = 0
    while trial < 10 or (during_a_part == 0 and trial < 30):
        trial += 1
        out = tmp_path / f"crashed-{trial}"
        process = subprocess.Popen(
            command(base, out, config), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3, duration))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        # What the kill interrupted: a part not yet renamed, or renamed but not committed.
        if list(out.glob(".part-*")) or _uncommitted(out):
            during_a_part += 1
        committed = _committed_rows(out)
        finish(base, out, config)
        got = ids(out)
        assert sorted(got) == expected, f"trial {trial}: ids differ after the rerun"
        assert len(got) == len(set(got)), f"trial {trial}: an article was written twice"
        resumed = json.loads(out.joinpath("_run.json").read_text())
        # Pages committed before the kill were not fetched again (recheck_after); the
        # rest were, and were written once.
        assert resumed["unchanged_by_reason"].get("fresh", 0) == committed
        assert resumed["written"] == PAGES - committed
        assert main(["compact", str(out)]) == 0
        assert sorted(ids(out)) == expected
    print(f"kills in the middle of a part's commit: {during_a_part} of {trial}")
    assert during_a_part >= 1  # at least one kill landed in the middle of a part's commit


def test_of_two_concurrent_runs_one_wins_and_the_other_exits_3(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    state, base = site
    state.pages = {f"/p/{i}": STORY.encode() for i in range(6)}
    config = tmp_path / "job.toml"
    config.write_text("allow_private = true\ndelay = 0.3\nworkers = 1\n")  # slow enough to overlap
    out = tmp_path / "corpus"
    first = subprocess.Popen(command(base, out, config), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        lock = out / "_lock"
        deadline = time.monotonic() + 30
        while not (lock.exists() and lock.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        second = subprocess.run(
            command(base, out, config), capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 3
        assert f"pid {first.pid}" in second.stderr and "holds the lock" in second.stderr
    finally:
        assert first.wait(timeout=60) == 0


def _query(out: Path, sql: str) -> int:
    path = out / "_state.sqlite"
    if not path.exists():
        return 0
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute(sql).fetchone()[0] or 0)


def _uncommitted(out: Path) -> bool:
    return _query(out, "SELECT count(*) FROM parts WHERE committed = 0") > 0


def _committed_rows(out: Path) -> int:
    return _query(out, "SELECT sum(rows) FROM parts WHERE committed = 1")
