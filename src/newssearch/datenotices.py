"""What a search says of its dates: none in the index, none in the span asked for, a gap in the archive, and the
undated articles a date filter left out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from whoosh import query as wq

from .daycolumn import DayColumn
from .notices import noted
from .searchoptions import DateLike, bound, far_from_every_date
from .timefilter import date_ranges, date_spans, excludes_required, outside_days, required_dates, required_span


def date_notice(days: DayColumn, notice: str | None, since: DateLike, until: DateLike, total: int,
                matched: Callable[[], set[int]]) -> str | None:
    """``notice``, and a word on why dates found nothing: no article of the index has one, or every
    dated one is outside the span asked for (``--since 7d`` on a 1987 archive); and how many undated
    articles would be found (``matched``: every article found, dated or not), as a date filter leaves them out."""
    if (since in (None, "") and until in (None, "")) or total:
        return notice
    newest = days.newest()
    if newest is None:
        return noted(notice, "no article in this index has a publication date, so --since and --until match none")
    first, last, oldest = bound(since, end=False), bound(until, end=True), days.oldest()
    if (first and first.date() > newest) or (last and oldest and last.date() < oldest):
        notice = noted(notice, f"the articles of this index are dated {oldest} to {newest}")
    elif oldest and first and last and not days.between(first.date(), last.date()):
        notice = noted(notice, gap_said(first.date(), last.date(), oldest, newest))
    undated = days.undated(matched())
    if undated:
        many = undated != 1
        notice = noted(notice, f"{undated:,} undated article{'s' * many} match{'es' * (not many)} too: --since "
                               "and --until leave out articles with no publication date")
    return notice


def undated_ranking_notice(days: DayColumn, notice: str | None, total: int, recent: bool, around: DateLike,
                           sort: str, undated_hits: Callable[[], bool]) -> str | None:
    """``notice``, and that ranking by date changes nothing when no article of the index has a date (a folder of
    plain texts), or no article found has (``undated_hits``, asked only then):
    ``--recent``, ``--around`` and ``--sort date`` (or ``oldest``) had been taken silently; or, for ``--around``,
    when none is dated near its date."""
    named = "--recent" if recent else "--around" if around not in (None, "") \
        else f"--sort {sort}" if sort != "relevance" else None
    if named is None or not total:
        return notice
    if days.newest() is None:
        return noted(notice, f"no article in this index has a publication date, so {named} changes nothing")
    if undated_hits():
        return noted(notice, f"no article found has a publication date, so {named} changes nothing")
    return _far_around_notice(days, notice, around) if named == "--around" else notice


def _far_around_notice(days: DayColumn, notice: str | None, around: DateLike) -> str | None:
    """``notice``, and that ``--around`` changes nothing when no article is dated within a year of its date
    (``--around 2030`` on an archive of 1963 to 2021: every article as far as any, the ranking plain relevance)."""
    if not far_from_every_date(days, around):
        return notice
    first = bound(around, end=False).date()  # type: ignore[union-attr]
    last = bound(around, end=True).date()  # type: ignore[union-attr]
    day = first.isoformat()
    typed = around if isinstance(around, str) else day
    # a day typed otherwise than as it reads (2w, yesterday, 20300105) named as it reads: "within a year of 2w" had
    # left the user to count back
    named = f"{typed} ({day}; " if first == last and typed.strip() != day else f"{typed} ("
    return noted(notice, f"no article of this index is dated within a year of {named}its articles are dated "
                         f"{days.oldest()} to {days.newest()}), so --around changes nothing")


def date_clause_notice(days: DayColumn, notice: str | None, query: wq.Query, total: int,
                       matched: Callable[[wq.Query], set[int]] | None = None, typed: str = "",
                       match: str = "all", since: DateLike = None, until: DateLike = None) -> str | None:
    """``notice``, and the index's dates when nothing was found and a ``date:`` clause lies wholly outside them
    (``date:>1987-10-20`` on an archive that ends that day), as --since and --until say; that the clauses share no
    day when they are several (``date:2020 date:2021``: an AND of two years); or, for a clause within
    them that no article is dated in (``date:1990`` on Reuters' 1987 and 1996), that it is a gap in the archive; that
    its NOT excludes every day its clauses require (``date:* OR NOT date:*``, read as Lucene reads it); that they
    share no day with ``since`` and ``until`` (``date:2020-06 --since 2020-07``); and,
    as for --since, how many undated articles the query finds without its date clauses (``matched``: the articles a
    query finds). How Lucene reads a NOT inside an OR is said only when ``typed`` (the query as typed, under ``match``)
    has one: ``police date:2020-07 -date:2020`` has no OR."""
    if total or next(date_ranges(query), None) is None:
        return notice
    first, last = required_span(query)
    if first and last and first > last:  # date:2020 date:2021 had found nothing without a word
        return noted(notice, "an article has one date, and the date clauses required share no day: an OR finds "
                             "articles of either, as in date:2020 OR date:2021 (or date:2020,2021)")
    start, end = bound(since, end=False), bound(until, end=True)
    if start or end:  # date:2020-06 --since 2020-07 had found nothing unsaid, each alone finding articles
        first, last = required_span(query, start.date() if start else None, end.date() if end else None)
        if first and last and first > last:
            return noted(notice, "an article has one date, and the date clauses required share no day with --since "
                                 "and --until: leave out one or the other")
    if excludes_required(query):  # it had said undated articles match, as if its date alone left them out
        said = "the query excludes every day its date clauses require, so it finds no article"
        from .notnotices import OR_NOT_READ, or_beside_not  # only such a query asks

        return noted(notice, f"{said}: {OR_NOT_READ}" if or_beside_not(typed, match) else said)
    newest = days.newest()
    oldest = days.oldest() if newest else None
    if not oldest or not newest:
        return notice
    said = f"the articles of this index are dated {oldest} to {newest}"
    if not outside_days(query, oldest, newest):
        gap = next(((first, last) for first, last in date_spans(query)
                    if first and last and not days.between(first, last)), None)
        said = gap_said(*gap, oldest, newest) if gap else ""
    if said and said not in (notice or ""):  # (not said already for --since)
        notice = noted(notice, said)
    return _undated_without_dates(days, notice, query, matched)


def _undated_without_dates(days: DayColumn, notice: str | None, query: wq.Query,
                           matched: Callable[[wq.Query], set[int]] | None) -> str | None:
    """``notice``, and how many undated articles ``query`` finds without the date clauses it requires (``spyware
    date:2020`` on BBC News' undated articles: 8), as --since says it: the clause had left them out unsaid."""
    rest = _without_date_clauses(query)
    if matched is None or rest is None or "undated article" in (notice or ""):
        return notice
    undated = days.undated(matched(rest))
    if not undated:
        return notice
    many = undated != 1
    return noted(notice, f"{undated:,} undated article{'s' * many} match{'es' * (not many)} too: date: leaves out "
                         "articles with no publication date")


def _without_date_clauses(query: wq.Query) -> wq.Query | None:
    """``query`` without the date clauses it requires of every article (``required_dates``), or None when it requires
    none or nothing else (``+gunmen police date:2020`` under --match any: +gunmen, police optional; ``police date:2020``:
    police, the words beside a filter)."""
    required = required_dates(query)
    if not required:
        return None
    if isinstance(query, wq.AndMaybe):  # the words beside a --match any filter, or what it requires besides its dates
        rest = _without_date_clauses(query.a)
        return query.b if rest is None else wq.AndMaybe(rest, query.b)
    rest = [part for part in query.children() if part not in required] if isinstance(query, wq.And) else []
    return (rest[0] if len(rest) == 1 else wq.And(rest)) if rest else None


def gap_said(first: date, last: date, oldest: date, newest: date) -> str:
    """The note on dates asked for within the index's own that no article of it is dated in: a gap in the archive,
    not a lull in the news (as a timeline's "(no articles in the index)")."""
    span = f"{first}" if first == last else f"from {first} to {last}"
    return f"no article of this index is dated {span}, a gap in its archive (its articles are dated {oldest} to {newest})"


def undated_timeline_notice(days: DayColumn, notice: str | None, dated: list[date], found: int) -> str | None:
    """``notice``, and why a timeline has no periods when hits were found: no article of the index, or none of
    those found, has a date."""
    if dated or not found:
        return notice
    if days.newest() is not None:
        return noted(notice, "no article found has a publication date, so none is charted")
    return noted(notice, "no article in this index has a publication date, so every hit is undated")
