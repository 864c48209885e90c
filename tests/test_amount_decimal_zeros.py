"""An amount typed with its currency and scale is compared as a number: trailing zeros of its decimals are no part of
its value (``$2.50m`` is ``$2.5m``, ``$0.0m`` is ``$0m``), so it finds "$2.5m" and "2.5 mln dlrs" as ``$2.5m`` does,
in the same order; it had found only "$2.5m" (by the amount in full), and ``$0.0m`` nothing but a "$0.0m"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index

TEXTS = {
    "glued.txt": "Deal\n\nThe firm paid $2.5m for the plant in the north of the country this week, a spokesman said.",
    "wire.txt": "Deal\n\nThe firm paid 2.5 mln dlrs for the plant.",
    "nothing.txt": "Budget\n\nThe fund has $0m left for the year.",
    "nothing_wire.txt": "Budget\n\nThe fund had 0 mln dlrs left.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("zeros"), TEXTS)


def _ids(index: Path, query: str) -> list[str]:
    with open_index(index) as idx:
        return [hit.id for hit in idx.search(query).hits]


@pytest.mark.parametrize("typed", ["$2.50m", "$2.50 million", "$2.500m", "US$2.50m", "2.50 mln dlrs"])
def test_an_amount_typed_with_zero_decimals_is_its_value(index: Path, typed: str) -> None:
    assert _ids(index, "$2.5m") == ["wire.txt", "glued.txt"]
    assert _ids(index, typed) == ["wire.txt", "glued.txt"]


@pytest.mark.parametrize("typed", ["$0.0m", "$0.00 million", "$0.0 mln"])
def test_an_amount_of_nothing_typed_with_zero_decimals_is_nothing(index: Path, typed: str) -> None:
    assert sorted(_ids(index, typed)) == sorted(_ids(index, "$0m")) == ["nothing.txt", "nothing_wire.txt"]


def test_a_phrase_through_an_amount_typed_with_zero_decimals_finds_it_written_so(index: Path) -> None:
    assert sorted(_ids(index, '"paid $2.50m for"')) == ["glued.txt", "wire.txt"]
