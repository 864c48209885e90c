"""When a story was covered: counts of matching articles per year, month, ISO week or day, in date order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice

from .errors import InvalidQuery


@dataclass
class Timeline:
    """Counts of the hits of one query per period; undated hits are counted apart."""

    query: str
    by: str
    periods: list[tuple[str, int]]
    undated: int = 0
    total: int = 0
    suggestion: str | None = None  # "Did you mean", as for a search
    notice: str | None = None      # what the parser did with the query
    # How many articles of the whole index each period holds: a gap in the archive is not a lull in the news.
    indexed: dict[str, int] = field(default_factory=dict)
    # The periods of the index's oldest and newest dated articles, the window aside (None: not known), so that a
    # chart says which of its empty periods are before or after the archive rather than a lull inside it.
    span: tuple[str, str] | None = None
    # Copies grouped (else None): each story counted once, in the period of its earliest copy among the hits;
    # ``total`` counts stories, and ``articles`` the articles they are.
    articles: int | None = None

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        return {
            "query": self.query,
            "by": self.by,
            "total": self.total,
            **({"articles": self.articles} if self.articles is not None else {}),  # (--group-copies: total is stories)
            "undated": self.undated,
            "periods": [{"period": period, "count": count, "articles": self.indexed.get(period, 0)}
                        for period, count in self.periods],
            "suggestion": self.suggestion,
            "notice": self.notice,
        }


def _week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _year_start(day: date) -> date:
    return day.replace(month=1, day=1)


def _next_day(day: date) -> date:
    return day + timedelta(days=1)


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
    # a story's days, as a journalist reconstructs a week's coverage; empty days shown (a run folded) as weeks are
    "day": (lambda d: d, _next_day, date.isoformat),
}


def check_period(by: str) -> None:
    """Refuse an unknown period name."""
    if by not in PERIODS:
        raise InvalidQuery(f"unknown period {by!r}", hint="a period is year, month, week or day")


def indexed_counts(days: Iterable[date], by: str, first: date | None, last: date | None) -> Counter[str]:
    """How many of the index's articles (``days``, their dates) fall in each period within ``first`` to ``last`` (the
    window of --since, --until and the query's date clauses): a period cut by the window had counted its articles
    outside it, so ``date:*`` found 3 of its 5 and a share of coverage came out wrong at the edges."""
    return period_counts([day for day in days if (not first or day >= first) and (not last or day <= last)], by)


def period_of(day: date, by: str) -> str:
    """The label of the period ``day`` falls in (``2020-W26`` by week)."""
    start_of, _, label = PERIODS[by]
    return label(start_of(day))


def period_counts(days: list[date], by: str) -> Counter[str]:
    """How many of ``days`` fall in each period, by its label."""
    start_of, _, label = PERIODS[by]
    return Counter(label(start_of(day)) for day in days)


MAX_EDGE_PERIODS = 1000  # empty periods added at the edges to fill a --since/--until window, at most


def count_periods(days: list[date], by: str, first: date | None = None, last: date | None = None) -> list[tuple[str, int]]:
    """Counts per period from the first to the last day, empty periods included (a gap shows).

    ``first`` and ``last`` (the --since/--until window) widen the span to the window's edges, so a chart
    of the window asked for shows its empty periods too, unless that would add more than MAX_EDGE_PERIODS.
    """
    check_period(by)
    start_of, next_of, label = PERIODS[by]
    counts = Counter(start_of(day) for day in days)
    if not counts:
        return []
    current, end = min(counts), max(counts)
    wide_start = min(current, start_of(first)) if first else current
    wide_end = max(end, start_of(last)) if last else end
    inner = _periods_between(current, end, next_of)
    if _periods_between(wide_start, wide_end, next_of, most=inner + MAX_EDGE_PERIODS + 1) - inner <= MAX_EDGE_PERIODS:
        current, end = wide_start, wide_end
    return [(label(start), counts.get(start, 0)) for start in _period_starts(current, end, next_of)]


def _periods_between(start: date, end: date, next_of, most: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """The number of periods from ``start`` to ``end``, counted up to ``most`` (a window of 1900 to 9999 by day had
    been walked to its 2.9 million days)."""
    return sum(1 for _ in islice(_period_starts(start, end, next_of), most))


def _period_starts(start: date, end: date, next_of) -> Iterator[date]:  # type: ignore[no-untyped-def]
    """The start of each period from ``start``'s to ``end``'s; 9999's last is the last there is (the next one's
    start had failed: "year 10000 is out of range")."""
    while start <= end:
        yield start
        try:
            start = next_of(start)
        except (OverflowError, ValueError):
            return
