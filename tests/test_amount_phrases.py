"""A quoted phrase through an amount finds the amount written every way its currency's is ("paid $50m for": "paid
USD 50 million for", "paid 50 million dollars for"; "zahlte 50 Millionen Euro für": "zahlte 50 Mio. EUR für"), in
either direction, marked whole: a sign holds no place, a code, a currency's word or a country before a sign one, so
the phrase as typed had found only the articles writing the amount in as many places. Another currency's word, another
scale and a number with no currency ("50 million people") are no such spelling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli

ENGLISH = {
    "million.txt": "Deal\n\nThe club paid $50 million for the striker.",
    "glued.txt": "Deal\n\nThe club paid $50m for the striker.",
    "us.txt": "Deal\n\nThe club paid US$50 million for the striker.",
    "usd.txt": "Deal\n\nThe club paid USD 50 million for the striker.",
    "usdafter.txt": "Deal\n\nThe club paid 50 million USD for the striker.",
    "dollars.txt": "Deal\n\nThe club paid 50 million dollars for the striker.",
    "dlrs.txt": "Deal\n\nThe club paid 50 mln dlrs for the striker.",
    "usdollars.txt": "Deal\n\nThe club paid 50 million U.S. dollars for the striker.",
    "full.txt": "Deal\n\nThe club paid $50,000,000 for the striker.",
    # no spelling of $50m: another currency, another scale, no currency
    "pound.txt": "Deal\n\nThe club paid £50m for the striker.",
    "pounds.txt": "Deal\n\nThe club paid 50 million pounds for the striker.",
    "billion.txt": "Deal\n\nThe club paid $50bn for the striker.",
    "people.txt": "Deal\n\nThe club paid 50 million people for the striker.",
    "bare.txt": "Deal\n\nThe club paid 50 million for the striker.",
    # the Brazilian real's: its R a place of its own, as its code's
    "real.txt": "Deal\n\nThe club paid R$50m for the striker.",
    "brl.txt": "Deal\n\nThe club paid BRL 50 million for the striker.",
}
DOLLARS = {
    "million.txt": "The club <mark>paid $50 million for</mark> the striker.",
    "glued.txt": "The club <mark>paid $50m for</mark> the striker.",
    "us.txt": "The club <mark>paid US$50 million for</mark> the striker.",
    "usd.txt": "The club <mark>paid USD 50 million for</mark> the striker.",
    "usdafter.txt": "The club <mark>paid 50 million USD for</mark> the striker.",
    "dollars.txt": "The club <mark>paid 50 million dollars for</mark> the striker.",
    "dlrs.txt": "The club <mark>paid 50 mln dlrs for</mark> the striker.",
    "usdollars.txt": "The club <mark>paid 50 million U.S. dollars for</mark> the striker.",
    "full.txt": "The club <mark>paid $50,000,000 for</mark> the striker.",
}
# typed with its sign, the phrase is still what a Lucene-based tool finds (it drops the sign), ranked after them: its
# number and scale with no currency, then in another currency, as before
AFTER_SIGNED = [("bare.txt", "The club <mark>paid 50 million for</mark> the striker."),
                ("pound.txt", "The club <mark>paid £50m for</mark> the striker.")]

GERMAN = {
    "worded.txt": "Kauf\n\nDie Stadt zahlte 50 Millionen Euro für das Stadion.",
    "mioeur.txt": "Kauf\n\nDie Stadt zahlte 50 Mio. EUR für das Stadion.",
    "mioeuro.txt": "Kauf\n\nDie Stadt zahlte 50 Mio. Euro für das Stadion.",
    "miosign.txt": "Kauf\n\nDie Stadt zahlte 50 Mio. € für das Stadion.",
    "glued.txt": "Kauf\n\nDie Stadt zahlte €50m für das Stadion.",
    "french.txt": "Achat\n\nLa ville a payé 50 millions d'euros pour le stade.",
    "frsign.txt": "Achat\n\nLa ville a payé 50 M€ pour le stade.",
    # no spelling of €50m: another currency, another scale
    "usd.txt": "Kauf\n\nDie Stadt zahlte 50 Mio. USD für das Stadion.",
    "dollar.txt": "Kauf\n\nDie Stadt zahlte $50m für das Stadion.",
    "mrd.txt": "Kauf\n\nDie Stadt zahlte 50 Mrd. Euro für das Stadion.",
}
EUROS = {
    "worded.txt": "Die Stadt <mark>zahlte 50 Millionen Euro für</mark> das Stadion.",
    "mioeur.txt": "Die Stadt <mark>zahlte 50 Mio. EUR für</mark> das Stadion.",
    "mioeuro.txt": "Die Stadt <mark>zahlte 50 Mio. Euro für</mark> das Stadion.",
    "miosign.txt": "Die Stadt <mark>zahlte 50 Mio. € für</mark> das Stadion.",
    "glued.txt": "Die Stadt <mark>zahlte €50m für</mark> das Stadion.",
}
FRENCH = {"french.txt": "La ville a <mark>payé 50 millions d&#x27;euros pour</mark> le stade.",
          "frsign.txt": "La ville a <mark>payé 50 M€ pour</mark> le stade."}


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("enphrase"), ENGLISH)


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("dephrase"), GERMAN)


def shown(index: Path, typed: str) -> list[tuple[str, str]]:
    """The ids and marked snippets ``newssearch query TYPED --json`` prints, best first."""
    result = CliRunner().invoke(cli, ["query", typed, "--json", "-n", "50", "--index-dir", str(index)])
    assert result.exit_code in (0, 1), result.output
    return [(hit["id"], hit["snippet_html"]) for hit in json.loads(result.output)["hits"]]


@pytest.mark.parametrize(("typed", "after"), [('"paid $50 million for"', AFTER_SIGNED), ('"paid $50m for"', AFTER_SIGNED),
                                              ('"paid US$50 million for"', AFTER_SIGNED),
                                              ('"paid $50,000,000 for"', AFTER_SIGNED)])  # in full: its scaled too
def test_a_phrase_through_a_signed_amount_finds_its_every_spelling_first(english: Path, typed: str,
                                                                         after: list[tuple[str, str]]) -> None:
    found = shown(english, typed)
    # had found "$50m" and "$50 million" alone (US$: itself alone; "$50,000,000": itself alone)
    assert dict(found[:len(DOLLARS)]) == DOLLARS
    assert found[len(DOLLARS):] == after


def test_a_phrase_through_an_amount_in_full_finds_it_scaled_bare_and_in_another_currency(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"euro.txt": "Exit\n\nHe took a €3,000,000 pay-off.",
                                      "bare.txt": "Exit\n\nHe took a 3 million pay-off.",
                                      "pound.txt": "Exit\n\nHe took a £3m pay-off.",
                                      "other.txt": "Exit\n\nHe took a £4m pay-off."})
    # had found the euro's alone: the bare and the other currency's phrases were of "3000000" only
    assert shown(index, '"a €3,000,000 pay"') == [("euro.txt", "He took <mark>a €3,000,000 pay</mark>-off."),
                                                  ("bare.txt", "He took <mark>a 3 million pay</mark>-off."),
                                                  ("pound.txt", "He took <mark>a £3m pay</mark>-off.")]


TIERED = {f"{name}.txt": f"Deal\n\nThe club paid {amount} for the striker." for name, amount in {
    "dollar": "$50m", "dollarfull": "$50,000,000", "bare": "50 million", "full": "50,000,000", "pound": "£50m",
    "poundfull": "£50,000,000", "other": "60 million"}.items()}


@pytest.mark.parametrize("typed", ['"paid $50m for"', '"paid $50 million for"', '"paid $50,000,000 for"'])
def test_a_phrase_through_a_signed_amount_ranks_it_bare_and_in_another_currency_however_written(tmp_path: Path,
                                                                                             typed: str) -> None:
    # its currency's spellings first; then the amount with no currency, scaled or in full; then in another currency,
    # scaled or in full, as a Lucene-based tool finds them (it drops the sign). Typed scaled, the phrase had found
    # "50 million" bare and "£50m" but neither in full ("50,000,000", "£50,000,000"), which the amount in full found
    found = [name for name, _snippet in shown(index_of_texts(tmp_path, TIERED), typed)]
    assert (sorted(found[:2]), sorted(found[2:4]), sorted(found[4:])) == (
        ["dollar.txt", "dollarfull.txt"], ["bare.txt", "full.txt"], ["pound.txt", "poundfull.txt"])


@pytest.mark.parametrize("typed", ['"paid 50 million dollars for"', '"paid USD 50 million for"',
                                   '"paid 50 million USD for"', '"paid 50 mln dlrs for"',
                                   '"paid 50 million U.S. dollars for"'])
def test_a_phrase_through_an_amount_with_its_currency_s_word_finds_its_every_spelling(english: Path,
                                                                                      typed: str) -> None:
    # each had found the articles writing it so alone ("50 million dollars": "50 mln dlrs" too); the word typed
    # asks for the currency: no amount without one, nor in another
    assert dict(shown(english, typed)) == DOLLARS


@pytest.mark.parametrize("typed", ['"zahlte 50 Millionen Euro für"', '"zahlte 50 Mio. EUR für"',
                                   '"zahlte 50 Mio. Euro für"', '"zahlte 50 mio eur für"'])
def test_a_phrase_through_a_euro_amount_finds_its_every_spelling(german: Path, typed: str) -> None:
    # "50 Mio. EUR" had been found by "Mio. EUR" alone and missed by the others
    assert dict(shown(german, typed)) == EUROS


@pytest.mark.parametrize("typed", ['"zahlte 50 Mio. € für"', '"zahlte €50m für"'])
def test_a_phrase_through_a_euro_amount_typed_with_its_sign_finds_its_every_spelling_first(german: Path,
                                                                                           typed: str) -> None:
    found = shown(german, typed)  # the sign's phrases had found the sign's alone ("€50m", "50 Mio. €")
    assert dict(found[:len(EUROS)]) == EUROS
    assert found[len(EUROS):] == [("dollar.txt", "Die Stadt <mark>zahlte $50m für</mark> das Stadion.")]  # as before


@pytest.mark.parametrize("typed", ['"payé 50 millions d\'euros pour"', '"payé 50 M€ pour"', '"payé €50m pour"'])
def test_a_french_phrase_through_a_euro_amount_finds_its_every_spelling(german: Path, typed: str) -> None:
    assert dict(shown(german, typed)) == FRENCH


@pytest.mark.parametrize(("typed", "expected"), [
    ('"paid 50 million pounds for"', {"pounds.txt": "The club <mark>paid 50 million pounds for</mark> the striker.",
                                      "pound.txt": "The club <mark>paid £50m for</mark> the striker."}),
    ('"paid $50bn for"', {"billion.txt": "The club <mark>paid $50bn for</mark> the striker."}),
    ('"paid 50 million people for"', {"people.txt": "The club <mark>paid 50 million people for</mark> the striker."}),
    # "50 Mio. USD" is $50m (codedscales): "$50m" its spelling, "50 Mio. €" another currency's
    ('"zahlte 50 Mio. USD für"', {"usd.txt": "Die Stadt <mark>zahlte 50 Mio. USD für</mark> das Stadion.",
                                  "dollar.txt": "Die Stadt <mark>zahlte $50m für</mark> das Stadion."}),
    ('"zahlte 50 Mrd. Euro für"', {"mrd.txt": "Die Stadt <mark>zahlte 50 Mrd. Euro für</mark> das Stadion."}),
    ('"club paid 50 dollars"', {}),  # "$50m" holds "$50" at its 50: a scale after it, another amount
    # a currency's word between the number and a scale is no amount of that scale: "$50 million", its spelling by
    # sign, is $50m (differential seed 547: "1 DLRS BILLION" had found "spent $1bn on")
    ('"paid 50 dollars million for"', {}),
    ('"paid 50 DLRS MILLION for"', {}),
])
def test_another_currency_or_scale_is_no_spelling_of_the_amount(english: Path, german: Path, typed: str,
                                                                expected: dict[str, str]) -> None:
    index = german if "zahlte" in typed else english
    assert dict(shown(index, typed)) == expected


@pytest.mark.parametrize("typed", ['"paid BRL 50 million for"', '"paid 50 million reais for"'])
def test_a_phrase_through_a_real_s_amount_finds_it_after_its_r(english: Path, typed: str) -> None:
    assert dict(shown(english, typed)) == {"brl.txt": "The club <mark>paid BRL 50 million for</mark> the striker.",
                                           "real.txt": "The club <mark>paid R$50m for</mark> the striker."}


@pytest.mark.parametrize("typed", ['"USD 50"', '"50 million dollars"'])
def test_an_amount_with_its_word_quoted_alone_is_read_as_typed(typed: str) -> None:
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == typed  # a code's or word's amount quoted alone: its words, as before


@pytest.mark.parametrize(("typed", "read"), [
    ('"paid 50 million dollars for"', '"paid $50 million dollars for"'),
    ('"paid USD 50 million for"', '"paid USD $50 million for"'),
    ('"paid 50 mln dlrs for"', '"paid $50 mln dlrs for"'),
    ('"rose to 80 dlrs a barrel"', '"rose to $80 dlrs a barrel"'),
    ('"the 50 real deals"', '"the 50 real deals"'),  # a real is no word of the real's
    ('"paid 50 million people for"', '"paid 50 million people for"'),
])
def test_how_a_phrase_through_an_amount_with_its_word_is_read(typed: str, read: str) -> None:
    from newssearch.amountphrases import signed_phrases

    assert signed_phrases(typed) == read


@pytest.mark.parametrize(("typed", "first"), [
    ('"paid $50,000,000 for"', {"full.txt"}),      # "USD 50 million" and "US$50 million" had ranked first
    ('"paid $50m for"', {"glued.txt", "million.txt"}),  # one spelling to the index: "$50m" is "$50 million"
    ('"paid $50 million for"', {"glued.txt", "million.txt"}),
    ('"paid USD 50 million for"', {"usd.txt"}),
    ('"paid 50 million USD for"', {"usdafter.txt"}),
    ('"paid 50 million U.S. dollars for"', {"usdollars.txt"}),
])
def test_a_phrase_through_an_amount_ranks_the_spelling_typed_first(english: Path, typed: str, first: set[str]) -> None:
    found = [name for name, _snippet in shown(english, typed)]
    assert set(found[:len(first)]) == first


@pytest.mark.parametrize(("typed", "first"), [
    ('"zahlte €50m für"', {"glued.txt", "miosign.txt"}),  # "50 Mio. EUR" had ranked first
    ('"zahlte 50 Mio. € für"', {"glued.txt", "miosign.txt"}),
    ('"zahlte 50 Mio. EUR für"', {"mioeur.txt"}),
])
def test_a_phrase_through_a_euro_amount_ranks_the_spelling_typed_first(german: Path, typed: str,
                                                                      first: set[str]) -> None:
    found = [name for name, _snippet in shown(german, typed)]
    assert set(found[:len(first)]) == first


@pytest.mark.parametrize("typed", ['"paid $50m for"', '"paid 50 million dollars for"', '"paid $50,000,000 for"'])
def test_a_phrase_through_an_amount_left_out_leaves_out_every_article_it_finds(english: Path, typed: str) -> None:
    # differential seed 541: -"an estimated $116.9m in" had left out "an estimated 116.9 mln dlrs in" only as typed,
    # the phrase "116.9 million", so the article the phrase finds was found beside its NOT too
    found = {hit for hit, _ in shown(english, typed)}
    left = {hit for hit, _ in shown(english, f"deal -{typed}")}
    assert found and not found & left and found | left == set(ENGLISH)


@pytest.mark.parametrize(("typed", "found"), [
    ('"£7.4m from the UK Treasury"', ["uk.txt", "dollars.txt"]),  # UK's readings (uk, u k): a choice of phrases;
    ('"$7.4m from the UK Treasury"', ["dollars.txt", "uk.txt"]),  # another currency's ranked after the one typed
    ('"paid £2m to the U.S. firm"', ["us.txt"]),
])
def test_a_phrase_through_an_amount_and_a_word_of_several_readings_is_found(tmp_path: Path, typed: str,
                                                                             found: list[str]) -> None:
    """The amount's phrase and its other currencies' were each a choice of phrases (a word's readings); the check of
    where another currency's form stands took one phrase only: 'unexpected AttributeError' (longphrase59's note)."""
    index = index_of_texts(tmp_path, {
        "uk.txt": "Grant\n\nThe settlement includes the full £7.4m from the UK Treasury announced today.",
        "dollars.txt": "Grant\n\nThe settlement includes the full $7.4m from the UK Treasury announced today.",
        "us.txt": "Deal\n\nThe council paid £2m to the U.S. firm last year.",
    })
    result = CliRunner().invoke(cli, ["query", typed, "--index-dir", str(index), "--json"])
    assert result.exit_code == 0, result.output
    assert [hit["id"] for hit in json.loads(result.output)["hits"]] == found
