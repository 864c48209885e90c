"""The environment variables the command line reads: $NEWSSEARCH_DEBUG a switch that 0, false, no, off and blanks
leave off (any case, between spaces), and each named in the top-level --help."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import config
from newssearch.cli import cli

ONE_LINE = "Error: unexpected RuntimeError: a bug (set NEWSSEARCH_DEBUG=1 for details)\n"


@pytest.fixture
def a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """``stats`` fails as a bug would: an exception no message was written for."""
    import newssearch.searcher as searcher

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(searcher, "open_index", broken)


@pytest.mark.parametrize("value", ["0", "false", "FALSE", "No", "off", " Off ", "", "  ", "\t0\n"])
def test_debug_set_to_off_says_the_one_line(built: Path, a_bug: None, value: str) -> None:
    # NEWSSEARCH_DEBUG=0 had printed the traceback: the variable was only asked whether it was set
    result = CliRunner().invoke(cli, ["stats", "--index-dir", str(built)], env={"NEWSSEARCH_DEBUG": value})
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", ONE_LINE)


@pytest.mark.parametrize("value", ["1", "true", "yes", "on", "ON", " 1 ", "2"])
def test_debug_set_on_raises_the_error(built: Path, a_bug: None, value: str) -> None:
    result = CliRunner().invoke(cli, ["stats", "--index-dir", str(built)], env={"NEWSSEARCH_DEBUG": value})
    assert isinstance(result.exception, RuntimeError) and str(result.exception) == "a bug"


def test_debug_unset_says_the_one_line(built: Path, a_bug: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSSEARCH_DEBUG", raising=False)
    result = CliRunner().invoke(cli, ["stats", "--index-dir", str(built)])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", ONE_LINE)


@pytest.mark.parametrize(("value", "on"), [(None, False), ("0", False), ("no", False), (" OFF ", False),
                                           ("1", True), ("yes", True), ("anything", True)])
def test_a_switch_is_on_unless_unset_or_an_off_word(monkeypatch: pytest.MonkeyPatch, value: str | None,
                                                    on: bool) -> None:
    if value is None:
        monkeypatch.delenv("NEWSSEARCH_DEBUG", raising=False)
    else:
        monkeypatch.setenv("NEWSSEARCH_DEBUG", value)
    assert config.debugging() is on


def test_the_help_names_the_variables_read() -> None:
    output = CliRunner().invoke(cli, ["--help"]).output
    environment = output.split("Environment:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    named = [line.split()[0] for line in environment if not line.strip().startswith("(")]
    assert named == ["NEWSSEARCH_INDEX", "NEWSSEARCH_DEBUG", "NO_COLOR"]
    assert "0, false, no, off or blank: off" in output
