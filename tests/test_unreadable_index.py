"""An index this user may not read (another user's, built under umask 077, or a folder shared without read access)
is refused in one line saying so: not an unexpected error, nor "damaged" with a rebuild, which would not help."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newssearch import build_index

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
# Root reads whatever the mode; without these two capabilities the OS refuses root as it refuses any user.
AS_A_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if IS_ROOT else []


def _run(index_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed command as a user who is refused what the modes refuse, on ``index_dir``."""
    env = {**os.environ, "NEWSSEARCH_INDEX": str(index_dir), "COLUMNS": "500", "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([*AS_A_USER, sys.executable, "-m", "newssearch", *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def index_dir(tmp_path: Path) -> Iterator[Path]:
    """A one-article index whose modes a test may take away (given back afterwards, for tmp_path's clean-up)."""
    if IS_ROOT and (shutil.which("setpriv") is None or _probe(tmp_path) != 0):
        pytest.skip("running as root, and setpriv cannot drop the capabilities that let root read anything")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text("Ferry sails\n\nThe ferry sailed at dawn.\n", encoding="utf-8")
    index = tmp_path / "index"
    build_index(corpus, index)
    yield index
    for path in [index, *index.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def _probe(tmp_path: Path) -> int:
    """0 when AS_A_USER is refused a file of mode 000, as a user is."""
    probe = tmp_path / "probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        return 1 if subprocess.run([*AS_A_USER, "cat", str(probe)], capture_output=True).returncode == 0 else 0
    except OSError:
        return 1
    finally:
        probe.chmod(0o644)


def _refused(index_dir: Path) -> str:
    return (f"Error: cannot read the index in {index_dir}: Permission denied (it is not yours to read: ask its owner "
            "for read access, or build an index of your own with --index-dir DIR)\n")


@pytest.mark.parametrize("command", [["query", "ferry"], ["stats"], ["show", "ferry.txt"], ["index"]])
def test_an_index_folder_that_cannot_be_entered_is_refused_in_one_line(index_dir: Path, command: list[str]) -> None:
    index_dir.chmod(0)
    done = _run(index_dir, *command)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", _refused(index_dir))


def test_a_manifest_that_cannot_be_read_is_refused_not_called_damaged(index_dir: Path) -> None:
    (index_dir / "newssearch.json").chmod(0)
    done = _run(index_dir, "query", "ferry")
    assert (done.returncode, done.stdout, done.stderr) == (2, "", _refused(index_dir))


@pytest.mark.parametrize("mode_of", ["folder", "toc", "segment"])
def test_the_index_files_that_cannot_be_read_are_refused_not_called_damaged(index_dir: Path, mode_of: str) -> None:
    live = next(index_dir.glob("ix-*"))
    target = {"folder": live, "toc": next(live.glob("*.toc"), live), "segment": next(live.glob("*.seg"), live)}
    target[mode_of].chmod(0)
    done = _run(index_dir, "query", "ferry")
    assert (done.returncode, done.stdout, done.stderr) == (2, "", _refused(index_dir))
