"""An ``author:`` phrase of a given name and a surname also finds the bylines with one or two middle initials or a
middle name between them (``author:"Sarah Needleman"`` finds "Sarah E. Needleman"), or a surname's particle ("Sarah van
Needleman"), below the byline as typed, and no other word between them."""

from __future__ import annotations

from pathlib import Path

import pytest
from bylineindexes import byline_index, cli_ranked_ids, ranked_ids
from conftest import found_ids

BYLINES = {"exact": "Sarah Needleman", "initial": "Sarah E. Needleman", "initials": "Sarah J. E. Needleman",
           "middle": "Sarah Wilson Needleman", "two": "Sarah Ann Lee Needleman", "apart": ["Sarah Jones", "Needleman"],
           "particle": "Sarah van Needleman", "short": "S. E. Needleman", "bush": "George W. Bush",
           "other": "Sarah Miller", "annj": "Sarah Ann J. Needleman", "jlee": "Sarah J. Lee Needleman",
           "needham": "Sarah Needham", "jneedham": "Sarah J. Needham", "vanneedham": "Sarah van Needham"}
# S. E.: the given name as its initial; van: a particle left out (test_author_surnames); a middle name beside an
# initial, either side of it (Ann and Lee are never both taken: not "Sarah Ann Lee Needleman")
MIDDLE = ["annj.json", "initial.json", "initials.json", "jlee.json", "middle.json", "particle.json", "short.json"]
NEEDHAM = ["jneedham.json", "vanneedham.json"]  # Sarah Needham's middle initial and particle


@pytest.fixture(scope="module")
def middle_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return byline_index(tmp_path_factory.mktemp("middlenames"), BYLINES, "markets", {"body": "Sarah E. Needleman wrote."})


@pytest.mark.parametrize("typed", ['author:"Sarah Needleman"', 'author:"Needleman, Sarah"', 'by:"Sarah Needleman"'])
def test_a_middle_initial_or_name_between_given_name_and_surname(middle_index: Path, typed: str) -> None:
    # not two middle names, nor the end of one byline and the start of the next
    found = ranked_ids(middle_index, typed)
    assert found[0] == "exact.json"
    assert sorted(found[1:]) == MIDDLE


def test_the_byline_as_typed_first(middle_index: Path) -> None:
    assert ranked_ids(middle_index, 'author:"George Bush"') == ["bush.json"]
    assert ranked_ids(middle_index, 'author:"Sarah E. Needleman"')[0] == "initial.json"


def test_an_initial_typed_for_the_given_name(middle_index: Path) -> None:
    assert found_ids(middle_index, 'author:"S. Needleman"') == sorted(["exact.json", *MIDDLE])


def test_only_an_author_phrase(middle_index: Path) -> None:
    assert found_ids(middle_index, '"Sarah Needleman"') == []  # a text's phrase keeps its words
    assert found_ids(middle_index, 'author:"Sarah Miller"') == ["other.json"]
    # a middle name typed is kept: only the bylines with Lee, Ann or J. a middle word before it
    assert found_ids(middle_index, 'author:"Sarah Lee Needleman"') == ["jlee.json", "two.json"]


def test_beyond_the_bylines_read_any_initial_is_a_middle_word(middle_index: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch import middlenames

    monkeypatch.setattr(middlenames, "MAX_MIDDLE_BYLINES", 0)  # no byline read: "Wilson" is not known, "van" is
    found = ranked_ids(middle_index, 'author:"Sarah Needleman"')
    assert found[0] == "exact.json"
    assert sorted(found[1:]) == ["initial.json", "initials.json", "particle.json", "short.json"]  # no name read


@pytest.mark.parametrize("typed", ['author:"Sarah Needh*"', 'author:"Sarah Needh?m"', 'author:"Needh*, Sarah"'])
def test_a_pattern_for_the_surname_finds_the_middle_words_too(middle_index: Path, typed: str) -> None:
    # as author:"Sarah Needham" does: the pattern had found the bylines of the two words alone
    found = ranked_ids(middle_index, typed)
    assert found[0] == "needham.json"
    assert sorted(found[1:]) == NEEDHAM
    assert cli_ranked_ids(middle_index, typed) == found


def test_a_pattern_matching_two_surnames_finds_the_middle_words_of_each(middle_index: Path) -> None:
    found = ranked_ids(middle_index, 'author:"Sarah Need*"')
    # not two middle names, nor "Sarah Jones" beside "Needleman"
    assert sorted(found) == sorted(["exact.json", "needham.json", *MIDDLE, *NEEDHAM])
    # each surname's byline as typed above its other forms (the rarer Needham's above the commoner Needleman's, as
    # the pattern's words alone rank)
    assert found.index("exact.json") < min(map(found.index, MIDDLE))
    assert found.index("needham.json") < min(map(found.index, NEEDHAM))
    assert cli_ranked_ids(middle_index, 'author:"Sarah Need*"') == found
    assert found_ids(middle_index, 'author:"S. Need*"', limit=100) == sorted(found)
    assert found_ids(middle_index, 'author:"Sarah Needx*"') == []
