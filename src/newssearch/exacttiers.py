"""Tiers of hits by the words typed with marks they spell as typed (issue #4): every hit that writes ``résumé`` as
typed ranks above every hit that only matches it folded ("RESUME", "resume"), however often those say it.

A hit's tier is how many of the query's marked words it spells so (``exactforms.exact_form_queries``: in the fields
searched, in each language the index stems); relevance orders each tier, and ``--recent``/``--around`` reorder within
one. The tiers order only the marked words' own matches (the hits matching one of them at all, folded too): a hit
of another branch of an OR (the tea of ``café OR tea``) is no folded café, and takes its place among them by its
score, as the next of the tiered hits would need to beat it (``tier_ranks``). A query of plain words has no tiers:
its hits are ranked by relevance alone, at no cost.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from whoosh import query as wq

from .fastscore import all_docs, all_scores
from .ties import Ids, best_by_score

# document number -> how many marked words it spells as typed; an article matching none of them, even folded, is
# not in it (it is ranked by its score alone)
Tiers = dict[int, int]
Rank = tuple[float, int, int, float]  # (score capped by the tiered hits before it, tiered or not, tier, score)


class MarkedWord(NamedTuple):
    """A word typed with marks: ``spelt`` matches the articles spelling it as typed, ``found`` those matching it at
    all (folded too)."""

    spelt: wq.Query
    found: wq.Query


def exact_tiers(searcher, words: Sequence[MarkedWord]) -> Tiers:  # type: ignore[no-untyped-def]
    """Each article matching some of the marked ``words``, with how many of them it spells as typed; a word typed
    twice counts once. Empty when no article spells one as typed: every hit is ranked by relevance then, as in one
    tier, and the articles matching them folded are not looked for."""
    tiers: Tiers = {}
    words = list(dict.fromkeys(words))
    for word in words:
        for docnum in all_scores(searcher, word.spelt):
            tiers[docnum] = tiers.get(docnum, 0) + 1
    if tiers:
        for word in words:
            for docnum in all_docs(searcher, word.found):
                tiers.setdefault(docnum, 0)
    return tiers


def tier_ranks(scored: Iterable[tuple[int, float]], tiers: Tiers) -> dict[int, Rank]:
    """The rank of each ``(docnum, score)`` of ``scored`` (higher first): a tiered hit (in ``tiers``) by its tier,
    then its score, the score it ranks by capped at the least of those before it; another by its score. So the
    tiered hits keep their order, and every other hit stands where a merge by score puts it."""
    pairs = list(scored)
    chain = sorted(((tiers[docnum], score, docnum) for docnum, score in pairs if docnum in tiers), reverse=True)
    ranks: dict[int, Rank] = {}
    low = float("inf")
    for tier, score, docnum in chain:
        low = min(low, score)
        ranks[docnum] = (low, 1, tier, score)
    ranks.update((docnum, (score, 0, 0, score)) for docnum, score in pairs if docnum not in tiers)
    return ranks


def best_tiered(scores: dict[int, float], tiers: Tiers, limit: int, by_id: Ids) -> list[tuple[int, float]]:
    """The best ``limit`` of ``scores`` (docnum -> score): the tiered ones (``tiers``) the highest tier first, each
    by score, equal scores by id (``ties.best_by_score``); the others merged in by score (``tier_ranks``)."""
    if not tiers:
        return best_by_score(scores, limit, by_id)
    groups: dict[int, dict[int, float]] = {}
    others: dict[int, float] = {}
    for docnum, score in scores.items():
        tier = tiers.get(docnum)
        if tier is None:
            others[docnum] = score
        else:
            groups.setdefault(tier, {})[docnum] = score
    tiered: list[tuple[int, float]] = []
    for tier in sorted(groups, reverse=True):
        if len(tiered) >= limit:
            break
        tiered.extend(best_by_score(groups[tier], limit - len(tiered), by_id))
    if not others:
        return tiered
    rest = best_by_score(others, limit, by_id)
    ranks = tier_ranks(tiered + rest, tiers)
    return list(heapq.merge(tiered, rest, key=lambda item: ranks[item[0]], reverse=True))[:limit]
