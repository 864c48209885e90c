"""A field's colon typed as an input method or French typography writes it: ``title：gunmen`` (full-width), ``title :
gunmen`` (spaced); a date field's spaced colon only before a date, so that a pasted headline's "Election date : 12 May"
is its words."""

from __future__ import annotations

import re

from .errors import InvalidQuery
from .lucene import outside_quotes
from .schema import DATE_FIELD_NAMES, QUERY_FIELD_NAMES
from .startup import lazy_compile

# A Chinese or Japanese input method's colon, full-width or small, after a field's name (title：gunmen), and a colon
# spaced from it as French typography spaces one (title : gunmen, date :2020): it had been no field's, and the query
# had found nothing, saying nothing (title and date searched as words). Spaces are single by then.
_WIDE_COLON = lazy_compile(r"(?<![\w:])(\w+) ?[\uff1a\ufe55]|(?<![\w:])(\w+) :")


def field_colons(text: str) -> str:
    """``text`` with the colon of an input method, or a colon after a space, after a field's name, outside quotes, the
    field's colon."""
    if " :" not in text and "\uff1a" not in text and "\ufe55" not in text:
        return text

    def colons(piece: str) -> str:
        return _WIDE_COLON.sub(_field_colon, piece)

    return colons(text) if text.count('"') % 2 else outside_quotes(text, colons)


def _field_colon(match: re.Match[str]) -> str:
    """A field's name and its colon, typed wide or spaced, as ``name:``; any other word and colon as typed, and so a
    date field's name spaced from a value that is no date: a pasted headline's "Election date : 12 May" is words
    (it had been date:12, refused with the date syntax)."""
    name = match.group(1) or match.group(2)
    if name.lower() not in QUERY_FIELD_NAMES:
        return match.group()
    if match.group(2) and name.lower() in DATE_FIELD_NAMES and not _reads_as_date(match.string, match.end()):
        return match.group()
    return f"{name}:"


_NEXT_VALUE = lazy_compile(r' ?("[^"]*"|[\[{<>=*][^\s]*|[^\s()]*)')


def _reads_as_date(text: str, at: int) -> bool:
    """Whether the value after a date field's spaced colon at ``at`` in ``text`` is a date clause's: a date, a range
    or a comparison (left for check_dates to judge), a quoted date; not a word or a lone number (``12 May``)."""
    value = _NEXT_VALUE.match(text, at).group(1)  # type: ignore[union-attr]  # (it matches the empty string)
    if not value or value[:1] in '"[{<>=*':  # (nothing: a quoted value, which ends the piece outside quotes)
        return True
    from .dateranges import exclusive_dates  # (imported only for a spaced colon after a date field)
    from .querychecks import check_dates

    try:
        check_dates(exclusive_dates(f"date:{value}"))
    except InvalidQuery:
        return False
    return True
