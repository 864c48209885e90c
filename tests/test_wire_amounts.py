"""A wire's scale and currency after a number ("3 mln dlrs", "1.2 bln", "50 mln stg") are the words they stand for."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch.textanalysis import analyze

AMOUNT_ARTICLES = {
    "wire.txt": "Wire profit\n\nProfit was 3 mln dlrs, sales 1.2 BLN DLRS and a stake 50 mln stg.",
    "paper.txt": "Paper profit\n\nProfit was 3 million dollars and debt 2 trillion.",
    "ft.txt": "FT story\n\nThe fund holds 1.2 bn in bonds and 2 tn in all.",
    "mln.txt": "Acronym\n\nThe MLN and its members met.",  # an acronym among lower-case words: the word itself
    "words.txt": "Wire loss\n\nThe loss was five mln dlrs, after TWO BLN DLRS in all.",  # numbers under ten as words
}


@pytest.fixture(scope="module")
def amount_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("amounts"), AMOUNT_ARTICLES)


@pytest.mark.parametrize(("text", "expected"), [
    ("3 mln dlrs, 1.2 BLN DLRS", ["3", "million", "dollar", "1.2", "billion", "dollar"]),
    ("50 mln stg, 4 bn, 2 tn, 7 trln", ["50", "million", "sterl", "4", "billion", "2", "trillion", "7", "trillion"]),
    ("3 million dlrs, 5 mn", ["3", "million", "dollar", "5", "million"]),     # a currency after a scale word too
    ("members, stg, 3 TN, 3 BN", ["member", "stg", "3", "tn", "3", "bn"]),  # no number, no wire scale
    ("five mln dlrs, TWO BLN DLRS, mln", ["five", "million", "dollar", "two", "billion", "dollar", "million"]),  # pct
    ("three mln stg, one trln", ["three", "million", "sterl", "one", "trillion"]),
    ("one billion dlrs, two million stg", ["one", "billion", "dollar", "two", "million", "sterl"]),  # scale words too
])
def test_a_wire_s_scale_and_currency_after_a_number_are_their_words(text: str, expected: list[str]) -> None:
    assert analyze(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. dlrs, Canadian dlrs, the dlrs", ["us.", "dollar", "canadian", "dollar", "dollar"]),  # had stayed "dlrs"
    ("a U.S. dlr, 50 mln dlr, one dlr, Dlrs, DLRS", ["us.", "dollar", "50", "million", "dollar", "one", "dollar",
                                                     "dollar", "dollar"]),  # the singular too, after a scale too
    ("U.S. DLR FALLS IN TOKYO", ["us.", "dollar", "fall", "tokyo"]),   # a headline in capitals: the wire's dollar
    ("the DLR line to Bank", ["dlr", "line", "bank"]),                   # an acronym among lower-case words stays
    ("a 47 DLR offer, 750 MLN DLR, 163 BILLION DLR", ["47", "dollar", "offer", "750", "million", "dollar", "163",
                                                      "billion", "dollar"]),  # after a number or scale: no acronym
    ("dlrsx, xdlr, dlr2", ["dlrsx", "xdlr", "dlr2"]),                    # only the word itself
])
def test_a_wire_s_dlrs_is_dollars_after_any_word(text: str, expected: list[str]) -> None:
    assert analyze(text) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("billion dollars", ["wire.txt", "words.txt"]),            # had found nothing
    ("million", ["paper.txt", "wire.txt", "words.txt"]),
    ('"3 million dollars"', ["paper.txt", "wire.txt"]),        # the phrase, word for word at their places
    ('"3 mln dlrs"', ["paper.txt", "wire.txt"]),
    ("3 mln dlrs", ["paper.txt", "wire.txt"]),                 # typed apart from quotes, read as the index reads it
    ('"1.2 billion"', ["ft.txt", "wire.txt"]),
    ('"2 trillion"', ["ft.txt", "paper.txt"]),
    ("sterling", ["wire.txt"]),
    ("MLN", ["mln.txt", "paper.txt", "wire.txt", "words.txt"]),  # the acronym, or million as PCT is percent
    ('"five million dollars"', ["words.txt"]),                 # after a number written as a word: had found nothing
    ('"two billion dollars"', ["words.txt"]),
    ('"mln dlrs"', ["paper.txt", "wire.txt", "words.txt"]),    # a scale and currency typed alone: had found nothing
    ('"BLN DLRS"', ["wire.txt", "words.txt"]),
    ('"mln stg"', ["wire.txt"]),
    ("mln dlrs", ["paper.txt", "wire.txt", "words.txt"]),      # out of quotes: dlrs had been the word "dlrs"
    ('"million dlrs"', ["paper.txt", "wire.txt", "words.txt"]),
    ('"million dollars"', ["paper.txt", "wire.txt", "words.txt"]),  # and the words find the abbreviations
])
def test_amounts_find_each_other_as_the_wire_writes_them(amount_index: Path, query: str,
                                                           expected: list[str]) -> None:
    assert found_ids(amount_index, query) == expected


CURRENCY_ARTICLES = {
    "canada.txt": "Loan\n\nThe bank lent 300 mln Canadian dlrs to the province.",
    "us.txt": "Bond issue\n\nThe issue is denominated in U.S. dlrs and matures in 1992.",
    "share.txt": "Offer\n\nThe company raised its offer by one dlr a share.",
    "headline.txt": "U.S. DLR FALLS IN TOKYO\n\nThe currency fell against the yen in Tokyo.",
    "paper.txt": "Exchange rates\n\nThe Canadian dollar rose against the U.S. dollar.",
    "railway.txt": "Docklands\n\nThe DLR line to Bank reopened on Monday.",
    "offer.txt": "HOSPITAL CORP SAYS IT RECEIVED 47 DLR A SHARE OFFER\n\nAn investor group made the bid on Monday.",
}


@pytest.fixture(scope="module")
def currency_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("currencies"), CURRENCY_ARTICLES)


@pytest.mark.parametrize(("query", "expected"), [
    ("dollars", ["canada.txt", "headline.txt", "offer.txt", "paper.txt", "share.txt", "us.txt"]),  # had found paper.txt
    ("dlrs", ["canada.txt", "headline.txt", "offer.txt", "paper.txt", "share.txt", "us.txt"]),  # typed as written
    ("dlr", ["canada.txt", "headline.txt", "offer.txt", "paper.txt", "share.txt", "us.txt"]),
    ('"47 dollars a share"', ["offer.txt"]),                                      # a number's DLR is no acronym
    ('"47 DLR a share"', ["offer.txt"]),
    ('"canadian dollars"', ["canada.txt", "paper.txt"]),
    ('"canadian dlrs"', ["canada.txt", "paper.txt"]),
    ('"u.s. dollars"', ["headline.txt", "paper.txt", "us.txt"]),
    ('"one dollar a share"', ["share.txt"]),
    ('"the DLR line"', ["railway.txt"]),                                          # the acronym, as written
])
def test_the_wire_s_dlrs_and_dollars_find_each_other(currency_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(currency_index, query) == expected


def test_a_wire_s_dlrs_is_marked_as_written(currency_index: Path) -> None:
    from newssearch import open_index

    with open_index(currency_index) as idx:
        [hit] = [hit for hit in idx.search('"u.s. dollars"').hits if hit.id == "us.txt"]
    assert "denominated in <mark>U.S. dlrs</mark> and" in hit.snippet.html()


def test_a_currency_after_a_scale_word_after_a_number_word_is_found_by_its_word(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"aid.txt": "Wire aid\n\nAid of about one billion dlrs was pledged."})
    assert found_ids(index, "billion dollars") == ["aid.txt"]    # the wire's "one billion dlrs": had found nothing
    assert found_ids(index, '"billion dlrs"') == ["aid.txt"]


@pytest.mark.parametrize(("query", "marked"), [
    ("billion dollars", "sales 1.2 <mark>BLN</mark> <mark>DLRS</mark> and"),
    ('"3 million dollars"', "Profit was <mark>3 mln dlrs</mark>, sales"),   # from the number, not the space
])
def test_a_wire_s_amount_is_marked_as_written(amount_index: Path, query: str, marked: str) -> None:
    from newssearch import open_index

    with open_index(amount_index) as idx:
        [hit] = [hit for hit in idx.search(query).hits if hit.id == "wire.txt"]
    assert marked in hit.snippet.html()


def test_a_wire_s_amount_after_a_number_word_is_marked_as_written(amount_index: Path) -> None:
    from newssearch import open_index

    with open_index(amount_index) as idx:
        [hit] = idx.search('"five million dollars"').hits
    assert "was <mark>five mln dlrs</mark>, after" in hit.snippet.html()


@pytest.mark.parametrize("dash", ["-", "\u2014"])  # a long ASCII text's tokens lowered at once, or another's
def test_a_long_text_s_wire_scales_after_number_words_are_indexed_as_the_chain_indexes_them(dash: str) -> None:
    from newssearch.fastanalysis import compile_schema
    from newssearch.indexwords import PACKED_FROM
    from newssearch.schema import SCHEMA

    plan, field = compile_schema(SCHEMA)["body"], SCHEMA["body"]
    text = f"The loss was five mln {dash} TWO BLN in all. " * (PACKED_FROM // 40)  # no white space in a token
    assert sorted(plan.analyse(text).items) == sorted(field.index(text))


def test_an_id_holding_a_scale_and_currency_is_kept_as_typed(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"mln dlrs.txt": "Profit\n\nProfit was 3 mln dlrs."})
    assert found_ids(index, 'id:"mln dlrs.txt"') == ["mln dlrs.txt"]


@pytest.mark.parametrize(("query", "expected"), [
    ("dlr*", ["paper.txt", "wire.txt", "words.txt"]),          # the wire's "dlrs", held as dollars: had found nothing
    ("DLRS*", ["paper.txt", "wire.txt", "words.txt"]),
    ("dl?s", ["paper.txt", "wire.txt", "words.txt"]),
    ("bln*", ["ft.txt", "wire.txt", "words.txt"]),             # billion, as the index reads "1.2 BLN" and "1.2 bn"
    ("mln*", ["mln.txt", "paper.txt", "wire.txt", "words.txt"]),  # million, and the acronym written MLN
    ("ml*", ["mln.txt", "paper.txt", "wire.txt", "words.txt"]),   # matches the written "mln" as Lucene would
    ("?ln", ["ft.txt", "mln.txt", "paper.txt", "wire.txt", "words.txt"]),
    ("stg*", ["wire.txt"]),                                    # "50 mln stg": sterling
    ("title:dlr*", []),                                        # no title writes dlrs nor dollars
    ("dlrsx*", []),                                            # only the abbreviation itself, or less of it
    ("dollars*", ["paper.txt", "wire.txt", "words.txt"]),      # the words themselves as before
])
def test_a_pattern_over_a_wire_s_abbreviation_finds_the_word_it_stands_for(amount_index: Path, query: str,
                                                                            expected: list[str]) -> None:
    assert found_ids(amount_index, query) == expected


def test_a_pattern_over_a_wire_s_abbreviation_finds_only_the_word_it_stands_for(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"wire.txt": "Wire\n\nSales rose 5 pct to 3 mln dlrs.",
                                      "paper.txt": "Paper\n\nThe pound rose 4 pc; dollarisation and millionaires.",
                                      "acronym.txt": "Railway\n\nThe DLR line to Bank reopened."})
    assert found_ids(index, "pc*") == ["paper.txt", "wire.txt"]  # "pc", "pct": percent; had found nothing
    assert found_ids(index, "dlr*") == ["acronym.txt", "wire.txt"]  # not "dollarisation": the acronym as written
    assert found_ids(index, "mln*") == ["wire.txt"]                 # not "millionaires"


def test_a_pattern_over_a_wire_s_abbreviation_marks_it_as_written(amount_index: Path) -> None:
    from newssearch import open_index

    with open_index(amount_index) as idx:
        [hit] = [hit for hit in idx.search("dlr*").hits if hit.id == "wire.txt"]
    assert "3 mln <mark>dlrs</mark>" in hit.snippet.html()
