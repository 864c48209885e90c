"""What a search says besides its hits: why nothing was found, what would find something, and "Did you mean"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from whoosh import query as wq

from . import indexhints, livecounts, namespelling, spelling, store
from .daycolumn import DayColumn
from .errors import as_typed
from .functionwords import ENGLISH
from .hostnames import as_sites
from .lucene import outside_quotes
from .parsedquery import ParsedQuery
from .patterns import Lexicons
from .schema import AUTHOR, DATE, LANG, QUERY_FIELD_NAMES, SOURCE, URL
from .searchoptions import DateLike, bound
from .timefilter import date_ranges, date_spans, outside_days, required_dates, required_span

Count = Callable[[str, str], int]  # how many articles a query text finds under a match mode (0: unreadable)

# Fields, phrases, groups, patterns, boosts, exclusions and operators: --match any would change what they mean
# (each of their parts becomes optional, a field or a phrase too); only a query of plain words is told of it.
# Syntax typed, after which --match any is no plain fix; a colon only after a field's name ("Update: kiwi", pasted
# from a headline, is two words).
_QUERY_SYNTAX = re.compile(r"[\"()\[\]{}*~^+]|(?:^|\s)-|\b(?:AND|OR|NOT)\b|(?i:\b(?:"
                           + "|".join(sorted(map(re.escape, QUERY_FIELD_NAMES))) + r"):)")
_TRAILING_QUESTION = re.compile(r"(?<=\w)\?(?=[\s)]|$)")  # Yukos? : a pattern to the parser, punctuation to a reader
# source: (or outlet:, publisher:) before a host, latimes.com: the publisher's name, where site: is the name or address
_SOURCE_HOST = re.compile(r"(?<![\w:])(?i:source|outlet|publisher):(?=[\w-]+(?:\.[\w-]+)+(?![\w.:/]))")

# Fields a reader fills only when the article says so, with what a notice calls them.
METADATA_FIELDS = {AUTHOR: "an author", SOURCE: "a source", URL: "a URL", LANG: "a language",
                   DATE: "a publication date"}


_LANGUAGES_SHOWN = 8  # the commonest languages a notice names when no article is in the one asked for


def noted(notice: str | None, said: str) -> str:
    """``said`` after the notices already given."""
    return f"{notice}; {said}" if notice else said


def suggestion(reader, lexicons: Lexicons, parsed: ParsedQuery, match: str,  # type: ignore[no-untyped-def]
               found: Callable[[], int], count: Count) -> str | None:
    """The query as "Did you mean" would have it: its words corrected, and its author: and source: names;
    None when that finds no more articles (``count``), under the same fields, lang: and dates, than the query
    typed (``found``): ``lang:fr ministre`` is not "lang:fr minister", which finds none.

    Counted only for a suggestion about to be shown: spelling.suggest is on every query's path.
    """
    words = spelling.suggest(reader, parsed.text, parsed.words_to_check(), lexicons)
    names = namespelling.corrected_names(reader, words or parsed.text, parsed.names_to_check())
    suggested = words if names == (words or parsed.text) else names
    if not suggested:
        return None
    typed = found()
    return suggested if count(suggested, match) > typed else None


def nothing_found_notice(parsed: ParsedQuery, match: str, total: int, count: Count,
                         suggested: str | None = None) -> str | None:
    """The parser's notice, and what would find something when nothing was found: the query without a ``?``
    typed as punctuation (``Yukos?`` is Yukos and one letter more), the query with ``site:`` for a ``source:``
    typed as a host (``source:latimes.com``: the Los Angeles Times is at that address) or for a host typed as a word
    (``latimes.com``), the words of a quoted phrase
    without their quotes (quotehints.py: a quote misremembered), or ``--match any`` for plain
    words no article holds together, unless a "Did you mean" (``suggested``) finds articles with all of them: then a
    typo, not the words, is why nothing matched (``nucelar deterrent``: --match any had offered the deterrent alone)."""
    if total:
        return parsed.notes
    without = outside_quotes(parsed.text, lambda part: _TRAILING_QUESTION.sub("", part))
    if without != parsed.text and without.strip():
        found = count(without, match)
        if found:
            return noted(parsed.notes, f"a ? stands for one letter: {as_typed(without.strip())} finds {found:,}")
    hosted = _SOURCE_HOST.sub("site:", parsed.text)
    if hosted != parsed.text and (found := count(hosted, match)):
        return noted(parsed.notes, f"source: is a publisher's name: {as_typed(hosted)}, its name or its address, "
                                   f"finds {found:,}")
    sited, hosts = as_sites(parsed.text)  # latimes.com typed as a word: the site's articles seldom write it
    if hosts and (found := count(sited, match)):
        many = len(hosts) > 1
        return noted(parsed.notes, f"{' and '.join(hosts)} {'are' if many else 'is'} searched as words of the text: "
                                   f"{as_typed(sited)}, the articles of {'those sites' if many else 'that site'}, "
                                   f"finds {found:,}")
    unquoted = None if parsed.notice or suggested else _unquoted_notice(parsed.text, match, count)
    if unquoted:
        return noted(parsed.notes, unquoted)
    if (match == "all" and len(parsed.words) > 1 and parsed.notice is None and not suggested
            and not _QUERY_SYNTAX.search(parsed.text)):
        found = count(parsed.text, "any")
        if found:
            return noted(parsed.notes, f"no article has all these words: --match any finds {found:,}")
    return parsed.notes


def empty_index_notice(notice: str | None, total: int, searcher,  # type: ignore[no-untyped-def]
                       manifest: store.Manifest, index_dir: Path) -> str | None:
    """``notice`` and why nothing was found when the index holds no article at all; else None."""
    if total or searcher.doc_count():
        return None
    command = indexhints.index_command(manifest.corpus, index_dir).cli
    return noted(notice, f"this index holds no articles (`{command} --verbose` lists the files it skipped)")


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


_NEAR_DAYS = 365  # --around's bonus halves every 30 days: a year away it is a 4,000th of what it is at the date


def _far_around_notice(days: DayColumn, notice: str | None, around: DateLike) -> str | None:
    """``notice``, and that ``--around`` changes nothing when no article is dated within a year of its date
    (``--around 2030`` on an archive of 1963 to 2021: every article as far as any, the ranking plain relevance)."""
    first, last = bound(around, end=False), bound(around, end=True)
    if first is None or last is None or days.between(_shifted(first.date(), -_NEAR_DAYS),
                                                     _shifted(last.date(), _NEAR_DAYS)):
        return notice
    day = first.date().isoformat()
    typed = around if isinstance(around, str) else day
    # a day typed otherwise than as it reads (2w, yesterday, 20300105) named as it reads: "within a year of 2w" had
    # left the user to count back
    named = f"{typed} ({day}; " if first.date() == last.date() and typed.strip() != day else f"{typed} ("
    return noted(notice, f"no article of this index is dated within a year of {named}its articles are dated "
                         f"{days.oldest()} to {days.newest()}), so --around changes nothing")


def _shifted(day: date, by: int) -> date:
    """``day`` moved ``by`` days, held within Python's dates (``--around 9999`` a year on had been an OverflowError)."""
    try:
        return day + timedelta(days=by)
    except OverflowError:
        return date.max if by > 0 else date.min


