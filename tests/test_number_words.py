"""A small number written as a word before a scale or per cent is found written in digits and back: ``"4 mln tonnes"``
finds "four mln tonnes", ``"four million"`` finds "4 million"; "one" elsewhere stays the word it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts
from conftest import jsonl_hits as hits
from conftest import jsonl_ids as ids

from newssearch.numberwords import number_word_terms, term_list
from newssearch.tokenpatterns import word_spans

ARTICLES = {
    "words.txt": "Wheat\n\nThe mill produced four mln tonnes of flour and sold a FIVE PCT STAKE.",
    "digits.txt": "Steel\n\nThe plant produced 4 mln tonnes of steel and sold a 5 pct stake.",
    "million.txt": "Budget\n\nThe council spent four million dollars; twelve thousand people came.",
    "digits-million.txt": "Budget\n\nThe board spent 4 million dollars; 12 thousand people came.",
    "one.txt": "Team\n\nOne of them scored 4 goals; no one cared.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("numberwords"), ARTICLES)


@pytest.mark.parametrize(("text", "expected"), [
    ("produced some four mln tonnes", {2: "4"}),
    ("Five Million, TEN PCT, thirty per cent, twelve thousand", {0: "5", 2: "10", 4: "30", 6: "12"}),
    ("four-million", {0: "4"}), ("eleven bln", {0: "11"}), ("ninety percent", {0: "90"}),
    ("one of them", {}), ("no one", {}), ("someone million", {}),  # no scale after it, or no number word
    ("twenty-five million", {}), ("two hundred million", {}),  # 25 and 200, not 5 and 2
    ("ten thousands", {}), ("fifty mn", {}),  # no scale ("mn" is one after digits alone)
])
def test_a_number_word_before_a_scale_is_its_digits_too(text: str, expected: dict[int, str]) -> None:
    assert number_word_terms(term_list(text[start:end] for start, end in word_spans(text))) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ('"4 mln tonnes"', ["digits.txt", "words.txt"]),
    ('"four mln tonnes"', ["digits.txt", "words.txt"]),
    ('"4 million tonnes"', ["digits.txt", "words.txt"]),
    ('"5 pct stake"', ["digits.txt", "words.txt"]),
    ('"five per cent stake"', ["digits.txt", "words.txt"]),
    ('"four million dollars"', ["digits-million.txt", "million.txt"]),
    ('"4 million dollars"', ["digits-million.txt", "million.txt"]),
    ("four million", ["digits-million.txt", "digits.txt", "million.txt", "words.txt"]),  # mln is million
    ('"12 thousand people"', ["digits-million.txt", "million.txt"]),
    ('"twelve thousand"', ["digits-million.txt", "million.txt"]),
    ("1", []),  # "one of them", "no one": no number
    ('"4 goals"', ["one.txt"]), ('"four goals"', []),  # a unit is no scale
])
def test_a_number_is_found_as_a_word_or_in_digits_before_a_scale(index: Path, query: str, expected: list[str]) -> None:
    assert ids(index, query) == expected


def test_the_snippet_marks_the_number_word(index: Path) -> None:
    snippets = {str(hit["id"]): hit["snippet_html"] for hit in hits(index, '"4 mln tonnes"')}
    assert snippets == {"words.txt": "The mill produced <mark>four mln tonnes</mark> of flour and sold a FIVE PCT STAKE.",
                        "digits.txt": "The plant produced <mark>4 mln tonnes</mark> of steel and sold a 5 pct stake."}


SAME_STORY = {  # one story written three ways: the amount glued ("£4m") makes its text two words shorter
    "wire.txt": "Unit sold\n\nThe company said it sold the unit for four mln dlrs to a buyer on Tuesday.",
    "glued.txt": "Unit sold\n\nThe company said it sold the unit for £4m to a buyer on Tuesday.",
    "worded.txt": "Unit sold\n\nThe company said it sold the unit for four million pounds to a buyer on Tuesday.",
}


@pytest.fixture(scope="module")
def same_story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("samestory"), SAME_STORY)


@pytest.mark.parametrize(("query", "first"), [
    ('"four mln"', {"wire.txt", "worded.txt"}), ('"four million"', {"wire.txt", "worded.txt"}),
    ('"sold the unit for four mln"', {"wire.txt", "worded.txt"}), ("four mln", {"wire.txt", "worded.txt"}),
])
def test_a_number_word_typed_ranks_its_word_above_its_digits(same_story: Path, query: str, first: set[str]) -> None:
    # its digits find "£4m" too, whose shorter text had ranked it first: the words typed rank first
    ranked = [str(hit["id"]) for hit in hits(same_story, query)]
    assert set(ranked[:len(first)]) == first and "glued.txt" in ranked


APART = {  # a number word with its scale words apart, the index holding it as the word alone (no scale after it)
    "film.txt": "Awards night\n\nThe film made the top five. Clint Eastwood's Million Dollar Baby won the prize on the "
                "night.",
    "wire.txt": "Budget\n\nThe firm paid five mln dlrs for the site.",
    "digits.txt": "Budget\n\nThe firm paid 5 million dollars for the site.",
    "jury.txt": "Trial\n\nTwelve jurors heard a thousand hours of evidence.",
    "twenty.txt": "Budget\n\nThe club paid twenty-five million dollars for the ground.",  # no 5: after twenty
    "mixed.txt": "Deal\n\nThe firm paid 5 million and twelve staff, a thousand in all.",  # 5, then twelve apart
}


@pytest.fixture(scope="module")
def apart(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("apart"), APART)


@pytest.mark.parametrize(("query", "expected"), [
    ('"five million"~3', ["digits.txt", "film.txt", "mixed.txt", "twenty.txt", "wire.txt"]),
    ('"five mln dlrs"~3', ["digits.txt", "film.txt", "twenty.txt", "wire.txt"]),
    ("five w/3 million", ["digits.txt", "film.txt", "mixed.txt", "twenty.txt", "wire.txt"]),
    ("five NEAR/3 million", ["digits.txt", "film.txt", "mixed.txt", "twenty.txt", "wire.txt"]),
    ('"twelve thousand"~3', ["jury.txt", "mixed.txt"]),
    ('"five million and twelve thousand"~3', ["mixed.txt"]),  # its digits and a word: each mix is read
    ('"five million"~1', ["digits.txt", "mixed.txt", "twenty.txt", "wire.txt"]),  # film's: two words between
    ('"five million"', ["digits.txt", "mixed.txt", "twenty.txt", "wire.txt"]),  # "twenty-five million" holds it
    ('"5 million"', ["digits.txt", "mixed.txt", "wire.txt"]),  # the digits alone: not the word apart, nor after twenty
])
def test_a_number_word_typed_with_a_proximity_finds_the_word_as_written(apart: Path, query: str,
                                                                         expected: list[str]) -> None:
    # its digits alone had been searched: the index holds 5 only at a "five" before a scale (seed 570: '"five
    # million"~3' had missed "top five. Clint Eastwood's Million", which '"five clint"~3' finds)
    assert ids(apart, query) == expected
    assert found_ids(apart, query, match="any") == expected
