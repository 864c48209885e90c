"""A short seeded run of the fuzz check (tests/fuzzcheck.py): mutated files of every format are read, indexed
while some vanish, and searched through the CLI, with no problem found. benchmarks/fuzz.py runs it long."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzcheck import run
from fuzzseeds import generated_seeds, repo_seeds


@pytest.mark.parametrize("seed", [7, 11])
def test_mutated_files_are_read_indexed_and_searched_cleanly(tmp_path: Path, seed: int) -> None:
    tally = run(seed, 30, tmp_path, per_build=30, seeds=generated_seeds() + repo_seeds())
    assert (tally.files, tally.builds) == (30, 1)
    assert tally.problems == []
