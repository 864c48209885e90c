"""Whoosh's ``normalize`` of a parsed query, its duplicate clauses found by a key that tells words apart.

Whoosh hashes a compound query as the XOR of its parts' hashes, so a word's clause over title and body,
``Or([Term(title, w, boost=b), Term(body, w)])``, hashes the same for every word ``w`` (the two ``hash(w)`` cancel).
Its ``CompoundQuery.normalize`` drops duplicates through a set of those clauses, which then compares each with every
one before it: a pasted query of 3,000 words spent seconds there. ``normalized`` does what that method does, step
for step, for the And and Or nodes the parser builds, with the set keyed by ``query_key`` (equal queries get equal
keys, as the set needs; different words get different ones); any other node is normalized by Whoosh, as before.
"""

from __future__ import annotations

from collections.abc import Hashable

from whoosh import query as wq
from whoosh.query import qcore

_OWN = (wq.And, wq.Or)  # the nodes normalized here: exactly these types, not their subclasses (Ordered, DefaultOr)


def query_key(query: wq.Query) -> Hashable:
    """A hash key for ``query`` that agrees with its ``==``: a compound query's by its type, boost and parts' keys in
    order (what ``CompoundQuery.__eq__`` compares), any other query's by its own hash."""
    if isinstance(query, wq.CompoundQuery) and type(query).__eq__ is wq.CompoundQuery.__eq__:
        return (type(query), query.boost, tuple(query_key(part) for part in query.subqueries))
    return hash(query)


class _Keyed:
    """A query in a set: hashed by ``query_key``, equal as the queries are."""

    __slots__ = ("key", "query")

    def __init__(self, query: wq.Query) -> None:
        self.query = query
        self.key = hash(query_key(query))

    def __hash__(self) -> int:
        return self.key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Keyed) and (self.query is other.query or bool(self.query == other.query))


def normalized(query: wq.Query) -> wq.Query:
    """``query.normalize()``, the same tree, in time linear in its clauses for an And or Or of many words."""
    if type(query) not in _OWN:
        return query.normalize()
    norm = _compound_normalized(query)
    if type(query) is wq.Or and norm.__class__ is wq.Or:  # as Or.normalize keeps them
        norm.minmatch = query.minmatch
        norm.scale = query.scale
    return norm


def _compound_normalized(query: wq.CompoundQuery) -> wq.Query:
    """whoosh.query.compound.CompoundQuery.normalize (Whoosh 2.7), its duplicates found by ``query_key``."""
    subqueries: list[wq.Query] = []
    for part in query.subqueries:
        part = normalized(part)
        if isinstance(part, query.__class__):  # nested instances of this class merged
            subqueries += [each.with_boost(each.boost * part.boost) for each in part]
        else:
            subqueries.append(part)
    if all(part is qcore.NullQuery for part in subqueries):
        return qcore.NullQuery
    if any(isinstance(part, wq.Every) and part.fieldname is None for part in subqueries):
        return wq.Every()
    everyfields = _merge_ranges(query, subqueries)
    kept: list[wq.Query] = []
    seen: set[_Keyed] = set()
    for part in subqueries:
        if not isinstance(part, wq.Every) and part.field() in everyfields:
            continue
        keyed = _Keyed(part)
        if keyed in seen:
            continue
        seen.add(keyed)
        kept.append(part)
    kept = [part for part in kept if part is not qcore.NullQuery]
    if not kept:
        return qcore.NullQuery
    if len(kept) == 1:
        sub = kept[0]
        sub_boost = getattr(sub, "boost", 1.0)
        if not (query.boost == 1.0 and sub_boost == 1.0):
            sub = sub.with_boost(sub_boost * query.boost)
        return sub
    return query.__class__(kept, boost=query.boost)


def _merge_ranges(query: wq.CompoundQuery, subqueries: list[wq.Query]) -> set[str | None]:
    """Overlapping ranges of ``subqueries`` merged in place and a field's parts after its Every dropped, as Whoosh
    does; the fields of its Every queries."""
    everyfields: set[str | None] = set()
    i = 0
    while i < len(subqueries):
        part = subqueries[i]
        if part.field() in everyfields:
            subqueries.pop(i)
            continue
        if isinstance(part, (wq.TermRange, wq.NumericRange)):
            j = i + 1
            while j < len(subqueries):
                if part.overlaps(subqueries[j]):
                    part = part.merge(subqueries.pop(j), intersect=query.intersect_merge)
                else:
                    j += 1
            part = subqueries[i] = part.normalize()
        if isinstance(part, wq.Every):
            everyfields.add(part.fieldname)
        i += 1
    return everyfields
