"""A news database's proximity (Nexis's w/N and pre/N, Factiva's nearN) beside a quoted or bracketed word: one quoted
or bracketed word is a word; a real phrase beside one is refused with the query to type instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.errors import InvalidQuery
from newssearch.proximity import proximity_operators

WIRE = {"yen.txt": "Yen firm\n\nThe yen rose against the dollar in Tokyo trading today.",
        "oil.txt": "Heating oil\n\nHeating oil prices fell as the dollar rose.",
        "far.txt": "Markets\n\nThe yen was quiet. Traders in London, New York and Frankfurt watched the dollar."}


@pytest.mark.parametrize(("typed", "read"), [
    ('"yen" w/3 dollar', '("yen dollar"~3 || "dollar yen"~3)'),   # had been refused as a phrase beside w/3
    ('yen w/3 "dollar"', '("yen dollar"~3 || "dollar yen"~3)'),
    ('"yen" pre/3 "dollar"', '"yen dollar"~3'),
    ('"yen" near3 dollar', '("yen dollar"~3 || "dollar yen"~3)'),
    ('(“yen” w/3 dollar)', '(("yen dollar"~3 || "dollar yen"~3))'),
])
def test_one_quoted_word_beside_a_proximity_is_a_word(typed: str, read: str) -> None:
    from newssearch.querytext import normalize

    assert proximity_operators(normalize(typed))[0] == read


@pytest.mark.parametrize(("typed", "read"), [
    ("(yen) w/3 dollar", '("yen dollar"~3 || "dollar yen"~3)'),     # had been refused as a bracket beside w/3
    ("yen pre/3 (dollar)", '"yen dollar"~3'),
    ('("yen") near3 (dollar)', '("yen dollar"~3 || "dollar yen"~3)'),
    ("((yen) w/3 dollar)", '(("yen dollar"~3 || "dollar yen"~3))'),
    ("(yen) dollar", "(yen) dollar"),                                # no proximity beside it: as typed
])
def test_one_bracketed_word_beside_a_proximity_is_a_word(typed: str, read: str) -> None:
    assert proximity_operators(typed)[0] == read


@pytest.mark.parametrize("typed", ["(yen OR euro) w/3 dollar", "(yen rose) pre/3 dollar", "title:(yen) w/3 dollar",
                                   "-(yen) w/3 dollar"])
def test_a_bracket_of_more_than_one_word_beside_a_proximity_is_left_for_the_check(typed: str) -> None:
    assert proximity_operators(typed) == (typed, None)


def test_a_bracketed_word_beside_w3_finds_what_the_word_does(tmp_path: Path) -> None:
    index = _index(tmp_path)
    runner = CliRunner()
    bracketed = runner.invoke(cli, ["query", "(yen) w/3 dollar", "--index-dir", str(index), "--json"])
    plain = runner.invoke(cli, ["query", "yen w/3 dollar", "--index-dir", str(index), "--json"])
    assert (bracketed.exit_code, plain.exit_code) == (0, 0)
    assert bracketed.stdout.replace("(yen) w/3 dollar", "yen w/3 dollar") == plain.stdout
    assert '"id": "yen.txt"' in plain.stdout and "far.txt" not in plain.stdout


@pytest.mark.parametrize("typed", ['"heating oil" w/3 prices', '"yen rose" pre/3 dollar', 'oil w/3 "dollar rose"',
                                   '"yen" w/3 "the dollar"'])
def test_a_phrase_beside_a_proximity_is_left_for_the_check(typed: str) -> None:
    rewritten, said = proximity_operators(typed)
    assert said is None and rewritten.replace('"yen"', "yen") == typed.replace('"yen"', "yen")


def _index(tmp_path: Path) -> Path:
    from conftest import index_of_texts

    return index_of_texts(tmp_path, WIRE)


def test_a_quoted_word_beside_w3_finds_what_the_word_does(tmp_path: Path) -> None:
    index = _index(tmp_path)
    runner = CliRunner()
    quoted = runner.invoke(cli, ["query", '"yen" w/3 dollar', "--index-dir", str(index), "--json"])
    plain = runner.invoke(cli, ["query", "yen w/3 dollar", "--index-dir", str(index), "--json"])
    assert (quoted.exit_code, plain.exit_code) == (0, 0)
    assert '"id": "yen.txt"' in quoted.stdout and "far.txt" not in quoted.stdout
    assert quoted.stdout.replace('\\"yen\\" w/3 dollar', "yen w/3 dollar") == plain.stdout
    ordered = runner.invoke(cli, ["query", '"yen" pre/3 "dollar"', "--index-dir", str(index), "-n", "0"])
    assert (ordered.exit_code, ordered.stdout) == (0, "1 result for '\"yen\" pre/3 \"dollar\"'\n")


@pytest.mark.parametrize(("typed", "instead"), [
    ('"heating oil" w/3 prices', '"heating oil prices"~3'),
    ('prices pre/2 "heating oil"', '"prices heating oil"~2'),
    ('"heating oil" near5 "the dollar"', '"heating oil the dollar"~5'),
])
def test_a_phrase_beside_a_proximity_is_refused_with_the_query_to_type(tmp_path: Path, typed: str,
                                                                       instead: str) -> None:
    index = _index(tmp_path)
    out = CliRunner().invoke(cli, ["query", typed, "--index-dir", str(index)])
    assert out.exit_code == 2
    assert f"type all the words as one phrase with a ~, {instead}" in out.stderr
    from newssearch import open_index

    with open_index(index) as idx, pytest.raises(InvalidQuery, match="needs a word of its own on each side"):
        idx.search(typed)


@pytest.mark.parametrize(("typed", "message"), [
    ("police w/-3 gunmen", "cannot read the number after w/ in 'police w/-3 gunmen' (a proximity takes the most words "
                           "between, from 0: police w/3 gunmen)"),
    ("(oil PRE/-1 prices) OR gas", "cannot read the number after PRE/ in '(oil PRE/-1 prices) OR gas' (a proximity "
                                   "takes the most words between, from 0: oil PRE/1 prices)"),
])
def test_a_proximity_with_a_negative_number_is_refused(typed: str, message: str) -> None:
    # read as a word of its own ("w/-3"), it had found nothing, the note saying no article had all "these words"
    with pytest.raises(InvalidQuery) as caught:
        proximity_operators(typed)
    assert str(caught.value) == message


def test_a_word_with_a_slash_and_a_minus_beside_no_words_is_a_word() -> None:
    assert proximity_operators("n/-1") == ("n/-1", None)
