"""Whether an English document that names neither its region nor a country's address writes ``7/03/2024`` day first
(7 March) or month first (July 3), as its own dates show it (its publisher's country: ``dayfirst.publisher_region``):
another numeric date in it whose first number is a day (``25/03/2024``), or a date written with its month's name that
is the day-first reading of one of its numeric dates ("7 March 2024" beside "7/03/2024"). A leading zero tells
nothing: ``07/03`` is written both ways.

Without such evidence a document stays month first, as US English writes it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .dates import full_year, make_date, parse_date, written_date
from .weekdayorder import weekday_orders

# A numeric date in running text or an address: 7/03/2024, 25/03/24, 25-03-2024 (a dash with a four-digit year only,
# as ``dates._SLASHED`` reads it), /news/25-03-2024/; not a part of a longer number (a version: 1.25/03/2024.1).
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})(?:/(\d{1,2})/(\d{4}|\d{2})|-(\d{1,2})-(\d{4}))(?!\d|\.\d)")
MAX_EVIDENCE_CHARS = 100_000  # a document's first characters read for its dates: a date line or a trailer is in them
_BEFORE_DATE = 20  # characters kept before a numeric date, where a weekday written before it stands


def _numeric_dates(texts: Iterable[str]) -> list[tuple[int, int, int, str]]:
    """The (first, second, year) numbers of each numeric date in ``texts``, as written, and the few characters before
    it, where its weekday stands (``weekdayorder``)."""
    found = []
    for text in texts:
        text = text[:MAX_EVIDENCE_CHARS]
        for match in _NUMERIC.finditer(text):
            first, second, year = match.group(1), match.group(2) or match.group(4), match.group(3) or match.group(5)
            found.append((int(first), int(second), int(year), text[max(0, match.start() - _BEFORE_DATE):match.start()]))
    return found


def _ambiguous(numbers: Iterable[tuple[int, int, int, str]]) -> list[tuple[int, int, int]]:
    """The dates among ``numbers`` that read as two days, one each way (7/03/2024; not 7/07/2024 nor 25/03/2024)."""
    return [(first, second, year) for first, second, year, _before in numbers
            if first != second and max(first, second) <= 12]


def has_ambiguous_date(texts: Iterable[str]) -> bool:
    """Whether ``texts`` (a document's date values: short) hold a numeric date that reads as two days, whose order
    its other evidence may tell (``shown_day_first``)."""
    return bool(_ambiguous(_numeric_dates(texts)))


def shown_day_first(texts: Iterable[str]) -> bool | None:
    """Whether ``texts`` (a document's date values and its text) show their numeric dates day first (True), month
    first (False), or neither (None: no evidence, or evidence both ways).

    A date whose first number is above 12 (``25/03/2024``) shows the day first, one whose second is (``03/25/2024``)
    the month; else a date written with its month's name that is one reading of an ambiguous numeric date and not
    the other ("7 March 2024" beside "7/03/2024") shows that reading's order. A weekday before an ambiguous one that
    only one reading falls on ("Tuesday 05/03/2024": 5 March) shows it as a day above 12 does (``weekdayorder``)."""
    texts = [text[:MAX_EVIDENCE_CHARS] for text in texts if text]
    numbers = _numeric_dates(texts)
    orders = {first > 12 for first, second, _year, _before in numbers
              if (first > 12) != (second > 12) and max(first, second) <= 31} | weekday_orders(numbers)
    if orders:
        return orders.pop() if len(orders) == 1 else None
    ambiguous = _ambiguous(numbers)
    return _named_order(ambiguous, texts) if ambiguous else None


_BEFORE_YEAR = 40  # characters before a year where its date's day and month's name stand ("Wednesday 7th of March, 2024")


def _named_dates(texts: list[str], years: set[int]) -> set[date]:
    """The dates written with a month's name in ``texts`` in one of ``years``: the written-date search, costly, run
    only on the few characters before each of those years."""
    year_pattern = re.compile(r"(?<!\d)(?:" + "|".join(map(str, sorted(years))) + r")(?!\d)")
    named = set()
    for text in texts:
        for year in year_pattern.finditer(text):
            window = text[max(0, year.start() - _BEFORE_YEAR):year.end()]
            for match in written_date().finditer(window):
                if any(letter.isalpha() for letter in match.group()) and (day := parse_date(match.group())):
                    named.add(day)
    return named


def _named_order(ambiguous: list[tuple[int, int, int]], texts: list[str]) -> bool | None:
    """The order in which the dates written with a month's name among ``texts`` read the ``ambiguous`` numeric dates;
    None when they read none of them, or both ways."""
    named = _named_dates(texts, {full_year(year) for _first, _second, year in ambiguous})
    orders = set()
    for first, second, year in ambiguous:
        full = full_year(year)
        if make_date(full, second, first) in named:
            orders.add(True)
        if make_date(full, first, second) in named:
            orders.add(False)
    return orders.pop() if len(orders) == 1 else None
