"""What a search says on stderr beside its results (nothing found, the notes on the query, "Did you mean"), and an
error or the corpus an update reads: on a terminal broken between words to its width, as the results are (at
COLUMNS=40 a note of 129 columns had been left to the terminal, which broke its words at the edge); to a pipe or a
file, one line each."""

from __future__ import annotations

import os
import sys
from typing import Any

import click


def said_width() -> int | None:
    """The width in columns of the terminal stderr is (``COLUMNS`` when set), else None (a pipe or a file gets each
    line whole). Asked of stderr itself: shutil asks stdout, which in ``newssearch query … | less`` is a pipe of no
    width (its default, 80 columns, had been used)."""
    if not sys.stderr.isatty():
        return None
    try:
        own = os.get_terminal_size(sys.stderr.fileno())
        fallback = (own.columns, own.lines) if own.columns > 0 else (80, 24)
    except (AttributeError, ValueError, OSError):  # a stream replaced (a test's), of no descriptor
        fallback = (80, 24)
    import shutil  # here: its import (bz2, lzma) is for a terminal's width alone

    return shutil.get_terminal_size(fallback).columns  # COLUMNS, else stdout's terminal, else stderr's


HANGING = 2  # columns a line said without a label has its further rows indented, as the index report's are


def say(line: str, label: str = "", whole: tuple[str, ...] = ()) -> None:
    """``label`` and ``line`` on stderr; on a terminal broken between words, further rows under the first word after
    ``label`` (``Did you mean: armed offenders squad`` over ``              police gunmen``), or, with no label,
    ``HANGING`` columns in; each of ``whole`` (a path with a space) never broken."""
    click.echo(said_rows(line, label, whole), err=True)


def said_rows(line: str, label: str = "", whole: tuple[str, ...] = ()) -> str:
    """``label`` and ``line`` as ``say`` writes them: one line to a pipe, on a terminal broken between words (each of
    ``whole`` kept in one piece, its right-to-left runs isolated: isolates.py)."""
    from ..isolates import isolated_line
    from ..wrapping import rows_between, word_pieces

    pieces = word_pieces(line, whole)
    width = said_width()
    # with no label, further rows indented: at column 0 they had read as lines of their own ("Updating the index of…")
    rows = rows_between(label, pieces, width, None if label else HANGING) if pieces else [label + line]
    return "\n".join(isolated_line(row, label + line) if width else row for row in rows)  # on a terminal, right-to-left runs isolated


def echo_notice(result: Any) -> None:
    """The parser's note on the query (an unbalanced quote, a query in capitals) to stderr."""
    from ..formatting import safe

    if result.notice:
        say(f"{safe(result.notice)}.", "Note: ")


def echo_suggestion(result: Any) -> None:
    """'Did you mean' to stderr, when the index knows a better word."""
    from ..formatting import safe

    if result.suggestion:
        say(safe(result.suggestion), "Did you mean: ")
