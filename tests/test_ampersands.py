"""A quoted phrase through "&" or "and" finds either spelling ("Fisher & Paykel", "Fisher and Paykel"), but an
initialism's "&" ("AT&T", "R&D") is part of the name, never "and", and never any other punctuation or none ("at T",
"R. D.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts
from conftest import jsonl_hits as hits
from conftest import jsonl_ids as ids

from newssearch.ampersands import joiner_spellings
from newssearch.initialisms import initialism_spans, initialism_terms
from newssearch.querytext import typed_initialisms

ARTICLES = {
    "fp-and.txt": "Appliances\n\nShares in Fisher and Paykel rose on Tuesday.",
    "fp-amp.txt": "Appliances\n\nShares in Fisher & Paykel fell on Wednesday.",
    "fp-solid.txt": "Appliances\n\nShares in Fisher&Paykel were flat on Thursday.",
    "fp-apart.txt": "Fishing\n\nFisher said Paykel was away, and Fisher left.",
    "pg-amp.txt": "Consumer\n\nProcter & Gamble raised prices.",
    "pg-and.txt": "Consumer\n\nProcter and Gamble cut costs.",
    "ms-amp.txt": "Retail\n\nMarks & Spencer closed a store.",
    "ms-and.txt": "Retail\n\nMarks and Spencer opened a store.",
    "att.txt": "Telecom\n\nAT&T reported strong earnings.",
    "att-spaced.txt": "Telecom\n\nAT & T reported weak earnings.",
    "att-owned.txt": "Telecom\n\nAT&T's chief spoke.",
    "at-t.txt": "Launch\n\nThe rocket stood at T minus ten.",
    "at-and-t.txt": "Seats\n\nThe seats marked at and T were taken.",
    "rd.txt": "Research\n\nSpending on R&D rose.",
    "rd-spaced.txt": "Research\n\nSpending on R & D fell.",
    "rd-and.txt": "Research\n\nSpending on R and D was flat.",
    "rd-dotted.txt": "Farms\n\nTurn at R. D. Smith's farm.",
    "sp.txt": "Markets\n\nThe S&P 500 rose.",
    "sp-spaced.txt": "Markets\n\nThe S & P 500 fell.",
    "sp-apart.txt": "Codes\n\nPlan S, P 500 and Q.",
    "colours.txt": "Flags\n\nThe colours are black, white and red.",
    "bw-amp.txt": "Film\n\nA black & white film was shown.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("ampersands"), ARTICLES)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fisher & Paykel", ["Fisher & Paykel", "Fisher and Paykel"]),
    ("Fisher&Paykel", ["Fisher&Paykel", "Fisher and Paykel"]),
    ("Fisher and Paykel", ["Fisher and Paykel", "Fisher & Paykel"]),
    ("FISHER AND PAYKEL", ["FISHER AND PAYKEL", "FISHER & PAYKEL"]),
    ("fisher & paykel", ["fisher & paykel", "fisher and paykel"]),
    ("fisher and paykel", ["fisher and paykel"]),  # in lower case, "and" is any "and": "black and white"
    ("AT&T", ["AT&T"]), ("AT & T", ["AT & T"]), ("AT and T", ["AT and T"]), ("R&D", ["R&D"]),
    ("PSE&G", ["PSE&G"]), ("Sun&Co", ["Sun&Co", "Sun and Co"]),  # three letters and one, solid: an initialism's
    ("Q&A session", ["Q&A session"]), ("M&Ms", ["M&Ms"]),
    ("Fisher & Paykel or Marks & Spencer", [
        "Fisher & Paykel or Marks & Spencer", "Fisher & Paykel or Marks and Spencer",
        "Fisher and Paykel or Marks & Spencer", "Fisher and Paykel or Marks and Spencer"]),
    ("Abc & Def & Ghi & Jkl & Mno", ["Abc & Def & Ghi & Jkl & Mno", "Abc and Def and Ghi and Jkl and Mno"]),  # four: all one way
    ("rock and roll", ["rock and roll"]), ("and Paykel", ["and Paykel"]), ("Fisher &", ["Fisher &"]),
])
def test_a_phrase_is_spelled_with_each_joiner(text: str, expected: list[str]) -> None:
    assert joiner_spellings(text) == expected


@pytest.mark.parametrize("query", ['"Fisher and Paykel"', '"Fisher & Paykel"', '"Fisher&Paykel"',
                                   '"fisher & paykel"', '"FISHER AND PAYKEL"', '"Fisher & Paykel"~0'])
def test_fisher_and_paykel_is_found_either_way(index: Path, query: str) -> None:
    assert ids(index, query) == ["fp-amp.txt", "fp-and.txt", "fp-solid.txt"]


@pytest.mark.parametrize(("query", "expected"), [
    ('"Procter & Gamble"', ["pg-amp.txt", "pg-and.txt"]), ('"Procter and Gamble"', ["pg-amp.txt", "pg-and.txt"]),
    ('"Marks and Spencer"', ["ms-amp.txt", "ms-and.txt"]), ('"Marks & Spencer"', ["ms-amp.txt", "ms-and.txt"]),
    ('title:"Procter and Gamble" OR "Marks and Spencer"', ["ms-amp.txt", "ms-and.txt"]),
])
def test_a_firm_is_found_either_way(index: Path, query: str, expected: list[str]) -> None:
    assert ids(index, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ('"AT&T"', ["att-owned.txt", "att-spaced.txt", "att.txt"]), ('"AT & T"', ["att-owned.txt", "att-spaced.txt", "att.txt"]),
    ('"at&t"', ["att-owned.txt", "att-spaced.txt", "att.txt"]), ('"AT&T\'s"', ["att-owned.txt", "att-spaced.txt", "att.txt"]),
    ('"AT&T reported"', ["att-spaced.txt", "att.txt"]), ('"at T"', ["at-t.txt", "att-spaced.txt", "att.txt"]),
    ('"AT and T"', ["at-and-t.txt"]),
    ('"R&D"', ["rd-spaced.txt", "rd.txt"]), ('"R & D"', ["rd-spaced.txt", "rd.txt"]), ('"R and D"', ["rd-and.txt"]),
    ('"on R&D"', ["rd-spaced.txt", "rd.txt"]), ('"on R&D rose"', ["rd.txt"]), ('"R D"', ["rd-dotted.txt", "rd-spaced.txt", "rd.txt"]),
    ('"S&P 500"', ["sp-spaced.txt", "sp.txt"]), ('"The S & P 500"', ["sp-spaced.txt", "sp.txt"]),
])
def test_an_initialism_keeps_its_ampersand(index: Path, query: str, expected: list[str]) -> None:
    assert ids(index, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("Fisher&Paykel", ["fp-amp.txt", "fp-and.txt", "fp-solid.txt"]),  # a word typed solid: its words in order
    ("Procter&Gamble prices", ["pg-amp.txt"]),
    ("AT&T", ["att-owned.txt", "att-spaced.txt", "att.txt"]), ("at&t", ["att-owned.txt", "att-spaced.txt", "att.txt"]),
    ("AT&T's", ["att-owned.txt", "att-spaced.txt", "att.txt"]), ("AT&T earnings", ["att-spaced.txt", "att.txt"]),
    ("R&D", ["rd-spaced.txt", "rd.txt"]), ("S&P 500", ["sp-spaced.txt", "sp.txt"]), ("S&P", ["sp-spaced.txt", "sp.txt"]),
    ("title:AT&T", []), ("body:S&P", ["sp-spaced.txt", "sp.txt"]),
    # typed spaced, outside quotes, it is the initialism still, as inside them: not its letters anywhere
    ("AT & T", ["att-owned.txt", "att-spaced.txt", "att.txt"]), ("R & D", ["rd-spaced.txt", "rd.txt"]),
    ("S & P 500", ["sp-spaced.txt", "sp.txt"]), ("body:S & P", ["sp-spaced.txt", "sp.txt"]),
    ("R && D", ["rd-and.txt", "rd-dotted.txt", "rd-spaced.txt", "rd.txt"]),  # an operator: R AND D
])
def test_a_word_typed_with_an_ampersand_is_found_either_way(index: Path, query: str, expected: list[str]) -> None:
    assert ids(index, query) == expected


@pytest.mark.parametrize(("typed", "read"), [
    ("AT & T", "AT&T"), ("s & p 500", "s&p 500"), ("title:R & D", "title:R&D"), ('"R & D" Q & A', '"R & D" Q&A'),
    ("A & B & C", "A & B & C"), ("R && D", "R && D"), ("Fisher & Paykel", "Fisher & Paykel"), ("AT&T", "AT&T"),
])
def test_an_initialism_typed_spaced_is_one_word(typed: str, read: str) -> None:
    assert typed_initialisms(typed) == read


def test_a_proximity_keeps_its_and(index: Path) -> None:
    assert joiner_spellings("Fisher and Paykel", proximity=True) == ["Fisher and Paykel"]
    assert joiner_spellings("Fisher & Paykel", proximity=True) == ["Fisher & Paykel", "Fisher and Paykel"]
    assert ids(index, '"Fisher and Paykel"~1') == ["fp-and.txt"]  # as "&", not "Fisher said Paykel"
    assert ids(index, '"Fisher & Paykel"~1') == ["fp-amp.txt", "fp-and.txt", "fp-apart.txt", "fp-solid.txt"]


def test_a_lower_case_and_is_no_ampersand(index: Path) -> None:
    assert ids(index, '"black and white"') == []  # not "black, white and red"
    # the index holds no "&" (a phrase's "&" is no word), so a typed "&" stands for any punctuation, as before
    assert ids(index, '"black & white"') == ["bw-amp.txt", "colours.txt"]


def test_the_snippet_marks_the_spelling_found(index: Path) -> None:
    snippets = {str(hit["id"]): hit["snippet_html"] for hit in hits(index, '"Fisher and Paykel"')}
    assert snippets == {
        "fp-amp.txt": "Shares in <mark>Fisher &amp; Paykel</mark> fell on Wednesday.",
        "fp-and.txt": "Shares in <mark>Fisher and Paykel</mark> rose on Tuesday.",
        "fp-solid.txt": "Shares in <mark>Fisher&amp;Paykel</mark> were flat on Thursday.",
    }


def test_an_initialism_s_snippet_marks_it_whole(index: Path) -> None:
    snippets = {str(hit["id"]): hit["snippet_html"] for hit in hits(index, "AT&T")}
    assert snippets == {
        "att.txt": "<mark>AT&amp;T</mark> reported strong earnings.",
        "att-spaced.txt": "<mark>AT &amp; T</mark> reported weak earnings.",
        "att-owned.txt": "<mark>AT&amp;T&#x27;s</mark> chief spoke.",
    }
    phrased = {str(hit["id"]): hit["snippet_html"] for hit in hits(index, '"S&P 500"')}
    assert phrased == {"sp.txt": "The <mark>S&amp;P 500</mark> rose.", "sp-spaced.txt": "The <mark>S &amp; P 500</mark> fell."}


def test_initialisms_are_marked_where_they_stand_in_a_text_of_no_spaces() -> None:
    # each is cut into tokens from a few characters around it: the run without spaces is not read again for each
    text = "ab&cd;" * 10_000
    spans = initialism_spans(text)
    assert len(spans) == 10_000 and spans[:2] == [(0, 5, "ab&cd"), (6, 11, "ab&cd")]
    assert initialism_spans("the U.S.&T and x&&y, AT&T’s") == [(21, 27, "at&t")]


NAMES = {
    "bbt.txt": "Banks\n\nBB&T and SunTrust agreed to merge; H&M and B&Q reported.",
    "bb-t.txt": "Letters\n\nThe BB, T and H M rows were left empty.",
    "ant-dec.txt": "Television\n\nAnt & Dec hosted the show.",
    "ant-and-dec.txt": "Television\n\nAnt and Dec hosted again.",
    "jj.txt": "Health\n\nJohnson and Johnson gained.",
}


@pytest.fixture(scope="module")
def names_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("names"), NAMES)


@pytest.mark.parametrize(("query", "expected"), [
    ("BB&T", ["bbt.txt"]), ('"BB&T"', ["bbt.txt"]), ("H&M", ["bbt.txt"]), ("B&Q", ["bbt.txt"]),  # 2+1, 1+1 letters
    ('"Ant & Dec"', ["ant-and-dec.txt", "ant-dec.txt"]),  # three letters a side: words, "&" or "and"
    ('"Ant and Dec"', ["ant-and-dec.txt", "ant-dec.txt"]),
    ('"Johnson & Johnson"', ["jj.txt"]),
])
def test_an_initialism_of_one_or_two_letters_a_side_but_words_of_three(names_index: Path, query: str,
                                                                        expected: list[str]) -> None:
    # initialisms stop at two letters a side: "Ant & Dec", "Mum & Dad", "Oil & Gas" are words, found with "and" too
    assert ids(names_index, query) == expected


LONGER = {
    "pseg.txt": "Utilities\n\nPSE&G raised rates; SDG&E and KCP&L's chief spoke.",
    "pse-g.txt": "Codes\n\nThe PSE, G and H rows were left empty.",
    "oil-gas.txt": "Energy\n\nOil & Gas shares rose; OIL&GAS fell.",
    "sun-co.txt": "Firms\n\nSun & Co and Sun and Co merged.",
}


@pytest.fixture(scope="module")
def longer_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("longer"), LONGER)


@pytest.mark.parametrize(("text", "expected"), [
    ("PSE&G raised", {0: "pse&g"}), ("the pse&g's", {1: "pse&g"}), ("SDG&E and KCP&L", {0: "sdg&e", 3: "kcp&l"}),
    ("B&NES", {0: "b&nes"}), ("B&NESS", {}), ("ABCD&E", {}),  # three letters a side at most, with one on the other
    ("PSE & G", {}), ("PSE &G", {}),  # three letters only written solid: spaced, "Fox & G" is words
    ("OIL&GAS", {}), ("Sun&Co", {}), ("ABC&DE", {}), ("PSE&G&H", {}), ("X.PSE&G", {}),
])
def test_an_initialism_of_three_letters_and_one_written_solid(text: str, expected: dict[int, str]) -> None:
    from newssearch.tokenpatterns import word_spans

    assert initialism_terms(text, word_spans(text)) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("PSE&G", ["pseg.txt"]), ("pse&g", ["pseg.txt"]), ('"PSE&G"', ["pseg.txt"]), ("PSE&G's", ["pseg.txt"]),
    ('"PSE&G raised"', ["pseg.txt"]), ("KCP&L", ["pseg.txt"]), ("sdg&e", ["pseg.txt"]),
    ('"pse g"', ["pse-g.txt", "pseg.txt"]),  # its letters are where they were
    ("OIL&GAS", ["oil-gas.txt"]), ('"Oil & Gas"', ["oil-gas.txt"]),  # three letters a side: words, as before
    ("Sun&Co", ["sun-co.txt"]), ('"Sun & Co"', ["sun-co.txt"]),
])
def test_three_letters_and_one_around_an_ampersand_are_found_as_the_initialism(longer_index: Path, query: str,
                                                                                 expected: list[str]) -> None:
    assert ids(longer_index, query) == expected


def test_a_three_letter_initialism_s_snippet_marks_it_whole(longer_index: Path) -> None:
    snippets = {str(hit["id"]): hit["snippet_html"] for hit in hits(longer_index, "pse&g")}
    assert snippets == {"pseg.txt": "<mark>PSE&amp;G</mark> raised rates; SDG&amp;E and KCP&amp;L&#x27;s chief spoke."}
