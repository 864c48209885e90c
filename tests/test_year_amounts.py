"""A sum typed with its currency (``£2,000``) whose number reads as a year is no year: "in 2000", "since 2000", "June
2000", "the 2000 election" rank in the last tier, with the amount in another currency, not among its bare sums (BBC's
stories of the year had stood among ``£2,000``'s, as Reuters' "1200 GMT" times had for ``£1,200``). A number written
with a comma is no year, and one before a word that a year is not followed by is a bare sum ("2000 people")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index

TEXTS = {
    "sterling.txt": "Grant\n\nEach school will get a grant of £2,000 for new books this spring, the council said.",
    "people.txt": "March\n\nAbout 2,000 people marched through the centre of the city on Saturday, police said.",
    "crowd.txt": "Crowd\n\nSome 2000 people turned out to watch.",
    "in.txt": "Sales\n\nSales have doubled in 2000 and again this year, the firm said.",
    "since.txt": "Rates\n\nRates are at their lowest since 2000.",
    "month.txt": "Rates\n\nRates were last cut in June 2000.",
    "election.txt": "Vote\n\nThe 2000 election was close.",
}
YEARS = ["election.txt", "in.txt", "month.txt", "since.txt"]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("years"), TEXTS)


@pytest.mark.parametrize("typed", ["£2,000", "£2000", "$2,000"])
def test_a_sum_whose_number_is_a_year_ranks_the_years_last(index: Path, typed: str) -> None:
    with open_index(index) as idx:
        ids = [hit.id for hit in idx.search(typed).hits]
    first = ["sterling.txt"] if typed.startswith("£") else []
    assert ids[:len(first)] == first
    assert sorted(ids[len(first):len(first) + 2]) == ["crowd.txt", "people.txt"]
    assert sorted(ids[len(first) + 2:]) == sorted(set(YEARS) | ({"sterling.txt"} - set(first)))


def test_a_number_typed_alone_finds_the_years_as_before(index: Path) -> None:
    assert found_ids(index, "2000") == sorted(TEXTS)


def test_a_sum_that_is_no_year_keeps_a_number_after_in_bare(tmp_path: Path) -> None:
    texts = {"sterling.txt": "Fees\n\nFees will rise to £2,400 next year for every student in the country, it said.",
             "in.txt": "Fees\n\nThe rise is one in 2400 cases."}
    with open_index(index_of_texts(tmp_path, texts)) as idx:
        assert [hit.id for hit in idx.search("£2,400").hits] == ["sterling.txt", "in.txt"]


@pytest.mark.parametrize("typed", ["£2,000", "$2,000"])
def test_a_years_places_are_read_alike_by_fastscore_and_whooshs_matchers(index: Path, typed: str) -> None:
    from newssearch.fastscore import all_scores

    with open_index(index) as idx:
        query = idx._parse(typed, "all").query
        theirs = {hit.docnum: hit.score for hit in idx._searcher.search(query, limit=None, optimize=False)}
        mine = all_scores(idx._searcher, query)
    assert mine.keys() == theirs.keys()
    # the bare tier and the last (Whoosh's DisjunctionMax scores the typed tier wrong: test_fastscore)
    untyped = {docnum for docnum, score in mine.items() if score < 1}
    assert len(untyped) >= 6
    assert {docnum: mine[docnum] for docnum in untyped} == pytest.approx({docnum: theirs[docnum] for docnum in untyped},
                                                                          rel=1e-12)


# A year before a deal or a budget ("the 2000 deal", "its 2000 budget": Reuters writes "fiscal 1988 budget" ten times,
# and no sum before those words), after "fiscal", or one of a span of two ("2000-01", "1999-2000") is a year; "the
# 2,000 jobs" and "2000 jobs" stay bare sums
WIDER = {
    "sterling.txt": "Grant\n\nEach school will get a grant of £2,000 for new books this spring, the council said.",
    "jobs.txt": "Jobs\n\nThe 2,000 jobs will go by the spring.",
    "bare.txt": "Jobs\n\nSome 2000 jobs will go.",
    "deal.txt": "Deal\n\nThe 2000 deal was signed again.",
    "budget.txt": "Budget\n\nThe firm cut its 2000 budget.",
    "fiscal.txt": "Budget\n\nThe deficit for fiscal 2000 was lower.",
    "span.txt": "Budget\n\nThe 2000-01 budget was passed.",
    "longspan.txt": "Season\n\nThe 1999-2000 season was long.",
}


@pytest.mark.parametrize("typed", ["£2,000", "$2000"])
def test_a_year_before_a_deal_or_budget_after_fiscal_or_in_a_span_ranks_last(tmp_path: Path, typed: str) -> None:
    with open_index(index_of_texts(tmp_path, WIDER)) as idx:
        ids = [hit.id for hit in idx.search(typed).hits]
    first = ["sterling.txt"] if typed.startswith("£") else []
    assert ids[:len(first)] == first
    assert sorted(ids[len(first):len(first) + 2]) == ["bare.txt", "jobs.txt"]
    assert sorted(ids[len(first) + 2:]) == sorted({"deal.txt", "budget.txt", "fiscal.txt", "span.txt",
                                                   "longspan.txt"} | ({"sterling.txt"} - set(first)))
