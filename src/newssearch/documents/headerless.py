"""Tables that datasets publish without a header row, told by the shape of their rows.

A researcher's copy of MIND or AG News has no header: its first story had been taken for one and the file
refused. Each layout names the columns as the dataset's documentation does, and is chosen only when the first
row names no known column and has the layout's number of cells, its first cell in the layout's form. A layout of
no text (GDELT's) says so, where its first row had been named as a header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .fields import JSON_FIELDS, norm_key


@dataclass(frozen=True)
class Layout:
    """A header-less table: its columns' names, the form of its first cell, and the dataset's own escapes."""

    columns: tuple[str, ...]
    first_cell: re.Pattern[str]
    fixes: tuple[tuple[re.Pattern[str], str], ...] = field(default=())
    cells: int = 0  # a table not read (``refused``) is told by its number of cells alone, its columns unnamed
    refused: str | None = None  # why a table of this layout holds no articles

    def fits(self, row: Sequence[str]) -> bool:
        """True when ``row`` has this layout's cells, its first in this layout's form."""
        return len(row) == (self.cells or len(self.columns)) and bool(self.first_cell.fullmatch(row[0].strip()))

    def cell(self, text: str) -> str:
        """``text`` with the dataset's escapes written out."""
        for pattern, replacement in self.fixes:
            text = pattern.sub(replacement, text)
        return text


# AG News wrote a line break as a backslash and lost the "&" of its entities: "Google #39;s", "#36;1 billion".
_AG_NEWS_FIXES = (
    (re.compile(r"\s*\\+\s*"), " "),
    (re.compile(r" ?#39;"), "'"),
    (re.compile(r"#36;"), "$"),
    (re.compile(r"#38;|amp;"), "&"),
    (re.compile(r"\bquot;"), '"'),
)

_GDELT = "a GDELT {} table: articles' addresses and codes, no text (not read; fetch the articles to index them)"

LAYOUTS: tuple[Layout, ...] = (
    # MIND (Microsoft News Dataset) news.tsv: the entities are JSON lists, metadata, never read as text.
    Layout(("id", "category", "subcategory", "title", "abstract", "url", "title_entities", "abstract_entities"),
           re.compile(r"N\d+")),
    # AG News train.csv and test.csv: the class index (1 World, 2 Sports, 3 Business, 4 Sci/Tech).
    Layout(("class", "title", "description"), re.compile(r"[1-4]"), _AG_NEWS_FIXES),
    # GDELT's event files (2.0: 61 cells, 1.0: 58) and its GKG's (2.1: 27) give an article's address, not its text.
    *(Layout((), re.compile(r"\d+"), cells=cells, refused=_GDELT.format("event")) for cells in (61, 58)),
    Layout((), re.compile(r"\d{14}-T?\d+"), cells=27, refused=_GDELT.format("GKG")),
)
_KNOWN = {name for names in JSON_FIELDS.values() for name in names}


def headerless_layout(first_row: Sequence[str]) -> Layout | None:
    """The dataset layout whose rows ``first_row`` is one of, or None when it is a header (or of no known shape)."""
    if any(norm_key(cell) in _KNOWN for cell in first_row):
        return None
    return next((layout for layout in LAYOUTS if layout.fits(first_row)), None)
