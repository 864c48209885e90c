"""``co-operation``: the word hyphenated or written solid, not "Co" (a company's) before "operations".

A hyphenated word is searched as its phrase or its solid spelling; a phrase of "co" and "operation" matched a
company's "Co" before "operations", and across a full stop, a comma or a paragraph ("Acme Co. Operations"): in
Reuters-21578 the phrase added seven wires to the 434 that write "co-operation" or "cooperation", none of them about
co-operation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index

TEXTS = {
    "hyphenated.txt": "Port talks\n\nThe co-operation between the two ports grew.\n",
    "solid.txt": "Port talks\n\nThe cooperation between the two ports grew.\n",
    "company.txt": "Results\n\nThe Rand Co operations unit was sold.\n",
    "stop.txt": "Results\n\nShares of Acme Co. Operations fell sharply.\n",
    "comma.txt": "Results\n\nTowle Manufacturing Co, operating under a court order, said it sold.\n",
    "paragraph.txt": "Results\n\nThe firm and co.\n\nOperation Desert Storm began.\n",
    "mail.txt": "Mail\n\nSend an e mail to the desk.\n",
}


@pytest.fixture(scope="module")
def prefix_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("prefixes"), TEXTS)


@pytest.mark.parametrize("typed", ["co-operation", "Co-operation", "cooperation", "title:co-operation OR co-operation"])
def test_co_operation_finds_the_word_not_a_company_before_operations(prefix_index: Path, typed: str) -> None:
    assert found_ids(prefix_index, typed) == ["hyphenated.txt", "solid.txt"]


def test_the_hyphenated_spelling_typed_ranks_first(prefix_index: Path) -> None:
    with open_index(prefix_index) as idx:
        assert [hit.id for hit in idx.search("co-operation").hits] == ["hyphenated.txt", "solid.txt"]
        assert idx.search("co-operation").hits[0].snippet.html().count("<mark>co-operation</mark>") == 1


def test_another_hyphenated_word_still_finds_its_spaced_phrase(prefix_index: Path) -> None:
    assert found_ids(prefix_index, "e-mail") == ["mail.txt"]  # only "co" is a company's abbreviation
