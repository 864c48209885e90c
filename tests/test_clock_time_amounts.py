"""A sum typed with its currency (``£1,200``, ``$1,200``) whose number reads as a time of day on a 24-hour clock is
no time: "at 1200 GMT", "(1200) GMT", "by 1200 hrs EST" rank in the last tier, with the amount in another currency,
not with the amount written bare ("1,200 workers"), where Reuters' times had stood among the sums (57 stories for
``£1,200``, a dozen of them times). The number typed alone (``1200``) finds them all as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index

TEXTS = {
    "sterling.txt": "Rebate\n\nBuyers will get a rebate of £1,200 on every new car sold this spring in the shops.",
    "workers.txt": "Jobs\n\nThe company said about 1,200 workers at the plant in the north of the country lost their "
                   "jobs this week after the long strike, a spokesman for the union said.",
    "gmt.txt": "Talks\n\nTalks resume at 1200 GMT.",
    "bracket.txt": "Rain\n\nRain in the 24 hours to (1200) GMT.",
    "hrs.txt": "Tender\n\nOffers are due by 1200 hrs EST.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("clock"), TEXTS)


@pytest.mark.parametrize("typed", ["£1,200", "£1200", "$1,200"])
def test_a_sum_whose_number_is_a_time_of_day_ranks_the_times_last(index: Path, typed: str) -> None:
    with open_index(index) as idx:
        ids = [hit.id for hit in idx.search(typed).hits]
    first = ["sterling.txt", "workers.txt"] if typed.startswith("£") else ["workers.txt"]  # £1,200 last for $
    assert ids[:len(first)] == first
    assert sorted(ids[len(first):]) == sorted({"bracket.txt", "gmt.txt", "hrs.txt", "sterling.txt"} - set(first))


def test_a_number_typed_alone_finds_the_times_as_before(index: Path) -> None:
    assert found_ids(index, "1200") == sorted(TEXTS)


def test_a_sum_that_is_no_time_of_day_keeps_a_number_before_a_zone_s_word_bare(tmp_path: Path) -> None:
    texts = {"sterling.txt": "Rebate\n\nBuyers will get a rebate of £1,260 on every new car sold this spring here.",
             "est.txt": "Staff\n\nThe firm has 1,260 est. staff."}
    with open_index(index_of_texts(tmp_path, texts)) as idx:
        assert [hit.id for hit in idx.search("£1,260").hits] == ["sterling.txt", "est.txt"]
        assert [hit.id for hit in idx.search("£1,290").hits] == []
