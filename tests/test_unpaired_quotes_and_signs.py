"""Quotes and signs a user leaves unpaired: a lone minus at the end of the query (``police -``) is said left out, as
an AND or OR with no word after it is; a quote opening a phrase left open is closed at the query's end (or its
bracket's), as a field's was, where it had been ignored (``"armed offenders`` found the words apart)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli
from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA


@pytest.mark.parametrize(("typed", "note"), [
    ("police -", "\"-\" at the end of the query has no word after it (a minus leaves out the word typed right after "
                 "it, as in -gunmen): left out, searching 'police'"),
    ("police --", "\"--\" at the end of the query has no word after it (a minus leaves out the word typed right after "
                  "it, as in -gunmen): left out, searching 'police'"),
    ("(police -) gunmen", "\"-\" before a closing bracket has no word after it (a minus leaves out the word typed "
                          "right after it, as in -gunmen): left out, searching '(police) gunmen'"),
    ("police ---", None),  # a rule, as pasted text has one
    ("police OR -", "OR - at the end of the query has no word after it (AND, OR and NOT need a word after them): "
                    "left out, searching 'police'"),
    ("police - gunmen", None),  # a dash between words is punctuation, as in a pasted title
    ("police -gunmen", None),
])
def test_a_lone_minus_with_no_word_after_it_is_said_left_out(typed: str, note: str | None) -> None:
    assert parse_user_query(typed, SCHEMA).notice == note


def test_a_lone_minus_leaves_the_query_as_without_it() -> None:
    assert parse_user_query("police -", SCHEMA).query == parse_user_query("police", SCHEMA).query


TEXTS = {
    "a.txt": "Armed offenders squad called\n\nThe armed offenders squad was called to a house in Kaitaia.",
    "b.txt": "Offenders armed with knives\n\nTwo offenders armed with knives robbed a dairy, police said.",
}


@pytest.fixture(scope="module")
def texts_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("messages"), TEXTS)


def _ids(index: Path, *args: str) -> tuple[list[str], str]:
    out = CliRunner().invoke(cli, ["query", *args, "--index-dir", str(index), "--jsonl"])
    return [json.loads(line)["id"] for line in out.stdout.splitlines()], out.stderr


@pytest.mark.parametrize("typed", ['"armed offenders', 'police "armed offenders', "“armed offenders"])
def test_an_open_quote_is_closed_at_the_end_as_a_fields_is(texts_index: Path, typed: str) -> None:
    # it had been ignored, finding "offenders armed" too, while source:"NZ was closed: two readings of one slip
    ids, said = _ids(texts_index, typed.replace("police ", ""))
    assert ids == ["a.txt"]
    assert said == "Note: an unbalanced quote was closed at the query's end.\n"


def test_an_open_quote_in_a_group_is_closed_at_the_groups_end(texts_index: Path) -> None:
    ids, said = _ids(texts_index, '("armed offenders) OR kaitaia')
    assert ids == ["a.txt"]
    assert said == "Note: an unbalanced quote was closed at its bracket's end.\n"


@pytest.mark.parametrize("typed", ['armed offenders"', 'armed" offenders', 'armed offenders "'])
def test_a_quote_opening_no_word_is_still_ignored(texts_index: Path, typed: str) -> None:
    ids, said = _ids(texts_index, typed)
    assert sorted(ids) == ["a.txt", "b.txt"]
    assert said == "Note: an unbalanced quote was ignored.\n"
