"""A number typed with no currency, with its scale or in full, searched written either way: ``2.5 million``, ``"2.5
million"`` and ``2.5mn`` find "2,500,000" too, and ``2500000`` finds "2.5 million", "2.5bn"'s kin and "$2.5m" (whose
terms are "2.5" and "million": ``gluedamounts``).

The index is as it was: a number in full is its one term ("2500000"), a scaled one its number and its scale's word;
the query searches the other way of writing it beside the way typed. Only a million and more is read in full (a typed
``2500`` is no "2.5 thousand", nor ``25 thousand`` "25,000"), and only with at most three decimals (``1234567`` is no
"1.234567 million").
"""

from __future__ import annotations

from whoosh import query as wq

from .expansions import map_terms
from .fullamounts import in_full, scaled_forms
from .schema import SEARCH_FIELDS

# The scales a number typed bare is read with, either way: a million up ("25 thousand" is no "25,000", as "25000" is
# no "25 thousand"; a currency's amount takes a thousand too: currencyamounts)
_BARE_SCALES = frozenset({"million", "billion", "trillion"})


def with_scaled_forms(query: wq.Query) -> wq.Query:
    """``query`` with each number it types in full (``2500000``) searched with its scale too ("2.5 million"), and each
    number with its scale (the phrase ``"2.5 million"``, the words ``2.5 million`` side by side) in full too."""
    return _side_by_side(map_terms(query, _other_way))


def _other_way(leaf: wq.Query) -> wq.Query:
    """``leaf`` (a term or a phrase) or the same number written the other way."""
    if getattr(leaf, "fieldname", None) not in SEARCH_FIELDS:
        return leaf
    if isinstance(leaf, wq.Term):
        forms = [form for form in scaled_forms(str(leaf.text)) if form[1] in _BARE_SCALES]
        return wq.Or([leaf, *(wq.Phrase(leaf.fieldname, list(form), boost=leaf.boost) for form in forms)]) \
            if forms else leaf
    if isinstance(leaf, wq.Phrase) and len(leaf.words) == 2 and str(leaf.words[1]) in _BARE_SCALES \
            and (full := in_full(*map(str, leaf.words))) is not None:
        return wq.Or([leaf, wq.Term(leaf.fieldname, full, boost=leaf.boost)])
    return leaf


def _side_by_side(query: wq.Query) -> wq.Query:
    """``query`` with each number and scale typed side by side in an AND (``2.5 million``) or its number in full."""
    if query.is_leaf():
        return query
    query = query.apply(_side_by_side)
    if not isinstance(query, wq.And):
        return query
    children, changed, at = list(query.subqueries), False, 0
    while at + 1 < len(children):
        number, scale = _terms(children[at]), _terms(children[at + 1])
        full = in_full(number[0].text, scale[0].text) if number and scale and scale[0].text in _BARE_SCALES else None
        if full is not None:
            written = wq.Or([wq.Term(term.fieldname, full, boost=term.boost) for term in number])
            children[at : at + 2] = [wq.Or([wq.And(children[at : at + 2]), written])]
            changed = True
        at += 1
    return query.__class__(children, boost=query.boost) if changed else query


def _terms(node: wq.Query) -> list[wq.Term]:
    """The terms of ``node`` when it is one word searched in the article's fields (a term, or an OR of the same text's
    terms), else none."""
    leaves = [node] if isinstance(node, wq.Term) else list(node.subqueries) if isinstance(node, wq.Or) else []
    if not leaves or not all(isinstance(leaf, wq.Term) and leaf.fieldname in SEARCH_FIELDS for leaf in leaves):
        return []
    return leaves if len({str(leaf.text) for leaf in leaves}) == 1 else []
