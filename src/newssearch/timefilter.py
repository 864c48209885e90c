"""Date bounds a user types: ``2020``, ``2020-06``, ``2020-06-19`` (or ISO 8601's basic ``20200619``), a month named in
English (``March 1987``, ``1 March 1987``, ``March 1, 1987``), or relative: ``2w``, ``3m``, ``1y``, ``3 days ago``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from whoosh import query as wq
from whoosh.util.times import datetime_to_long, long_to_datetime

from .documents.monthnames import MONTHS, SHORT_MONTHS
from .errors import InvalidQuery, Worded
from .numericdays import DAY_OR_MONTH_FIRST, readings, single_reading
from .schema import DATE
from .spokendates import spoken_date_hint, this_period
from .startup import lazy_compile

# A year first is ISO's order whatever the separator: 2020/12/31 and 2020/12 are 2020-12-31 and 2020-12 (one separator
# throughout).
_ABSOLUTE = lazy_compile(r"^(\d{4})(?:([-/])(\d{1,2}))?(?:\2(\d{1,2}))?$")
# ISO 8601's basic form of a day, as archives name their files (20201231.txt). Not YYYYMM for a month: ISO 8601 has no
# such form, since six digits read as YYMMDD too (201012: December 2010, or 12 October 2020).
_COMPACT = lazy_compile(r"^(\d{4})(\d{2})(\d{2})$")
_SIX_DIGITS = lazy_compile(r"^\d{6}$")
# A timestamp (2020-06-19T10:30:00Z, as a feed or an API writes one) stands for its day, as a datetime does in the API:
# articles are dated by the day, and a time zone is dropped (the day of its own wall-clock time).
_TIMESTAMP = lazy_compile(r"^(\d{4}-\d{1,2}-\d{1,2})[t ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?"
                        r"(?:z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$")
# An ISO 8601 week, as `timeline --by week` names its periods (2020-W25): its Monday to its Sunday
WEEK = lazy_compile(r"^(\d{4})-w(\d{1,2})$", re.IGNORECASE)
_RELATIVE = lazy_compile(r"^(\d+)\s*(d|w|m|y)$")
# git's and a journalist's "2 weeks ago" (or "2 weeks") is 2w. Not "last week": the calendar week before this one, or the 7 days
# back? (git reads the second; a reader of "--since 'last week'" may mean the first.)
_AGO = lazy_compile(r"^(\d+|an?|one)\s+(day|week|month|year)s?(?:\s+ago)?$")  # "2 weeks" too
# "last 7 days", "the past 2 weeks", "the past week": one span back each, unlike "last week" (had been refused)
_SAID_BACK = lazy_compile(r"^(?:the\s+)?(?:(?:last|past)\s+(?=\d)|past\s+(?=(?:day|week|month|year)$))")
DAYS_BACK = {"today": 0, "yesterday": 1}  # the days named from today, and how far back
# A month named in English, as a reporter writes a date: "March 1987", "Mar. 1987", "1 March 1987", "1st March 1987",
# "March 1, 1987"; a day both before and after the month is none. Also as the articles the index reads write it in
# German, French, Spanish and the other languages whose full month names a text's date is read in ("7. Mai 2023",
# "1er mars 2021", "3 de marzo de 2021"), so that a date copied from a story is taken.
_NAMED = lazy_compile(r"^(?:(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?)?([^\W\d_]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?"
                    r"\s+(?:de\s+)?(\d{4})$")
# Their full names only: a short form ("set", "ago", "out") is a word of English or another language.
_NAMED_MONTHS = {name: number for name, number in MONTHS.items() if name not in SHORT_MONTHS}
# "March", "1 March", "7. Mai"
_YEARLESS = lazy_compile(r"^(?:\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?)?([^\W\d_]+)\.?(\s+\d{1,2}(?:st|nd|rd|th)?)?$")
DATE_HELP = ("use YYYY, YYYY-MM, YYYY-MM-DD (or YYYY/MM/DD, YYYYMMDD, 26/02/1987 or 02/26/1987 when only one order makes "
             "a real day), a month by its name (March 1987, 1 March 1987), today, yesterday, or a span back from today "
             "such as 7d, 2w, 6m, 1y (or 3 days ago, 2 weeks ago)")


def parse_bound(text: str, *, end: bool = False, today: date | None = None) -> datetime:
    """The first (or, with ``end``, the last) moment of the period ``text`` names."""
    import calendar  # here, as in each function asking it: a query of no date imports none (~2 ms)
    today = today or date.today()
    value = text.strip().lower()
    value = (timestamp := _TIMESTAMP.match(value)) and timestamp.group(1) or value
    value = named_date(value) or single_reading(value) or this_period(value, today) or value  # 26/02/1987, this week
    day = _relative(value, today)
    if day is not None:
        return _at(day, end)
    if WEEK.match(value):
        days = week_days(value)
        if days is None:
            raise InvalidQuery(f"{text!r} is not a real date", hint=date_order_hint(value) + DATE_HELP)
        return _at(days[1] if end else days[0], end)
    parts = _calendar_parts(value)
    if parts is None:
        from .datehints import last_span_hint  # here: it imports this module

        hint = (last_span_hint(value, today) + spoken_date_hint(value, today) + yearless_hint(text, today)
                + date_order_hint(value) + DATE_HELP)
        raise InvalidQuery(f"cannot read the date {text!r}", hint=hint)
    year, month, dom = parts
    try:
        if month is None:
            day = date(year, 12, 31) if end else date(year, 1, 1)
        elif dom is None:
            last = calendar.monthrange(year, month)[1]
            day = date(year, month, last if end else 1)
        else:
            day = date(year, month, dom)
    except (ValueError, calendar.IllegalMonthError):
        raise InvalidQuery(f"{text!r} is not a real date", hint=month_days_hint(year, month, dom) + DATE_HELP) from None
    return _at(day, end)


def month_days_hint(year: int, month: int | None, day: int | None) -> str:
    """How many days a month has, said of a day past its end (2021-02-29: "February 2021 has 28 days; "); of a month
    past 12 that there is none, with the day it may be, its day and month swapped (2024-13-01: 13 January 2024); of
    year 0 that there is none (0000 had been told the date forms alone)."""
    import calendar  # here, as in each function asking it: a query of no date imports none (~2 ms)
    if year == 0:
        return "there is no year 0, the first being 0001; "
    if month is not None and not 1 <= month <= 12:
        swapped = (f": {month} {calendar.month_name[day]} {year} is {year:04d}-{day:02d}-{month:02d}"
                   if day and 1 <= day <= 12 and 1 <= month <= calendar.monthrange(max(year, 1), day)[1] else "")
        return f"there is no month {month:02d}, a month being 01 to 12{swapped}; "
    days = calendar.monthrange(year, month)[1] if month and year >= 1 else 0
    return f"{calendar.month_name[month or 0]} {year} has {days} days; " if days and day and day > days else ""


def named_date(text: str) -> str | None:
    """A date with its month named in English as ISO writes it (``March 1987``: ``1987-03``, ``1 March 1987`` and
    ``March 1, 1987``: ``1987-03-01``), or in another language a text's date is read in (``7. Mai 2023``,
    ``3 de marzo de 2021``); None for any other text (``Marsh 1987``, ``1 March 2 1987``)."""
    match = _NAMED.match(" ".join(unicodedata.normalize("NFC", text).lower().split()))
    month = _NAMED_MONTHS.get(match.group(2)) if match else None
    if match is None or month is None or (match.group(1) and match.group(3)):
        return None
    day = match.group(1) or match.group(3)
    return f"{match.group(4)}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def yearless_hint(text: str, today: date, clause: str = "") -> str:
    """The year form of a month named without its year (``March``: ``March 2026``, the latest March begun by
    ``today``; which one was meant is not guessed), as a query's clause quoted after ``clause`` when given
    (``date:``: ``date:"March 2026"``); ``''`` for any other text."""
    import calendar  # here, as in each function asking it: a query of no date imports none (~2 ms)
    typed = " ".join(text.split())
    match = _YEARLESS.match(unicodedata.normalize("NFC", typed).lower())
    month = _NAMED_MONTHS.get(match.group(1)) if match else None
    if match is None or month is None:
        return ""
    year = today.year if month <= today.month else today.year - 1
    written = f"{typed}{',' if match.group(2) else ''} {year}"
    shown = f'{clause}"{written}"' if clause else written
    return f"{typed} needs its year: write {shown} (the latest {calendar.month_name[month]}); "


def _calendar_parts(value: str) -> tuple[int, int | None, int | None] | None:
    """The year, month and day (None: not given) of a calendar date (``2020``, ``2020-06``, ``2020/06/19``,
    ``20200619``), or None."""
    match = _ABSOLUTE.match(value)
    if match:
        month, dom = match.group(3, 4)
        return int(match.group(1)), int(month) if month else None, int(dom) if dom else None
    compact = _COMPACT.match(value)
    return (int(compact.group(1)), int(compact.group(2)), int(compact.group(3))) if compact else None


def week_days(value: str) -> tuple[date, date] | None:
    """The Monday and the Sunday of an ISO 8601 week (``2020-W25``: 2020-06-15 and 2020-06-21); None when ``value`` is
    no week or its year has no such week (``2019-W53``)."""
    match = WEEK.match(value.strip())
    if match is None:
        return None
    try:
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def date_order_hint(value: str) -> str:
    """What to write instead of a date that cannot be read, when its shape says (``''`` when it does not): six digits
    as a month, a day written day or month first as year, month, day, a week its year has not as its year's weeks."""
    week = WEEK.match(value)
    if week and int(week.group(1)) > 0 and week_days(value) is None:
        weeks = date(int(week.group(1)), 12, 28).isocalendar()[1]
        return f"{week.group(1)} has {weeks} ISO weeks; "
    if _SIX_DIGITS.match(value):
        return f"a month is written {value[:4]}-{value[4:]}; "
    if not DAY_OR_MONTH_FIRST.match(value) or single_reading(value):  # 26/02/1987 is read: the other end failed
        return ""
    days = readings(value)
    if not days:  # 31/02/2024: offering 2024-02-31 had the user type a date refused in turn
        return f"{value} is no real day, read day or month first; "
    return f"{value} is written day or month first: write the year first, {' or '.join(days)}; "


