"""A wire's scale and currency after a number ("3 mln dlrs", "1.2 bln", "50 mln stg") are the words they stand for."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch.textanalysis import analyze

AMOUNT_ARTICLES = {
    "wire.txt": "Wire profit\n\nProfit was 3 mln dlrs, sales 1.2 BLN DLRS and a stake 50 mln stg.",
    "paper.txt": "Paper profit\n\nProfit was 3 million dollars and debt 2 trillion.",
    "ft.txt": "FT story\n\nThe fund holds 1.2 bn in bonds and 2 tn in all.",
    "mln.txt": "Acronym\n\nThe MLN and its mln members met.",  # no number before: the word itself
}


@pytest.fixture(scope="module")
def amount_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("amounts"), AMOUNT_ARTICLES)


@pytest.mark.parametrize(("text", "expected"), [
    ("3 mln dlrs, 1.2 BLN DLRS", ["3", "million", "dollar", "1.2", "billion", "dollar"]),
    ("50 mln stg, 4 bn, 2 tn, 7 trln", ["50", "million", "sterl", "4", "billion", "2", "trillion", "7", "trillion"]),
    ("3 million dlrs, 5 mn", ["3", "million", "dollar", "5", "million"]),     # a currency after a scale word too
    ("mln members, dlrs, stg, 3 TN, 3 BN", ["mln", "member", "dlrs", "stg", "3", "tn", "3", "bn"]),  # no number
])
def test_a_wire_s_scale_and_currency_after_a_number_are_their_words(text: str, expected: list[str]) -> None:
    assert analyze(text) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("billion dollars", ["wire.txt"]),                         # had found nothing
    ("million", ["paper.txt", "wire.txt"]),
    ('"3 million dollars"', ["paper.txt", "wire.txt"]),        # the phrase, word for word at their places
    ('"3 mln dlrs"', ["paper.txt", "wire.txt"]),
    ("3 mln dlrs", ["paper.txt", "wire.txt"]),                 # typed apart from quotes, read as the index reads it
    ('"1.2 billion"', ["ft.txt", "wire.txt"]),
    ('"2 trillion"', ["ft.txt", "paper.txt"]),
    ("sterling", ["wire.txt"]),
    ("mln", ["mln.txt"]),                                      # after no number it stays itself
    ('"the mln"', ["mln.txt"]),
])
def test_amounts_find_each_other_as_the_wire_writes_them(amount_index: Path, query: str,
                                                           expected: list[str]) -> None:
    assert found_ids(amount_index, query) == expected


@pytest.mark.parametrize(("query", "marked"), [
    ("billion dollars", "sales 1.2 <mark>BLN</mark> <mark>DLRS</mark> and"),
    ('"3 million dollars"', "Profit was <mark>3 mln dlrs</mark>, sales"),   # from the number, not the space
])
def test_a_wire_s_amount_is_marked_as_written(amount_index: Path, query: str, marked: str) -> None:
    from newssearch import open_index

    with open_index(amount_index) as idx:
        [hit] = [hit for hit in idx.search(query).hits if hit.id == "wire.txt"]
    assert marked in hit.snippet.html()
