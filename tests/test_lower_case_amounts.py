"""An amount typed in lower case with its scale word before the euro ("50 mio euro", "2,5 mrd euro", "50 millionen
euro") is read as its capitals are ("50 Mio. €": €50 million), where a number stands before the scale word and the euro
after it; "mio" beside no number and no euro stays a word (Italian and Spanish "my")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

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
    ('"zahlte 50 mio euro für"', '"zahlte €50 million für"'),
    ("mio euro", "mio euro"), ("50 mio", "50 mio"), ("il mio 50 euro", "il mio 50 euro"),  # no number, no euro
    ("100 m euro", "100 m euro"),              # a one-letter m in capitals only: a race's 100 m (the index's "50 M€")
    ("50 Billion Euro", "50 Billion Euro"),    # German's Billion, a thousand billions, as an article's is not read
    ("50 mio euro*", "50 mio euro*"),          # a pattern's sign after it, as in capitals
])
def test_which_lower_case_amounts_are_read(typed: str, read: str) -> None:
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == read
