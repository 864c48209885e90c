"""newssearch: full-text search over a folder of news reports.

    report = newssearch.build_index("corpus/", "index/")
    with newssearch.open_index("index/") as idx:
        for hit in idx.search("armed offenders", limit=10).hits:
            print(hit.title, hit.snippet.plain())
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import startup

startup.install()  # before any module of ours imports Whoosh: see startup.py

from .errors import (  # noqa: E402 - after startup.install()
    ArticleNotFound,
    CorpusNotFound,
    IndexClosed,
    IndexCorrupt,
    IndexLocked,
    IndexNotFound,
    IndexNotWritable,
    IndexOutdated,
    IndexRefreshed,
    InvalidArgument,
    InvalidQuery,
    NewsSearchError,
    UnreadableFile,
)

__version__ = "0.1.0"

# The heavy modules (Whoosh, lxml) load on first use, so `newssearch --help` starts fast.
_LAZY = {
    "build_index": ("indexer", "build_index"),
    "IndexReport": ("indexreport", "IndexReport"),
    "open_index": ("searcher", "open_index"),
    "NewsIndex": ("searcher", "NewsIndex"),
    "SearchResult": ("results", "SearchResult"),
    "Hit": ("results", "Hit"),
    "IndexStats": ("results", "IndexStats"),
    "Timeline": ("timeline", "Timeline"),
    "Snippet": ("snippets", "Snippet"),
    "Article": ("documents.article", "Article"),
    "Skip": ("documents.article", "Skip"),
}

if TYPE_CHECKING:
    from .documents.article import Article, Skip
    from .indexer import build_index
    from .indexreport import IndexReport
    from .results import Hit, IndexStats, SearchResult
    from .searcher import NewsIndex, open_index
    from .snippets import Snippet
    from .timeline import Timeline


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        value = getattr(import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newssearch' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public API (lazy names too, before their first use) and the module's own dunders, for tab-completion:
    not the names this file imports for itself (``Any``, ``startup``)."""
    return sorted(set(__all__) | {name for name in globals() if name.startswith("__")})


__all__ = [
    "build_index", "open_index", "IndexReport", "NewsIndex", "SearchResult", "Hit", "IndexStats", "Timeline",
    "Snippet", "Article", "Skip", "NewsSearchError", "IndexNotFound", "IndexCorrupt", "IndexOutdated",
    "IndexLocked", "IndexNotWritable", "IndexClosed", "IndexRefreshed", "CorpusNotFound", "ArticleNotFound", "InvalidArgument",
    "InvalidQuery", "UnreadableFile", "__version__",
]
