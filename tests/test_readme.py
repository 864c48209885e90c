"""The README's example outputs are what the program prints: one that drifted (a score) had gone unseen."""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import fields
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import newssearch
from newssearch.cli import cli
from newssearch.config import INDEX_DIR_ENV

README = Path(__file__).resolve().parents[1] / "README.md"
ELIDED = "…"  # a line of its own in an example: lines of the real output left out


def readme_section(title: str) -> str:
    """The README's text under ``## title``, up to the next section."""
    return README.read_text(encoding="utf-8").split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def test_the_json_example_is_what_query_json_prints(built: Path) -> None:
    """README's JSON example is `newssearch query "armed offenders" --json` on corpus/, field for field."""
    example = json.loads(re.search(r"```json\n(.*?)```", readme_section("JSON output"), re.S).group(1))
    result = CliRunner().invoke(cli, ["query", "armed offenders", "--json", "--index-dir", str(built)])
    assert result.exit_code == 0 and json.loads(result.stdout) == example


def shown_examples() -> list[tuple[str, list[str]]]:
    """Each ``$ newssearch …`` line of the README's Examples and the output shown under it."""
    block = re.search(r"```\n(.*?)```", readme_section("Examples (real output, on `tests/fixtures/features`)"),
                      re.S).group(1)
    examples: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            examples.append((line[2:], []))
        else:
            examples[-1][1].append(line)
    return examples


def fits(shown: list[str], printed: list[str]) -> bool:
    """Whether ``printed`` is ``shown`` line for line, a lone "…" standing for any lines left out."""
    if not shown:
        return not printed
    if shown[0] == ELIDED:
        return any(fits(shown[1:], printed[start:]) for start in range(len(printed) + 1))
    return bool(printed) and shown[0] == printed[0] and fits(shown[1:], printed[1:])


@pytest.mark.parametrize(("command", "shown"), shown_examples(),
                         ids=[shlex.join(shlex.split(command, comments=True)) for command, _ in shown_examples()])
def test_each_example_shows_what_the_command_prints(features_index: Path, monkeypatch: pytest.MonkeyPatch,
                                                    command: str, shown: list[str]) -> None:
    """The Examples say "real output": each command, run on tests/fixtures/features, prints (stdout and stderr, as a
    terminal shows them) the lines shown under it, "…" lines standing for lines left out."""
    monkeypatch.setenv(INDEX_DIR_ENV, str(features_index))
    monkeypatch.setenv("COLUMNS", "80")  # the timeline's bars fit the terminal
    args, stdin = piped(shlex.split(command, comments=True))
    assert args[0] == "newssearch"
    result = CliRunner().invoke(cli, args[1:], input=stdin)
    printed = result.output.rstrip("\n").split("\n")
    while shown and not shown[-1]:
        shown = shown[:-1]
    assert fits(shown, printed), f"$ {command}\n{result.output}"


def piped(args: list[str]) -> tuple[list[str], str | None]:
    """An example's command and its stdin: ``echo WORDS | newssearch …`` pipes WORDS and a newline in."""
    if "|" not in args:
        return args, None
    bar = args.index("|")
    assert args[0] == "echo", "an example pipes only echo's words in"
    return args[bar + 1:], " ".join(args[1:bar]) + "\n"


def command_rows() -> dict[str, str]:
    """The README's Commands table: each command's name and its row."""
    rows = re.findall(r"^\| `newssearch (\w+)[^`]*` \| (.*) \|$", readme_section("Commands"), re.M)
    return dict(rows)


def long_options(command: click.Command) -> set[str]:
    """The ``--name`` options of ``command``, less those every command has (--index-dir or --index, --help)."""
    names = {name for param in command.params if isinstance(param, click.Option)
             for name in (*param.opts, *param.secondary_opts) if name.startswith("--")}
    return names - {"--index-dir", "--index", "--help"}


@pytest.mark.parametrize("name", sorted(set(cli.commands) - {"help"}))
def test_the_commands_table_names_each_option_a_command_has(name: str) -> None:
    """Each command's row names every option of its --help, and only those (the table had left out similar's
    --limit, timeline's --since, --until and --match, show's --color and stats' --json)."""
    row = command_rows()[name]
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", row))
    assert named == long_options(cli.commands[name]), name


