"""Words typed joined by a hyphen or a dash (``Covid-related deaths``, ``police—gunmen``) are searched side by side (or
written solid), as a text that joins them writes them; when no article joins them, the search had said only that
nothing matched, while the words apart find the article saying "deaths related to Covid"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index

TEXTS = {
    "covid.txt": "Deaths rise again\n\nDeaths related to Covid rose again in March, the ministry said.\n",
    "chase.txt": "Gunmen flee north\n\nPolice chased two gunmen north of the town. The score was 1-0.\n",
}


@pytest.fixture(scope="module")
def dashes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("dashes"), TEXTS)


@pytest.mark.parametrize(("typed", "said"), [
    ("Covid-related deaths", "Covid-related is searched as its words side by side: apart, 'Covid related deaths' "
                             "finds 1"),
    ("police\u2014gunmen", "police\u2014gunmen is searched as its words side by side: apart, 'police gunmen' finds 1"),
    ("police\u2013gunmen north", "police\u2013gunmen is searched as its words side by side: apart, 'police gunmen north' "
                                 "finds 1"),
    ("Covid-related said-ministry", "Covid-related and said-ministry are searched as their words side by side: apart, "
                                    "'Covid related said ministry' finds 1"),
    ("Covid-related -police-gunmen", "Covid-related is searched as its words side by side: apart, 'Covid related "
                                     "-police-gunmen' finds 1"),  # a minus word's dash kept
])
def test_words_joined_by_a_dash_that_find_nothing_say_what_they_find_apart(dashes: Path, typed: str,
                                                                          said: str) -> None:
    with open_index(dashes) as idx:
        result = idx.search(typed)
    assert (result.total, result.notice) == (0, said)


@pytest.mark.parametrize("typed", ['"Covid-related deaths"', "author:jean-paul", "2-0 police", "-police-gunmen deaths-x"])
def test_a_dash_in_a_phrase_a_field_a_number_or_a_minus_gets_no_such_note(dashes: Path, typed: str) -> None:
    with open_index(dashes) as idx:
        result = idx.search(typed)
    assert result.total == 0 and "side by side" not in (result.notice or "")
