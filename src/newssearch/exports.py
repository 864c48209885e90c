"""Machine-readable hit lists: JSON Lines and CSV, in the order and with the filters of the screen."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .formatting import UNSAFE_CHARS, json_safe
from .ids import FORMULA_STARTS
from .results import SearchResult, iso

if TYPE_CHECKING:
    from .timeline import Timeline

CSV_HEADER = ("id", "title", "date", "source", "authors", "url", "score", "snippet")


def jsonl_lines(result: SearchResult) -> Iterator[str]:
    """One JSON object per hit, rank first; escaped as ``--json`` is (see ``json_safe``). One at a time: a hit's
    snippet is made when its line is."""
    return (json_safe(json.dumps(hit.to_dict(), ensure_ascii=False)) for hit in result.hits)


def csv_text(result: SearchResult) -> str:
    """A CSV table of the hits (authors joined with "; ", snippet as plain text).

    When copies were grouped (``--group-copies``) a last column, ``copies``, names each hit's other
    copies, joined with "; ".
    """
    return "".join(csv_lines(result))


def csv_lines(result: SearchResult) -> Iterator[str]:
    """``csv_text`` a line at a time (a cell's own line breaks inside its line): the header, then a hit's row as its
    snippet is made."""
    return _csv_written(_csv_rows(result))


TIMELINE_CSV_HEADER = ("period", "count", "articles")


def timeline_csv_lines(timeline: Timeline) -> Iterator[str]:
    """A timeline as CSV, a line at a time: each period (every one, as JSON has them), the articles the query found
    in it and the index's articles that period (``articles``). Undated articles have no row: they are no period."""
    return _csv_written([list(TIMELINE_CSV_HEADER), *([period, str(count), str(timeline.indexed.get(period, 0))]
                                                      for period, count in timeline.periods)])


def _csv_written(rows: Iterable[list[str]]) -> Iterator[str]:
    """Each row as one CSV line (quoted where a cell needs it)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
        yield out.getvalue()
        out.seek(0)
        out.truncate()


def _csv_rows(result: SearchResult) -> Iterator[list[str]]:
    """The header and each hit's cells."""
    yield list(CSV_HEADER + (("copies",) if result.grouped else ()))
    for hit in result.hits:
        row = [csv_cell(hit.id), csv_cell(hit.title), iso(hit.date) or "", csv_cell(hit.source),
               csv_cell("; ".join(hit.authors)), csv_cell(hit.url), f"{hit.score:.4f}", csv_cell(hit.snippet.plain())]
        if result.grouped:
            row.append(csv_cell("; ".join(hit.copies)))
        yield row


def csv_cell(text: str | None) -> str:
    """A text cell without control characters, quoted with a leading ' when a spreadsheet would run it."""
    cell = UNSAFE_CHARS.sub("", text or "")
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell
