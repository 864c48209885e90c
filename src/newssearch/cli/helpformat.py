"""--help fitted to a narrow terminal: click wraps its help at 50 columns at least (a 40-column terminal broke every
other line again) and gives an option's help what its 30-column name column leaves (10 columns at 40)."""

from __future__ import annotations

from collections.abc import Iterable

import click

MAX_HELP_WIDTH = 80  # click's: help is no wider than this on a wide terminal
LEAST_HELP_WIDTH = 20  # columns: narrower still, the terminal breaks the lines (no layout reads well there)
LEAST_HELP_COLUMN = 24  # columns for an option's help beside its name; with fewer, its help goes under it
NAME_COLUMN = 30  # click's widest column of option names
UNDER_NAME = 2  # the help under an option's name is this much further in than the name (2 + 2 + 2: 6 columns)


def help_width(columns: int, max_width: int | None = None) -> int:
    """The width help is wrapped to on a terminal of ``columns``: click's (two columns short of the terminal, at most
    ``max_width``), but below 52 columns the terminal's too, not 50."""
    return max(min(columns, max_width or MAX_HELP_WIDTH) - 2, LEAST_HELP_WIDTH)


class NarrowHelpFormatter(click.HelpFormatter):
    """click's help formatter, fitted to the terminal however narrow; on one where an option's help would have fewer
    than LEAST_HELP_COLUMN columns beside its name, each option's name on a line of its own, its help under it."""

    def __init__(self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None) -> None:
        if width is None and click.formatting.FORCED_WIDTH is None:  # (click's tests force 80 columns)
            import shutil  # here: its import (bz2, lzma) is for help's width alone

            width = help_width(shutil.get_terminal_size().columns, max_width)
        super().__init__(indent_increment, width, max_width)

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = NAME_COLUMN, col_spacing: int = 2) -> None:
        """click's list of names and their help; on a narrow terminal, each help under its name."""
        rows = list(rows)
        widest = max((click.formatting.term_len(name) for name, _ in rows), default=0)
        if self.width - (min(widest, col_max) + col_spacing) - 2 < LEAST_HELP_COLUMN:  # click's help column
            col_max = UNDER_NAME  # every name is longer: each on its own line, its help under it
        super().write_dl(rows, col_max, col_spacing)


class NarrowHelpContext(click.Context):
    """A context whose help is written by NarrowHelpFormatter."""

    formatter_class = NarrowHelpFormatter


def table_rows(rows: list[tuple[str, list[str]]], width: int, indent: int) -> list[str]:
    """A table laid out by hand (the group's Environment: a name and its lines of text), ``indent`` columns in: each
    name beside its text, each line of it as written when it fits, else broken between words; on a terminal where the
    text would have fewer than LEAST_HELP_COLUMN columns beside the names, each name on a line of its own, its text
    under it (at 40 columns the table's rows had run to 79)."""
    import textwrap

    column = max((len(name) for name, _ in rows), default=0) + 2
    beside = width - indent - column >= LEAST_HELP_COLUMN
    room = max(width - indent - (column if beside else UNDER_NAME), 1)
    lines: list[str] = []
    for name, text in rows:
        said = [row for line in text for row in (textwrap.wrap(line, room, break_long_words=False, break_on_hyphens=False) or [""])]
        if beside:
            lines += [" " * indent + (name if n == 0 else "").ljust(column) + row for n, row in enumerate(said)]
        else:
            lines += [" " * indent + name, *(" " * (indent + UNDER_NAME) + row for row in said)]
    return lines
