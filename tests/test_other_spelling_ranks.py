"""A word's other spelling never outscores the spelling typed: ``Maori`` also searches ``maaori`` (some article writes
Māori, indexed as maori, māori and maaori), at half the weight, but the rarer form's idf had been higher, so an
article writing Māori outranked one writing Maori as typed (0.35 against 0.27 in an index of the two). An other
spelling's idf is capped at the typed form's."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index

TWINS = {"macron.txt": "Hui at Waitematā marae\n\nMāori leaders met at the vidéo café on Monday.\n",
         "plain.txt": "Hui at Waitemata marae\n\nMaori leaders met at the video cafe on Monday.\n"}


def scores(index_dir: Path, text: str) -> dict[str, float]:
    """Each hit's score for ``text``."""
    with open_index(index_dir) as idx:
        return {hit.id: hit.score for hit in idx.search(text).hits}


def test_a_word_typed_plain_ranks_its_plain_spelling_above_its_macron_spelling(tmp_path: Path) -> None:
    found = scores(index_of_texts(tmp_path, TWINS), "Maori")
    assert list(found) == ["plain.txt", "macron.txt"]
    assert found["macron.txt"] == pytest.approx(0.1823, abs=1e-4)  # maori's own idf: maaori's half weight is less


@pytest.mark.parametrize("text", ["video", "cafe", "Waitemata"])
def test_a_word_both_spell_alike_folded_ties(tmp_path: Path, text: str) -> None:
    found = scores(index_of_texts(tmp_path, TWINS), text)
    assert found["plain.txt"] == pytest.approx(found["macron.txt"], rel=1e-9)


@pytest.mark.parametrize(("text", "first"), [("Māori", "macron.txt"), ("vidéo", "macron.txt"),
                                             ("Waitematā", "macron.txt")])
def test_a_word_typed_with_its_marks_still_ranks_that_spelling_first(tmp_path: Path, text: str, first: str) -> None:
    found = scores(index_of_texts(tmp_path, TWINS), text)
    assert max(found, key=lambda hit: found[hit]) == first
