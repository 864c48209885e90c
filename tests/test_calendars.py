"""Dates of other calendars read to their Gregorian day: Japanese eras, Minguo, Thai short years, Solar Hijri."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.calendars import solar_hijri_to_gregorian
from newssearch.documents.dates import parse_date, written_date


@pytest.mark.parametrize("value, expected", [
    ("令和6年3月5日", date(2024, 3, 5)),
    ("令和６年３月５日", date(2024, 3, 5)),              # full-width digits
    ("令和元年5月1日", date(2019, 5, 1)),                # 元年: the era's first year
    ("平成31年4月30日", date(2019, 4, 30)),
    ("平成元年1月8日", date(1989, 1, 8)),
    ("昭和64年1月7日", date(1989, 1, 7)),
    ("昭和50年 6月 1日", date(1975, 6, 1)),
    ("令和元年4月30日", None),                            # before Reiwa began (1 May 2019)
    ("平成31年5月1日", None),                             # after Heisei ended
    ("昭和65年1月1日", None),
    ("令和6年2月30日", None),
    ("民國113年3月5日", date(2024, 3, 5)),
    ("民国113年3月5日 10:30", date(2024, 3, 5)),
    ("民國113年13月5日", None),
    ("5 มี.ค. 67", date(2024, 3, 5)),                    # 2567 BE
    ("12 ธ.ค. 99", date(1956, 12, 12)),                  # 2499: 2599 would be past next year
    ("31 ก.พ. 67", None),
    ("5 มี.ค. 2567", date(2024, 3, 5)),                  # the full year, read as before
    ("۲۱ فروردین ۱۴۰۳", date(2024, 4, 9)),
    ("پنجشنبه ۲۱ فروردین ۱۴۰۳ - ۱۰:۳۰", date(2024, 4, 9)),
    ("21 فروردين 1403", date(2024, 4, 9)),               # Arabic yeh, Western digits
    ("۱ دی ۱۴۰۲", date(2023, 12, 22)),
    ("۳۱ مهر ۱۴۰۲", None),                               # Mehr has 30 days
    ("۳۰ اسفند ۱۴۰۲", None),                             # 1402 is no leap year
    ("۱۴۰۳/۰۱/۲۱", date(2024, 4, 9)),                    # numbers, year first: a year of the 1400s is Solar Hijri
    ("1403/01/21", date(2024, 4, 9)),
    ("۱۴۰۳/۰۱/۲۱ - ۱۰:۳۰", date(2024, 4, 9)),
    ("1354/01/01", date(1975, 3, 21)),
    ("1403/07/31", None),                                # Mehr has 30 days
    ("1403/13/01", None),
    ("R6.3.5", date(2024, 3, 5)),                        # an era's abbreviation: Reiwa 6
    ("R6/3/5", date(2024, 3, 5)),
    ("令6.3.5", date(2024, 3, 5)),
    ("H31.4.30", date(2019, 4, 30)),
    ("R元.5.1", date(2019, 5, 1)),
    ("S64.1.7", date(1989, 1, 7)),
    ("H31.5.1", None),                                   # after Heisei ended
    ("S1.2.3", None),                                    # before Shōwa began: a section's number
    ("r6.3.5", None),                                    # a lower-case letter marks no era
    ("R6.3/5", None),                                    # two separators
    ("AR6.3.5", None),
    ("الثلاثاء 12 رمضان 1445 هـ - 19 مارس 2024 م", date(2024, 3, 19)),  # the Gregorian date beside the Hijri one
    ("12 رمضان 1445 هـ", None),                          # a Hijri date alone: unread (see calendars.py)
])
def test_other_calendars(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("hijri, gregorian", [
    ((1403, 1, 1), date(2024, 3, 20)), ((1403, 1, 21), date(2024, 4, 9)), ((1402, 1, 1), date(2023, 3, 21)),
    ((1402, 12, 29), date(2024, 3, 19)), ((1403, 12, 30), date(2025, 3, 20)), ((1399, 12, 30), date(2021, 3, 20)),
    ((1354, 1, 1), date(1975, 3, 21)), ((1404, 7, 1), date(2025, 9, 23)),
])
def test_solar_hijri_known_pairs(hijri: tuple[int, int, int], gregorian: date) -> None:
    assert solar_hijri_to_gregorian(*hijri) == gregorian


def test_solar_hijri_bounds() -> None:
    assert solar_hijri_to_gregorian(1403, 13, 1) is None
    assert solar_hijri_to_gregorian(1403, 7, 31) is None
    assert solar_hijri_to_gregorian(1403, 1, 0) is None


@pytest.mark.parametrize("line", ["令和6年3月5日", "民國113年3月5日", "5 มี.ค. 67", "۲۱ فروردین ۱۴۰۳"])
def test_written_date_whole(line: str) -> None:
    assert written_date().fullmatch(line)


@pytest.mark.parametrize(("line", "day"), [
    ("令和6年3月5日（火）", date(2024, 3, 5)), ("۲۱ فروردین ۱۴۰۳", date(2024, 4, 9)),
    ("民國113年3月5日", date(2024, 3, 5)), ("5 มี.ค. 67", date(2024, 3, 5)),
    ("۱۴۰۳/۰۱/۲۱ - ۱۰:۳۰", date(2024, 4, 9)), ("1403/01/21", date(2024, 4, 9)),
    ("R6.3.5", date(2024, 3, 5)), ("H31.4.30", date(2019, 4, 30)), ("令6.3.5（火）", date(2024, 3, 5)),
    ("الثلاثاء 12 رمضان 1445 هـ - 19 مارس 2024 م", date(2024, 3, 19)),
])
def test_a_text_or_page_dated_in_another_calendar(line: str, day: date) -> None:
    """Such date lines under a headline had left the story undated."""
    story = "東京都知事選挙の投票が7日午前7時から始まった。過去最多の候補者が立候補している。"
    text = parse_bytes(f"東京都知事選挙、投票始まる\n\n{line}\n\n{story}\n".encode(), "a.txt", ".txt").articles[0]
    page = (f"<html><head><title>選挙</title></head><body><article><h1>選挙が始まる</h1>"
            f"<div class=\"date\">{line}</div><p>{story * 3}</p></article></body></html>")
    html = parse_bytes(page.encode(), "a.html", ".html").articles[0]
    assert (text.date, html.date) == (day, day) and line not in text.body
