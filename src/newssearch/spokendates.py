"""Dates a reporter says rather than writes, for ``--since``, ``--until`` and ``--around``: the calendar period that
holds today (``this week``, ``this month``, ``this year``), taken; and what to write for a quarter (``Q3 2020``), a
decade (``2020s``) and a day of the week (``Monday``), which are refused with the general date forms otherwise. Its
patterns are compiled on first use: every query imports this module (timefilter), few give a date."""

from __future__ import annotations

from datetime import date, timedelta

from .startup import lazy_compile

_THIS = lazy_compile(r"(?:this|the\s+current)\s+(week|month|year)")
_QUARTER = lazy_compile(r"(?:q([1-4])\s*(?:[-/]\s*)?(\d{4})|(\d{4})\s*[-/]?\s*q([1-4]))")
_DECADE = lazy_compile(r"(?:the\s+)?(\d{3})0'?s")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = lazy_compile(rf"(?:last\s+|on\s+)?({'|'.join(_WEEKDAYS)})")


def this_period(value: str, today: date) -> str | None:
    """The period ``this week`` (``month``, ``year``) names as a date the options take (``2026-W50``, ``2026-12``,
    ``2026``), so that ``--since`` is its first day and ``--until`` its last; None for any other text."""
    match = _THIS.fullmatch(" ".join(value.split()))
    if match is None:
        return None
    unit = match.group(1)
    if unit == "week":
        year, week, _ = today.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{today:%Y-%m}" if unit == "month" else str(today.year)


def spoken_date_hint(value: str, today: date) -> str:
    """What to write for a quarter, a decade or a day of the week typed as a date (``''`` for any other text)."""
    value = " ".join(value.split())
    if quarter := _QUARTER.fullmatch(value):
        number, year = int(quarter.group(1) or quarter.group(4)), quarter.group(2) or quarter.group(3)
        first, last = 3 * number - 2, 3 * number
        return (f"a quarter is its three months: write --since {year}-{first:02d} --until {year}-{last:02d} "
                f"(or date:[{year}-{first:02d} TO {year}-{last:02d}]); ")
    if decade := _DECADE.fullmatch(value):
        first = int(decade.group(1)) * 10
        return f"a decade is its ten years: write --since {first} --until {first + 9}; "
    if weekday := _WEEKDAY.fullmatch(value):
        name = weekday.group(1)
        back = (today.weekday() - _WEEKDAYS.index(name)) % 7 or 7
        day = today - timedelta(days=back)
        return f"a day is written as its date: {day.isoformat()} is the latest {name.capitalize()}; "
    return ""
