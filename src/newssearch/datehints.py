"""What to write for a date clause that cannot be read, when what was typed says what was meant: a month named without
its year (``date:March``: ``date:"March 2026"``, as ``--since March`` says ``March 2026``; ``date:March 1987``, cut at
the space: ``date:"March 1987"``), a date with a ``*`` after
it, a pattern no date field takes (``date:1987-03*`` is ``date:1987-03``, a date being its whole period;
``date:1987-3-1*`` may be 1 March or 10 to 19 March 1987, so both are offered, neither guessed), a day past its
month's end (``date:2021-02-29``: February 2021 has 28 days), a month's number without its year (``month:10``), and
a span named from today (``date:"last week"``: the calendar week or the 7 days back)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from .errors import InvalidQuery
from .timefilter import month_days_hint, named_date, parse_bound, yearless_hint

# A date's start with a * after it: a year and any month and day (1987-3-1*, 1987-03*, 1987-*), or a year's first digits
_SIGN = re.compile(r"[<>]?=?")
_DATE_PATTERN = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?-?\*|(\d{1,3})\*")


def date_clause_hint(value: str, field: str, today: date | None = None) -> str:
    """What to write instead of the date ``value`` typed after ``field`` (``''`` when what was meant is not told)."""
    sign = _SIGN.match(value).group()  # type: ignore[union-attr]
    ranged = _month_range_hint(value, field, today or date.today()) or _span_hint(value, field, today or date.today())
    if ranged:
        return ranged
    named = yearless_hint(value[len(sign):].strip('"'), today or date.today(), f"{field}:{sign}")
    named = named or _month_number_hint(value[len(sign):], f"{field}:{sign}", today or date.today())
    return (named or last_span_hint(value[len(sign):].strip('"'), today or date.today(), f"{field}:{sign}", "--since ")
            or date_pattern_hint(value[len(sign):], field) or _unreal_day_hint(value[len(sign):]))


_MONTH_NUMBER = re.compile(r"0?[1-9]|1[0-2]")


def _month_number_hint(value: str, clause: str, today: date) -> str:
    """The year form of a month's number typed without its year after ``month:`` (``month:10``: ``month:2026-10``,
    the latest October begun by ``today``; which one was meant is not guessed); ``''`` for any other clause."""
    if not clause.lower().startswith("month:") or not _MONTH_NUMBER.fullmatch(value):
        return ""
    month = int(value)
    year = today.year if month <= today.month else today.year - 1
    return f"a month needs its year: write {clause}{year}-{month:02d} (the latest {calendar.month_name[month]}); "


_MONTH_RANGE = re.compile(r"\[\s*(0?[1-9]|1[0-2])\s+to\s+(0?[1-9]|1[0-2])\s*\]", re.IGNORECASE)


def _month_range_hint(value: str, field: str, today: date) -> str:
    """The year form of a range of months' numbers typed without their years after ``month:`` (``month:[10 TO 12]``:
    ``month:[2026-10 TO 2026-12]``, ending in the latest December begun by ``today``, starting in the October before
    it); ``''`` for any other clause."""
    match = _MONTH_RANGE.fullmatch(value.strip())
    if field.lower() != "month" or match is None:
        return ""
    first, last = int(match.group(1)), int(match.group(2))
    end_year = today.year if last <= today.month else today.year - 1
    start_year = end_year if first <= last else end_year - 1
    return (f"a month needs its year: write {field}:[{start_year}-{first:02d} TO {end_year}-{last:02d}] (the latest "
            f"{calendar.month_name[first]} to {calendar.month_name[last]}); ")


# A span back from today as --since reads it (2w, 7d, 6m, 1y): the clause alone, a range's end, a comparison's date
_SPAN = re.compile(r"(?<![\w.-])(\d+)([dwmy])(?![\w.-])", re.IGNORECASE)
_SPAN_ENDS = re.compile(r"([<>]=?|[\[{]?)\s*(\S*?)(?:\s+to\s+(\S*?))?\s*([\]}]?)", re.IGNORECASE)
_OPEN_ENDS = ("", "*", "today")  # ends --since and --until leave as they are


def _span_hint(value: str, field: str, today: date) -> str:
    """The day a span back from today (``2w``) typed in a date clause names, as the clause (``date:[2w TO today]``:
    ``date:[2026-11-23 TO today]``; ``date:2w`` ``date:[2026-11-23 TO today]``), and --since (--until for an end)
    when the clause is that alone; ``''`` for a clause with no span as a date."""
    ends = _SPAN_ENDS.fullmatch(value.strip())
    if ends is None or not any(_SPAN.fullmatch(end or "") for end in ends.groups()[1:3]):
        return ""
    sign, first, last, closing = ends.groups()
    try:
        days = {end: parse_bound(end, today=today).date().isoformat() for end in (first, last) if _SPAN.fullmatch(end or "")}
    except InvalidQuery:  # 99999d: too far back, said by the generic help
        return ""
    clause = _SPAN.sub(lambda match: days.get(match.group(), match.group()), value.strip())
    clause = f"[{clause} TO today]" if not sign and last is None else clause
    options = [f"--{'until' if sign in ('<', '<=') else 'since'} {_option_span(first, sign, today)}"] \
        if first in days else []
    options += [f"--until {_option_span(last, closing, today)}"] if last in days else []
    alone = all(end in days or (end or "").lower() in _OPEN_ENDS for end in (first, last)) and first.lower() != "today"
    said = f"{' and '.join(days)} {'is a span' if len(days) == 1 else 'are spans'} back from today"
    return (f"{said}, which a date clause does not take: write {field}:{clause}"
            f"{', or ' + ' '.join(options) if alone else ''}; ")


_STRICT = {">": 1, "{": 1, "<": -1, "}": -1}  # a bound that leaves its day out: the option takes the day after (before)


def _option_span(span: str, sign: str, today: date) -> str:
    """The --since (--until) that takes the days a clause's ``span`` end does: the span itself for an end that takes
    its day (``>=2w``, ``[2w TO``), else the day after it (``>2w``: ``13d``) or before it (``<2w``: ``15d``), in days
    for a span of days or weeks (``today`` for none) and as a date for one of months or years, whose days vary."""
    step = _STRICT.get(sign, 0)
    if not step:
        return span
    count, unit = int(span[:-1]), span[-1].lower()
    if unit in "dw":
        back = count * (7 if unit == "w" else 1) - step
        if back >= 0:  # date:>0d, after today, is tomorrow's date
            return f"{back}d" if back else "today"
    return date.fromordinal(parse_bound(span, today=today).date().toordinal() + step).isoformat()


_LAST = re.compile(r"last\s+(week|month|year)", re.IGNORECASE)
_SPANS = {"week": "1w", "month": "1m", "year": "1y"}


def last_span_hint(words: str, today: date, clause: str = "", back: str = "") -> str:
    """What to write for ``last week`` (``last month``, ``last year``), which may be two spans: the calendar one before
    this one after ``clause`` (``date:2026-W49``; ``2026-W49`` for ``--since``), or the span back from today after
    ``back`` (``--since 1w``; ``1w``). ``--since "last week"`` had offered the second alone."""
    words = " ".join(words.split())
    match = _LAST.fullmatch(words)
    if match is None:
        return ""
    unit = match.group(1).lower()
    if unit == "week":
        year, week, _ = date.fromordinal(today.toordinal() - 7).isocalendar()
        calendar_span = f"{year}-W{week:02d}"
    elif unit == "month":
        calendar_span = f"{date.fromordinal(today.replace(day=1).toordinal() - 1):%Y-%m}"
    else:
        calendar_span = str(today.year - 1)
    return (f"{words} may be the calendar {unit} or the {unit} back from today: write {clause}{calendar_span} for the "
            f"first, {back}{_SPANS[unit]} for the second; ")


_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _unreal_day_hint(value: str) -> str:
    """How many days a month has, said of a day past its end (``2021-02-29``: "February 2021 has 28 days")."""
    match = _DAY.fullmatch(value)
    return month_days_hint(*map(int, match.groups())) if match else ""


def date_pattern_hint(value: str, field: str) -> str:
    """What to write for a date typed with a ``*`` after it: the date (or the years) it may mean, as a clause."""
    match = _DATE_PATTERN.fullmatch(value)
    if match is None:
        return ""
    if match.group(4):  # date:198*, the 1980s
        digits, width = match.group(4), 4 - len(match.group(4))
        first, last = max(int(digits + "0" * width), 1), int(digits + "9" * width)
        return f"a date takes no *: the years {first:04d} to {last:04d} are {field}:[{first:04d} TO {last:04d}]; "
    year, month, day = match.group(1), match.group(2), match.group(3)
    readings = _readings(int(year), month, day)
    if not readings:
        return ""
    clauses = " or ".join(f"{field}:{first}" if first == last else f"{field}:[{first} TO {last}]"
                          for first, last in readings)
    if len(readings) == 1:
        return f"a date is its whole period, with no *: write {clauses}; "
    said = " or ".join(first if first == last else f"{first} to {last}" for first, last in readings)
    return f"{field}:{value} may be {said}: write {clauses}; "


def _readings(year: int, month: str | None, day: str | None) -> list[tuple[str, str]]:
    """The periods (first, last, as ISO writes them) a date's last number may mean with a ``*`` after it: the number
    itself, and when it is one digit the two-digit numbers it opens (month 1*: October to December)."""
    if month is None:
        return [(f"{year:04d}", f"{year:04d}")]
    if day is None:
        numbers = _opened(month, 12)
        return [(f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}") for first, last in numbers]
    if not 1 <= int(month) <= 12:
        return []
    days = calendar.monthrange(year, int(month))[1]
    at = f"{year:04d}-{int(month):02d}"
    return [(f"{at}-{first:02d}", f"{at}-{last:02d}") for first, last in _opened(day, days)]


def _opened(typed: str, most: int) -> list[tuple[int, int]]:
    """The numbers from 1 to ``most`` that ``typed`` with a ``*`` after it may mean: itself, and when it is one digit
    those of two digits it opens (``1``: 1, and 10 to 19 within ``most``)."""
    spans = [(int(typed), int(typed))] if 1 <= int(typed) <= most else []
    if len(typed) == 1 and 10 * int(typed) <= most:
        spans.append((max(10 * int(typed), 1), min(10 * int(typed) + 9, most)))
    return spans


_YEAR = re.compile(r"\d{4}")


def named_date_after(text: str, end: int, value: str) -> str | None:
    """A date named in words that a space cut after ``value`` (``date:March 1987``, ``date:1 March 1987``): the
    words up to its year when they read as a date, else None."""
    words = text[end:].split()[:2]
    for count in range(1, len(words) + 1):
        spelled = " ".join([value.strip('"'), *words[:count]])
        named = named_date(spelled) if value[:1] not in "<>[{" and _YEAR.fullmatch(words[count - 1]) else None
        if named is None:
            continue
        try:
            parse_bound(named)
        except InvalidQuery:  # 31 February 1987
            return None
        return spelled
    return None
