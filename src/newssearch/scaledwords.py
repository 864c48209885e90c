"""A number typed with no currency, with its scale or in full, searched written either way: ``2.5 million``, ``"2.5
million"`` and ``2.5mn`` find "2,500,000" too, and ``2500000`` finds "2.5 million", "2.5bn"'s kin and "$2.5m" (whose
terms are "2.5" and "million": ``gluedamounts``).

The index is as it was: a number in full is its one term ("2500000"), a scaled one its number and its scale's word;
the query searches the other way of writing it beside the way typed. Only a million and more is read in full (a typed
``2500`` is no "2.5 thousand", nor ``25 thousand`` "25,000"), and only with at most three decimals (``1234567`` is no
"1.234567 million"). A number typed before a scale with zeros ending its decimals (``2.50 million``) is searched as
its value too (``2.5 million``), which the index holds beside "2.50 million" (``zerodecimals``), so that it finds "2.5
million" and "$2.5m".
"""

from __future__ import annotations

from itertools import islice, product

from whoosh import query as wq

from .expansions import map_terms
from .fullamounts import SCALE_POWERS, in_full, number_value, scaled_forms
from .numberwords import SCALE_TERMS, typed_number
from .phrases import NewsPhrase
from .schema import SEARCH_FIELDS

# The scales a number typed bare is read with, either way: a million up ("25 thousand" is no "25,000", as "25000" is
# no "25 thousand"; a currency's amount takes a thousand too: currencyamounts)
_BARE_SCALES = frozenset({"million", "billion", "trillion"})
_OTHER_WAYS = 8  # a phrase's other ways of writing its numbers, at most (two of them: 3 to 8)
_A_MILLION = 1_000_000  # the least number read in full from its scale ("0 mln" is no 0, "0.5 million" no 500000)


def _bare_in_full(number: str, scale: str) -> str | None:
    """``number`` of ``scale`` in full when the scale is one a bare number is read with and the amount a million or
    more (``2500000`` for ``2.5 million``), else None: "0 mln" had found every "2-0" score."""
    full = in_full(number, scale) if scale in _BARE_SCALES else None
    return full if full is not None and int(full.partition(".")[0]) >= _A_MILLION else None  # its whole part


def with_scaled_forms(query: wq.Query) -> wq.Query:
    """``query`` with each number it types in full (``2500000``) searched with its scale too ("2.5 million"), and each
    number with its scale (the phrase ``"2.5 million"``, the words ``2.5 million`` side by side) in full too; in a
    phrase too (``"a budget of 2,500,000"`` finds "a budget of 2.5 million")."""
    return _side_by_side(map_terms(query, _other_way))


def _other_way(leaf: wq.Query) -> wq.Query:
    """``leaf`` (a term or a phrase) or the same number written the other way."""
    if getattr(leaf, "fieldname", None) not in SEARCH_FIELDS:
        return leaf
    if isinstance(leaf, wq.Term):
        forms = [form for form in scaled_forms(str(leaf.text)) if form[1] in _BARE_SCALES]
        return wq.Or([leaf, *(wq.Phrase(leaf.fieldname, list(form), boost=leaf.boost) for form in forms)]) \
            if forms else leaf
    if type(leaf) in (wq.Phrase, NewsPhrase) and (ways := _written_other_ways(list(map(str, leaf.words)))):
        return wq.Or([leaf, *(wq.Term(leaf.fieldname, words[0], boost=leaf.boost) if len(words) == 1 else
                              NewsPhrase(leaf.fieldname, words, slop=leaf.slop, boost=leaf.boost) for words in ways)])
    return leaf


def _written_other_ways(words: list[str]) -> list[list[str]]:
    """The words of a phrase with its numbers written the other way (at most _OTHER_WAYS of them): a number and its
    scale in full (``2.5 million``: ``2500000``), a number in full with its scale (``2500000``: ``2.5 million``); none
    when it holds no such number."""
    ways: list[list[list[str]]] = []  # at each number (or other word), its ways, as typed first
    at = 0
    while at < len(words):
        word, scale = words[at], words[at + 1] if at + 1 < len(words) else ""
        value = [number_value(word)] if scale in SCALE_POWERS and number_value(word) != word else []  # 2.50: 2.5
        if (full := _bare_in_full(word, scale)) is not None:
            ways.append([[word, scale], *([[*value, scale]] if value else []), [full]])
        else:
            forms = [value] if value else [] if scale in SCALE_POWERS else [
                list(form) for form in scaled_forms(word) if form[1] in _BARE_SCALES]
            ways.append([[word], *forms])
        at += len(ways[-1][0])
    return [[word for place in way for word in place] for way in islice(product(*ways), 1, _OTHER_WAYS + 1)]


def _side_by_side(query: wq.Query) -> wq.Query:
    """``query`` with each number and scale typed side by side in an AND (``2.5 million``) or its number in full, and
    each number word before a scale or per cent (``four million``) or its digits too (``numberwords``)."""
    if query.is_leaf():
        return query
    query = query.apply(_side_by_side)
    if not isinstance(query, wq.And):
        return query
    children, changed, at = list(query.subqueries), False, 0
    while at + 1 < len(children):
        number, scale = _terms(children[at]), _terms(children[at + 1])
        digits = typed_number(number[0].text) if number and scale and scale[0].text in SCALE_TERMS else None
        if digits is not None:  # "four million": "4 million" too, which the index holds at "four million" too
            number = [wq.Term(term.fieldname, digits, boost=term.boost) for term in number]
            children[at] = wq.Or([children[at], *number])
            changed = True
        if number and scale and scale[0].text in SCALE_POWERS and (value := number_value(number[0].text)) != \
                number[0].text:  # "2.50 million": "2.5 million" too, which the index holds at "2.50 million" too
            children[at] = wq.Or([children[at], *(wq.Term(term.fieldname, value, boost=term.boost) for term in number)])
            changed = True
        full = _bare_in_full(number[0].text, scale[0].text) if number and scale else None
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