def named_fields(text: str) -> list[str]:
    """The field names in backticks in ``text``, less what its brackets say of them and methods (``title_html()``)."""
    text = re.sub(r"`\w+\(\)`", "", text)
    while re.search(r"\([^()]*\)", text):
        text = re.sub(r"\([^()]*\)", "", text)
    return re.findall(r"`(\w+)`", text)


@pytest.mark.parametrize("name", ["Hit", "Article", "SearchResult", "Timeline", "IndexStats", "IndexReport"])
def test_the_python_api_table_names_each_field(name: str) -> None:
    """The Python API's table lists each returned type's fields in order (IndexReport's ignored_inside was missing)."""
    row = re.search(rf"^\| `{name}` \| (.*) \|$", readme_section("Python API"), re.M).group(1)
    assert named_fields(row) == [field.name for field in fields(getattr(newssearch, name))]


def test_the_index_report_json_is_described_key_by_key(built: Path, corpus: Path) -> None:
    """The keys README says `newssearch index --json` prints are the keys it prints."""
    said = re.search(r"`newssearch index --json` prints the report: (.*?`seconds`)", readme_section("JSON output"),
                     re.S).group(1)
    result = CliRunner().invoke(cli, ["index", str(corpus), "--json", "--index-dir", str(built)])
    assert result.exit_code == 0
    assert sorted(named_fields(said)) == sorted(json.loads(result.stdout))


def test_the_layout_names_every_module() -> None:
    """README's Layout names each module of the package (cli/'s and zipsalvage.py had gone unnamed)."""
    layout = readme_section("Layout")
    package = Path(newssearch.__file__).parent
    unnamed = [str(path.relative_to(package)) for path in sorted(package.rglob("*.py"))
               if path.name not in ("__init__.py", "__main__.py")
               and not re.search(rf"(?<![\w/]){re.escape(path.name)}", layout)]
    assert not unnamed


def test_no_document_holds_a_merges_conflict_marks() -> None:
    """No line of README.md or docs/ is a merge's conflict mark (one row of README had been left between them)."""
    repo = Path(__file__).resolve().parent.parent
    marked = [f"{path.name}:{number}" for path in [repo / "README.md", *sorted((repo / "docs").glob("*.md"))]
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if re.match(r"(<{7}|>{7}|={7})( |$)", line)]
    assert not marked


def test_the_exit_codes_name_each_status_and_what_ends_a_query_with_1_though_it_found_hits(built: Path) -> None:
    """A page past the last ends with 1 and its hits found said on stderr; the line had said '1 no hits' alone, and
    '0 hits found' of commands that search nothing (index, show, stats: 0 when done)."""
    from newssearch.cli.unwinding import ExitStatus

    line = " ".join(README.read_text(encoding="utf-8").split("Exit codes: ", 1)[1].split(". Hits are", 1)[0].split())
    for status in ExitStatus:
        assert f"{status.value} " in line, status
    assert line.startswith("0 hits found, or the command done (`index`, `show`, `stats`, `help`), 1 no hits, or a "
                           "`--page` past the last (like grep;")
    past = CliRunner().invoke(cli, ["query", "police", "--page", "9", "--index-dir", str(built)])
    assert past.exit_code == ExitStatus.NO_RESULTS and past.stderr.startswith("Page 9 is past the last page (1) of ")


def test_the_commands_table_names_no_argument_by_an_option_s_metavar() -> None:
    """`newssearch index DIR` had named the corpus by --index-dir's metavar, DIR, as if the index's folder were
    given; the usage and the error of a missing one say CORPUS."""
    typed = re.findall(r"^\| `newssearch (\w+) ?([^`]*)` \|", readme_section("Commands"), re.M)
    metavars = {param.metavar for command in cli.commands.values() for param in command.params
                if isinstance(param, click.Option) and param.metavar}
    assert not [(name, args) for name, args in typed if set(re.findall(r"[A-Z]+", args)) & metavars]
    assert ("index", "CORPUS") in typed
