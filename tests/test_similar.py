"""similar: more like this over title and body, never the article itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import open_index
from newssearch.cli import cli
from newssearch.errors import ArticleNotFound


def test_same_story_first_and_not_itself(features_index: Path) -> None:
    with open_index(features_index) as idx:
        result = idx.similar("wire.jsonl#shooting", limit=3)
    found = [hit.id for hit in result.hits]
    assert found[0] == "wire.jsonl#arrests"
    assert "wire.jsonl#shooting" not in found
    assert len(found) == 3


def test_unknown_id(features_index: Path) -> None:
    with open_index(features_index) as idx, pytest.raises(ArticleNotFound):
        idx.similar("nope.txt")


def test_cli_similar_formats(features_index: Path) -> None:
    runner = CliRunner()
    base = ["similar", "wire.jsonl#ferries", "-n", "1", "--index-dir", str(features_index)]
    screen = runner.invoke(cli, base + ["--color", "never"])
    assert screen.exit_code == 0
    assert screen.output.startswith("1 article like 'wire.jsonl#ferries'\n\n  1. Waitematā Harbour")
    data = json.loads(runner.invoke(cli, base + ["--jsonl"]).output)
    assert data["id"] == "wire.jsonl#harbour"
    many = runner.invoke(cli, ["similar", "wire.jsonl#shooting", "-n", "1", "--index-dir", str(features_index)])
    assert many.output.startswith("5 articles like 'wire.jsonl#shooting' (showing 1)\n\n  1. Two arrested")
    assert json.loads(runner.invoke(cli, ["similar", "wire.jsonl#shooting", "-n", "1", "--index-dir",
                                          str(features_index), "--json"]).output)["total"] == 5
    missing = runner.invoke(cli, ["similar", "nope.txt", "--index-dir", str(features_index)])
    assert missing.exit_code == 2
    assert missing.output.startswith("Error: no article with id 'nope.txt'")
