"""How the query operators join their clauses: a boost stays on the clause it is typed after, whatever operator joins
that clause to the next (``police^2 OR ferries`` doubles police's share of a score, not ferries'); under --match any,
AND makes the clauses on either side of it required and NOT leaves its clause out, as Lucene's classic query parser
reads them with OR as its default operator (``a b AND NOT c`` is ``a +b -c``)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import found_ids

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


def ids(*names: str) -> list[str]:
    return sorted(f"wire.jsonl#{name}" if "." not in name else name for name in names)


@pytest.mark.parametrize(("typed", "lucene", "expected"), [
    # it had been police OR (date:2020 AND NOT police): every police article and the ferries (7)
    ("police date:2020 AND NOT police", "police +date:2020 -police", ids("ferries")),
    ("police date:2020 AND -police", "police +date:2020 -police", ids("ferries")),
    ("police AND kaha ferries", "+police +kaha ferries", ids("police-dog.txt")),  # had found the ferries too
    ("ferries police AND kaha", "ferries +police +kaha", ids("police-dog.txt")),
    ("ferries OR police AND kaha", "ferries +police +kaha", ids("police-dog.txt")),
    ("police AND kaha OR ferries", "+police +kaha ferries", ids("police-dog.txt")),
    ("gunmen AND police AND arrested", "+gunmen +police +arrested", ids("arrests")),
    ("NOT ferries AND waitemata police", "-ferries +waitemata police", ids("harbour")),  # a NOT stays a NOT
    ("(police kaha AND NOT dog) ferries", "(police +kaha -dog) ferries", ids("ferries")),  # in brackets too
    ("police AND kaha^2 ferries", "+police +kaha^2 ferries", ids("police-dog.txt")),
])
def test_under_match_any_and_requires_its_neighbours_as_lucene_does(features_index: Path, typed: str, lucene: str,
                                                                   expected: list[str]) -> None:
    assert found_ids(features_index, typed, match="any") == found_ids(features_index, lucene, match="any") == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("police date:2020 AND NOT police", []),
    ("police AND kaha ferries", []),
    ("ferries OR police AND kaha", ids("ferries", "police-dog.txt")),  # AND before OR, as ever under --match all
])
def test_under_match_all_and_reads_as_before(features_index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(features_index, typed) == expected


def test_and_under_match_any_scores_as_its_plus_words(features_index: Path) -> None:
    assert scores(features_index, "police AND kaha ferries", "any") == pytest.approx(
        scores(features_index, "+police +kaha ferries", "any"), rel=1e-12)


CLAUSES = ["police", "kaha", "ferries", "gunmen", "harbour", "auckland", "protest", "officer", "dog", "waitemata",
           "arrested", "review", "date:2020", "source:stuff", '"police dog"', "title:police", "polic*", "offcer~"]
FILTERS = {"date:2020", "source:stuff"}  # required under --match any when no operator joins them (README)


def lucene_reading(clauses: list[str], joins: list[str], nots: list[bool], found: dict[str, set[str]],
                   every: set[str]) -> set[str]:
    """What Lucene's classic parser (OR by default) finds for one flat query: a clause beside an AND is required, a
    NOT's clause left out, the others optional (one of them needed when nothing is required)."""
    required, optional, excluded = [], [], []
    for at, clause in enumerate(clauses):
        beside = {joins[at - 1] if at else None, joins[at] if at < len(joins) else None}
        if nots[at]:
            excluded.append(found[clause])
        elif "AND" in beside or (clause in FILTERS and beside <= {None, ""}):
            required.append(found[clause])
        else:
            optional.append(found[clause])
    wanted = set(every).intersection(*required) if required else set().union(*optional)
    return wanted.difference(*excluded)


@pytest.mark.parametrize("seed", [1, 2])
def test_random_flat_queries_under_match_any_read_as_lucene_reads_them(features_index: Path, seed: int) -> None:
    # 85 of 300 such queries had differed (AND grouping its neighbours apart, as Whoosh does)
    rng = random.Random(seed)
    with open_index(features_index) as idx:
        every = {fields["id"] for fields in idx._searcher.reader().all_stored_fields()}

        def ids(typed: str) -> set[str]:
            return {hit.id for hit in idx.search(typed, match="any", limit=100).hits}

        found = {clause: ids(clause) for clause in CLAUSES}
        differences = []
        for _ in range(100):
            clauses = rng.sample(CLAUSES, rng.randint(2, 4))
            nots = [rng.random() < 0.25 for _ in clauses]
            joins = [rng.choice(["", "OR", "AND"]) for _ in clauses[1:]]
            if all(nots):
                continue
            typed = " ".join(f"{join} {'NOT ' * nt}{clause}".strip()
                             for join, nt, clause in zip(["", *joins], nots, clauses))
            if ids(" ".join(typed.split())) != lucene_reading(clauses, joins, nots, found, every):
                differences.append(typed)
    assert differences == []
