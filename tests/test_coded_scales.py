"""An amount with its currency's code (or sign) and a scale word as German and Swiss papers write it ("EUR 50 Mio.",
"USD 50 Mio.", "50 Mio. USD", "EUR 50 Millionen"): read as the sign-first amount ("€50 million", "$50 million") is,
in an article and typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts
from test_currency_signs import terms_at

from newssearch import open_index


@pytest.mark.parametrize(("text", "expected"), [
    ("zahlte EUR 50 Mio. für", {"€50": [2]}),              # the scale word's term beside its own (see below)
    ("zahlte 50 Mio. USD und 50 Mrd. GBP", {"$50": [1], "£50": [5]}),  # a code after the scale: its currency
    ("zahlte USD 50 Mio. und € 3 Mrd.", {"$50": [2], "€3": [5]}),
    ("50 Mio. Einwohner zahlen EUR 3", {"€3": [5]}),         # a code no amount's scale follows: as it was
    ("USD 2024 results and 50 Mio. CHF", {"$2024": [1]}),   # a year after a code, as "USD 50"; CHF is no code read
    ("USD 2,5 Mrd. oder 2,5 Mrd. GBP", {"$2.5": [1], "£2.5": [4]}),  # a decimal comma before the scale: one number
    ("2,5 Mrd. Einwohner und CHF 2,5 Mrd.", {}),           # no currency, or one not read: "2" and "5", as they were
])
def test_a_code_beside_a_scaled_amount_is_its_currency(text: str, expected: dict[str, list[int]]) -> None:
    assert terms_at(text) == expected


CODED = {
    "eurbefore.txt": "Kauf\n\nDie Firma zahlte EUR 50 Mio. für das Werk.",
    "eurwords.txt": "Kauf\n\nDie Firma zahlte EUR 50 Millionen für das Werk.",
    "eursign.txt": "Kauf\n\nDie Firma zahlte 50 Mio. € für das Werk.",
    "usdafter.txt": "Kauf\n\nDie Firma zahlte 50 Mio. USD für das Werk.",
    "usdbefore.txt": "Kauf\n\nDie Firma zahlte USD 50 Mio. für das Werk.",
    "dollar.txt": "Purchase\n\nThe firm paid $50m for the plant.",
    "mrd.txt": "Kauf\n\nDie Firma zahlte 50 Mrd. EUR für das Werk.",
    "count.txt": "Kauf\n\nDie Stadt zählte 50 Mio. Besucher im Werk.",
    "plain.txt": "Kauf\n\nDie Firma zahlte USD 50 für das Heft.",
}
EUROS = {"eurbefore.txt", "eurwords.txt", "eursign.txt"}
DOLLARS = {"usdafter.txt", "usdbefore.txt", "dollar.txt"}


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("coded"), CODED)


def hits(index: Path, query: str) -> list[str]:
    """The ids ``query`` finds, best first."""
    with open_index(index) as idx:
        return [hit.id for hit in idx.search(query).hits]  # type: ignore[misc]


@pytest.mark.parametrize("query", ["€50m", "€50 million", "50 Mio. €", "EUR 50 Mio.", "EUR 50 Millionen",
                                   "eur 50 mio"])
def test_euros_with_a_code_and_a_scale_word_are_found_as_euros(coded: Path, query: str) -> None:
    # "EUR 50 Mio." and "EUR 50 Millionen" had been found by none of these but "EUR 50 Mio."
    found = hits(coded, query)
    assert set(found[:3]) == EUROS
    assert set(found[3:]) == DOLLARS


@pytest.mark.parametrize("query", ["$50m", "$50 million", "USD 50 Mio.", "50 Mio. USD", "USD 50 Millionen"])
def test_dollars_with_a_code_and_a_scale_word_are_found_as_dollars(coded: Path, query: str) -> None:
    # "50 Mio. USD" and "USD 50 Mio." had been found by none of these but "USD 50 Mio."
    found = hits(coded, query)
    assert set(found[:3]) == DOLLARS
    assert set(found[3:]) == EUROS


def test_an_amount_typed_with_its_scale_then_its_code_is_that_amount(coded: Path) -> None:
    # "50 million USD" typed had been three words: only an article writing all three
    assert set(hits(coded, "50 million USD")[:3]) == DOLLARS


DECIMAL = {
    "before.txt": "Kauf\n\nDer Konzern bot USD 2,5 Mrd. für die Sparte.",
    "after.txt": "Kauf\n\nDer Konzern bot 2,5 Mrd. USD für die Sparte.",
    "sign.txt": "Deal\n\nThe group offered $2.5bn for the unit.",
    "euro.txt": "Kauf\n\nDer Konzern bot EUR 2,5 Mrd. für die Sparte.",
    "bare.txt": "Kauf\n\nDie Stadt hat 2,5 Mrd. Einwohner und 5 Teile.",
}


@pytest.mark.parametrize("query", ["$2.5bn", "USD 2,5 Mrd.", "2,5 Mrd. USD", "USD 2.5 billion"])
def test_a_decimal_comma_before_a_coded_scale_is_the_decimal(tmp_path: Path, query: str) -> None:
    # "USD 2,5 Mrd." had been the numbers 2 and 5 and the word "mrd"
    found = hits(index_of_texts(tmp_path, DECIMAL), query)
    assert set(found[:3]) == {"before.txt", "after.txt", "sign.txt"}
    assert found[3:] == ["euro.txt"]


def test_a_billion_is_no_million(coded: Path) -> None:
    assert hits(coded, "€50bn") == ["mrd.txt"]
    assert hits(coded, "EUR 50 Mrd.") == ["mrd.txt"]


@pytest.mark.parametrize(("query", "found"), [
    ('"zahlte EUR 50 Mio. für"', {"eurbefore.txt", "eurwords.txt", "eursign.txt"}),
    ('"zahlte 50 Mio. € für"', {"eurbefore.txt", "eurwords.txt", "eursign.txt"}),
    ('"zahlte USD 50 Mio. für"', {"usdafter.txt", "usdbefore.txt"}),
    ('"zahlte 50 Mio. USD für"', {"usdafter.txt", "usdbefore.txt"}),
])
def test_a_phrase_through_a_coded_scaled_amount_finds_its_spellings(coded: Path, query: str,
                                                                    found: set[str]) -> None:
    assert set(hits(coded, query)) == found


@pytest.mark.parametrize(("query", "name", "shown"), [
    ("€50m", "eurbefore.txt", "Die Firma zahlte <mark>EUR 50 Mio.</mark> für das Werk."),
    ("€50m", "eurwords.txt", "Die Firma zahlte <mark>EUR 50 Millionen</mark> für das Werk."),
    ("$50m", "usdafter.txt", "Die Firma zahlte <mark>50 Mio. USD</mark> für das Werk."),
    ("$50m", "usdbefore.txt", "Die Firma zahlte <mark>USD 50 Mio.</mark> für das Werk."),
])
def test_the_snippet_marks_the_amount_as_written(coded: Path, query: str, name: str, shown: str) -> None:
    with open_index(coded) as idx:
        assert {hit.id: hit.snippet.html() for hit in idx.search(query).hits}[name] == shown


def test_a_code_with_no_scale_and_a_scale_with_no_currency_stay_as_they_were(coded: Path) -> None:
    assert "plain.txt" not in hits(coded, "$50m")
    assert "count.txt" not in hits(coded, "€50m")
    assert "plain.txt" in hits(coded, "$50")
