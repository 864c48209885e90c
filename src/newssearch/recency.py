"""Time-aware ranking: ``--recent`` and ``--around DATE`` multiply relevance by a mild date decay.

The factor is ``floor + (1 - floor) * 0.5 ** (days / half_life)``, where ``days`` is the distance
from the reference day: the newest article in the index for ``--recent``
(a stray few newest dates set aside: ``DayColumn.recent_reference``), the given day for
``--around``, with a half-life of half the index's span of dates for ``--recent`` (a year at most)
and of a twentieth of it for ``--around``. It falls from 1 to ``RECENCY_FLOOR`` (never lower, so a much better old match still
wins); an undated article gets the floor under both: it is no newer and near no date, so it never outranks a
dated one of equal relevance on recency alone (``--recent`` had given it 0.75, above every dated article a
half-life or so old: BBC's undated texts over Reuters' wires of 1987). Only the top
``RERANK_DEPTH`` hits by relevance are
re-scored, so the decay reorders good matches and never promotes a poor one from far down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import config


@dataclass(frozen=True)
class Decay:
    """A decay centred on ``center`` (or on the days from ``center`` to ``last``: a month, a year) with a
    half-life in days."""

    center: date
    half_life: float
    floor: float = config.RECENCY_FLOOR
    undated: float = config.RECENCY_FLOOR
    last: date | None = None

    def factor(self, day: date | None) -> float:
        """The multiplier for an article published on ``day`` (None: undated); every day of the period is at
        its centre."""
        if day is None:
            return self.undated
        days = max((self.center - day).days, (day - (self.last or self.center)).days, 0)
        return self.floor + (1 - self.floor) * 0.5 ** (days / self.half_life)


def recent_decay(newest: date, span_days: int = 0) -> Decay:
    """Newer is better, measured back from the newest article in the index. The bonus halves every
    ``RECENT_SPAN_SHARE``th of ``span_days``, the index's span of dates, a year (``RECENT_HALF_LIFE_DAYS``) at most
    and a day at least: the year suits an archive of two years or more (a year-old story is old news however long
    the archive), but had barely reordered one of a month (its oldest article kept 0.97 of its score); half the span
    gives a month's last fortnight what a year gives a decade's last year. Half, not a fourth: on TIME (1963, one
    year) a fourth had cut --recent's MAP on queries 1-41 from 0.782 to 0.749; half keeps it (0.791)."""
    half_life = min(float(config.RECENT_HALF_LIFE_DAYS), max(1.0, span_days / config.RECENT_SPAN_SHARE))
    return Decay(newest, half_life)


def around_decay(center: date, last: date | None = None, span_days: int = 0) -> Decay:
    """Closer to ``center`` (either side) is better; with ``last``, closer to the period from ``center`` to
    ``last`` (``--around 2020-06``: every day of June is at the centre). The bonus halves every
    ``AROUND_SPAN_SHARE``th of ``span_days``, the index's span of dates (a day at least), so that near means the
    same year in an archive of decades and the same days in one of a month: a fixed 30 days had made a wire seven
    months from the date as far from it as one of eighteen years later. An undated article is near no date: it
    counts as far away as any (the floor), never above a dated one near the centre."""
    half_life = max(1.0, span_days / config.AROUND_SPAN_SHARE)
    return Decay(center, half_life, last=last)


class DamagedDay(ValueError):
    """A ``daynum`` column value that is no day: the index's bytes are damaged (the guard says so)."""


def day_from_number(number: int) -> date | None:
    """The date of a ``daynum`` column value (0: undated); DamagedDay for a number no day has."""
    if number <= 0:
        return None
    try:
        return date.fromordinal(number)
    except (ValueError, OverflowError) as exc:
        raise DamagedDay(f"day number {number} is no day") from exc


def rerank(scored: list[tuple[int, float]], days: dict[int, date | None], decay: Decay) -> list[tuple[int, float]]:
    """``(docnum, score)`` pairs re-scored by the decay, best first (ties keep their relevance order)."""
    rescored = [(docnum, score * decay.factor(days.get(docnum))) for docnum, score in scored]
    return sorted(rescored, key=lambda pair: -pair[1])
