"""Open an index and search it: ranked hits with snippets, articles by id, and index facts."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Set
from functools import cache, partial
from types import TracebackType
from typing import TYPE_CHECKING

from . import browse, config, indexfolders, liveindex
from .arguments import check_arguments
from .copies import copy_articles
from .copyindex import CopyIndex, CopyTable
from .daycolumn import DayColumn
from .documents.article import Article
from .errors import InvalidQuery, NewsSearchError
from .facets import facet_counts, matching_docnums
from .guard import guarded, is_damage
from .idlookup import TypedIds
from .patterns import Lexicons, index_languages, listed_languages
from .ranking import make_weighting
from .recency import Decay
from .results import Hit, IndexStats, SearchResult
from .schema import to_article
from .searchoptions import DateLike, check_sort, date_filter_of, decay_of
from .timeline import Timeline, check_period

if TYPE_CHECKING:
    from whoosh import query as wq

    from .facettable import FacetTable
    from .notices import Count
    from .parsedquery import ParsedQuery

# The modules that read, rank and show a query (indexquery, hitlist, feedback, notices) are imported by the methods
# that run one: ``show`` and ``stats`` open an index and read no query, and importing them cost those ~30 ms.


class NewsIndex:
    """A newssearch index opened for reading. Use as a context manager, or call ``close()``.

    A handle may be shared between threads: its calls take turns (each holds the handle's lock while it
    reads), so they are correct but not simultaneous; a handle opened per thread lets searches run side by
    side. A handle is a snapshot of the index as it was when opened (or last refreshed): an update or
    rebuild made since is seen after ``refresh()``. After ``close()`` every call raises IndexClosed.
    """

    def __init__(self, index_dir: str | os.PathLike[str] | None = None) -> None:
        check_arguments(index_dir=index_dir)
        self.index_dir = config.resolve_index_dir(index_dir)
        self._lock = threading.RLock()
        self._closed = False
        self._open()
        # absolute once open (its errors name the folder as given): a refresh or stats() after a chdir reads this one
        self.index_dir = self.index_dir.resolve()

    def _open(self) -> None:
        """Read the manifest and open a searcher on the index it names; note its size now, as a snapshot's."""
        manifest, ix, searcher = liveindex.open_live(self.index_dir, weighting=make_weighting())
        try:  # all or nothing: a refresh that fails half-way leaves the handle on its old snapshot
            languages = index_languages(searcher.reader())  # stemmed by their own rules (stemming)
            # read once for the snapshot, not for every query: a binary search of the terms file, 1 ms a query
            listed = listed_languages(searcher.reader())
            size_bytes = indexfolders.folder_size(self.index_dir / manifest.active)
        except BaseException as exc:
            searcher.close()
            if isinstance(exc, Exception) and is_damage(exc):  # as a guarded call says it: IndexCorrupt
                raise liveindex.damaged(self.index_dir, manifest, exc) from exc
            raise
        self.manifest, self._ix, self._searcher = manifest, ix, searcher
        self._lexicons = Lexicons(searcher.reader())  # word lists read on first need, kept with this snapshot
        self._days = DayColumn(searcher.reader())  # so are the articles' days
        self._copy_keys = CopyTable(searcher.reader())  # and their copy keys
        self._facets: FacetTable | None = None  # and what facets count them by, made by a search asking for them
        self._languages, self._listed, self._size_bytes = languages, listed, size_bytes

    def __enter__(self) -> NewsIndex:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Release the searcher's files; closing a closed handle does nothing."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._searcher.close()

    @guarded
    def refresh(self) -> None:
        """See the index as it is now: the last update or rebuild committed since this handle was opened."""
        searcher = self._searcher
        self._open()  # the old searcher stays open, and this handle usable, when the index cannot be opened now
        searcher.close()

    @guarded
    def search(self, text: str, *, limit: int = config.DEFAULT_LIMIT, page: int = 1, match: str = "all",
               since: DateLike = None, until: DateLike = None, sort: str = "relevance",
               snippet_chars: int = config.SNIPPET_CHARS, fragments: int = config.SNIPPET_FRAGMENTS,
               recent: bool = False, around: DateLike = None, facets: bool = False,
               group_copies: bool = False) -> SearchResult:
        """Run a query; return one page of ranked hits with snippets, and a suggestion for typos.

        ``text`` is a query in the syntax of ``newssearch help syntax``; ``match`` is ``"all"`` (a hit has
        every word) or ``"any"`` (ranked by how many it has, with pseudo-relevance feedback); ``sort`` is
        ``"relevance"``, ``"date"`` (newest first, undated last) or ``"oldest"`` (oldest first, undated last).
        ``limit`` hits per page (0 to 1000000; 0 lists none: the total and ``facets`` alone, ``pages`` 0), ``page``
        from 1. ``since``/``until`` (and ``around``) take a ``date``, a ``datetime`` or a string: ``YYYY``, ``YYYY-MM``,
        ``YYYY-MM-DD`` (or ``YYYYMMDD``), or a span back from today (``7d``, ``2w``, ``6m``, ``1y``); a
        year or month as a string means its first day for ``since`` and its last for ``until``. Articles are
        dated by the day, so a datetime stands for its whole day (one with a time zone, the day of its own
        wall-clock time).
        ``snippet_chars`` (40 to 5000) and ``fragments`` (at least 1) size each snippet.
        ``recent``/``around`` multiply relevance by a mild date decay (see recency.py); ``facets``
        adds counts by source, author, section, year and month (and language) over every hit, not just this page;
        ``group_copies`` shows syndicated copies of one story as one hit (its earliest copy among the hits).
        Wrong types or values raise InvalidQuery naming the parameter.
        """
        check_arguments(InvalidQuery, text=text, limit=limit, page=page, match=match, since=since, until=until,
                        sort=sort, snippet_chars=snippet_chars, fragments=fragments, recent=recent, around=around,
                        facets=facets, group_copies=group_copies)
        from .datenotices import undated_ranking_notice
        from .hitlist import pages_of

        check_sort(sort)
        parsed = self._parse(text, match)
        date_filter = date_filter_of(self._days, since, until)
        decay = decay_of(self._days, recent, around, sort)
        total, hits, found = self._page(parsed, match, page, limit, date_filter, decay, sort, snippet_chars, fragments,
                                        group_copies)
        suggested = self._suggestion(parsed, match, count := self._counter(date_filter), len(found))
        tally = facet_counts(self._facet_table(), found) if facets else None
        return SearchResult(query=text, total=total, page=page, pages=pages_of(total, limit),
                            limit=limit, hits=hits, suggestion=suggested, facets=tally.counts if tally else None,
                            facets_more=tally.more if tally else {}, facets_missing=tally.missing if tally else {},
                            notice=undated_ranking_notice(self._days, self._search_notice(
                                parsed, match, date_filter, since, until, total, suggested, count), total, recent, around,
                                sort, partial(self._undated_hits, found, hits)),
                            grouped=group_copies, articles=len(found) if group_copies else None,
                            ranked=parsed.ranks_by_words)

    def _page(self, parsed: ParsedQuery, match: str, page: int, limit: int, date_filter: set[int] | None,
              decay: Decay | None, sort: str, snippet_chars: int, fragments: int,
              group_copies: bool) -> tuple[int, list[Hit], Set[int]]:
        """How many articles (or stories, ``group_copies``) ``parsed`` finds, the hits of one page of them, and the
        articles it finds (``matching_docnums``: read by the ranking, not searched for again)."""
        from .hitlist import make_hits, page_of

        # Feedback helps natural-language questions (TIME, --match any) but multiplies the cost of a
        # query several times over; keyword queries (--match all) are ranked by BM25F alone.
        ranked = parsed.query
        if match == "any" and limit > 0:  # it adds optional words: the same articles, ranked otherwise
            from . import feedback  # here: a plain query need not load it (nor functionwords' language profiles)

            ranked = feedback.expand(self._searcher, parsed.query, date_filter)
        keys = CopyIndex(self._searcher.reader(), self._copy_keys) if group_copies else None
        total, scored, found = page_of(self._searcher, ranked, page, limit, date_filter, decay, sort, keys,
                                       parsed.exact)
        hits = make_hits(self._searcher, scored, (page - 1) * limit, parsed.query, snippet_chars, fragments,
                         found if keys is not None else None, keys)
        return total, hits, found

    def _undated_hits(self, found: Set[int], hits: list[Hit]) -> bool:
        """Whether no article ``found`` is dated (a page's dated hit says one is, without reading their days)."""
        if any(hit.date for hit in hits):
            return False
        return bool(found) and self._days.undated(found) == len(found)

    def _facet_table(self) -> FacetTable:
        """What facets count this snapshot's articles by: made by its first search asking for them (``facettable``)."""
        from .facettable import FacetTable

        self._facets = self._facets or FacetTable(self._searcher.reader())
        return self._facets

    def _suggestion(self, parsed: ParsedQuery, match: str, count: Count, found: int) -> str | None:
        """"Did you mean" for ``parsed`` (see ``notices.suggestion``), which finds ``found`` articles."""
        from .notices import suggestion

        return suggestion(self._searcher.reader(), self._lexicons, parsed, match, lambda: found, count)

    def _counter(self, date_filter: set[int] | None) -> Count:
        """How many articles a text matches under a match mode within ``date_filter`` (0 when it cannot be read), each
        text counted once: "Did you mean" and the notes ask alike (whether a name is an author's)."""
        return cache(lambda text, match: len(self._matched(text, match, date_filter)))

    def _matched(self, typed: str | wq.Query, match: str, date_filter: set[int] | None) -> set[int]:
        """The articles a query (its text, or its tree) matches (none when it cannot be read)."""
        try:
            query = self._parse(typed, match).query if isinstance(typed, str) else typed
            return matching_docnums(self._searcher, query, date_filter)
        except NewsSearchError:
            return set()

    def _search_notice(self, parsed: ParsedQuery, match: str, date_filter: set[int] | None, since: DateLike,
                       until: DateLike, total: int, suggested: str | None, count: Count) -> str | None:
        """What a search says besides its hits and its "Did you mean" (``suggested``; see notices.py)."""
        from .ampersandhints import written_alone
        from .clausenotices import clause_notices
        from .datenotices import date_clause_notice, date_notice
        from .handlenames import solid_authors
        from .notices import empty_field_notice, empty_index_notice, nothing_found_notice

        reader, matched = self._searcher.reader(), partial(self._matched, date_filter=date_filter)
        notice = date_clause_notice(self._days, date_notice(  # @janesmith: an author's name written solid; M/A alone
            self._days, nothing_found_notice(parsed, match, total, count, matched, suggested, partial(
                solid_authors, reader), partial(written_alone, reader, matched)),
            since, until, total, lambda: matching_docnums(self._searcher, parsed.query)), parsed.query, total,
            partial(matching_docnums, self._searcher), parsed.text, match, since, until)
        return (empty_index_notice(parsed.notes, total, self._searcher, self.manifest, self.index_dir)
                or clause_notices(reader, empty_field_notice(reader, notice, parsed.query, total), parsed.query, total,
                                  partial(matching_docnums, self._searcher)))

    @guarded
    def timeline(self, text: str, *, by: str = "month", match: str = "all", since: DateLike = None,
                 until: DateLike = None, group_copies: bool = False) -> Timeline:
        """Counts of every hit of a query per year, month, ISO week or day (``by``), in date order; undated apart.

        ``match``, ``since`` and ``until`` are as for ``search``; ``group_copies`` counts each story once, in the
        period of its earliest copy among the hits (a story that ten outlets ran is one story that month)."""
        check_arguments(InvalidQuery, text=text, by=by, match=match, since=since, until=until,
                        group_copies=group_copies)
        check_period(by)
        from .querytimeline import timeline_of  # here: a search need not load the timeline's modules

        return timeline_of(self, text, by, match, since, until, group_copies)

    @guarded
    def similar(self, article_id: str, *, limit: int = config.DEFAULT_LIMIT, page: int = 1, since: DateLike = None,
                until: DateLike = None, snippet_chars: int = config.SNIPPET_CHARS,
                fragments: int = config.SNIPPET_FRAGMENTS, group_copies: bool = False) -> SearchResult:
        """The articles most like the one with ``article_id`` (more-like-this over title and body), not itself.

        ``since``/``until`` keep only articles published in that span (the article itself may be outside it).
        ``group_copies`` leaves out the article's own copies too, and lists each other story once.
        """
        from .similarpage import similar_of  # not on a search's path

        check_arguments(InvalidQuery, article_id=article_id, limit=limit, page=page, since=since, until=until,
                        snippet_chars=snippet_chars, fragments=fragments, group_copies=group_copies)
        return similar_of(self, article_id, limit, page, since, until, snippet_chars, fragments, group_copies)

    def _parse(self, text: str, match: str) -> ParsedQuery:
        """Parse user text, with fuzzy terms matched against the words of this index."""
        from .indexquery import parse_for_index

        return parse_for_index(text, match, self._searcher, self._lexicons, self._languages, self._listed)

    @guarded
    def articles(self) -> Iterator[Article]:
        """Every article of the index, one at a time, in the order of their ids; see ``browse.articles``."""
        return browse.articles(self)

    @guarded
    def ids(self, prefix: str = "") -> list[str]:
        """The ids of the index's articles that start with ``prefix`` (every one by default), in natural order
        (``b2.txt`` before ``b10.txt``): what a shell completes ``show`` with."""
        from .idlookup import natural_order
        from .livecounts import live_values
        from .schema import ID

        return sorted((found for found in live_values(self._searcher.reader(), ID) if found.startswith(prefix)),
                      key=natural_order)

    @guarded
    def get(self, article_id: str) -> Article:
        """The stored article with this id (or a path to its file, see ``_docnum``); else ArticleNotFound."""
        check_arguments(InvalidQuery, article_id=article_id)
        return to_article(self._searcher.stored_fields(self._docnum(article_id)))

    @guarded
    def copies(self, article_id: str) -> tuple[Article, ...]:
        """The other copies of this article's story in the index (syndicated, or saved twice), earliest-dated first."""
        return copy_articles(self._searcher, self._docnum(article_id), self._copy_keys)

    def _docnum(self, article_id: str) -> int:
        """The document number of the article with this id, or with the id a path copied from a shell names."""
        from .indexfacts import index_facts  # for a typed id that names no article: not on a search's path

        facts = index_facts(self.index_dir, self.manifest)
        return TypedIds(self._searcher, self.manifest.corpus, facts).docnum(article_id)

    @guarded
    def stats(self) -> IndexStats:
        """Counts, size, date span and when the index was last updated: of the snapshot this handle reads."""
        from .indexstats import index_stats  # index facts: not on a search's path

        return index_stats(self)


def open_index(index_dir: str | os.PathLike[str] | None = None) -> NewsIndex:
    """Open the index in ``index_dir`` (default: $NEWSSEARCH_INDEX or ./index; ``~`` is the home folder) for
    searching. The handle may be shared between threads; see NewsIndex."""
    return NewsIndex(index_dir)


__all__ = ["NewsIndex", "open_index", "make_weighting"]
