"""A table's lines read as they are asked for, and let go of once reading has passed them.

The CSV reader reads a table's rows from its lines, and now and then a row's lines again (a broken row read on from
its next line; a cell's lost quote put back, ``csvquotes``, looking up to ``MOST_LINES`` lines ahead). Held as one
list, a 300 MB table's lines cost as much again as its text; held so, a file too large to read whole
(``tablestream``) is read a row at a time, and reading one whole gives the same rows, read by the same code.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator


class TableLines:
    """The lines of a table (each with its end), numbered from 0, read from ``source`` when first asked for."""

    def __init__(self, source: Iterable[str]) -> None:
        self._source = iter(source)
        self._held: list[str] = []
        self._first = 0  # the number of ``_held[0]``
        self._ended = False
        self._closings: list[int] = []  # the lines looked at so far (from ``_looked``) that have a quote ending a cell
        self._looked = 0

    def has(self, number: int) -> bool:
        """Whether the table has a line ``number``, reading on to it when it is not read yet."""
        while number >= self._first + len(self._held) and not self._ended:
            line = next(self._source, None)
            if line is None:
                self._ended = True
            else:
                self._held.append(line)
        return number < self._first + len(self._held)

    def __getitem__(self, number: int) -> str:
        """Line ``number``: IndexError past the table's end; an AssertionError for a line let go of (a bug)."""
        assert number >= self._first, f"line {number} was let go of (lines from {self._first} are held)"
        if not self.has(number):
            raise IndexError(number)
        return self._held[number - self._first]

    def from_line(self, start: int) -> Iterator[str]:
        """The lines from line ``start`` on, each read when the one before was taken."""
        number, held = start, self._held  # (``let_go`` cuts this list in place)
        while True:
            at = number - self._first
            if at < len(held):
                yield held[at]
            elif self._ended or (line := next(self._source, None)) is None:
                self._ended = True
                return
            else:
                held.append(line)
                yield line
            number += 1

    def count(self) -> int:
        """How many lines the table has (read to its end)."""
        while not self._ended:
            self.has(self._first + len(self._held))
        return self._first + len(self._held)

    def let_go(self, below: int) -> None:
        """Hold no line before line ``below``: reading never comes back to them."""
        drop = min(below - self._first, len(self._held))
        if drop > 256 and drop * 2 > len(self._held):  # deleting the list's head costs its length: not each row
            del self._held[:drop]
            self._first += drop
            cut = bisect_left(self._closings, self._first)
            del self._closings[:cut]

    def last_closing(self, start: int, reach: int, ends: re.Pattern[str]) -> int | None:
        """The last line from ``start`` before ``start + reach`` holding a quote that ends a cell (``ends`` finds one),
        or None when none does."""
        self.has(start + reach - 1)
        looked = max(self._looked, self._first)
        for number in range(looked, self._first + len(self._held)):
            text = self._held[number - self._first]
            if '"' in text and ends.search(text):
                self._closings.append(number)
        self._looked = self._first + len(self._held)
        found = bisect_left(self._closings, start + reach) - 1
        return self._closings[found] if found >= 0 and self._closings[found] >= start else None
