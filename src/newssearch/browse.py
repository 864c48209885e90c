"""Every article of an index, one at a time: ``idx.articles()`` for a program that reads the whole collection."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .documents.article import Article
from .errors import IndexClosed, IndexRefreshed
from .guard import CLOSED_HINT, raise_if_damage
from .schema import ID, to_article

if TYPE_CHECKING:
    from whoosh.searching import Searcher

    from .searcher import NewsIndex


def articles(handle: NewsIndex) -> Iterator[Article]:
    """The live articles of ``handle``'s snapshot (as it is at this call) in the order of their ids as strings
    (``x#10`` before ``x#2``), read one at a time: the ids stream from the index's term list, never all at once.

    Each step holds the handle's lock, as its other calls do; a handle closed or refreshed part-way through
    stops the iteration with an error rather than mixing two snapshots.
    """
    return _read(handle, handle._searcher)


def _read(handle: NewsIndex, searcher: Searcher) -> Iterator[Article]:
    """The articles of ``searcher``'s snapshot, each read holding ``handle``'s lock, damaged bytes met reading it
    IndexCorrupt as in the handle's other calls (this runs after ``articles()``, a guarded call, has returned)."""
    terms: Iterator[bytes | str] | None = None
    while True:
        with handle._lock:
            _check_same(handle, searcher)
            try:
                terms = terms or iter(searcher.reader().lexicon(ID))
                term = next(terms, None)
                if term is None:
                    return
                article_id = term.decode("utf-8") if isinstance(term, bytes) else term
                docnum = searcher.document_number(**{ID: article_id})  # None: an article deleted since the last merge
                article = None if docnum is None else to_article(searcher.stored_fields(docnum))
            except Exception as exc:
                raise_if_damage(handle, exc)
                raise
        if article is not None:
            yield article


def _check_same(handle: NewsIndex, searcher: object) -> None:
    """Refuse to go on once ``handle`` is closed, or reads another snapshot than ``searcher``'s."""
    if handle._closed:
        raise IndexClosed("the index handle was closed while its articles were being read", hint=CLOSED_HINT)
    if handle._searcher is not searcher:
        raise IndexRefreshed("the index handle was refreshed while its articles were being read",
                              hint="call articles() again to read the index as it is now")
