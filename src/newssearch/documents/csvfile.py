"""CSV and TSV exports: one article per row, its columns named by the header as a JSON record's keys are.

Datasets of news are often tables ("All the news": ``id,title,publication,author,date,url,content``;
BBC's ``category,text``). A row's id is ``<rel>#<its id column>``, else ``<rel>#<row number>`` (the
first row under the header is 1), as a JSON export's record is numbered; a read-later service's list of saved links
(Pocket's, Instapaper's) keys a row by its address, ``part_000000.csv#https://news.example/ferry``, while no two rows
share one (see ``tableheaders.saved_link_entries``).
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import UnreadableFile
from .article import ReadResult, Skip
from .compressed import COMPRESSIONS
from .csvquotes import MOST_LINES, Mender, lost_note, suspect_note
from .encoding import require_text
from .fields import RecordError
from .headerless import headerless_layout
from .jsonfile import collect
from .jsonlines import Entry
from .substackposts import is_posts_table, read_posts
from .tableheaders import check_header, saved_link_entries, saved_links, without_save_times, without_submitters
from .tablelines import TableLines

_DELIMITERS = (",", "\t", ";", "|")
_NO_DELIMITER = "\x1f"  # the unit separator: no article holds it
# The order of a table's slashed dates its separator tells when its dates tell none: a spreadsheet saves ";"-separated
# where its locale's decimal mark is a comma, and every such locale writes the day first (03/04/2024: 3 April).
_SEPARATOR_DAY_FIRST = {";": True}
# An article's text runs past csv's default limit of 128 KiB a field.
_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)
# The lines one row may run over: a quote opening a cell that no quote closes ends its row here, not at the table's
# end (every later line had been held as its cell, in a table read a row at a time too). A story's cell runs over
# some hundreds (its paragraphs and the blank lines between them; csvquotes.MOST_LINES is the reach of a mend).
MOST_ROW_LINES = 10 * MOST_LINES
# A line with its end (\r\n, \r or \n), or the last one without.
_TABLE_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _is_tsv(rel: str) -> bool:
    """True for a file named a .tsv, compressed or not (``wire.tsv.gz``), also inside an archive."""
    return any(rel.lower().removesuffix(ending).endswith(".tsv") for ending in (*COMPRESSIONS, ""))


def read_csv(data: bytes, rel: str) -> ReadResult:
    """Read a table of articles: a header row naming the columns, then one article a row; Substack's posts.csv
    a published post a row (``substackposts``)."""
    if is_posts_table(rel) and (posts := read_posts(data, rel)) is not None:
        return posts
    text = require_text(data).lstrip("\ufeff")
    table = open_table(TableLines(table_lines(text)), rel)
    entries = saved_link_entries(table.entries, table.columns) if table.saved_links else table.entries
    result = collect(entries, rel, table.kind, table.day_first)
    result.skipped.extend(Skip(rel, note) for note in table.notes)
    return result


@dataclass
class Table:
    """A table's rows to read: their entries (read as they are asked for), what their source is called in a field's
    (``csv``, ``tsv``), their columns, whether they are a read-later service's saved links, and the notes their
    mended rows add once read; the order of its slashed dates its separator tells (``_SEPARATOR_DAY_FIRST``)."""

    entries: Iterator[Entry]
    kind: str
    columns: list[str]
    saved_links: bool
    notes: list[str]
    day_first: bool | None = None


def open_table(lines: TableLines, rel: str) -> Table:
    """The table of ``lines``, its header read (its separator told by its first line alone); UnreadableFile when
    it is no table of articles."""
    delimiter = "\t" if _is_tsv(rel) else _delimiter(lines[0] if lines.has(0) else "")
    csv.field_size_limit(_FIELD_LIMIT)
    rows = _reader(_RowReach(lines.from_line(0)), delimiter)
    try:
        header = next(rows, None)
    except csv.Error as exc:
        raise UnreadableFile(f"unreadable CSV header: {exc}") from exc
    layout = headerless_layout(header or [])
    if layout is not None and layout.refused:
        raise UnreadableFile(layout.refused)
    notes: list[str] = []
    # a field's source as `show` names it, csv:date; tsv:date for a tab-separated table, a .tsv or a sheet saved as
    # .txt or .csv
    kind = "tsv" if delimiter == "\t" else "csv"
    if layout is not None:  # a dataset published without a header: its first row is a story
        # read as published: MIND's cells hold JSON, its quotes no cell's (nothing to mend)
        columns = list(layout.columns)
        return Table(_entries(lines, 0, delimiter, columns, layout.cell, mend=False), kind, columns, False, notes,
                     _SEPARATOR_DAY_FIRST.get(delimiter))
    named = [name.strip() for name in header or []]
    columns = without_submitters(without_save_times(named))
    check_header(columns)
    entries = _entries(lines, rows.line_num, delimiter, columns, notes=notes)
    return Table(entries, kind, columns, saved_links(named), notes, _SEPARATOR_DAY_FIRST.get(delimiter))


def table_lines(text: str) -> Iterator[str]:
    """The lines of a table, each with its end, one at a time: only \\n, \\r\\n and \\r end one (as csv and spreadsheets read them).

    ``str.splitlines`` also splits on a form feed, U+2028 and other separators that a cell may hold
    unquoted ("Page one.\\fPage two."): the rest of such a row had become rows of its own. Found by a pattern, not
    ``io.StringIO(text, newline="").readlines()``: its buffer of four bytes a character had peaked at 5.5 times an
    ASCII table's text.
    """
    return (match.group() for match in _TABLE_LINE.finditer(text))


def _reader(lines: Iterable[str], delimiter: str):  # type: ignore[no-untyped-def]
    """A strict csv reader over ``lines``: a quote never closed is an error, not the rest of the file as one cell."""
    return csv.reader(lines, delimiter=delimiter, strict=True)


class _RowReach:
    """The lines a csv reader reads, a row running past ``MOST_ROW_LINES`` of them a csv.Error: its reader's user
    moves ``start`` to where each row it reads ends."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.taken = 0  # the lines read
        self.start = 0  # the lines before the row being read

    def __iter__(self) -> _RowReach:
        return self

    def __next__(self) -> str:
        if self.taken - self.start >= MOST_ROW_LINES:
            raise csv.Error(f"a quoted cell runs past {MOST_ROW_LINES:,} lines")
        line = next(self._lines)
        self.taken += 1
        return line


