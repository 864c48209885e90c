"""Digit groups spaced as French, Scandinavian and SI style write them ("10\u00a0000") are one number."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index
from newssearch.querytext import normalize
from newssearch.textanalysis import analyze

ARTICLES = {
    "crowd.txt": "Crowd\n\nSome 10\u00a0000 people came, 20\u202f000 more, and 1\u2009250\u2009000 watched.",
    "year.txt": "Year\n\nIn 1990 200 people came; in 1991\u00a0300 more.",
    "comma.txt": "Comma\n\nSome 10,000 people came.",
}


@pytest.fixture(scope="module")
def groups_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("groups"), ARTICLES)


@pytest.mark.parametrize(("text", "terms"), [
    ("10\u00a0000 20\u202f000 1\u2009250\u2009000", ["10000", "20000", "1250000"]),
    ("1990 200", ["1990", "200"]),              # a plain space joins no numbers: a year and a count
    ("1991\u00a0300", ["1991", "300"]),         # a first group of four digits is no group
    ("10\u00a000 10\u00a00000", ["10", "00", "10", "0000"]),  # nor are groups of other than three digits
    ("page\u00a0100", ["page", "100"]),
])
def test_digit_groups_with_a_no_break_or_thin_space_are_one_number(text: str, terms: list[str]) -> None:
    assert analyze(text) == terms


def test_a_typed_group_space_joins_the_number() -> None:
    assert normalize("10\u00a0000 people") == "10000 people"


@pytest.mark.parametrize(("query", "expected"), [
    ("10000", ["comma.txt", "crowd.txt"]),
    ("10,000", ["comma.txt", "crowd.txt"]),
    ("10\u00a0000", ["comma.txt", "crowd.txt"]),
    ("1250000", ["crowd.txt"]),
    ("1990200", []),
    ("200", ["year.txt"]),
])
def test_a_grouped_number_finds_it_written_any_way(groups_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(groups_index, query) == expected


def test_the_grouped_number_is_marked_whole(groups_index: Path) -> None:
    with open_index(groups_index) as idx:
        [hit] = [hit for hit in idx.search("20000").hits if hit.id == "crowd.txt"]
    assert "came, <mark>20 000</mark> more" in hit.snippet.html()  # a snippet shows its spaces plain
