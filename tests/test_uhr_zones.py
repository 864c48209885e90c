"""A German clock's "Uhr" before its zone's name ("1. Mai 2024, 0:00 Uhr MESZ") and a day in words with a zoned clock
of no seconds ("1 May 2024 00:00 BST", a person's line, not RSS's "… 00:00:00 GMT") are date lines with their time, a
midnight among them kept as the time it is (``daytimes``, ``textdatelines``)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.daytimes import moment_of
from newssearch.documents.textdatelines import line_date

STORY = "The council voted on Tuesday to close the old bridge for repairs, officials said."
CASES = [
    ("1. Mai 2024, 0:00 Uhr MESZ", datetime(2024, 4, 30, 22, 0, tzinfo=timezone.utc)),
    ("1. Mai 2024, 14:30 Uhr MESZ", datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc)),
    ("1 May 2024 00:00 BST", datetime(2024, 4, 30, 23, 0, tzinfo=timezone.utc)),
]


# "… Uhr MESZ" had been no date line in a text (None), its zone lost on a page (14:30 as written, no zone); the RFC 822
# path had taken "1 May 2024 00:00 BST" for a machine's stamp, its midnight a day's padding.
@pytest.mark.parametrize(("line", "moment"), CASES)
def test_a_clock_with_uhr_and_a_zone_or_a_person_s_zoned_midnight_is_the_date_s_time(line: str, moment: datetime) -> None:
    found = line_date(line)
    assert (found, moment_of(found)) == (date(2024, 5, 1), moment)


@pytest.mark.parametrize(("line", "moment"), CASES)
def test_a_page_and_a_text_read_them_through_the_reader(line: str, moment: datetime) -> None:
    page = f"<html><body><h1>Bridge closes</h1><div class='date'>{line}</div>{f'<p>{STORY}</p>' * 3}</body></html>"
    (from_page,) = parse_bytes(page.encode(), "a.html", ".html").articles
    (from_text,) = parse_bytes(f"Bridge closes\n\n{line}\n\n{STORY}\n".encode(), "a.txt", ".txt").articles
    assert (from_page.date, from_page.time) == (from_text.date, from_text.time) == (date(2024, 5, 1), moment)


@pytest.mark.parametrize("line", ["Wed, 01 May 2024 00:00:00 GMT", "1 May 2024 00:00 GMT", "1 May 2024 00:00"])
def test_a_stamp_s_midnight_or_one_of_no_named_zone_stays_padding(line: str) -> None:
    found = line_date(line)
    assert (found, moment_of(found)) == (date(2024, 5, 1), None)
