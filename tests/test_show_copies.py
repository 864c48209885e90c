"""``show`` names an article's syndicated copies, earliest first: where else and when first the story ran."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli

BODY = ("Firefighters battled a large blaze at the Auckland port warehouse on Tuesday night, with twelve crews called to "
        "the scene. Fire and Emergency said the fire started in a storage area and spread quickly through the roof. No "
        "one was injured, a spokesperson said, and the cause is being investigated. Nearby residents were told to keep "
        "windows closed because of smoke.")


@pytest.fixture
def index_dir(tmp_path: Path) -> str:
    """One wire story run by three outlets on three days, and another story."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, title, day, source, body in [
        ("rnz.txt", "Port warehouse fire", "2023-03-07", "RNZ", BODY),
        ("herald.txt", "Blaze at port warehouse", "2023-03-06", "NZ Herald", BODY + " Traffic was diverted."),
        ("stuff.txt", "Port fire: crews called", "2023-03-08", "Stuff", BODY),
        ("other.txt", "Council vote", "2023-03-08", "Stuff", "The council's warehouse vote was delayed again."),
    ]:
        (corpus / name).write_text(f"Title: {title}\nDate: {day}\nSource: {source}\n\n{body}\n", encoding="utf-8")
    build_index(corpus, tmp_path / "ix")
    return str(tmp_path / "ix")


def test_show_names_the_articles_copies_earliest_first_with_their_outlet_and_day(index_dir: str) -> None:
    shown = CliRunner().invoke(cli, ["show", "rnz.txt", "--index-dir", index_dir], env={})
    assert shown.exit_code == 0
    assert shown.stdout.splitlines()[1:6] == [
        "id: rnz.txt", "date: 2023-03-07 (from header:Date)", "source: RNZ", "lang: en",
        "copies: herald.txt (NZ Herald, 2023-03-06), stuff.txt (Stuff, 2023-03-08)"]


def test_show_json_lists_the_copies_ids_and_an_article_of_none_an_empty_list(index_dir: str) -> None:
    shown = CliRunner().invoke(cli, ["show", "stuff.txt", "--index-dir", index_dir, "--json"], env={})
    assert json.loads(shown.stdout)["copies"] == ["herald.txt", "rnz.txt"]
    alone = CliRunner().invoke(cli, ["show", "other.txt", "--index-dir", index_dir, "--json"], env={})
    assert json.loads(alone.stdout)["copies"] == []
    screen = CliRunner().invoke(cli, ["show", "other.txt", "--index-dir", index_dir], env={})
    assert "copies:" not in screen.stdout


def test_the_api_gives_an_articles_copies_as_articles_earliest_first(index_dir: str) -> None:
    with open_index(index_dir) as idx:
        assert [copy.id for copy in idx.copies("herald.txt")] == ["rnz.txt", "stuff.txt"]
        assert [copy.source for copy in idx.copies("./rnz.txt")] == ["NZ Herald", "Stuff"]
        assert idx.copies("other.txt") == ()
