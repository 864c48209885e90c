"""A date line's time and weekday after its date ("5 March 2024 | 10:30", "June 22, 2020 Monday"), another
script's weekday or calendar beside it and a reading time: read past to its date, in any letter case and white
space; a line that only looks like one read as none."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.textdatelines import line_date


@pytest.mark.parametrize("line, day", [
    ("March 3, 2024, 10:30 am", date(2024, 3, 3)),
    ("5 March 2024 | 10:30", date(2024, 3, 5)),
    ("Tuesday, 12 March 2024, 5:03 pm", date(2024, 3, 12)),
    ("Sat 1 Jun 2024 10.00 BST", date(2024, 6, 1)),
    ("5 March 2024 10H30", date(2024, 3, 5)),
    ("le 5 mai 2020 à 10h30", date(2020, 5, 5)),
    ("12/03/2024 10:22 AM EST", date(2024, 12, 3)),
    ("March 3, 2024, 12 noon", date(2024, 3, 3)),
    ("3 March 2024 12 NOON", date(2024, 3, 3)),
    ("2024. március 5. 10 órakor", date(2024, 3, 5)),
    ("June 22, 2020 Monday", date(2020, 6, 22)),
    ("  June 22, 2020 Monday  ", date(2020, 6, 22)),
    ("June 22, 2020\tMonday", date(2020, 6, 22)),
    ("June 22, 2020 , Monday", date(2020, 6, 22)),
    ("5 March 2024,  Monday", date(2024, 3, 5)),
    ("5 March 2024 Mon.", date(2024, 3, 5)),
    ("3 March 2024 MONDAY", date(2024, 3, 3)),
    ("2024. március 5., kedd", date(2024, 3, 5)),
    ("5 марта 2024 г.", date(2024, 3, 5)),
    ("Published: 05.03.2024", date(2024, 3, 5)),
    # other scripts' and calendars' words around the date, a reading time beside it
    ("вторник, 5 марта 2024 г.", date(2024, 3, 5)),
    ("sobota 2. března 2024", date(2024, 3, 2)),
    ("Τρίτη 5 Μαρτίου 2024", date(2024, 3, 5)),
    ("יום שלישי, 5 במרץ 2024", date(2024, 3, 5)),
    ("2024年3月5日（火）", date(2024, 3, 5)),
    ("2024年3月5日 星期二", date(2024, 3, 5)),
    ("2024년 3월 5일 화요일", date(2024, 3, 5)),
    ("15 رمضان 1445 هـ - 25 مارس 2024م", date(2024, 3, 25)),
    ("5 March 2024 · 4 min read", date(2024, 3, 5)),
    ("4 min read · 5 March 2024", date(2024, 3, 5)),
    ("5 March 2024 · 4 MIN READ", date(2024, 3, 5)),
])
def test_a_date_line_is_read_past_its_time_and_weekday(line: str, day: date) -> None:
    assert line_date(line) == day


@pytest.mark.parametrize("line", [
    "Monday",
    " Monday",
    "10 órakor",
    "The vote is at 10:30 on Monday",
    "2024年3月5日（火） 18時30分",
    "Oil rose 1.25 dlrs to 18.30 dlrs a barrel on Monday",
])
def test_a_line_that_is_no_date_alone_is_none(line: str) -> None:
    assert line_date(line) is None
