"""A whole number and a fraction ("24-7/8", "269 3/4": a wire's stock and commodity prices) are a mixed number: the
index parts the whole number from the fraction, so that ``24/7`` (as "24-7" and "24/7") does not find "24-7/8"."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import found_ids, index_of_texts

from newssearch.cli import cli
from newssearch.textanalysis import TEXT_ANALYZER

WIRES = {
    "price.txt": "Canada stocks\n\nNorthern Telecom edged down 1/8 to 24-7/8 and Alcan rose.",
    "spaced.txt": "Wheat\n\nWheat May7 closed at 24 7/8 cents, up 1/2.",
    "hours.txt": "Shops\n\nThe shop is open 24/7 and sells tea.",
    "hyphen.txt": "Help line\n\nThe help line is staffed 24-7 by nurses.",
    "nine.txt": "Memorial\n\nA memorial for 9/11 opened with 24 hours of music on 7 stages.",
}


def places(text: str) -> list[tuple[str, int]]:
    """Each indexed term of ``text`` with its place."""
    return [(t.text, t.pos) for t in TEXT_ANALYZER(text, mode="index", positions=True)]


@pytest.mark.parametrize(("text", "number", "fraction"), [
    ("rose 24-7/8 to 30", "24", "7"), ("at 24 7/8 cents", "24", "7"), ("124-14/32 from", "124", "14"),
])
def test_a_fraction_after_a_whole_number_is_not_the_next_word(text: str, number: str, fraction: str) -> None:
    found = places(text)
    at = dict(found)
    assert at[fraction] > at[number] + 1, found


@pytest.mark.parametrize("text", ["open 24/7", "open 24-7", "9/11", "1/2 pct", "on 5/3/2024", "1987-88", "3-4",
                                  "up 1/8 to", "24 9/11", "at 24 7/8/87"])
def test_other_numbers_keep_their_places(text: str) -> None:
    numbers = [pos for term, pos in places(text) if term.isdigit()]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def test_a_fraction_after_a_fraction_is_no_mixed_number() -> None:
    # a wire's bid and offer, "6-1/4 1/8": the second fraction follows the first's 4, no whole number
    assert [pos for term, pos in places("6-1/4 1/8") if term.isdigit()] == [0, 2, 3, 4, 5]


@pytest.fixture(scope="module")
def wires(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("mixed"), WIRES)


@pytest.mark.parametrize(("typed", "expected"), [
    ("24/7", ["hours.txt", "hyphen.txt"]),         # had found price.txt and spaced.txt too: 24, then 7/8
    ("24-7", ["hours.txt", "hyphen.txt"]),
    ('"open 24/7"', ["hours.txt"]),
    ("24-7/8", ["price.txt", "spaced.txt"]),       # the mixed number, either way written
    ('"24 7/8"', ["price.txt", "spaced.txt"]),
    ('"to 24-7/8 and"', ["price.txt"]),
    ("7/8", ["price.txt", "spaced.txt"]),          # the fraction alone
    ("1/8", ["price.txt"]),
    ("9/11", ["nine.txt"]),
])
def test_a_mixed_number_is_found_as_itself_not_as_24_7(wires: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(wires, typed) == expected


def test_the_cli_finds_24_7_but_no_price(wires: Path) -> None:
    out = CliRunner().invoke(cli, ["query", "24/7", "--index-dir", str(wires), "--color", "never", "--json"])
    assert out.exit_code == 0, out.output
    assert '"total": 2' in out.stdout
    assert "price.txt" not in out.stdout and "spaced.txt" not in out.stdout
