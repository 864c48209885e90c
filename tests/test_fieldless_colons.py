"""A word before a colon that is no field and is spelt like none (pasted text: ``Cyclone Gabrielle:state of emergency``,
``Re:ferry``, a path ``C:\\Users``) is searched as words, with one note saying so and how a field is searched; a
name spelt like a field (``titel:``), an option's (``since:``) or a search engine's date (``after:2020``) is still
refused, with the field or the option it is likely meant for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.errors import InvalidQuery
from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA

_FIELDS = "title:, body:, author:, source:, date:, url:, lang:, section:, id:, year:, month:"


@pytest.mark.parametrize(("typed", "words", "notice"), [
    ("Cyclone Gabrielle:state of emergency", ["Cyclone", "Gabrielle", "state", "of", "emergency"],
     f"no field is named Gabrielle, so 'Gabrielle:state' was searched as words (a field is searched by its name "
     f"before the colon: {_FIELDS})"),
    ("Re:ferry", ["Re", "ferry"],
     f"no field is named Re, so 'Re:ferry' was searched as words (a field is searched by its name before the colon: "
     f"{_FIELDS})"),
    ('Re:ferry Fwd:"harbour crossing"', ["Re", "ferry", "Fwd", "harbour", "crossing"],
     f"no field is named Re or Fwd, so 'Re:ferry' and 'Fwd:\"harbour crossing\"' were searched as words (a field is "
     f"searched by its name before the colon: {_FIELDS})"),
    ("topic:politics", ["topic", "politics"],
     f"no field is named topic, so 'topic:politics' was searched as words (a field is searched by its name before "
     f"the colon: {_FIELDS})"),
])
def test_a_name_no_field_has_or_is_close_to_is_searched_as_words_with_a_note(typed: str, words: list[str],
                                                                               notice: str) -> None:
    # each had been refused: "no field 'Gabrielle'", though the query parser never fails on user text
    parsed = parse_user_query(typed, SCHEMA)
    assert parsed.notice == notice
    assert parsed.words == words


def test_the_words_before_and_after_the_colon_are_both_required() -> None:
    assert str(parse_user_query("Re:ferry", SCHEMA).query) == str(parse_user_query("Re ferry", SCHEMA).query)


def test_a_sign_after_the_colon_is_no_not() -> None:
    # "Re:-ferry" as "Re -ferry" had excluded the ferry
    assert str(parse_user_query("Re:-ferry", SCHEMA).query) == str(parse_user_query("Re ferry", SCHEMA).query)


@pytest.mark.parametrize(("typed", "guess"), [("titel:blair", "did you mean title:? "),
                                              ("auther:smith", "did you mean author:? "),
                                              ("since:2020", "did you mean --since 2020, an option, or date:>=2020"),
                                              ("after:2020-01-01", "did you mean date:>2020-01-01")])
def test_a_name_close_to_a_field_or_an_option_is_still_refused_with_its_guess(typed: str, guess: str) -> None:
    with pytest.raises(InvalidQuery, match="no field") as caught:
        parse_user_query(typed, SCHEMA)
    assert (caught.value.hint or "").startswith(guess)


def test_a_pasted_subject_line_finds_its_article(tmp_path: Path) -> None:
    from conftest import found_ids, index_of_texts

    index = index_of_texts(tmp_path, {"ferry.txt": "Re: ferry\n\nThe ferry to Devonport ran late.",
                                      "bridge.txt": "Bridge\n\nThe bridge was shut."})
    assert found_ids(index, "Re:ferry") == ["ferry.txt"]
    assert found_ids(index, "Gabrielle:ferry") == []  # all the words are required, as typed apart


def test_the_cli_says_the_note_on_its_line_and_json_holds_it(features_index: Path) -> None:
    note = ("no field is named Re, so 'Re:gunmen' was searched as words (a field is searched by its name before the "
            f"colon: {_FIELDS})")
    plain = CliRunner().invoke(cli, ["query", "Re:gunmen", "--index-dir", str(features_index), "-n", "0"])
    assert (plain.exit_code, plain.stdout, plain.stderr) == (0, "2 results for 'Re:gunmen'\n", f"Note: {note}.\n")
    data = CliRunner().invoke(cli, ["query", "Re:gunmen", "--index-dir", str(features_index), "--json"])
    assert data.exit_code == 0
    assert json.loads(data.stdout)["notice"] == note


def test_a_windows_path_is_searched_as_its_words() -> None:
    # a path had been refused: no field 'C' in 'C:\\Users\\news'
    parsed = parse_user_query("C:\\Users\\news", SCHEMA)
    assert parsed.notice is not None and parsed.notice.startswith("no field is named C, so 'C:\\Users\\news' was")


def test_a_fields_bare_name_before_a_signed_name_spelt_like_no_field_is_still_refused() -> None:
    # 'source: -foo:x' had been refused as no field 'foo'; searched as words it had listed every article, saying nothing
    with pytest.raises(InvalidQuery, match="nothing to search for after 'source:'") as caught:
        parse_user_query("source: -foo:x", SCHEMA)
    assert caught.value.hint == "put the words right after the colon, or leave it out: -foo:x is a clause of its own"
