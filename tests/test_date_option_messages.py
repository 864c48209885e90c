"""What the date options say of dates they cannot take, and what they change: year 0 (``--since 0000``) said to be no
year, ``--since "last week"`` offered both its readings, and the scores of ``--recent`` and ``--around`` when a note
says they change nothing (they had been halved, the order kept)."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.errors import InvalidQuery
from newssearch.timefilter import parse_bound

TODAY = date(2026, 12, 8)  # a Tuesday of ISO week 50


@pytest.mark.parametrize("typed", ["0000", "0000-06", "0000-01-01", "00000101"])
def test_year_0_is_said_to_be_no_year(typed: str) -> None:
    with pytest.raises(InvalidQuery) as raised:
        parse_bound(typed, today=TODAY)
    assert raised.value.for_cli().startswith(f"{typed!r} is not a real date (there is no year 0, the first being "
                                             "0001; use YYYY")


@pytest.mark.parametrize(("typed", "first", "second"), [
    ("last week", "2026-W49", "1w"), ("last month", "2026-11", "1m"), ("last year", "2025", "1y"),
    ("Last  Week", "2026-W49", "1w"),
])
def test_last_week_offers_both_readings(typed: str, first: str, second: str) -> None:
    with pytest.raises(InvalidQuery) as raised:
        parse_bound(typed, today=TODAY)
    unit = typed.split()[-1].lower()
    assert raised.value.for_cli().startswith(
        f"cannot read the date {typed!r} (last {unit} may be the calendar {unit} or the {unit} back from today: "
        f"write {first} for the first, {second} for the second; use YYYY")


def test_the_calendar_week_offered_is_taken() -> None:
    assert parse_bound("2026-W49", today=TODAY).date() == date(2026, 11, 30)
