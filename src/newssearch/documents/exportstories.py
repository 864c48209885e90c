"""What the readers of news-database exports share: a story as an export gives it, and the lines every layout has
(a date line, a copyright notice, paragraphs of hard-wrapped lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..startup import lazy_compile
from .sections import section_values
from .textdatelines import line_date


@dataclass(frozen=True)
class Story:
    """One story of an export, its fields as written; ``layout`` names the export ("lexisnexis", "factiva"…) and
    ``key`` is the database's own id for it (Factiva's accession number, ProQuest's document ID), when it gives one;
    ``section`` its section line as written ("NEWS; Pg. 4": ``export_sections`` reads it)."""

    layout: str
    title: str
    body: str
    dated: str | None = None
    byline: str | None = None
    publication: str | None = None
    url: str | None = None
    language: str | None = None
    key: str | None = None
    section: str | None = None


@dataclass(frozen=True)
class Broken:
    """A part of an export that cannot be read as its stories (the file ends inside it, or a separator between two
    stories does not read): reported as a broken record, so that the index keeps what it held of it. ``count`` is
    how many stories' places it takes (0: none, the file ends between stories); ``key`` the database's own id of
    its story, when the part still gives it."""

    reason: str
    count: int = 1
    key: str | None = None


Part = Story | Broken
# Why a story the file ends inside is not read: its text is cut, and the stories after it are gone.
CUT_SHORT = "the file ends inside it (cut short)"


def ends_before(found: int, total: int) -> Broken:
    """The mark of an export whose file ends between two stories, after ``found`` of the ``total`` it numbers."""
    return Broken(f"the file ends here, before the export does ({found} of {total} stories; cut short)", count=0)


def read_stories(parts: list[Part]) -> list[Part] | None:
    """``parts`` when one of them is a story read whole, else None (the text is not that layout's export)."""
    return parts if any(isinstance(part, Story) for part in parts) else None


# The edition a database writes after a story's date: "January 11, 2010 Monday, Edition 1", "… Friday Late Edition".
_EDITION = re.compile(r"(?<!\s)(?:\s*[,;]\s*|\s+)(?:[A-Za-z]+\s+){0,3}edition\b.*$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|©|\(c\)\s*\d{4})|^\s*all rights reserved\.?\s*$", re.IGNORECASE)
# "Otago Daily Times (New Zealand)", "The Times (London)". Each searched from a run's first space only (from each
# of them: n² steps, a publication line of 360,000 spaces never finished reading).
_PLACE_AFTER = re.compile(r"(?<!\s)\s*\([^()]*\)\s*$")
_BLANK_LINES = re.compile(r"\n(?:[ \t\f\v]*\n)+")


def date_line(line: str) -> date | None:
    """The date of a line that is an export's date line: a text's date line (``textdatelines.line_date``: a weekday, a
    time and its zone around the date: "June 19, 2020 Friday 5:02 AM GMT", "Sunday 21 June 2020") with the edition
    the database writes after it; else None ("June 19, 2020: a day to remember" is a headline)."""
    return line_date(_EDITION.sub("", line))


def is_copyright(text: str) -> bool:
    """Whether ``text`` is a copyright notice ("Copyright 2020 … All Rights Reserved", "(c) 2020 Stuff Limited")."""
    return bool(_COPYRIGHT.match(text))


def publication_name(name: str | None) -> str | None:
    """A publication as its export names it, without the place the database adds ("Otago Daily Times (New
    Zealand)": Otago Daily Times); the rest of the way to one name is every reader's (``publisher_name``)."""
    if not name or not name.strip():
        return None
    return _PLACE_AFTER.sub("", name).strip() or name.strip()


# A page a database writes in a story's section line ("NEWS; Pg. 4", "Sport; S. 23", "Wirtschaft; Seite 5"), or the
# pages of a story over several ("Pg. 6,7", "Pg. B1, B4", "Pg. 6-7"); and the printed section's letter and the column
# the New York Times's lines give ("Section A; Column 0; Foreign Desk; Pg. 1"), no more a section than the page is.
_PAGE_NUMBER = r"[A-Z]?\d+[A-Z]?"
_PAGE = lazy_compile(rf"(?:pg|pp?|page|pag|pág|s|seite)\.?\s*{_PAGE_NUMBER}(?:\s*[,&/-]\s*{_PAGE_NUMBER})*"
                     r"|section\s+[A-Z]|col(?:umn)?\.?\s*\d+", re.IGNORECASE)


def export_sections(line: str | None) -> tuple[str, ...]:
    """The sections a story's section line names, without its page or a printed section's letter ("NEWS; Pg. 4":
    NEWS; "A; Pg. 1": none)."""
    parts = (part.strip() for part in (line or "").split(";"))
    return section_values([part for part in parts if len(part) > 1 and not _PAGE.fullmatch(part)])


def paragraphs(text: str) -> list[list[str]]:
    """The paragraphs of ``text`` (runs of lines between blank lines), each a list of its lines as written."""
    return [[line for line in block.split("\n") if line.strip()] for block in _BLANK_LINES.split(text) if block.strip()]


def joined(lines: list[str]) -> str:
    """One paragraph's hard-wrapped lines as one line."""
    return " ".join(" ".join(lines).split())


def body_text(blocks: list[list[str]]) -> str:
    """A body from its paragraphs: each on one line, a blank line between them."""
    return "\n\n".join(text for text in (joined(block) for block in blocks) if text)
