"""Date ranges typed in Lucene's forms (curly brackets, ``*`` ends, ``date:>2020``, ``date:*``) as the inclusive
ranges the query parser reads, and days typed in ISO 8601's basic form (``date:20201231``) as its extended one."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .errors import InvalidQuery, as_typed
from .lucene import outside_quotes
from .numericdays import single_reading
from .querychecks import absolute_date, date_syntax_help, shorten
from .schema import DATE_FIELD_NAMES
from .startup import lazy_compile
from .timefilter import DAYS_BACK, iso_day, named_date, parse_bound, week_days

_DATE_RANGE = re.compile(r"(?<!\w)(\w+):([\[{])([^\]}]*)([\]}])")
_TO = lazy_compile(r"\bto\b", re.IGNORECASE)  # a range's word between its ends: its first
_DATE_COMPARISON = re.compile(r"(?<![\w:])(\w+):(>=|<=|>|<)\s*(?=\d)([^\s()\[\]{}]*)")  # date:> 2020 too
_COMPARISON_RANGES = {">": "{{{} to]", ">=": "[{} to]", "<": "[to {}}}", "<=": "[to {}]"}
_OPEN_END = "*"
_ANY_DATE = re.compile(r"(?<![\w:])(\w+):\*(?=[\s()]|$)")  # date:*, as Lucene's field:* finds any value
_FIRST_YEAR = "0001"
_DATE_VALUE = re.compile(r"(?<![\w:])(\w+):([\[{][^\]}]*|[<>]?=?[^\s()]*)")
_EIGHT_DIGITS = lazy_compile(r"(?<![\w-])\d{8}(?![\w-])")
_QUOTED_END = lazy_compile(r'"([^"]*)"')
# date:>"March 1987" too; not one with text after its quote (date:"1 March 1987"..), left for check_dates to quote
_QUOTED_VALUE = lazy_compile(r'(?<![\w:"])(\w+):(>=|<=|>|<)? ?"([^"]*)"(?![^\s()])')  # date: "March 1987" too
_TWO_DOTS = lazy_compile(r"^([^.\s\"<>=]*)\.\.([^.\s\"<>=]*)$")  # 2020-01..2020-06, 2020.., ..2020
# 2020-W25, as timeline --by week names a week; 2020-Q4, a quarter (Q1: January to March)
_WEEK = lazy_compile(r"(?<![\w-])\d{4}-(?:[wW]\d{1,2}|[qQ][1-4])(?![\w-])")
# a day named from today, as --since reads it from the clock (date:yesterday: had been refused, its day said)
_DAY_WORD = lazy_compile(r'(?<![\w-])"?(today|yesterday)"?(?![\w-])', re.IGNORECASE)
_QUARTER = lazy_compile(r"^(\d{4})-[qQ]([1-4])$")
# a month named before its year with a hyphen (Oct-2020, june-2020), read as "Oct 2020" is
_NAMED_MONTH_YEAR = lazy_compile(r"(?<![\w/.-])([^\W\d_]{3,9})-(\d{4})(?![\w/.-])")
_SLASHED = lazy_compile(r"(?<![\w/-])(\d{4})/(\d{1,2})(?:/(\d{1,2}))?(?![\w/-])")  # year first: 2020/12/31 as 2020-12-31
# A dash typed for a date's hyphen, between digits (2020–10: an en dash, as a word processor writes it; a minus sign)
_DATE_DASH = lazy_compile(r"(?<=\d)[\u2010-\u2015\u2212](?=\d)")
# A month before its year, as a dateline or a form writes it (10/2020, 10-2020): a four-digit year cannot be a day
_MONTH_YEAR = lazy_compile(r"(?<![\w/.-])(0?[1-9]|1[0-2])[/-](\d{4})(?![\w/.-])")
# A day typed day or month first (26/02/1987), read when only one order makes a real day (numericdays.single_reading)
_NUMERIC_DAY = lazy_compile(r"(?<![\w/.-])\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\w/.-])")
# A timestamp, as a feed, an API or Solr's range writes one (2020-06-19T10:30:00Z): its day, its time and zone dropped,
# as --since takes it (timefilter._TIMESTAMP); date: had refused it
_TIMESTAMP = lazy_compile(r"(?<![\w-])(\d{4}-\d{1,2}-\d{1,2})t(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?"
                          r"(?:z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?(?![\w:.,+-])", re.IGNORECASE)


def exclusive_dates(text: str) -> str:
    """Date ranges with a curly bracket, a ``*`` end or a comparison as the inclusive ranges they mean, as in Lucene.

    ``date:{2020-01 to 2020-06}`` leaves out January and June: it is ``date:[2020-02-01 to 2020-05-31]``.
    Either end may be curly (``date:{2020 to 2021]``) or open (``date:[2020 TO *]``), and ``date:>2020-06``
    is ``date:{2020-06 to]``; ``date:*`` is every dated article. A value that is not a date is left for check_dates.
    Inside quotes it is words of a phrase (``"published:>2021"``), unless a quote is unbalanced (then dropped).
    """
    def inclusive(piece: str) -> str:
        piece = _DATE_VALUE.sub(_dotted_range, _DATE_VALUE.sub(_iso_days, piece))
        return _DATE_RANGE.sub(_inclusive, _DATE_COMPARISON.sub(_comparison_range, _ANY_DATE.sub(_any_date, piece)))

    return inclusive(text) if text.count('"') % 2 else outside_quotes(text, inclusive)


def named_dates(text: str) -> str:
    """Dates with their month named in English, quoted after a date field, as ISO writes them: ``date:"March 1987"``
    is ``date:1987-03``, ``year:"1 March 1987"`` ``year:1987-03-01``, ``date:>"March 1987"`` ``date:>1987-03``, a
    range's ends too, ``date:["March 1987" TO "June 1995"]`` (``timefilter.named_date``); another quoted value, or
    another field's, as typed (a phrase ``title:"March 1987"``), and so is a day that is none (``date:"31 February
    1987"``), for check_dates to quote as typed."""
    def iso(match: re.Match[str]) -> str:
        field, sign, value = match.groups()
        named = _named_iso(value) if field.lower() in DATE_FIELD_NAMES else None
        return f"{field}:{sign or ''}{named}" if named else match.group(0)

    def range_ends(match: re.Match[str]) -> str:
        if match.group(1).lower() not in DATE_FIELD_NAMES:
            return match.group(0)
        ends = _QUOTED_END.findall(match.group(0))
        if not all(map(_named_iso, ends)):  # one end that is no date: the range as typed, for check_dates to quote
            return match.group(0)
        return _QUOTED_END.sub(lambda end: _named_iso(end.group(1)) or end.group(0), match.group(0))

    return _QUOTED_VALUE.sub(iso, _DATE_RANGE.sub(range_ends, text)) if '"' in text else text


