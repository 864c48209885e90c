"""Publication dates from the many ways news metadata writes them.

A date is kept as the publisher wrote it: ``2020-06-19T23:30:00+12:00`` is 19 June, the local day,
not 18 June in UTC. Placeholders (``0001-01-01``, the Unix epoch) and impossible dates give None.
Whether ``10/05/2022`` is 10 May or 5 October depends on the document's language and region.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timezone
from functools import partial

from .calendars import calendar_date, solar_hijri_numeric
from .daytimes import moment_of, timed, with_moment
from .monthnames import MONTHS
from .moremonths import BUDDHIST_ERA_MONTHS, BUDDHIST_ERA_OFFSET, HUNGARIAN_MONTHS, LANGUAGE_MONTHS, month_key
from .namedmonths import (
    DOTTED,
    MONTH_NUMBERS,
    VIETNAMESE,
    YEAR_MONTH_DAY_SIGNS,
    named_month_form,
    written_date,
)
from .weekdays import as_weekday_says, iso_week_date, weekday_before, weekday_start

EARLIEST_YEAR = 1600  # the first printed newspapers (1605); an earlier year is a placeholder or a mistake
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]|$)")
# 20200619, also with its time run on as GDELT and the Wayback Machine write it (20200619103000, 202006191030).
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$|(?=(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?$))")
# 06/19/2020, 19-06-2020, 06/19 2020: the same separator twice (or a space last).
# A dash takes a four-digit year ("01-23-45" is a code, not 23 January 1945), and a year is no time's hour
# ("06-10 17:50" is a day and a time).
_SLASHED = re.compile(r"^\s*(\d{1,2})(?:(/)(\d{1,2})[/\s](\d{2}|\d{4})|(-)(\d{1,2})-(\d{4}))\b(?!:)")
_YMD_SLASHED = re.compile(r"^\s*(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b")  # 2020/06/19, 2020.06.19
# C's ctime, Twitter's created_at and Java's Date: "Fri Jun 19 23:30:00 2020", "Wed Oct 10 20:19:24 +0000 2018",
# "Sun Mar 03 10:22:00 NZDT 2024".
_CTIME = re.compile(r"^\s*[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+"
                    r"(?:(?:[+-]\d{4}|[A-Z]{2,5})\s+)?(\d{4})\s*$")
# 23.09.22 alone in its box (or with a time): a two-digit year, day first. Within other text, dotted numbers
# with a two-digit end are too often something else (a version, a score).
# Its clock with a colon or a full stop: "23.09.22 14.30".
_DOTTED_SHORT = re.compile(r"^\s*(\d{2})\.(\d{2})\.(\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*uhr)?)?\s*$", re.I)


def make_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when it is impossible or a placeholder."""
    if not EARLIEST_YEAR <= year <= date.today().year + 1:
        return None
    if (year, month, day) == (1970, 1, 1):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


MAX_DATE_TEXT = 1_000  # characters of the longest text read as a date


def parse_date(value: object, day_first: bool = False, language: str | None = None) -> date | None:
    """Parse a date from ISO 8601, RFC 822, ``mm/dd/yy``, ``5 June 2020`` or ``June 5, 2020``.

    ``day_first`` reads an ambiguous slashed date as ``dd/mm/yy``: ``10/05/2022`` is 10 May, not
    5 October (see ``dayfirst.writes_day_first``). ``13/05/2022`` is 13 May either way. A month name that the
    text's ``language`` reads as another month than the others do is read as that one: Croatian's ``5. listopada
    2024`` is 5 October, Polish's (and any other text's) 5 November.
    """
    if isinstance(value, datetime):
        found = make_date(value.year, value.month, value.day)
        return with_moment(found, value) if found else None
    if isinstance(value, date):
        found = make_date(value.year, value.month, value.day)
        return with_moment(found, moment_of(value), midnight=True) if found else None  # a moment read: no padding
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_timestamp(value)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if len(text) > MAX_DATE_TEXT:  # no date; its patterns searched from each space of a long run (n² steps)
        return None
    weekday, text = weekday_before(text)  # "Sun, 03/03/2024": its weekday tells an ambiguous date's order
    for parser in (_iso, _rfc822, partial(_slashed, day_first=day_first, weekday=weekday),
                   partial(_words, language=language)):
        found = parser(text)
        if found is not None:  # with the time of day it was written with, if any (daytimes); _rfc822's read already
            return found if parser is _rfc822 else timed(found, text)
    return None


