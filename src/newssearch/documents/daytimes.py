"""The time of day a publication date was written with, kept with its day.

A date source that gives a time (``2020-06-19T23:30:00+12:00``, ``Fri, 19 Jun 2020 10:30:00 GMT``, ``5 June 2020,
10:30 am``, ``Sat 1 Jun 2024 10.00 BST``, ``1 juin 2024 à 14h05``, an hour alone right after the date: ``14. März
2024, um 14 Uhr``, ``June 1, 2024 at 2 p.m.``; Unix time) gives ``parse_date`` a ``TimedDay``:
the day as before (the local day the publisher wrote, also when UTC's is another), carrying its ``moment``. The
moment is in UTC when the text gives an offset (``Z``, ``+12:00``, ``GMT``, a zone's name that ``zonenames`` knows:
RFC 822's, ``CET``, ``NZDT``) and as written, no zone, when it gives none or a name of several zones (``IST``).
A day made otherwise (from an address, a path, or moved to another day than the text's) is a plain ``date``: it has
no time (a web page's then takes the time its date box shows on that day: ``htmldates``). A midnight written whole
(``T00:00:00``) is taken for a day-only date's padding, not a time.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

from ..startup import lazy_compile
from .isomoments import iso_moment
from .utcstamps import EARLIEST_OFFSET, LATEST_OFFSET
from .zonenames import is_zone_name, named_zone

# A clock's zone after it, its own group: Z, UTC or GMT with an offset or none, an offset, a name in capitals ("CET",
# "(NZDT)": whether it names a zone, ``_zone_written`` and ``zonenames`` say).
_CLOCK_ZONE = (r"(?:\s*(Z|(?:UTC|GMT)\s?[+-]\d\d?(?::?\d\d)?|UTC|GMT|[+-]\d\d:?\d\d|(?-i:[A-Z]{2,5})"
               r"|\((?-i:[A-Z]{2,5})\))(?![\w:]))?")
# A time after a date in words or numbers: "10:30", "10:30:15", "9:05 pm", "10:30 UTC", "10:30+01:00", "10:32 a.m.
# GMT+1", its zone named in capitals ("10:22 CET", "10:22 (NZDT)": zonenames).
_CLOCK = lazy_compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])(?:\s*([ap])\.?\s?m\b\.?)?"
                      r"(?:\s*uhr\b)?" + _CLOCK_ZONE, re.I)  # "0:00 Uhr MESZ": its zone after the clock's word
# A clock written without a colon: "10.00 BST", "2.30pm", "14.30 Uhr", "14h05", "14 h 30". A dotted one is read only
# where it cannot be a decimal number (``_spoken_clock``).
_SPOKEN_CLOCK = lazy_compile(r"(?<![\d.,:])([01]?\d|2[0-3])(?:(\.)|\s?h\s?)([0-5]\d)(?![\d:]|[.,]\d)"
                             r"(?:\s*([ap])\.?\s?m\b\.?|\s*(uhr)\b)?" + _CLOCK_ZONE, re.I)
# An hour alone, marked as a clock's: "2 p.m.", "2pm ET", "14 Uhr", "11h" (not "11h30", a spoken clock's, nor "2 h 1").
# Read only right after a date (``_AFTER_YEAR``): elsewhere in a date's text it is an event's hour.
_HOUR = lazy_compile(r"(?<![\d.,:])([01]?\d|2[0-3])(?:\s?([ap])\.?\s?m\b\.?|\s?(uhr)\b|\s?h\b(?!\s*\d))"
                     + _CLOCK_ZONE, re.I)
# What stands between a date's end and a clock next to it: "1 June 2024, 10.30", "1 juin 2024 à 14h05", "… 2024 |",
# an ISO day's ("2024-06-01 10.00") and a short dotted date's ("23.09.22 14.30") too.
_AFTER_YEAR = lazy_compile(r"(?:(?<!\d)(?:1[6-9]|2\d)\d\d|(?<!\d)\d{4}-\d\d-\d\d|(?<![\d.])\d\d?\.\d\d?\.\d\d)"
                           r"\s*(?:[,|·•–—@-]\s*)?(?:(?:at|um|à|a las|alle|kl\.?|om)\s+)?$", re.I)
_WORD_AFTER = lazy_compile(r"\s*(?:[^\W\d]|%|\d)", re.I)  # "12.50 million", "10.50 in early trading", "12.50 %"
_ISO_TIME = lazy_compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}[T\s]\d{1,2}:\d{2}")
# ISO 8601's basic form, as NITF and GDELT write it: 20200619T103000Z, 20200619T103000+1200, 20200619103000.
_COMPACT = lazy_compile(r"^\s*(\d{4})(\d\d)(\d\d)T?([01]\d|2[0-3])([0-5]\d)([0-5]\d)?(Z|[+-]\d\d:?\d\d)?\s*$", re.I)
# An RFC 822 date's time and zone: an offset, a zone's name (zonenames), GMT with an offset after it ("GMT+13").
_RFC822 = lazy_compile(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
                       r"(?:\s*((?:UTC|GMT)\s?[+-]\d\d?(?::?\d\d)?(?![\d:])|[+-]\d{4}|[A-Za-z]{1,5}\b))?")
_EPOCH = datetime(1, 1, 1)


class TimedDay(date):
    """A publication day and the moment its source wrote (``moment``: UTC when an offset was given, else naive)."""

    moment: datetime

    def __new__(cls, year: int, month: int, day: int, moment: datetime | None = None) -> TimedDay:
        made = super().__new__(cls, year, month, day)
        made.moment = moment if moment is not None else datetime(year, month, day)
        return made

    def __reduce__(self) -> tuple[object, ...]:  # pickled whole to and from the reading processes
        return TimedDay, (self.year, self.month, self.day, self.moment)

    def __repr__(self) -> str:
        return f"TimedDay({self.year}, {self.month}, {self.day}, {self.moment!r})"

    # A day moved or changed from this one is a plain day: the time was written for this day, not for that one (date's
    # own arithmetic would make a TimedDay at midnight, and ``replace`` one without a moment).
    def __add__(self, other: object) -> date:  # type: ignore[override]
        moved = date.__add__(self, other)  # type: ignore[operator]
        return moved if moved is NotImplemented else date(moved.year, moved.month, moved.day)

    __radd__ = __add__  # type: ignore[assignment]

    def __sub__(self, other: object) -> Any:
        moved = date.__sub__(self, other)  # type: ignore[operator]
        return date(moved.year, moved.month, moved.day) if isinstance(moved, date) else moved

    def replace(self, *args: Any, **kwargs: Any) -> date:  # type: ignore[override]
        """The plain day with the fields given changed."""
        return date(self.year, self.month, self.day).replace(*args, **kwargs)


def moment_of(day: date | None) -> datetime | None:
    """The moment ``day`` was written with, or None for a day without a time."""
    return day.moment if isinstance(day, TimedDay) else None


def with_moment(day: date, moment: datetime | None, midnight: bool = False) -> date:
    """``day`` carrying ``moment`` (converted to UTC when it has an offset); ``day`` itself when ``moment`` is None or
    a midnight's padding: any midnight, unless ``midnight`` says it was written as a time (see ``timed``)."""
    if moment is None or (moment.time() == datetime.min.time() and not midnight):
        return day
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return TimedDay(day.year, day.month, day.day, moment)


