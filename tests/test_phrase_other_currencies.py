"""A quoted phrase through an amount typed with its sign ranks the phrase with the amount in another currency written
by its word after it, one with no sign here or another sign's ("paid 600 million francs", "issues 600 mln French
franc", "paid 600 mln dlrs"), in the last tier, as the amount typed alone does (``£600m``: "600 million francs" and
"600 mln dlrs" with "$600m"): they had counted as bare, above "paid $600m". The phrase finds what it found: "paid 600
million francs for" holds no "paid 600 million for", which a Lucene-based tool would not find either."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index

TEXTS = {
    "pounds.txt": "Deal\n\nThe group paid £600m for the stake.",
    "bare.txt": "Deal\n\nThe group paid 600 million for the stake.",
    "francs.txt": "Deal\n\nThe group paid 600 million francs in all, for the stake.",
    "french.txt": "Deal\n\nThe group paid 600 mln French francs in all, for the stake.",
    "dollars.txt": "Deal\n\nThe group paid $600m in all, for the stake.",
    "dlrs.txt": "Deal\n\nThe group paid 600 mln dlrs in all, for the stake.",
    "shares.txt": "Deal\n\nThe group paid 600 million shares in all, for the stake.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("others"), TEXTS)


def ranked(index: Path, typed: str) -> list[str]:
    with open_index(index) as idx:
        return [hit.id for hit in idx.search(typed).hits]


@pytest.mark.parametrize("typed", ['"paid £600m"', '"paid £600 million"', '"group paid £600m"'])
def test_a_phrase_through_an_amount_ranks_it_in_a_currency_written_by_its_word_last(index: Path, typed: str) -> None:
    ids = ranked(index, typed)
    assert ids[:1] == ["pounds.txt"]
    assert sorted(ids[1:3]) == ["bare.txt", "shares.txt"]
    assert sorted(ids[3:]) == ["dlrs.txt", "dollars.txt", "francs.txt", "french.txt"]


def test_the_amount_typed_alone_ranks_them_so(index: Path) -> None:
    ids = ranked(index, "£600m")
    assert ids[:1] == ["pounds.txt"]
    assert sorted(ids[1:3]) == ["bare.txt", "shares.txt"]
    assert sorted(ids[3:]) == ["dlrs.txt", "dollars.txt", "francs.txt", "french.txt"]


def test_a_phrase_with_words_after_the_amount_finds_only_the_phrase(index: Path) -> None:
    assert ranked(index, '"paid £600m for"') == ["pounds.txt", "bare.txt"]
