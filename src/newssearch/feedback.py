"""Pseudo-relevance feedback (RM3): reweight a query with the words its best hits have in common.

The expansion is optional (``AndMaybe``): it reorders the hits of the query as typed and never
adds or removes one, so totals, facets and timelines do not depend on it. A hit's words are read as the index holds
them, in its own language (``stemming``), without that language's function words (``functionwords``): read as
English, a German hit's commonest words were "die", "der" and "und", weighed above the words typed.
"""

from __future__ import annotations

import math
from collections import Counter

from whoosh import query as wq

from . import config
from .fastscore import all_scores
from .functionwords import FUNCTION_WORDS, fold
from .languagequery import in_language
from .ranking import Expanded, Filter, best_scored
from .schema import BODY, LANG
from .stemming import language_stemmer
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


Body = tuple[float, str, "str | None"]  # a feedback article's score, body and language


def term_weights(bodies: list[Body]) -> tuple[Counter[str], dict[str, set[str | None]]]:
    """RM1 weights: each term's share of each feedback body, weighted by the body's softmax score; and the languages
    of the bodies each term is in (None: stemmed as English).

    Only terms found in at least FEEDBACK_MIN_DOCS of the bodies count: the softmax gives the first
    hit most of the weight, and words only it has (other names, another story in the same article)
    would pull its neighbours up rather than the topic (TIME 1-41: MAP 0.738 -> 0.750).
    """
    top = max(score for score, _, _ in bodies)
    shares = [math.exp(score - top) for score, _, _ in bodies]
    total = sum(shares)
    weights: Counter[str] = Counter()
    found_in: Counter[str] = Counter()
    languages: dict[str, set[str | None]] = {}
    for share, (_, body, lang) in zip(shares, bodies):
        counts = body_terms(body, lang)
        length = sum(counts.values()) or 1
        stemmed = lang if language_stemmer(lang) is not None else None
        for term, count in counts.items():
            weights[term] += share / total * count / length  # type: ignore[assignment]  # typeshed: a Counter counts ints
            languages.setdefault(term, set()).add(stemmed)
        found_in.update(counts.keys())
    least = min(config.FEEDBACK_MIN_DOCS, len(bodies))
    return Counter({term: weight for term, weight in weights.items() if found_in[term] >= least}), languages


def body_terms(body: str, lang: str | None) -> Counter[str]:
    """The terms of ``body`` as the index holds them for an article in ``lang``, its function words left out (the
    English stop list's always)."""
    own = FUNCTION_WORDS.get(lang) if isinstance(lang, str) else None
    if language_stemmer(lang) is None and own is None:
        return Counter(token.text for token in TEXT_ANALYZER(body))
    tokens = TEXT_ANALYZER(body, lang=lang, keeporiginal=True)
    return Counter(token.text for token in tokens if own is None or fold(token.original) not in own)


def expand(searcher, query: wq.Query, filter: Filter = None) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with the top feedback terms of its best hits added as optional, weighted body terms (an
    ``Expanded`` query: ``query``'s scores are kept from the feedback search, not computed again)."""
    typed = typed_weight(query)
    if not typed or config.FEEDBACK_DOCS < 1 or config.FEEDBACK_TERMS < 1:
        return query
    scores = all_scores(searcher, query)
    _, first = best_scored(searcher, scores, config.FEEDBACK_DOCS, filter)
    bodies = [(score, (stored.get(BODY) or "")[:SAMPLE_CHARS], stored.get(LANG))
              for docnum, score in first for stored in (searcher.stored_fields(docnum),)]
    if not bodies:
        return query
    weights, languages = term_weights(bodies)
    chosen = weights.most_common(config.FEEDBACK_TERMS)
    total = sum(weight for _, weight in chosen)
    if not total:
        return query
    # RM3 mixes lambda * (typed words, each 1/n) with (1 - lambda) * (expansion); the typed query keeps
    # its own weights (1 per word), so the expansion is scaled to match.
    lam = config.FEEDBACK_ORIGINAL
    scale = (1 - lam) / lam * typed / total
    extra = [_in_own_languages(wq.Term(BODY, term, boost=weight * scale), languages[term]) for term, weight in chosen]
    return Expanded(query, wq.Or(extra), scores)


def _in_own_languages(term: wq.Term, languages: set[str | None]) -> wq.Query:
    """``term``, counted only in articles of ``languages`` when none of the bodies it came from is stemmed as English:
    another language's stem counts in that language's articles alone (``languagequery``)."""
    return term if None in languages else in_language(term, sorted(lang for lang in languages if lang))
