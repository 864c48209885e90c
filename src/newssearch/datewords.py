"""What a date typed as words beside a query's words finds as a date clause: ``police 26 October 2020`` searches 26,
October and 2020 in the title and the text, where a story seldom writes its own date, so it had found nothing (and
been offered --match any: every article with police, or October), while ``police date:2020-10-26`` finds the day's
stories; years joined by two dots (``police 2020..2021``, the phrase "2020 2021") alike, ``date:2020..2021``."""

from __future__ import annotations

import re
from collections.abc import Callable

from .errors import InvalidQuery, as_typed
from .querytext import normalize
from .timefilter import named_date, parse_bound

# A month named with its year, a day before or after it ("26 October 2020", "October 26, 2020", "Oct. 2020"), ISO's
# day or month (2020-10-26, 2020-10), or a day in digits (_NUMERIC); not inside a field's value or a phrase
_NAMED = r"(?:\d{1,2}(?:st|nd|rd|th|er|\.)?\s+)?[^\W\d_]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}"
_ISO = re.compile(r"\d{4}-\d{1,2}(?:-\d{1,2})?")
# A day and month in either order, then the year, with slashes or dots (26/10/2020, 10/26/2020, 26.10.2020): read only
# when one order makes a date (a part over 12 is the day, or both parts are equal), never 05/06/2020
_NUMERIC = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4})")
_TYPED_DATE = re.compile(rf"(?<![\w:.\-/])(?:{_NAMED}|{_ISO.pattern}|{_NUMERIC.pattern})(?![\w\-/])")


def date_words_notice(text: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """What ``text``, which found nothing, finds with the first date typed in it as words a ``date:`` clause (its
    words beside it kept); None when it types none outside quotes, or the clause finds nothing too."""
    typed = normalize(text)
    if typed.count('"') % 2:
        return None
    if (ranged := _range_notice(typed, match, count)) is not None:
        return ranged or None
    for found in _TYPED_DATE.finditer(typed):
        iso = date_iso(found.group()) if typed.count('"', 0, found.start()) % 2 == 0 else None
        if iso is None:
            continue
        rebuilt = f"{typed[:found.start()]}date:{iso}{typed[found.end():]}"
        if hits := count(rebuilt, match):
            then = "that day" if iso.count("-") == 2 else "that month"
            return (f"{found.group()} is searched as words of the text: {as_typed(rebuilt)}, the articles published "
                    f"{then}, finds {hits:,}")
        return None
    return None


# Two dates joined by two dots outside a field's value, GitHub's and Kibana's range (2020..2021): the phrase "2020 2021"
_TYPED_RANGE = re.compile(r"(?<![\w:.\-/])(\d{4}(?:-\d{1,2}){0,2})\.\.(\d{4}(?:-\d{1,2}){0,2})(?![\w.\-/])")


def _range_notice(typed: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """What ``typed`` finds with its first range of dates outside quotes (``police 2020..2021``, searched as the phrase
    "2020 2021") a ``date:`` clause; ``''`` when the range is none (reversed, or no real date) or the clause finds
    nothing too, None when ``typed`` has no such range."""
    found = next((m for m in _TYPED_RANGE.finditer(typed) if typed.count('"', 0, m.start()) % 2 == 0), None)
    if found is None:
        return None
    first, last = (end if len(end) == 4 else date_iso(end) for end in found.groups())  # a year alone, else ISO's
    try:
        if first is None or last is None or parse_bound(first) > parse_bound(last, end=True):
            return ""
    except InvalidQuery:  # 0000..2020
        return ""
    rebuilt = f"{typed[:found.start()]}date:{first}..{last}{typed[found.end():]}"
    hits = count(rebuilt, match)
    span = f"in {first}" if first == last else f"from {first} to {last}"
    return (f'{found.group()} is searched as the phrase "{" ".join(found.groups())}": {as_typed(rebuilt)}, the '
            f"articles published {span}, finds {hits:,}") if hits else ""


def date_iso(typed: str) -> str | None:
    """The ISO form of a date typed as words, when it names a real day or month (``31 February 2020`` does not)."""
    iso = named_date(typed) or (typed if _ISO.fullmatch(typed) else None) or _numeric_iso(typed)
    if iso is None:
        return None
    try:
        parse_bound(iso)
    except InvalidQuery:
        return None
    year, *rest = iso.split("-")
    return "-".join([year, *(f"{int(part):02d}" for part in rest)])


def _numeric_iso(typed: str) -> str | None:
    """A day typed in digits with slashes or dots, day or month first, as ISO's (``26/10/2020``: 2020-10-26), when only
    one order reads (or both read alike); else None."""
    numeric = _NUMERIC.fullmatch(typed)
    if numeric is None:
        return None
    first, _, second, year = numeric.groups()
    if int(first) > 12 >= int(second) or first == second:
        return f"{year}-{second}-{first}"
    return f"{year}-{first}-{second}" if int(second) > 12 >= int(first) else None
