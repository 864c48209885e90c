"""Tiers of hits by the words typed with marks they spell as typed (issue #4): every hit that writes ``résumé`` as
typed ranks above every hit that only matches it folded ("RESUME", "resume"), however often those say it.

A hit's tier is how many of the query's marked words it spells so (``exactforms.exact_form_queries``: in the fields
searched, in each language the index stems); relevance orders each tier, and ``--recent``/``--around`` reorder within
one. A query of plain words has no tiers: its hits are ranked by relevance alone, at no cost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from whoosh import query as wq

from .fastscore import all_scores
from .ties import Ids, best_by_score

Tiers = dict[int, int]  # document number -> how many marked words it spells as typed (0: left out)


def exact_tiers(searcher, exact: Sequence[wq.Query]) -> Tiers:  # type: ignore[no-untyped-def]
    """Each article that spells some of the words of ``exact`` (one query a word) as typed, with how many; a word
    typed twice counts once."""
    tiers: Tiers = {}
    for word in dict.fromkeys(exact):
        for docnum in all_scores(searcher, word):
            tiers[docnum] = tiers.get(docnum, 0) + 1
    return tiers


def best_tiered(scores: dict[int, float], tiers: Tiers, limit: int, by_id: Ids) -> list[tuple[int, float]]:
    """The best ``limit`` of ``scores`` (docnum -> score): the highest tier first, each by score, equal scores by id
    (``ties.best_by_score``)."""
    if not tiers:
        return best_by_score(scores, limit, by_id)
    groups: dict[int, dict[int, float]] = {}
    for docnum, score in scores.items():
        groups.setdefault(tiers.get(docnum, 0), {})[docnum] = score
    best: list[tuple[int, float]] = []
    for tier in sorted(groups, reverse=True):
        if len(best) >= limit:
            break
        best.extend(best_by_score(groups[tier], limit - len(best), by_id))
    return best


def tier_key(tiers: Tiers) -> Callable[[tuple[int, float]], tuple[int, float]]:
    """The rank of a ``(docnum, score)`` pair: its tier, then its score."""
    def key(item: tuple[int, float]) -> tuple[int, float]:
        return tiers.get(item[0], 0), item[1]

    return key
