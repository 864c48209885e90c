"""The publication days of an index snapshot's articles, read once from the stored day-number column.

--since and --until keep the articles of a span of days: looked up here, 21,577 Reuters stories take a few
milliseconds, where a DateRange over the date field (a union of one term per day) took 100-150 ms, and a
filter that found nothing was read twice more for its notice (the newest and oldest days, the undated hits).
Articles are dated by the day: the date field holds midnight of the day the column numbers, so the two agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from . import config
from .doccolumns import column_values, deleted_docnums
from .recency import day_from_number
from .schema import DAY_NUMBER


class DayColumn:
    """Each article's day number (0: undated) and the live articles, read on first need and kept: a searcher
    is a snapshot, so they never change under it."""

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        self.reader = reader
        self._numbers: list[int] | None = None
        self._live: list[tuple[int, int]] | None = None

    @property
    def numbers(self) -> list[int]:
        """The day number of every document, by document number (deleted ones too)."""
        if self._numbers is None:
            self._numbers = column_values(self.reader, DAY_NUMBER)
        return self._numbers

    def live(self) -> list[tuple[int, int]]:
        """``(docnum, day number)`` of the live articles: not those deleted or replaced since their segment merged."""
        if self._live is None:
            deleted = deleted_docnums(self.reader) if self.reader.has_deletions() else set()
            self._live = [(docnum, number) for docnum, number in enumerate(self.numbers) if docnum not in deleted]
        return self._live

    def between(self, first: date | None, last: date | None) -> set[int]:
        """The live articles dated from ``first`` to ``last`` (both included; None: no bound); none undated."""
        low = first.toordinal() if first else 1
        high = last.toordinal() if last else date.max.toordinal()
        return {docnum for docnum, number in self.live() if low <= number <= high}

    def newest(self) -> date | None:
        """The newest live article's day, or None when none is dated."""
        return day_from_number(max((number for _, number in self.live()), default=0))

    def recent_reference(self) -> date | None:
        """The day ``--recent`` counts back from: the newest day once a stray few newest dates are set aside (one in
        every ``RECENT_STRAY_EVERY`` dated articles), or None when none is dated.

        A single misdated article (Reuters-21578's note of 1996 among the wires of 1987, a typo of 2062) would
        otherwise put every other article years back and under the undated ones; in an archive without strays
        the reference moves by hours or days."""
        dated = self._dated()
        if not dated:
            return None
        return day_from_number(dated[-1 - len(dated) // config.RECENT_STRAY_EVERY])

    def span_days(self) -> int:
        """Days from the oldest to the newest dated live article, a stray few set aside at either end as
        ``recent_reference`` sets them aside (0 when none is dated): the scale of ``--recent``'s and ``--around``'s
        decays."""
        dated = self._dated()
        strays = len(dated) // config.RECENT_STRAY_EVERY
        return dated[-1 - strays] - dated[strays] if dated else 0

    def _dated(self) -> list[int]:
        """The day numbers of the dated live articles, oldest first."""
        return sorted(number for _, number in self.live() if number)

    def oldest(self) -> date | None:
        """The oldest dated live article's day, or None when none is dated."""
        return day_from_number(min((number for _, number in self.live() if number), default=0))

    def days_of(self, docnums: Iterable[int]) -> list[date | None]:
        """The publication dates of ``docnums`` (None for undated ones)."""
        numbers = self.numbers
        return [day_from_number(numbers[docnum]) for docnum in docnums]

    def undated(self, docnums: Iterable[int]) -> int:
        """How many of ``docnums`` have no publication date."""
        numbers = self.numbers
        return sum(1 for docnum in docnums if not numbers[docnum])