# A date box's short date closing it after its label, a day or a month of one digit too: "Kultur, 2.11.22"
# (goodnight.at's section and day), after a mark. Alone, "2.10.12" may be a version, and so may "Version 2.10.12".
_BOXED_SHORT = re.compile(r"(?<=[^\W\d_])\s*[,:|]\s*(\d{1,2})\.(\d{1,2})\.(\d{2})\s*$")


def boxed_date(text: str) -> str:
    """A date box's text from its first written date on, when the date parser does not read it whole: a slashed or
    ISO date is read only at the start of a text ("Published: 09/12/2023", "Tue, 09/12/2023 - 21:14", as Drupal writes
    its dates), lest a number in a sentence be taken for one; a short date closing the box after its label
    (``_BOXED_SHORT``) written as ``_DOTTED_SHORT`` reads it. Unchanged when it reads, or holds no such date."""
    if parse_date(text):
        return text
    found = written_date().search(text)
    if found is None and (short := _BOXED_SHORT.search(text)) is not None:
        return ".".join(f"{int(number):02d}" for number in short.groups())
    return text[weekday_start(text, found.start()):] if found else text  # its weekday too: Tue, 05/03/2024


def slashed_order(values: Iterable[object]) -> bool | None:
    """How one export writes its slashed dates: True for day first, False for month first, None when unknown.

    A file's dates come from one system in one order: ``25/04/2020`` in one record says that
    ``03/04/2020`` in the next is 3 April, as ``04/25/2020`` says 4 March. When both kinds occur, or
    neither (every date ambiguous), the file tells nothing and each record's own locale decides.
    """
    orders = slashed_orders(values)
    return orders.pop() if len(orders) == 1 else None


def slashed_orders(values: Iterable[object], orders: set[bool] | None = None) -> set[bool]:
    """The orders (True: day first) that ``values``' slashed dates show, added to ``orders``; reading stops once both
    are seen. A file read in parts gathers its orders part by part (``jsonstream``)."""
    orders = set() if orders is None else orders
    for value in values:
        if len(orders) == 2:
            break
        match = _SLASHED.match(value) if isinstance(value, str) else None
        if match:
            first, second, _year = _slashed_numbers(match)
            if first > 12 >= second:
                orders.add(True)
            elif second > 12 >= first:
                orders.add(False)
    return orders


def _iso(text: str) -> date | None:
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        return make_date(*(int(g) for g in match.groups()))
    if (week := iso_week_date(text)) is not None:
        return make_date(week.year, week.month, week.day)
    match = _YMD_SLASHED.match(text)
    if match is None:
        return None
    year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
    hijri = solar_hijri_numeric(year, month, day)  # 1403/01/21: a year of the 1400s is the Solar Hijri calendar's
    return make_date(hijri.year, hijri.month, hijri.day) if hijri else make_date(year, month, day)


def _rfc822(text: str) -> date | None:
    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+(?:\d{4}|\d\d\b)", text):  # RFC 822 allows two-digit years
        return None
    from email.utils import parsedate_tz  # here: with socket and the e-mail charsets, 5 ms of every text reader's start

    parts = parsedate_tz(text) or (parsedate_tz(text + " 00:00") if ":" not in text else None)  # 01 Jan 50: no time
    if not parts:
        return None
    two_digits = re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+(\d\d)\b(?!:)", text)  # 01 Jan 50: 1950, as 01/01/50 is
    day = make_date(full_year(int(two_digits.group(1))) if two_digits else parts[0], parts[1], parts[2])
    return timed(day, text, parts)  # its time from the same reading, not parsed again (5 µs a date)


