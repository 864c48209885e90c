"""Amounts with their scale written on ("£1.2bn", "$3m", "1.2bn") are the number and the scale word, at two places."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch.textanalysis import analyze

GLUED_ARTICLES = {
    "bbc.txt": "BBC story\n\nThe deal is worth £1.2bn and the fee $3m, a NZ$2.5m grant and £800k more.",
    "written.txt": "Written out\n\nThe deal is worth 1.2 billion and the fee 3 million.",
    "bare.txt": "Bare scale\n\nDebt rose to 2tn, with 3.5mn more.",
    "race.txt": "Race\n\nShe won the 5,000m race at 10am, 5m ahead.",
    "decimal.txt": "Decimal\n\nIt cost $1.5m.",
    "headline.txt": "FIRM PAYS $4M FOR RIVAL\n\nThe firm paid four million for its rival.",
}


@pytest.fixture(scope="module")
def glued_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("glued"), GLUED_ARTICLES)


@pytest.mark.parametrize(("text", "expected"), [
    ("£1.2bn, $3m, €500m", ["1.2", "billion", "3", "million", "500", "million"]),
    ("NZ$2.5m, US$3m, £800k", ["nz", "2.5", "million", "us.", "3", "million", "800", "thousand"]),
    ("1.2bn, 3.5mn, 2tn, 4bln", ["1.2", "billion", "3.5", "million", "2", "trillion", "4", "billion"]),
    ("5,000m race, 5m, 800k, 10am", ["5000m", "race", "5m", "800k", "10am"]),   # m and k only after a currency
    ("£1.2BN, $5M, €3BN, $800K", ["1.2", "billion", "5", "million", "3", "billion", "800", "thousand"]),  # headlines
    ("1.2BN, 3M, 10AM", ["1.2bn", "3m", "10am"]),                                # capitals only after a currency sign
    ("$1.2bn’s cost", ["1.2bn", "cost"]),                                         # a word going on stays one
])
def test_a_scale_written_on_is_its_word_after_the_number(text: str, expected: list[str]) -> None:
    assert analyze(text) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ('"1.2 billion"', ["bbc.txt", "written.txt"]),     # had found only the text writing it out
    ("1.2 billion", ["bbc.txt", "written.txt"]),
    ('"3 million"', ["bbc.txt", "written.txt"]),
    ("£1.2bn", ["bbc.txt", "written.txt"]),            # typed glued, it finds the amount written out
    ("1.2bn", ["bbc.txt", "written.txt"]),
    ('"2 trillion"', ["bare.txt"]),
    ("thousand", ["bbc.txt"]),
    ("$5m", []),                                       # not "$1.5m"
    ("5000m", ["race.txt"]),                           # a race's metres stay
    ("1.5m", ["decimal.txt"]),                         # as written without its sign, at its place too
    ('"4 million"', ["headline.txt"]),                 # a headline's capitals after a currency sign
    ("$4M", ["headline.txt"]),
    ("1.2bn*", ["bbc.txt"]),                           # a pattern reads the amount as written (had found none)
    ("1.2b*", ["bbc.txt"]),
    ("2t*", ["bare.txt"]),
    ("1.5m*", ["decimal.txt"]),
    ("$3m*", ["bbc.txt"]),                             # a pattern typed with its sign, as without it (had found none)
    ("£1.2bn*", ["bbc.txt"]),
    ("$4M*", ["headline.txt"]),
    ("$1.5*", ["decimal.txt"]),
])
def test_glued_amounts_find_the_amount_written_out(glued_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(glued_index, query) == expected


@pytest.mark.parametrize(("query", "marked"), [
    ('"1.2 billion"', "worth <mark>£1.2bn</mark> and"),
    ("billion", "worth <mark>£1.2bn</mark> and"),
    ("1.2", "worth <mark>£1.2bn</mark> and"),             # its number matched: it had marked nothing
    ("1.5", "cost <mark>$1.5m</mark>."),
    ("1.2bn*", "worth £<mark>1.2bn</mark> and"),          # the amount as written, as before (had no mark)
])
def test_a_glued_amount_is_marked_whole(glued_index: Path, query: str, marked: str) -> None:
    from newssearch import open_index

    with open_index(glued_index) as idx:
        [hit] = [hit for hit in idx.search(query).hits if hit.id in ("bbc.txt", "decimal.txt")]
    assert marked in hit.snippet.html()


def test_a_headline_s_amount_in_capitals_is_found_by_a_pattern_and_marked_as_written(tmp_path: Path) -> None:
    from newssearch import open_index

    index = index_of_texts(tmp_path, {"caps.txt": "Caps\n\nFIRM PAYS £1.2BN FOR RIVAL."})
    with open_index(index) as idx:
        [hit] = idx.search("1.2bn*").hits                    # had found none
    assert "£<mark>1.2BN</mark> FOR" in hit.snippet.html()


@pytest.mark.parametrize(("sign", "billion", "million"), [("£", "bn", "m"), ("$", "bn", "m"),  # packed, or cut apart
                                                       ("£", "BN", "M"), ("$", "BN", "M"),    # (ASCII)
                                                       ("$", "b", "m"), ("$", "B", "M")])     # "$1.2b"
def test_a_long_text_s_glued_amounts_are_indexed_as_the_chain_indexes_them(sign: str, billion: str,
                                                                             million: str) -> None:
    from newssearch.fastanalysis import compile_schema
    from newssearch.indexwords import PACKED_FROM
    from newssearch.schema import SCHEMA

    plan, field = compile_schema(SCHEMA)["body"], SCHEMA["body"]
    text = f"The deal is worth {sign}1.2{billion}, {sign}1.5{million} more and 2tn in all; a 5,000m race. " * (
        PACKED_FROM // 60)
    assert sorted(plan.analyse(text).items) == sorted(field.index(text))


def test_an_index_opened_after_the_regex_cache_was_emptied_still_splits_a_glued_amount(glued_index: Path) -> None:
    """The index's tokenizer is unpickled from its folder: when Python's regex cache had been emptied since the
    token pattern was compiled (reading many pages compiles hundreds of patterns: as the NewsML tests before these
    had), its pattern came back an equal but new object, which the token rules, asking for the pattern itself,
    took for another; so ``$5m`` was searched as "million" alone and found every article in millions."""
    import re

    from newssearch import open_index

    re.purge()
    with open_index(glued_index) as idx:
        assert idx.search("$5m").total == 0
        assert sorted(hit.id for hit in idx.search('"1.2 billion"').hits) == ["bbc.txt", "written.txt"]


@pytest.mark.parametrize(("typed", "plain"), [("$3m~", "3m~"), ("£1.2bn~", "1.2bn~"), ("$4M~1", "4M~1")])
def test_a_fuzzy_amount_typed_with_its_sign_is_the_amount_without_it(glued_index: Path, typed: str,
                                                                     plain: str) -> None:
    # as a pattern's is: the sign is in no term, so "$3m~" had been one edit from "$3m", found among other words
    from newssearch.querying import parse_user_query
    from newssearch.schema import SCHEMA

    assert str(parse_user_query(typed, SCHEMA).query) == str(parse_user_query(plain, SCHEMA).query)
    assert found_ids(glued_index, typed) == found_ids(glued_index, plain) != []


@pytest.mark.parametrize(("typed", "expected"), [
    ("2bn-worth", ["two.txt"]),          # had found "$1.2bn-worth" too: its solid spelling, "billionworth", had no number
    ("$2bn-worth", ["two.txt"]),
    ("1.2bn-worth", ["one.txt"]),
])
def test_a_hyphenated_glued_amount_is_searched_with_its_number(tmp_path: Path, typed: str, expected: list[str]) -> None:
    # differential seed 495: '+corresponding POWELL 2bn-worth --match any' found "more than $1.2bn-worth of the beans"
    index = index_of_texts(tmp_path, {"one.txt": "Beans\n\nMore than $1.2bn-worth of the beans.",
                                      "two.txt": "Beans\n\nSome $2bn-worth of the beans."})
    for match in ("all", "any"):
        assert found_ids(index, typed, match=match) == expected


@pytest.mark.parametrize(("text", "terms"), [
    # its solid spelling had been every amount's ("billionworth": the amount's word joined, its number left out)
    ("Some $2bn-worth of beans.", ["$2", "$2000000000", "2", "2bn", "bean", "billion", "of\x1f", "some\x1f", "worth"]),
    ("Some €2bn-worth of beans.", ["2", "2bn", "bean", "billion", "of\x1f", "some\x1f", "worth", "€2", "€2000000000"]),
    ("the 2bn-3bn range", ["2", "2bn", "3", "3bn", "billion", "rang", "the\x1f"]),            # had held "billion3"
    ("a $5m-a-year deal", ["$5", "$5000000", "5", "5m", "a\x1f", "deal", "million", "year"]),  # "millionayear"
    ("a billion-dollar deal", ["a\x1f", "billion", "billiondollar", "deal", "dollar"]),        # a word: solid, as before
])
def test_a_hyphenated_word_opening_with_a_glued_amount_is_not_written_solid(text: str, terms: list[str]) -> None:
    from newssearch.fastanalysis import compile_text_field
    from newssearch.schema import BODY, SCHEMA

    field = SCHEMA[BODY]
    analysis = compile_text_field(field).analyse(text)
    assert sorted(analysis.items) == sorted(field.index(text))  # the one-pass analysis as the chain
    assert sorted(term.decode() for term, _, _, _ in analysis.items) == terms


def test_a_long_text_s_hyphenated_glued_amount_is_not_written_solid() -> None:
    from newssearch.fastanalysis import compile_schema
    from newssearch.indexwords import PACKED_FROM
    from newssearch.schema import SCHEMA

    plan, field = compile_schema(SCHEMA)["body"], SCHEMA["body"]
    for text in ("Some $2bn-worth of beans, a billion-dollar deal. ", "Some €2bn-worth of beans, é. "):
        items = plan.analyse(text * (PACKED_FROM // len(text) + 1)).items
        terms = {term.decode() for term, _, _, _ in items}
        assert "billionworth" not in terms
        assert sorted(items) == sorted(field.index(text * (PACKED_FROM // len(text) + 1)))


def test_the_solid_spelling_of_an_amount_s_word_typed_finds_only_the_word_written_so(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from newssearch.cli import cli

    index = index_of_texts(tmp_path, {"one.txt": "Beans\n\nMore than $1.2bn-worth of the beans.",
                                      "two.txt": "Beans\n\nSome $2bn-worth of the beans.",
                                      "five.txt": "Beans\n\nSome €5m-worth of the beans.",
                                      "worth.txt": "Beans\n\nA billion-worth of beans, they say."})

    def found(typed: str) -> list[str]:
        result = CliRunner().invoke(cli, ["query", typed, "--json", "--index-dir", str(index)])
        assert result.exit_code == 0, result.output
        return sorted(hit["id"] for hit in json.loads(result.output)["hits"])

    assert found("billionworth") == ["worth.txt"]  # had found every "$Xbn-worth" too, whatever its number
    assert found("billion-worth") == ["one.txt", "two.txt", "worth.txt"]  # the phrase "billion worth": as before
    assert found('"$2bn-worth of"') == ["two.txt"]
    result = CliRunner().invoke(cli, ["query", "millionworth", "--index-dir", str(index)])  # had found five.txt
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "No articles match 'millionworth'.\n"
                                                                "Note: millionworth is searched as one word: as two, "
                                                                "'million worth' finds 1.\n")  # compoundhints.py


# New Zealand and Australian papers write a billion as a "b" after the currency sign ("$1.88b", "NZ$2b"): as "bn" is,
# it is the number and "billion" (it had been one word, "1.88b", that "$1.88 billion" and "1.88 billion" never found);
# only after a currency sign, as "m" and "k" are: a "2B" pencil stays.
@pytest.mark.parametrize(("text", "expected"), [
    ("$1.88b, NZ$2b, A$3.5B", ["1.88", "billion", "nz", "2", "billion", "3.5", "billion"]),
    ("2B pencil, 5b", ["2b", "pencil", "5b"]),
])
def test_a_b_after_a_currency_sign_is_a_billion(text: str, expected: list[str]) -> None:
    assert analyze(text) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("$1.88 billion", ["b.txt", "written.txt"]),
    ('"1.88 billion"', ["b.txt", "written.txt"]),
    ("$1.88b", ["b.txt", "written.txt"]),
    ("1.88b", ["b.txt"]),                              # as written without its sign, at its place too
    ("NZ$1.88b", ["b.txt", "written.txt"]),            # typed with its dollar's country, as NZ$478m finds "$478m"
    ("2b", ["pencil.txt"]),
])
def test_a_b_billion_finds_and_is_found_by_the_amount_written_out(tmp_path: Path, query: str,
                                                                  expected: list[str]) -> None:
    index = index_of_texts(tmp_path, {"b.txt": "Hospital\n\nCosts blow out to $1.88b, the board said.",
                                      "written.txt": "Written\n\nCosts rose to 1.88 billion dollars.",
                                      "pencil.txt": "Pencils\n\nA 2b pencil is soft."})
    assert found_ids(index, query) == expected


def test_a_long_text_of_many_glued_amounts_is_split_in_time_linear_in_its_length() -> None:
    # Each amount's number was inserted into the list of the text's tokens, moving every token after it: a 4 MB text
    # with an amount a sentence took 27 s of its 55 s to index, growing as its square; now a pass.
    import time

    from newssearch.gluedamounts import glued_tokens

    raw = ["the", "budget", "of", "4.5bn", "was", "cut", "by", "ministers", "on", "tuesday"] * 60_000
    started = time.process_time()
    out, links, places = glued_tokens(raw, [0, 3, 599_998], "\0".join(raw))  # type: ignore[misc]
    assert time.process_time() - started < 3
    assert out[:12] == ["the", "budget", "of", "4.5", "4.5bn", "was", "cut", "by", "ministers", "on", "tuesday", "the"]
    assert len(out) == 660_000 and places[:2] == [4, 15] and links == [0, 4, 659_998]
