"""Every command has help text with an example."""

from __future__ import annotations

import os
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

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


def test_the_list_of_commands_cuts_no_description_short() -> None:
    """`newssearch --help` lists each command with a whole sentence ("Search the index; hits are ranked by relevance
    (BM25F) with..." had been cut by click to fit 80 columns)."""
    output = CliRunner().invoke(cli, ["--help"], terminal_width=80).output
    listed = output.split("Commands:\n", 1)[1].splitlines()
    assert len(listed) == len(cli.commands)
    assert all(not line.endswith("...") and line.endswith(".") for line in listed), listed


def test_top_level_help_and_version() -> None:
    assert "Example" in CliRunner().invoke(cli, ["--help"]).output
    assert CliRunner().invoke(cli, ["--version"]).output.startswith("newssearch, version ")


def test_help_on_a_command_is_its_help() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["help", "query"]).output == runner.invoke(cli, ["query", "--help"]).output
    unknown = runner.invoke(cli, ["help", "querry"])
    assert unknown.exit_code == 2 and "the topics are syntax, help, index, query" in unknown.output


def test_help_reads_a_topic_in_any_case_and_suggests_a_near_one() -> None:
    # As a mistyped command is answered ("No such command 'quer'. Did you mean 'query'?"); SYNTAX had been no topic.
    runner = CliRunner()
    assert runner.invoke(cli, ["help", "SYNTAX"]).output == runner.invoke(cli, ["help", "syntax"]).output
    assert runner.invoke(cli, ["help", "Query"]).output == runner.invoke(cli, ["query", "--help"]).output
    unknown = runner.invoke(cli, ["help", "synax"], prog_name="newssearch")
    assert unknown.exit_code == 2
    assert unknown.stderr.splitlines()[-1] == ("Error: no help on 'synax' (did you mean 'syntax'?): the topics are "
                                               "syntax, help, index, query, show, similar, stats, timeline "
                                               "(see: newssearch help --help)")


@pytest.mark.parametrize("topic", ["search", "serach", "qurey"])
def test_help_on_another_tools_name_for_a_command_names_ours(topic: str) -> None:
    # As `newssearch search` is answered: `help search` had offered no topic.
    unknown = CliRunner().invoke(cli, ["help", topic], prog_name="newssearch")
    assert unknown.exit_code == 2
    assert unknown.stderr.splitlines()[-1].startswith(f"Error: no help on {topic!r} (did you mean 'query'?): ")


QUOTE = "The armed offenders squad is in attendance.\n"  # quote.txt, which an example reads from stdin


def run_as_the_shell_does(runner: CliRunner, line: str) -> Result:
    """An example ``line`` run as a shell runs it: its output redirection (``> police.csv``) left out, its input
    redirection (``< quote.txt``) read, ``~`` and a comment as the shell reads them."""
    import shlex

    command, _, stdin = line.split(" > ")[0].partition(" < ")
    args = [os.path.expanduser(arg) for arg in shlex.split(command, comments=True)[1:]]
    return runner.invoke(cli, args, input=Path(stdin.strip()).read_text(encoding="utf-8") if stdin else None)


@pytest.mark.parametrize("path", [("query",), ("timeline",), ("similar",)], ids=" ".join)
def test_the_examples_in_search_help_are_valid_commands(path: tuple[str, ...], built, monkeypatch, tmp_path) -> None:
    # Each example line is run as written (less a redirection) on the sample index: options that
    # exist and go together, and something to show for them (a first example that found nothing had misled).
    from newssearch.config import INDEX_DIR_ENV

    monkeypatch.setenv(INDEX_DIR_ENV, str(built))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "quote.txt").write_text(QUOTE, encoding="utf-8")
    runner = CliRunner()
    examples = [line.strip() for line in runner.invoke(cli, [*path, "--help"]).output.splitlines()
                if line.strip().startswith(f"newssearch {path[0]} ")]
    assert examples
    for line in examples:
        result = run_as_the_shell_does(runner, line)
        assert result.exit_code == 0, f"{line}: {result.output}"


@pytest.mark.parametrize(("typed", "ours"), [("search", "query"), ("find", "query"), ("mlt", "similar"),
                                             ("status", "stats")])
