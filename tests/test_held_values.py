"""A ``section:``, ``source:`` or ``author:`` clause that finds nothing names the values the index holds, most common
first, as ``lang:`` names its languages: ``section:politics`` had said only that nothing matched."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli

RECORDS = [
    '{"id": "a1", "title": "Cup final", "text": "The team won the cup final.", "section": "Sport", '
    '"author": "Jane Doe", "source": "Daily Planet"}',
    '{"id": "a2", "title": "Match report", "text": "The team lost the match.", "section": "Sport", '
    '"author": "Tom Roe", "source": "Daily Planet"}',
    '{"id": "a3", "title": "Rates rise", "text": "The bank raised rates.", "section": "Business", '
    '"author": "Jane Doe", "source": "Evening Star"}',
    '{"id": "a4", "title": "Budget", "text": "The minister set a budget.", "section": "World News", '
    '"author": "Ann Lee", "source": "Daily Planet"}',
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("held")
    (root / "corpus").mkdir()
    (root / "corpus" / "wire.jsonl").write_text("\n".join(RECORDS) + "\n", encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


def query(index: Path, text: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["query", text, "--index-dir", str(index)])


@pytest.mark.parametrize(("typed", "note"), [
    ("section:politics", "no article in this index is in section politics (its sections: Sport, Business, World News)"),
    ("team section:politics", "no article in this index is in section politics (its sections: Sport, Business, "
                              "World News)"),
    ('author:"Zed Quux"', "no article in this index is by that author (its authors: Jane Doe, Ann Lee, Tom Roe)"),
    ('source:"Nowhere Times"', "no article in this index is from that source (its sources: Daily Planet, "
                               "Evening Star)"),
])
def test_a_clause_no_article_matches_names_the_values_the_index_holds(index: Path, typed: str, note: str) -> None:
    result = query(index, typed)
    assert result.exit_code == 1
    assert result.stderr == f"No articles match {typed!r}.\nNote: {note}.\n"


@pytest.mark.parametrize("typed", ["minister section:sport", "minister author:roe", "bank source:\"daily planet\""])
def test_a_clause_that_finds_articles_beside_words_that_leave_them_out_lists_nothing(index: Path, typed: str) -> None:
    result = query(index, typed)
    assert result.exit_code == 1
    assert "its sections" not in result.stderr and "its authors" not in result.stderr
    assert "its sources" not in result.stderr
