"""Worker processes share the indexer's memory: its objects are frozen for their collector at the fork."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newssearch.workers import process_pool


def _frozen_here() -> int:
    return gc.get_freeze_count()


def test_a_worker_starts_with_the_indexers_objects_frozen_and_the_indexer_keeps_collecting_them() -> None:
    kept = [[n] for n in range(1000)]  # the indexer's walk and jobs, in small
    with process_pool(1) as pool:
        in_worker = pool.submit(_frozen_here).result()
        in_indexer = gc.get_freeze_count()
    assert in_worker >= len(kept)
    assert in_indexer == 0


@pytest.mark.parametrize("segment_min_files", [1, 1000])  # each worker writes a segment; or the indexer writes
def test_the_readers_are_loaded_before_the_workers_fork(tmp_path: Path, segment_min_files: int) -> None:
    """The workers share the readers the indexer loaded: each had imported them again for its first file (about 70
    modules and 250 patterns for plain text: 0.3 s of CPU a worker, a progress line at 0 for seconds on a busy
    machine). Run in a fresh interpreter, whose sys.modules holds no reader yet."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(4):
        (corpus / f"{number}.txt").write_text(f"Story {number}\n\nPolice said more.\n", encoding="utf-8")
    script = f"""
import sys
from newssearch import build_index, config, workers
real, at_fork = workers.process_pool, []
def pool(*args, **kwargs):
    at_fork.append("newssearch.documents.text" in sys.modules)
    return real(*args, **kwargs)
workers.process_pool = pool
config.PARALLEL_SEGMENT_MIN_FILES = {segment_min_files}
report = build_index({str(corpus)!r}, {str(tmp_path / "index")!r}, workers=2)
print(report.documents, at_fork)
"""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout == "4 [True]\n"
