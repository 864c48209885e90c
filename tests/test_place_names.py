"""The places a dateline names (``placenames``): towns and regions of New Zealand, Australia, the UK and the US, and
the world's capitals and great cities, known whatever the letter case, accents, apostrophe or hyphens they are
written with, so that a place over a date line is no writer's name. A person's name is not one, though a place's name
is a word of it."""

from __future__ import annotations

import pytest

from newssearch.documents.placenames import is_place


@pytest.mark.parametrize("name", [
    "Palmerston North", "PALMERSTON NORTH", "palmerston north", "Hawke's Bay", "Hawke’s Bay", "Taupō", "Taupo",
    "Whangārei", "Te Awamutu", "Wagga Wagga", "Alice Springs", "Milton Keynes", "Stoke-on-Trent", "Stoke on Trent",
    "St. Louis", "St Louis", "Saint Louis", "Salt Lake City", "Kuala Lumpur", "Addis Ababa", "São Paulo", "Sao Paulo",
    "Wellington", "New York", "Wellington Central", "Auckland CBD",
])
def test_a_place_is_known(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize("name", [
    "Jane Doe", "Wellington Smith", "Florence Hamilton", "Palmerston", "North", "Jane Doe Central", "",
    "Central", "Palmerston North Smith",
    "Glen Innes", "Franz Josef", "Grey Lynn",  # places whose names are people's too: left out of the table
])
def test_a_person_or_a_part_of_a_place_is_no_place(name: str) -> None:
    assert not is_place(name)
