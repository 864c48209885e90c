"""A query of filters alone: ``query --since 2020-01-01`` with no words lists the articles of those dates, as
``query '*' --since 2020-01-01`` does (it had been refused, "Missing argument 'WORDS...'"); with no filter either, the
usage error says what to type."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli


def _run(index: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [*args, "--index-dir", str(index)], prog_name="newssearch")
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("dates", [("--since", "2020-10-01"), ("--until", "2020-06-30"),
                                   ("--since", "2020-06", "--until", "2020-10")])
@pytest.mark.parametrize("output", [(), ("--json",), ("--jsonl",), ("--csv",), ("-n", "0")])
@pytest.mark.parametrize("words", [(), ("",), ("  ",)])
def test_dates_without_words_list_their_articles_as_a_star_does(features_index: Path, dates: tuple[str, ...],
                                                                output: tuple[str, ...], words: tuple[str, ...]) -> None:
    star = _run(features_index, "query", "*", *dates, *output)
    assert star[0] == 0 and star[1]
    assert _run(features_index, "query", *words, *dates, *output) == star


def test_dates_without_words_that_match_nothing_say_so_as_a_star_does(features_index: Path) -> None:
    star = _run(features_index, "query", "*", "--since", "2030")
    assert star[:2] == (1, "") and star[2].startswith("No articles match '*' published --since 2030.\n")
    assert _run(features_index, "query", "--since", "2030") == star


@pytest.mark.parametrize("args", [("query",), ("query", "--sort", "date"), ("query", "--facets", "-n", "0")])
def test_no_words_and_no_dates_say_what_to_type(features_index: Path, args: tuple[str, ...]) -> None:
    assert _run(features_index, *args) == (
        2, "", "Error: Missing argument 'WORDS...': the words to search for ('*' for every article; --since or "
               "--until alone lists the articles of those dates) (see: newssearch query --help)\n")


def test_an_empty_query_without_dates_is_still_refused(features_index: Path) -> None:
    assert _run(features_index, "query", "") == (2, "", "Error: the query is empty (type the words to search for)\n")


def test_the_help_says_dates_alone_list_their_articles() -> None:
    out = CliRunner().invoke(cli, ["query", "--help"], prog_name="newssearch").stdout
    assert out.startswith("Usage: newssearch query [OPTIONS] [WORDS]...\n")
    assert "With no WORDS, --since or --until alone lists the articles of those dates, as '*' does." in " ".join(out.split())


@pytest.mark.parametrize("words", [("",), ("  ",)])
@pytest.mark.parametrize("dates", [(), ("--since", "2020-10-01")])
@pytest.mark.parametrize("output", [(), ("--json",), ("--csv",)])
def test_a_timeline_of_empty_words_counts_every_article_as_one_of_none(features_index: Path, words: tuple[str, ...],
                                                                        dates: tuple[str, ...],
                                                                        output: tuple[str, ...]) -> None:
    # 'timeline ""' had been refused (the query is empty) though 'timeline' alone counts every article
    every = _run(features_index, "timeline", "--by", "year", *dates, *output)
    assert every[0] == 0 and every[1]
    assert _run(features_index, "timeline", *words, "--by", "year", *dates, *output) == every
