"""A long pasted query is normalized in time linear in its words: Whoosh hashes every word's title-or-body clause
alike, so its own dedup compared each clause with every one before it (3,000 words: seconds). ``normalized`` is
Whoosh's ``normalize`` with the clauses keyed apart (querynormal.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from whoosh import query as wq

from newssearch.querying import parse_user_query
from newssearch.querynormal import normalized, query_key
from newssearch.schema import BODY, SCHEMA, TITLE

WORDS = [f"zq{n:03d}x" for n in range(300)]  # made-up words, none a stopword, each its own term


@pytest.fixture
def comparisons(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times two compound queries are compared with ==."""
    counted = [0]
    equal = wq.CompoundQuery.__eq__

    def counting(self: wq.CompoundQuery, other: object) -> bool:
        counted[0] += 1
        return equal(self, other)

    monkeypatch.setattr(wq.CompoundQuery, "__eq__", counting)
    yield counted


@pytest.mark.parametrize(("typed", "match"), [
    (" ".join(WORDS), "all"),
    (" ".join(WORDS), "any"),
    (" ".join(WORDS) + " -storm", "all"),
    ("storm OR (" + " ".join(WORDS) + ")", "all"),  # a bracketed group (querytree._empty normalizes it)
])
def test_a_long_query_compares_its_clauses_linearly(comparisons: list[int], typed: str, match: str) -> None:
    parse_user_query(typed, SCHEMA, match)
    assert comparisons[0] < len(WORDS)  # Whoosh's normalize: about 45,000 (300 * 299 / 2)


def _clause(word: str) -> wq.Or:
    return wq.Or([wq.Term(TITLE, word, boost=2.0), wq.Term(BODY, word)])


def test_each_words_clause_has_its_own_key() -> None:
    assert len({hash(_clause(word)) for word in WORDS}) == 1  # why: Whoosh's hash, the word cancelled out
    assert len({query_key(_clause(word)) for word in WORDS}) == len(WORDS)
    assert query_key(_clause("storm")) == query_key(_clause("storm"))


def _ordinary_trees() -> list[wq.Query]:
    date = wq.DateRange  # a field's overlapping ranges are merged
    return [
        wq.And([_clause("a"), _clause("b"), _clause("a"), wq.And([_clause("c"), _clause("b")], boost=2.0)]),
        wq.Or([_clause("a"), wq.Or([wq.Term(BODY, "b"), wq.Term(BODY, "a", boost=2.0)]), wq.Term(TITLE, "a", boost=2.0)]),
        wq.Or([_clause("a"), _clause("b")], minmatch=1, scale=0.5),
        wq.And([wq.NullQuery, _clause("a")], boost=3.0),
        wq.And([wq.NullQuery, wq.NullQuery]),
        wq.Or([wq.Every(), _clause("a")]),
        wq.And([wq.Every(BODY), wq.Term(BODY, "a"), _clause("b")]),
        wq.And([_clause("a"), date("date", datetime(2020, 1, 1), datetime(2020, 6, 1)),
                date("date", datetime(2020, 3, 1), datetime(2021, 1, 1))]),
        wq.And([wq.Ordered([wq.Term(BODY, "a"), wq.Term(BODY, "b")]), wq.Ordered([wq.Term(BODY, "a"), wq.Term(BODY, "b")])]),
        wq.And([wq.AndNot(_clause("a"), _clause("b")), wq.Not(_clause("c")), wq.Not(_clause("c"))]),
        wq.DisjunctionMax([_clause("a"), _clause("a")]),
    ]


@pytest.mark.parametrize("tree", _ordinary_trees(), ids=repr)
def test_normalized_is_whooshs_normalize(tree: wq.Query) -> None:
    expected = tree.normalize()
    got = normalized(tree)
    assert got == expected and repr(got) == repr(expected)
    assert (getattr(got, "minmatch", None), getattr(got, "scale", None)) == (
        getattr(expected, "minmatch", None), getattr(expected, "scale", None))


def test_a_word_s_clause_is_not_normalized_again_to_tell_whether_it_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    # lift_negations asks of each part of each group whether it searches nothing: each word's title-or-body clause
    # of a pasted page had been normalized for it, then again with the whole tree (0.1 s a parse of 10,000 words)
    import newssearch.querytree as querytree

    asked: list[wq.Query] = []
    monkeypatch.setattr(querytree, "normalized", lambda query: asked.append(query) or normalized(query))
    tree = wq.And([_clause(word) for word in WORDS[:3]] + [wq.Term(BODY, "storm"), wq.Or([wq.NullQuery, wq.NullQuery])])
    assert querytree.lift_negations(tree) == tree
    assert asked == [wq.Or([wq.NullQuery, wq.NullQuery])]  # only the group of stopwords left out, whose answer is yes
