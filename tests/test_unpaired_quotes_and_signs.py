"""Quotes and signs a user leaves unpaired: a lone minus at the end of the query (``police -``) is said left out, as
an AND or OR with no word after it is; a quote opening a phrase left open is closed at the query's end (or its
bracket's), as a field's was, where it had been ignored (``"armed offenders`` found the words apart)."""

from __future__ import annotations

import pytest

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