# What email.utils.parsedate_tz gives: year, month, day, hour, minute, second, three unused, the offset or None.
Rfc822Parts = tuple[int, int, int, int, int, int, int, int, int, "int | None"]


def timed(day: date | None, text: str, rfc822: Rfc822Parts | None = None) -> date | None:
    """``day`` read from ``text`` with the time ``text`` writes for that day, if any (``with_moment``); ``rfc822``,
    ``text`` as ``parsedate_tz`` read it already for its day, is not parsed again."""
    if day is None or isinstance(day, TimedDay) or (":" not in text and not _COMPACT.match(text)
                                                    and not _SPOKEN_CLOCK.search(text) and not _HOUR.search(text)):
        return day
    stamped, moment = _moment_in(text, day, rfc822)
    # A midnight on a clock with its zone ("12:00 a.m. EST", "00:00 UTC") is a time a person wrote; a machine's stamp
    # at midnight ("2024-05-01T00:00:00Z", RSS's "… 00:00:00 GMT") and a clock of no zone are a day's padding.
    return with_moment(day, moment, midnight=not stamped and moment is not None and moment.tzinfo is not None)


def _moment_in(text: str, day: date, parsed: Rfc822Parts | None = None) -> tuple[bool, datetime | None]:
    """Whether ``text`` is a machine's stamp, and the moment it writes on ``day``: an ISO 8601 (extended or basic) or
    RFC 822 stamp's (``parsed``, when given, its ``parsedate_tz`` reading), else the first clock time in it
    (``2020-06-19 10:30 UTC``, ``5 June 2020, 9:05 pm``)."""
    if _ISO_TIME.match(text) and (found := iso_moment(text.strip().replace(" ", "T", 1))) is not None:
        return True, found if found.date() == day else None
    if compact := _COMPACT.match(text):
        year, month, number, hour, minute, second, zone = compact.groups()
        if (int(year), int(month), int(number)) != (day.year, day.month, day.day):
            return True, None
        return True, datetime(day.year, day.month, day.day, int(hour), int(minute), int(second or 0), tzinfo=_zone(zone))
    if rfc822 := _RFC822.search(text):
        from email.utils import parsedate_tz

        parts = parsed if parsed is not None else parsedate_tz(text)
        if parts is None or (parts[1], parts[2]) != (day.month, day.day):
            return True, None
        # its zone read here: parsedate_tz says 0 for no zone as for GMT (a time written with none is kept as written),
        # and for GMT+13 too. A clock of no seconds with a zone's name ("1 May 2024 00:00 BST") is a person's line, not
        # a machine's stamp ("… 00:00:00 GMT", "… 00:00 +0000"): its midnight a time.
        zone = rfc822.group(1)
        named = zone is not None and zone.upper() not in ("GMT", "UT", "UTC", "Z") and is_zone_name(zone)
        stamped = rfc822.group(0).count(":") > 1 or not named
        return stamped, datetime(day.year, day.month, day.day, parts[3], parts[4], parts[5], tzinfo=_zone(zone))
    return False, _clock_moment(text, day)


