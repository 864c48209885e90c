"""Tables that datasets publish without a header row, told by the shape of their rows.

A researcher's copy of MIND or AG News has no header: its first story had been taken for one and the file
refused. Each layout names the columns as the dataset's documentation does, and is chosen only when the first
row names no known column and has the layout's number of cells, its first cell in the layout's form.
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

    def fits(self, row: Sequence[str]) -> bool:
        """True when ``row`` has this layout's cells, its first in this layout's form."""
        return len(row) == len(self.columns) and bool(self.first_cell.fullmatch(row[0].strip()))

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

LAYOUTS: tuple[Layout, ...] = (
    # MIND (Microsoft News Dataset) news.tsv: the entities are JSON lists, metadata, never read as text.
    Layout(("id", "category", "subcategory", "title", "abstract", "url", "title_entities", "abstract_entities"),
           re.compile(r"N\d+")),
    # AG News train.csv and test.csv: the class index (1 World, 2 Sports, 3 Business, 4 Sci/Tech).
    Layout(("class", "title", "description"), re.compile(r"[1-4]"), _AG_NEWS_FIXES),
)
_KNOWN = {name for names in JSON_FIELDS.values() for name in names}


def headerless_layout(first_row: Sequence[str]) -> Layout | None:
    """The dataset layout whose rows ``first_row`` is one of, or None when it is a header (or of no known shape)."""
    if any(norm_key(cell) in _KNOWN for cell in first_row):
        return None
    return next((layout for layout in LAYOUTS if layout.fits(first_row)), None)
