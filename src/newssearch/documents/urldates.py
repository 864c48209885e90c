"""The date in a web address's path, as news sites write the day they publish in their links: ``/2018/10/09/``,
``/20181009``, ``/2019/nov/18/``, ``/23-01-2022-story-title/``."""

from __future__ import annotations

import re
from datetime import date

from .dates import make_date
from .dayfirst import with_host, writes_day_first
from .monthnames import ENGLISH_MONTHS
from .moremonths import month_key

# A date in a URL's path: /2018/10/09/, /20181009, /2019/nov/18/ (English month names, any case).
# The same separator twice, or none and two digits each: /2021_11_info is November, not 1 January, and
# /2021-22/ (a season) or /2023/43/ (an issue) no day.
_URL_DATE = re.compile(r"/((?:19|20)\d{2})(?:([/_-])(\d{1,2})\2(\d{1,2})|()(\d{2})(\d{2}))(?=[/_.-]|$)")
_ENGLISH_MONTH = "(" + "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True)) + ")"
_URL_WORD_DATE = re.compile(rf"/((?:19|20)\d{{2}})[/_-]{_ENGLISH_MONTH}[/_-](\d{{1,2}})(?=[/_.-]|$)", re.I)
# The year last, as a path segment or a slug starts: /meldungen/29-10-2021, /newsroom/23-01-2022-story-title/. Its day
# and month are read in the page's order, as a slashed date's are (an ISO date's year would be a slug's number).
_URL_YEAR_LAST = re.compile(r"/(\d{1,2})([_-])(\d{1,2})\2((?:19|20)\d{2})(?=[/_.-]|$)")


def date_in_url(url: str | None, day_first: bool = False) -> date | None:
    """The date in a URL's path: ``/2018/10/09/`` or ``/2019/nov/18/`` (the Guardian's) give that day, as does
    ``/23-01-2022-story/``, read day first when ``day_first`` (see ``dayfirst.writes_day_first``) or the
    first number is above 12."""
    match = _URL_DATE.search(url or "")
    if match:
        year, _sep, month, day, _none, compact_month, compact_day = match.groups()
        return make_date(int(year), int(month or compact_month), int(day or compact_day))
    match = _URL_WORD_DATE.search(url or "")
    if match:
        year, month, day = match.groups()
        number = ENGLISH_MONTHS.get(month_key(month))  # none for a letter only a case-blind match takes (ſep)
        return make_date(int(year), number, int(day)) if number else None
    match = _URL_YEAR_LAST.search(url or "")
    if not match:
        return None
    month, day = int(match.group(1)), int(match.group(3))
    if day_first or month > 12 >= day:
        month, day = day, month
    return make_date(int(match.group(4)), month, day)


def url_dated(url: str | None, day_first: bool | None = None) -> tuple[str, date] | None:
    """``("url", date)`` from the date in a record's or feed item's address (``/2023/03/05/story``), for one with no
    date of its own that reads, as a page's address dates it: GDELT's article list had left every headline undated.

    ``/06-03-2021/`` is read day first when ``day_first`` says so or, when it is None (not known), when the
    address's country writes it so (6 March on ``x.co.nz``, 3 June on a ``.com``), as a page's dates are.
    """
    if day_first is None:
        day_first = writes_day_first(with_host(None, url))
    found = date_in_url(url, day_first)
    return ("url", found) if found else None