def _clock_moment(text: str, day: date) -> datetime | None:
    """The moment of the first clock time, hour alone or spoken clock ``text`` writes on ``day``."""
    clock = _CLOCK.search(text)
    if (hour := _hour_alone(text, day, clock.start() if clock else len(text))) is not None:
        return hour
    if clock is None:
        return _spoken_clock(text, day)
    hours, minute, second, half, zone = clock.groups()
    return _at(day, hours, minute, second, half, zone)


def _spoken_clock(text: str, day: date) -> datetime | None:
    """The moment of the first clock ``text`` writes without a colon (``_SPOKEN_CLOCK``) that is surely one: marked by
    am/pm, Uhr or a zone's name, or right after the date's year; a dotted number followed by a word is none."""
    for clock in _SPOKEN_CLOCK.finditer(text):
        hours, dot, minute, half, uhr, zone = clock.groups()
        if zone is not None and not _zone_written(zone):
            continue  # "10.00 USD"
        marked = half or uhr or zone
        next_to_date = _AFTER_YEAR.search(text, 0, clock.start()) is not None
        if marked or next_to_date and not (dot and _WORD_AFTER.match(text, clock.end())):
            return _at(day, hours, minute, None, half, zone)
    return None


def _hour_alone(text: str, day: date, before: int) -> datetime | None:
    """The moment of an hour written alone (``_HOUR``) right after the date, before ``before`` (a clock's place): the
    first hour so marked is the publication's ("at 2 p.m., updated 3:15 p.m."); an hour am/pm cannot have is none."""
    for hour in _HOUR.finditer(text, 0, before):
        hours, half, _uhr, zone = hour.groups()
        if (zone is None or _zone_written(zone)) and _AFTER_YEAR.search(text, 0, hour.start()) is not None:
            return _at(day, hours, "0", None, half, zone)
    return None


