"""Amounts as continental Europe writes them: a decimal comma ("€1,50", "1,50 €", "20,50 USD"), whose decimals are
no number of their own, and the scale word before the currency ("50 Mio. €", "1,5 Mrd. Euro", "3 millions d'euros"),
read as the sign-first amount ("€50 million") is."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts
from test_currency_signs import terms_at

from newssearch import open_index
from newssearch.decimalcommas import bare_decimal_commas

CENTS = {
    "before.txt": "Preise\n\nDer Kaffee kostet €1,50 im Laden.",
    "after.txt": "Preise\n\nDer Tee kostet 1,50 € im Laden.",
    "point.txt": "Prices\n\nThe coffee costs €1.50 in the shop.",
    "fifty.txt": "Preise\n\nDas Buch kostet €50 im Laden.",
    "usd.txt": "Preise\n\nDas Heft kostet 20,50 USD im Laden.",
    "chf.txt": "Preise\n\nDie Karte kostet 20,50 CHF im Laden.",
    "zloty.txt": "Ceny\n\nBilet kosztuje 20,50 zł w sklepie.",
}


@pytest.fixture(scope="module")
def cents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("cents"), CENTS)


def hits(index: Path, query: str) -> list[str]:
    """The ids ``query`` finds, best first."""
    with open_index(index) as idx:
        return [hit.id for hit in idx.search(query).hits]  # type: ignore[misc]


@pytest.mark.parametrize("query", ["$50", "€50", "50", "50 €", "50 USD"])
def test_fifty_does_not_find_the_cents_of_a_decimal_comma(cents: Path, query: str) -> None:
    # "€1,50" had been the numbers 1 and 50: a query for fifty found it
    assert set(hits(cents, query)) <= {"fifty.txt"}


@pytest.mark.parametrize("query", ["€1,50", "€1.50", "1,50 €", "1,50 EUR", "1.50"])
def test_a_decimal_comma_is_found_as_its_decimal(cents: Path, query: str) -> None:
    assert sorted(hits(cents, query)) == ["after.txt", "before.txt", "point.txt"]


@pytest.mark.parametrize(("query", "found"), [("$20.50", ["usd.txt"]), ("20,50 USD", ["usd.txt"]),
                                              ("USD 20.50", ["usd.txt"]), ("$2050", []),
                                              ("20,50 CHF", ["chf.txt"]), ("20,50 zł", ["zloty.txt"])])
def test_a_currency_after_a_comma_and_two_digits_makes_them_decimals(cents: Path, query: str,
                                                                    found: list[str]) -> None:
    # "20,50 USD" had been $2050, and "20,50 CHF" the numbers 20 and 50
    assert hits(cents, query)[:1] == found
    assert "usd.txt" not in hits(cents, "2050")


@pytest.mark.parametrize(("text", "expected"), [
    ("€1,50 und 1,50 € und 20,50 USD", {"€1.5": [0, 2], "$20.5": [4]}),  # one token each: the places that follow
    ("20,50 $ oder 7,5 USD oder 1,500 USD", {"$20.5": [0], "$1500": [6]}),  # one digit no decimal; three a group
    ("20,50 £ ou 20,50$ ou 20 $ ou 5$ ou 1,50 $2", {"£20.5": [0], "$20.5": [2], "$2": [9]}),  # "20 $" is none
    ("sold for $110,00 and £1,50", {"$110": [2], "£1": [5]}),   # sign first: the BBC's dropped zero, as it was
    ("50 Mio. € und 50 Mrd. € und 1,5 Mrd. Euro", {"€50": [0, 3], "€1.5": [6]}),
    ("3 millions d'euros, 50 millones de euros, 50 million €, 2 milioni di euro",
     {"€3": [0], "€50": [3, 7], "€50000000": [8], "€2": [9]}),
])
def test_continental_amounts_are_indexed_as_their_sign_first_form(text: str, expected: dict[str, list[int]]) -> None:
    assert terms_at(text) == expected


# A decimal comma and a sign after it, as French-Canadian and other texts write a dollar ("20,50 $")
SIGN_AFTER = {
    "dollar.txt": "Prix\n\nLe café coûte 20,50 $ au magasin.",
    "pound.txt": "Prix\n\nLe thé coûte 20,50 £ au magasin.",
    "sign.txt": "Prices\n\nThe book costs $20.50 in the shop.",
    "euro.txt": "Prix\n\nLe livre coûte 20,50 € au magasin.",
    "bare.txt": "Prices\n\nThe juice costs 20.50 in the shop.",
}


@pytest.fixture(scope="module")
def sign_after(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("sign_after"), SIGN_AFTER)


@pytest.mark.parametrize(("query", "first"), [("$20.50", {"dollar.txt", "sign.txt"}), ("£20.50", {"pound.txt"}),
                                              ("€20.50", {"euro.txt"})])
def test_a_sign_after_a_decimal_comma_is_its_currency(sign_after: Path, query: str, first: set[str]) -> None:
    # "20,50 $" had been 20.50 with no currency: $20.50 and £20.50 found it among the bare amounts
    found = hits(sign_after, query)
    assert set(found[:len(first)]) == first
    assert found[len(first)] == "bare.txt"  # then the amount with no currency, then the others' currencies
    assert len(found) == 5


SCALED = {
    "mio.txt": "Kauf\n\nDie Firma zahlte 50 Mio. € für das Werk.",
    "million.txt": "Kauf\n\nDie Firma zahlte 50 million € für das Werk.",
    "es.txt": "Compra\n\nLa empresa pagó 50 millones de euros por la planta.",
    "sign.txt": "Purchase\n\nThe firm paid €50 million for the plant.",
    "pound.txt": "Purchase\n\nThe firm paid £50m for the plant.",
    "mrd.txt": "Kauf\n\nDie Firma zahlte 1,5 Mrd. Euro für das Werk.",
    "fr.txt": "Achat\n\nLa firme a payé 3 millions d'euros pour l'usine.",
    "billion.txt": "Kauf\n\nDie Firma zahlte 50 Mrd. € für das Werk.",
}


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("scaled"), SCALED)


@pytest.mark.parametrize("query", ["€50m", "€50 million", "EUR 50 million"])
def test_an_amount_with_its_scale_then_the_euro_is_found_as_euros(scaled: Path, query: str) -> None:
    found = hits(scaled, query)
    assert set(found[:4]) == {"mio.txt", "million.txt", "es.txt", "sign.txt"}  # Mio. and millones had been no million
    assert found[4:] == ["pound.txt"]


@pytest.mark.parametrize("query", ["€50,000,000", "€50000000", "50.000.000 €", "EUR 50 000 000"])
def test_the_amount_in_full_finds_it_with_its_scale_then_the_euro_as_euros(scaled: Path, query: str) -> None:
    # as €50m finds "€50,000,000" in the euro's tier: "50 Mio. €" had been in the last, with "£50m"
    found = hits(scaled, query)
    assert set(found[:4]) == {"mio.txt", "million.txt", "es.txt", "sign.txt"}
    assert found[4:] == ["pound.txt"]


ABBREVIATED = {"meur.txt": "Achat\n\nLa firme a payé 50 M€ pour le site.",
               "spaced.txt": "Achat\n\nLa firme a payé 50 M € pour l'usine.",
               "mdeur.txt": "Achat\n\nLa firme a payé 1,5 Md€ pour l'usine.",
               "mds.txt": "Achat\n\nLa firme a payé 1,5 Mds € pour l'usine.",
               "mia.txt": "Kauf\n\nDie Firma zahlte 1,5 Mia. Euro für das Werk.",
               "size.txt": "Taille\n\nLa taille 50 M est en stock."}


@pytest.fixture(scope="module")
def abbreviated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("abbreviated"), ABBREVIATED)


@pytest.mark.parametrize(("query", "found"), [
    ("€50m", ["meur.txt", "spaced.txt"]),                    # French "M€" and "Md€", the Swiss "Mia.": had been none
    ("€50,000,000", ["meur.txt", "spaced.txt"]),
    ("€1.5bn", ["mdeur.txt", "mds.txt", "mia.txt"]),
    ("€1,500,000,000", ["mdeur.txt", "mds.txt", "mia.txt"]),
])
def test_a_french_or_swiss_abbreviated_scale_before_the_euro_is_euros(abbreviated: Path, query: str,
                                                                       found: list[str]) -> None:
    assert sorted(hits(abbreviated, query)) == found


def test_an_abbreviated_scale_is_marked_with_its_euro(abbreviated: Path) -> None:
    with open_index(abbreviated) as idx:
        shown = {hit.id: hit.snippet.html() for hit in idx.search("€50m").hits}
    assert shown["meur.txt"] == "La firme a payé <mark>50 M€</mark> pour le site."


@pytest.mark.parametrize(("query", "found"), [("€1.5bn", "mrd.txt"), ("€3m", "fr.txt"), ("€50bn", "billion.txt")])
def test_a_billion_and_a_decimal_comma_before_the_scale(scaled: Path, query: str, found: str) -> None:
    assert hits(scaled, query) == [found]


@pytest.mark.parametrize(("query", "name", "shown"), [
    ("€50m", "mio.txt", "Die Firma zahlte <mark>50 Mio. €</mark> für das Werk."),
    ("€50m", "million.txt", "Die Firma zahlte <mark>50 million €</mark> für das Werk."),
    ("€50m", "es.txt", "La empresa pagó <mark>50 millones de euros</mark> por la planta."),
    ("€1.5bn", "mrd.txt", "Die Firma zahlte <mark>1,5 Mrd. Euro</mark> für das Werk."),
    ("€50,000,000", "mio.txt", "Die Firma zahlte <mark>50 Mio. €</mark> für das Werk."),
    ("€1,500,000,000", "mrd.txt", "Die Firma zahlte <mark>1,5 Mrd. Euro</mark> für das Werk."),
])
def test_the_snippet_marks_the_amount_whole(scaled: Path, query: str, name: str, shown: str) -> None:
    with open_index(scaled) as idx:
        assert {hit.id: hit.snippet.html() for hit in idx.search(query).hits}[name] == shown


def test_a_phrase_through_a_decimal_comma_is_found_and_marked(cents: Path) -> None:
    # "€1,50" had been two places, "1" and "50": the phrase's next word stood one place too far
    with open_index(cents) as idx:
        found = {hit.id: hit.snippet.html() for hit in idx.search('"€1,50 im Laden"').hits}
    assert found == {"before.txt": "Der Kaffee kostet <mark>€1,50 im Laden</mark>.",
                     "after.txt": "Der Tee kostet <mark>1,50 € im Laden</mark>."}


# A number typed with a decimal comma and no currency: the decimal ("€1,50", "1,50 €", "€1.50") or its parts as a
# bare text writes them ("1,50", "1 50"), either
BARE = {
    "euro.txt": "Preise\n\nDer Kaffee kostet €1,50 im Laden.",
    "after.txt": "Preise\n\nDer Tee kostet 1,50 € im Laden.",
    "point.txt": "Prices\n\nThe coffee costs €1.50 in the shop.",
    "bare.txt": "Preise\n\nDer Saft kostet 1,50 im Laden.",
    "thousand.txt": "Preise\n\nDas Rad kostet 1,500 im Laden.",
    "dollar.txt": "Prices\n\nThe tea sold for $1,50 in the shop.",
    "list.txt": "Liste\n\nDie Punkte 1,2,3 im Laden.",
    "title.txt": "Preis 1,50\n\nDer Laden hat offen.",
    "eurotitle.txt": "Preis €1,50\n\nDer Laden hat zu.",
}


@pytest.mark.parametrize(("typed", "numbers"), [
    ("1,50", ["1,50"]), ("kostet 1,50 im Laden", ["1,50"]), ("title:1,5", ["1,5"]), ("1.000,50", ["1.000,50"]),
    ("1,50.", ["1,50"]),
    ("1,500", []), ("1,2,3", []), ("1,000,50", []), ("1,50m", []),  # a group, a list, a glued amount
    ("$1,50", []), ("$ 1,50", []), ("US$1,50", []), ("usd 1,50", []), ("€1,50", []),  # a sign or code before it
])
def test_a_bare_decimal_comma_is_a_number_typed_so_with_no_currency_before_it(typed: str, numbers: list[str]) -> None:
    assert [typed[whole:after] for whole, _, after in bare_decimal_commas(typed)] == numbers


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("bare"), BARE)


@pytest.mark.parametrize(("query", "found"), [
    # the decimal (it had found only the bare text since its currency's comma became a decimal) and the bare text
    ("1,50", ["after.txt", "bare.txt", "dollar.txt", "euro.txt", "eurotitle.txt", "point.txt", "title.txt"]),
    ('"kostet 1,50 im Laden"', ["after.txt", "bare.txt", "euro.txt"]),  # inside a phrase, as typed
    ("title:1,50", ["eurotitle.txt", "title.txt"]),
    ("1,500", ["thousand.txt"]),  # a thousands group, as before
    ("$1,50", ["bare.txt", "dollar.txt", "title.txt"]),  # sign first: a thousands group cut short, as before
    ("1,2,3", ["list.txt"]),  # a list, as before
    ("kostet -1,50", ["thousand.txt"]),  # neither reading
])
def test_a_bare_decimal_comma_typed_finds_the_decimal_and_the_bare_number(bare: Path, query: str,
                                                                          found: list[str]) -> None:
    assert sorted(hits(bare, query)) == found


def test_a_bare_decimal_comma_typed_marks_the_number_whole(bare: Path) -> None:
    with open_index(bare) as idx:
        shown = {hit.id: hit.snippet.html() for hit in idx.search('"kostet 1,50 im Laden"').hits}
    assert shown == {"euro.txt": "Der Kaffee <mark>kostet €1,50 im Laden</mark>.",
                     "after.txt": "Der Tee <mark>kostet 1,50 € im Laden</mark>.",
                     "bare.txt": "Der Saft <mark>kostet 1,50 im Laden</mark>."}


def test_the_cli_finds_and_marks_a_bare_decimal_comma_either_way(bare: Path) -> None:
    import json

    from click.testing import CliRunner

    from newssearch.cli import cli

    found = CliRunner().invoke(cli, ["query", "1,50", "--json", "--index-dir", str(bare)])
    assert found.exit_code == 0, found.output
    shown = {hit["id"]: hit["snippet_html"] for hit in json.loads(found.output)["hits"]}
    assert {name: shown[name] for name in ("euro.txt", "after.txt", "point.txt", "bare.txt", "dollar.txt")} == {
        "euro.txt": "Der Kaffee kostet €<mark>1,50</mark> im Laden.",  # the number, as 1.50 marks it
        "after.txt": "Der Tee kostet <mark>1,50</mark> € im Laden.",
        "point.txt": "The coffee costs €<mark>1.50</mark> in the shop.",
        "bare.txt": "Der Saft kostet <mark>1,50</mark> im Laden.",
        "dollar.txt": "The tea sold for $<mark>1,50</mark> in the shop."}


# The same amounts as English copy writes them, for a query typed in the continental form
EURO_FIRST = {
    "glued.txt": "Deal\n\nThe firm paid €50m for the plant.",
    "full.txt": "Deal\n\nThe firm paid €50,000,000 for the plant.",
    "mio.txt": "Kauf\n\nDie Firma zahlte 50 Mio. € für das Werk.",
    "loan.txt": "Loan\n\nThe state lent €2.5bn to the bank.",
    "shares.txt": "Shares\n\nThe firm sold 50 million shares.",
    "pound.txt": "Deal\n\nThe firm paid £50m for the plant.",
}


@pytest.fixture(scope="module")
def euro_first(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("euro_first"), EURO_FIRST)


@pytest.mark.parametrize(("typed", "read"), [
    ("50 Mio. €", "€50m"), ("50 Mio €", "€50m"), ("50 Millionen Euro", "€50m"), ("2.5 Mrd. €", "€2.5bn"),
    ("50 M€", "€50m"), ("3 millions d'euros", "€3m"), ("-50 Mio. € Werk", "-€50m Werk"),
    ('"50 Mio. €"', "€50m"),                                       # quoted alone: the amount, as "€50m" is
    ('"zahlte 50 Mio. € für"', '"zahlte €50 million für"'),        # in a phrase: the words the index holds there
    ("50 Mio. Dollar", "50 Mio. Dollar"), ("50 Europäer", "50 Europäer"),  # no euro
    ("50 Mio. €*", "50 Mio. €*"), ("50 Mio. Euro~", "50 Mio. Euro~"), ("50 Mio. €^2", "50 Mio. €^2"),  # syntax after
])
def test_an_amount_typed_with_its_scale_word_before_the_euro_is_read_as_its_sign_first_form(typed: str,
                                                                                            read: str) -> None:
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == read


@pytest.mark.parametrize(("typed", "as_typed"), [("50 Mio. €", "€50m"), ("50 Millionen Euro", "€50 million"),
                                                 ("2,5 Mrd. €", "€2.5bn"), ('title:"50 Mio €"', "title:€50m")])
def test_the_query_of_an_amount_before_the_euro_is_its_sign_first_form_s(typed: str, as_typed: str) -> None:
    from newssearch.querying import parse_user_query
    from newssearch.schema import SCHEMA

    assert parse_user_query(typed, SCHEMA).query == parse_user_query(as_typed, SCHEMA).query


@pytest.mark.parametrize("typed", ["50 Mio. €", "50 Mio €", "50 Millionen Euro", "€50m"])
def test_an_amount_typed_before_the_euro_finds_it_written_after_the_sign(euro_first: Path, typed: str) -> None:
    # "50 Mio. €" typed had been the words 50 and mio: it found only the story writing it so
    found = hits(euro_first, typed)
    assert set(found[:3]) == {"glued.txt", "full.txt", "mio.txt"}
    assert found[3:] == ["shares.txt", "pound.txt"]  # the bare amount, then another currency's


def test_a_billion_typed_before_the_euro_with_a_decimal_comma(euro_first: Path) -> None:
    assert hits(euro_first, "2,5 Mrd. €") == hits(euro_first, "€2.5bn") == ["loan.txt"]  # it had found nothing


def test_the_cli_finds_and_marks_an_amount_typed_before_the_euro(euro_first: Path) -> None:
    import json

    from click.testing import CliRunner

    from newssearch.cli import cli

    def shown(typed: str) -> dict[str, str]:
        found = CliRunner().invoke(cli, ["query", typed, "--json", "--index-dir", str(euro_first)])
        assert found.exit_code == 0, found.output
        return {hit["id"]: hit["snippet_html"] for hit in json.loads(found.output)["hits"]}

    marked = shown("50 Mio. €")
    assert marked == shown("€50m")
    assert {name: marked[name] for name in ("glued.txt", "full.txt", "mio.txt")} == {
        "glued.txt": "The firm paid <mark>€50m</mark> for the plant.",
        "full.txt": "The firm paid <mark>€50,000,000</mark> for the plant.",
        "mio.txt": "Die Firma zahlte <mark>50 Mio. €</mark> für das Werk."}  # "<mark>50</mark> <mark>Mio</mark>. €"
