"""A name's apostrophe written solid too (O'Brien: obrien), in the text, the title and the author; not an English
clitic's ("don't") nor an elided article's ("l'État")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts
from conftest import jsonl_hits as hits
from conftest import jsonl_ids as ids

from newssearch.apostrophes import solid_name
from newssearch.textanalysis import NAME_ANALYZER, analyze

ARTICLES = {
    "apostrophe.txt": "Judge rules\n\nBy Jane O'Brien\n\nKevin O'Brien ruled on Monday in the court.",
    "solid.txt": "OBrien speaks\n\nBy Jane OBrien\n\nKevin OBrien spoke to the press on Tuesday.",
    "curly.txt": "Summit\n\nMichael O’Neill met Massimo D'Alema in N'Djamena with Mr D'Arcy.",
    "driscoll.txt": "Rugby\n\nBrian O'Driscoll scored twice.",
    "french.txt": "France\n\nL'avis de l'État est clair.",
    "clitics.txt": "Notes\n\nI don't know what Blair's aides said; I'LL GO.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("names"), ARTICLES)


@pytest.mark.parametrize(("word", "solid"), [
    ("O'Brien", "OBrien"), ("O’Neill", "ONeill"), ("N'Djamena", "NDjamena"), ("D'Alema", "DAlema"),
    ("D'Arcy", "DArcy"), ("O'NEILL", "ONEILL"), ("O'Brien's", "OBrien's"),
    ("l'État", None), ("L'État", None), ("d'Italia", None), ("don't", None), ("Blair's", None), ("I'LL", None), ("I'M", None),
    ("O'CLOCK", None), ("rock'n'roll", None), ("o'brien", None),
])
def test_a_name_is_told_by_its_capitals(word: str, solid: str | None) -> None:
    assert solid_name(word) == solid


def test_a_query_reads_a_name_in_any_case_but_a_lower_case_elided_article() -> None:
    assert solid_name("o'brien", typed=True) == "obrien"
    assert solid_name("d'arcy", typed=True) is None
    assert solid_name("l'état", typed=True) is None
    assert solid_name("L'État", typed=True) is None
    assert solid_name("don't", typed=True) is None


def test_the_index_holds_a_name_solid_too() -> None:
    assert analyze("O'Brien's dog", mode="index") == ["o'brien", "brien", "obrien", "dog"]
    assert analyze("D'Alema", mode="index") == ["d'alema", "alema", "dalema"]
    assert analyze("l'État", mode="index") == ["l'etat", "l'état", "etat", "état"]
    assert analyze("I don't", mode="index") == ["i\x1f", "don't\x1f"]
    assert [(t.text, t.pos) for t in NAME_ANALYZER("Jane O'Brien", mode="index", positions=True)] == [
        ("jane", 0), ("o", 1), ("obrien", 1), ("brien", 2)]


@pytest.mark.parametrize("query", ["obrien", "OBrien", "O'Brien", "O’Brien", "O´Brien", '"Kevin OBrien"',
                                   '"Kevin O\'Brien"', "title:obrien OR title:judge"])
def test_either_spelling_finds_both(index: Path, query: str) -> None:
    assert ids(index, query) == ["apostrophe.txt", "solid.txt"]


@pytest.mark.parametrize("query", ["author:obrien", "author:O'Brien", 'author:"Jane OBrien"',
                                   'author:"Jane O\'Brien"'])
def test_an_author_is_found_either_way(index: Path, query: str) -> None:
    assert ids(index, query) == ["apostrophe.txt", "solid.txt"]


@pytest.mark.parametrize("query", ["oneill", "ndjamena", "dalema", "darcy", "D'Arcy", '"met Massimo DAlema"'])
def test_other_names_written_solid(index: Path, query: str) -> None:
    assert ids(index, query) == ["curly.txt"]


def test_a_phrase_ending_in_the_name_typed_solid(index: Path) -> None:
    assert ids(index, '"OBrien ruled"') == ["apostrophe.txt"]
    assert ids(index, '"O\'Brien spoke"') == ["solid.txt"]


@pytest.mark.parametrize("query", ["dont", "letat", "ill", "im"])
def test_no_clitic_or_elided_article_is_written_solid(index: Path, query: str) -> None:
    assert ids(index, query) == []


def test_the_surname_and_the_word_after_an_article_still_found(index: Path) -> None:
    assert ids(index, "Driscoll") == ["driscoll.txt"]
    assert ids(index, "état") == ["french.txt"]


def test_the_name_is_marked_whole(index: Path) -> None:
    marked = {str(hit["id"]): hit["snippet_html"] for hit in hits(index, "obrien")}
    assert marked == {"apostrophe.txt": "Kevin <mark>O&#x27;Brien</mark> ruled on Monday in the court.",
                      "solid.txt": "Kevin <mark>OBrien</mark> spoke to the press on Tuesday."}
    marked = {str(hit["id"]): hit["snippet_html"] for hit in hits(index, "O'Brien")}
    assert marked["solid.txt"] == "Kevin <mark>OBrien</mark> spoke to the press on Tuesday."
