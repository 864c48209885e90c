"""CSV and TSV exports: one article per row, its columns named by the header as a JSON record's keys are.

Datasets of news are often tables ("All the news": ``id,title,publication,author,date,url,content``;
BBC's ``category,text``). A row's id is ``<rel>#<its id column>``, else ``<rel>#<row number>`` (the
first row under the header is 1), as a JSON export's record is numbered.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from ..errors import UnreadableFile
from .article import ReadResult
from .encoding import require_text
from .fields import JSON_FIELDS, RecordError, norm_key
from .jsonfile import Entry, collect

# The columns of newssearch's own --csv result list: a list of hits, not of articles.
_RESULT_LIST = ("id", "title", "date", "source", "authors", "url", "score", "snippet")
_DELIMITERS = (",", "\t", ";", "|")
# An article's text runs past csv's default limit of 128 KiB a field.
_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


def read_csv(data: bytes, rel: str) -> ReadResult:
    """Read a table of articles: a header row naming the columns, then one article a row."""
    text = require_text(data).lstrip("\ufeff")
    delimiter = "\t" if rel.lower().removesuffix(".gz").endswith(".tsv") else _delimiter(text)
    csv.field_size_limit(_FIELD_LIMIT)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(rows, None)
    except csv.Error as exc:
        raise UnreadableFile(f"unreadable CSV header: {exc}") from exc
    columns = [name.strip() for name in header or []]
    _check_header(columns)
    return collect(_entries(rows, columns), rel)


def _delimiter(text: str) -> str:
    """The separator of a table: the one of ``_DELIMITERS`` that splits its header line most often."""
    first_line = text.split("\n", 1)[0]
    return max(_DELIMITERS, key=first_line.count)


def _check_header(columns: list[str]) -> None:
    """Raise UnreadableFile when the header names no column of article text, or is a result list."""
    if tuple(norm_key(name) for name in columns) in (_RESULT_LIST, (*_RESULT_LIST, "copies")):
        raise UnreadableFile("a newssearch result list (--csv), not articles")
    names = {norm_key(name) for name in columns}
    if not names & set(JSON_FIELDS["body"] + JSON_FIELDS["summary"]):
        shown = ", ".join(name for name in columns[:8] if name) or "nothing"
        raise UnreadableFile(f"no column of article text (such as text, content or body): the header has {shown}")


def _entries(rows: Iterator[list[str]], columns: list[str]) -> Iterator[Entry]:
    """``(label, position, record)`` for each non-blank row; a row that cannot be read is a RecordError."""
    number = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:  # a NUL, or a quote never closed: the rest of the file is one field
            number += 1
            yield f"row {number}", str(number), RecordError(f"unreadable CSV: {exc}")
            return
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        yield f"row {number}", str(number), _record(row, columns)


def _record(row: list[str], columns: list[str]) -> dict[str, str] | RecordError:
    """A row as a record keyed by column name; more cells than columns is a misread row."""
    if len(row) > len(columns) and any(cell.strip() for cell in row[len(columns):]):
        return RecordError(f"{len(row)} cells where the header names {len(columns)} columns")
    return {name: cell for name, cell in zip(columns, row) if name}
