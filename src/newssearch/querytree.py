"""Rewrites of a parsed query's tree: negations lifted out of an OR, a query of negations alone, the query without its
NOTs, ``lang:`` values as stored, and a word typed twice weighted twice."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from copy import copy

from whoosh import query as wq

from .documents.languages import language_code
from .expansions import map_terms
from .querynormal import normalized
from .schema import LANG, SEARCH_FIELDS


def lift_negations(query: wq.Query) -> wq.Query:
    """``a OR b OR NOT c`` as ``(a OR b) AND NOT c``: what ``-c`` means under ``--match any`` too.

    Read literally, an OR with a NOT matches every article without ``c``, ranked by the word left out. A group of
    negations alone (its other words left out as stopwords), ``(-b -c)`` or ``(-b OR -c)``, is one negation of
    either word, as a query of them alone is (``negations``): read literally, ``a (-b OR -c)`` had found the
    articles with a that lack one of them, and ``a OR (-b -c)`` every article with neither.
    """
    if query.is_leaf():
        return query
    query = query.apply(lift_negations)
    if isinstance(query, wq.Not) and isinstance(query.query, wq.Not):
        # a negation negated in brackets, "-(-b)" or "-(-b OR -c)" (``_neither``), is its words: left a Not of a
        # Not, a second pass read the Or inside it as "a OR -b", and "-(-b) -c" had found every article but those
        # with c and without b
        return query.query.query.with_boost(query.boost * query.query.boost * query.query.query.boost)
    if isinstance(query, wq.AndNot):  # typed ANDNOT: the same matcher trouble (see below)
        return wq.And([query.a, wq.Not(query.b)], boost=query.boost)
    if isinstance(query, wq.AndMaybe) and _empty(query.a):
        # "+the gunmen -spikes": a required word left out requires nothing, and leaves the others as typed (it had
        # made them nothing too, as an AndMaybe with nothing required matches nothing: every article without spikes)
        return query.b
    if isinstance(query, wq.AndMaybe):  # "+brown blair -iraq", "+budget -deficit": the NOT is not optional
        others = list(query.b.children()) if isinstance(query.b, (wq.And, wq.Or)) else [query.b]
        negated = [child for child in others if isinstance(child, wq.Not)]
        optional = [child for child in others if not isinstance(child, wq.Not)]
        if negated:
            if not optional:
                return wq.And([query.a, *negated])
            maybe = wq.AndMaybe(query.a, wq.Or(optional) if len(optional) > 1 else optional[0])
            return wq.And([maybe, *negated])
    if not isinstance(query, (wq.And, wq.Or)):
        return query
    children = [child for child in query.children() if not _empty(child)]
    if children and all(isinstance(child, wq.Not) for child in children):
        return _neither(children, query.boost)
    if not isinstance(query, wq.Or):
        return query
    negated = [child.query for child in children if isinstance(child, wq.Not)]
    wanted = [child for child in children if not isinstance(child, wq.Not)]
    if not negated or not wanted:
        return query
    kept = wq.Or(wanted, boost=query.boost) if len(wanted) > 1 else wanted[0]
    # And with a Not, not AndNot: Whoosh's AndNot matcher lets the first hit of a segment through unchecked.
    return wq.And([kept, wq.Not(wq.Or(negated) if len(negated) > 1 else negated[0])])


def holds_leaf(query: wq.Query, test: Callable[[wq.Query], bool]) -> bool:
    """Whether a leaf of ``query`` (the query itself when it is one) passes ``test``, its leaves those Whoosh's
    ``leaves()`` yields, read by one loop: that generator is a level deep for each leaf, and each rewrite of a pasted
    page's tree asking whether it holds a field's term had walked its thousands of leaves so."""
    waiting = [query]
    while waiting:
        node = waiting.pop()
        if node.is_leaf():
            if test(node):
                return True
        else:
            waiting.extend(node.children())
    return False


def _empty(query: wq.Query) -> bool:
    """True for a part of the parsed tree that searches nothing: a stopword left out, a group of them."""
    # asked of each part of each group: a word, a stopword left out and a word's title-or-body clause answered without
    # normalizing them (normalized keeps a word, so a group holding one is never nothing), as a pasted page's were
    kind = type(query)
    if kind is wq.Term or kind in (wq.And, wq.Or) and any(type(part) is wq.Term for part in query.subqueries):
        return False
    if kind is wq.qcore._NullQuery:
        return True
    return isinstance(normalized(query), wq.qcore._NullQuery)  # a bracketed group of 1,000 words: not quadratic


def _neither(negated: list[wq.Query], boost: float) -> wq.Query:
    """One negation of every query ``negated`` negates: ``(-b -c)`` as ``-(b OR c)``."""
    inner = [child.query for child in negated]
    return negated[0] if len(inner) == 1 else wq.Not(wq.Or(inner), boost=boost)


def only_excludes(query: wq.Query) -> bool:
    """True for a query of negations alone ("-police", "NOT a NOT b"): it has nothing to find."""
    if isinstance(query, wq.Not):
        return True
    if isinstance(query, (wq.And, wq.Or)):
        children = list(query.children())
        return bool(children) and all(only_excludes(child) for child in children)
    return False


def negations(query: wq.Query) -> list[wq.Query]:
    """The Not parts of a query of negations alone (``only_excludes``), however they were joined: ``-oil -gas``
    under --match any is an OR of them, yet means neither word (Elasticsearch's must_not clauses)."""
    if isinstance(query, wq.Not):
        return [query]
    return [part for child in query.children() for part in negations(child)]


def without_nots(query: wq.Query) -> wq.Query | None:
    """``query`` with every NOT in it taken out, which finds every article it finds and those its NOTs leave out
    (``police -police``: police; ``cat OR NOT cat``, lifted: cat); None when it holds no NOT that leaves one out.

    Kept are the NOTs that leave out no article the query would find without them: one in an AndMaybe's optional
    part (which finds nothing more), and ``x ANDNOT y`` in an OR beside a part finding every article ``y`` finds
    (an amount's other writings beside its tiers, ``currencyamounts``): a query of them that found nothing had been
    searched again without them, to find nothing again."""
    kept = _kept(query)
    return None if kept is query else kept


def _kept(query: wq.Query) -> wq.Query:
    """``query`` without its NOT parts; ``query`` itself when it has none (see ``without_nots``)."""
    if isinstance(query, wq.AndNot):
        return _kept(query.a)
    if type(query) is wq.AndMaybe:  # its optional part, as typed: no article is found by it, nor left out
        return _with_parts(query, _kept(query.a), query.b)
    if isinstance(query, wq.BinaryQuery):  # a filter under --match any (Require): its parts
        return _with_parts(query, _kept(query.a), _kept(query.b))
    if isinstance(query, wq.compound.CompoundQuery):
        parts = [_kept_in(query, child) for child in query.subqueries if not isinstance(child, wq.Not)]
        if len(parts) == len(query.subqueries) and all(a is b for a, b in zip(parts, query.subqueries)):
            return query
        kept = copy(query)
        kept.subqueries = parts
        return kept if parts else wq.NullQuery
    return query


def _with_parts(query: wq.BinaryQuery, a: wq.Query, b: wq.Query) -> wq.Query:
    """``query`` with the parts ``a`` and ``b``; ``query`` itself when they are its own."""
    if a is query.a and b is query.b:
        return query
    kept = copy(query)
    kept.a, kept.b = a, b
    kept.subqueries = (a, b)
    return kept


def _kept_in(parent: wq.Query, child: wq.Query) -> wq.Query:
    """``_kept(child)``, ``child`` a part of ``parent``; where ``parent`` is an OR (any part matching) and ``child`` is
    ``x ANDNOT y`` beside a part finding every article ``y`` finds, ``x`` without its NOTs and ``y`` still left out:
    what ``y`` leaves out, the OR finds all the same."""
    union = type(parent) is wq.DisjunctionMax or (type(parent) is wq.Or and not parent.minmatch)
    if not (union and type(child) is wq.AndNot
            and any(_finds_all(other, child.b) for other in parent.subqueries if other is not child)):
        return _kept(child)
    return _with_parts(child, _kept(child.a), child.b)


def _finds_all(query: wq.Query, other: wq.Query) -> bool:
    """Whether ``query`` surely finds every article ``other`` finds: it is ``other`` but for its boost, or an AndMaybe
    whose required part is."""
    if type(query) is wq.AndMaybe:
        return _finds_all(query.a, other)
    return type(query) is type(other) and query.with_boost(1.0) == other.with_boost(1.0)


def languages_as_stored(query: wq.Query) -> wq.Query:
    """``lang:`` values as the index holds them (``documents.languages.language_code``): ``lang:pt-BR``,
    ``lang:"PT"``, ``lang:pt-`` and ``lang:pt`` all find every Portuguese article; a pattern (``lang:P*``) in lower
    case."""
    def stored(leaf: wq.Query) -> wq.Query:
        if getattr(leaf, "fieldname", None) != LANG or not isinstance(getattr(leaf, "text", None), str):
            return leaf
        text = str(leaf.text)
        if type(leaf) is wq.Term and (listed := _listed_codes(text)):  # quoted, lang:"de,fr" is a list too
            return wq.Or([wq.Term(LANG, code, boost=leaf.boost) for code in listed])
        # lang:en- is lang:en (a tag cut after its language, as "en-*" would be typed)
        code = (language_code(text) or language_code(text.rstrip("-_"))) if type(leaf) is wq.Term else None
        leaf = copy(leaf)
        leaf.text = code or text.lower()
        return leaf

    return map_terms(query, stored)


def _listed_codes(text: str) -> list[str]:
    """The languages of a list of them (``de,fr``), once each; none for a value that is not one."""
    codes = [language_code(code) for code in re.split(r"\s*[,;]\s*", text)] if "," in text or ";" in text else []
    return list(dict.fromkeys(code for code in codes if code)) if codes and all(codes) else []


def weight_repeats(query: wq.Query, counts: Counter[str]) -> wq.Query:
    """Weight a word typed twice as twice as important: the parser keeps a repeated term only once.

    Long natural-language queries repeat their key words ("NUMBER OF TROOPS ... AS COMPARED WITH THE
    NUMBER OF TROOPS ..."); BM25 counts query-term frequency, so the repetition is kept as a boost.
    """
    def weighted(leaf: wq.Query) -> wq.Query:
        if isinstance(leaf, wq.Term) and leaf.fieldname in SEARCH_FIELDS and counts.get(str(leaf.text), 1) > 1:
            leaf = leaf.copy()
            leaf.boost *= counts[str(leaf.text)]
        return leaf

    return map_terms(query, weighted, skip=(wq.Not,))