def date_clause_notice(days: DayColumn, notice: str | None, query: wq.Query, total: int,
                       matched: Callable[[wq.Query], set[int]] | None = None) -> str | None:
    """``notice``, and the index's dates when nothing was found and a ``date:`` clause lies wholly outside them
    (``date:>1987-10-20`` on an archive that ends that day), as --since and --until say; that the clauses share no
    day when they are several (``date:2020 date:2021``: an AND of two years); or, for a clause within
    them that no article is dated in (``date:1990`` on Reuters' 1987 and 1996), that it is a gap in the archive; and,
    as for --since, how many undated articles the query finds without its date clauses (``matched``: the articles a
    query finds)."""
    if total or next(date_ranges(query), None) is None:
        return notice
    first, last = required_span(query)
    if first and last and first > last:  # date:2020 date:2021 had found nothing without a word
        return noted(notice, "an article has one date, and the date clauses required share no day: an OR finds "
                             "articles of either, as in date:2020 OR date:2021 (or date:2020,2021)")
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
    none."""
    required = required_dates(query)
    if not required:
        return None
    if isinstance(query, wq.AndMaybe):
        return query.b
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


def empty_field_notice(reader, notice: str | None, query: wq.Query, total: int) -> str | None:  # type: ignore[no-untyped-def]
    """``notice``, and a word on why a field search found nothing when no article of the index has that field
    (``source:bbc`` on a folder of plain-text files)."""
    if total:
        return notice
    searched = _fields_of(query)
    empty = [name for name in METADATA_FIELDS
             if name in searched and not livecounts.holds_live_term(reader, name)]
    if not empty:
        return _absent_language_notice(reader, notice, query) if LANG in searched else notice
    said = f"no article in this index has {' or '.join(METADATA_FIELDS[name] for name in empty)}"
    return noted(notice, said)


def _absent_language_notice(reader, notice: str | None, query: wq.Query) -> str | None:  # type: ignore[no-untyped-def]
    """``notice``, and the languages the index holds when no article is in a language ``query`` asks for
    (``lang:sv`` on an index of English and German news); else ``notice`` alone."""
    asked = sorted({leaf.text for leaf in _leaves(query) if isinstance(leaf, wq.Term) and leaf.fieldname == LANG})
    if ENGLISH in asked:
        notice = _unnamed_english_notice(reader, notice)
    if not asked or any(livecounts.live_doc_frequency(reader, LANG, code) for code in asked):
        return notice
    held = sorted((-count, code) for code in reader.lexicon(LANG)
                  if (count := livecounts.live_doc_frequency(reader, LANG, code)))
    codes = [code.decode() if isinstance(code, bytes) else code for _count, code in held]
    shown = ", ".join(codes[:_LANGUAGES_SHOWN]) + (f" and {len(codes) - _LANGUAGES_SHOWN:,} more"
                                                    if len(codes) > _LANGUAGES_SHOWN else "")
    return noted(notice, f"no article in this index is in {' or '.join(asked)} (its languages: {shown})")


def _unnamed_english_notice(reader, notice: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """``notice``, and why ``lang:en`` found nothing when articles name no language: an article naming none is told
    English only when its words show it clearly, so a text too short or mixed to tell has none, and ``oil lang:en``
    had found nothing in an archive of 1,451 such articles without a word on why."""
    named = {docnum for code in reader.lexicon(LANG) for docnum in reader.postings(LANG, code).all_ids()
             if not reader.is_deleted(docnum)}  # an article may hold two codes (pt-br and pt): counted once
    unnamed = reader.doc_count() - len(named)
    if unnamed <= 0:
        return notice
    return noted(notice, f"lang:en finds the articles that name English or whose words show it; {unnamed:,} name no "
                         "language (too short or mixed to tell): leave lang:en out to search them too")


def own_copies_notice(grouped: bool, total: int, copies: set[int], sharing: set[int], docnum: int) -> str | None:
    """Why ``similar`` with copies grouped found nothing like the article ``docnum``: the only articles sharing its
    words (``sharing``) are its own ``copies``, which it leaves out; else None."""
    only_copies = grouped and not total and len(copies) > 1 and bool(sharing & copies - {docnum})
    return (f"the only articles like it are its own copies ({len(copies) - 1:,}), which --group-copies leaves out"
            if only_copies else None)


def _leaves(query: wq.Query) -> list[wq.Query]:
    """The leaves of ``query`` that find what it finds: not those of a NOT, nor the languages a word's stem in
    another language is required with (languagequery.py), which are the index's, not the query's."""
    if isinstance(query, wq.Not):
        return []
    if isinstance(query, wq.Require):
        return _leaves(query.a)
    return [query] if query.is_leaf() else [leaf for child in query.children() for leaf in _leaves(child)]


def _fields_of(query: wq.Query) -> set[str]:
    """The fields the leaves of ``query`` search for what it finds (not those of a NOT: ``-author:smith``)."""
    return {name for leaf in _leaves(query) if (name := getattr(leaf, "fieldname", None))}


def _unquoted_notice(text: str, match: str, count: Count) -> str | None:
    """``quotehints.unquoted_notice``, its module imported only by a search that found nothing."""
    from .quotehints import unquoted_notice

    return unquoted_notice(text, match, count)
