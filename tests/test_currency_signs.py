"""A number after a currency sign ("$50m", "US$50 million", "£1.2bn") is indexed with a term naming the sign and the
number ("$50") at its place: another form of the number, which no typed word searches and no length counts."""

from __future__ import annotations

import pytest
from conftest import found_ids, index_of_texts

from newssearch.currencysigns import signed_numbers
from newssearch.fastanalysis import compile_text_field
from newssearch.schema import BODY, SCHEMA
from newssearch.tokenpatterns import word_spans

FIELD = SCHEMA[BODY]


def terms_at(text: str) -> dict[str, list[int]]:
    """The currency terms the one-pass analysis indexes ``text`` by, and their places; checked against the chain."""
    analysis = compile_text_field(FIELD).analyse(text)  # type: ignore[union-attr]
    assert sorted(analysis.items) == sorted(FIELD.index(text))
    places = {term.decode(): list(FIELD.format.decode_positions(value)) for term, _, _, value in analysis.items}
    return {term: at for term, at in places.items() if term[:1] in "$£€¥" or term[:2] == "r$" or term[:3] == "mx$"}


@pytest.mark.parametrize(("text", "expected"), [
    ("paid $50m for it", {"$50": [1], "$50000000": [2]}),  # the number cut from "$50m", at its place; in full at its scale's
    ("paid US$50 million for it", {"$50": [2], "$50000000": [3]}),  # a dollar's country before its sign: a dollar's
    ("£1.2bn or €3 or ¥1,000", {"£1.2": [0], "£1200000000": [1], "€3": [3], "¥1000": [5]}),
    ("50 million shares, $x, 5$", {}),                    # no sign, a sign before no number, a sign after one
    ("HK$5, S$6, A$7, C$8, NT$9 and US$10", {"$5": [1], "$6": [3], "$7": [5], "$8": [7], "$9": [9], "$10": [12]}),
    ("paid MX$50m, MXN 7 or 8 MXN", {"mx$50": [2], "mx$50000000": [3], "mx$7": [5], "mx$8": [7]}),  # the Mexican peso's: no dollar
    ("AMX$5", {"$5": [1]}),                               # no MX alone
    ("paid R$50m for it", {"r$50": [2], "r$50000000": [3]}),                  # the Brazilian real's sign: no dollar
    ("BR$5", {"$5": [1]}),                                # no R alone
    ("paid $ 50 million", {"$50": [1], "$50000000": [2]}),                  # a sign a space before its number
    ("costs € 20 or 20 € or 20,50 € or 1.000 € or 20€",   # the euro's after its number, as Europe sets it
     {"€20": [1, 3, 9], "€20.5": [5], "€1000": [7]}),   # "20,50" one token, 20.50 (decimalcommas)
    ("USD 50 million and 50 USD", {"$50": [1, 4], "$50000000": [2]}),       # a code a space before its number or after it
    ("EUR 20, NZD 1.2bn, GBP 5, JPY 100, BRL 5", {"€20": [1], "$1.2": [3], "$1200000000": [4], "£5": [6], "¥100": [8], "r$5": [10]}),
    ("usd 50, TOP 10, ALL 3, CUP 5", {}),                  # a code in lower case, codes that are words: no amount
    ("€1,50, € 2,5, EUR 3,75 and €1.000,50 or €1,50m",     # the euro's decimal comma after its sign, glued on too
     {"€1.5": [0, 7], "€2.5": [1], "€3.75": [3], "€1000.5": [5], "€1500000": [8]}),  # (the numbers one token each)
    ("€1,500 or €1,50,5 but $1,50 and £1,50",             # three digits: a thousands group; English signs as they were
     {"€1500": [0], "€1": [2], "$1": [6], "£1": [9]}),
    ("1,50 EUR or 1.000,50 EUR or 1,500 EUR but 20,50 USD",  # EUR after its number: the euro's comma, as "1,50 €"
     {"€1.5": [0], "€1000.5": [3], "€1500": [6], "$20.5": [9]}),  # (it had read €150 and €1.00050, then $2050)
])
def test_a_number_after_a_sign_has_the_sign_s_term_at_its_place(text: str, expected: dict[str, list[int]]) -> None:
    assert terms_at(text) == expected


def test_an_amount_with_a_code_or_a_sign_after_it_is_found_in_its_currency(tmp_path) -> None:
    from newssearch import open_index

    index = index_of_texts(tmp_path, {"usd.txt": "Gamma buys plant\n\nGamma paid USD 50 million for the plant.",
                                      "eur.txt": "Preise\n\nDas Ticket kostet 20 € und 20,50 € mit Versand.",
                                      "gbp.txt": "Kappa buys mill\n\nKappa paid GBP 50 million for the mill.",
                                      "bare.txt": "Acme issues shares\n\nAcme said it would issue 50 million shares."})
    with open_index(index) as idx:
        assert [hit.id for hit in idx.search("$50m").hits] == ["usd.txt", "bare.txt", "gbp.txt"]
        assert [hit.id for hit in idx.search("€20").hits] == ["eur.txt"]
        assert [hit.id for hit in idx.search("€20.50").hits] == ["eur.txt"]  # "20,50": the numbers 20 and 50
        assert idx.search("$50m").hits[0].snippet.html() == "Gamma paid <mark>USD 50 million</mark> for the plant."


