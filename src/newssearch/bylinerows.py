"""A byline row pasted as a query, its cells the author's name, the publisher's and the day (``Jane Smith | NZ Herald |
26 Oct 2020``), as a story's page or a clippings list shows them: its words search the title and the text, where
neither name nor its day is, so it found nothing; read as ``author:``, ``source:`` and ``date:`` clauses it finds the
story."""

from __future__ import annotations

from collections.abc import Callable

from .datewords import date_iso
from .errors import as_typed
from .querytext import normalize
from .schema import AUTHOR, SOURCE
from .startup import lazy_compile
from .tabtitles import SEPARATOR

_CELLS = (2, 4)  # a byline row's fewest and most cells: a name and the day, up to author, publisher, section, day
_NAME_WORDS = 4  # a name's most words: "The Sydney Morning Herald"
_SYNTAX = lazy_compile(r"[\"“”*~^:()\[\]{}]")  # quotes, a field, a pattern: a search typed, not a row pasted


def byline_row_notice(text: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """What ``text``, which found nothing, finds read as a byline row: each name an author's or else a publisher's
    (whichever the index holds), the day its ``date:`` clause; None when it is no such row (one date among two to four
    cells of at most four words, each name held by the index) or the clauses find nothing."""
    typed = " ".join(normalize(text).split())
    cells = [cell.strip() for cell in SEPARATOR.split(typed)]
    if not _CELLS[0] <= len(cells) <= _CELLS[1] or _SYNTAX.search(typed):
        return None
    days = [date_iso(cell) for cell in cells]
    if sum(day is not None for day in days) != 1 or any(len(cell.split()) > _NAME_WORDS for cell in cells):
        return None
    clauses = []
    for cell, day in zip(cells, days):
        clause = f"date:{day}" if day else _name_clause(cell, match, count)
        if clause is None:
            return None
        clauses.append(clause)
    rebuilt = " ".join(clauses)
    found = count(rebuilt, match)
    return f"{typed} reads as a byline row: {as_typed(rebuilt)} finds {found:,}" if found else None


def _name_clause(name: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """``name`` as the clause of the author or else the publisher the index has of that name; None when it has
    neither."""
    for field in (AUTHOR, SOURCE):
        clause = f'{field}:"{name}"'
        if count(clause, match):
            return clause
    return None
