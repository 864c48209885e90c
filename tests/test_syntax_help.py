"""help syntax: every example finds something; every command's help has an Example."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newssearch import open_index
from newssearch.cli import cli
from newssearch.syntax import EXAMPLES

# The examples whose query is read with a note saying how (a news database's proximity), and that note.
NOTED = {"officer w/5 shot": 'w/5 is read as ("officer shot"~5 OR "shot officer"~5): at most 5 words between them, '
                             'in either order'}


@pytest.mark.parametrize("query", [query for query, _ in EXAMPLES])
def test_every_example_finds_something(features_index: Path, query: str) -> None:
    with open_index(features_index) as idx:
        result = idx.search(query)
    assert result.hits, query
    assert result.notice == NOTED.get(query), query


@pytest.mark.parametrize(("query", "said"), [
    ("officer pre/5 shot", 'pre/5 is read as "officer shot"~5: at most 5 words between them, in this order'),
    ("officer near5 shot", 'near5 is read as ("officer shot"~5 OR "shot officer"~5): at most 5 words between them, '
                           'in either order'),
    ("officer N/5 shot", 'N/5 is read as ("officer shot"~5 OR "shot officer"~5): at most 5 words between them, '
                         'in either order'),
    ("officer N5 shot", 'N5 is read as ("officer shot"~5 OR "shot officer"~5): at most 5 words between them, '
                        """in either order (EBSCO's N5; type "N5" in quotes for the word)"""),
    ("officer W5 shot", 'W5 is read as "officer shot"~5: at most 5 words between them, in this order (EBSCO\'s W5; '
                        'type "W5" in quotes for the word)'),
    ("police NEAR officer NEAR shot", 'NEAR is read as "police officer shot"~4 in any order of its words: at most 4 '
                                      "words between each and the next (ProQuest's NEAR, NEAR/4; type NEAR/10 for "
                                      "another number)"),
])
def test_the_news_database_proximity_forms_the_page_names_find_something(features_index: Path, query: str,
                                                                         said: str) -> None:
    # the query side had read Nexis's and Factiva's proximity while help syntax named none of them
    out = CliRunner().invoke(cli, ["help", "syntax"]).output
    assert query.split()[1] in out or query in out
    with open_index(features_index) as idx:
        result = idx.search(query)
    assert (bool(result.hits), result.notice) == (True, said)


@pytest.mark.parametrize(("query", "marked"), [
    ("polic*", "police"),
    ("offcer~", "officer"),
    ("title:police^3 gunmen", "gunmen"),
])
def test_syntax_highlights(features_index: Path, query: str, marked: str) -> None:
    with open_index(features_index) as idx:
        hit = idx.search(query).hits[0]
    assert f"<mark>{marked}" in hit.snippet.html().lower()


def test_a_proximity_is_marked_only_where_its_words_stand_near(features_index: Path) -> None:
    # the body has "shot at a police officer" (the wrong order) and "officer was lucky" (no shot after it)
    with open_index(features_index) as idx:
        hit = idx.search('"officer shot"~5').hits[0]
    assert hit.title_marks is not None
    assert hit.title_marks.html() == "Police <mark>officer</mark> <mark>shot</mark> at by gunmen in the Far North"
    assert not hit.snippet.matched


def test_help_syntax_page() -> None:
    out = CliRunner().invoke(cli, ["help", "syntax"])
    assert out.exit_code == 0
    assert out.output.startswith("Query syntax, with examples:\n")
    assert all(query in out.output for query, _ in EXAMPLES)


@pytest.mark.parametrize(("query", "meaning"), [
    ("police date:2020-Q4", "published in a quarter (Q1: January to March)"),
    ("police date:2020-W44", "published in an ISO week, Monday to Sunday, as timeline --by week names it"),
    ("date:[2020 TO today]", "published from 2020 to today (also yesterday; --since 2w for a span back from today)"),
])
def test_help_syntax_shows_quarters_weeks_and_today(query: str, meaning: str) -> None:
    # the date clause read them all while the page named none of them
    lines = CliRunner().invoke(cli, ["help", "syntax"]).output.splitlines()
    assert [line[len(query) + 2:].strip() for line in lines if line.startswith(f"  {query} ")] == [meaning]


def test_help_alone_and_dash_dash_help() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["help"]).output == runner.invoke(cli, ["--help"]).output
    assert "timeline" in runner.invoke(cli, ["--help"]).output


def test_every_command_has_an_example() -> None:
    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert "Example" in (command.help or ""), name


def test_help_syntax_wraps_to_a_terminal_and_keeps_its_lines_in_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    # on an 80-column terminal 26 lines of the page ran past the edge (up to 125 columns), the terminal breaking words
    piped = CliRunner().invoke(cli, ["help", "syntax"])
    assert max(len(line) for line in piped.stdout.splitlines()) > 80  # a pipe: the lines as written
    monkeypatch.setattr("newssearch.cli.commands.screen_width", lambda: 80)  # a terminal of 80 columns
    screen = CliRunner().invoke(cli, ["help", "syntax"])
    lines = screen.stdout.splitlines()
    assert screen.exit_code == 0 and max(len(line) for line in lines) <= 80
    assert screen.stdout.split() == piped.stdout.split()
    table = lines[2:lines.index("", 2)]
    column = table[0].index("articles with all the words")
    assert len(table) > len(EXAMPLES)  # a meaning too long for a row goes on under its column
    assert all(row[2] != " " or row[:column].isspace() for row in table)
    assert all(not line.startswith(" ") or line.startswith("  ") for line in lines[len(table) + 3:])


@pytest.mark.parametrize("width", [30, 40, 50])
def test_on_a_terminal_too_narrow_for_the_examples_column_each_meaning_goes_under_its_example(width: int) -> None:
    # at 30 to about 50 columns the examples' column (25 wide) left a few columns for the meanings: a word a row,
    # every longer word past the edge ("url:nzherald," at 38 columns of 30)
    from newssearch.syntax import syntax_lines

    lines = syntax_lines(width)
    assert max(len(line) for line in lines) <= width
    assert " ".join(lines).split() == " ".join(syntax_lines()).split()
    start = lines.index("  police officer")
    assert lines[start + 1].startswith("      articles with all the") and lines[start + 2].startswith("      ")
    assert len(syntax_lines(80)[2]) > len("  title:police^3 gunmen  ")  # wide enough: the two columns, as before
