"""A time of day written as an hour alone ("um 14 Uhr", "à 11h", "at 2 p.m.", "2pm ET") is a date's time where it
stands right after the date and is marked as a clock (Uhr, h, am/pm); an hour alone unmarked, or away from the date,
is none."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from newssearch.documents.dates import parse_date
from newssearch.documents.daytimes import moment_of

UTC = timezone.utc


@pytest.mark.parametrize(("text", "moment"), [
    ("14. März 2024, um 14 Uhr", datetime(2024, 3, 14, 14, 0)),
    ("14. März 2024 14 Uhr MEZ", datetime(2024, 3, 14, 13, 0, tzinfo=UTC)),
    ("le 14 mars 2024 à 11h", datetime(2024, 3, 14, 11, 0)),
    ("14 mars 2024, 9 h", datetime(2024, 3, 14, 9, 0)),
    ("March 14, 2024 at 2 p.m.", datetime(2024, 3, 14, 14, 0)),
    ("March 14, 2024 2pm ET", datetime(2024, 3, 14, 14, 0)),  # ET: no one zone, kept as written
    ("March 14, 2024, 11 a.m. EST", datetime(2024, 3, 14, 16, 0, tzinfo=UTC)),
    ("2024-03-14 at 2 PM", datetime(2024, 3, 14, 14, 0)),
    ("March 14, 2024 at 2 p.m., updated 3:15 p.m.", datetime(2024, 3, 14, 14, 0)),  # the first, the publication's
])
def test_an_hour_alone_marked_right_after_a_date_is_its_time(text: str, moment: datetime) -> None:
    found = parse_date(text)
    assert (found, moment_of(found)) == (date(2024, 3, 14), moment)


@pytest.mark.parametrize("text", [
    "March 14, 2024 at 14 points",  # no mark of a clock
    "March 14, 2024 3-1",
    "March 14, 2024 13 pm",  # no hour of pm
    "14 mars 2024 24h",  # no hour of the day
    "14 mars 2024 – le film dure 2 h 1",
    "March 14, 2024: the match starts at 9pm",  # away from the date: an event's hour, not the story's
])
def test_an_hour_alone_unmarked_or_away_from_the_date_is_no_time(text: str) -> None:
    found = parse_date(text)
    assert (found, moment_of(found)) == (date(2024, 3, 14), None)


@pytest.mark.parametrize(("text", "moment"), [
    ("01.21.2020 07:00 AM", datetime(2020, 1, 21, 7, 0)),  # a dotted date month first: no 21st month
    ("01.21.2020 7:00 PM", datetime(2020, 1, 21, 19, 0)),
    ("01/21/2020 7:00 PM", datetime(2020, 1, 21, 19, 0)),
    ("21.01.20 14.30", datetime(2020, 1, 21, 14, 30)),
    ("21.01.2020, 14:30 Uhr", datetime(2020, 1, 21, 14, 30)),
    ("2020-01-21 10.00", datetime(2020, 1, 21, 10, 0)),
    ("2020-01-21 7 p.m.", datetime(2020, 1, 21, 19, 0)),
])
def test_a_numeric_date_and_its_clock_are_read(text: str, moment: datetime) -> None:
    found = parse_date(text)
    assert (found, moment_of(found)) == (date(2020, 1, 21), moment)


@pytest.mark.parametrize(("text", "day"), [
    ("2020-01-21 12.50 million", date(2020, 1, 21)),
    ("2020-01-21 10.00 USD", date(2020, 1, 21)),
    ("2020-01-21 2.30 per cent", date(2020, 1, 21)),
    ("21.01.20 12.50 Mio", None),  # a short dotted date is read alone, or with its clock only
    ("01.02.2020 07:00 AM", date(2020, 2, 1)),  # both orders real: day first, as before
])
def test_numbers_beside_a_numeric_date_stay_numbers(text: str, day: date | None) -> None:
    found = parse_date(text)
    assert (found, moment_of(found)) == (day, datetime(2020, 2, 1, 7, 0) if "AM" in text else None)


@pytest.mark.parametrize("text", ["1.2.3", "01.21.20", "1.21.2020.4", "01.21.20 14.30"])
def test_a_version_is_no_dotted_date(text: str) -> None:
    assert parse_date(text) is None
