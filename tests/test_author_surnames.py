"""``author:`` phrases of Spanish and Portuguese double surnames, of a surname's particle left out, and of three-word
names: each finds the bylines a reader would expect, the byline as typed first."""

from __future__ import annotations

from pathlib import Path

import pytest
from bylineindexes import byline_index, cli_ranked_ids, ranked_ids
from conftest import found_ids

BYLINES = {"gabo": "Gabriel García Márquez", "gabriel": "Gabriel García", "yaima": "Yaima Puig Meneses",
           "joined": "Yaima Puig-Meneses", "von": "Justus von Daniels", "daniels": "Justus Daniels",
           "berg": "Anna van der Berg", "cruz": "Maria de la Cruz", "laden": "Osama bin Laden",
           "assad": "Bashar al-Assad", "jose": "Gabriel José García Márquez", "maryann": "Mary Ann Smith",
           "marye": "Mary Ann E. Smith", "marya": "Mary A. Smith", "mary": "Mary Smith", "full": "John Fitzgerald Kennedy",
           "jfk": "John F. Kennedy", "john": "John Kennedy", "jgm": "José García Márquez"}


@pytest.fixture(scope="module")
def names_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return byline_index(tmp_path_factory.mktemp("surnames"), BYLINES, "harvests")


@pytest.mark.parametrize(("typed", "found"), [
    ('author:"Gabriel Márquez"', ["gabo.json"]), ('author:"Gabriel Marquez"', ["gabo.json"]),
    ('author:"G. Márquez"', ["gabo.json"]),  # G. as Gabriel: what author:"Gabriel Márquez" finds
])
def test_an_accented_middle_name(names_index: Path, typed: str, found: list[str]) -> None:
    # "García" is indexed as garcia and garcía at one place: read as two words, the middle name was never found;
    # not two middle names ("Gabriel José García Márquez")
    assert found_ids(names_index, typed) == found


@pytest.mark.parametrize("typed", ['author:"Yaima Puig"', 'author:"Yaima Meneses"', 'author:"Puig Meneses"',
                                   'author:"Yaima Puig-Meneses"', 'author:"Puig-Meneses, Yaima"'])
def test_a_double_surname_by_either_part(names_index: Path, typed: str) -> None:
    # the paternal surname as Spanish cites it, the maternal one (Puig a middle name), or both, joined or not
    assert found_ids(names_index, typed) == ["joined.json", "yaima.json"]


def test_a_double_surname_s_first_part_ranks_its_own_byline_first(names_index: Path) -> None:
    found = ranked_ids(names_index, 'author:"Gabriel García"')
    assert found[0] == "gabriel.json"
    assert sorted(found[1:]) == ["gabo.json", "jose.json"]  # José a middle name
    assert found_ids(names_index, 'author:"García Márquez"') == ["gabo.json", "jgm.json", "jose.json"]


@pytest.mark.parametrize("typed", ['author:"G. Márquez"', 'author:"Márquez, G."', 'author:"G Marquez"'])
def test_an_initial_stands_for_the_first_given_name_not_a_surname(names_index: Path, typed: str) -> None:
    # "José García Márquez" is no G. Márquez: García, a G word beside Márquez, is his first surname; "G." had found
    # him, and "Gabriel José García Márquez" only through García (author:"Gabriel Márquez" does not find him)
    assert found_ids(names_index, typed) == found_ids(names_index, 'author:"Gabriel Márquez"') == ["gabo.json"]
    assert cli_ranked_ids(names_index, typed) == ["gabo.json"]
    assert "jgm.json" in found_ids(names_index, 'author:"J. Márquez"')  # José is his first given name


def test_a_surname_s_particle_left_out(names_index: Path) -> None:
    # the byline as typed first; "von Daniels" typed keeps its particle, as a middle name typed is kept
    assert ranked_ids(names_index, 'author:"Justus Daniels"') == ["daniels.json", "von.json"]
    assert found_ids(names_index, 'author:"J. Daniels"') == ["daniels.json", "von.json"]
    assert found_ids(names_index, 'author:"Justus von Daniels"') == ["von.json"]
    assert found_ids(names_index, 'author:"Daniels, Justus"') == ["daniels.json", "von.json"]


@pytest.mark.parametrize(("typed", "found"), [
    ('author:"Anna Berg"', ["berg.json"]), ('author:"Maria Cruz"', ["cruz.json"]),
    ('author:"Osama Laden"', ["laden.json"]), ('author:"Bashar Assad"', ["assad.json"]),
    ('author:"Anna van der Berg"', ["berg.json"]), ('author:"Bashar al-Assad"', ["assad.json"]),
])
def test_particles_of_one_or_two_words(names_index: Path, typed: str, found: list[str]) -> None:
    assert found_ids(names_index, typed) == found


@pytest.mark.parametrize("typed", ['author:"Mary Smith"', 'author:"Smith, Mary"'])
def test_a_middle_name_and_a_middle_initial(names_index: Path, typed: str) -> None:
    # "Mary Ann E. Smith": two middle words, one of them a name, had not been found; the byline as typed first
    found = ranked_ids(names_index, typed)
    assert found[0] == "mary.json"
    assert sorted(found[1:]) == ["marya.json", "maryann.json", "marye.json"]
    assert cli_ranked_ids(names_index, typed) == found


@pytest.mark.parametrize(("typed", "ranked"), [
    ('author:"Gabriel García Márquez"', ["gabo.json", "jose.json"]),  # a middle name after the given name
    ('author:"Mary Ann Smith"', ["maryann.json", "marya.json", "marye.json"]),  # and before the surname
    ('author:"John Fitzgerald Kennedy"', ["full.json", "jfk.json"]),  # a middle name typed finds its initial
])
def test_a_three_word_name_s_middle_words(names_index: Path, typed: str, ranked: list[str]) -> None:
    # the name as typed first; its middle name typed is kept: not "Mary Smith", nor "John Kennedy"
    found = ranked_ids(names_index, typed)
    assert found[0] == ranked[0]
    assert sorted(found) == sorted(ranked)
