"""An amount's number grouped by thousands with spaces, as French writes it ("1 000,50 €", "1 000 000 €", "€1 000"):
with its currency's sign or code next to it, one number, found as "€1,000.50" is."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts
from test_currency_signs import terms_at

from newssearch import open_index

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(("text", "expected"), [
    ("costs 1 000,50 € now", {"€1000.5": [1]}),  # had been €000.50, at the group's place
    (f"costs 1{NBSP}000,50 € now", {"€1000.5": [1]}),
    (f"costs 1{NNBSP}000 000 € now", {"€1000000": [1]}),  # had been €000
    ("the 3 000 € fine", {"€3000": [1]}),
    ("in 2024 1 000 € fines", {"€1000": [2]}),  # a year is no head: four digits
    ("1 000 EUR and 12 345 678 USD", {"€1000": [0], "$12345678": [4]}),
    ("1 000,50 $ et 2 000 £", {"$1000.5": [0], "£2000": [3]}),
    (f"costs €1 000,50 or EUR 1{NBSP}000 or € 2 000", {"€1000.5": [1], "€1000": [5], "€2000": [8]}),
    ("costs 12 1000 € or 1234 000 €", {"€1000": [2], "€000": [5]}),  # a group of four digits, a head of four: none
    ("paid $1 500m or 2 500m €", {"$1": [1]}),  # a group glued to a scale is none: "$1" as it was
])
def test_a_spaced_number_with_its_currency_is_one_amount(text: str, expected: dict[str, list[int]]) -> None:
    assert terms_at(text) == expected


@pytest.mark.parametrize("text", ["in 2024 1 000 people", "paid 5 000 people", f"in 2024 1{NBSP}000 people"])
def test_a_spaced_number_without_a_currency_is_as_it_was(text: str) -> None:
    assert terms_at(text) == {}


def test_the_decimals_after_a_no_break_group_are_no_number_of_their_own() -> None:
    from newssearch.schema import BODY, SCHEMA

    # "1 000,50 €" with a no-break space had been the numbers 1, 000 and 50: 50 found it
    terms = {term.decode() for term, *_ in SCHEMA[BODY].index(f"costs 1{NBSP}000,50 € now")}
    assert "50" not in terms
    assert "1000.50" in terms and "1000,50" not in terms  # its groups joined, as the number 1000.50 is written


GROUPED = {
    "space.txt": "Amende\n\nUne amende de 1 000,50 € est payée.",
    "nbsp.txt": f"Amende\n\nUne amende de 1{NBSP}000,50 € est payée.",
    "narrow.txt": f"Amende\n\nUne amende de 1{NNBSP}000,50 € est payée.",
    "sign.txt": "Fine\n\nThe fine of €1,000.50 was paid.",
    "thousand.txt": "Amende\n\nUne amende de 3 000 € est payée.",
    "million.txt": f"Prix\n\nLe prix de 1{NNBSP}000{NNBSP}000 € est payé.",
    "people.txt": "Foule\n\nEn 2024 1 000 personnes sont venues.",
    "fifty.txt": "Prix\n\nLe prix de 50 € est payé.",
    "decimal.txt": "Prix\n\nLe prix de 1.000,50 € est payé.",  # dots between groups: 1000.50 already
    "commas.txt": "Price\n\nThe price of €1,000,000 was paid.",
}


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("grouped"), GROUPED)


def hits(index: Path, query: str) -> list[str]:
    """The ids ``query`` finds, best first."""
    with open_index(index) as idx:
        return [hit.id for hit in idx.search(query).hits]  # type: ignore[misc]


@pytest.mark.parametrize(("query", "found"), [
    ("€1000.50", ["decimal.txt", "narrow.txt", "nbsp.txt", "sign.txt", "space.txt"]),
    ("€3000", ["thousand.txt"]),
    ("€1000000", ["commas.txt", "million.txt"]),
    ("€50", ["fifty.txt"]),  # no decimals of a grouped amount
    ("€1000", []),  # not "2024 1 000 personnes": no currency, no one number
])
def test_a_spaced_amount_is_found_as_its_number_in_its_currency(grouped: Path, query: str, found: list[str]) -> None:
    assert sorted(hits(grouped, query)) == found


def test_the_snippet_marks_the_spaced_amount_whole(grouped: Path) -> None:
    with open_index(grouped) as idx:
        shown = {hit.id: hit.snippet.html() for hit in idx.search("€1000.50").hits}
    assert shown["space.txt"] == "Une amende de <mark>1 000,50 €</mark> est payée."


@pytest.mark.parametrize(("query", "found"), [
    ("1 000,50 €", ["decimal.txt", "narrow.txt", "nbsp.txt", "sign.txt", "space.txt"]),  # had not found sign.txt
    (f"€1{NBSP}000,50", ["decimal.txt", "narrow.txt", "nbsp.txt", "sign.txt", "space.txt"]),
    ("1 000 000 €", ["commas.txt", "million.txt"]),
    ("3 000 EUR", ["thousand.txt"]),
    ("EUR 3 000", ["thousand.txt"]),
])
def test_a_spaced_amount_typed_is_one_number(grouped: Path, query: str, found: list[str]) -> None:
    assert sorted(hits(grouped, query)) == found
