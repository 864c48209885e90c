"""A page's UTC stamps read as the day its readers were shown: the local day of the same moment, a dateline's time
beside it, a Central European midnight saved in UTC."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .isomoments import iso_moment

# A time stamped in UTC at the end of a value: "…T23:00:00.000Z", "…T01:50:59+00:00", "… 10:00 GMT".
UTC_STAMP = re.compile(r"T?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]00:?00|UTC|GMT)\s*$", re.I)


def utc_stamp(raw: str, raws: list[str]) -> str | None:
    """``raw`` when it is a UTC stamp, or a UTC stamp among ``raws`` of the time ``raw`` writes without an offset
    (a meta tag's "2019-11-20T01:50:59" is JSON-LD's "2019-11-20T01:50:59Z" without its Z); else None."""
    if UTC_STAMP.search(raw):
        return raw
    naive = _moment(raw, aware=False)
    if naive is None or naive.tzinfo is not None:
        return None
    return next((other for other in raws if UTC_STAMP.search(other) and (moment := _moment(other)) is not None
                 and moment.replace(tzinfo=None) == naive), None)


# Where clocks keep Central European Time (UTC+1, +2 in summer): by region, else by a language spoken only there.
CENTRAL_EUROPEAN_REGIONS = frozenset({"de", "at", "ch", "li", "lu", "fr", "be", "nl", "it", "sm", "va", "mt", "es", "ad",
                                      "mc", "dk", "se", "no", "pl", "cz", "sk", "hu", "si", "hr", "ba", "rs", "me",
                                      "mk", "al"})
CENTRAL_EUROPEAN_LANGUAGES = frozenset({"de", "nl", "it", "da", "sv", "no", "nb", "nn", "pl", "cs", "sk", "hu", "sl",
                                        "hr", "bs", "sr", "mk", "sq", "lb", "rm"})


def central_european(locale: tuple[str, str] | None) -> bool:
    """Whether a page in ``locale`` is read on Central European clocks: its region says so, else its language (French
    and Spanish are spoken on other clocks too, so they need their region)."""
    if locale is None:
        return False
    language, region = locale
    return region in CENTRAL_EUROPEAN_REGIONS if region else language in CENTRAL_EUROPEAN_LANGUAGES


def central_european_midnight(raw: str) -> date | None:
    """The day a UTC stamp (ISO 8601, "Z" or "+00:00") names when it is midnight sharp in Central European time, as a
    CMS saves a day without a time and writes it in UTC ("2022-11-06T23:00:00.000Z": 7 November; "2022-07-06T22:00Z":
    7 July, in summer time); None for any other stamp."""
    moment = _moment(raw) if UTC_STAMP.search(raw) else None
    if moment is None or moment.utcoffset() != timedelta(0):
        return None
    local = moment + timedelta(hours=2 if _european_summer_time(moment) else 1)
    return local.date() if (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0) else None


def _european_summer_time(moment: datetime) -> bool:
    """Whether the UTC ``moment`` falls in the EU's summer time: from 01:00 UTC on March's last Sunday to 01:00 UTC on
    October's last Sunday."""
    def last_sunday(month: int) -> datetime:
        last = datetime(moment.year, month, 31, 1, tzinfo=moment.tzinfo)
        return last - timedelta(days=(last.weekday() + 1) % 7)
    return last_sunday(3) <= moment < last_sunday(10)


SAME_MOMENT = timedelta(hours=2)  # two stamps of one article this close are its publication, told twice


EARLIEST_OFFSET, LATEST_OFFSET = timedelta(hours=-12), timedelta(hours=14)  # UTC offsets in use


def same_moment(utc_raw: str, other_raw: str, other: date) -> bool:
    """True when ``other_raw`` (on the day ``other``) can stamp the moment ``utc_raw`` does, in local time.

    With a UTC offset it must be that moment (a reader's comment a day later is not); with a time but no
    offset, that moment at some offset in use; a bare day must be the moment's local day somewhere.
    """
    utc = _moment(utc_raw)
    if utc is None:
        return True  # a UTC stamp that is not ISO 8601: its moment is not known, its day may be the wrong one
    local = _moment(other_raw, aware=False)
    if local is not None and local.tzinfo is not None:
        return abs(local - utc) <= SAME_MOMENT
    if local is not None:
        shift = local - utc.replace(tzinfo=None)
        return EARLIEST_OFFSET - SAME_MOMENT <= shift <= LATEST_OFFSET + SAME_MOMENT
    return (utc + EARLIEST_OFFSET).date() <= other <= (utc + LATEST_OFFSET).date()


# A time as a dateline writes it beside its day: "11:37 pm", "2:00 a. m.", "14:17", "15.00 Uhr"; not a dotted date.
_SHOWN_TIME = re.compile(r"(?<![\d:.])(\d{1,2})[:.](\d{2})(?![.:]?\d)(?:\s*([ap])\.?\s?m\b\.?)?", re.I)
OFFSET_STEP = timedelta(minutes=15)  # every UTC offset in use is a whole number of quarter hours


def shown_day(utc_raw: str, found: list[tuple[date, str, str]]) -> date | None:
    """The day a dateline shows beside the time of the moment ``utc_raw`` stamps, read at some UTC offset in use: the
    local day the page shows its readers ("3 May, 2022, 11:37 pm" under a meta tag's "2022-05-04T03:37:41+00:00",
    at UTC-4); None when no dateline shows that moment."""
    utc = _moment(utc_raw)
    if utc is None:
        return None
    utc = utc.replace(tzinfo=None, second=0, microsecond=0)
    for day, source, raw in found:
        shown = _SHOWN_TIME.search(raw) if source == "dateline" else None
        if shown is None or abs((day - utc.date()).days) > 1:
            continue
        hour, minute, half = int(shown.group(1)), int(shown.group(2)), (shown.group(3) or "").lower()
        hour = hour % 12 + (12 if half == "p" else 0) if half and 1 <= hour <= 12 else hour
        if hour > 23 or minute > 59 or (half and int(shown.group(1)) > 12):
            continue
        shift = datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute) - utc
        if EARLIEST_OFFSET <= shift <= LATEST_OFFSET and shift % OFFSET_STEP == timedelta(0):
            return day
    return None


def _moment(raw: str, aware: bool = True) -> datetime | None:
    """An ISO 8601 stamp with a time (and, when ``aware``, a UTC offset) as a datetime, else None."""
    text = raw.strip().replace(" ", "T", 1)
    if "T" not in text:
        return None
    moment = iso_moment(text)
    return moment if moment is not None and (moment.tzinfo is not None or not aware) else None
