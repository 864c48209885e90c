"""A quoted phrase running through an amount written with its scale word before the euro's word ("zahlte 50 Millionen
Euro für", "3 millions d'euros pour") finds the articles writing it so: the index holds the euro's word at its place,
which the phrase read sign first ("zahlte €50 million für") had no place for, so it had found only the articles
writing the sign ("50 Mio. €", "€50m"), which it still finds. The euro's sign holds no place: "50 Mio. € für" is as
it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli

ARTICLES = {
    "worded.txt": "Kauf\n\nDie Stadt zahlte 50 Millionen Euro für das Stadion.",
    "lower.txt": "Kauf\n\nDie Stadt zahlte 50 mio euro für das Stadion.",
    "glued.txt": "Kauf\n\nDie Stadt zahlte €50m für das Stadion.",
    "sign.txt": "Kauf\n\nDie Firma zahlte 50 Mio. € für das Werk.",
    "mfr.txt": "Achat\n\nLa ville a payé 50 M€ pour le stade.",
    "fr.txt": "Achat\n\nLa ville a payé 3 millions d'euros pour le stade.",
    "es.txt": "Compra\n\nLa ciudad pagó 50 millones de euros para el estadio.",
    "mrd.txt": "Kauf\n\nDie Firma zahlte 2,5 Mrd. Euro für das Werk.",
}

PAID = [("lower.txt", "Die Stadt <mark>zahlte 50 mio euro für</mark> das Stadion."),
        ("worded.txt", "Die Stadt <mark>zahlte 50 Millionen Euro für</mark> das Stadion."),
        ("glued.txt", "Die Stadt <mark>zahlte €50m für</mark> das Stadion."),
        ("sign.txt", "Die Firma <mark>zahlte 50 Mio. € für</mark> das Werk.")]
SIGNED = [PAID[2], PAID[3], PAID[0], PAID[1]]  # typed with the sign: its spellings first, the words' after them
NEAR_PAID = [("lower.txt", "Die Stadt <mark>zahlte</mark> <mark>50</mark> <mark>mio euro</mark> <mark>für</mark> das Stadion."),
             ("worded.txt", "Die Stadt <mark>zahlte</mark> <mark>50</mark> <mark>Millionen Euro</mark> <mark>für</mark> "
                            "das Stadion."),
             ("glued.txt", "Die Stadt <mark>zahlte</mark> <mark>€50m</mark> <mark>für</mark> das Stadion."),
             ("sign.txt", "Die Firma <mark>zahlte</mark> <mark>50</mark> <mark>Mio. €</mark> <mark>für</mark> das Werk.")]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("europhrase"), ARTICLES)


def shown(index: Path, typed: str) -> list[tuple[str, str]]:
    """The ids and marked snippets the CLI prints for ``typed``, best first."""
    result = CliRunner().invoke(cli, ["query", typed, "--json", "--index-dir", str(index)])
    assert result.exit_code == 0, result.output
    return [(hit["id"], hit["snippet_html"]) for hit in json.loads(result.output)["hits"]]


@pytest.mark.parametrize(("typed", "expected"), [
    ('"zahlte 50 Millionen Euro für"', PAID),       # had found sign.txt and glued.txt alone
    ('"zahlte 50 millionen euro für"', PAID),
    ('"zahlte 50 mio euro für"', PAID),
    ('"zahlte €50m für"', SIGNED),                   # had found glued.txt and sign.txt alone
    ('"zahlte 50 Mio. € für"', SIGNED),              # had found glued.txt and sign.txt alone
    ('"payé 50 M€ pour"', [("mfr.txt", "La ville a <mark>payé 50 M€ pour</mark> le stade.")]),  # as before
    ('"3 millions d\'euros pour"',                   # had found nothing
     [("fr.txt", "La ville a payé <mark>3 millions d&#x27;euros pour</mark> le stade.")]),
    ('"50 millones de euros para"',                  # had found nothing
     [("es.txt", "La ciudad pagó <mark>50 millones de euros para</mark> el estadio.")]),
    ('"zahlte 2,5 Mrd. Euro für"',                   # had found nothing
     [("mrd.txt", "Die Firma <mark>zahlte 2,5 Mrd. Euro für</mark> das Werk.")]),
    ('"zahlte 50 Millionen Euro für" stadion',       # beside other words: the phrase as alone
     [("lower.txt", "Die Stadt <mark>zahlte 50 mio euro für</mark> das <mark>Stadion</mark>."),
      ("worded.txt", "Die Stadt <mark>zahlte 50 Millionen Euro für</mark> das <mark>Stadion</mark>."),
      ("glued.txt", "Die Stadt <mark>zahlte €50m für</mark> das <mark>Stadion</mark>.")]),
    ('"zahlte 50 Millionen Euro für" -stadion', [PAID[3]]),
])
def test_a_phrase_through_an_amount_before_the_euro_s_word_finds_it_written_so(
        index: Path, typed: str, expected: list[tuple[str, str]]) -> None:
    assert shown(index, typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ('"zahlte 50 Millionen Euro für"~3', NEAR_PAID),  # had ranked the articles writing the sign first
    ('"zahlte 50 Mio. € für"~3', [NEAR_PAID[2], NEAR_PAID[0], NEAR_PAID[1], NEAR_PAID[3]]),  # all in the euro's tier
    ('"payé 50 M€ pour"~3',
     [("mfr.txt", "La ville a <mark>payé</mark> <mark>50</mark> <mark>M€</mark> <mark>pour</mark> le stade.")]),
    ('"3 millions d\'euros pour"~3',                 # had left "d'euros" unmarked
     [("fr.txt", "La ville a payé <mark>3</mark> <mark>millions</mark> <mark>d&#x27;euros</mark> <mark>pour</mark> "
                 "le stade.")]),
    ('"50 millones de euros para"~3',
     [("es.txt", "La ciudad pagó <mark>50</mark> <mark>millones de euros</mark> <mark>para</mark> el estadio.")]),
    ('"zahlte 2,5 Mrd. Euro für"~3',
     [("mrd.txt", "Die Firma <mark>zahlte</mark> <mark>2,5</mark> <mark>Mrd. Euro</mark> <mark>für</mark> das Werk.")]),
])
def test_a_proximity_through_an_amount_before_the_euro_s_word(index: Path, typed: str,
                                                               expected: list[tuple[str, str]]) -> None:
    assert shown(index, typed) == expected


@pytest.mark.parametrize(("typed", "read"), [
    # the sign first, the euro's word kept at its place: amountphrases reads the amount's every spelling
    ('"zahlte 50 Millionen Euro für"', '"zahlte €50 million Euro für"'),
    ('title:"zahlte 50 mio euro für"~3', 'title:"zahlte €50 million euro für"~3'),
    ('-"3 millions d\'euros pour"', '-"€3 million d\'euros pour"'),
    ('"50 millones de euros para"^2', '"€50 million de euros para"^2'),
    ('"zahlte 50 Mio. € für"', '"zahlte €50 million für"'),  # the sign holds no place: one reading
    ('"50 M€ pour"', '"€50 million pour"'),
    ('"50 mio euro"', "€50m"),                                 # quoted alone: the amount, as before
    ('"zahlte 50 Millionen Euro für', '"zahlte €50 million für'),  # an unbalanced quote: the parser's to tell
])
def test_how_such_a_phrase_is_read(typed: str, read: str) -> None:
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == read
