"""A pasted page's query tree is walked by the rewrites that ask whether it holds a ``section:`` or a ``source:``
term: its leaves read by one loop, not Whoosh's ``leaves()``, a generator a level deep for each leaf (querytree.py)."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from newssearch.indexquery import _has_source
from newssearch.querytree import holds_leaf
from newssearch.schema import BODY, SECTION, SOURCE, TITLE
from newssearch.sectioncodes import with_coded_sections

WORDS = [f"zq{n:03d}x" for n in range(300)]


def _page(*more: wq.Query) -> wq.Query:
    return wq.And([wq.Or([wq.Term(TITLE, word, boost=2.0), wq.Term(BODY, word)]) for word in WORDS] + list(more))


@pytest.fixture
def no_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    def leaves(self: wq.Query) -> None:
        raise AssertionError("Whoosh's leaves() walked")

    monkeypatch.setattr(wq.Query, "leaves", leaves)


@pytest.mark.parametrize(("tree", "expected"), [
    (_page(), False),
    (_page(wq.Not(wq.Term(SOURCE, "rnz"))), True),  # a NOT's leaf is a leaf, as leaves() reads it
    (wq.Term(SOURCE, "rnz"), True),  # a leaf is its own leaf
    (wq.AndMaybe(_page(), wq.Phrase(SOURCE, ["nz", "herald"])), True),
])
def test_a_source_is_found_among_a_page_s_leaves_without_whoosh_s_walk(tree: wq.Query, expected: bool,
                                                                      no_leaves: None) -> None:
    assert _has_source(tree) is expected


def test_a_page_without_a_section_is_left_as_it_is_without_whoosh_s_walk(no_leaves: None) -> None:
    tree = _page()
    assert with_coded_sections(tree, reader=None) is tree


def test_holds_leaf_reads_every_leaf() -> None:
    tree = _page(wq.Term(SECTION, "earn"))
    assert holds_leaf(tree, lambda leaf: getattr(leaf, "fieldname", None) == SECTION)
    assert not holds_leaf(tree, lambda leaf: getattr(leaf, "text", None) == "zzz")
    for leaf in tree.leaves():  # each leaf, the deepest too, is read
        assert holds_leaf(tree, lambda each, leaf=leaf: each is leaf)