def test_a_sign_s_term_is_counted_in_no_length() -> None:
    plan = compile_text_field(FIELD)
    assert plan is not None
    assert plan.analyse("paid $50 million for it").length == plan.analyse("paid 50 million for it").length == 3


def test_the_term_of_an_amount_with_its_scale_written_on_is_its_number_s() -> None:
    text = "paid $50m and $7 for it"
    spans = word_spans(text)
    assert signed_numbers(text, spans, [text[start:end] for start, end in spans]) == {1: "$50", 2: "$50000000", 4: "$7"}


def test_the_words_typed_find_what_they_did(tmp_path) -> None:
    index = index_of_texts(tmp_path, {"a.txt": "Gamma buys plant\n\nGamma paid $50m.\n",
                                      "b.txt": "Beta wins contract\n\nIt is worth 50 mln dlrs.\n"})
    assert found_ids(index, "dollar") == ["b.txt"]
    assert found_ids(index, "50") == ["a.txt", "b.txt"]


def test_a_pattern_opening_with_a_wildcard_matches_no_sign_s_term(tmp_path) -> None:
    index = index_of_texts(tmp_path, {"a.txt": "Gamma buys plant\n\nGamma paid $50m.\n",
                                      "b.txt": "Beta wins contract\n\nIt is worth 150 mln dlrs.\n"})
    assert found_ids(index, "?50") == ["b.txt"]  # "$50" is no word of three characters ending in 50
    assert found_ids(index, "*50") == ["a.txt", "b.txt"]  # its 50 and 150


def test_a_pattern_opening_with_a_wildcard_still_matches_words_of_other_scripts(tmp_path) -> None:
    index = index_of_texts(tmp_path, {"a.txt": "Gamma buys plant\n\nGamma paid £50m to Éclair.\n"})
    assert found_ids(index, "?clair") == ["a.txt"]
    assert found_ids(index, "?50") == []


def test_a_mexican_peso_and_a_dollar_rank_as_two_currencies(tmp_path) -> None:
    from newssearch import open_index

    index = index_of_texts(tmp_path, {"peso.txt": "Cemex buys plant\n\nCemex paid MX$50m for the plant, its chief said.",
                                      "dollar.txt": "Gamma buys plant\n\nGamma paid $50m for the plant, it said.",
                                      "bare.txt": "Acme issues shares\n\nAcme Corp said it would issue 50 million shares."})
    with open_index(index) as idx:
        assert [hit.id for hit in idx.search("$50m").hits] == ["dollar.txt", "bare.txt", "peso.txt"]
        assert [hit.id for hit in idx.search("MX$50m").hits] == ["peso.txt", "bare.txt", "dollar.txt"]
        assert [hit.id for hit in idx.search("MX$50 million").hits][0] == "peso.txt"
        assert [hit.id for hit in idx.search("MXN 50m").hits][0] == "peso.txt"
        assert [hit.id for hit in idx.search("NZ$50m").hits][0] == "dollar.txt"  # another dollar: a dollar, as before


def test_a_real_and_a_dollar_rank_as_two_currencies(tmp_path) -> None:
    from newssearch import open_index

    index = index_of_texts(tmp_path, {"real.txt": "Vale buys mine\n\nVale paid R$50m for the mine, its chief said.",
                                      "dollar.txt": "Gamma buys plant\n\nGamma paid $50m for the plant, it said.",
                                      "bare.txt": "Acme issues shares\n\nAcme Corp said it would issue 50 million shares."})
    with open_index(index) as idx:
        assert [hit.id for hit in idx.search("$50m").hits] == ["dollar.txt", "bare.txt", "real.txt"]
        assert [hit.id for hit in idx.search("R$50m").hits] == ["real.txt", "bare.txt", "dollar.txt"]
        assert [hit.id for hit in idx.search("R$50 million").hits][0] == "real.txt"


def test_an_amount_with_a_decimal_comma_after_the_euro_s_sign_is_found_as_its_decimal(tmp_path) -> None:
    from newssearch import open_index

    index = index_of_texts(tmp_path, {"before.txt": "Preise\n\nDer Kaffee kostet €1,50 im Laden.",
                                      "after.txt": "Preise\n\nDer Tee kostet 1,50 € im Laden.",
                                      "one.txt": "Preise\n\nDas Brot kostet €1 und 50 Cent Pfand."})
    with open_index(index) as idx:
        for typed in ("€1,50", "€1.50", "1,50 €", "€ 1,50"):
            assert sorted(hit.id for hit in idx.search(typed).hits) == ["after.txt", "before.txt"], typed
        assert [hit.id for hit in idx.search("€1").hits][0] == "one.txt"
        assert str(idx._parse("€1,50", "all").query) == str(idx._parse("€1.50", "all").query)
