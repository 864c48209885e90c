"""How hits are ordered: the BM25F weighting, a page of hits by score, and date-decayed re-scoring."""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from typing import TypeAlias
from weakref import WeakKeyDictionary

from whoosh import query as wq
from whoosh import scoring

from . import config
from .doccolumns import column_of
from .exacttiers import Tiers, best_tiered, tier_ranks
from .fastscore import Scores, all_scores
from .livecounts import exact_field_length, live_doc_frequency, live_field_length
from .recency import Decay, day_from_number, rerank
from .schema import BODY, DAY_NUMBER, MOMENT_NUMBER, TITLE
from .ties import best_by_score, ids, settle_ties

_UNDATED = 1 << 40  # an undated article's sort key when the oldest come first: past every day number

Scored = list[tuple[int, float]]  # (document number, score), best first
Filter: TypeAlias = wq.Query | set[int] | None  # the articles a search may return; None for all


class NewsBM25F(scoring.BM25F):
    """Whoosh's BM25F with the idf of the BM25 literature (Lucene, tantivy): ln(1 + (N - n + .5) / (n + .5)).

    Whoosh's own idf, 1 + ln(N / (n + 1)), keeps a floor of 1 under every word, so a word found in half
    the articles still counts a third as much as a rare name; in a long, descriptive query those common
    words ("policy", "government", "nations") swamp the names (TIME 1-41: MAP 0.716 -> 0.738).
    Its statistics are those of the live articles (livecounts.py), so an updated index ranks as a rebuilt one.
    """

    def __init__(self, **options: float) -> None:
        super().__init__(**options)
        self._averages: WeakKeyDictionary[object, dict[str, float | None]] = WeakKeyDictionary()  # reader -> {field: live average length}

    def idf(self, searcher, fieldname: str, text: str) -> float:  # type: ignore[no-untyped-def]
        reader = searcher.get_parent().reader()
        return bm25_idf(live_doc_frequency(reader, fieldname, text), reader.doc_count())

    def scorer(self, searcher, fieldname: str, text: str, qf: int = 1) -> scoring.BaseScorer:  # type: ignore[no-untyped-def]
        """Whoosh's BM25F scorer, with the exact average length of the live articles (``livecounts``): Whoosh's
        counts deleted articles, and a segment merged from others counts its articles' lossy lengths."""
        scorer = super().scorer(searcher, fieldname, text, qf)
        if type(scorer) is scoring.BM25FScorer:
            average = self._live_average(searcher.get_parent().reader(), fieldname)
            if average is not None and average != scorer.avgfl:
                scorer.avgfl = average
                scorer.setup(searcher, fieldname, text)  # its best score again, from that average
        return scorer

    def _live_average(self, reader, fieldname: str) -> float | None:  # type: ignore[no-untyped-def]
        """The average length of ``fieldname`` over the live articles, read once per reader; None where Whoosh's is
        as good (no article deleted, and no exact lengths to read)."""
        averages = self._averages.setdefault(reader, {})
        if fieldname not in averages:
            total = exact_field_length(reader, fieldname)
            if total is None and reader.has_deletions():
                total = live_field_length(reader, fieldname)
            averages[fieldname] = None if total is None else total / (reader.doc_count() or 1) or 1
        return averages[fieldname]


def bm25_idf(found: int, articles: int) -> float:
    """The BM25 idf of a word found in ``found`` of ``articles``."""
    return math.log(1.0 + (articles - found + 0.5) / (found + 0.5))


def make_weighting() -> scoring.WeightingModel:
    """BM25F, with per-field length normalisation (parameters in config, tuned on TIME 1-41)."""
    return NewsBM25F(B=config.BM25_B, K1=config.BM25_K1, title_B=config.TITLE_B)


def found_scores(searcher, query: wq.Query, filter: Filter) -> Scores:  # type: ignore[no-untyped-def]
    """Every article ``query`` matches within ``filter``, with its score: what each order of hits pages, and the
    articles a search's facets count (``facets.matching_docnums``, without a second search)."""
    return _within(searcher, query_scores(searcher, query), filter)