def _delimiter(first_line: str) -> str:
    """The separator of a table: the one of ``_DELIMITERS`` that splits its header line most often; for a
    header of one column, none (its rows' commas are text)."""
    found = max(_DELIMITERS, key=first_line.count)
    return found if first_line.count(found) else _NO_DELIMITER


def _entries(lines: TableLines, read: int, delimiter: str, columns: list[str],
             cell: Callable[[str], str] = str, notes: list[str] | None = None, mend: bool = True) -> Iterator[Entry]:
    """``(label, position, record)`` for each non-blank row after the first ``read`` lines, each cell as ``cell``
    writes it; with ``mend``, a row mended by putting back a cell's lost opening quote (see csvquotes), or suspected
    of having lost one, adds its note to ``notes``.

    A row that cannot be read (a quote never closed) is a RecordError, and reading starts again on the
    line after the one it began on: the rows after it are not lost. Until a row of the header's number of cells
    reads again, the lines read are the broken row's (the lines of a cell whose closing quote was lost, each read as
    a row of its own, had become articles: "Para 2 of the story, with a comma"): part of its RecordError. A line of
    it with the header's number of cells by chance is read as a row; another broken row is a RecordError of its own.
    """
    number, done, consumed = 0, read, 0  # lines before this reader's first, lines it has read
    broken: _Broken | None = None
    found, mender = [] if notes is None else notes, Mender(lines, delimiter, len(columns) if mend else 0)
    reach = _RowReach(lines.from_line(done))
    rows = _reader(reach, delimiter)
    while True:
        begins = done + consumed + 1  # the line the next row begins on
        lines.let_go(begins - 1 - MOST_LINES)  # a mend looks back no further (csvquotes)
        row: list[str] | None = None
        try:
            row = next(rows)
        except StopIteration:
            if broken:
                yield broken.entry(lines.count())
            return
        except csv.Error as exc:
            error = str(exc)
        if row is not None:
            consumed = reach.start = rows.line_num
            if not any(cell.strip() for cell in row) or (broken and len(row) != len(columns)):
                continue
        mended = None if broken else mender.mend(row, begins - 1, done + consumed + 1 - begins)
        suspect = not broken and mender.suspect
        lost = None if broken else mender.lost
        if broken and row is not None:  # (a row after a broken one is never mended)
            yield broken.entry(begins - 1)  # each broken row its number, as each row has: the ids after it stay
            broken = None
        number += 1
        if mended or suspect or lost:
            found.append(mended.note(number, begins) if mended else lost_note(number, begins, lost) if lost else
                         suspect_note(number, begins))
            row = mended.row if mended else row
        elif row is None:
            if broken:
                yield broken.entry(begins - 1)
            broken = _Broken(number, begins, error)
        if mended or row is None:  # read on after the row's lines, or the broken row's first
            done, consumed = begins - 1 + (mended.lines if mended else 1), 0
            reach = _RowReach(lines.from_line(done))
            rows = _reader(reach, delimiter)
        if row is not None:
            yield f"row {number}", str(number), _record([cell(text) for text in row], columns)


@dataclass
class _Broken:
    """A row that cannot be read: its number, the line it begins on and csv's error."""

    number: int
    line: int
    error: str

    def entry(self, last: int) -> Entry:
        """The row's entry, its lines running to line ``last``."""
        lines = f"line {self.line}" if last <= self.line else f"lines {self.line}-{last}"
        return (f"row {self.number} ({lines})", str(self.number),
                RecordError(f"a quote not closed where a cell ends ({self.error})"))


def _record(row: list[str], columns: list[str]) -> dict[str, str] | RecordError:
    """A row as a record keyed by column name; more cells than columns is a misread row."""
    if len(row) > len(columns) and any(cell.strip() for cell in row[len(columns):]):
        return RecordError(f"{len(row)} cells where the header names {len(columns)} columns")
    record: dict[str, str] = {}
    for name, cell in zip(columns, row):
        if name:
            record.setdefault(name, cell)  # a column named twice: the first, as in a JSON record
    return record
