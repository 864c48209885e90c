"""What a search's facet counts read that no query changes, read once and kept with an index snapshot.

Every search with ``--facets`` had walked the postings of every author and section name and read three column
readers again (60-190 ms on Reuters-21578, even for 51 hits); a NewsIndex keeps one ``FacetTable`` until
``refresh()``, as it keeps its days (``daycolumn``) and copy keys (``copyindex``), so that a search counts its hits
with set intersections and list look-ups alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Set
from functools import cache
from typing import Any

from .doccolumns import column_of, column_values
from .publisherkeys import Home, article_home
from .schema import LANG, facet_name

# A facet field's terms: each with the live documents holding it, in the order of the terms.
Holders = list[tuple[str, frozenset[int]]]
# A column is read whole once the searches of a snapshot have looked up more values than this share of its documents:
# read whole, a value costs a fifth of one looked up (21,579 Reuters articles: 8 ms a column whole, 14 ms for the 8,705
# hits of "mln" one by one), and a search of few hits looks up its own (a first search for "cocoa" had read 65,000
# values for 131 hits).
WHOLE_COLUMN_SHARE = 1 / 8


class FacetTable:
    """Each facet field's terms and the live articles holding each, each single-valued column's values by document
    number, and whether the index names two languages: read on first need and kept (a searcher is a snapshot, so
    they never change under it)."""

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        self.reader = reader
        self._holders: dict[str, Holders] = {}
        self._names: dict[str, Holders] = {}
        self._columns: dict[str, list[str]] = {}
        self._readers: dict[str, Any] = {}  # Whoosh's column readers
        self._looked_up: dict[str, int] = {}  # how many values of each column they have read
        self._languages: bool | None = None
        self._home: Home | None = None

    def holders(self, field: str) -> Holders:
        """Each term of ``field`` (a multi-valued keyword field's, a facet's name as indexed) and the live documents
        whose postings hold it."""
        if field not in self._holders:
            reader = self.reader
            self._holders[field] = [(term, frozenset(reader.postings(field, term).all_ids()))
                                    for term in reader.field_terms(field)]
        return self._holders[field]

    def names(self, field: str) -> Holders:
        """``holders`` of a facet field of names, each term as the name it holds (``schema.facet_name``)."""
        if field not in self._names:
            self._names[field] = [(facet_name(term), found) for term, found in self.holders(field)]
        return self._names[field]

    def values(self, field: str, docnums: Set[int]) -> Iterator[str]:
        """The value of a single-valued sortable field of each of ``docnums`` ("" where one has none): from the whole
        column, read once the searches have counted a large share of the documents (WHOLE_COLUMN_SHARE), else
        looked up one by one."""
        if field not in self._columns:
            self._looked_up[field] = self._looked_up.get(field, 0) + len(docnums)
            if self._looked_up[field] > self.reader.doc_count_all() * WHOLE_COLUMN_SHARE:
                self._columns[field] = column_values(self.reader, field)
        if field in self._columns:
            column = self._columns[field]
        else:
            if field not in self._readers:
                self._readers[field] = column_of(self.reader, field)
            column = self._readers[field]
        return (column[docnum] for docnum in docnums)

    def several_languages(self) -> bool:
        """Whether the index names two languages or more (an index of one tells no hits apart by language)."""
        if self._languages is None:
            self._languages = len(list(itertools.islice(self.reader.field_terms(LANG), 2))) >= 2
        return self._languages

    def home(self) -> Home:
        """``publisherkeys.article_home`` of the index, each source's answer kept."""
        if self._home is None:
            self._home = cache(article_home(self.reader))
        return self._home
