"""What a search's order and date options become: the sort checked, the --since/--until filter, the date decay."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .daycolumn import DayColumn
from .errors import InvalidQuery, Worded, as_typed
from .recency import Decay, around_decay, recent_decay
from .timefilter import check_range, parse_bound

SORTS = ("relevance", "date", "oldest")
DateLike = str | date | datetime | None


def check_sort(sort: str) -> None:
    """Refuse an order of hits there is none of."""
    if sort not in SORTS:
        raise InvalidQuery(Worded(f'sort must be "relevance", "date" or "oldest", not {as_typed(sort)}',
                                  f"unknown sort {as_typed(sort)}"),
                           hint=Worded("", "use --sort relevance, --sort date or --sort oldest"))


def bound(value: DateLike, end: bool) -> datetime | None:
    """A datetime bound from a string, date or datetime. Articles are dated by the day, so a datetime stands for
    its whole day (``since=datetime.now() - timedelta(days=7)`` keeps that first day's articles), a datetime with a
    time zone the day of its own wall-clock time, the zone dropped."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value  # a datetime: its day
        return parse_bound(day.isoformat(), end=end)
    return parse_bound(value, end=end)


def date_filter_of(days: DayColumn, since: DateLike, until: DateLike) -> set[int] | None:
    """The articles --since/--until keep (read from the day column, see daycolumn.py), or None for all."""
    start = bound(since, end=False)
    end = bound(until, end=True)
    check_range(start, end)
    if start is None and end is None:
        return None
    return days.between(start.date() if start else None, end.date() if end else None)


def decay_of(days: DayColumn, recent: bool, around: DateLike, sort: str) -> Decay | None:
    """The date decay for --recent or --around, or None for pure relevance."""
    if not recent and not around:
        return None
    if recent and around:
        raise InvalidQuery(Worded("recent and around cannot be used together",
                                  "--recent and --around cannot be used together"), hint="choose one")
    if sort != "relevance":
        raise InvalidQuery(Worded("recent and around change the relevance ranking",
                                  "--recent and --around change the relevance ranking"),
                           hint=Worded(f'leave out sort="{sort}"', f"leave out --sort {sort}"))
    if days.newest() is None or (around and far_from_every_date(days, around)):
        return None  # it changes nothing, as its note says: every article as far as any, the scores relevance's
    if around:
        return around_decay(bound(around, end=False).date(), bound(around, end=True).date(),  # type: ignore[union-attr]
                            days.span_days())
    return recent_decay(days.recent_reference() or date.today(), days.span_days())


NEAR_DAYS = 365  # --around names a date no article is dated within a year of: it changes nothing


def far_from_every_date(days: DayColumn, around: DateLike) -> bool:
    """Whether no article is dated within ``NEAR_DAYS`` of ``around`` (``--around 2030`` on an archive that ends in
    2021): every article is as far from it as any, so it changes nothing."""
    first, last = bound(around, end=False), bound(around, end=True)
    return first is not None and last is not None and not days.between(_shifted(first.date(), -NEAR_DAYS),
                                                                        _shifted(last.date(), NEAR_DAYS))


def _shifted(day: date, by: int) -> date:
    """``day`` moved ``by`` days, held within Python's dates (``--around 9999`` a year on had been an OverflowError)."""
    try:
        return day + timedelta(days=by)
    except OverflowError:
        return date.max if by > 0 else date.min
