"""A time written with a zone's name ("10:22 CET", "NZDT", "(AEST)") is kept in UTC where the name is one zone's
(zonenames); an ambiguous or unknown name keeps the time as written. The day stays the one the publisher wrote."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.dates import parse_date
from newssearch.documents.daytimes import moment_of
from newssearch.documents.textdatelines import line_date
from newssearch.documents.zonenames import named_zone

UTC = timezone.utc


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(("text", "moment"), [
    ("Sun Mar 03 10:22:00 NZDT 2024", _utc(2024, 3, 2, 21, 22)),  # Java's Date.toString, across UTC's midnight
    ("Sun, 03 Mar 2024 10:22:00 NZDT", _utc(2024, 3, 2, 21, 22)),
    ("3 March 2024, 10:22 CET", _utc(2024, 3, 3, 9, 22)),
    ("3 March 2024 10:22 CEST", _utc(2024, 3, 3, 8, 22)),
    ("3 March 2024 10:22 AEST", _utc(2024, 3, 3, 0, 22)),
    ("1 June 2024 10:00 BST", _utc(2024, 6, 1, 9, 0)),
    ("3 March 2024 10:22 JST", _utc(2024, 3, 3, 1, 22)),
    ("3 March 2024 10:22 HKT", _utc(2024, 3, 3, 2, 22)),
    ("3 March 2024 10:22 SGT", _utc(2024, 3, 3, 2, 22)),
    ("3 March 2024 10:22 PDT", _utc(2024, 3, 3, 17, 22)),
    ("Sun, 03 Mar 2024 10:22:00 PST", _utc(2024, 3, 3, 18, 22)),
    ("March 3, 2024 10:22 a.m. EST", _utc(2024, 3, 3, 15, 22)),
    ("3 March 2024 10:22 (NZDT)", _utc(2024, 3, 2, 21, 22)),
    ("3 March 2024 10:22 GMT+13", _utc(2024, 3, 2, 21, 22)),
    ("Sun, 03 Mar 2024 10:22:00 GMT+13", _utc(2024, 3, 2, 21, 22)),  # RFC 822's GMT with its offset after it
    ("3 March 2024 10:22 UTC+5:30", _utc(2024, 3, 3, 4, 52)),
])
def test_a_time_with_one_zones_name_is_kept_in_utc_on_the_day_written(text: str, moment: datetime) -> None:
    found = parse_date(text)
    assert found == date(2024, *((6, 1) if "June" in text else (3, 3))) and moment_of(found) == moment


@pytest.mark.parametrize("text", ["3 March 2024 10:22 IST", "3 March 2024 10:22 AST", "3 March 2024 10:22 ET",
                                  "Sun, 03 Mar 2024 10:22:00 IST", "3 March 2024 10:22 (IST)"])
def test_an_ambiguous_or_unknown_zone_name_keeps_the_time_as_written(text: str) -> None:
    assert moment_of(parse_date(text)) == datetime(2024, 3, 3, 10, 22)


def test_the_day_stays_the_written_one_when_utc_is_the_day_before() -> None:
    found = parse_date("Sun Mar 03 01:22:00 NZDT 2024")
    assert (found, moment_of(found)) == (date(2024, 3, 3), _utc(2024, 3, 2, 12, 22))


def test_a_date_line_with_its_zone_in_brackets_is_kept_in_utc() -> None:
    found = line_date("Sunday, 3 March 2024, 10:22 am (NZDT)")
    assert (found, moment_of(found)) == (date(2024, 3, 3), _utc(2024, 3, 2, 21, 22))


def test_zone_names_are_read_in_any_case_and_in_brackets() -> None:
    assert named_zone("(nzdt)") == named_zone("NZDT") and named_zone("IST") is None and named_zone("XYZ") is None


FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>RNZ</title><item><title>Harbour closed</title>'
        "<link>https://rnz.co.nz/a</link><pubDate>Sun, 03 Mar 2024 10:22:00 NZDT</pubDate>"
        "<description>The harbour crossing was closed by wind on Sunday morning, police said.</description>"
        "</item></channel></rss>")
DATE_LINE = "Harbour closed\nSunday, 3 March 2024, 10:22 am (NZDT)\n\nThe harbour crossing was closed by wind.\n"


@pytest.mark.parametrize(("name", "data"), [("feed.rss", FEED), ("dated.txt", DATE_LINE)])
def test_readers_keep_a_named_zones_time_in_utc(name: str, data: str) -> None:
    article, = parse_bytes(data.encode(), name, Path(name).suffix).articles
    assert (article.date, article.time) == (date(2024, 3, 3), _utc(2024, 3, 2, 21, 22))


@pytest.mark.parametrize(("text", "moment"), [
    ("Fri, 19 Jun 2020 10:30:00 +1200", _utc(2020, 6, 18, 22, 30)),
    ("Fri, 19 Jun 2020 10:30:00 NZST", _utc(2020, 6, 18, 22, 30)),
    ("Fri, 19 Jun 2020 10:30:00", datetime(2020, 6, 19, 10, 30)),
    ("Fri, 19 Jun 2020 00:00:00 GMT", None),  # a midnight's padding
    ("19 Jun 20 10:30 GMT", _utc(2020, 6, 19, 10, 30)),
])
def test_an_rfc_822_date_is_parsed_once_for_its_day_and_its_time(monkeypatch: pytest.MonkeyPatch, text: str,
                                                                 moment: datetime | None) -> None:
    import email.utils

    calls = []
    parse = email.utils.parsedate_tz
    monkeypatch.setattr(email.utils, "parsedate_tz", lambda value: calls.append(value) or parse(value))
    found = parse_date(text)
    assert (found, moment_of(found), len(calls)) == (date(2020, 6, 19), moment, 1)


@pytest.mark.parametrize("text", [
    "Sat, 01 Jun 2024 10:00:00 +2500", "Sat, 01 Jun 2024 10:00:00 +0575", "Sat, 01 Jun 2024 10:00:00 -2400",
    "1 June 2024 10:00 +0575", "1 June 2024 10:00 GMT+25", "2024-06-01T10:00:00+05:75", "2024-06-01T10:00:00+25:00",
    "20240601T100000+0575",
])
def test_an_offset_of_a_day_or_more_or_of_sixty_minutes_or_more_is_no_zone(text: str) -> None:
    found = parse_date(text)  # the time kept as written: no offset is 24 hours or more, no minute 60 or more
    assert (found, moment_of(found)) == (date(2024, 6, 1), datetime(2024, 6, 1, 10, 0))