def _zone_written(zone: str) -> bool:
    """Whether a clock's ``zone`` names one: an offset, UTC, GMT or a zone's name (``zonenames``), of one zone or not."""
    return zone[0] in "+-Zz" or zone.upper().startswith(("UTC", "GMT")) or is_zone_name(zone)


def _at(day: date, hours: str, minute: str, second: str | None, half: str | None, zone: str | None) -> datetime | None:
    """The moment of a clock's parts on ``day``; None for an hour am/pm cannot have."""
    hour = int(hours)
    if half:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    return datetime(day.year, day.month, day.day, hour, int(minute), int(second or 0), tzinfo=_zone(zone))


def _zone(text: str | None) -> timezone | None:
    """The offset a clock time names: UTC for Z, UTC and GMT, ``+01:00``, ``+0100`` and ``GMT+1`` their own, a zone's
    name its (``zonenames``); None for none, or a name of no zone or of several (IST)."""
    if text is None:
        return None
    offset = text.upper().removeprefix("UTC").removeprefix("GMT").strip()
    if offset in ("", "Z"):
        return timezone.utc
    if offset[0] not in "+-":
        return named_zone(offset)
    hours, _colon, minutes = offset[1:].partition(":")
    if not minutes and len(hours) > 2:  # +0100
        hours, minutes = hours[:-2], hours[-2:]
    if int(minutes or 0) >= 60:  # "+0575": no offset, as "+2500" is none
        return None
    moved = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-moved if offset[0] == "-" else moved) if moved < timedelta(hours=24) else None


def moment_text(moment: datetime) -> str:
    """A moment as ISO 8601: ``2020-06-19T11:30:00Z`` in UTC, ``2020-06-19T23:30:00`` for a time of no zone."""
    text = moment.replace(tzinfo=None).isoformat(timespec="seconds")
    return text + "Z" if moment.tzinfo is not None else text


def stored_day(day: date, text: object) -> date:
    """``day`` carrying the moment ``moment_text`` wrote as ``text`` (a UTC midnight too: no padding, a moment read
    before); ``day`` itself when ``text`` is none."""
    moment = iso_moment(text) if isinstance(text, str) and text else None
    return TimedDay(day.year, day.month, day.day, moment) if moment is not None else day


def written_time(day: date, text: object) -> date:
    """``day``, a day alone, carrying the moment ``text`` writes beside it as ISO 8601 (newssearch's own ``--json``
    ``time``, read back with its ``date``) when that is a moment of that day: as written on it, or in UTC at an
    offset in use; else ``day`` as it is. A naive midnight is a day's padding, as ``with_moment`` takes it."""
    if moment_of(day) is not None or not isinstance(text, str) or not _ISO_TIME.match(text):
        return day
    return on_day(day, iso_moment(text.strip().replace(" ", "T", 1)))


def on_day(day: date, moment: datetime | None) -> date:
    """``day`` carrying ``moment`` when it is a moment of that day: in UTC, at an offset in use; of no zone, on it
    (a midnight then a day's padding); else ``day`` as it is (a stamp moved to a day it is no moment of keeps none)."""
    if moment is None:
        return day
    if moment.tzinfo is None:
        if moment.date() != day or moment.time() == datetime.min.time():
            return day
    else:
        moment = moment.astimezone(timezone.utc)
        if not (moment + EARLIEST_OFFSET).date() <= day <= (moment + LATEST_OFFSET).date():
            return day
    return TimedDay(day.year, day.month, day.day, moment)


def moment_number(moment: datetime | None) -> int:
    """A sortable number of a moment, seconds from year 1 (a time of no zone counted as written); 0 for none."""
    if moment is None:
        return 0
    return int((moment.replace(tzinfo=None) - _EPOCH).total_seconds()) + 1