def test_a_command_named_as_other_tools_name_it_names_ours(typed: str, ours: str) -> None:
    result = CliRunner().invoke(cli, [typed, "police"], prog_name="newssearch")
    assert result.exit_code == 2
    assert result.output == f"Error: No such command '{typed}'. Did you mean '{ours}'? (see: newssearch --help)\n"


@pytest.mark.parametrize("name", ["query", "similar", "timeline", "show"])
def test_color_auto_says_when_it_colours(name: str) -> None:
    """--color's default, auto, says what it decides by: a terminal, and the NO_COLOR and TERM it honours."""
    result = CliRunner().invoke(cli, [name, "--help"], terminal_width=200)
    line = next(line for line in result.output.splitlines() if line.strip().startswith("--color"))
    assert "(auto: on a terminal, unless NO_COLOR is set or TERM is dumb)" in line


# Worded per command on purpose: what --color colours, --json beside --jsonl/--csv or alone, the columns of --csv,
# what --group-copies does to hits, a count or a list of similar articles, and what --jsonl writes a line of (a hit,
# or show's article).
WORDED_PER_COMMAND = {"--color", "--json", "--jsonl", "--csv", "--limit",  # --limit: its 0 shows --facets in query alone
                      "--group-copies"}


def test_an_option_several_commands_share_is_shown_alike() -> None:
    """The same option reads the same in every command's --help: its metavar, text and default (--limit had been
    "Hits per page." in query and "How many articles to list per page." in similar, and --index-dir TEXT in each
    command but DIR before one)."""
    shown: dict[str, dict[str, tuple[str, str]]] = {}
    for name, command in cli.commands.items():
        with click.Context(command, info_name=name) as ctx:
            for param in command.get_params(ctx):
                record = param.get_help_record(ctx)
                if isinstance(param, click.Option) and record and param.opts[-1] not in WORDED_PER_COMMAND:
                    shown.setdefault(param.opts[-1], {})[name] = record
    differing = {option: by_command for option, by_command in shown.items() if len(set(by_command.values())) > 1}
    assert not differing
    with click.Context(cli) as ctx:
        before = next(param for param in cli.get_params(ctx) if param.name == "index_dir").get_help_record(ctx)
    assert before[0] == shown["--index"]["query"][0] == "--index-dir, --index DIR"


@pytest.mark.parametrize(("command", "expected"), [
    ("query", "--group-copies Syndicated copies of one story as one hit: its earliest copy among the hits stands for "
              "it and names the others."),
    ("timeline", "--group-copies Count syndicated copies of one story once, in the period of its earliest copy among "
                 "the hits."),
    ("similar", "--group-copies List syndicated copies of one story once, by its earliest copy among the hits, and "
                "leave out the article's own copies."),
])
def test_group_copies_help_says_what_it_does_in_its_command(command: str, expected: str) -> None:
    # query's --help had read "... (a hit names the others; a timeline counts the story once)": a timeline is
    # another command's
    text = " ".join(CliRunner().invoke(cli, [command, "--help"], terminal_width=200).output.split())
    assert expected in text


@pytest.mark.parametrize("command", ["query", "similar"])
def test_csv_help_names_every_column_the_export_writes(command: str) -> None:
    # the help had left out the last column, "copies", that --group-copies adds
    from newssearch.exports import CSV_HEADER
    text = " ".join(CliRunner().invoke(cli, [command, "--help"], terminal_width=200).output.split())
    csv_help = text.split("--csv Print a CSV table:", 1)[1].split("-h, --help")[0]
    assert ", ".join(CSV_HEADER) in csv_help and "copies" in csv_help


@pytest.mark.parametrize("name", ["query", "similar"])
def test_csv_help_says_what_it_does_to_a_formula_like_cell(name: str) -> None:
    # a researcher reading --csv with Python's csv module found "'=HYPERLINK(…)" and "'-Minus headline" unexplained
    text = " ".join(CliRunner().invoke(cli, [name, "--help"]).output.split())
    assert ("--csv Print a CSV table: id, title, date, source, authors, url, score, snippet (and copies with "
            "--group-copies); a cell starting =, +, - or @ gets a leading ' so a spreadsheet does not run it "
            "(--jsonl keeps every text as it is).") in text


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_no_help_names_an_option_its_command_lacks(command: str) -> None:
    """similar's --help said "-n ... (0: none, the count alone, and --facets)", and similar has no --facets."""
    shown = CliRunner().invoke(cli, [command, "--help"]).output
    with click.Context(cli.commands[command], info_name=command) as ctx:
        own = {opt for param in cli.commands[command].get_params(ctx) for opt in param.opts}
    import re

    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", shown))
    assert named <= own | {"--"}, named - own


