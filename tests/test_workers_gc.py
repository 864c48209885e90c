"""Worker processes share the indexer's memory: its objects are frozen for their collector at the fork."""

from __future__ import annotations

import gc

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
