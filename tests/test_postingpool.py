"""A spilled pool's runs merged a block at a time (postingpool.merge_chunks): heapq.merge's postings and order."""

from __future__ import annotations

import heapq
import random
from itertools import chain

from newssearch.postingpool import merge_chunks


def _chunked(postings: list[tuple], rng: random.Random) -> list[list[tuple]]:  # type: ignore[type-arg]
    """``postings`` cut into chunks of random sizes, empty ones among them."""
    chunks, at = [], 0
    while at < len(postings):
        size = rng.choice([0, 1, 2, 5, 40])
        chunks.append(postings[at:at + size])
        at += size
    return chunks


def test_merged_blocks_give_heapq_merges_postings_in_its_order() -> None:
    rng = random.Random(7)
    fields, terms = ["body", "spell_body", "title"], [b"gas", b"oil", b"oil-price", b"opec", b"z"]
    pooled = [(rng.choice(fields), rng.choice(terms), doc, float(rng.randint(1, 3)), b"v%d" % doc)
              for doc in range(600)]
    pooled = list({posting[:3]: posting for posting in pooled}.values())  # a term once a document, as pooled
    cuts = sorted(rng.sample(range(1, len(pooled)), 5))
    runs = [sorted(run) for run in (pooled[a:b] for a, b in zip([0, *cuts], [*cuts, len(pooled)]))]  # spilled in turn
    expected = list(heapq.merge(*runs))
    blocks = list(merge_chunks([iter(_chunked(run, rng)) for run in runs]))
    assert list(chain.from_iterable(blocks)) == expected
    assert len(blocks) > 5  # merged a block at a time, not gathered whole


def test_merge_of_no_runs_or_empty_runs_is_empty() -> None:
    assert list(merge_chunks([])) == []
    assert list(merge_chunks([iter([]), iter([[], []])])) == []
