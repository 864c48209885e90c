"""A usage error's hint on a narrow terminal: the command to run, ``(see: newssearch query --help)``, kept on one row
to be copied (at COLUMNS=30 it had been broken into ``(see:`` / ``newssearch query`` / ``--help)``)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newssearch.cli import cli


def test_a_usage_errors_hint_is_kept_whole_on_a_narrow_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.cli.notes.said_width", lambda: 30)  # stderr a terminal of 30 columns
    result = CliRunner().invoke(cli, ["query", "--limt", "3", "x"], prog_name="newssearch")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["Error: No such option", "       '--limt'. Did you mean",
                                          "       '--limit'? (see:", "       newssearch query --help)"]


def test_in_a_pipe_the_error_is_one_line() -> None:
    result = CliRunner().invoke(cli, ["query", "--limt", "3", "x"], prog_name="newssearch")
    assert result.stderr == "Error: No such option '--limt'. Did you mean '--limit'? (see: newssearch query --help)\n"
