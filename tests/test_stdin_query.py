"""A lone '-' for the words reads the query from stdin: a quote or a paragraph piped or redirected in
(``newssearch query - < quote.txt``), with its quotes and line breaks, which a shell argument makes awkward."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newssearch.cli import cli, words

PASTED = ("He said the incident happened during a routine traffic stop - the type of work officers undertake\n"
          "every day.\n\n\"At this stage there is nothing to indicate this job was going to be anything out of the\n"
          "ordinary.\"\n")


def run(built: Path, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, [*args, "--index-dir", str(built)], input=stdin, prog_name="newssearch")


@pytest.mark.parametrize("command", [["query"], ["query", "--json"], ["query", "--csv"], ["timeline", "--by", "year"]])
def test_a_lone_dash_searches_the_words_on_stdin_as_if_typed(built: Path, command: list[str]) -> None:
    typed = run(built, *command, "armed offenders")
    piped = run(built, *command, "-", stdin="armed offenders\n")
    assert (piped.exit_code, piped.stdout, piped.stderr) == (0, typed.stdout, "")


def test_a_pasted_paragraph_on_stdin_finds_its_article(built: Path) -> None:
    result = run(built, "query", "-", "--jsonl", stdin=PASTED)
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert (result.exit_code, [hit["id"] for hit in hits]) == (0, ["000_952a12dfe0af93bf.txt"])


def test_the_query_read_from_stdin_is_its_text_without_the_ending_newline(built: Path) -> None:
    result = run(built, "query", "-", "--json", stdin="  armed offenders\r\n")
    assert json.loads(result.stdout)["query"] == "armed offenders"


@pytest.mark.parametrize(("command", "stdin"), [("query", ""), ("query", "\n  \n"), ("timeline", "")])
def test_nothing_on_stdin_is_a_usage_error_naming_the_form(built: Path, command: str, stdin: str) -> None:
    result = run(built, command, "-", stdin=stdin)
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", f"Error: no words on stdin to search for: '-' reads the query from it "
               f"(echo 'armed offenders' | newssearch {command} -) (see: newssearch {command} --help)\n")


def test_stdin_is_read_as_utf8_a_byte_order_mark_dropped_and_a_stray_byte_replaced(built: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "-", "--json", "--index-dir", str(built)],
                                input="\ufeffarmed offenders \u2019".encode() + b"\xff\n")
    assert (result.exit_code, json.loads(result.stdout)["query"]) == (0, "armed offenders \u2019\ufffd")


def test_a_dash_among_other_words_is_no_stdin(built: Path) -> None:
    result = run(built, "query", "armed", "-", "offenders", stdin="zebra\n")
    assert (result.exit_code, result.stdout.splitlines()[0]) == (0, "1 result for 'armed - offenders' (page 1 of 1)")


def test_on_a_terminal_it_says_how_to_end_the_query(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(words, "stdin_is_terminal", lambda: True)
    result = run(built, "query", "-", "-n", "0", stdin="armed offenders\n")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "1 result for 'armed offenders'\n", "Type the query, then Ctrl-D on a line of its own to search:\n")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_stdin_in_utf16_or_utf32_with_its_mark_is_read_as_its_text(built: Path, codec: str) -> None:
    # A quote saved by Notepad as "Unicode" (or PowerShell's >) had been read as UTF-8: '\ufffd\ufffda r m e d …'.
    marked = ("\ufeff" if codec == "utf-16-be" else "") + "armed offenders\r\n"  # utf-16 and utf-32 write their mark
    result = CliRunner().invoke(cli, ["query", "-", "--json", "--index-dir", str(built)], input=marked.encode(codec))
    assert (result.exit_code, json.loads(result.stdout)["query"]) == (0, "armed offenders")
