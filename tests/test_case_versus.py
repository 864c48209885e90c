"""A case's or a match's "v" between two names (``Roe v Wade``, ``Pennzoil v. Texaco``, ``England v Australia``) is
its "vs", not a word every article must hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch.querytext import case_versus

ARTICLES = {
    "court.txt": "Court fight\n\nPennzoil asked the court to make Texaco pay the judgment.",
    "ruling.txt": "Ruling stands\n\nThe court upheld Roe v. Wade, the lawyers said.",
    "plan.txt": "Plan V\n\nPennzoil drew up plan v for Texaco.",
}


@pytest.fixture(scope="module")
def versus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("versus"), ARTICLES)


@pytest.mark.parametrize(("query", "expected"), [
    ("Pennzoil v Texaco", ["court.txt", "plan.txt"]),   # had found nothing: no article has the word "v" and both
    ("Pennzoil v. Texaco", ["court.txt", "plan.txt"]),
    ("Roe v Wade", ["ruling.txt"]),
    ('"Roe v. Wade"', ["ruling.txt"]),                  # in quotes, the phrase as written
    ('"Pennzoil v Texaco"', []),
    ("plan v", ["plan.txt"]),                           # after a word in lower case: the letter
])
def test_a_case_name_s_v_is_not_a_word_each_article_must_hold(versus_index: Path, query: str,
                                                              expected: list[str]) -> None:
    assert found_ids(versus_index, query) == expected


@pytest.mark.parametrize(("typed", "read"), [
    ("Roe v Wade", "Roe vs Wade"),
    ("Brown v. Board of Education", "Brown vs Board of Education"),
    ("England v Australia cricket", "England vs Australia cricket"),
    ('"Roe v Wade" abortion', '"Roe v Wade" abortion'),  # in quotes: as written
    ("Henry V Shakespeare", "Henry V Shakespeare"),      # a capital V: a king's number, a letter
    ("plan v costs", "plan v costs"),
    ("Pennzoil v texaco", "Pennzoil v texaco"),          # a party in lower case: no case name
    ("vitamin v", "vitamin v"),
])
def test_case_versus(typed: str, read: str) -> None:
    assert case_versus(typed) == read
