"""Dates of other calendars a news archive meets, each read to its Gregorian day: Japanese eras (令和6年3月5日,
令和元年5月1日, R6.3.5), Taiwan's Minguo years (民國113年3月5日), Thai short Buddhist years (5 มี.ค. 67) and the Solar
Hijri (Persian) calendar (۲۱ فروردین ۱۴۰۳; ``dates`` reads 1403/01/21 by ``solar_hijri_numeric``); a Lunar Hijri date
beside a Gregorian one is taken out of a date line. Every field is bounds-checked: a wrong date is worse than none. Digits of any
script (full-width ６, Persian ۶) read as ``int`` reads them. ``dates`` reads them after its own forms."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .moremonths import BUDDHIST_ERA_OFFSET

# Each era's first day; an era's year 1 (元年) is the year it began in, and a date must fall within its era.
_ERAS = {"明治": date(1868, 10, 23), "大正": date(1912, 7, 30), "昭和": date(1926, 12, 25),
         "平成": date(1989, 1, 8), "令和": date(2019, 5, 1)}
_ERA_ENDS = dict(zip(_ERAS, [*list(_ERAS.values())[1:], date.max]))
_JAPANESE_ERA_TEXT = rf"({'|'.join(_ERAS)})\s*(\d{{1,2}}|元)\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"
# Their abbreviations, as forms and Japanese sites print them: R6.3.5, R6/3/5, 令6.3.5, H31.4.30, R元.5.1. Only an
# era's mark (a capital Latin letter, case-sensitive even in a case-blind pattern, or the era's first kanji) before a
# year, a month and a day parted by one separator twice: "R2" alone is no date.
_ERA_MARKS = {"R": "令和", "H": "平成", "S": "昭和", "T": "大正", "令": "令和", "平": "平成", "昭": "昭和"}
_JAPANESE_ERA_SHORT_TEXT = (r"(?<!\w)((?-i:[RHST])|[令平昭])\s?(\d{1,2}|元)(?P<era_separator>[./])(\d{1,2})(?P=era_separator)"
                            r"(\d{1,2})(?![\d./])")
_MINGUO_TEXT = r"民[國国]\s*(\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_MINGUO_OFFSET = 1911  # 民國1年 is 1912
_THAI_SHORT_MONTHS = "ม.ค ก.พ มี.ค เม.ย พ.ค มิ.ย ก.ค ส.ค ก.ย ต.ค พ.ย ธ.ค".split()
# "5 มี.ค. 67": a day, an abbreviated month and the Buddhist Era's year without its century (2567 is 2024)
_THAI_SHORT_TEXT = (r"(?<!\d)(\d{1,2})\s*(" + "|".join(map(re.escape, _THAI_SHORT_MONTHS))
                    + r")\.?\s*(\d{2})(?![\d.:])")
_PERSIAN_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
_ARABIC_LETTERS = str.maketrans("يك", "یک")  # Arabic keyboards' yeh and kaf for Persian's
# "۲۱ فروردین ۱۴۰۳" (or "۲۱ فروردین ماه ۱۴۰۳"), its yeh typed in Arabic too
_PERSIAN_TEXT = (r"(?<!\d)(\d{1,2})\s+("
                 + "|".join(name.replace("ی", "[یي]") for name in sorted(_PERSIAN_MONTHS, key=len, reverse=True))
                 + r")(?:\s+ماه)?\s+(\d{4})(?!\d)")
CALENDAR_DATE_TEXTS = (_JAPANESE_ERA_TEXT, _JAPANESE_ERA_SHORT_TEXT, _MINGUO_TEXT, _THAI_SHORT_TEXT, _PERSIAN_TEXT)
_JAPANESE_ERA, _JAPANESE_ERA_SHORT, _MINGUO, _THAI_SHORT, _PERSIAN = map(re.compile, CALENDAR_DATE_TEXTS)

# A Lunar Hijri date, its هـ after it, beside the Gregorian one an Arabic site prints with it ("الثلاثاء 12 رمضان
# 1445 هـ - 19 مارس 2024 م"), with the separator between them and the Gregorian year's م: the Gregorian date is read.
# A Hijri date alone is left unread: the months sites print follow the moon's sighting or Umm al-Qura's tables, which
# the tabular calendar misses by a day or two, and a wrong date is worse than none.
_HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة",
                 "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
_HIJRI_BESIDE = re.compile(r"(?<!\d)\d{1,2}\s+(?:" + "|".join(name.replace(" ", r"\s+") for name in _HIJRI_MONTHS)
                           + r")\s+\d{4}\s*هـ\s*[-–—|/،,]?\s*(?=\d)|(?<=\d)\s*م$")


def without_hijri_date(text: str) -> str:
    """``text`` without a Lunar Hijri date printed before its Gregorian one and the م after that (see above)."""
    return _HIJRI_BESIDE.sub("", text)


def calendar_date(text: str) -> date | None:
    """The Gregorian day of the first date of another calendar in ``text`` (see above), or None."""
    for pattern, reader in ((_JAPANESE_ERA, _japanese), (_JAPANESE_ERA_SHORT, _japanese_short), (_MINGUO, _minguo),
                            (_THAI_SHORT, _thai_short), (_PERSIAN, _persian)):
        found = pattern.search(text)
        if found:
            return reader(found)
    return None


def _gregorian(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _japanese(found: re.Match[str]) -> date | None:
    return _era_day(*found.groups())


def _japanese_short(found: re.Match[str]) -> date | None:
    mark, year, _separator, month, day = found.groups()
    return _era_day(_ERA_MARKS[mark], year, month, day)


def _era_day(era: str, year: str, month: str, day: str) -> date | None:
    """The day of an era's year (a number or 元), month and day, None when it is no day or falls outside the era."""
    number = 1 if year == "元" else int(year)
    start = _ERAS[era]
    day_read = _gregorian(start.year + number - 1, int(month), int(day)) if number >= 1 else None
    return day_read if day_read is not None and start <= day_read < _ERA_ENDS[era] else None


