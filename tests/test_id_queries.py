"""An article's id typed as a query's words, as a hit's id line shows it (``query harbour-bridge.txt``): its words are
seldom the article's, so nothing is found, and the note names the ``id:`` clause that finds it and ``show``."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli

ARTICLES = {
    "harbour-bridge.txt": "Bridge reopens\n\nThe harbour bridge reopened on Monday after repairs to its deck.",
    "ferry.txt": "Ferry strike ends\n\nFerry workers went back to work after the strike was settled.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("idqueries"), ARTICLES)


def _query(index: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["query", *args, "--index-dir", str(index), "-n", "0"])
    return result.exit_code, result.stdout, result.stderr


def test_an_article_s_id_typed_as_the_query_names_the_id_clause_that_finds_it(index: Path) -> None:
    # 'harbour-bridge.txt' had found nothing, saying nothing (the word txt is in no article)
    assert _query(index, "harbour-bridge.txt") == (
        1, "", "No articles match 'harbour-bridge.txt'.\n"
               "Note: 'harbour-bridge.txt' is the id of an article, not its words: 'id:harbour-bridge.txt' finds it "
               "(newssearch show harbour-bridge.txt prints it).\n")
    assert _query(index, "id:harbour-bridge.txt")[:2] == (0, "1 result for 'id:harbour-bridge.txt'\n")


@pytest.mark.parametrize(("typed", "said"), [
    ("bridge.txt", ""),  # no id: a file's name that is no article's
    ("harbour bridge.txt", "Note: no article has all these words: --match any finds 1.\n"),  # no id: its words apart
    ("harbour-bridge.txt*", ""),  # a pattern: the id: clause would be one too
])
def test_words_that_are_no_article_s_id_get_no_such_note(index: Path, typed: str, said: str) -> None:
    assert _query(index, typed) == (1, "", f"No articles match '{typed}'.\n{said}")
