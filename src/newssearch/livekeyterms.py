"""Whoosh's Bo1 key terms of an article in an index holding deleted versions, each word's live count read only when
it may make it one of them.

Whoosh's ``Expander.expanded_terms`` weighs every word of the article by how often the live articles hold it
(``livecounts.live_weight``), and in an updated index that reads all of the word's postings: 176 words of a Reuters
story, 6,600 blocks of postings over 100,000 articles after a 1% update, most of ``similar``'s time. The postings
of a common word are the most to read and the least telling. A word's live count lies between the count Whoosh
stores (deleted versions too) and that count less what its deleted versions can hold at most (each of the segment's
deleted articles its heaviest posting), and Bo1 weighs a word lower the commoner it is: a word whose best weight
within those bounds is below what the chosen words are sure to reach cannot be chosen, and is not read.
The words chosen, and their weights, are those of ``expanded_terms``; the words left unread are not counted.
"""

from __future__ import annotations

from whoosh import classify

from .livecounts import live_weight

# Slack for the float rounding of the stored counts (float32) and of the weights, far above either: a word is left
# unread only when it is short of the chosen words' least weight by more than this share.
MARGIN = 1e-6


def live_expanded_terms(expander: classify.Expander, reader, number: int) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """``expander.expanded_terms(number, normalize=True)`` where ``expander`` weighs words by live counts (``reader``
    has deleted articles): the same words and weights, reading the live counts of only the words that may be chosen."""
    model, fieldname, top_total = expander.model, expander.fieldname, expander.top_total
    field = reader.schema[fieldname]
    exact: dict[str, float] = {}  # word -> its Bo1 weight, from its live count
    bounded: dict[str, tuple[float, float]] = {}  # word -> its least and its greatest Bo1 weight
    for word, weight in expander.topN_weight.items():
        btext = field.to_bytes(word)
        low, high = _live_weight_bounds(reader, fieldname, btext)
        if not high:
            continue  # no article holds it: Whoosh's ``in`` leaves it out
        if low <= 0 or high >= weight * model.N:  # Bo1 is not falling over the bounds: read it
            _count(exact, model, word, weight, live_weight(reader, fieldname, btext), top_total)
        else:
            bounded[word] = (model.score(weight, high, top_total), model.score(weight, low, top_total))
    least = sorted([*exact.values(), *(lowest for lowest, _ in bounded.values())], reverse=True)
    sure = least[number - 1] * (1 - MARGIN) if len(least) >= number else None
    for word, (_, highest) in bounded.items():
        if sure is None or highest >= sure:  # it may be chosen: read its live count
            weight = expander.topN_weight[word]
            _count(exact, model, word, weight, live_weight(reader, fieldname, field.to_bytes(word)), top_total)
    if not exact:
        return []
    norm = model.normalizer(max(0, *exact.values()), top_total)
    ranked = sorted(((score / norm, word) for word, score in exact.items()), key=lambda x: (0 - x[0], x[1]))
    return [(word, weight) for weight, word in ranked[:number]]


def _count(exact: dict[str, float], model: classify.ExpansionModel, word: str, weight: float, live: float,
           top_total: float) -> None:
    """Weigh ``word`` by its ``live`` count, unless no live article holds it (Whoosh's ``in`` on live counts)."""
    if live:
        exact[word] = model.score(weight, live, top_total)


def _live_weight_bounds(reader, fieldname: str, btext: bytes) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The least and the most that the live articles can hold the term ``btext`` of ``fieldname``, all told, read from
    the term's stored statistics: its deleted versions hold at most, in a segment, as many postings as it has deleted
    articles, each at most its heaviest."""
    low = high = 0.0
    for leaf, _ in reader.leaf_readers():
        if (fieldname, btext) not in leaf:
            continue
        stored = leaf.frequency(fieldname, btext)
        high += stored * (1 + MARGIN)
        deleted = 0.0
        if leaf.has_deletions():
            info = leaf.term_info(fieldname, btext)
            deleted = min(info.doc_frequency(), len(leaf.deleted_docs_set)) * info.max_weight() * (1 + MARGIN)
        low += max(0.0, stored * (1 - MARGIN) - deleted)
    return low, high
