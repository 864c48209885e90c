"""A score or a season typed as its numbers joined by a hyphen (``1-0``, ``"1-0"``, ``2020-21``) finds that pair as
written, with a hyphen, an en dash or a slash ("1-0", "1–0", "2004/05"), never its numbers in two pairs side by side
("3-1 0-30")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index
from newssearch.fastanalysis import compile_text_field
from newssearch.schema import BODY, SCHEMA

FIELD = SCHEMA[BODY]

TEXTS = {"won.txt": "Derby\n\nThey won 1-0 at home.",
         "dash.txt": "Derby\n\nThey won 1–0 at home.",
         "tennis.txt": "Final\n\nShe led 3-1 0-30 at one point.",
         "season.txt": "Season\n\nThe 2020-21 season ended.",
         "years.txt": "Season\n\nIn 2020 21 clubs played.",
         "slash.txt": "Budget\n\nThe budget for 2004/05 rose."}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("pairs"), TEXTS)


@pytest.mark.parametrize(("typed", "expected"), [
    ('"1-0"', ["dash.txt", "won.txt"]),            # had found "3-1 0-30" too: its 1 and 0 side by side
    ("1-0", ["dash.txt", "won.txt"]),
    ('"1–0"', ["dash.txt", "won.txt"]),            # an en dash, typed or written
    ('"won 1-0"', ["dash.txt", "won.txt"]),        # in a phrase, before a word and after one
    ('"1-0 at home"', ["dash.txt", "won.txt"]),
    ('"won 1-0 at home"', ["dash.txt", "won.txt"]),  # and between words
    ('"led 3-1 0-30 at"', ["tennis.txt"]),
    ("2004-05", ["slash.txt"]),                    # a season written with a slash is the pair too, as "24/7" is "24-7"
    ("2004/05", ["slash.txt"]),
    ('"3-1 0-30"', ["tennis.txt"]),
    ("3-1", ["tennis.txt"]),
    ("2020-21", ["season.txt"]),                   # not "2020 21"
    ("1 0", ["dash.txt", "tennis.txt", "won.txt"]),  # the numbers typed apart are still the numbers
])
def test_a_hyphenated_number_pair_finds_that_pair_alone(index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(index, typed) == expected


@pytest.mark.parametrize(("typed", "name", "marked"), [
    ("1-0", "won.txt", "They won <mark>1-0</mark> at home."),
    ('"won 1-0"', "dash.txt", "They <mark>won 1–0</mark> at home."),
    ("1-0", "dash.txt", "They won <mark>1–0</mark> at home."),  # unquoted, an en dash or a slash written: had been unmarked
    ("2004-05", "slash.txt", "The budget for <mark>2004/05</mark> rose."),
    ("2004/05", "slash.txt", "The budget for <mark>2004/05</mark> rose."),
])
def test_a_number_pair_is_marked_whole(index: Path, typed: str, name: str, marked: str) -> None:
    with open_index(index) as idx:
        assert {hit.id: hit.snippet.html() for hit in idx.search(typed).hits}[name] == marked


@pytest.mark.parametrize(("typed", "expected"), [
    ("1-0*", ["dash.txt", "won.txt"]),        # the pairs opening 1-0: had been a 1 beside a word opening 0, so "3-1 0-30"
    ("1–0*", ["dash.txt", "won.txt"]),        # an en dash or a slash typed: the same pair
    ("1/0*", ["dash.txt", "won.txt"]),
    ("2020-2*", ["season.txt"]),              # not "In 2020 21 clubs"
    ("2020-2?", ["season.txt"]),
    ("2004-0*", ["slash.txt"]),
    ("3-1*", ["tennis.txt"]),
    ("1-0* derby", ["dash.txt", "won.txt"]),
    ('"1-0*"', ["dash.txt", "won.txt"]),       # in quotes too, alone and in a phrase
    ('"the 2020-2* season"', ["season.txt"]),
    ('"in 2020-2*"', []),                      # "In 2020 21 clubs" is no pair
])
def test_a_number_pair_with_a_wildcard_is_the_pairs_it_opens(index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(index, typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("9/11", ["plain.txt", "post.txt"]),       # "post-9/11" had been held as post911 and its parts, no pair
    ("1-0", ["loss.txt", "win.txt"]),
    ("2004/05", ["mid.txt", "season.txt"]),
    ("post-9/11", ["post.txt"]),               # the hyphenated word typed finds itself
    ("1-0-win", ["win.txt"]),                  # its pair, and its word after it
    ("1-0-loss", ["loss.txt"]),               # and its words spaced, as e-mail finds "e mail"
])
def test_a_number_pair_inside_a_hyphenated_word_is_that_pair(tmp_path: Path, typed: str, expected: list[str]) -> None:
    index = index_of_texts(tmp_path, {"post.txt": "World\n\nThe post-9/11 world changed.",
                                      "plain.txt": "World\n\nAfter 9/11 the world changed.",
                                      "season.txt": "Season\n\nThe 2004/05-season was long.",
                                      "mid.txt": "Budget\n\nBy mid-2004/05 it rose.",
                                      "win.txt": "Derby\n\nA 1-0-win at home.",
                                      "loss.txt": "Derby\n\nA 1-0 loss, a win at home."})
    assert found_ids(index, typed) == expected


def _terms(text: str) -> dict[str, list[int]]:
    """The terms the one-pass analysis indexes ``text`` by, with their places; checked against the chain's."""
    analysis = compile_text_field(FIELD).analyse(text)  # type: ignore[union-attr]
    assert sorted(analysis.items) == sorted(FIELD.index(text))
    return {term.decode(): list(FIELD.format.decode_positions(value)) for term, _, _, value in analysis.items}


