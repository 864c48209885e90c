"""A JSON record's publication date: the first of its date keys that reads, its slashed dates in the order its
file's other records (else its language or locale, else its text's language, else its address's country) write them,
its month names as its language reads them, Unix time in seconds, milliseconds, microseconds or nanoseconds, and never
after the record's own modification time; a day alone with the moment its ``time`` writes (newssearch's own JSON)."""

from __future__ import annotations

import math
import re
from datetime import date

from .dates import parse_date
from .dayfirst import english_day_first, not_after_update, record_locale
from .daytimes import written_time
from .fields import JSON_FIELDS, Keyed, pick
from .keynames import keys_language
from .languages import language_code

# Unix time as exports write it: seconds, milliseconds (JavaScript) or microseconds (Python, databases),
# a number or a string of digits. From nine digits (March 1973) on: 2024 or 20240105 is not a moment.
_EPOCH_TEXT = re.compile(r"^\s*-?\d{9,19}(?:\.\d+)?\s*$")
_EPOCH_MIN = 1e8
_SECONDS_MAX = 1e11  # larger is milliseconds or finer
# ASP.NET's JSON date, milliseconds and maybe the writer's UTC offset: "/Date(1709461320000)/", "/Date(…+1300)/".
_DOTNET = re.compile(r"^\s*\\?/Date\((-?\d{1,15})(?:([+-])(\d\d)(\d\d))?\)\\?/\s*$")


def record_date(record: Keyed, day_first: bool | None = None, url: str | None = None) -> tuple[str, date] | None:
    """The first ``(key, publication date)`` among the date keys that parses.

    Whether ``10/05/2022`` is 10 May or 5 October: ``day_first``, when the record's file tells it (another
    record's ``25/04/2020``, see ``slashed_order``), else the record's language or locale (10 May for
    ``"language": "de"`` or ``"en-GB"``, 5 October for ``"en-US"``), else the country of its ``url``'s domain (day
    first on ``stuff.co.nz``, see ``with_host``), else month first, as plain ``"en"`` writes it. A reading after
    the record's modification time gives way to the other.
    """
    return date_in_order(record, record_day_first(record, day_first, url))


def date_in_order(record: Keyed, day_first: bool) -> tuple[str, date] | None:
    """``record_date`` with the order of the record's slashed dates told already (``record_day_first``); its month
    names in the language it names (``"language": "hr"``: Croatian's "5. listopada 2024." is 5 October)."""
    language = next((code for _key, value in pick(record, JSON_FIELDS["lang"]) if (code := language_code(value))), None)
    for key, value in pick(record, JSON_FIELDS["date"]):
        found = _date_of(value, day_first, language)
        if found is not None:
            found = written_time(found, next((time for _key, time in pick(record, ("time",))), None))
            return key, not_after_update(found, value, _modified_date(record, day_first), day_first)
    return None


def record_day_first(record: Keyed, day_first: bool | None = None, url: str | None = None, text: str = "") -> bool:
    """Whether the record writes ``10/05/2022`` day first: ``day_first`` (its file's order), else its language or
    locale, else the language its ``text``'s words show (a German story naming none: day first), else its ``url``'s
    country, else the language its keys name (``keys_language``: a German headlines list's ``titel``, ``datum``), as
    ``record_date`` reads its dates and ``url_dated`` its address (see ``dayfirst.record_locale``).

    A file's unambiguous dates come first: they show how the system that wrote the file writes a date, where a
    record's language names the story's (a German story in an export that writes 04/25/2020 has its 03/04/2020 as
    4 March)."""
    if day_first is not None:
        return day_first
    tags = (value for _key, value in pick(record, JSON_FIELDS["lang"] + JSON_FIELDS["locale"]))
    locale = record_locale(tags, text, url)
    if locale is None:  # a headline too short to show its language: the one its keys name (titel, datum: German)
        language = keys_language(record, text, record=True)
        locale = (language, "") if language else None
    # its publisher's name, else the one its address names (The Guardian's theguardian.com: a .com of no country)
    names = (*(value for _key, value in pick(record, JSON_FIELDS["source"])), url)
    return english_day_first(locale, names, lambda: [*_date_texts(record), url or ""], text)


def _date_texts(record: Keyed) -> list[str]:
    """The record's dates as text, its publication's and its modification's: with its address and its text, they
    may show how it writes a numeric date (``dayevidence``)."""
    return [value for key in ("date", "modified") for _key, value in pick(record, JSON_FIELDS[key])
            if isinstance(value, str)]


def _modified_date(record: Keyed, day_first: bool) -> date | None:
    """The record's last modification (news-please's ``date_modify``, ``updated_at``...), or None."""
    return next((found for _key, value in pick(record, JSON_FIELDS["modified"])
                 if (found := _date_of(value, day_first)) is not None), None)


def _date_of(value: object, day_first: bool = False, language: str | None = None) -> date | None:
    """The date in text (its month names as ``language`` reads them), else in Unix time; a smaller number is read as
    its digits (20240105)."""
    found = parse_date(value, day_first, language) if isinstance(value, str) else None
    if found is not None:
        return found
    found = epoch_date(value)
    if found is not None:
        return found
    return parse_date(str(value)) if _is_number(value) else None


def epoch_date(value: object) -> date | None:
    """The day of ``value`` read as Unix time (a number, or a string of 9 to 19 digits), or None."""
    seconds = _unix_seconds(value) if not isinstance(value, str) or "Date(" not in value else _dotnet_seconds(value)
    return parse_date(seconds) if seconds is not None else None


def _dotnet_seconds(value: str) -> float | None:
    """An ASP.NET JSON date (``_DOTNET``) in seconds at its writer's offset, whose day it names; else None."""
    found = _DOTNET.match(value)
    if found is None:
        return None
    milliseconds, sign, hours, minutes = found.groups()
    offset = (int(hours) * 3600 + int(minutes) * 60) * (-1 if sign == "-" else 1) if sign else 0
    return int(milliseconds) / 1000 + offset


def _unix_seconds(value: object) -> float | None:
    """``value`` in seconds when it is Unix time in seconds, milliseconds, microseconds or nanoseconds."""
    if isinstance(value, str) and _EPOCH_TEXT.match(value):
        number = float(value)
    elif _is_number(value):
        try:
            number = float(value)  # type: ignore[arg-type]
        except OverflowError:  # an integer past a float's range (10**400): no time
            return None
    else:
        return None
    if not math.isfinite(number) or abs(number) < _EPOCH_MIN:
        return None
    for _finer in range(3):
        if abs(number) < _SECONDS_MAX:
            break
        number /= 1000
    return number if abs(number) < _SECONDS_MAX else None


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
