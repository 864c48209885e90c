"""Snippets mark an amount a query types with its currency as one span where an article writes it in that currency,
in each form the index reads as that currency's (``currencysigns``): the sign or code and the number, the decimal
comma a euro's, and the scale or currency word when the amount holds one."""

from __future__ import annotations

import pytest
from conftest import index_of_texts

from newssearch import open_index

# each form in an article of its own, "The firm paid … for the plant."
FORMS = ["$50", "$ 50", "US$50", "USD 50", "50 USD", "€50", "€ 50", "50 €", "50€", "EUR 50", "50 EUR", "R$50",
         "MX$50", "£50", "€1,50", "1,50 €", "€1.50", "EUR 1,50", "20,50 €", "€ 20,50", "20,50€", "1.000 €",
         "€1.000,50", "1.000,50 €", "R$50m", "MX$50m", "$50 million", "50 million", "50 dlrs", "50 dollars",
         "50 mln dlrs", "50 million USD", "50 mln U.S. dlrs", "1.2 bln stg", "50 euros", "1,50 EUR", "20,50 USD",
         "50 Mio. €", "1,5 Mrd. Euro"]


@pytest.fixture(scope="module")
def amounts(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """An index of an article for each form."""
    texts = {f"form{n:02d}.txt": f"Payment\n\nThe firm paid {form} for the plant." for n, form in enumerate(FORMS)}
    return index_of_texts(tmp_path_factory.mktemp("amounts"), texts)


def marked(index, query: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What the snippet of each hit of ``query`` shows between "paid" and "for", by the form its article writes."""
    with open_index(index) as idx:
        hits = idx.search(query, limit=100).hits
    return {FORMS[int(hit.id[4:6])]: hit.snippet.html().split("paid ")[1].split(" for the")[0] for hit in hits}


@pytest.mark.parametrize(("query", "form", "shown"), [
    ("$50", "$50", "<mark>$50</mark>"),                   # it had marked $<mark>50</mark>
    ("$50", "$ 50", "<mark>$ 50</mark>"),
    ("$50", "US$50", "US<mark>$50</mark>"),               # a dollar's country stays outside, as for "US$50 million"
    ("$50", "USD 50", "<mark>USD 50</mark>"),
    ("$50", "50 USD", "<mark>50 USD</mark>"),             # it had marked <mark>50</mark> <mark>USD</mark>
    ("USD 50", "$50", "<mark>$50</mark>"),
    ("50 USD", "USD 50", "<mark>USD 50</mark>"),
    ("€50", "€50", "<mark>€50</mark>"),
    ("€50", "€ 50", "<mark>€ 50</mark>"),
    ("€50", "50 €", "<mark>50 €</mark>"),
    ("€50", "50€", "<mark>50€</mark>"),
    ("€50", "EUR 50", "<mark>EUR 50</mark>"),
    ("50 €", "50 EUR", "<mark>50 EUR</mark>"),
    ("R$50", "R$50", "<mark>R$50</mark>"),                # the real's R is its sign's
    ("MX$50", "MX$50", "<mark>MX$50</mark>"),
    ("£50", "£50", "<mark>£50</mark>"),
    ("€1,50", "€1,50", "<mark>€1,50</mark>"),             # it had marked nothing
    ("€1,50", "1,50 €", "<mark>1,50 €</mark>"),
    ("€1,50", "EUR 1,50", "<mark>EUR 1,50</mark>"),
    ("€1,50", "€1.50", "<mark>€1.50</mark>"),
    ("€1,50", "1,50 EUR", "<mark>1,50 EUR</mark>"),         # EUR after its number takes the euro's comma too
    ("1,50 EUR", "€1,50", "<mark>€1,50</mark>"),
    ("1,50 EUR", "1,50 EUR", "<mark>1,50 EUR</mark>"),
    ("1,50 €", "€1,50", "<mark>€1,50</mark>"),
    ("€1.50", "1,50 €", "<mark>1,50 €</mark>"),
    ("20,50 €", "20,50 €", "<mark>20,50 €</mark>"),       # it had marked nothing
    ("20,50 €", "€ 20,50", "<mark>€ 20,50</mark>"),
    ("€20.50", "20,50€", "<mark>20,50€</mark>"),
    ("1.000 €", "1.000 €", "<mark>1.000 €</mark>"),
    ("€1000", "1.000 €", "<mark>1.000 €</mark>"),
    ("€1.000,50", "€1.000,50", "<mark>€1.000,50</mark>"),
    ("€1.000,50", "1.000,50 €", "<mark>1.000,50 €</mark>"),
    ("$20.50", "20,50 USD", "<mark>20,50 USD</mark>"),      # a code after a decimal comma (it had read $2050)
    ("20,50 USD", "20,50 USD", "<mark>20,50 USD</mark>"),
    ("€50m", "50 Mio. €", "<mark>50 Mio. €</mark>"),         # the scale, then the euro (it had found it bare)
    ("€1.5bn", "1,5 Mrd. Euro", "<mark>1,5 Mrd. Euro</mark>"),
    ("R$50m", "R$50m", "<mark>R$50m</mark>"),             # it had marked R<mark>$50m</mark>
    ("MX$50m", "MX$50m", "<mark>MX$50m</mark>"),
    ("$50m", "$50 million", "<mark>$50 million</mark>"),  # as before
    ("$50", "50 dlrs", "<mark>50 dlrs</mark>"),           # the currency's word after it: <mark>50</mark> <mark>dlrs</mark>
    ("$50", "50 dollars", "<mark>50 dollars</mark>"),
    ("€50", "50 euros", "<mark>50 euros</mark>"),
    ("$50m", "50 mln dlrs", "<mark>50 mln dlrs</mark>"),  # it had marked <mark>50 mln</mark> <mark>dlrs</mark>
    ("$50m", "50 million USD", "<mark>50 million USD</mark>"),
    ("$50m", "50 mln U.S. dlrs", "<mark>50 mln U.S. dlrs</mark>"),  # a word between, as the query allows
    ("£1.2bn", "1.2 bln stg", "<mark>1.2 bln stg</mark>"),
])
def test_an_amount_typed_with_its_currency_is_marked_whole_in_that_currency(amounts, query: str, form: str,
                                                                               shown: str) -> None:
    assert marked(amounts, query)[form] == shown


@pytest.mark.parametrize(("query", "form", "shown"), [
    ("50", "$50", "$<mark>50</mark>"),                    # a number typed alone marks the number alone
    ("50", "50 €", "<mark>50</mark> €"),
    ("$50", "€50", "€<mark>50</mark>"),                   # in another currency: its number, as before
    ("$50", "R$50", "R$<mark>50</mark>"),
    ("€50", "$ 50", "$ <mark>50</mark>"),
    ("$50", "50 million", "<mark>50</mark> million"),
    ('"50 million"', "$50 million", "$<mark>50 million</mark>"),
    ("€50", "50 dlrs", "<mark>50</mark> dlrs"),
    ("€20.50", "20,50 USD", "<mark>20,50</mark> USD"),    # a decimal comma's number whole
    ("$50m", "50 million", "<mark>50 million</mark>"),
    ('"50 dollars"~3', "50 mln dlrs", "<mark>50</mark> mln <mark>dlrs</mark>"),  # a proximity typed: word by word
])
def test_a_number_typed_without_its_currency_or_in_another_marks_the_number(amounts, query: str, form: str,
                                                                             shown: str) -> None:
    assert marked(amounts, query)[form] == shown


def test_the_cli_s_snippet_marks_the_amount_whole(amounts) -> None:  # type: ignore[no-untyped-def]
    import json

    from click.testing import CliRunner

    from newssearch.cli import cli

    found = CliRunner().invoke(cli, ["query", "20,50 €", "--json", "--index-dir", str(amounts)])
    assert found.exit_code == 0, found.output
    assert sorted(hit["snippet_html"] for hit in json.loads(found.output)["hits"]) == [
        "The firm paid <mark>20,50 €</mark> for the plant.", "The firm paid <mark>20,50</mark> USD for the plant.",
        "The firm paid <mark>20,50€</mark> for the plant.",  # it had marked nothing
        "The firm paid <mark>€ 20,50</mark> for the plant."]  # 20.50 in another currency: its number, last
    shown = CliRunner().invoke(cli, ["query", "€1,50", "--color", "always", "--index-dir", str(amounts)])
    assert "The firm paid \x1b[33m\x1b[1m€1,50\x1b[0m for the plant." in shown.output  # it had marked nothing
