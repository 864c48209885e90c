"""A query's hits counted per year, month, week or day over an open index: the work of ``NewsIndex.timeline``."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from .copies import one_per_story
from .copyindex import CopyIndex
from .facets import matching_docnums
from .recency import day_from_number
from .searchoptions import DateLike, bound, date_filter_of
from .timefilter import required_span
from .timeline import Timeline, count_periods, indexed_counts, period_of

if TYPE_CHECKING:
    from .notices import Count
    from .parsedquery import ParsedQuery
    from .searcher import NewsIndex


def timeline_of(handle: NewsIndex, text: str, by: str, match: str, since: DateLike, until: DateLike,
                group_copies: bool) -> Timeline:
    """``handle.timeline``'s counts, its arguments checked: see ``NewsIndex.timeline``."""
    parsed = handle._parse(text, match)
    date_filter = date_filter_of(handle._days, since, until)
    docnums = matching_docnums(handle._searcher, parsed.query, date_filter)
    articles = len(docnums) if group_copies else None
    if group_copies:
        keys = CopyIndex(handle._searcher.reader(), handle._copy_keys)
        docnums = {docnum for docnum, _ in one_per_story([(docnum, 0.0) for docnum in sorted(docnums)],
                                                        handle._searcher.reader(), keys)}
    days = handle._days.days_of(docnums)
    dated = [day for day in days if day is not None]
    first, last = bound(since, end=False), bound(until, end=True)
    # the window asked for: --since and --until, narrowed by the date clauses the query requires (date:2020-12)
    window = required_span(parsed.query, first.date() if first else None, last.date() if last else None)
    periods = count_periods(dated, by, *window)
    indexed = indexed_counts((day for _, number in handle._days.live() if (day := day_from_number(number))), by,
                             *window)
    oldest, newest = handle._days.oldest(), handle._days.newest()
    span = (period_of(oldest, by), period_of(newest, by)) if oldest and newest else None
    count = handle._counter(date_filter)
    suggested = handle._suggestion(parsed, match, count, len(days))
    # counting nothing, what a search would say finds something (a quote's words without its quotes, --match any)
    notes = _nothing_counted_notice(handle, parsed, match, date_filter, len(days), suggested, count)
    return Timeline(query=text, by=by, periods=periods, undated=len(days) - len(dated), total=len(days),
                    indexed={period: indexed.get(period, 0) for period, _ in periods},
                    articles=articles, suggestion=suggested, span=span,
                    notice=_timeline_notice(handle, parsed, match, notes, dated, since, until, len(days)))


def _nothing_counted_notice(handle: NewsIndex, parsed: ParsedQuery, match: str, date_filter: set[int] | None,
                            found: int, suggested: str | None, count: Count) -> str | None:
    """The parser's notes and, when nothing was counted, what a search's ``nothing_found_notice`` says would find
    something, unless "Did you mean" (``suggested``) does."""
    from .ampersandhints import written_alone
    from .handlenames import solid_authors
    from .notices import nothing_found_notice

    reader, matched = handle._searcher.reader(), partial(handle._matched, date_filter=date_filter)
    return nothing_found_notice(parsed, match, found, count, matched, suggested, partial(solid_authors, reader),
                                partial(written_alone, reader, matched))


def _timeline_notice(handle: NewsIndex, parsed: ParsedQuery, match: str, notes: str | None, dated: list[date],
                     since: DateLike, until: DateLike, found: int) -> str | None:
    """What a timeline says besides its counts (see notices.py and datenotices.py), after ``notes``: the parser's and
    why nothing was counted."""
    from .clausenotices import clause_notices
    from .datenotices import date_clause_notice, date_notice, undated_timeline_notice
    from .notices import empty_index_notice

    searcher, days = handle._searcher, handle._days
    return (empty_index_notice(parsed.notes, found, searcher, handle.manifest, handle.index_dir)
            or clause_notices(searcher.reader(), date_clause_notice(days, date_notice(
                days, undated_timeline_notice(days, notes, dated, found), since, until, found,
                lambda: matching_docnums(searcher, parsed.query)), parsed.query, found,
                partial(matching_docnums, searcher), parsed.text, match, since, until), parsed.query, found,
                partial(matching_docnums, searcher)))
