"""A query that silently did something else, or found nothing and said nothing: ProQuest's NEAR with no number (read
as an AND), Nexis's w/ with no number and a boost of letters (blair^x), each found nothing or the wrong articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli

TEXTS = {
    "close.txt": "Talks\n\nTony Blair met Gordon Brown in London today.\n",
    "far.txt": "Budget\n\nGordon Brown spoke at length on the budget; later, much later, after other speeches, "
               "Blair arrived.\n",
    "near.txt": "Homes\n\nThe homes near the river flooded again.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("misread"), TEXTS)


def query(index: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["query", *args, "--index-dir", str(index), "--color", "never"])


def ids(result) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the hits listed (each on its id line, first on it)."""
    return [line.split()[0] for line in result.stdout.splitlines() if line.startswith("     ") and ".txt" in line]


def test_near_with_no_number_is_proquests_near4_not_an_and(index: Path) -> None:
    result = query(index, "blair NEAR brown")
    assert (result.exit_code, ids(result)) == (0, ["close.txt"])  # far.txt had been found: NEAR was dropped
    assert result.stderr == ('Note: NEAR is read as ("blair brown"~4 OR "brown blair"~4): at most 4 words between '
                             "them, in either order (ProQuest's NEAR, NEAR/4; type NEAR/10 for another number).\n")


def test_near_in_lower_case_stays_a_word(index: Path) -> None:
    result = query(index, "homes near river")
    assert (result.exit_code, ids(result), result.stderr) == (0, ["near.txt"], "")


def test_near_in_a_query_typed_in_capitals_stays_a_word(index: Path) -> None:
    result = query(index, "HOMES NEAR THE RIVER FLOODED")
    assert (result.exit_code, ids(result)) == (0, ["near.txt"])


def test_near_with_no_number_beside_a_phrase_is_refused_as_near4_is(index: Path) -> None:
    result = query(index, '"tony blair" NEAR brown')
    assert result.exit_code == 2
    assert result.stderr == ("Error: NEAR needs a word of its own on each side (not a phrase, a bracket, a field's "
                             "value or another proximity's word): '\"tony blair\" NEAR brown' (type all the words "
                             'as one phrase with a ~, "tony blair brown"~4, or a word on each side of NEAR)\n')


@pytest.mark.parametrize(("typed", "operator", "instead"), [
    ("blair w/ brown", "w/", "blair w/5 brown"),
    ("blair W/ brown", "W/", "blair W/5 brown"),
    ("blair pre/ brown", "pre/", "blair pre/5 brown"),
    ("blair NEAR/ brown", "NEAR/", "blair NEAR/5 brown"),
])
def test_a_proximity_with_no_number_is_refused_with_one_to_type(index: Path, typed: str, operator: str,
                                                                  instead: str) -> None:
    result = query(index, typed)
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {operator} needs a number, the words that may stand between them: "
                             f"'{typed}' (type {instead})\n")


def test_a_boost_of_letters_that_finds_nothing_says_a_boost_is_a_number(index: Path) -> None:
    result = query(index, "blair^x")
    assert (result.exit_code, ids(result)) == (1, [])
    assert result.stderr == ("No articles match 'blair^x'.\n"
                             "Note: a ^ after a word takes a number, its boost (blair^2): 'blair' finds 2.\n")


def test_letters_after_a_caret_that_find_something_say_nothing(index: Path) -> None:
    result = query(index, "tony^blair")  # the phrase "tony blair", as README's x^y
    assert (result.exit_code, ids(result), result.stderr) == (0, ["close.txt"], "")
