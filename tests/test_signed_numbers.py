"""A number typed after its currency's sign with no scale ($80, £5, €1.50) ranks that currency's amount first, the bare
number next and other currencies last, as an amount with its scale ($80m) does; an article holding the amount bare
as well as in another currency ranks with the bare ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index

ARTICLES = {
    # the bare number in a headline: it had ranked first for $80
    "points.txt": "Sensex rises 80 points\n\nThe Sensex rose 80 points on Monday as banks gained in Mumbai.",
    "oil.txt": "Oil prices climb\n\nBrent crude traded at $80 a barrel on Monday as supplies tightened.",
    "pounds.txt": "Tickets go on sale\n\nTickets for the final cost £80 each, the club said on Monday.",
    "dlrs.txt": "Crude rises\n\nU.S. crude settled at 80 dlrs a barrel in New York trading on Monday.",
    "cap.txt": "Crude at 80 a barrel\n\nAnalysts see crude at 80 a barrel.",
    "fare.txt": "Fares rise\n\nThe fare rose to £5 from £4, and €1.50 buys a coffee on the train now.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("signed"), ARTICLES)


def ranked(index_dir: Path, text: str) -> list[str]:
    """The ids a search of ``index_dir`` finds, best first."""
    with open_index(index_dir) as idx:
        return [hit.id for hit in idx.search(text).hits]  # type: ignore[misc]


@pytest.mark.parametrize("typed", ["$80", '"$80"', "US$80"])
def test_a_signed_number_ranks_its_currency_first_the_bare_number_then_others(index: Path, typed: str) -> None:
    hits = ranked(index, typed)
    assert set(hits[:2]) == {"oil.txt", "dlrs.txt"}  # its sign, its wire word after it
    assert set(hits[2:4]) == {"points.txt", "cap.txt"} and hits[4:] == ["pounds.txt"]  # still found; another's last


def test_a_pound_number_ranks_the_pound_first(index: Path) -> None:
    hits = ranked(index, "£80")
    assert hits[0] == "pounds.txt" and set(hits[1:3]) == {"points.txt", "cap.txt"}
    assert set(hits[3:]) == {"oil.txt", "dlrs.txt"}


@pytest.mark.parametrize(("typed", "first"), [("£5", "fare.txt"), ("€1.50", "fare.txt")])
def test_small_amounts_are_found(index: Path, typed: str, first: str) -> None:
    assert ranked(index, typed)[:1] == [first]


def test_a_signed_number_beside_a_word(index: Path) -> None:
    assert ranked(index, "$80 monday")[:2] in (["oil.txt", "dlrs.txt"], ["dlrs.txt", "oil.txt"])
    assert ranked(index, "$80 monday")[2:] == ["points.txt", "pounds.txt"]  # cap.txt has no monday


def test_a_phrase_holding_a_signed_number_ranks_it_first(index: Path) -> None:
    # the bare phrase in a headline had led; "80 dlrs a barrel", the dollar's word a place of its own, had been missed
    assert ranked(index, '"$80 a barrel"') == ["oil.txt", "dlrs.txt", "cap.txt"]


def test_a_signed_number_excluded_excludes_the_number(index: Path) -> None:
    assert ranked(index, "monday -$80") == []


@pytest.mark.parametrize("typed", ["$", "$80-$90", "$$80", "80$"])
def test_odd_signs_are_searched_without_error(index: Path, typed: str) -> None:
    from newssearch.errors import NewsSearchError

    try:
        ranked(index, typed)
    except NewsSearchError:
        pass


# One amount in pounds and, elsewhere, with no currency; another with no currency only
BOTH = {
    "both.txt": "Kappa results\n\nKappa has 50 million customers. It paid £50m for a mill for its 50 million customers.",
    "bare.txt": "Acme results\n\nAcme Corp said it would issue 50 million shares of common stock.",
    "pound.txt": "Lambda buys mill\n\nLambda paid £50m for a mill near the river, its chief said.",
    "dollar.txt": "Gamma buys plant\n\nGamma paid $50m for the plant near the harbour, its chief said.",
}


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("both"), BOTH)


@pytest.mark.parametrize("typed", ["$50m", "$50 million"])
def test_an_article_with_the_amount_bare_and_in_another_currency_ranks_with_the_bare(both: Path, typed: str) -> None:
    hits = ranked(both, typed)
    assert hits[0] == "dollar.txt"
    assert hits[1:] == ["both.txt", "bare.txt", "pound.txt"]  # its £50m had sent both.txt below the bare shares


def test_a_number_bare_and_in_another_currency_ranks_with_the_bare(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"both.txt": "80 seats left\n\nA £80 ticket, and 80 seats left.",
                                      "bare.txt": "Seats\n\nThere are 80 seats left in the hall for the show.",
                                      "pound.txt": "£80 tickets\n\nA £80 ticket and all the seats."})
    assert ranked(index, "$80") == ["both.txt", "bare.txt", "pound.txt"]


@pytest.mark.parametrize(("typed", "read"), [
    ("$ 50m", "$50m"), ("USD 50m", "$50m"), ("usd 50 million", "$50m"), ("50 USD", "$50"), ("EUR 20", "€20"),
    ("20 €", "€20"), ("€ 20", "€20"), ("20,50 €", "€20.50"), ("NZD 1.2bn", "$1.2bn"), ("BRL 5", "R$5"), ("MXN 5", "MX$5"),
    ("CAD 5", "$5"), ("oil USD 80", "oil $80"),
])
def test_an_amount_with_a_code_or_a_spaced_sign_is_read_as_its_sign(typed: str, read: str) -> None:
    from newssearch.querying import parse_user_query
    from newssearch.schema import SCHEMA

    assert parse_user_query(typed, SCHEMA).query == parse_user_query(read, SCHEMA).query


@pytest.mark.parametrize("typed", ["cad 5", "top 10", "usd", '"USD 50"'])  # a word, a code alone, quoted as written
def test_a_code_that_is_a_word_or_stands_alone_stays_a_word(typed: str) -> None:
    from newssearch.currencyamounts import typed_amounts

    assert typed_amounts(typed) == typed


def test_the_codes_a_query_is_read_for_are_the_codes_the_index_reads() -> None:
    from newssearch.currencysigns import CODES
    from newssearch.lazyrewrites import CURRENCY_CODE as _CURRENCY_CODE

    assert all(_CURRENCY_CODE.fullmatch(code) for code in CODES)
    assert {match.group() for match in _CURRENCY_CODE.finditer(" ".join(CODES))} == set(CODES)


def test_a_code_after_the_scale_is_its_currency(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"usd.txt": "Gamma buys plant\n\nGamma paid 50 million USD for the plant.",
                                      "bare.txt": "Acme issues shares\n\nAcme said it would issue 50 million shares.",
                                      "eur.txt": "Kappa buys mill\n\nKappa paid 50 million EUR for the mill."})
    assert ranked(index, "$50m") == ["usd.txt", "bare.txt", "eur.txt"]


def test_a_quoted_signed_number_found_nowhere_counts_its_words_unquoted_as_their_search_does(index: Path) -> None:
    # the count reads no currency tier (which ranks, but finds nothing more): the same count as the search's
    with open_index(index) as idx:
        unquoted = idx.search("$80 on Monday")
        assert unquoted.total == 4
        assert idx.search('"$80 on Monday"').notice == ("no article has the quoted words in this order: "
                                                        "without the quotes, '$80 on Monday' finds 4")
