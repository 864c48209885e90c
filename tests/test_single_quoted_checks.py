"""A phrase in straight single quotes is a phrase to the checks too, as the parser reads one ('to be or not to be' as
"to be or not to be"): its "or" and "not" get no note on lower-case operators, its bracket no note on an unbalanced
one, and what would be syntax outside a phrase (a field, a ~, a boost, a date) is not refused there."""

from __future__ import annotations

import pytest

from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA


@pytest.mark.parametrize("typed", [
    "'to be or not to be'",        # had noted '"not" and "or" in lower case are words, not operators: type NOT or OR'
    "'gas, not oil' prices",
    "'oil (gas' prices",           # had noted 'an unbalanced bracket was ignored'
    "'oil gas)' prices",
])
def test_a_single_quoted_phrase_gets_no_note_a_double_quoted_one_does_not(typed: str) -> None:
    assert parse_user_query(typed.replace("'", '"'), SCHEMA).notice is None
    assert parse_user_query(typed, SCHEMA).notice is None


@pytest.mark.parametrize("typed", [
    "'foo:bar gas' prices",        # each had been refused: no field 'foo', the number after ~x, a pattern with a ~,
    "'oil~x gas' prices",          # March needs its year, the boost in 'oil^2^3, a date range not closed
    "'co*~2 gas' prices",
    "'date:March gas' prices",
    "'oil^2^3 gas' prices",
    "'date:[2020 TO gas' prices",
])
def test_syntax_in_a_single_quoted_phrase_is_not_refused_as_in_a_double_quoted_one(typed: str) -> None:
    parse_user_query(typed.replace("'", '"'), SCHEMA)
    parse_user_query(typed, SCHEMA)


@pytest.mark.parametrize(("typed", "notice"), [
    ("'cheap oil' or gas", '"or" in lower case is a word, not an operator: type OR'),  # outside the phrase: noted
    ("'oil gas' (prices", "an unbalanced bracket was ignored"),
])
def test_outside_a_single_quoted_phrase_the_notes_stand(typed: str, notice: str) -> None:
    assert parse_user_query(typed, SCHEMA).notice == notice


def test_outside_a_single_quoted_phrase_syntax_is_still_refused() -> None:
    from newssearch.errors import InvalidQuery

    with pytest.raises(InvalidQuery, match="no field 'titel'"):  # foo:bar is its words now (test_fieldless_colons.py)
        parse_user_query("'oil gas' titel:bar", SCHEMA)
