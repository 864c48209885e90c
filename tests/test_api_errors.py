"""Errors in the caller's own words: a Python caller is told the parameter and its values (``sort="date"``,
``build_index(…)``), the command line its flags (``--sort date``, ``newssearch index …``)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.errors import IndexOutdated, InvalidQuery, NewsSearchError, Worded

SEARCHES = [
    ({"sort": "newest"}, "sort must be \"relevance\", \"date\" or \"oldest\", not 'newest'",
     "unknown sort 'newest' (use --sort relevance, --sort date or --sort oldest)"),
    ({"match": "some"}, "match must be \"all\" or \"any\", not 'some'",
     "unknown match mode 'some' (use --match all or --match any)"),
    ({"since": "2021", "until": "2020"}, "since is later than until (swap the two dates)",
     "--since is later than --until (swap the two dates)"),
    ({"recent": True, "around": "2020"}, "recent and around cannot be used together (choose one)",
     "--recent and --around cannot be used together (choose one)"),
    ({"recent": True, "sort": "date"}, 'recent and around change the relevance ranking (leave out sort="date")',
     "--recent and --around change the relevance ranking (leave out --sort date)"),
]


@pytest.mark.parametrize(("options", "api", "cli_words"), SEARCHES)
def test_a_search_error_names_the_parameter_and_the_cli_its_flag(built: Path, options: dict[str, object], api: str,
                                                                  cli_words: str) -> None:
    with open_index(built) as idx, pytest.raises(InvalidQuery) as caught:
        idx.search("police", **options)  # type: ignore[arg-type]
    assert (str(caught.value), caught.value.for_cli()) == (api, cli_words)
    assert "--" not in str(caught.value)


def test_a_date_typo_in_a_query_points_a_caller_to_since_and_the_cli_to_its_flag(built: Path) -> None:
    with open_index(built) as idx, pytest.raises(InvalidQuery) as caught:
        idx.search("police date:2020-13")
    assert str(caught.value).endswith("since='2w' for a span back from today)")
    assert caught.value.for_cli().endswith("--since 2w for a span back from today)")


def test_no_index_yet_names_build_index_to_a_caller_and_the_index_command_to_the_cli(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(NewsSearchError) as caught:
        open_index(missing)
    assert caught.value.hint == (f'run `newssearch.build_index(CORPUS, "{missing}")` to build one from a folder of '
                                 "articles, or open an index that exists (index_dir, or $NEWSSEARCH_INDEX)")
    result = CliRunner().invoke(cli, ["query", "x", "--index-dir", str(missing)])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: no index in {missing}/ (run `newssearch index CORPUS --index-dir {missing}` "
                             "to build one from a folder of articles, or point to an index with --index-dir DIR or "
                             "$NEWSSEARCH_INDEX)\n")


def test_an_index_of_another_corpus_names_rebuild_to_a_caller(built: Path, tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    with pytest.raises(NewsSearchError) as caught:
        build_index(tmp_path / "other", built)
    assert caught.value.hint == "give another index_dir for a separate index, or rebuild=True to replace it"
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "other"), "--index-dir", str(built)])
    assert result.stderr.endswith("(use --index-dir for a separate index, or --rebuild to replace it)\n")


def test_an_error_of_one_wording_reads_the_same_both_ways() -> None:
    error = NewsSearchError("cannot read x", hint="check it")
    assert str(error) == error.for_cli() == "cannot read x (check it)"


def test_a_hint_only_the_cli_needs_is_left_out_for_a_caller() -> None:
    error = InvalidQuery("bad", hint=Worded("", "use --flag"))
    assert (str(error), error.hint, error.for_cli()) == ("bad", None, "bad (use --flag)")


def test_an_outdated_index_names_the_call_that_rebuilds_it_in_double_quotes(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "sp ace's", tmp_path / "ix sp"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Title\n\nBody text here.", encoding="utf-8")
    build_index(corpus, index_dir)
    manifest = index_dir / "newssearch.json"
    head, rest = manifest.read_bytes().split(b"\n", 1)
    manifest.write_bytes(json.dumps({**json.loads(head), "format": 1}).encode() + b"\n" + rest)
    with pytest.raises(IndexOutdated) as caught:
        open_index(index_dir)
    assert caught.value.hint == f'run `newssearch.build_index("{corpus}", "{index_dir}", rebuild=True)` to build it again'
    # the command line's is the plain command, which rebuilds an outdated index by itself
    cli_call = f"newssearch index {shlex.quote(str(corpus))} --index-dir {shlex.quote(str(index_dir))}"
    assert caught.value.cli_hint == f"run `{cli_call}` to build it again"


def test_an_index_in_its_corpus_folder_names_another_in_double_quotes(tmp_path: Path) -> None:
    from newssearch.errors import InvalidArgument

    corpus = tmp_path / "it's news"
    corpus.mkdir()
    with pytest.raises(InvalidArgument) as caught:
        build_index(corpus, corpus)
    assert caught.value.hint == f'give another index_dir, such as "{corpus / "index"}"'
    assert caught.value.for_cli().endswith(f"(give another --index-dir, such as {corpus / 'index'})")
