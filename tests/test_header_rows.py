"""A header on stdout (query's, similar's, timeline's count line) broken on a narrow terminal has its further rows
two columns in, as a line said on stderr without a label has (notes.HANGING): at column 0 they had read as lines of
their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli


def _stdout(index: Path, monkeypatch: pytest.MonkeyPatch, width: int, *args: str) -> list[str]:
    for module in ("printing", "search", "commands"):  # stdout a terminal of ``width`` columns
        monkeypatch.setattr(f"newssearch.cli.{module}.screen_width", lambda: width)
    monkeypatch.setenv("COLUMNS", str(width))  # the timeline's bars and header are fitted to it
    result = CliRunner().invoke(cli, [*args, "--index-dir", str(index)])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize(("args", "header"), [
    (["query", "police OR harbour OR ferries", "-n", "1"],
     ["7 results for 'police OR harbour OR", "  ferries' (page 1 of 7)"]),
    (["query", "police OR harbour OR ferries", "-n", "0"],  # the count alone
     ["7 results for 'police OR harbour OR", "  ferries'"]),
    (["similar", "wire.jsonl#shooting", "-n", "1"],
     ["3 articles like 'wire.jsonl#shooting'", "  (sharing at least 2 of its 12 key", "  words; showing 1)"]),
    (["timeline", "police OR harbour OR ferries", "--by", "year"],
     ["7 articles for 'police OR harbour OR", "  ferries' by year"]),
])
def test_a_header_s_further_rows_are_two_columns_in_at_40_columns(features_index: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 args: list[str], header: list[str]) -> None:
    rows = _stdout(features_index, monkeypatch, 40, *args)
    assert rows[:len(header)] == header
    assert rows[len(header):len(header) + 1] == ([] if "0" in args else [""])  # then the hits' blank line (-n 0: none)


def test_a_header_that_fits_is_one_row(features_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _stdout(features_index, monkeypatch, 80, "query", "police", "-n", "1")[:2] == [
        "6 results for 'police' (page 1 of 6)", ""]
