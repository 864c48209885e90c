"""A plain-text story's credit at its end, read when nothing above the text names its author: a wire's "(Reporting by
Jane Doe; Editing by John Roe)", a signature ("— Benni", "Jane Doe" over "10. September 2017"; no place: "Palmerston
North" over a date), a byline alone in the last paragraph ("By Kate Moore") and an author's line ("Jane Doe is a
reporter for the Post."). The credit stays in the text; only its names are read.

Narrow on purpose: a story's last sentence ("John Key is a former prime minister.") stays no one's byline.
"""

from __future__ import annotations

import re

from .nametrailers import NEWSROOM_ROLES
from .personcheck import is_person
from .placenames import is_place
from .textbyline import byline_names
from .textbylinenames import credits_others
from .textdatelines import line_date

_TAIL = 800  # characters from the end: a credit, maybe a wire's standards note or a contact after it
# Reuters's credits, in parentheses after the last sentence or on a line of their own: each role "by" its names, the
# roles apart by ";" (or ","). Only reporters and the writer wrote the story: not an additional reporter, an editor,
# a compiler or a graphic's maker.
_WIRE_CREDIT = re.compile(r"\((?:additional\s+)?(?:reporting|writing)\s+by\s[^()\n]{1,300}\)"
                          r"|^[ \t]*(?:reporting|writing)\s+by\s[^\n]{1,300}$", re.IGNORECASE | re.MULTILINE)
_CREDIT_PART = re.compile(r"[;(]\s*|,\s*(?=[\w-]+(?:\s+[\w-]+)?\s+by\s)", re.IGNORECASE)
_AUTHOR_ROLE = re.compile(r"^\(?\s*(?:reporting|writing|reporting\s+and\s+writing)\s+by\s+(.+?)\s*\)?$",
                          re.IGNORECASE)
# A signature's dash and name, alone on the story's last line: "— Benni", "-- Jane Doe" (not e-mail's "-- " alone).
_SIGNATURE = re.compile(r"^[ \t]*(?:[-–—]{1,2}|~)[ \t]*([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})[ \t]*$")
_DASH = re.compile(r"^(?:[-–—]{1,2}|~)[ \t]*")  # a signature's dash before a credit line
# Who wrote it and for whom: "Jane Doe is a reporter for the Post.", "Jane Doe is the Post's political editor."
_ROLE = rf"(?:{'|'.join(NEWSROOM_ROLES)})s?"
_AUTHOR_LINE = re.compile(rf"^((?:[^\W\d_][\w'’.-]*\s+){{1,3}}?[^\W\d_][\w'’.-]*)\s+is\s+(?:a|an|the)\s+"
                          rf"(?:[\w'’-]+\s+){{0,5}}?{_ROLE}\b[^.!?\n]{{0,80}}[.!]?$")
_LINE_WORDS = 20  # an author's line is short; a longer sentence is the story's
# Words a last line may hold that name no one: "Read More", "The Editors", "Sent from my phone".
_NO_NAME = frozenset("read more see also related share print editors editor staff sent from my the".split())


def closing_byline(body: str) -> str | None:
    """The names a credit at the end of ``body`` gives as its authors ("Jane Doe and Tom Smith"), else None."""
    tail = body[-_TAIL:]
    credits = _WIRE_CREDIT.findall(tail)
    if credits:
        return _wire_authors(credits[-1])
    last = tail.rstrip().rsplit("\n\n", 1)[-1].strip()
    lines = last.split("\n")
    alone = len(lines) == 1 and last != body.strip()  # a text of a byline alone is its text
    closing = (byline_names(last) or _credited(last)) if alone else None
    return _signature(lines) or closing or _author_line(last)


def _credited(line: str) -> str | None:
    """The writers of a last line crediting others after them, with no "By": "Jane Doe with additional reporting by
    John Roe" (Jane Doe), "— Jane Doe, with AP" (Jane Doe (AP)), read as the byline it is with "By"."""
    line = _DASH.sub("", line)
    return byline_names(f"By {line}") if credits_others(line) else None


def _wire_authors(credit: str) -> str | None:
    """The reporters and writers of a wire's credit, joined by "and": "(Reporting by A; Editing by B)": A."""
    names = [found.group(1) for part in _CREDIT_PART.split(credit.strip(" ()"))
             if (found := _AUTHOR_ROLE.match(part.strip()))]
    return " and ".join(names) or None


def _signature(lines: list[str]) -> str | None:
    """The name of a signature, the last paragraph's ``lines``: "— Benni"; "Jane Doe" over "10. September 2017" (two words or more)."""
    found = _SIGNATURE.match(lines[0]) if len(lines) == 1 else None
    name = found.group(1) if found else _over_date(lines)
    return name if name and _names_someone(name) else None


def _over_date(lines: list[str]) -> str | None:
    """The name of a two-line last paragraph whose second line is a date ("Jane Doe" over "March 3, 2020"); a single
    word so placed is as likely the place it was written ("Wellington" over "3 June 2025"), so it names no one."""
    name = lines[0].strip() if len(lines) == 2 and line_date(lines[1]) else None
    return name if name and len(name.split()) >= 2 else None


def _author_line(paragraph: str) -> str | None:
    """The writer an author's line names ("Jane Doe is a reporter for the Post."): a short sentence alone."""
    if "\n" in paragraph or len(paragraph.split()) > _LINE_WORDS:
        return None
    found = _AUTHOR_LINE.match(paragraph)
    return found.group(1) if found and is_person(found.group(1)) else None


def _names_someone(name: str) -> bool:
    """Whether a signature's words are a name: one to three capitalised words, none a page's or a desk's word, and
    no place of two words or more the place names know ("Palmerston North" over "3 June 2025": where it was written,
    ``placenames``; one word after a dash is a given name, "— Charlotte")."""
    words = name.split()
    return len(words) <= 3 and not any(word.lower() in _NO_NAME for word in words) \
        and is_person(name, min_words=1) and not name.isupper() and not (len(words) > 1 and is_place(name))
