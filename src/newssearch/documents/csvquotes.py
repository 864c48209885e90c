"""A table's row whose cell lost its opening quote, read again with the quote put back.

A cell that holds a comma, a quote or a line break is quoted (``"Para 1, with a comma.\\n\\nPara 2."``). Lose its
opening quote and csv reads the cell unquoted: its commas split it, each of its lines is a row of its own (an
article titled "Para 2", the row itself cut to its first paragraph) and every later row is numbered on, its id another
row's. Such a row has the wrong number of cells; put the quote back at the start of one of its first line's cells and,
at exactly one of them, it reads again as one row of the header's cells, ending at the cell's own closing quote.
A row that has the header's cells by chance is tried when a cell not opened by a quote holds one; a doubled quote
there that no mend explains is noted, as the cell's opening may have been lost on a line before. So is a row of the
wrong cells whose quote closes a cell no quote opened, when the last row read with the header's cells, with a quote
put back at exactly one place, would have run to it: that row's first line had the header's cells by chance
("Oil up,Para 1, with a comma."), and the cell's other lines were read as rows. Those rows were read already: noted,
not mended.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain

from .tablelines import TableLines

# The lines a cell put back may run over (an article's paragraphs); it bounds the work a row of the wrong number of
# cells costs, which a table of short rows (its empty last cells left out) has on every line.
MOST_LINES = 500
_SHOWN = 40  # the characters of the cell's opening that its note shows


@dataclass(frozen=True)
class Mended:
    """A row read with its lost quote put back: its cells, the lines it takes and the opening of the cell."""

    row: list[str]
    lines: int
    opening: str

    def note(self, number: int, first: int) -> str:
        """What the user is told of row ``number``, which begins on line ``first`` (1 the header's)."""
        last = first + self.lines - 1
        where = f"line {first}" if last == first else f"lines {first}-{last}"
        return (f'row {number} ({where}): no opening quote before its cell "{self.opening}"; '
                "with one put there, the row was read")


class Mender:
    """Puts back a cell's lost opening quote in the rows of one table's ``lines``, split by ``delimiter``."""

    def __init__(self, lines: TableLines, delimiter: str, cells: int) -> None:
        """A mender of rows of ``cells`` cells (fewer than two: none is mended)."""
        self.lines, self.delimiter, self.cells = lines, delimiter, cells
        self._ends = re.compile(f'"(?:{re.escape(delimiter)}|\r?\n|$)')  # a quote closing a cell
        self._regular = True  # the row before had the header's cells
        cell = f'(?:"[^"]*(?:""[^"]*)*(?:"|\\Z)|[^"{re.escape(delimiter)}\\r\\n]*)'  # quoted (or running on), or no quote
        self._quoted_right = re.compile(f"{cell}(?:{re.escape(delimiter)}{cell})*\\r?\\n?")
        self.suspect = False  # the row last tried holds a doubled quote in a cell not opened by one, and was not mended
        # The row last tried closes a cell opened, its quote lost, on an earlier line: that line (0 the first) and the
        # row read from it with the quote put back.
        self.lost: tuple[int, Mended] | None = None
        self._regular_start: int | None = None  # where the last row of the header's cells, not mended, began

    def mend(self, row: list[str] | None, start: int, taken: int) -> Mended | None:
        """Row ``row``, read from line ``start`` over ``taken`` lines (None: it cannot be read), mended when it may have
        lost a cell's opening quote: it has not the header's cells, or it has them but a cell not opened by a quote
        holds one (no writer leaves one so: it quotes the cell and doubles the quote) and, mended, takes more lines.

        Of a run of rows without the header's cells, the first alone is tried: a table of short rows (its empty last
        cells left out) has one on every line."""
        if self.cells < 2:
            return None
        misread = row is None or len(row) < self.cells or any(text.strip() for text in row[self.cells:])
        line = self.lines[start]
        stray = [] if misread or '"' not in line or self._quoted_right.fullmatch(line) else \
            _stray_quotes(line, self.delimiter)
        mended = self.requoted(start) if (misread and self._regular) or stray else None
        if mended and not misread and mended.lines <= taken:
            mended = None  # a cell "5" screen": read as written
        self._regular = not misread or mended is not None
        self.lost = self._lost_before(start) if misread and row is not None and not mended else None
        if not misread or mended:
            self._regular_start = None if mended else start
        # a quote doubled, as a writer leaves one only in a quoted cell: the cell's opening lost on a line before,
        # perhaps (a quote ending a cell alone is none: a table of unquoted text, a TSV, has 'He said "no"')
        self.suspect = not mended and any('""' in text for text in stray)
        return mended

    def requoted(self, start: int) -> Mended | None:
        """The row beginning on line ``start`` (0 the first) read with a quote put before one of its first line's
        unquoted cells, when exactly one such place gives a row of the header's cells; else None."""
        lines, line = self.lines, self.lines[start]
        end = self._closing_after(start)
        if end is None:
            return None  # no quote closes a cell in reach: none was lost
        found = []
        # a quote put before cell n leaves cells 0 to n-1 as they were: past the header's count none can give its row
        # (a line of 50,000 commas had been read again 50,000 times, each to its end: minutes)
        for index, at in _cell_starts(line, self.delimiter)[:self.cells]:
            if line[at:at + 1] in ('"', self.delimiter, "\r", "\n", ""):
                continue  # quoted already, or empty
            read = _first_row(chain([line[:at] + '"' + line[at:]], map(lines.__getitem__, range(start + 1, end))),
                              self.delimiter)
            if read is not None and len(read[0]) == self.cells:
                opening = read[0][index].split("\n", 1)[0].rstrip("\r")
                found.append(Mended(read[0], read[1], opening if len(opening) <= _SHOWN else opening[:_SHOWN] + "…"))
        return found[0] if len(found) == 1 else None

    def _lost_before(self, start: int) -> tuple[int, Mended] | None:
        """The line of the last row of the header's cells, and that row read with a quote put back, when so read it
        ends on line ``start`` and line ``start`` has a quote closing a cell no quote opened; else None. Each such row
        is tried once, for the first row of the wrong cells after it with such a quote."""
        at, line = self._regular_start, self.lines[start]
        if at is None or '"' not in line or not any(text.rstrip("\r\n").endswith('"')
                                                    for text in _stray_quotes(line, self.delimiter)):
            return None
        self._regular_start = None
        if start - at >= MOST_LINES:  # read so, it takes at most MOST_LINES lines: it cannot end on line ``start``
            return None
        found = self.requoted(at)
        return (at, found) if found is not None and at + found.lines - 1 == start else None

    def _closing_after(self, start: int) -> int | None:
        """The end of the lines a cell put back on line ``start`` may run over: the line after the last within
        reach that has a quote ending a cell; None when none has."""
        found = self.lines.last_closing(start, MOST_LINES, self._ends)
        return None if found is None else found + 1


def suspect_note(number: int, line: int) -> str:
    """What the user is told of row ``number``, on line ``line``, whose doubled quote no mend explains."""
    return (f"row {number} (line {line}): a quote doubled in a cell that no quote opened; a cell's opening quote may "
            "be lost on a line before, and the rows from there misread; the row was read as written")


def lost_note(number: int, line: int, lost: tuple[int, Mended]) -> str:
    """What the user is told of row ``number``, on line ``line``, whose quote closes the cell opened, its quote lost,
    at ``lost`` (the line, 0 the first, and the row read from it with the quote put back)."""
    at, mended = lost
    return (f'row {number} (line {line}): a quote closes a cell no quote opened; with one put before "{mended.opening}" '
            f"on line {at + 1}, lines {at + 1}-{line} are one row of the header's cells: its opening quote lost, the rows "
            "read from those lines are misread; read as written")


def _stray_quotes(line: str, delimiter: str) -> list[str]:
    """The cells of ``line`` that do not open with a quote but hold one."""
    starts = [at for _index, at in _cell_starts(line, delimiter)]
    cells = [line[at:end - 1] if end < len(line) else line[at:] for at, end in zip(starts, [*starts[1:], len(line)])]
    return [text for text in cells if '"' in text and not text.startswith('"')]


def _cell_starts(line: str, delimiter: str) -> list[tuple[int, int]]:
    """Each cell of ``line``: its index in the row and where it begins."""
    starts, begin, quoted = [], 0, False
    for at, char in enumerate(line):
        if char == '"' and line[begin] == '"':  # within a quoted cell each quote turns it (a doubled one twice)
            quoted = not quoted
        elif char == delimiter and not quoted:
            starts.append(begin)
            begin = at + 1
    starts.append(begin)
    return list(enumerate(starts))


def _first_row(lines: Iterable[str], delimiter: str) -> tuple[list[str], int] | None:
    """The first row of ``lines`` read strictly, and the lines it takes; None when it cannot be read."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        return next(reader), reader.line_num
    except (csv.Error, StopIteration):
        return None
