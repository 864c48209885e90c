"""A mistyped command or option is answered with the nearest name, in one line and exit code 2 (cli/typos.py)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.cli.typos import nearest


def usage_error(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="newssearch")
    return result.exit_code, result.stderr


@pytest.mark.parametrize(("typed", "ours"), [
    # a slip of another tool's name for ours: 'serach' had got no suggestion (click compares with our names only)
    ("serach", "query"), ("seach", "query"), ("fnd", "query"), ("buidl", "index"), ("updte", "index"),
    # a slip of ours; click 8.1 (which pyproject allows) had offered none at all
    ("qurey", "query"), ("indx", "index"), ("timline", "timeline"), ("simlar", "similar"), ("Query", "query"),
])
def test_a_mistyped_command_names_the_command_meant(typed: str, ours: str) -> None:
    assert usage_error(typed, "x") == (
        2, f"Error: No such command '{typed}'. Did you mean '{ours}'? (see: newssearch --help)\n")


def test_a_command_near_nothing_gets_no_guess() -> None:
    assert usage_error("xyzzy") == (2, "Error: No such command 'xyzzy'. (see: newssearch --help)\n")


@pytest.mark.parametrize(("args", "said"), [
    # click had said "(Did you mean one of: '--json', '--jsonl', '--since'?)": --since is no slip of --jsn
    (("query", "x", "--jsn"), "No such option '--jsn'. Did you mean '--json'?"),
    (("query", "x", "--limt", "3"), "No such option '--limt'. Did you mean '--limit'?"),
    (("index", "--rebuid"), "No such option '--rebuid'. Did you mean '--rebuild'?"),
    (("stats", "--jsno"), "No such option '--jsno'. Did you mean '--json'?"),
    (("stats", "--bogus"), "No such option '--bogus'."),
])
def test_a_mistyped_option_names_the_nearest_of_the_commands_options(args: tuple[str, ...], said: str) -> None:
    assert usage_error(*args) == (2, f"Error: {said} (see: newssearch {args[0]} --help)\n")


@pytest.mark.parametrize(("args", "said"), [
    # another command's option: click's guess had been among this command's by their shared "--" ('--sort' is no
    # slip of '--json', nor '--facets' of '--csv')
    (("similar", "a.txt", "--sort", "date"), "No such option '--sort' (an option of query, not of similar)."),
    (("similar", "a.txt", "--facets"), "No such option '--facets' (an option of query, not of similar)."),
    (("query", "x", "--by", "year"), "No such option '--by' (an option of timeline, not of query)."),
    (("timeline", "x", "--recent"), "No such option '--recent' (an option of query, not of timeline)."),
    (("show", "a.txt", "--limit", "3"),
     "No such option '--limit' (an option of query and similar, not of show)."),
])
def test_another_commands_option_is_said_to_be_its(args: tuple[str, ...], said: str) -> None:
    assert usage_error(*args) == (2, f"Error: {said} (see: newssearch {args[0]} --help)\n")


def test_the_dashes_of_an_option_make_no_likeness() -> None:
    assert nearest("--sort", ["--json", "--jsonl", "--since"]) == []
    assert nearest("--facets", ["--csv", "--json"]) == []


def test_a_mistyped_option_of_the_group_names_its_option() -> None:
    assert usage_error("--indx", "d", "stats") == (
        2, "Error: No such option '--indx'. Did you mean '--index'? (see: newssearch --help)\n")


def test_nearest_keeps_every_name_as_near_as_the_nearest() -> None:
    assert nearest("--jsn", ["--json", "--jsonl", "--since"]) == ["--json"]
    assert nearest("ab", ["abc", "abd", "xyz"]) == ["abc", "abd"]
    assert nearest("xyzzy", ["query", "index"]) == []


def test_shell_completion_after_a_mistyped_command_says_nothing() -> None:
    # click completes quietly past a name it does not know; a name other tools use (search) had printed the error
    # into the terminal at TAB, and after this module every mistyped name did
    for typed in ("serach", "search"):
        env = {"_NEWSSEARCH_COMPLETE": "bash_complete", "COMP_WORDS": f"newssearch {typed} ", "COMP_CWORD": "2"}
        result = CliRunner().invoke(cli, [], prog_name="newssearch", env=env)
        assert (result.exit_code, result.stderr) == (0, "")
