"""A time of day written without a colon ("10.00 BST", "2.30pm", "14.30 Uhr", "14h05") is read where it sits in a date's
own text: next to the date, or marked as a clock by am/pm, a zone's name or Uhr; a decimal number elsewhere never is."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.dates import parse_date
from newssearch.documents.daytimes import moment_of
from newssearch.documents.textdatelines import line_date

UTC = timezone.utc


@pytest.mark.parametrize(("text", "moment"), [
    ("Sat 1 Jun 2024 10.00 BST", datetime(2024, 6, 1, 9, 0, tzinfo=UTC)),  # the Guardian's
    ("1 June 2024 14.05 GMT", datetime(2024, 6, 1, 14, 5, tzinfo=UTC)),
    ("1 June 2024, 10.00am", datetime(2024, 6, 1, 10, 0)),
    ("1 June 2024 2.30pm", datetime(2024, 6, 1, 14, 30)),
    ("June 1, 2024 2.30 p.m. ET", datetime(2024, 6, 1, 14, 30)),  # ET: no one zone, kept as written
    ("1 June 2024, 10.30", datetime(2024, 6, 1, 10, 30)),  # right after the date
    ("1. Juni 2024, 14.30 Uhr", datetime(2024, 6, 1, 14, 30)),
    ("01.06.2024 14.30", datetime(2024, 6, 1, 14, 30)),
    ("1 juin 2024 à 14h05", datetime(2024, 6, 1, 14, 5)),
    ("1 juin 2024 14 h 30", datetime(2024, 6, 1, 14, 30)),
    ("1 juin 2024 @14h05", datetime(2024, 6, 1, 14, 5)),
])
def test_a_clock_without_a_colon_in_a_dates_text_is_its_time(text: str, moment: datetime) -> None:
    found = parse_date(text)
    assert (found, moment_of(found)) == (date(2024, 6, 1), moment)


@pytest.mark.parametrize("text", [
    "1 June 2024 12.50 million people voted",  # a decimal number after the date
    "1 June 2024: shares rose 10.50 in early trading",
    "Version 2.30, released 1 June 2024",
    "1 June 2024 – the film runs 1h30",
    "1 June 2024 10.00 USD",  # capitals that name no zone
    "1 June 2024 25.00",  # no hour of the day
    "1.06.2024",
])
def test_a_decimal_number_in_a_dates_text_is_no_clock(text: str) -> None:
    found = parse_date(text)
    assert (found, moment_of(found)) == (date(2024, 6, 1), None)


def test_a_text_files_date_line_reads_a_dotted_clock() -> None:
    found = line_date("Saturday 1 June 2024 10.00 BST")
    assert (found, moment_of(found)) == (date(2024, 6, 1), datetime(2024, 6, 1, 9, 0, tzinfo=UTC))


PAGE = ("<html><head><title>Storm closes beaches</title></head><body><article><h1>Storm closes beaches</h1>"
        '<div class="dcr-date">Sat 1 Jun 2024 10.00 BST</div>'
        "<p>Beaches along the coast were closed on Saturday as a storm brought high winds and heavy rain to the area, "
        "the coastguard said, warning people to stay away from cliffs and sea walls until the weather eased.</p>"
        "</article></body></html>")


def test_a_pages_date_box_keeps_its_dotted_clock() -> None:
    article, = parse_bytes(PAGE.encode(), "storm.html", Path("storm.html").suffix).articles
    assert (article.date, article.time) == (date(2024, 6, 1), datetime(2024, 6, 1, 9, 0, tzinfo=UTC))
