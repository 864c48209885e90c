"""page and pages say one thing in every output: the first page always exists, though it may list no hit (nothing
found, or -n 0, the count alone), so page 1 of 1; -n 0 with a later --page is refused, as there is no page 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.hitlist import pages_of


@pytest.mark.parametrize(("total", "limit", "pages"), [(0, 10, 1), (0, 0, 1), (6, 0, 1), (6, 10, 1), (6, 2, 3),
                                                       (7, 2, 4)])
def test_pages_count_the_first_page_even_when_it_lists_nothing(total: int, limit: int, pages: int) -> None:
    assert pages_of(total, limit) == pages


def _json(index: Path, *args: str) -> dict[str, object]:
    out = CliRunner().invoke(cli, [*args, "--json", "--index-dir", str(index)])
    return {key: value for key, value in json.loads(out.stdout).items() if key in ("total", "page", "pages", "limit")}


def test_json_of_limit_0_and_of_nothing_found_is_page_1_of_1(features_index: Path) -> None:
    # "-n 0 --json" had said "page": 1 of "pages": 0, and so had a query finding nothing
    assert _json(features_index, "query", "police", "-n", "0") == {"total": 6, "page": 1, "pages": 1, "limit": 0}
    assert _json(features_index, "query", "zeppelin") == {"total": 0, "page": 1, "pages": 1, "limit": 10}
    assert _json(features_index, "similar", "wire.jsonl#shooting", "-n", "0") == {
        "total": 3, "page": 1, "pages": 1, "limit": 0}


@pytest.mark.parametrize("command", [["query", "police"], ["similar", "wire.jsonl#shooting"]])
def test_limit_0_with_a_later_page_is_a_usage_error(features_index: Path, command: list[str]) -> None:
    # "-n 0 --page 3" had printed the count and exited 0, as if page 3 were there
    out = CliRunner().invoke(cli, [*command, "-n", "0", "--page", "3", "--index-dir", str(features_index)],
                            prog_name="newssearch")
    assert (out.exit_code, out.stdout) == (2, "")
    assert out.stderr == (f"Error: -n 0 lists no hit, only the count: there is no page 3 (give -n a number of hits "
                          f"per page, or leave out --page) (see: newssearch {command[0]} --help)\n")
    first = CliRunner().invoke(cli, [*command, "-n", "0", "--page", "1", "--index-dir", str(features_index)])
    assert first.exit_code == 0


def test_the_help_says_what_limit_0_prints() -> None:
    for command in ("query", "similar"):
        text = " ".join(CliRunner().invoke(cli, [command, "--help"]).stdout.split())
        assert "Hits per page (0: none, the count alone" in text
        assert "--json says page 1 of 1" in text
