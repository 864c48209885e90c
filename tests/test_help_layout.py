"""--help laid out for narrow and 80-column terminals: the group's Environment table fitted to the width (at 40 columns
its rows had run to 79), and the examples, kept whole to be copied, no wider than 79 columns."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newssearch.cli.helpformat import table_rows

SRC = Path(__file__).resolve().parents[1] / "src"
COMMANDS = [(), ("index",), ("query",), ("show",), ("similar",), ("stats",), ("timeline",), ("help",)]


def _help(columns: int, *command: str) -> list[str]:
    env = {**os.environ, "COLUMNS": str(columns), "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-m", "newssearch", *command, "--help"], env=env, capture_output=True,
                         text=True, check=True)
    return out.stdout.splitlines()


def _environment(lines: list[str]) -> list[str]:
    start = lines.index("  Environment:")
    return lines[start + 1: lines.index("", start)]


ROWS = [("NAME", ["one two three four five six", "(seven eight)"]), ("LONGER_NAME", ["nine"])]


def test_a_table_at_its_width_keeps_each_line_as_written() -> None:
    assert table_rows(ROWS, 60, 4) == ["    NAME         one two three four five six",
                                       "                 (seven eight)",
                                       "    LONGER_NAME  nine"]


def test_a_table_too_narrow_for_its_column_puts_the_text_under_each_name() -> None:
    assert table_rows(ROWS, 24, 4) == ["    NAME", "      one two three four", "      five six", "      (seven eight)",
                                       "    LONGER_NAME", "      nine"]


@pytest.mark.parametrize("columns", [30, 40, 60])
def test_the_environment_table_fits_a_narrow_terminal(columns: int) -> None:
    table = _environment(_help(columns))
    assert table and [line for line in table if len(line) > columns] == []
    assert any("NEWSSEARCH_DEBUG" in line for line in table)


def test_the_environment_table_at_80_columns_is_as_it_was() -> None:
    assert _environment(_help(80)) == [
        "    NEWSSEARCH_INDEX  the index folder when --index-dir is not given",
        "    NEWSSEARCH_DEBUG  1: an unexpected error's traceback, not its one line",
        "                      (0, false, no, off or blank: off)",
        "    NO_COLOR          not empty (any value, 0 too): no colours (--color auto)"]


@pytest.mark.parametrize("command", COMMANDS)
def test_no_help_line_is_wider_than_79_columns_at_80(command: tuple[str, ...]) -> None:
    assert [line for line in _help(80, *command) if len(line) > 79] == []
