"""A hyphenated word with a possessive after it ("Tsai Ing-wen’s win", "the e-mail's header") is written solid too, as
it is without one: ``Ingwen`` finds "Ing-wen’s", as ``email`` finds "e-mail"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch.hyphens import solid_words

ARTICLES = {
    "tsai.txt": "Taiwan votes\n\nTaiwanese President Tsai Ing-wen’s spectacular win was no easy feat.",
    "mail.txt": "Scam warning\n\nThe e-mail's header was forged, and the e-mails' senders hid.",
    "wen.txt": "Other news\n\nWen said the ing was loud.",
}


@pytest.fixture(scope="module")
def possessives_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("possessives"), ARTICLES)


@pytest.mark.parametrize(("query", "expected"), [
    ("Ingwen", ["tsai.txt"]),          # SCMP's "Tsai Ing-wen’s spectacular re-election": Ingwen had found nothing
    ("Tsai Ingwen", ["tsai.txt"]),
    ("Ing-wen", ["tsai.txt"]),
    ("email", ["mail.txt"]),           # "e-mail's"
    ("emails", ["mail.txt"]),          # "e-mails'"
    ("wen", ["tsai.txt", "wen.txt"]),  # its parts are still words
])
def test_a_hyphenated_word_with_a_possessive_is_found_written_solid(possessives_index: Path, query: str,
                                                                    expected: list[str]) -> None:
    assert found_ids(possessives_index, query) == expected


def test_the_solid_word_leaves_the_possessive_out() -> None:
    assert solid_words(["Ing", "wen's"], [0]) == {0: (1, "Ingwen")}
    assert solid_words(["e", "mails'"], [0]) == {0: (1, "emails")}
    assert solid_words(["rock", "n'roll"], [0]) == {}  # an apostrophe inside the word: no word of letters
