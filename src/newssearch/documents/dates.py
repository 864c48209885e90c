"""Publication dates from the many ways news metadata writes them.

A date is kept as the publisher wrote it: ``2020-06-19T23:30:00+12:00`` is 19 June, the local day,
not 18 June in UTC. Placeholders (``0001-01-01``, the Unix epoch) and impossible dates give None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_tz

EARLIEST_YEAR = 1800
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]|$)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)")
_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})[/\s](\d{2}|\d{4})\b")
_YMD_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
# Month names of German, French, Spanish, Italian, Portuguese and Dutch news ("15. März 2023",
# "3 novembre 2023", "5 de mayo de 2021"); their short forms are left out, being words in other languages.
_MONTHS.update({
    name: number
    for number, names in enumerate(
        [
            ("januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"),
            ("februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"),
            ("märz", "maerz", "mars", "marzo", "março", "marco", "maart"),
            ("avril", "abril", "aprile"),
            ("mai", "mayo", "maggio", "maio", "mei"),
            ("juni", "juin", "junio", "giugno", "junho"),
            ("juli", "juillet", "julio", "luglio", "julho"),
            ("août", "aout", "agosto", "augustus"),
            ("septembre", "septiembre", "setiembre", "settembre", "setembro"),
            ("oktober", "octobre", "octubre", "ottobre", "outubro"),
            ("novembre", "noviembre", "novembro"),
            ("dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"),
        ],
        start=1,
    )
    for name in names
})
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?(\d{{4}})\b", re.I)
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")  # 03.11.2023: day first, as Europe writes it
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)


def make_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when it is impossible or a placeholder."""
    if not EARLIEST_YEAR <= year <= date.today().year + 1:
        return None
    if (year, month, day) == (1970, 1, 1):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: object) -> date | None:
    """Parse a date from ISO 8601, RFC 822, ``mm/dd/yy``, ``5 June 2020`` or ``June 5, 2020``."""
    if isinstance(value, datetime):
        return make_date(value.year, value.month, value.day)
    if isinstance(value, date):
        return make_date(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_timestamp(value)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for parser in (_iso, _rfc822, _slashed, _words):
        found = parser(text)
        if found is not None:
            return found
    return None


def _iso(text: str) -> date | None:
    match = _ISO.match(text) or _COMPACT.match(text) or _YMD_SLASHED.match(text)
    return make_date(*(int(g) for g in match.groups())) if match else None


def _rfc822(text: str) -> date | None:
    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+(?:\d{4}|\d\d\b)", text):  # RFC 822 allows two-digit years
        return None
    parts = parsedate_tz(text)
    return make_date(parts[0], parts[1], parts[2]) if parts else None


def _slashed(text: str) -> date | None:
    """``mm/dd/yy`` or ``mm/dd/yyyy`` (US order, as TIME and many feeds write it)."""
    match = _SLASHED.match(text)
    if not match:
        return None
    month, day, year = (int(g) for g in match.groups())
    if year < 100:
        year += 1900 if year > date.today().year % 100 + 1 else 2000
    if month > 12 >= day:
        month, day = day, month
    return make_date(year, month, day)


def _words(text: str) -> date | None:
    match = _DAY_MONTH_YEAR.search(text)
    if match:
        day, month, year = match.groups()
        return make_date(int(year), _MONTHS[month.lower()], int(day))
    match = _MONTH_DAY_YEAR.search(text)
    if match:
        month, day, year = match.groups()
        return make_date(int(year), _MONTHS[month.lower()], int(day))
    match = _DOTTED.search(text)
    if match:
        day, month, year = match.groups()
        return make_date(int(year), int(month), int(day))
    return None


def _from_timestamp(value: float) -> date | None:
    """Unix seconds (or milliseconds, as JavaScript exports write them)."""
    if value > 1e11:
        value /= 1000
    try:
        moment = datetime.fromtimestamp(value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return make_date(moment.year, moment.month, moment.day)
