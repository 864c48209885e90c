"""The words of a query a "Did you mean" may check (``ParsedQuery.words``) are words: a scale or currency after a
number holds no space before it (the token " mln" does, tokenpatterns), and a sign or joint alone is none."""

from __future__ import annotations

import pytest

from newssearch.querying import parse_user_query
from newssearch.schema import make_schema


@pytest.mark.parametrize(("query", "expected"), [
    ('"4 mln"', ["mln"]), ('"4 MLN"', ["MLN"]), ('"3.5 bln"', ["3.5", "bln"]), ('"rose 4\u00a0mln"', ["rose", "mln"]),
    ('"5 pct"', ["pct"]), ('"10 pc"', ["pc"]), ('"5 per cent"', ["percent"]),
    ('"5%"', []), ('"24-7/8"', []), ('"269 3/4"', []),  # a per cent sign, a mixed number's hyphen or space: no word
    ('"four mln"', ["four", "mln"]), ("4 mln", ["million"]), ('"3 mln dlrs"', ["million", "dollars"]),
])
def test_a_querys_words_hold_no_space(query: str, expected: list[str]) -> None:
    assert parse_user_query(query, make_schema()).words == expected