def _named_iso(value: str) -> str | None:
    """A named date's ISO form when it is a real date (``March 1987``: ``1987-03``; ``yesterday`` its day), else
    None."""
    if _DAY_WORD.fullmatch(value.strip()):
        return _DAY_WORD.sub(_named_day, value.strip())
    named = named_date(value)
    return named if named and _real(named) else None


def _real(iso: str) -> bool:
    """Whether an ISO date names a real day or month (``1987-02-31`` does not)."""
    try:
        parse_bound(iso)
    except InvalidQuery:
        return False
    return True


def _iso_days(match: re.Match[str]) -> str:
    """A date clause's days in ISO 8601's basic form, slashed year first, or with a time, as --since takes them:
    ``date:20201231``, ``date:2020/12/31`` and ``date:2020-12-31T10:30:00Z`` are ``date:2020-12-31``, a month before
    its year ``date:10/2020`` is ``date:2020-10``, a day one order alone reads ``date:26/02/1987`` ``date:1987-02-26``,
    an en dash a hyphen (``date:2020–10``: both had been refused), ``date:[20200101 TO 20200630]`` a range of them (a
    value that is no real day is left for check_dates to quote as typed, and a range rewritten that cannot be read is
    refused here, as typed); another field's value as typed."""
    field, value = match.groups()
    if field.lower() not in DATE_FIELD_NAMES:
        return match.group(0)
    value = _NUMERIC_DAY.sub(lambda typed: single_reading(typed.group(0)) or typed.group(0), _DATE_DASH.sub("-", value))
    value = _MONTH_YEAR.sub(lambda typed: f"{typed.group(2)}-{int(typed.group(1)):02d}", value)
    value = _DAY_WORD.sub(_named_day, value)
    value = _NAMED_MONTH_YEAR.sub(lambda typed: named_date(f"{typed.group(1)} {typed.group(2)}") or typed.group(0), value)
    closing = match.string[match.end() : match.end() + 1]
    value = _weeks(_TIMESTAMP.sub(_its_day, _SLASHED.sub(_dashed, value)), closing)
    value = _EIGHT_DIGITS.sub(lambda day: iso_day(day.group(0)) or day.group(0), value)
    if value != match.group(2):  # date:[yesterday to 2020], date:[20200101 TO 2020-13]: refused as typed
        _check_ends(match.group(0) + (closing if closing in "]}" and value[:1] in "[{" else ""), value)
    return f"{field}:{value}"


