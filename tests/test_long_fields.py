"""Absurd lengths (a byline or headline pasted thousands of times, found by tests/fuzzcheck.py) are read in time."""

from __future__ import annotations

import time

from newssearch.documents.authornames import split_authors
from newssearch.documents.personnames import without_role


def test_without_role_still_cuts_a_role() -> None:
    assert without_role("Jane Doe Defence and security editor") == "Jane Doe"
    assert without_role("Jane Doe") == "Jane Doe"


def test_a_byline_of_fifty_thousand_words_is_split_in_time() -> None:
    # Each start of a role was tried with the words before and after it joined anew: quadratic, minutes here.
    byline = "Jane Doe " * 25_000
    started = time.perf_counter()
    without_role(byline)
    split_authors(byline)
    assert time.perf_counter() - started < 2.0
