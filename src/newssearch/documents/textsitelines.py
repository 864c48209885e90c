"""A news site's line of metadata above a plain text's story, its parts between bars or bullets as the site prints
them, in any order: the story's day beside its publisher, its writer, its section or its dateline's place ("Palmerston
North | Stuff | 7 March 2024", "Stuff • 7 March 2024 • Jane Doe", "RNZ | Politics | 7 March 2024"), read by
``textbyline`` when its other rules read no byline and no day in the line. The day is the story's date, the publisher
(one the publishers' table knows) and the writer its byline, the section its section, and the line leaves the text; a
place (one the place names know) is where the story was written, no writer: it stays the text's first line, as a
dateline's place does.

Narrow on purpose, as ``textbarecredits`` is, whose rules it shares: one part is a whole day and every other part
reads as one of those, each once, a publisher, a writer or a section among them (a place's day alone is a dateline's
line, "Palmerston North | 7 March 2024"), a page's reading time passed over ("4 min read"); a writer's name without
"By" is one by ``writer_name``'s rules, a section one by ``is_section``'s; and the line under it is no other such line
(a list of names and days).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .placenames import is_place
from .publishers import is_publisher
from .textbarecredits import ends_in_date, writer_name
from .textbylinenames import byline_names
from .textcategories import is_section
from .textdatelines import DATE_LINE_CHARS, DayFirst, line_date

# Between two parts: a bar, or a bullet or a middle dot with spaces about it (a middle dot inside a word is a letter's:
# Catalan's "col·legi").
_PARTS = re.compile(r"[ \t]*[|•][ \t]*|[ \t]+[·∙][ \t]+")
_MARKS = frozenset("|•·∙")
_NEXT_LINE = re.compile(r"\S[^\n]*")  # the next line written, found without cutting the whole text into lines
_READING_TIME = re.compile(r"\d{1,3}[ \t-]?min(?:ute)?s?\.?[ \t]+read", re.IGNORECASE)  # a page's "4 min read"


class SiteLine(NamedTuple):
    """What a site's line gives: its day, its byline (a writer, a publisher or both: "Jane Doe, Stuff"; None for
    neither), its section (() for none) and its dateline's place (None for none)."""

    day: date
    byline: str | None
    sections: tuple[str, ...]
    place: str | None


def site_line(line: str, rest: str, language: str | None = None, day_first: DayFirst = None,
              date_language: str | None = None) -> SiteLine | None:
    """What ``line``, a site's line of metadata over the story ``rest``, gives (see the module), else None."""
    if len(line) > DATE_LINE_CHARS or not _MARKS.intersection(line) or not any(char.isdigit() for char in line):
        return None
    read: dict[str, str] = {}  # each kind of part (see ``_kind``): the part
    for part in (part.strip() for part in _PARTS.split(line.strip())):
        kind = _kind(part, rest, language, day_first, date_language)
        if kind is None or kind in read:
            return None
        read[kind] = part
    day = line_date(read["day"], day_first, date_language) if "day" in read else None
    if day is None or not {"publisher", "writer", "section"} & read.keys() or _listed(rest):
        return None
    return SiteLine(day, _byline(read.get("writer"), read.get("publisher"), language),
                    (read["section"],) if "section" in read else (), read.get("place"))


def _kind(part: str, rest: str, language: str | None, day_first: DayFirst, date_language: str | None) -> str | None:
    """What a part of the line is: "day", "reading time", "publisher", "place", "writer" or "section"; None for a part
    read as none of them (then the line is no site's)."""
    if line_date(part, day_first, date_language) is not None:
        return "day"
    if _READING_TIME.fullmatch(part):
        return "reading time"
    if is_publisher(part):
        return "publisher"
    if is_place(part):
        return "place"
    if byline_names(part, language) or writer_name(part, rest):
        return "writer"
    if "," not in part and is_section(part, rest):
        return "section"
    return None


def _byline(writer: str | None, publisher: str | None, language: str | None) -> str | None:
    """The byline of a writer's part and a publisher's ("Jane Doe", "By Jane Doe"; "Stuff"): "Jane Doe (Stuff)", the
    names alone, the publisher alone; None for neither."""
    if writer is None:
        return publisher
    names = byline_names(writer, language) or writer
    return byline_names(f"By {names}, {publisher}", None) if publisher else names


def _listed(rest: str) -> bool:
    """Whether the next line written in ``rest`` is a day too, or ends in one: lines one under another are a list (a
    roster's, a schedule's), none of them the story's."""
    following = found.group() if (found := _NEXT_LINE.search(rest)) else ""
    return line_date(following) is not None or ends_in_date(following) or bool(_MARKS.intersection(following)) and any(
        line_date(part) is not None for part in _PARTS.split(following.strip()))