def iso_day(compact: str) -> str | None:
    """``20201231`` as ``2020-12-31``; None when ``compact`` is not a real day in ISO 8601's basic form."""
    match = _COMPACT.match(compact)
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def _relative(value: str, today: date) -> date | None:
    """A day counted back from ``today``, or None when ``value`` is not relative."""
    import calendar  # here, as in each function asking it: a query of no date imports none (~2 ms)
    if value in DAYS_BACK:
        return today - timedelta(days=DAYS_BACK[value])
    if said := _SAID_BACK.match(value):
        value = value[said.end():] if value[said.end()].isdigit() else f"a {value[said.end():]}"
    match = _RELATIVE.match(value)
    ago = None if match else _AGO.match(value)
    if ago:  # "3 days ago", "a week ago": 3d, 1w
        count, unit = (int(ago.group(1)) if ago.group(1).isdigit() else 1), ago.group(2)[0]
    elif match:
        count, unit = int(match.group(1)), match.group(2)
    else:
        return None
    if unit in "dw":
        days = count * (7 if unit == "w" else 1)
        if days >= today.toordinal():
            raise InvalidQuery(f"{value!r} reaches back too far", hint=DATE_HELP)
        return today - timedelta(days=days)
    months = count * (12 if unit == "y" else 1)
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    if year < 1:
        raise InvalidQuery(f"{value!r} reaches back too far", hint=DATE_HELP)
    month += 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def _at(day: date, end: bool) -> datetime:
    """Midnight at the start of ``day``, or its last microsecond."""
    moment = datetime(day.year, day.month, day.day)
    return moment + timedelta(days=1, microseconds=-1) if end else moment


