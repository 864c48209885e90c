"""An initial typed for a given name finds the name (``author:"M. Neitz"`` finds "Meike Neitz", as a citation writes
it), only names of that letter, and a given name typed finds the byline with its initial ("M. Neitz")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bylineindexes import byline_index, ranked_ids
from conftest import found_ids

from newssearch.authorinitials import typed_initials

BYLINES = {"meike": "Meike Neitz", "anna": "Anna Neitz", "initial": "M. Neitz", "pair": "Anna Neitz, Max Weber",
           "bush": "George Walker Bush", "brien": "Jane Oscar Brien", "jane": "Jane Smith"}
# No byline: the plain phrase "M. Neitz" is a title's or body's words, as before.
BODIES = {"cited": "A study by M. Neitz was published.", "named": "Meike Neitz spoke on Monday."}
MEIKE = ["initial.json", "meike.json"]


@pytest.fixture(scope="module")
def names_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return byline_index(tmp_path_factory.mktemp("authorinitials"), BYLINES, "forests", BODIES)


@pytest.mark.parametrize("typed", ['author:"M. Neitz"', 'author:"M Neitz"', 'author:"M.Neitz"', 'byline:"M. Neitz"',
                                   'author:"Neitz, M."', 'author:"Neitz, M"', 'author:"Neitz M"', 'author:"Neitz M."'])
def test_an_initial_finds_the_given_names_of_its_letter(names_index: Path, typed: str) -> None:
    # not "Anna Neitz", nor "Anna Neitz" beside "Max Weber" (Max is no Neitz); the byline as typed first
    assert ranked_ids(names_index, typed) == ["initial.json", "meike.json"]


def test_a_given_name_finds_its_initial_in_a_byline(names_index: Path) -> None:
    assert ranked_ids(names_index, 'author:"Meike Neitz"') == ["meike.json", "initial.json"]
    assert found_ids(names_index, 'author:"Max Neitz"') == ["initial.json"]  # "M." may be Max; Meike is not
    assert found_ids(names_index, 'author:"Anna Neitz"') == ["anna.json", "pair.json"]
    assert found_ids(names_index, 'author:"A. Neitz"') == ["anna.json", "pair.json"]


def test_a_middle_initial(names_index: Path) -> None:
    assert found_ids(names_index, 'author:"George W. Bush"') == ["bush.json"]
    assert found_ids(names_index, 'author:"G. W. Bush"') == ["bush.json"]
    assert found_ids(names_index, 'author:"George K. Bush"') == []
    assert found_ids(names_index, 'author:"Bush GW"') == ["bush.json"]  # a citation's initials, joined


def test_a_letter_before_an_apostrophe_is_no_initial(names_index: Path) -> None:
    # the O of O'Brien is part of the name: "Jane O'Brien" is not "Jane Oscar Brien"
    assert found_ids(names_index, "author:\"Jane O'Brien\"") == []


def test_the_field_alone_and_a_plain_phrase_are_as_before(names_index: Path) -> None:
    assert found_ids(names_index, "author:M") == ["initial.json"]
    assert found_ids(names_index, "author:neitz") == ["anna.json", "initial.json", "meike.json", "pair.json"]
    assert found_ids(names_index, '"M. Neitz"') == ["cited.json"]  # a text's words, not a byline
    assert found_ids(names_index, '"Meike Neitz"') == ["named.json"]
    assert found_ids(names_index, 'author:"Jane Smith"') == ["jane.json"]


@pytest.mark.parametrize(("text", "letters"), [
    ('author:"M. Neitz"', {"m"}), ('by:"G. W. Bush" police', {"g", "w"}), ('author:"Neitz M"', {"m"}),
    ("author:\"Jane O'Brien\"", set()), ('"M. Neitz"', set()), ("author:M", set()), ('author:"M.J. Neitz"', {"m", "j"}),
    ('author:"Neitz MJ"', {"m", "j"}), ('author:"Neitz, M. J."', {"m", "j"}),
])
def test_typed_initials(text: str, letters: set[str]) -> None:
    assert typed_initials(text) == letters


def test_beside_a_common_surname_an_initial_stands_for_the_commonest_names(names_index: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # Neitz in more bylines than are read: the names of the letter in any byline, as many as are kept
    from newssearch import authorinitials

    monkeypatch.setattr(authorinitials, "MAX_SURNAME_BYLINES", 1)
    assert ranked_ids(names_index, 'author:"M. Neitz"') == ["initial.json", "meike.json"]
    monkeypatch.setattr(authorinitials, "MAX_INITIAL_NAMES", 1)  # max and meike, in one article each: max kept
    assert ranked_ids(names_index, 'author:"M. Neitz"') == ["initial.json"]


def test_the_name_typed_ranks_above_a_rarer_initial(tmp_path: Path) -> None:
    # "m" in one byline, "meike" in thirteen: the rare initial had outscored the name typed (2.05 against 1.90)
    from newssearch import build_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bylines = {"meike": "Meike Neitz", "initial": "M. Neitz", **{f"other{n}": f"Meike Other{n}" for n in range(12)}}
    for name, byline in bylines.items():
        record = {"title": f"Report {name}", "text": "A report.", "author": byline}
        (corpus / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    build_index(corpus, tmp_path / "index", rebuild=True)
    assert ranked_ids(tmp_path / "index", 'author:"Meike Neitz"') == ["meike.json", "initial.json"]
    assert ranked_ids(tmp_path / "index", 'author:"M. Neitz"') == ["initial.json", "meike.json"]
