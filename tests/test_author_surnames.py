"""``author:`` phrases of Spanish and Portuguese double surnames, of a surname's particle left out, and of three-word
names: each finds the bylines a reader would expect, the byline as typed first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import found_ids

from newssearch import build_index, open_index

BYLINES = {"gabo": "Gabriel García Márquez", "gabriel": "Gabriel García", "yaima": "Yaima Puig Meneses",
           "joined": "Yaima Puig-Meneses"}


@pytest.fixture(scope="module")
def names_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("surnames")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, byline in BYLINES.items():
        record = {"title": f"Report {name}", "text": "A report on harvests.", "author": byline}
        (corpus / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    build_index(corpus, root / "index", rebuild=True)
    return root / "index"


def ranked_ids(index_dir: Path, text: str) -> list[str]:
    """The ids a search finds, best first."""
    with open_index(index_dir) as idx:
        return [hit.id for hit in idx.search(text).hits]


@pytest.mark.parametrize("typed", ['author:"Gabriel Márquez"', 'author:"Gabriel Marquez"', 'author:"G. Márquez"'])
def test_an_accented_middle_name(names_index: Path, typed: str) -> None:
    # "García" is indexed as garcia and garcía at one place: read as two words, the middle name was never found
    assert found_ids(names_index, typed) == ["gabo.json"]


@pytest.mark.parametrize("typed", ['author:"Yaima Puig"', 'author:"Yaima Meneses"', 'author:"Puig Meneses"',
                                   'author:"Yaima Puig-Meneses"', 'author:"Puig-Meneses, Yaima"'])
def test_a_double_surname_by_either_part(names_index: Path, typed: str) -> None:
    # the paternal surname as Spanish cites it, the maternal one (Puig a middle name), or both, joined or not
    assert found_ids(names_index, typed) == ["joined.json", "yaima.json"]


def test_a_double_surname_s_first_part_ranks_its_own_byline_first(names_index: Path) -> None:
    assert ranked_ids(names_index, 'author:"Gabriel García"') == ["gabriel.json", "gabo.json"]
    assert ranked_ids(names_index, 'author:"García Márquez"') == ["gabo.json"]