def check_range(since: datetime | None, until: datetime | None) -> None:
    """Refuse a range that ends before it starts."""
    if since and until and since > until:
        raise InvalidQuery(Worded("since is later than until", "--since is later than --until"), hint="swap the two dates")


def outside_days(query: wq.Query, oldest: date, newest: date) -> bool:
    """Whether a date clause of ``query`` (not a negated one) holds no day from ``oldest`` to ``newest``."""
    first, last = datetime_to_long(_at(oldest, False)), datetime_to_long(_at(newest, True))
    return any((found.start is not None and (found.start > last or found.startexcl and found.start >= last))
               or (found.end is not None and (found.end < first or found.endexcl and found.end <= first))
               for found in date_ranges(query))


def date_spans(query: wq.Query) -> Iterator[tuple[date | None, date | None]]:
    """The first and last day (None: open) of each date clause of ``query`` that finds articles (``date_ranges``)."""
    step = timedelta(microseconds=1)
    for found in date_ranges(query):
        first = long_to_datetime(found.start) + step * found.startexcl if found.start is not None else None
        last = long_to_datetime(found.end) - step * found.endexcl if found.end is not None else None
        yield (first.date() if first else None), (last.date() if last else None)


def date_ranges(query: wq.Query) -> Iterator[wq.NumericRange]:
    """The publication-date ranges of ``query`` that find articles (a ``date:`` clause), not those of a NOT."""
    if isinstance(query, wq.Not):
        return
    if isinstance(query, wq.NumericRange) and query.fieldname == DATE:
        yield query
    for child in [query.a] if isinstance(query, wq.AndNot) else query.children():
        yield from date_ranges(child)


