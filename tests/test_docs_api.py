"""The Python examples of docs/api.md run as they are written, each in a fresh process
(as a user's script would), in a folder holding saved pages."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXPECTED, FIXTURES, ROOT

DOC = ROOT / "docs" / "api.md"
_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
BLOCKS = _BLOCK.findall(DOC.read_text(encoding="utf-8"))


def test_the_api_guide_has_its_three_examples() -> None:
    assert len(BLOCKS) == 3


GOOD = sorted(n for n, e in EXPECTED.items() if e["outcome"] == "article" and "same_canonical_as" not in e)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(FIXTURES / GOOD[0], pages / "story.html")
    for name in GOOD[1:4]:
        shutil.copy(FIXTURES / name, pages / name)
    return tmp_path


def _run(code: str, where: Path) -> subprocess.CompletedProcess[str]:
    script = where / "example.py"
    script.write_text(code, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(script)], cwd=where, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=["one page", "batch run", "read"])
def test_each_example_runs(workspace: Path, index: int) -> None:
    if index == 2:  # reading needs a run's output first
        assert _run(BLOCKS[1], workspace).returncode == 0
    done = _run(BLOCKS[index], workspace)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    out = done.stdout
    if index == 0:
        assert out.splitlines()[0] == EXPECTED[GOOD[0]]["title"]
        assert len(out.splitlines()) >= 3
    elif index == 1:
        assert re.fullmatch(r"\d+ articles, \d+ dropped, 0 failed\n", out), out
        assert int(out.split()[0]) >= 1
        assert (workspace / "out" / "articles.parquet").is_file()
    else:
        counts = out.splitlines()[-1].split()
        assert counts[0] == counts[1] != "0"
        assert (workspace / "corpus").is_dir()