def _minguo(found: re.Match[str]) -> date | None:
    year, month, day = (int(group) for group in found.groups())
    return _gregorian(year + _MINGUO_OFFSET, month, day) if year >= 1 else None


def _thai_short(found: re.Match[str]) -> date | None:
    """The year in the Buddhist Era's 2500s (1957-2056), a century earlier when that is past next year."""
    day, month, year = found.groups()
    western = 2500 + int(year) - BUDDHIST_ERA_OFFSET
    if western > date.today().year + 1:
        western -= 100
    return _gregorian(western, _THAI_SHORT_MONTHS.index(month) + 1, int(day))


def _persian(found: re.Match[str]) -> date | None:
    day, month, year = found.groups()
    return solar_hijri_to_gregorian(int(year), _PERSIAN_MONTHS.index(month.translate(_ARABIC_LETTERS)) + 1, int(day))


def solar_hijri_numeric(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a date written in numbers year first (۱۴۰۳/۰۱/۲۱, 1403/01/21), when its year is of the
    13th or 14th century: the Solar Hijri calendar's (1921-2121), as Iranian sites print it, never a Gregorian one
    (a year before 1600 is none). None for another year or a day the calendar has not."""
    return solar_hijri_to_gregorian(year, month, day) if 1300 <= year <= 1499 else None


def _solar_hijri_days(year: int, month: int, day: int) -> int:
    """Days from 1 Farvardin 979 (20 March 1600, day 79 of 1600) by the 33-year cycle's arithmetic rule (as jdatetime counts)."""
    years = year - 979
    days = 365 * years + years // 33 * 8 + (years % 33 + 3) // 4
    return days + 31 * min(month - 1, 6) + 30 * max(month - 7, 0) + day - 1


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date (1 Farvardin 1403 is 20 March 2024), None when it is no day: months
    1-6 have 31 days, 7-11 have 30, Esfand 29, or 30 in a leap year. Read for years 979 to 1600 (1600-2221)."""
    if not 979 <= year <= 1600 or not 1 <= month <= 12 or not 1 <= day <= 31 - (month > 6):
        return None
    if month == 12 and day == 30 and _solar_hijri_days(year + 1, 1, 1) - _solar_hijri_days(year, 12, 1) != 30:
        return None
    return date(1600, 1, 1) + timedelta(days=_solar_hijri_days(year, month, day) + 79)
