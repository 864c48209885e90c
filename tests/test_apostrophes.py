"""Apostrophe look-alikes: an acute accent, a backtick, the modifier letter apostrophe or a prime typed between two
letters is the apostrophe, in a text and in a query (``O´Brien`` is "O'Brien")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index
from newssearch.apostrophes import straight_apostrophes
from newssearch.querytext import normalize
from newssearch.textanalysis import analyze

ARTICLES = {
    "acute.txt": "Minister named\n\nConor O´Brien was named minister; he didn´t comment.",
    "backtick.txt": "Coach quits\n\nMary O`Brien quit as coach.",
    "modifier.txt": "Poet reads\n\nPat OʼBrien read at the festival.",
    "prime.txt": "Runner wins\n\nDan O′Brien won the race; he is 5′10″ tall.",
    "plain.txt": "Judge rules\n\nKevin O'Brien ruled on Monday.",
    "brien.txt": "Farmer sells\n\nKevin Brien sold the farm.",
}


@pytest.fixture(scope="module")
def apostrophe_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("apostrophes"), ARTICLES)


@pytest.mark.parametrize("written", ["O´Brien", "O`Brien", "OʼBrien", "O′Brien"])
def test_a_look_alike_between_letters_is_an_apostrophe(written: str) -> None:
    assert straight_apostrophes(written) == "O'Brien"
    assert analyze(written) == ["o'brien"]
    assert analyze(written, mode="index") == ["o'brien", "brien", "obrien"]  # the surname and the name solid too
    assert normalize(f"{written} judge") == "O'Brien judge"


@pytest.mark.parametrize("text", ["5′10″", "`quoted`", "´ alone", "O´ Brien", "2`3", "x ʼ y"])
def test_a_look_alike_elsewhere_is_left_alone(text: str) -> None:
    assert straight_apostrophes(text) == text


def test_didn_t_with_an_acute_accent_is_the_contraction() -> None:
    assert analyze("didn´t", mode="index") == analyze("didn't", mode="index") == ["didn't\x1f"]


@pytest.mark.parametrize("query", ["O'Brien", "O’Brien", "O´Brien", "O`Brien", "OʼBrien", "O′Brien", '"O´Brien"'])
def test_every_spelling_finds_every_other(apostrophe_index: Path, query: str) -> None:
    assert found_ids(apostrophe_index, query) == ["acute.txt", "backtick.txt", "modifier.txt", "plain.txt", "prime.txt"]


def test_the_surname_finds_them_all(apostrophe_index: Path) -> None:
    assert found_ids(apostrophe_index, "Brien") == ["acute.txt", "backtick.txt", "brien.txt", "modifier.txt",
                                                    "plain.txt", "prime.txt"]


@pytest.mark.parametrize(("article", "marked"), [
    ("acute.txt", "Conor <mark>O´Brien</mark> was"),
    ("backtick.txt", "Mary <mark>O`Brien</mark> quit"),
    ("modifier.txt", "Pat <mark>OʼBrien</mark> read"),
    ("prime.txt", "Dan <mark>O′Brien</mark> won"),
])
def test_a_name_with_a_look_alike_is_marked_whole(apostrophe_index: Path, article: str, marked: str) -> None:
    with open_index(apostrophe_index) as idx:
        [hit] = [hit for hit in idx.search("O'Brien").hits if hit.id == article]
    assert marked in hit.snippet.html()
