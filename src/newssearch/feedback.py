"""Pseudo-relevance feedback (RM3): reweight a query with the words its best hits have in common.

The expansion is optional (``AndMaybe``): it reorders the hits of the query as typed and never
adds or removes one, so totals, facets and timelines do not depend on it.
"""

from __future__ import annotations

import math
from collections import Counter

from whoosh import query as wq

from . import config
from .fastscore import all_scores
from .ranking import Expanded, Filter, best_scored
from .schema import BODY
from .textanalysis import TEXT_ANALYZER

# Feedback words come from the start of each body: a 100 MB article must not make every query slow.
SAMPLE_CHARS = 100_000


def typed_weight(query: wq.Query) -> float:
    """The summed boosts of the query's body terms (a word typed twice counts twice), negations left out."""
    if isinstance(query, wq.Not):
        return 0.0
    if isinstance(query, wq.AndNot):
        return typed_weight(query.a)
    if isinstance(query, wq.Term):
        return query.boost if query.fieldname == BODY else 0.0
    if query.is_leaf():
        return 0.0
    return sum(typed_weight(child) for child in query.children())


def term_weights(bodies: list[tuple[float, str]]) -> Counter[str]:
    """RM1 weights: each term's share of each feedback body, weighted by the body's softmax score.

    Only terms found in at least FEEDBACK_MIN_DOCS of the bodies count: the softmax gives the first
    hit most of the weight, and words only it has (other names, another story in the same article)
    would pull its neighbours up rather than the topic (TIME 1-41: MAP 0.738 -> 0.750).
    """
    top = max(score for score, _ in bodies)
    shares = [math.exp(score - top) for score, _ in bodies]
    total = sum(shares)
    weights: Counter[str] = Counter()
    found_in: Counter[str] = Counter()
    for share, (_, body) in zip(shares, bodies):
        counts = Counter(token.text for token in TEXT_ANALYZER(body))
        length = sum(counts.values()) or 1
        for term, count in counts.items():
            weights[term] += share / total * count / length
        found_in.update(counts.keys())
    least = min(config.FEEDBACK_MIN_DOCS, len(bodies))
    return Counter({term: weight for term, weight in weights.items() if found_in[term] >= least})


def expand(searcher, query: wq.Query, filter: Filter = None) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with the top feedback terms of its best hits added as optional, weighted body terms (an
    ``Expanded`` query: ``query``'s scores are kept from the feedback search, not computed again)."""
    typed = typed_weight(query)
    if not typed or config.FEEDBACK_DOCS < 1 or config.FEEDBACK_TERMS < 1:
        return query
    scores = all_scores(searcher, query)
    _, first = best_scored(searcher, scores, config.FEEDBACK_DOCS, filter)
    bodies = [(score, (searcher.stored_fields(docnum).get(BODY) or "")[:SAMPLE_CHARS]) for docnum, score in first]
    if not bodies:
        return query
    chosen = term_weights(bodies).most_common(config.FEEDBACK_TERMS)
    total = sum(weight for _, weight in chosen)
    if not total:
        return query
    # RM3 mixes lambda * (typed words, each 1/n) with (1 - lambda) * (expansion); the typed query keeps
    # its own weights (1 per word), so the expansion is scaled to match.
    lam = config.FEEDBACK_ORIGINAL
    scale = (1 - lam) / lam * typed / total
    extra = [wq.Term(BODY, term, boost=weight * scale) for term, weight in chosen]
    return Expanded(query, wq.Or(extra), scores)
