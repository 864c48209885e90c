"""A plain text's date line closed by an hour alone ("14. März 2024, um 14 Uhr", "June 1, 2024 at 2 p.m.") is its
date line, the hour its time (``daytimes``' hour alone); a headline holding a date and an hour is none."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.daytimes import moment_of
from newssearch.documents.textdatelines import line_date


@pytest.mark.parametrize(("line", "moment"), [
    ("14. März 2024, um 14 Uhr", datetime(2024, 3, 14, 14, 0)),
    ("June 1, 2024 at 2 p.m.", datetime(2024, 6, 1, 14, 0)),
    ("1 June 2024, 9am", datetime(2024, 6, 1, 9, 0)),
    ("le 3 mars 2024 à 11h", datetime(2024, 3, 3, 11, 0)),
    ("Saturday 1 June 2024, 2pm GMT", datetime(2024, 6, 1, 14, 0, tzinfo=timezone.utc)),
])
def test_a_date_line_closed_by_an_hour_alone_is_read_with_its_hour(line: str, moment: datetime) -> None:
    found = line_date(line)
    assert (found, moment_of(found)) == (moment.date(), moment)


@pytest.mark.parametrize("line", [
    "Storm to hit on June 1, 2024 at 2 p.m.",  # a headline with a date and an hour
    "June 1, 2024 at 14 points",  # no hour
])
def test_a_line_with_more_than_a_date_and_its_hour_is_no_date_line(line: str) -> None:
    assert line_date(line) is None


def test_an_hour_am_or_pm_cannot_have_gives_its_date_line_no_time() -> None:
    found = line_date("1 June 2024, 13 pm")
    assert (found, moment_of(found)) == (date(2024, 6, 1), None)


def test_a_text_dated_by_a_line_with_an_hour_alone() -> None:
    text = ("Ferry link approved\n\n14. März 2024, um 14 Uhr\n\nThe city council approved a new ferry link across "
            "the harbour on Thursday, after a debate that ran for three hours.\n")
    article, = parse_bytes(text.encode(), "ferry.txt", Path("ferry.txt").suffix).articles
    assert (article.date, moment_of(article.date)) == (date(2024, 3, 14), datetime(2024, 3, 14, 14, 0))
    assert article.body.startswith("The city council approved")