def _check_ends(typed: str, value: str) -> None:
    """Refuse a range (in brackets or two dots, ``value`` as rewritten) with a day named from today (``yesterday``),
    or one typed with two dots, that ends before it starts or has an end that is no date, quoting it as ``typed``:
    check_dates, which reads it after, had quoted it rewritten, 'date:[2026-12-06 to 2020]', 'date:[2021 TO 2020]'."""
    dotted = _TWO_DOTS.match(value)
    ends = dotted.groups() if dotted else _range_ends(value[1:].rstrip("]}")) if value[:1] in "[{" else None
    if ends is None:
        return
    field, typed_value = typed.split(":", 1)
    try:
        first, last = (parse_bound(absolute_date(end), end=at == 1) if end and end != _OPEN_END else None
                       for at, end in enumerate(ends))
    except InvalidQuery:  # said here, with what was typed (the hint of its ends as typed: date:[2w TO today])
        raise InvalidQuery(f"cannot read the date in {as_typed(shorten(typed))}",
                           hint=date_syntax_help(typed_value, field)) from None
    if first and last and first > last:
        raise InvalidQuery(f"{as_typed(shorten(typed))} ends before it starts", hint="swap the two dates")


def _weeks(value: str, closing: str) -> str:
    """A date clause's ISO weeks, as ``timeline --by week`` names its periods, as their days: ``2020-W25`` alone is
    ``[2020-06-15 TO 2020-06-21]``; in a range (closed by ``closing``) or a comparison, a week is its Sunday where
    what it bounds is after it or takes it in as its end (``{2020-W25 TO``, ``TO 2020-W26]``, ``..2020-W26``,
    ``>2020-W25``, ``<=2020-W25``), else its Monday (``[2020-W25 TO``, ``TO 2020-W26}``, ``>=2020-W25``, ``<2020-W25``).
    A week its year has not (``2019-W53``) as typed, for check_dates to refuse. A quarter (``2020-Q4``) alike, its
    first and last days."""
    alone = _period_days(value)
    if alone:
        return f"[{alone[0].isoformat()} TO {alone[1].isoformat()}]"

    def day(match: re.Match[str]) -> str:
        days = _period_days(match.group(0))
        if days is None:
            return match.group(0)
        before = value[: match.start()].rstrip().lower()
        ends = before.endswith(("..", " to")) or before in ("to", "[to", "{to")  # a range's end, else its start
        sunday = closing != "}" if ends else before in ("{", ">", "<=")
        return days[1 if sunday else 0].isoformat()

    return _WEEK.sub(day, value)


def _named_day(match: re.Match[str]) -> str:
    """The day ``today`` or ``yesterday`` names, by the clock, as ISO writes it."""
    return (date.today() - timedelta(days=DAYS_BACK[match.group(1).lower()])).isoformat()


def _period_days(value: str) -> tuple[date, date] | None:
    """The first and last days of an ISO week (``week_days``) or of a quarter (``2020-Q4``: 2020-10-01 and
    2020-12-31); None for any other text."""
    quarter = _QUARTER.match(value.strip())
    if quarter is None:
        return week_days(value)
    year, first = int(quarter.group(1)), 3 * int(quarter.group(2)) - 2
    after = date(year + 1, 1, 1) if first == 10 else date(year, first + 3, 1)
    return date(year, first, 1), after - timedelta(days=1)


def _its_day(match: re.Match[str]) -> str:
    """A timestamp's day (``2020-12-31T10:30:00Z``: ``2020-12-31``); one whose day is none as typed, for check_dates
    to quote."""
    return match.group(1) if _real(match.group(1)) else match.group(0)


def _dotted_range(match: re.Match[str]) -> str:
    """GitHub's and Kibana's date range, ``date:2020-01..2020-06``, as Lucene's, ``date:[2020-01 TO 2020-06]``, an end
    left out or ``*`` open (``date:2020..``: ``[2020 TO *]``); it had been refused with that form to type. Its ends
    are then read as a bracketed range's are (a reversed one refused). Another field's value as typed."""
    field, value = match.groups()
    dotted = _TWO_DOTS.match(value) if field.lower() in DATE_FIELD_NAMES else None
    if dotted is None or not any(dotted.groups()):
        return match.group(0)
    _check_ends(match.group(0), value)
    start, end = (part or _OPEN_END for part in dotted.groups())
    return f"{field}:[{start} TO {end}]"


