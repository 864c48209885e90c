"""`show` takes several ids, as a pipeline hands them over (`newssearch query police --jsonl | jq -r .id | xargs
newssearch show`): each article whole, in the order typed, a rule between; --jsonl one object a line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from newssearch.cli import cli

SEEDS = ["000_952a12dfe0af93bf.txt", "001_a59f359fbf363ca3.txt", "002_a53b20ab34f5de83.txt"]
RULE = "─" * 40


def show(built: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["show", *args, "--index-dir", str(built)], prog_name="newssearch")


def test_several_ids_show_each_article_in_the_order_typed_a_rule_between(built: Path) -> None:
    result = show(built, SEEDS[2], SEEDS[0])
    one, other = show(built, SEEDS[2]).stdout, show(built, SEEDS[0]).stdout
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"{one}\n{RULE}\n\n{other}", "")


def test_an_id_that_names_no_article_prints_none_of_them(built: Path) -> None:
    result = show(built, SEEDS[0], "nope.txt")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", show(built, "nope.txt").stderr)


def test_jsonl_prints_each_article_as_json_does_one_a_line(built: Path) -> None:
    result = show(built, SEEDS[1], SEEDS[0], "--jsonl")
    assert (result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]) == (
        0, [json.loads(show(built, name, "--json").stdout) for name in (SEEDS[1], SEEDS[0])])
    assert show(built, SEEDS[1], "--jsonl").stdout.count("\n") == 1


def test_json_of_several_ids_names_jsonl(built: Path) -> None:
    result = show(built, *SEEDS, "--json")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "Error: --json prints one article, and 3 ids were given: --jsonl prints each, one a line "
               "(see: newssearch show --help)\n")


def test_json_and_jsonl_together_are_refused(built: Path) -> None:
    result = show(built, SEEDS[0], "--json", "--jsonl")
    assert (result.exit_code, result.stderr) == (
        2, "Error: --json and --jsonl cannot be used together; choose one format (see: newssearch show --help)\n")


def test_the_rule_between_articles_is_no_wider_than_a_narrow_terminal(built: Path, monkeypatch) -> None:
    # at COLUMNS=30 to 39, which show wraps its text to, the rule of 40 had run past the edge
    monkeypatch.setattr("newssearch.cli.commands.screen_width", lambda: 32)  # a terminal of 32 columns
    result = show(built, SEEDS[2], SEEDS[0], "--color", "never")
    assert result.exit_code == 0 and f"\n\n{'─' * 32}\n\n" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 32
