"""What a search returns: plain dataclasses the CLI formats and JSON serialises."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from .documents.daytimes import moment_text

if TYPE_CHECKING:  # (the index, show and stats commands format results without the snippet code)
    from .snippets import Snippet


def iso(day: date | None) -> str | None:
    """``YYYY-MM-DD`` or None."""
    return day.isoformat() if day else None


@dataclass
class Hit:
    """One ranked article with its snippet."""

    rank: int
    id: str
    path: str
    title: str
    date: date | None
    score: float
    snippet: Snippet
    source: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    lang: str | None = None
    date_source: str | None = None
    sections: tuple[str, ...] = ()
    copies: tuple[str, ...] = ()  # other copies of this story, when copies are grouped
    title_marks: Snippet | None = None  # the title with the words the query matches marked
    time: datetime | None = None  # the moment the date's source wrote, where it wrote a time of day

    def title_html(self) -> str:
        """The title as HTML: escaped, the words the query matches in ``<mark>``."""
        return self.title_marks.html() if self.title_marks is not None else html.escape(self.title)

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        return {
            "rank": self.rank,
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "date": iso(self.date),
            "date_source": self.date_source,
            **({} if self.time is None else {"time": moment_text(self.time)}),
            "source": self.source,
            "authors": list(self.authors),
            "url": self.url,
            "lang": self.lang,
            "sections": list(self.sections),
            "score": round(self.score, 4),
            "snippet": self.snippet.plain(),
            "snippet_html": self.snippet.html(),
            "title_html": self.title_html(),
            "copies": list(self.copies),
        }


class PendingHit(Hit):
    """A Hit whose snippet is made when first read: a page of 10,000 hits prints its first hit at once, not after
    every snippet is made (most of a long page's time). ``make_snippet`` is pure (the article's text and what the
    query marks), so it needs no open index; once made, the snippet is kept."""

    _snippet: Snippet | None

    def __init__(self, make_snippet: Callable[[], Snippet] | None = None, **fields: Any) -> None:
        self._make_snippet = make_snippet
        fields.setdefault("snippet", None)  # dataclasses.replace passes the snippet, made
        super().__init__(**fields)

    @property
    def snippet(self) -> Snippet:
        """The passages of the article around its matches, made on first read."""
        if self._snippet is None and self._make_snippet is not None:
            self._snippet, self._make_snippet = self._make_snippet(), None
        return self._snippet  # type: ignore[return-value]

    @snippet.setter
    def snippet(self, value: Snippet) -> None:
        self._snippet = value

    def __getstate__(self) -> dict[str, Any]:
        """Its fields, the snippet made (a pickle or copy cannot take the function that makes it)."""
        return {**self.__dict__, "_snippet": self.snippet, "_make_snippet": None}


@dataclass
class SearchResult:
    """A page of hits for one query, and what the user should know about it."""

    query: str
    total: int
    page: int
    pages: int
    limit: int
    hits: list[Hit]
    suggestion: str | None = None
    notice: str | None = None
    facets: dict[str, list[tuple[str, int]]] | None = None
    facets_more: dict[str, int] = field(default_factory=dict)  # facet -> values left out (past FACET_VALUES)
    facets_missing: dict[str, int] = field(default_factory=dict)  # facet -> hits with no value (undated, no source)
    grouped: bool = False  # copies of a story were grouped: each hit names its other copies
    articles: int | None = None  # with copies grouped, how many articles the ``total`` stories are
    ranked: bool = True  # False for a query of filters alone (section:crime): every hit scored alike, by no words
    key_words: int | None = None  # similar: how many key words the article gave to compare by; else None
    shared: int | None = None  # similar: how many of them each article counted in ``total`` shares, at least

    def __iter__(self) -> Iterator[Hit]:
        """The hits of this page, best first: ``for hit in result``."""
        return iter(self.hits)

    def __len__(self) -> int:
        """How many hits this page holds (``total`` counts every article found)."""
        return len(self.hits)

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        data: dict[str, object] = {
            "query": self.query,
            "total": self.total,
            **({"articles": self.articles} if self.articles is not None else {}),  # (--group-copies: total is stories)
            "page": self.page,
            "pages": self.pages,
            "limit": self.limit,
            "hits": [hit.to_dict() for hit in self.hits],
            "suggestion": self.suggestion,
            "notice": self.notice,
            # similar's: the total counts the articles sharing at least ``shared`` of the ``key_words``
            **({"key_words": self.key_words, "shared": self.shared} if self.key_words is not None else {}),
        }
        if self.facets is not None:
            data["facets"] = {name: [{"value": v, "count": c} for v, c in counts]
                              for name, counts in self.facets.items()}
            data["facets_more"] = dict(self.facets_more)
            data["facets_missing"] = dict(self.facets_missing)
        return data


@dataclass
class SkipTally:
    """The skips the index remembers of its last update, said again by each ``newssearch index``: the files that
    hold no article (binary, empty, not an article), the records of files indexed that do not read and the files
    read in part, with their reasons counted. A file that could not be opened at all is counted too (remembered
    with why, and tried again on every run)."""

    files: int = 0
    records: int = 0
    partial: int = 0  # files read in part (a PDF's page that does not read, a file cut short): indexed, not whole
    reasons: dict[str, int] = field(default_factory=dict)  # a reason in brief ("empty file") -> skips, most first

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        return {"files": self.files, "records": self.records, "partial": self.partial, "reasons": dict(self.reasons)}


@dataclass
class IndexStats:
    """Facts about an index."""

    index_dir: str
    corpus: str
    documents: int
    files: int
    fields: list[str]
    size_bytes: int
    updated: str
    dated: int = 0
    earliest: date | None = None
    latest: date | None = None
    sources: int = 0
    corpus_found: bool = True  # whether the corpus is still where it was indexed from (a drive not mounted, moved)
    corpus_moved_to: str | None = None  # where a corpus not found seems to have moved with the index
    skipped: SkipTally | None = None  # None: not known (the manifest changed since the snapshot was opened)
    removals: tuple[int, str | None] | None = None  # removals.jsonl's lines and its first one's time; None: not read

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        return {
            "index_dir": self.index_dir,
            "corpus": self.corpus,
            "corpus_found": self.corpus_found,
            "corpus_moved_to": self.corpus_moved_to,
            "documents": self.documents,
            "files": self.files,
            "fields": self.fields,
            "size_bytes": self.size_bytes,
            "updated": self.updated,
            "dated": self.dated,
            "earliest": iso(self.earliest),
            "latest": iso(self.latest),
            "sources": self.sources,
            "skipped": None if self.skipped is None else self.skipped.to_dict(),
            "removals": None if self.removals is None else {"count": self.removals[0], "since": self.removals[1]},
        }

