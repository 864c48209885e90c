"""--help on a narrow terminal (a phone's SSH app, a split pane): click wraps help at 50 columns at least, so at 40 the
terminal broke every other line, and the options' help was squeezed into 10 columns ("NEWSSEARCH_" / "INDEX]")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"


def _help(columns: int, *command: str) -> list[str]:
    env = {**os.environ, "COLUMNS": str(columns), "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-m", "newssearch", *command, "--help"], env=env, capture_output=True,
                         text=True, check=True)
    return out.stdout.splitlines()


def _wrapped(lines: list[str]) -> list[str]:
    """The lines click wraps: not an example's (a command line, kept whole to be copied), nor the group's table of
    environment variables (laid out by hand)."""
    table = lines.index("  Environment:") if "  Environment:" in lines else len(lines)
    table_end = lines.index("", table) if table < len(lines) else table
    return [line for n, line in enumerate(lines)
            if not line.lstrip().startswith("newssearch ") and not table <= n < table_end]


@pytest.mark.parametrize("columns", [40, 46])
@pytest.mark.parametrize("command", [(), ("query",), ("index",), ("similar",), ("timeline",), ("show",)])
def test_help_fits_a_narrow_terminal(columns: int, command: tuple[str, ...]) -> None:
    lines = _help(columns, *command)
    assert [line for line in _wrapped(lines) if len(line) > columns] == []


def test_an_option_name_gets_its_own_line_and_the_help_room_under_it() -> None:
    lines = _help(40, "query")
    at = lines.index("  --index-dir, --index DIR")
    assert lines[at + 1].startswith("      Folder of the index.")
    assert any("NEWSSEARCH_INDEX" in line for line in lines)  # a name no longer broken inside


def test_help_at_80_columns_is_as_it_was() -> None:
    lines = _help(80, "query")
    assert "  --index-dir, --index DIR        Folder of the index.  [env var:" in lines


def test_the_commands_stay_beside_their_help_where_it_has_room() -> None:
    lines = _help(46)
    assert "  index     Index a folder of articles (or" in lines
    assert "  help      Show the query syntax" in _help(40)  # at 40 too; the options there under their names


def test_help_command_fits_as_help_option_does() -> None:
    env = {**os.environ, "COLUMNS": "40", "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-m", "newssearch", "help", "query"], env=env, capture_output=True,
                         text=True, check=True)
    assert out.stdout.splitlines() == _help(40, "query")
