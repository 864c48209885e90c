"""When a story was covered: counts of matching articles per year, month or ISO week, in date order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import InvalidQuery


@dataclass
class Timeline:
    """Counts of the hits of one query per period; undated hits are counted apart."""

    query: str
    by: str
    periods: list[tuple[str, int]]
    undated: int = 0
    total: int = 0

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        return {
            "query": self.query,
            "by": self.by,
            "total": self.total,
            "undated": self.undated,
            "periods": [{"period": period, "count": count} for period, count in self.periods],
        }


def _week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _year_start(day: date) -> date:
    return day.replace(month=1, day=1)


def _next_week(day: date) -> date:
    return day + timedelta(days=7)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _next_year(day: date) -> date:
    return date(day.year + 1, 1, 1)


def _week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


# Period name -> (start of the period holding a day, start of the next period, label).
PERIODS: dict[str, tuple[Callable[[date], date], Callable[[date], date], Callable[[date], str]]] = {
    "year": (_year_start, _next_year, lambda d: f"{d.year:04d}"),
    "month": (_month_start, _next_month, lambda d: f"{d.year:04d}-{d.month:02d}"),
    "week": (_week_start, _next_week, _week_label),
}


def check_period(by: str) -> None:
    """Refuse an unknown period name."""
    if by not in PERIODS:
        raise InvalidQuery(f"unknown period {by!r}", hint="use --by year, month or week")


def count_periods(days: list[date], by: str) -> list[tuple[str, int]]:
    """Counts per period from the first to the last day, empty periods included (a gap shows)."""
    check_period(by)
    start_of, next_of, label = PERIODS[by]
    counts = Counter(start_of(day) for day in days)
    if not counts:
        return []
    periods = []
    current, last = min(counts), max(counts)
    while current <= last:
        periods.append((label(current), counts.get(current, 0)))
        current = next_of(current)
    return periods