def _dashed(match: re.Match[str]) -> str:
    """A date typed with slashes, year first, with dashes (``2020/12/31``: ``2020-12-31``, ``2020/6``: ``2020-06``); one
    that is no real date as typed, for check_dates to quote."""
    year, *rest = (part for part in match.groups() if part)
    dashed = "-".join([year, *(f"{int(part):02d}" for part in rest)])  # padded: Whoosh read 2020-6 as the year
    try:
        parse_bound(dashed)
    except InvalidQuery:
        return match.group(0)
    return dashed


def _comparison_range(match: re.Match[str]) -> str:
    """``date:>2020-06`` as the range ``date:{2020-06 to]``; another field's comparison as typed."""
    field, operator, value = match.groups()
    if field.lower() not in DATE_FIELD_NAMES:
        return match.group(0)
    try:
        parse_bound(absolute_date(value))
    except InvalidQuery:  # said here, with what was typed: the range it becomes was never typed
        # its field and sign to the hint: month:>=10 had been given the generic help alone, not month:>=2026-10
        raise InvalidQuery(f"cannot read the date in {as_typed(shorten(match.group(0)))}",
                           hint=date_syntax_help(f"{operator}{value}", field)) from None
    start, end = (value, "") if operator.startswith(">") else ("", value)
    try:
        _inner_ends(start, end, "{" if operator == ">" else "[", "}" if operator == "<" else "]")
    except OverflowError:
        raise _no_day(match.group(0)) from None
    return f"{field}:" + _COMPARISON_RANGES[operator].format(value)


def _range_ends(inside: str) -> tuple[str, str] | None:
    """The two ends of a range's inside (``2020 to 2021``), each stripped; None without a ``to``. Split at the first
    ``to``, not matched by one pattern: ``(.*?)\\s*\\bto`` tried a run of spaces from each of its places (n²)."""
    found = _TO.search(inside)
    return None if found is None else (inside[:found.start()].strip(), inside[found.end():].strip())


def _inclusive(match: re.Match[str]) -> str:
    """A date range in brackets with its curly or ``*`` ends as an inclusive one; a range already so, or one that
    cannot be read (left for check_dates), as typed."""
    field, opening, inside, closing = match.groups()
    ends = _range_ends(inside)
    if field.lower() not in DATE_FIELD_NAMES or ends is None:
        return match.group(0)
    start, end = ("" if bound == _OPEN_END else bound for bound in ends)
    if not start and not end:
        return f"{field}:[{_FIRST_YEAR} to]"  # date:[* TO *] (or date:[ TO ]): every dated article, as in Lucene
    if (opening, closing) == ("[", "]") and (start, end) == ends:
        return match.group(0)
    try:
        inner = _inner_ends(start, end, opening, closing)
    except InvalidQuery:
        return match.group(0)
    except OverflowError:
        raise _no_day(match.group(0)) from None
    if inner is None:
        return match.group(0)  # reversed: check_dates says so
    start, end = inner
    if start and end and start > end:
        raise InvalidQuery(f"{as_typed(shorten(match.group(0)))} leaves out both ends and no day between them",
                           hint=f"square brackets include the ends: {field}:[{inside.strip()}]")
    return f"{field}:[{start} to {end}]" if start and end else f"{field}:[{start} to]" if start else f"{field}:[to {end}]"


def _no_day(typed: str) -> InvalidQuery:
    """The error for a clause that leaves out every day there is (``date:>9999``, ``date:{* to 0001}``)."""
    return InvalidQuery(f"{as_typed(shorten(typed))} leaves no day: there is none after 9999-12-31 or before 0001-01-01")


def _inner_ends(start: str, end: str, opening: str, closing: str) -> tuple[str, str] | None:
    """The ends of a range (``""``: open) moved a day inwards where their bracket is curly; None when reversed.
    InvalidQuery for an end that is no date, OverflowError for one moved past the first or last day there is."""
    first = parse_bound(absolute_date(start)) if start else None
    last = parse_bound(absolute_date(end), end=True) if end else None
    if first and last and first > last:
        return None
    if opening == "{" and start:
        start = (parse_bound(absolute_date(start), end=True) + timedelta(days=1)).date().isoformat()
    if closing == "}" and end:
        end = (parse_bound(absolute_date(end)) - timedelta(days=1)).date().isoformat()
    return start, end


def _any_date(match: re.Match[str]) -> str:
    """``date:*`` as every dated article; another field's ``*`` as typed."""
    field = match.group(1)
    return f"{field}:[{_FIRST_YEAR} to]" if field.lower() in DATE_FIELD_NAMES else match.group(0)
