"""Open an index and search it: ranked hits with snippets, articles by id, and index facts."""

from __future__ import annotations

import math
import os
from datetime import date, datetime
from functools import lru_cache
from types import TracebackType

from whoosh import query as wq
from whoosh import scoring, sorting

from . import config, spelling, store
from .documents.article import Article
from .errors import ArticleNotFound, InvalidQuery
from .querying import parse_user_query
from .results import Hit, IndexStats, SearchResult
from .schema import DATE, DAY_NUMBER, ID, SEARCH_FIELDS, SOURCE_FACET, to_article
from .snippets import make_snippet
from .textanalysis import analyze
from .timefilter import check_range, parse_bound

SORTS = ("relevance", "date")
DateLike = str | date | datetime | None


@lru_cache(maxsize=131072)
def term_of(word: str) -> str | None:
    """The index term a word of article text becomes (None for a stopword)."""
    terms = analyze(word)
    return terms[0] if terms else None


def make_weighting() -> scoring.WeightingModel:
    """BM25F, with per-field length normalisation."""
    return scoring.BM25F(B=0.75, K1=1.2, title_B=0.5)


class NewsIndex:
    """A newssearch index opened for reading. Use as a context manager, or call ``close()``."""

    def __init__(self, index_dir: str | os.PathLike[str] | None = None) -> None:
        self.index_dir = config.resolve_index_dir(index_dir)
        self.manifest = store.require_manifest(self.index_dir)
        self._ix = store.open_whoosh(self.index_dir, self.manifest)
        self._searcher = self._ix.searcher(weighting=make_weighting())

    def __enter__(self) -> NewsIndex:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Release the searcher's files."""
        self._searcher.close()

    def search(
        self,
        text: str,
        *,
        limit: int = config.DEFAULT_LIMIT,
        page: int = 1,
        match: str = "all",
        since: DateLike = None,
        until: DateLike = None,
        sort: str = "relevance",
        snippet_chars: int = config.SNIPPET_CHARS,
        fragments: int = config.SNIPPET_FRAGMENTS,
    ) -> SearchResult:
        """Run a query; return one page of ranked hits with snippets, and a suggestion for typos."""
        _check_paging(limit, page, sort)
        parsed = parse_user_query(text, self._ix.schema, match)
        date_filter = _date_filter(since, until)
        sortedby = _date_order() if sort == "date" else None
        results = self._searcher.search_page(parsed.query, page, pagelen=limit, filter=date_filter,
                                             sortedby=sortedby)
        total = results.total
        highlight = self._highlight_terms(parsed.query)
        past_end = (page - 1) * limit >= total
        hits = [] if past_end else [self._hit(results.offset + i + 1, hit, highlight, snippet_chars, fragments)
                                    for i, hit in enumerate(results)]
        suggestion = spelling.suggest(self._searcher.reader(), parsed.text, parsed.words)
        return SearchResult(query=text, total=total, page=page, pages=math.ceil(total / limit),
                            limit=limit, hits=hits, suggestion=suggestion, notice=parsed.notice)

    def _highlight_terms(self, query: wq.Query) -> frozenset[str]:
        """Body/title terms the query matches (wildcards and fuzzy terms expanded), not negated ones."""
        found: set[str] = set()
        _collect_terms(query, self._searcher.reader(), found)
        return frozenset(found)

    def _hit(self, rank: int, hit, terms: frozenset[str], chars: int, fragments: int) -> Hit:  # type: ignore[no-untyped-def]
        """Turn a Whoosh hit into a Hit with its snippet."""
        article = to_article(hit.fields())
        snippet = make_snippet(article.body, term_of, terms.__contains__, chars, fragments)
        return Hit(rank=rank, id=article.id, path=article.path, title=article.title, date=article.date,
                   score=_relevance(hit.score), snippet=snippet, source=article.source,
                   authors=article.authors, url=article.url, lang=article.lang,
                   date_source=article.date_source)

    def get(self, article_id: str) -> Article:
        """The stored article with this id."""
        stored = self._searcher.document(**{ID: article_id})
        if stored is None:
            raise ArticleNotFound(f"no article with id {article_id!r}",
                                  hint="ids are paths relative to the corpus, as `newssearch query` shows them")
        return to_article(stored)

    def stats(self) -> IndexStats:
        """Counts, size, date span and when the index was last updated."""
        reader = self._searcher.reader()
        dated = self._searcher.search(wq.Every(DATE), limit=1, sortedby=sorting.FieldFacet(DATE))
        newest = self._searcher.search(wq.Every(DATE), limit=1, sortedby=sorting.FieldFacet(DATE, reverse=True))
        folder = self.index_dir / self.manifest.active
        return IndexStats(
            index_dir=str(self.index_dir),
            corpus=self.manifest.corpus,
            documents=reader.doc_count(),
            files=len(self.manifest.files),
            fields=[name for name in self._ix.schema.names() if not name.startswith("spell_")],
            size_bytes=sum(p.stat().st_size for p in folder.iterdir() if p.is_file()),
            updated=self.manifest.updated,
            dated=len(dated),
            earliest=to_article(dated[0].fields()).date if dated else None,
            latest=to_article(newest[0].fields()).date if newest else None,
            sources=len(list(reader.lexicon(SOURCE_FACET))),
        )


def _collect_terms(node: wq.Query, reader, found: set[str]) -> None:  # type: ignore[no-untyped-def]
    """Walk the query tree, skipping negated branches, collecting expanded title/body terms."""
    if isinstance(node, wq.Not):
        return
    if isinstance(node, wq.AndNot):
        _collect_terms(node.a, reader, found)
        return
    if node.is_leaf():
        for field, text in node.existing_terms(reader, expand=True):
            if field in SEARCH_FIELDS:
                found.add(text.decode("utf-8") if isinstance(text, bytes) else text)
        return
    for child in node.children():
        _collect_terms(child, reader, found)


def _relevance(score: object) -> float:
    """The BM25F score of a hit; with date sorting Whoosh hands back the sort key, ScoreFacet last."""
    if isinstance(score, tuple):
        return -float(score[-1])  # ScoreFacet sorts by the negated score
    return float(score or 0.0)


def _date_order() -> sorting.FacetType:
    """Newest first, undated last, ties by relevance."""
    return sorting.MultiFacet([sorting.FieldFacet(DAY_NUMBER, reverse=True), sorting.ScoreFacet()])


def _check_paging(limit: int, page: int, sort: str) -> None:
    """Refuse paging values that cannot make a page."""
    if not 1 <= limit <= config.MAX_LIMIT:
        raise InvalidQuery(f"--limit must be between 1 and {config.MAX_LIMIT}")
    if page < 1:
        raise InvalidQuery("--page starts at 1")
    if sort not in SORTS:
        raise InvalidQuery(f"unknown sort {sort!r}", hint="use --sort relevance or --sort date")


def _date_filter(since: DateLike, until: DateLike) -> wq.Query | None:
    """A DateRange for --since/--until, or None."""
    start = _bound(since, end=False)
    end = _bound(until, end=True)
    check_range(start, end)
    if start is None and end is None:
        return None
    return wq.DateRange(DATE, start, end)


def _bound(value: DateLike, end: bool) -> datetime | None:
    """A datetime bound from a string, date or datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return parse_bound(value.isoformat(), end=end)
    return parse_bound(value, end=end)


def open_index(index_dir: str | os.PathLike[str] | None = None) -> NewsIndex:
    """Open the index in ``index_dir`` (default: $NEWSSEARCH_INDEX or ./index) for searching."""
    return NewsIndex(index_dir)


__all__ = ["NewsIndex", "open_index"]