@pytest.mark.parametrize(("text", "pairs"), [
    ("led 3-1 0-30 then", {"3-1": [1, 2], "0-30": [3, 4]}),   # at its first number's place and its last's
    ("led 3–1 then", {"3-1": [1, 2]}),                       # an en dash is a hyphen between numbers
    ("on 2020-01-05 and 24-7/8", {"2020-01-05": [1, 3], "7-8": [7, 8]}),  # a mixed number's hyphen is no pair's
    ("open 24/7, 9/11", {"24-7": [1, 2], "9-11": [3, 4]}),    # a slash between numbers joins them too
    ("a 3-D film, F-16 and 3 - 1", {}),                      # nor a number and a letter, nor a spaced dash
    ("the post-9/11 world, a 1-0-win", {"9-11": [2, 3], "1-0": [6, 7]}),  # a pair in a hyphenated word is the pair
])
def test_a_number_pair_is_indexed_joined(text: str, pairs: dict[str, list[int]]) -> None:
    assert {term: at for term, at in _terms(text).items() if "-" in term} == pairs


@pytest.mark.parametrize("pattern", ["1*", "2020*", "*0", "?-?"])
def test_a_pattern_matches_no_number_pair_s_term(index: Path, pattern: str) -> None:
    # a pair's term is another form of its numbers, as a sign's "$50" is: 1* is the words that open with 1
    from newssearch.patterns import Lexicons, matching_terms

    with open_index(index) as idx:
        reader = idx._searcher.reader()
        for lexicons in (None, Lexicons(reader)):
            assert not [term for term in matching_terms(reader, BODY, pattern, lexicons=lexicons) if b"-" in term]


@pytest.mark.parametrize("typed", ["url:2004/05", "url:2004-05", 'url:"2004/05"', "url:wall.example/2004/05/stocks",
                                   "url:https://wall.example/2004/05/stocks", 'source:"24/7 Wall St"',
                                   "source:24/7", 'source:"24-7 Wall St"'])
def test_a_number_pair_in_an_address_or_a_name_is_its_numbers(tmp_path: Path, typed: str) -> None:
    # an address, a publisher and a byline hold no pair's term (the title and the body alone do): url:2004/05 and a
    # news address's whole "/2004/05/" path had been searched as the pair "2004-05", and found nothing, while
    # url:2004-05 found it; so had source:"24/7 Wall St"
    from newssearch import build_index

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "wire.jsonl").write_text(
        '{"id": "wall", "title": "Stocks", "text": "Stocks rose.", "source": "24/7 Wall St.",'
        ' "url": "https://wall.example/2004/05/stocks"}\n'
        '{"id": "other", "title": "Stocks", "text": "Stocks fell.", "source": "Herald",'
        ' "url": "https://herald.example/stocks"}\n')
    build_index(tmp_path / "corpus", tmp_path / "index")
    assert found_ids(tmp_path / "index", typed) == ["wire.jsonl#wall"]
