"""How the query operators join their clauses: a boost stays on the clause it is typed after, whatever operator joins
that clause to the next (``police^2 OR ferries`` doubles police's share of a score, not ferries')."""

from __future__ import annotations

from pathlib import Path

import pytest

from newssearch import open_index
from newssearch.fastscore import all_scores


def scores(index: Path, typed: str, match: str) -> dict[str, float]:
    """Each article ``typed`` matches, by id, with its score (the parsed query's, without --match any's feedback)."""
    with open_index(index) as idx:
        reader = idx._searcher.reader()
        found = all_scores(idx._searcher, idx._parse(typed, match).query)
        return {reader.stored_fields(docnum)["id"]: score for docnum, score in found.items()}


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize(("boosted", "plain", "clause"), [
    ("police^2 OR ferries", "police OR ferries", "police"),
    ("ferries OR police^2", "ferries OR police", "police"),
    ("title:police^2 OR ferries", "title:police OR ferries", "title:police"),
    ('"police dog"^2 OR ferries', '"police dog" OR ferries', '"police dog"'),
    ("(police OR ferries)^2 kaha", "(police OR ferries) kaha", "(police OR ferries)"),
    ("(police kaha)^2 AND auckland", "(police kaha) AND auckland", "(police kaha)"),
    ("(police kaha)^2 OR ferries", "(police kaha) OR ferries", "(police kaha)"),
])
def test_a_boost_doubles_its_own_clause_alone(features_index: Path, match: str, boosted: str, plain: str,
                                             clause: str) -> None:
    # A word's fields are an OR of their own, and a boosted bracket a group: the OR (or AND) after them had joined the
    # next clause into that group, its boost with it: police^2 OR ferries had doubled the ferries article's score too
    once, twice, alone = (scores(features_index, typed, match) for typed in (plain, boosted, clause))
    assert twice.keys() == once.keys() and alone.keys() & once.keys()
    assert twice == pytest.approx({doc: score + alone.get(doc, 0.0) for doc, score in once.items()}, rel=1e-9)
