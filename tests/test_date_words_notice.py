"""A date typed as words beside the query's words (``gunmen 26 October 2020``), as a journalist looks up a day's
stories: its words are searched in the title and the text, where a story seldom writes its own date, so nothing was
found and the note offered ``--match any`` (every article with gunmen, or October), not the date clause that finds
them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newssearch import open_index


@pytest.mark.parametrize(("typed", "said"), [
    ("gunmen 26 October 2020", "26 October 2020 is searched as words of the text: 'gunmen date:2020-10-26', the "
                               "articles published that day, finds 1"),
    ("gunmen October 26, 2020", "October 26, 2020 is searched as words of the text: 'gunmen date:2020-10-26', the "
                                "articles published that day, finds 1"),
    ("gunmen Oct. 2020", "Oct. 2020 is searched as words of the text: 'gunmen date:2020-10', the articles published "
                         "that month, finds 2"),
    ("October 2020", "October 2020 is searched as words of the text: 'date:2020-10', the articles published that "
                     "month, finds 2"),
    ("gunmen 2020-10-28", "2020-10-28 is searched as words of the text: 'gunmen date:2020-10-28', the articles "
                          "published that day, finds 1"),
])
def test_a_date_typed_as_words_names_the_date_clause(features_index: Path, typed: str, said: str) -> None:
    with open_index(features_index) as idx:
        result = idx.search(typed)
    assert (result.total, result.notice) == (0, said)


@pytest.mark.parametrize("typed", ["gunmen 31 February 2020", "gunmen Kaitaia 2020", '"gunmen October 2020"',
                                   "gunmen 3 May 2020"])
def test_no_date_or_a_date_that_finds_nothing_gets_no_date_clause(features_index: Path, typed: str) -> None:
    with open_index(features_index) as idx:
        result = idx.search(typed)
    assert result.total == 0 and "date:" not in (result.notice or "")
