"""An amount typed in lower case with its scale word before the euro ("50 mio euro", "2,5 mrd euro", "50 millionen
euro") is read as its capitals are ("50 Mio. €": €50 million), where a number stands before the scale word and the euro
after it; "mio" beside no number and no euro stays a word (Italian and Spanish "my"). An article writing it so is
indexed as the amount too, so that typed so it finds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import found_ids, index_of_texts
from test_currency_signs import terms_at

from newssearch.cli import cli

ARTICLES = {
    "glued.txt": "Deal\n\nThe firm paid €50m for the plant.",
    "mio.txt": "Kauf\n\nDie Firma zahlte 50 Mio. € für das Werk.",
    "mrd.txt": "Kauf\n\nDie Firma zahlte 2,5 Mrd. Euro für das Werk.",
    "shares.txt": "Shares\n\nThe firm sold 50 million shares.",
    "pound.txt": "Deal\n\nThe firm paid £50m for the plant.",
    "lettera.txt": "Lettera\n\nIl mio amico ha pagato 50 euro.",
}

# What "50 Mio. €" finds and marks: the euro's tier, then the bare amount, then another currency's
FIFTY_MILLION = [("glued.txt", "The firm paid <mark>€50m</mark> for the plant."),
                 ("mio.txt", "Die Firma zahlte <mark>50 Mio. €</mark> für das Werk."),
                 ("shares.txt", "The firm sold <mark>50 million</mark> shares."),
                 ("pound.txt", "The firm paid <mark>£50m</mark> for the plant.")]
BILLIONS = [("mrd.txt", "Die Firma zahlte <mark>2,5 Mrd. Euro</mark> für das Werk.")]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("lower"), ARTICLES)


def shown(index: Path, typed: str) -> list[tuple[str, str]]:
    """The ids and marked snippets the CLI prints for ``typed``, best first."""
    result = CliRunner().invoke(cli, ["query", typed, "--json", "--index-dir", str(index)])
    assert result.exit_code == 0, result.output
    return [(hit["id"], hit["snippet_html"]) for hit in json.loads(result.output)["hits"]]


@pytest.mark.parametrize(("typed", "expected"), [
    ("50 Mio. €", FIFTY_MILLION),                    # as before
    ("50 mio euro", FIFTY_MILLION),                  # had been the words: it found the letter's "mio ... 50 euro" alone
    ("50 mio. €", FIFTY_MILLION),
    ("50 millionen euro", FIFTY_MILLION),
    ("50 MIO EURO", FIFTY_MILLION),
    ("50 mio eur", FIFTY_MILLION),                   # the code in any letter case, as "usd 50" is typed
    ('"50 mio euro"', FIFTY_MILLION),                # quoted alone: the amount
    ("2,5 Mrd. €", BILLIONS),
    ("2,5 mrd euro", BILLIONS),                      # had marked "2,5", "Mrd" and "Euro" as words
    ("2.5 milliarden euro", BILLIONS),
])
def test_an_amount_typed_in_lower_case_before_the_euro_is_read_as_its_capitals_are(index: Path, typed: str,
                                                                                   expected: list[tuple[str, str]]) -> None:
    assert shown(index, typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("mio", [("lettera.txt", "Il <mark>mio</mark> amico ha pagato 50 euro."),
             ("mio.txt", "Die Firma zahlte 50 <mark>Mio</mark>. € für das Werk.")]),
    ("mio euro", [("lettera.txt", "Il <mark>mio</mark> amico ha pagato 50 <mark>euro</mark>.")]),
    ("50 mio", [("lettera.txt", "Il <mark>mio</mark> amico ha pagato <mark>50</mark> euro."),
                ("mio.txt", "Die Firma zahlte <mark>50</mark> <mark>Mio</mark>. € für das Werk.")]),
])
def test_mio_beside_no_number_or_no_euro_stays_a_word(index: Path, typed: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert shown(index, typed) == expected


@pytest.mark.parametrize(("typed", "read"), [
    ("50 mio euro", "€50m"), ("50 mio. €", "€50m"), ("2,5 mrd euro", "€2.5bn"), ("50 millionen euro", "€50m"),
    ("50 MIO EURO", "€50m"), ("50 Mio eur", "€50m"), ("1,5 mia euro", "€1.5bn"), ("3 milliards d'euros", "€3bn"),
    ('"zahlte 50 mio euro für"', '"zahlte €50 million euro für"'),  # test_euro_phrases
    ("mio euro", "mio euro"), ("50 mio", "50 mio"), ("il mio 50 euro", "il mio 50 euro"),  # no number, no euro
    ("100 m euro", "100 m euro"),              # a one-letter m in capitals only: a race's 100 m (the index's "50 M€")
    ("50 Billion Euro", "50 Billion Euro"),    # German's Billion, a thousand billions, as an article's is not read
    ("50 mio euro*", "50 mio euro*"),          # a pattern's sign after it, as in capitals
    ("50 mio eURO", "50 mio eURO"),            # the euro's word in capitals, lower case or capitalised, as indexed
])
def test_which_lower_case_amounts_are_read(typed: str, read: str) -> None:
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == read


# An article writing the amount in lower case is read by the index as one writing it in capitals is, under the same
# conditions: a number before the scale word, the euro after it
WRITTEN = {
    "lower.txt": "Kauf\n\nDie Firma zahlte 50 mio euro für das Werk.",
    "lowerbn.txt": "Kauf\n\nDie Firma zahlte 2,5 mrd euro für das Werk.",
    "lettera.txt": "Lettera\n\nIl mio amico ha pagato 50 euro.",
    "race.txt": "Race\n\nShe won the 100 m euro final.",
}
LOWER = [("lower.txt", "Die Firma zahlte <mark>50 mio euro</mark> für das Werk.")]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("written"), WRITTEN)


@pytest.mark.parametrize(("typed", "expected"), [
    ("50 mio euro", LOWER),               # had found only the letter's "mio ... 50 euro": the article's were words
    ("€50m", LOWER),                      # had found nothing
    ("50 Mio. €", LOWER),
    ('"50 mio euro"', LOWER),
    ("€50,000,000", LOWER),
    ("2,5 mrd euro", [("lowerbn.txt", "Die Firma zahlte <mark>2,5 mrd euro</mark> für das Werk.")]),
    ("€2.5bn", [("lowerbn.txt", "Die Firma zahlte <mark>2,5 mrd euro</mark> für das Werk.")]),
])
def test_an_amount_written_in_lower_case_before_the_euro_is_indexed_as_its_capitals_are(
        written: Path, typed: str, expected: list[tuple[str, str]]) -> None:
    assert shown(written, typed) == expected


def test_a_race_s_lower_case_m_before_euro_is_no_amount(written: Path) -> None:
    assert found_ids(written, "€100m") == []  # the one letter m in capitals only, as typed


@pytest.mark.parametrize(("text", "expected"), [
    ("zahlte 50 mio euro und 2,5 mrd eur", {"€50": [1], "€2.5": [5]}),
    ("zahlte 50 millionen euro, 3 MIO EURO, 4 Mio Eur", {"€50": [1], "€3": [4], "€4": [7]}),
    ("50 mds d'euros, 1,5 mia. euro", {"€50": [0], "€1.5": [3]}),
    ("il mio amico, 50 mio, mio euro, 100 m euro, 50 Billion Euro", {}),  # no number or no euro; m, Billion
])
def test_which_lower_case_amounts_are_indexed(text: str, expected: dict[str, list[int]]) -> None:
    assert terms_at(text) == expected
