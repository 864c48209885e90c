"""A field's quoted value left open at the end of the query, as a shell's quoting loses the closing quote
(``author:"Nelson Graves``), is closed there: the field's phrase, not its first word in the field and the rest in the
text (which had found nothing). So is any other quote opening a phrase (test_query_messages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import found_ids, index_of_texts

from newssearch.cli import cli

TEXTS = {
    "graves.txt": "Wheat talks\n\nBy Nelson Graves\n\nShultz will visit Moscow, grain traders said on Wednesday.",
    "other.txt": "Corn talks\n\nBy Nelson Smith\n\nGraves of soldiers were found near Moscow, officials said.",
}


@pytest.fixture(scope="module")
def quotes_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("quotes"), TEXTS)


@pytest.mark.parametrize(("query", "ids"), [
    ('author:"Nelson Graves', ["graves.txt"]),
    ('moscow author:"nelson graves', ["graves.txt"]),
    ('title:"wheat talks', ["graves.txt"]),
    ('"will visit moscow', ["graves.txt"]),               # no field: closed alike (it had been ignored)
    ('author:"Nelson Graves" "moscow', ["graves.txt"]),  # the field's quotes pair: the last one closed at the end
])
def test_a_fields_quote_left_open_is_closed_at_the_end(quotes_index: Path, query: str, ids: list[str]) -> None:
    assert found_ids(quotes_index, query) == ids


def test_the_note_says_the_quote_was_closed(quotes_index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", 'author:"Nelson Graves', "--index-dir", str(quotes_index), "--csv"])
    assert result.exit_code == 0
    assert result.stderr == "Note: an unbalanced quote was closed at the query's end.\n"
