"""Equal ranks told apart by article id (ascending, as strings), so that an updated index orders hits as a rebuilt one.

Equal scores had come out in document order: an update deletes a changed article and adds it again at the end, so
copies of one story (which score exactly alike) came out in another order after an update than after ``--rebuild``,
and a page boundary between them moved a copy from one page to the next. Only the hits that tie are looked up: a
page's runs of equal rank, and those past its end that tie with its last hit.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from .doccolumns import column_values, whole_column
from .schema import ID

Item = TypeVar("Item", bound=tuple[Any, ...])  # (docnum, ...)
# Ids looked up one at a time (a seek and a read each, 17 µs) until more than this share of the index's are wanted;
# then all of them are read in one piece (under 1 µs an article): single words tie often, their scores made of a
# count and a length kept in one byte (most of the hits of "year" in BBC News tie with another).
READ_ALL_SHARE = 1 / 32
_UNREAD = object()  # an ``Ids``' column before it is first needed (None: the index has none)


class Ids:
    """Article ids by document number, read where needed and kept: from the id column, or in an index (or a segment)
    made before it from the stored records. One is kept per reader (a snapshot): see ``ids``."""

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        self.reader = reader
        self._column: Any = _UNREAD  # opened at the first id looked up: most searches have no tie to settle (~1 ms)
        self._all: list[str] | None = None
        self._seen: dict[int, str] = {}
        self._read_all_after = max(64, int(reader.doc_count_all() * READ_ALL_SHARE))

    def of(self, docnum: int) -> str:
        """The id of ``docnum``."""
        if self._all is not None:
            return self._all[docnum]
        found = self._seen.get(docnum)
        if found is None:
            if self._column is _UNREAD:
                self._column = whole_column(self.reader, ID)
            if self._column is None:
                found = self.reader.stored_fields(docnum)[ID]
            elif len(self._seen) >= self._read_all_after:
                self._all = column_values(self.reader, ID)
                return self._all[docnum]
            else:
                found = self._column[docnum]
            self._seen[docnum] = found
        return found

    def sort(self, items: list[Item]) -> list[Item]:
        """``items`` (``(docnum, ...)``) by id."""
        return sorted(items, key=lambda item: self.of(item[0]))


_KEPT: WeakKeyDictionary[object, Ids] = WeakKeyDictionary()


def ids(reader) -> Ids:  # type: ignore[no-untyped-def]
    """The ``Ids`` of ``reader``, made once."""
    found = _KEPT.get(reader)
    if found is None:
        found = _KEPT[reader] = Ids(reader)
    return found


def settle_ties(ordered: list[Item], rank: Callable[[Item], object], by_id: Ids,
                start: int = 0, stop: int | None = None) -> None:
    """Order by id, in place, each run of ``ordered`` (``(docnum, ...)`` items) of equal ``rank`` that has an item
    from ``start`` to ``stop``; ``ordered`` is sorted by ``rank`` already, so a run is contiguous."""
    stop = len(ordered) if stop is None else min(stop, len(ordered))
    if start >= stop:
        return
    low, high = start, stop  # widened to the whole runs at either end
    while low > 0 and rank(ordered[low - 1]) == rank(ordered[start]):
        low -= 1
    while high < len(ordered) and rank(ordered[high]) == rank(ordered[stop - 1]):
        high += 1
    keys = [rank(item) for item in ordered[low:high]]
    at, end = 0, high - low
    while at < end:
        last = at + 1
        while last < end and keys[last] == keys[at]:
            last += 1
        if last - at > 1:
            ordered[low + at : low + last] = by_id.sort(ordered[low + at : low + last])
        at = last


def best_by_score(scores: dict[int, float], limit: int, by_id: Ids) -> list[tuple[int, float]]:
    """The best ``limit`` of ``scores`` (docnum -> score), best first, equal scores by id.

    The cut is Whoosh's (score, then document number) unless a hit left out ties with the last one kept: then every
    hit of that score competes, and those with the first ids stay, whatever the document order.
    """
    best = heapq.nlargest(limit + 1, scores.items(), key=_by_score)
    if len(best) > limit:
        edge = best[limit - 1][1] if limit else None
        if best[limit][1] == edge:
            kept = [item for item in best[:limit] if item[1] != edge]
            tied = by_id.sort([item for item in scores.items() if item[1] == edge])
            best = kept + tied[: limit - len(kept)]
        else:
            best = best[:limit]
    settle_ties(best, score_of, by_id)
    return best


def _by_score(item: tuple[int, float]) -> tuple[float, int]:
    return item[1], -item[0]


def score_of(item: tuple[int, float]) -> float:
    """An item's score: its rank among hits by relevance."""
    return item[1]
