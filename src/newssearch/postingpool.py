"""Whoosh's posting pool for ``segwriter.NewsWriter``: the same sorted postings and spill points, spilled in pickled
chunks rather than one pickle a posting, and sorted by term then field alone (``sort_postings``)."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from itertools import islice
from operator import itemgetter

from whoosh.externalsort import imerge
from whoosh.writing import PostingPool

RUN_CHUNK = 2_000      # postings pickled together in a spilled run (one chunk per run in memory while merging)


class ChunkedPool(PostingPool):
    """Whoosh's posting pool, spilling runs in pickled chunks rather than one pickle per posting.

    Same sorted postings, same spill points; ``add`` also skips Whoosh's type checks (the writer
    makes the tuples) and its per-posting field-name set (used only by Whoosh's multiprocess writer).
    """

    current: list[tuple]  # type: ignore[type-arg]  # Whoosh's, set in its __init__: the postings not yet spilled
    runs: list[str]  # Whoosh's too: the spilled runs' file names
    currentsize: int

    def add(self, item: tuple) -> None:  # type: ignore[type-arg]
        # Whoosh's own size estimate of a posting, so runs spill where they always did.
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def add_items(self, fieldname: str, docnum: int, boost: float, items) -> None:  # type: ignore[no-untyped-def]
        """``add`` of the posting of each of a field's analysed ``items`` (term, frequency, weight, value) in
        ``docnum``, its weight times ``boost``: one loop, not a call a posting."""
        size: int = self.currentsize
        limit, current = self.limit, self.current
        base = 150 + len(fieldname)
        for tbytes, _freq, weight, vbytes in items:
            size += base + 2 * len(tbytes) + len(vbytes or b"")
            if size > limit:
                self.currentsize = size
                self.save()
                size, current = 0, self.current  # save starts the count again
            current.append((fieldname, tbytes, docnum, weight * boost, vbytes))
        self.currentsize = size

    def save(self) -> None:
        """Whoosh's: spill the postings held as one sorted run (sorted by ``sort_postings``)."""
        current = self.current
        if current:
            sort_postings(current)
            path, f = self._new_run()
            self._write_run(f, current)
            self._add_run(path)
            self.current = []
        self.currentsize = 0

    def items(self, maxfiles: int = 128):  # type: ignore[no-untyped-def]
        """Whoosh's: every posting, sorted; a pool that never spilled sorted in memory by ``sort_postings``.

        A pool that spilled merges its runs with the postings it still holds, sorted in memory: Whoosh spilled those
        too and read them back, the same postings in the same order.
        """
        if not self.runs:
            sort_postings(self.current)
            return self.current
        if len(self.runs) >= maxfiles:
            return super().items(maxfiles)  # saves what is held, merges runs down to maxfiles open at once
        held, runs = self.current, self.runs
        sort_postings(held)
        self.current, self.currentsize, self.runs = [], 0, []  # as Whoosh leaves the pool
        return imerge([*(self._read_run(path) for path in runs), held])

    def _write_run(self, f, items) -> None:  # type: ignore[no-untyped-def]
        postings = iter(items)  # the pool's list, or Whoosh's merge of many runs
        while chunk := list(islice(postings, RUN_CHUNK)):  # taken in C, not a Python step a posting
            pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Iterator[tuple]:  # type: ignore[type-arg]
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


def sort_postings(postings: list[tuple]) -> None:  # type: ignore[type-arg]
    """Sort a pool's postings in place into the order ``list.sort()`` gives them, in less than half its time.

    Sorted by term, then (stably) by field: the postings of one field's term keep the order they were added in,
    which is their document numbers' (a writer adds a document's postings, one a term, as it adds the document,
    and a merged segment's with numbers after them), so the later parts of the tuples are never compared.
    566,479 postings of 5,000 Reuters stories: 0.61 s of CPU as tuples, 0.26 s so.
    """
    postings.sort(key=itemgetter(1))
    postings.sort(key=itemgetter(0))
