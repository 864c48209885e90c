"""A midnight written on a clock with its zone ("12:00 a.m. EST", "00:00 UTC") is a time the page or text gave, kept
with its day; a machine's stamp at midnight ("2024-05-01T00:00:00Z", RSS's "… 00:00:00 GMT") and a midnight of no zone
stay a day-only date's padding (``daytimes``)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.daytimes import moment_of
from newssearch.documents.textdatelines import line_date

STORY = "The council voted on Tuesday to close the old bridge for repairs, officials said."
UTC_MIDNIGHT = datetime(2024, 5, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(("line", "moment"), [
    ("May 1, 2024 12:00 a.m. EST", datetime(2024, 5, 1, 5, 0, tzinfo=timezone.utc)),
    ("May 1, 2024, 00:00 UTC", UTC_MIDNIGHT),
    ("1. Mai 2024, 00:00 MESZ", datetime(2024, 4, 30, 22, 0, tzinfo=timezone.utc)),
    ("May 1, 2024 at 12:00 a.m. GMT", UTC_MIDNIGHT),
])
def test_a_midnight_on_a_clock_with_its_zone_is_a_time(line: str, moment: datetime) -> None:
    found = line_date(line)
    assert (found, moment_of(found)) == (date(2024, 5, 1), moment)


@pytest.mark.parametrize("line", ["May 1, 2024 12:00 am", "May 1, 2024 00:00", "2024-05-01T00:00:00Z",
                                  "Wed, 01 May 2024 00:00:00 GMT", "2024-05-01T00:00:00+02:00"])
def test_a_stamps_midnight_or_one_of_no_zone_is_padding(line: str) -> None:
    found = line_date(line)
    assert (found, moment_of(found)) == (date(2024, 5, 1), None)


def test_a_page_and_a_text_keep_a_zoned_midnight_through_the_reader() -> None:
    page = (f"<html><body><h1>Bridge closes</h1><div class='date'>May 1, 2024 12:00 a.m. EST</div>"
            f"{f'<p>{STORY}</p>' * 3}</body></html>")
    (from_page,) = parse_bytes(page.encode(), "a.html", ".html").articles
    (from_text,) = parse_bytes(f"Bridge closes\n\nMay 1, 2024, 00:00 UTC\n\n{STORY}\n".encode(), "a.txt", ".txt").articles
    assert (from_page.date, from_page.time) == (date(2024, 5, 1), datetime(2024, 5, 1, 5, 0, tzinfo=timezone.utc))
    assert (from_text.date, from_text.time) == (date(2024, 5, 1), UTC_MIDNIGHT)


def test_json_ld_padding_stays_padding() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge closes", '
            '"datePublished": "2024-05-01T00:00:00Z"}</script></head><body><h1>Bridge closes</h1>'
            f"{f'<p>{STORY}</p>' * 3}</body></html>")
    (article,) = parse_bytes(page.encode(), "a.html", ".html").articles
    assert (article.date, article.time) == (date(2024, 5, 1), None)