def required_dates(query: wq.Query) -> list[wq.NumericRange]:
    """The date clauses ``query`` requires of every article it finds: an AND's, or a filter's under --match any
    (``AndMaybe``); none for a date joined to a word by OR (``zzz OR date:2021``)."""
    def dated(part: wq.Query) -> bool:
        return isinstance(part, wq.NumericRange) and part.fieldname == DATE
    if isinstance(query, wq.And):
        return [part for part in query.subqueries if dated(part)]
    if isinstance(query, wq.AndMaybe):  # its required part: a date, or an AND of filters (+source:rnz +date:2020)
        return required_dates(query.a)
    return [query] if dated(query) else []


def required_span(query: wq.Query, first: date | None = None,
                  last: date | None = None) -> tuple[date | None, date | None]:
    """The days from ``first`` to ``last`` (None: open) narrowed to those every article ``query`` finds is dated in,
    by the date clauses it requires (``date:2020-12`` in ``harbour date:2020-12``)."""
    for start, end in date_spans(wq.And(required_dates(query))):
        first = max(first, start) if first and start else first or start
        last = min(last, end) if last and end else last or end
    return first, last


def excludes_required(query: wq.Query) -> bool:
    """Whether ``query`` excludes every day its required date clauses allow: a NOT of a date span holding them all
    (``date:* AND NOT date:*``, as ``date:* OR NOT date:*`` is read; ``date:2020-07 -date:2020``; ``-(date:2020 OR
    x)``), not of a date and more (``-(date:2020 -police)`` lets 2020's police articles be found)."""
    if not isinstance(query, wq.And) or not required_dates(query):
        return False
    first, last = required_span(query)
    for part in query.subqueries:
        if isinstance(part, wq.Not):
            for start, end in date_spans(wq.Or(_whole_dates(part.query))):
                if (start is None or first is not None and start <= first) and \
                        (end is None or last is not None and end >= last):
                    return True
    return False


def _whole_dates(query: wq.Query) -> list[wq.Query]:
    """The date clauses whose every article ``query`` finds: itself, or an OR's (DisjunctionMax's) part."""
    if isinstance(query, wq.NumericRange) and query.fieldname == DATE:
        return [query]
    if isinstance(query, (wq.Or, wq.DisjunctionMax)):
        return [whole for part in query.subqueries for whole in _whole_dates(part)]
    return []
