"""Every command has help text with an example."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from newssearch.cli import cli


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append(prefix + (name,))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, prefix + (name,)))
    return found


@pytest.mark.parametrize("path", all_commands(cli), ids=" ".join)
def test_command_help_has_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"`newssearch {' '.join(path)} --help` shows no example"


def test_top_level_help_and_version() -> None:
    assert "Example" in CliRunner().invoke(cli, ["--help"]).output
    assert CliRunner().invoke(cli, ["--version"]).output.startswith("newssearch, version ")


def test_help_on_a_command_is_its_help() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["help", "query"]).output == runner.invoke(cli, ["query", "--help"]).output
    unknown = runner.invoke(cli, ["help", "querry"])
    assert unknown.exit_code == 2 and "the topics are syntax, help, index, query" in unknown.output


@pytest.mark.parametrize("path", [("query",), ("timeline",), ("similar",)], ids=" ".join)
def test_the_examples_in_search_help_are_valid_commands(path: tuple[str, ...], built, monkeypatch) -> None:
    # Each example line is run as written (less a redirection) on the sample index: options that
    # exist and go together, and something to show for them (a first example that found nothing had misled).
    import shlex

    from newssearch.config import INDEX_DIR_ENV

    monkeypatch.setenv(INDEX_DIR_ENV, str(built))
    runner = CliRunner()
    examples = [line.strip() for line in runner.invoke(cli, [*path, "--help"]).output.splitlines()
                if line.strip().startswith(f"newssearch {path[0]} ")]
    assert examples
    for line in examples:
        args = shlex.split(line.split(" > ")[0])[1:]
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, f"{line}: {result.output}"


@pytest.mark.parametrize(("typed", "ours"), [("search", "query"), ("find", "query"), ("mlt", "similar"),
                                             ("status", "stats")])
def test_a_command_named_as_other_tools_name_it_names_ours(typed: str, ours: str) -> None:
    result = CliRunner().invoke(cli, [typed, "police"], prog_name="newssearch")
    assert result.exit_code == 2
    assert result.output == f"Error: No such command '{typed}'. Did you mean '{ours}'? (see: newssearch --help)\n"