def scored_page(searcher, scores: Scores, page: int, limit: int,  # type: ignore[no-untyped-def]
                tiers: Tiers | None = None) -> Scored:
    """One page of the hits of ``scores`` (``found_scores``), by score (by ``tiers`` first: ``exacttiers``)."""
    _, best = best_scored(searcher, scores, page * limit, None, tiers)
    return best[(page - 1) * limit :]


def best_hits(searcher, query: wq.Query, limit: int, filter: Filter,  # type: ignore[no-untyped-def]
              tiers: Tiers | None = None) -> tuple[int, Scored]:
    """The number of articles ``query`` matches (within ``filter``) and the best ``limit`` of them (of the highest
    ``tiers`` first).

    Scores are Whoosh's BM25F (see fastscore.py); equal scores go in the order of their ids (``ties``), not in
    document order, which an update changes. Every match is counted, none pruned.
    """
    return best_scored(searcher, query_scores(searcher, query), limit, filter, tiers)


def query_scores(searcher, query: wq.Query) -> Scores:  # type: ignore[no-untyped-def]
    """Every article ``query`` matches and its score. A query of the title alone (``title:laos``) scores an article
    whose title was made from its lede by the body's score for the same query: such a title weighs nothing
    (``schema.to_document``), and its hits had all scored 0, in no order but their ids'."""
    if isinstance(query, Expanded):
        return query.scores(searcher)
    scores = all_scores(searcher, query)
    if 0.0 in scores.values() and {getattr(leaf, "fieldname", None) for leaf in query.leaves()} == {TITLE}:
        body = all_scores(searcher, query.accept(_in_body))
        scores = {docnum: score or body.get(docnum, 0.0) for docnum, score in scores.items()}
    return scores


def _in_body(query: wq.Query) -> wq.Query:
    """``query`` (a part of a query) searching the body where it searched the title."""
    if getattr(query, "fieldname", None) != TITLE:
        return query
    moved = copy.copy(query)
    moved.fieldname = BODY
    return moved


def best_scored(searcher, scores: Scores, limit: int, filter: Filter,  # type: ignore[no-untyped-def]
                tiers: Tiers | None = None) -> tuple[int, Scored]:
    """How many of ``scores`` are within ``filter``, and the best ``limit`` of them (see ``best_hits``)."""
    scores = _within(searcher, scores, filter)
    if tiers:
        return len(scores), best_tiered(scores, tiers, limit, ids(searcher.reader()))
    return len(scores), best_by_score(scores, limit, ids(searcher.reader()))


def _within(searcher, scores: Scores, filter: Filter) -> Scores:  # type: ignore[no-untyped-def]
    """The ``scores`` of the articles ``filter`` allows."""
    if filter is None:
        return scores
    allowed = filter if isinstance(filter, (set, frozenset)) else set(filter.docs(searcher))
    return {docnum: score for docnum, score in scores.items() if docnum in allowed}


class Expanded(wq.AndMaybe):
    """A query as typed (``a``) with optional words added where they match (``b``), scored as an AndMaybe, the
    scores of ``a`` already known (``known``): a feedback expansion scores the query as typed to pick its
    feedback articles, and it is not scored again for the expanded query (each hit's score is the same sum)."""

    def __init__(self, a: wq.Query, b: wq.Query, known: Scores | None = None) -> None:
        super().__init__(a, b)
        self.known = known

    def scores(self, searcher) -> Scores:  # type: ignore[no-untyped-def]
        """Every article ``a`` matches, with its score plus the score of ``b`` where ``b`` matches too."""
        if self.known is None:  # built without them, or a copy Whoosh made (``normalize``): score the AndMaybe
            return all_scores(searcher, wq.AndMaybe(self.a, self.b))
        extra = all_scores(searcher, self.b)
        return {docnum: score + extra[docnum] if docnum in extra else score for docnum, score in self.known.items()}


