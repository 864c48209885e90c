"""A day typed in digits day or month first (``26/02/1987``, ``02/26/1987``, ``26.02.1987``): which is the month cannot
be told in general (``03/04/2020``), but can when only one order makes a real day, or both read alike."""

from __future__ import annotations

from .startup import lazy_compile

# A day written day or month first (12/31/2020, 31.12.2020, 03/04/2020), one separator throughout.
DAY_OR_MONTH_FIRST = lazy_compile(r"^\d{1,2}([/.-])\d{1,2}\1\d{2,4}$")


def single_reading(value: str) -> str | None:
    """``value``'s day as ISO writes it when it is written day or month first with its year in full and only one order
    makes a real day (``26/02/1987`` and ``02/26/1987``: ``1987-02-26``), or both orders the same one (``5/5/2020``);
    None for any other text, and for a day both orders read (``03/04/2020``: 3 April or 4 March) or neither."""
    days = readings(value)
    return days[0] if len(days) == 1 and not days[0].startswith("YYYY") else None


def readings(value: str) -> list[str]:
    """The real days ``value`` written day or month first makes, month first then day first, each once, as ISO writes
    them (``YYYY`` for a year not written in full): ``["2020-03-04", "2020-04-03"]`` for ``03/04/2020``; none for any
    other text."""
    match = DAY_OR_MONTH_FIRST.match(value)
    if not match:
        return []
    first, second, year = value.split(match.group(1))
    written = year if len(year) == 4 else "YYYY"
    return list(dict.fromkeys(f"{written}-{int(month):02d}-{int(day):02d}" for month, day in ((first, second),
                                                                                             (second, first))
                              if real_day(written, int(month), int(day))))


def real_day(year: str, month: int, day: int) -> bool:
    """Whether ``month`` and ``day`` make a day of ``year`` (``YYYY``, a year not written in full: of any year, a leap
    year's 29 February too)."""
    if not 0 < month <= 12:
        return False
    import calendar  # here: a query of no date imports none (~2 ms)

    return 0 < day <= calendar.monthrange(int(year) if year.isdigit() else 2000, month)[1]
