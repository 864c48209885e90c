"""An AND, OR or NOT with no word on one side (``ferry AND``, ``ferry AND NOT``, ``AND ferry``, ``(ferry OR) bus``)
is left out with a note saying what was searched, as a NEAR with no word after it is: the parser had dropped it,
saying nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli
from newssearch.operators import unpaired_operators

TEXTS = {
    "ferry.txt": "Ferry\n\nThe ferry sailed late.\n",
    "bus.txt": "Bus\n\nThe bus and a ferry were late.\n",
    "strike.txt": "Strike\n\nA strike today.\n",
}

END = "at the end of the query has no word after it (AND, OR and NOT need a word after them)"
START = "at the start of the query has no word before it (AND and OR need a word before them)"
CLOSING = "before a closing bracket has no word after it (AND, OR and NOT need a word after them)"
OPENING = "after an opening bracket has no word before it (AND and OR need a word before them)"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("unpaired"), TEXTS)


def query(index: Path, typed: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["query", typed, "--index-dir", str(index), "--color", "never"])


def ids(result) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the hits listed (each first on its id line), in their order."""
    return [line.split()[0] for line in result.stdout.splitlines() if line.startswith("     ") and ".txt" in line]


@pytest.mark.parametrize(("typed", "said"), [
    ("ferry AND", f"AND {END}"),
    ("ferry OR", f"OR {END}"),
    ("ferry NOT", f"NOT {END}"),
    ("ferry AND NOT", f"AND NOT {END}"),
    ("ferry &&", f"&& {END}"),
    ("AND ferry", f"AND {START}"),
    ("OR ferry", f"OR {START}"),
])
def test_an_operator_with_no_word_on_one_side_is_left_out_saying_what_was_searched(index: Path, typed: str,
                                                                                    said: str) -> None:
    # each had been dropped by the parser, saying nothing, where "ferry NEAR" says NEAR was left out
    result = query(index, typed)
    assert (result.exit_code, ids(result)) == (0, ["ferry.txt", "bus.txt"])
    assert result.stderr == f"Note: {said}: left out, searching 'ferry'.\n"


@pytest.mark.parametrize(("typed", "read", "said"), [
    ("(ferry AND) bus", "(ferry) bus", f"AND {CLOSING}"),
    ("bus (OR ferry)", "bus (ferry)", f"OR {OPENING}"),
    ("OR ferry AND", "ferry", f"OR {START}; AND {END}"),
    ("ferry OR NOT", "ferry", f"OR NOT {END}"),
])
def test_unpaired_operators_in_brackets_and_at_both_ends(typed: str, read: str, said: str) -> None:
    assert unpaired_operators(typed) == (read, f"{said}: left out, searching '{read}'")


@pytest.mark.parametrize("typed", [
    "ferry AND bus", "NOT ferry", "ferry -bus", "ferry and", "ferry or", '"ferry AND"', "AND", "ferry (AND) bus",
    "(NOT ferry) bus", 'ferry "bus AND',
])
def test_operators_with_words_on_their_sides_say_nothing(typed: str) -> None:
    assert unpaired_operators(typed) == (typed, None)
