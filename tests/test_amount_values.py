"""A number before a scale written with zeros ending its decimals ("2.50 mln dlrs", "$2.500m", "1.50 billion") is
indexed as its value too (2.5, 1.5) at its place: ``$2.5m``, ``2.5 mln`` and ``"1.5 billion"`` find it, and typed so
(``2.50 mln``) an amount finds it written without them ("$2.5m"), each marked as written. A number with no scale after
it ("rose 2.50 dlrs") stays as written, and so does a German "1.500 Millionen" (1500 million)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts
from conftest import jsonl_hits as hits
from conftest import jsonl_ids as ids

from newssearch.textanalysis import TEXT_ANALYZER
from newssearch.zerodecimals import valued_numbers

TEXTS = {
    "wire250.txt": "Deal\n\nThe firm paid 2.50 mln dlrs for the plant.",
    "wire2500.txt": "Deal\n\nThe firm paid 2.500 mln dlrs for the mill.",
    "glued2500.txt": "Deal\n\nThe firm paid $2.500m for the yard.",
    "glued25.txt": "Deal\n\nThe firm paid $2.5m for the shop.",
    "wire25.txt": "Deal\n\nThe firm paid 2.5 mln dlrs for the barn.",
    "bn150.txt": "Profit\n\nProfit was 1.50 billion dlrs in the year.",
    "bn15.txt": "Profit\n\nProfit was 1.5 billion dlrs in the quarter.",
    "price.txt": "Shares\n\nThe shares rose 2.50 dlrs to 40 on the news of 1.50 pct.",
}
TWO_AND_A_HALF = ["glued25.txt", "glued2500.txt", "wire25.txt", "wire250.txt", "wire2500.txt"]  # sorted


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("values"), TEXTS)


@pytest.mark.parametrize(("terms", "signed", "expected"), [
    (["paid", "2.50", "million", "dollar"], {}, {1: ("2.5",)}),
    (["2.500", "million", "1.50", "billion", "3.0", "trillion", "0.50", "thousand"], {},
     {0: ("2.5",), 2: ("1.5",), 4: ("3",), 6: ("0.5",)}),
    (["2.500", "million"], {0: "$2.500", 1: "$2500000"}, {0: ("2.5", "$2.5")}),  # "$2.500m": its sign's term too
    (["2.50", "million"], {0: "$2.5", 1: "$2500000"}, {0: ("2.5",)}),  # "$2.50m": its sign's term is its value
    (["2.5", "million", "2.50", "dollar", "1.50", "percent", "2.05", "million", "250", "million"], {}, {}),
    (["2.50", "mio"], {0: "€2.5", 1: "million"}, {}),  # a continental scale word: not read ("1.500 Mio." is 1500)
    (["million", "2.50"], {}, {}),
])
def test_a_number_before_a_scale_with_zeros_ending_its_decimals_is_its_value_too(
        terms: list[str], signed: dict[int, str], expected: dict[int, tuple[str, ...]]) -> None:
    assert valued_numbers(terms, signed) == expected


def test_a_number_grouped_with_dots_in_a_language_that_groups_so_is_no_decimal() -> None:
    assert valued_numbers(["1.500", "million"], {}, "de") == {}
    assert valued_numbers(["2.50", "million"], {}, "de") == {0: ("2.5",)}


def test_the_value_is_indexed_at_the_number_s_place() -> None:
    tokens = [(t.text, t.pos) for t in TEXT_ANALYZER("paid $2.500m", mode="index", positions=True)]
    assert ("2.5", 1) in tokens and ("$2.5", 1) in tokens and ("2.500", 1) in tokens and ("million", 2) in tokens
    tokens = [(t.text, t.pos) for t in TEXT_ANALYZER("1.500 Millionen Euro", mode="index", positions=True, lang="de")]
    assert ("1.5", 0) not in tokens


@pytest.mark.parametrize("query", ["$2.5m", "2.5 mln", "2.5 million", '"2.5 million"', "2.5mn", "US$2.5 million",
                                   "$2.50m", "2.50 mln", '"2.50 million"', "2.500 mln", "2500000"])
def test_an_amount_finds_it_written_with_zeros_ending_its_decimals_or_without(index: Path, query: str) -> None:
    assert ids(index, query) == TWO_AND_A_HALF


@pytest.mark.parametrize("query", ["$1.5bn", "1.5 billion", '"1.5 billion dollars"', "1.50 billion", '"1.50 billion"', "$1.50bn",
                                   '"profit was 1.50 bln dlrs"'])
def test_a_billion_finds_it_written_either_way(index: Path, query: str) -> None:
    assert ids(index, query) == ["bn15.txt", "bn150.txt"]


def test_a_phrase_through_the_amount_finds_it_written_with_zeros(index: Path) -> None:
    assert ids(index, '"paid 2.5 mln dlrs for"') == TWO_AND_A_HALF
    assert ids(index, '"paid $2.5m for"') == TWO_AND_A_HALF


@pytest.mark.parametrize("query", ['"2.5 dlrs"', '"1.5 pct"', "$2.5"])
def test_a_number_with_no_scale_after_it_stays_as_written(index: Path, query: str) -> None:
    assert "price.txt" not in ids(index, query)  # (``$2.5`` finds "$2.5m", as ``$3.5`` "$3.5bn")


def test_the_amounts_in_the_currency_typed_rank_together(index: Path) -> None:
    ranked = [str(hit["id"]) for hit in hits(index, "$2.5m")]
    assert sorted(ranked) == TWO_AND_A_HALF
    scores = {str(hit["id"]): hit["score"] for hit in hits(index, "$2.5m")}
    assert scores["glued2500.txt"] == scores["glued25.txt"]  # "$2.500m" is "$2.5m", its sign's tier


@pytest.mark.parametrize(("query", "expected"), [
    ("$2.5m", {"wire250.txt": "The firm paid <mark>2.50 mln dlrs</mark> for the plant.",
               "glued2500.txt": "The firm paid <mark>$2.500m</mark> for the yard."}),
    ("2.5 mln", {"wire250.txt": "The firm paid <mark>2.50</mark> <mark>mln</mark> dlrs for the plant.",  # as "2.5 mln"
                 "wire2500.txt": "The firm paid <mark>2.500</mark> <mark>mln</mark> dlrs for the mill."}),
    ('"paid 2.5 million dollars"', {"wire250.txt": "The firm <mark>paid 2.50 mln dlrs</mark> for the plant."}),
    ('"1.5 billion"', {"bn150.txt": "Profit was <mark>1.50 billion</mark> dlrs in the year."}),
    ("2.50 mln", {"wire25.txt": "The firm paid <mark>2.5</mark> <mark>mln</mark> dlrs for the barn."}),
])
def test_the_snippet_marks_the_amount_as_written(index: Path, query: str, expected: dict[str, str]) -> None:
    snippets = {str(hit["id"]): hit["snippet_html"] for hit in hits(index, query)}
    assert {name: snippets.get(name) for name in expected} == expected
