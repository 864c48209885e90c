"""The order a document's numeric dates are written in, as a weekday before one of them shows it: "Tuesday 05/03/2024"
is 5 March (a Tuesday in 2024), not May 3 (a Friday), so the document writes the day first; "Sunday 03/03/2024" reads
the same either way and shows nothing, nor does a weekday neither reading falls on (a slip). Read by
``dayevidence.shown_day_first`` beside its other evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .dates import full_year, make_date
from .weekdays import WEEKDAY_NUMBERS

# Weekdays of three letters or more: the two-letter ones ("do", "so", "ma") are words of English and Dutch too.
_NAMES = "|".join(map(re.escape, sorted((name for name in WEEKDAY_NUMBERS if len(name) >= 3), key=len, reverse=True)))
# Just before a numeric date: "Tuesday 05/03/2024", "Tue, 05/03/2024", "Di. 05.03.2024" is no slashed date (dotted
# dates are written day first alone).
_WEEKDAY_END = re.compile(rf"(?<![^\W\d_])({_NAMES})(?:\.,?[ \t]*|,[ \t]*|[ \t]+)$", re.IGNORECASE)
_LOOK_BACK = 20  # characters before a date where its weekday stands ("Wednesday, " and room)


def weekday_orders(dates: Iterable[tuple[int, int, int, str]]) -> set[bool]:
    """The orders (True: the day first) the weekdays before ``dates`` show: each a numeric date's first, second and
    year numbers as written and the text just before it, a reading of it falling on its weekday and the other not."""
    orders: set[bool] = set()
    for first, second, year, before in dates:
        found = _WEEKDAY_END.search(before[-_LOOK_BACK:])
        if found is None or first == second:
            continue
        weekday = WEEKDAY_NUMBERS[found.group(1).lower()]
        full = full_year(year)
        fits = {day_first for day_first, day in ((True, make_date(full, second, first)),
                                                 (False, make_date(full, first, second)))
                if day is not None and day.weekday() == weekday}
        if len(fits) == 1:
            orders |= fits
    return orders
