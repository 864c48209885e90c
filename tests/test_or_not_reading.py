"""A NOT inside an OR leaves its articles out of every hit of the clauses it is joined to, as Lucene reads it (a OR
NOT b is a AND NOT b): under --match any, whose words are an OR already, of every word beside it too, a field's or a
date's clause as well; so ``police date:2020 OR NOT police`` finds what ``police date:2020 -police`` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids

FERRIES = "wire.jsonl#ferries"  # the one article of 2020 (and of Stuff) that says nothing of police


@pytest.mark.parametrize(("typed", "alike"), [
    # it had been "police OR (date:2020 AND NOT police)": every police article and the ferries (7)
    ("police date:2020 OR NOT police", "police date:2020 -police"),
    ("police date:2020 OR NOT police", "police OR date:2020 OR NOT police"),
    ("police NOT police OR date:2020", "police date:2020 -police"),
    ("police source:stuff OR NOT police", "police source:stuff -police"),
    ("police title:police OR NOT police", "police title:police -police"),
    ("police section:transport OR -police", "police section:transport -police"),
    ("+police date:2020 OR NOT police", "+police date:2020 -police"),
    ("police author:smith OR NOT police", "police author:smith -police"),
    ("police lang:en OR NOT police", "police lang:en -police"),
    ('"police officer" date:2020 OR NOT police', '"police officer" date:2020 -police'),
    ("polise~ date:2020 OR NOT police", "polise~ date:2020 -police"),
    # a NOT of a date beside the words: it had left out only what the date clause beside it found
    ("police date:2020 OR NOT date:2020", "police -date:2020"),
    ("police NOT date:2020 OR ferries", "police ferries -date:2020"),
])
def test_a_not_inside_an_or_leaves_out_every_words_articles_under_match_any(features_index: Path, typed: str,
                                                                           alike: str) -> None:
    assert found_ids(features_index, typed, match="any") == found_ids(features_index, alike, match="any")


def test_what_a_not_leaves_out_of_its_words_is_found_by_the_rest(features_index: Path) -> None:
    assert found_ids(features_index, "police date:2020 OR NOT police", match="any") == [FERRIES]
    assert found_ids(features_index, "police source:stuff OR NOT police", match="any") == [FERRIES]
    assert found_ids(features_index, "police title:police OR NOT police", match="any") == []


@pytest.mark.parametrize("match", ["all", "any"])
def test_a_not_in_brackets_keeps_to_its_brackets(features_index: Path, match: str) -> None:
    # (date:2020 OR NOT police) is a group of its own: the police articles beside it are not left out under any
    police = found_ids(features_index, "police", match=match)
    expected = sorted({*police, FERRIES}) if match == "any" else []
    assert found_ids(features_index, "police (date:2020 OR NOT police)", match=match) == expected


@pytest.mark.parametrize("typed", ["police date:2020 OR NOT police", "police source:stuff OR NOT police",
                                   "police title:police OR NOT police", "police NOT police OR date:2020"])
def test_under_match_all_it_finds_nothing_as_before(features_index: Path, typed: str) -> None:
    assert found_ids(features_index, typed) == []
