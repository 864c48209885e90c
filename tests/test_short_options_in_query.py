"""A short option with its number typed inside the query (``"opec -n 1"``, or after ``--``: ``query -- -opec -n 1``)
is refused as its long form is, not searched as NOT n and the word 1."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.errors import InvalidQuery
from newssearch.fieldchecks import check_options


@pytest.mark.parametrize(("typed", "said"), [
    ("police -n 1", "Error: -n is an option, not words to search: 'police -n 1' (type it after the query, outside "
                    "its quotes: police -n 1)\n"),
    ("police -n5", "Error: -n is an option, not words to search: 'police -n5' (type it after the query, outside its "
                   "quotes: police -n5)\n"),
    ("-gunmen -p 2", "Error: -p is an option, not words to search: '-gunmen -p 2' (type it after the query, outside "
                     "its quotes: -gunmen -p 2)\n"),
])
def test_a_short_option_typed_inside_the_query_is_refused_saying_where_it_goes(features_index, typed: str,
                                                                                said: str) -> None:
    # "opec -n 1" (or `query -- -opec -n 1`, where click hands -n 1 over as words) had searched opec, NOT n and 1:
    # "No articles match 'opec -n 1'", with a note that --match any finds 152 on Reuters
    out = CliRunner().invoke(cli, ["query", typed, "--index-dir", str(features_index)])
    assert (out.exit_code, out.stdout, out.stderr) == (2, "", said)


@pytest.mark.parametrize("typed", ["police -n", "Formula -1", "Jean-Pierre -no 5", "x-n 5", '"police -n 5"',
                                   "police -nz 5", "Apollo -p2p"])
def test_words_like_a_short_option_are_searched(typed: str) -> None:
    check_options(typed)  # no number after it, a longer word, inside a word or quotes: words


def test_the_short_option_is_refused_through_the_api_too() -> None:
    with pytest.raises(InvalidQuery, match="-n is an option"):
        check_options("police -n 10")