def _slashed(text: str, day_first: bool = False, weekday: int | None = None) -> date | None:
    """``mm/dd/yy`` or ``mm/dd/yyyy`` (US order, as TIME and many feeds write it), ``dd/mm/yyyy`` when
    ``day_first``; a first number above 12 is a day whatever the order, and a ``weekday`` written before it only one
    reading falls on tells it ("Tue, 05/03/2024": 5 March 2024)."""
    match = _SLASHED.match(text)
    if not match:
        return None
    month, day, year = _slashed_numbers(match)
    if day_first:
        month, day = day, month
    year = full_year(year)
    if month > 12 >= day:
        month, day = day, month
    return as_weekday_says(make_date(year, month, day), make_date(year, day, month), weekday)


def _slashed_numbers(match: re.Match[str]) -> tuple[int, int, int]:
    """The three numbers of a ``_SLASHED`` match, in the order written: ``06/19/2020`` or ``19-06-2020``."""
    return int(match.group(1)), int(match.group(3) or match.group(6)), int(match.group(4) or match.group(7))


def full_year(year: int) -> int:
    """A two-digit year in the century that keeps it no later than next year: 22 is 2022, 87 is 1987."""
    if year >= 100:
        return year
    return year + (1900 if year > date.today().year % 100 + 1 else 2000)


def _words(text: str, language: str | None = None) -> date | None:
    match = YEAR_MONTH_DAY_SIGNS.search(text)
    if match:
        return make_date(*(int(g) for g in match.groups()))
    match = named_month_form("day month year").search(text) or named_month_form("dashed").search(text)
    if match:
        day, month, year = match.groups()
        return _named_month_date(full_year(int(year)), month, int(day), language)
    match = named_month_form("delimited").search(text) if "-" in text or "/" in text else None
    if match:
        found = {name[0]: value for name, value in match.groupdict().items() if value and name[0] in "dmy"}
        return _named_month_date(int(found["y"]), found["m"], int(found["d"]), language)
    match = named_month_form("month day year").search(text)
    if match:
        month, day, year = match.groups()
        return _named_month_date(int(year), month, int(day), language)
    match = named_month_form("year month day").search(text)  # Hungarian: 2024. március 5.
    if match:
        year, month, day = match.groups()
        number = HUNGARIAN_MONTHS.get(month_key(month))
        return make_date(int(year), number, int(day)) if number else None
    match = VIETNAMESE.search(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return make_date(year, month, day)
    match = DOTTED.search(text)
    if match:
        day, month, year = (int(g) for g in (match.group(1), match.group(2) or match.group(4),
                                             match.group(3) or match.group(5)))
        # month first only where day first has no month: 01.21.2020 (as US sites write it) is 21 January
        return make_date(year, day, month) if month > 12 >= day and match.group(2) else make_date(year, month, day)
    match = _CTIME.match(text)
    if match and match.group(1).lower() in MONTHS:
        month, day, year = match.groups()
        return make_date(int(year), MONTHS[month.lower()], int(day))
    match = _DOTTED_SHORT.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return make_date(full_year(year), month, day)
    other = calendar_date(text)  # 令和6年3月5日, 民國113年3月5日, 5 มี.ค. 67, ۲۱ فروردین ۱۴۰۳
    return make_date(other.year, other.month, other.day) if other else None


def _named_month_date(year: int, month: str, day: int, language: str | None = None) -> date | None:
    """The date of a month named in words (in ``language``'s reading, ``LANGUAGE_MONTHS``, where it has its own); a
    Thai month's year of the Buddhist Era counted as the Western one. A name a case-blind regex matched that is no
    month's in any case (``ſeptember`` is) gives none."""
    key = month_key(month)
    number = LANGUAGE_MONTHS.get(language or "", {}).get(key) or MONTH_NUMBERS.get(key)
    if number is None:
        return None
    if key in BUDDHIST_ERA_MONTHS and year > date.today().year + 1 + BUDDHIST_ERA_OFFSET // 2:
        year -= BUDDHIST_ERA_OFFSET
    return make_date(year, number, day)


def _from_timestamp(value: float) -> date | None:
    """Unix seconds (or milliseconds, as JavaScript exports write them)."""
    if value > 1e11:
        value /= 1000
    try:
        moment = datetime.fromtimestamp(value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    found = make_date(moment.year, moment.month, moment.day)
    return with_moment(found, moment) if found else None