def reranked_page(searcher, scores: Scores, page: int, limit: int,  # type: ignore[no-untyped-def]
                  decay: Decay, tiers: Tiers | None = None) -> Scored:
    """One page of the hits of ``scores`` (``found_scores``) after the best ones by relevance are re-scored by the
    date decay (within each of ``tiers``, the highest first: ``exacttiers``).

    The decay never raises a score, so once the last relevance score fetched (in its tier) is below the decayed
    score of the page's last hit (in its), no article further down can reach the page: fetch more until then
    (at least RERANK_DEPTH). Every page is cut from the same order, so pages neither overlap nor skip.
    """
    column = column_of(searcher.reader(), DAY_NUMBER)
    if not any(column[docnum] for docnum in scores):  # each at the floor: the order and scores are relevance's, as the
        return scored_page(searcher, scores, page, limit, tiers)  # note says (every score had been halved)
    wanted = page * limit
    depth = max(config.RERANK_DEPTH, wanted)
    while True:
        total, scored = best_scored(searcher, scores, depth, None, tiers)  # the query scored once, not per depth
        ranked = rerank(scored, {docnum: day_from_number(column[docnum]) for docnum, _ in scored}, decay)
        rank, fetched = _ranks(ranked, scored, tiers)
        if tiers:
            ranked.sort(key=rank, reverse=True)  # stable: each tier in its decayed order
        if len(scored) >= total or (len(ranked) >= wanted and fetched(scored[-1]) < rank(ranked[wanted - 1])):
            break
        depth *= 4
    start = (page - 1) * limit
    settle_ties(ranked, rank, ids(searcher.reader()), start, wanted)  # equal decayed scores, by id too
    return ranked[start : start + limit]


RankOf = Callable[[tuple[int, float]], tuple[float, ...]]  # a hit's rank, higher first


def _ranks(ranked: Scored, scored: Scored, tiers: Tiers | None) -> tuple[RankOf, RankOf]:
    """The rank of a decayed hit of ``ranked`` and of a hit of ``scored`` by relevance: its score, or with ``tiers``
    its ``exacttiers.tier_ranks`` rank. A hit not fetched ranks no higher, decayed, than the last one fetched."""
    if not tiers:
        return _score, _score
    decayed, relevant = tier_ranks(ranked, tiers), tier_ranks(scored, tiers)
    return (lambda item: decayed[item[0]]), (lambda item: relevant[item[0]])


def _score(item: tuple[int, float]) -> tuple[float, ...]:
    """A hit's score, its rank without tiers."""
    return (item[1],)


def date_sorted_page(searcher, scores: Scores, page: int, limit: int,  # type: ignore[no-untyped-def]
                     oldest_first: bool = False) -> Scored:
    """One page of the hits of ``scores`` (``found_scores``) newest first (or ``oldest_first``: where a quote first
    appeared), undated last, the hits of one day by the time of day their sources wrote (those of none after them),
    then by their relevance (the scores of the relevance order, so a hit has one score whichever way the page is
    sorted), then by id."""
    column, moments = column_of(searcher.reader(), DAY_NUMBER), column_of(searcher.reader(), MOMENT_NUMBER)
    # day 0 is undated: last either way; within a day, moment 0 (no time of day) after the timed hits either way
    days = {docnum: ((column[docnum] or _UNDATED) if oldest_first else -column[docnum],
                     (moments[docnum] or _UNDATED) if oldest_first else -moments[docnum] or 1) for docnum in scores}
    ordered = sorted(scores.items(), key=lambda pair: (days[pair[0]], -pair[1], pair[0]))
    start = (page - 1) * limit
    settle_ties(ordered, lambda pair: (days[pair[0]], pair[1]), ids(searcher.reader()), start, start + limit)
    return ordered[start : start + limit]