@pytest.mark.parametrize("name", ["query", "similar", "timeline"])
def test_since_help_names_the_forms_it_takes(name: str) -> None:
    # --since had taken "March 1987" and "3 days ago" while its help named only YYYY… and 7d…
    text = " ".join(CliRunner().invoke(cli, [name, "--help"]).output.split())
    since = text.split("--since DATE Published on or after (", 1)[1].split(").", 1)[0]
    assert "March 1987" in since and "3 days ago" in since


def test_shows_help_says_an_article_is_named_by_its_web_address_too() -> None:
    """show finds an article by its address (a web archive's page, a record's or saved page's url); its help had
    named ids and file paths only."""
    assert "web address" in " ".join(CliRunner().invoke(cli, ["show", "--help"]).output.split())


def test_facets_help_names_every_facet_it_counts() -> None:
    """--facets counts sections too (when a hit names one), and its help had named source, author, year, month and
    language only."""
    from newssearch.facets import FACETS

    text = " ".join(CliRunner().invoke(cli, ["query", "--help"]).output.split())
    facets = text.split("--facets ", 1)[1].split(" --group-copies", 1)[0]
    names = {"lang": "language"}
    assert [name for name in FACETS if names.get(name, name) not in facets] == []


def help_examples(path: tuple[str, ...]) -> list[str]:
    """The example lines of ``newssearch [path] --help``, as written."""
    output = CliRunner().invoke(cli, [*path, "--help"]).output
    examples = output.split("Example:\n", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in examples.splitlines() if line.strip().startswith("newssearch")]


def test_every_example_in_every_help_runs(tmp_path, monkeypatch) -> None:
    # Run in a home folder holding what they name (corpus/, ~/news, export.jsonl, ~/news-index), in the order shown,
    # a shell's part (~, a comment, a redirection) done as the shell does: index's, show's and stats' examples had
    # never been run (query's, timeline's and similar's are, on the sample index, above).
    import shutil

    from newssearch import build_index
    from newssearch.config import INDEX_DIR_ENV

    repo = Path(__file__).resolve().parents[1]
    home = tmp_path / "home"
    home.mkdir()
    for name in ("corpus", "news"):
        shutil.copytree(repo / "corpus", home / name)
    shutil.copy(repo / "tests" / "fixtures" / "features" / "wire.jsonl", home / "export.jsonl")
    (home / "quote.txt").write_text(QUOTE, encoding="utf-8")
    build_index(home / "news", home / "news-index")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv(INDEX_DIR_ENV, raising=False)
    monkeypatch.chdir(home)
    runner = CliRunner()
    order = [(), ("index",), *((name,) for name in sorted(cli.commands) if name != "index")]
    ran = 0
    for path in order:
        for line in help_examples(path):
            result = run_as_the_shell_does(runner, line)
            assert result.exit_code == 0, f"{line}: {result.output}"
            ran += 1
    assert ran >= len(cli.commands) + 1


def test_no_option_shows_a_type_where_the_readme_names_what_it_takes() -> None:
    # `--workers INTEGER` in --help had stood against `--workers N` in the README
    shown = {}
    for name, command in [("newssearch", cli), *cli.commands.items()]:
        with click.Context(command, info_name=name) as ctx:
            for param in command.get_params(ctx):
                record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
                if record:
                    shown[record[0]] = name
    typed = [record for record in shown if any(kind in record.split() for kind in
                                               ("INTEGER", "TEXT", "FLOAT", "PATH", "FILENAME", "DIRECTORY"))]
    assert typed == []
    assert {"--workers N", "-n, --limit N", "-p, --page N", "--snippet-chars N"} <= set(shown)
