"""A plain-text story's credit at its end, read when nothing above the text names its author: a wire's "(Reporting by
Jane Doe; Editing by John Roe)", a signature ("— Benni", "Jane Doe" over "10. September 2017"; no place: "Palmerston
North" over a date), a byline line closing the text, alone in its last paragraph or its last line under a finished
sentence ("By Kate Moore", "— Ann Cox, Staff Reporter": ``closing_byline_line``), and an author's line ("Jane Doe is a
reporter for the Post."). A byline line is out of the text, as a byline over it is; any other credit stays in it, only
its names read.

Narrow on purpose: a story's last sentence ("John Key is a former prime minister.", "By then it was too late.") stays
no one's byline, and a dash's name under a quote ("— Ann Cox", "— Ann Cox, Police Spokeswoman") is its speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .nametrailers import NEWSROOM_ROLES
from .personcheck import is_person
from .placenames import is_place
from .publishers import is_publisher
from .textbyline import byline_names
from .textbylinenames import ROLE_WORDS, credits_others
from .textdatelines import line_date
from .titles import ENDS_SENTENCE

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
# A dash, names, a comma and what follows them: "— Ann Cox, Staff Reporter", "- Ann Cox, Gulf News".
_DASHED_NAMES = re.compile(r"^(?:[-–—]{1,2}|~)[ \t]*([^\W\d_][^,\n]{0,80}?)[ \t]*,[ \t]*([^,\n]{1,80}?)[ \t]*$")
# A newsroom's role after the names: "Staff Reporter", "Senior Political Correspondent"; not a source's title
# ("Police Spokeswoman", "Chief Executive").
_NEWSROOM_ROLE = re.compile(rf"^(?:[^\W\d_][\w'’-]*[ \t]+){{0,{ROLE_WORDS}}}(?i:{'|'.join(NEWSROOM_ROLES)})s?\.?$")
# A quotation closing the text above a line: its speaker's name may follow it after a dash.
_QUOTE_ENDS = re.compile(r"[\"”»'’][.!?]?$")
_LINE_CHARS = 200  # a byline line's most characters; a longer last line is the story's


class ClosingCredit(NamedTuple):
    """A credit closing a text: the names it gives as the authors, and the text without its line when it is a byline
    line (``closing_byline_line``), else the text as it was."""

    names: str
    body: str


def closing_byline(body: str) -> str | None:
    """The names a credit at the end of ``body`` gives as its authors ("Jane Doe and Tom Smith"), else None."""
    credit = closing_credit(body)
    return credit.names if credit else None


def closing_credit(body: str) -> ClosingCredit | None:
    """The credit at the end of ``body`` (see the module): its names, and ``body`` without the credit's line when that
    line is a byline (``closing_byline_line``); else None."""
    tail = body[-_TAIL:]
    credits = _WIRE_CREDIT.findall(tail)
    if credits:
        names = _wire_authors(credits[-1])
        return ClosingCredit(names, body) if names else None
    if (line := closing_byline_line(body)) is not None:
        return line
    last = tail.rstrip().rsplit("\n\n", 1)[-1].strip()
    names = _over_date(last.split("\n")) or _author_line(last)  # "Jane Doe" over a date; an author's line
    return ClosingCredit(names, body) if names else None


def closing_byline_line(body: str) -> ClosingCredit | None:
    """The names of a byline line closing ``body`` and ``body`` without it, else None: the last paragraph, or the
    last line of one under a line ending a sentence ("… as they were." / "By Kate Moore"); "By" or a blog's words for
    it before the names, a dash (not under a quotation: its speaker's), or the names crediting others ("Jane Doe, with
    AP"). A text of that line alone is its text."""
    tail = body[-_TAIL:]  # only the end is read: a long text is not copied whole
    above, newline, line = tail.rstrip().rpartition("\n")
    line, text = line.strip(), above.rstrip()
    if not newline or not text or len(line) > _LINE_CHARS:
        return None
    if "\n" not in above[len(text):] and not ENDS_SENTENCE.search(text):
        return None  # a line of a wrapped sentence: "… a plan drawn up" / "By Kate Moore"
    names = byline_names(line) or _credited(line)
    if names is None and _DASH.match(line) and not _QUOTE_ENDS.search(text):
        names = _signature(line) or _dashed_byline(line)
    return ClosingCredit(names, body[:len(body) - len(tail) + len(text)]) if names else None


def repeated_byline(body: str, named: tuple[str, ...],
                    names_of: Callable[[str], tuple[str, ...]]) -> ClosingCredit | None:
    """The byline line closing ``body`` (``closing_byline_line``) when it names only the authors already ``named``
    above the text ("By Ann Cox, Police Spokeswoman" over the story and under it; ``names_of`` reads its names), and
    ``body`` without it; else None."""
    said = closing_byline_line(body)
    return said if said is not None and set(names_of(said.names)) <= set(named) else None


def _dashed_byline(line: str) -> str | None:
    """The names of a byline after a dash: "— By Ann Cox"; names then a newsroom's role or a publisher the tables
    know after a comma ("— Ann Cox, Staff Reporter", "— Ann Cox, Reuters"); else None."""
    unmarked = _DASH.sub("", line)
    if names := byline_names(unmarked):
        return names
    found = _DASHED_NAMES.match(line)
    if found is None or not is_person(found.group(1)) \
            or not (_NEWSROOM_ROLE.match(found.group(2)) or is_publisher(found.group(2))):
        return None
    return byline_names(f"By {unmarked}")


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


def _signature(line: str) -> str | None:
    """The name of a signature's line: "— Benni", "-- Jane Doe"."""
    found = _SIGNATURE.match(line)
    return found.group(1) if found and _names_someone(found.group(1)) else None


def _over_date(lines: list[str]) -> str | None:
    """The name of a two-line last paragraph whose second line is a date ("Jane Doe" over "March 3, 2020"); a single
    word so placed is as likely the place it was written ("Wellington" over "3 June 2025"), so it names no one."""
    name = lines[0].strip() if len(lines) == 2 and line_date(lines[1]) else None
    return name if name and len(name.split()) >= 2 and _names_someone(name) else None


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
