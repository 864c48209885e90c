"""The articles an OR matches, unscored: its parts read in turn, in each segment only until every live article of it
is matched, since no part can add one then (a pasted page's ``--match any`` count, anyhints.py: its rarest words
match every article of BBC News, and its 3,500 phrases had been read all the same, 1.7 s of 8)."""

from __future__ import annotations

from whoosh import query as wq

from . import fastscore
from .wordscores import Weights


def union_docs(searcher, query: wq.Query) -> set[int]:  # type: ignore[no-untyped-def]
    """Every live article ``query`` (its AndMaybes' optional parts left out: ``fastscore.all_docs``) matches: the keys
    of ``fastscore.all_scores``, an OR of several parts (with no coordination bonus, which Whoosh scores, nor a NOT)
    read part by part, each segment's reading stopped once every live article of it is matched."""
    if not _plain_or(query):
        return set(fastscore.all_scores(searcher, query))
    context = searcher.context()
    patterns: fastscore.Patterns = {}
    weights: Weights = {}
    found: set[int] = set()
    for leaf, offset in searcher.leaf_searchers():
        segment = fastscore._Leaf(leaf, context, searcher.reader(), patterns, weights)
        live = set(leaf.reader().all_doc_ids())
        matched: set[int] = set()
        for part in query.subqueries:
            matched.update(segment.scores(part))
            if len(matched) >= len(live) and live <= matched:
                break
        found.update((docnum + offset for docnum in matched) if offset else matched)
    return found


def _plain_or(query: wq.Query) -> bool:
    """Whether ``query`` is an OR that ``fastscore`` reads as the union of its parts' matches: of two parts or more,
    none a NOT, with no coordination bonus (``scale`` or ``minmatch``: Whoosh's own matcher)."""
    return (type(query) is wq.Or and len(query.subqueries) > 1 and not (query.scale or query.minmatch)
            and all(type(part) is not wq.Not for part in query.subqueries))
