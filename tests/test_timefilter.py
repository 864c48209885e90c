"""--since/--until values: partial dates, relative spans, errors with the accepted forms."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newssearch.errors import InvalidQuery
from newssearch.timefilter import parse_bound

TODAY = date(2026, 3, 31)


@pytest.mark.parametrize("text, end, expected", [
    ("2020", False, datetime(2020, 1, 1)),
    ("2020", True, datetime(2020, 12, 31, 23, 59, 59, 999999)),
    ("2020-02", True, datetime(2020, 2, 29, 23, 59, 59, 999999)),
    ("2020-06-19", False, datetime(2020, 6, 19)),
    ("2w", False, datetime(2026, 3, 17)),
    ("1m", False, datetime(2026, 2, 28)),
    ("1y", False, datetime(2025, 3, 31)),
    ("today", False, datetime(2026, 3, 31)),
])
def test_bounds(text: str, end: bool, expected: datetime) -> None:
    assert parse_bound(text, end=end, today=TODAY) == expected


@pytest.mark.parametrize("text", ["last week", "2020-13", "2020-02-30", "20-06", "1000000d", "200000w",
                                  "99999999999d", "5000y"])
def test_bad_dates_name_the_accepted_forms(text: str) -> None:
    with pytest.raises(InvalidQuery, match="YYYY-MM"):
        parse_bound(text, today=TODAY)
