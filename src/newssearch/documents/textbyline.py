"""A byline and a date on lines of their own above a plain-text article's text ("By Rachel Thomas", "12 March
2024"), and a post line's byline, day and categories; a date line itself is read by ``textdatelines``, a byline's
names and agency by ``textbylinenames``.

Narrow on purpose, as the key lines of ``textheader`` are: a headline that opens with "By" ("By The Numbers: …")
or holds a date ("Remembering 11 September 2001") stays the story's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import NamedTuple

from .bylinephrases import phrase_line
from .personcheck import is_login, is_person, names_no_person
from .placenames import is_place
from .publishers import is_publisher
from .textbarecredits import bare_credit, name_line, topic_of
from .textbylinenames import (
    POSTED_BY,
    ROLE_WORDS,
    byline_agency,
    byline_names,
    desk_role_line,
    few_words,
    names_only,
    ordinary_words,
)
from .textcategories import Categories, filed_under, not_places
from .textdatelines import DATE_LINE_CHARS, DayFirst, line_date, names_place, names_reading_time
from .textlabels import label_line
from .textsitelines import site_line
from .textupdates import published_beside_update, without_update
from .titles import ENDS_SENTENCE

__all__ = ["BylineLines", "byline_agency", "byline_names", "split_byline_lines"]


_HEADLINE_CHARS = 200  # as textheadline's longest headline


class BylineLines(NamedTuple):
    """What ``split_byline_lines`` reads off a text's top: its byline, its date, the text after them, and the
    categories a post line files it under ("Posted by Jane Doe on March 3, 2024 in Politics": Politics)."""

    byline: str | None
    dated: date | None
    body: str
    categories: tuple[str, ...] = ()
    placed: str | None = None  # a date line naming its place ("Berlin, 5. Mai 2024"), kept atop ``body``


def split_byline_lines(body: str, language: str | None = None, day_first: DayFirst = None,
                       date_language: str | None = None, titled: bool = True, phrases: bool = True,
                       bare_name: bool = False) -> BylineLines:
    """A byline and a date on lines of their own opening ``body``, in either order, in one paragraph or two,
    and the body after them: ``By Rachel Thomas`` / ``12 March 2024``. A byline that is
    only an agency ("By The Associated Press") is returned as the agency's name, one that is only a desk's role ("By
    Our Correspondent", "From Our Own Correspondent") as none, its line out of the body all the same; an agency or a role on the
    line under the byline ("Reuters", "Political Reporter") is part of it. In a story in ``language``, that
    language's word opens a byline too ("Von Thomas Müller und Anna Weber": Thomas Müller and Anna Weber); a byline
    and its date may share a line, a post line ("Posted by Jane Doe on March 3, 2024": ``_byline_and_date``), its
    categories after its day ("… in Politics"). A date
    line over another date line is no date line: they are a list. A date line naming a place ("Berlin, 5. Mai 2024")
    stays the text's first line, as it was before its date was read; one with its update's day after it is read for
    its first ("Published 3 March 2024 | Updated 5 March 2024": 3 March, ``textupdates``). A site's line of its
    publisher, day, writer, section or place between bars or bullets ("Palmerston North | Stuff | 7 March 2024",
    ``textsitelines``) gives them, its place kept as a date line's is. ``day_first`` tells the
    story's order of a slashed date whose line has no label to tell it, ``date_language`` the language the story
    names, whose month names it reads (see ``line_date``). A byline's line naming a column, no one ("By Popular
    Demand", ``phrase_line``), is out of the body where a byline's would be: under a title (``titled``: a header's, a
    headline's), or over a headline, its kicker; over the story's first sentence with no title above, it is the
    story's headline and stays, as it does with ``phrases`` false (the format marked it a heading: "# By Design").
    With ``bare_name`` (under a headline), a writer's name without "By" on the first line, straight over its date
    line, is the byline ("Jane Doe" / "14 March 2024", ``_name_over_date``)."""
    byline = dated = placed = None
    categories: tuple[str, ...] = ()
    original = body
    while True:
        first, _sep, rest = body.partition("\n")
        line = first.strip()
        if byline is None and (names := byline_names(line, language)) and not ordinary_words(names, rest, language):
            byline = names
        elif byline is None and dated is None and (both := _byline_and_date(line, language, day_first, date_language, rest)):
            byline, dated, categories = both
        elif byline is None and dated is None and (site := site_line(line, rest, language, day_first, date_language)):
            byline, dated, categories, placed = site.byline, site.day, site.sections, site.place  # "Palmerston North
            # | Stuff | 7 March 2024": the place stays the text's first line
        elif byline is None and dated is None and bare_name and body is original \
                and (names := _name_over_date(line, rest, day_first, date_language)):
            byline = names  # "Jane Doe" / "14 March 2024": the date line is read next
        elif byline is None and desk_role_line(line):
            pass  # "By Our Correspondent": no one, and no line of the story
        elif byline is None and phrases and phrase_line(line) and (titled or _headline_next(rest)):
            pass  # "By Popular Demand": a column's name over the story, no line of it
        elif byline is not None and (agency := byline_agency(line)) and not byline_agency(byline):
            byline = f"{byline} ({agency})"
        elif byline is not None and few_words(line, ROLE_WORDS) is not None and names_no_person(line) and names_only(line):
            pass  # "Political Reporter"
        elif dated is None and (day_filed := _date_line(line, day_first, date_language)) is not None \
                and not _another_date(rest):  # "Published 3 March 2024 | Updated 5 March 2024": the first
            dated, categories = day_filed[0], categories or day_filed[1]
            placed = line if names_place(line) else None  # "Berlin, 5. Mai 2024": its place stays in the text
        else:
            return BylineLines(byline, dated, f"{placed}\n\n{body}" if placed else body,
                               not_places(categories, body) if categories else (), placed)  # "… in Wellington": a place
        if not rest.strip():
            return BylineLines(None, None, original)  # nothing after them: they are the text, not its byline
        body = rest.lstrip("\n")


def _name_over_date(line: str, rest: str, day_first: DayFirst, date_language: str | None) -> str | None:
    """The byline of a writer's name on a line of its own (``name_line``) straight over a date line that names no
    place and is no list's (another date under it), its story the text under that line; else None."""
    under, _sep, story = rest.partition("\n")
    if (day := _date_line(under.strip(), day_first, date_language)) is None or day[1] \
            or names_place(under.strip()) or _another_date(story):
        return None
    return name_line(line, story)


def _headline_next(rest: str) -> bool:
    """Whether ``rest`` opens with a paragraph of one short line that is no sentence, a headline, over more text."""
    paragraph, _sep, after = rest.strip().partition("\n\n")
    return bool(after.strip()) and "\n" not in paragraph and len(paragraph) <= _HEADLINE_CHARS \
        and not ENDS_SENTENCE.search(paragraph)


def _date_line(line: str, day_first: DayFirst, date_language: str | None) -> tuple[date, Categories] | None:
    """The day of a date line ("Published 3 March 2024 | Updated 5 March 2024": the first) and the categories a post
    line files it under after its day, with no byline ("Posted on March 3, 2024 in Politics"), else None."""
    day = line_date(line, day_first, date_language) or published_beside_update(line, day_first, date_language)
    if day is not None:
        return day, ()
    if (filed := filed_under(line)) is not None and not names_place(filed[0]) \
            and (day := line_date(filed[0], day_first, date_language)) is not None:
        return day, filed[1]
    return None



# Between a byline and its date on one line: a comma, a bar, a middle dot, a slash, or a dash with a space before it.
_BYLINE_DATE_SEPARATOR = re.compile(r"[ \t]*(?:[,|·•/]|[ \t][-–—])[ \t]*")
# A byline after its date, as a blog's post line writes it ("Posted on March 5, 2024 by Jane Doe").
_DATE_BY = re.compile(r"(?<=\S)[ \t]+(?=by[ \t])", re.IGNORECASE)
# The word for "on" between a byline's names and their day ("Posted by Jane Doe on March 3, 2024"): English's is
# dropped, the others' kept for the date line to read in their language ("am 3. März 2024", "le 3 mars 2024").
_NAMES_ON = re.compile(r"[ \t]+(?:on[ \t]+|(?=(?:am|le|el|il|em|op)[ \t]+\d))", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_BY_LOGIN = re.compile(r"By[ \t]+(\S+)", re.IGNORECASE)  # "By admin": a site's login, see personcheck.is_login


def _byline_and_date(line: str, language: str | None, day_first: DayFirst = None,
                     date_language: str | None = None,
                     rest: str = "") -> tuple[str | None, date | None, Categories] | None:
    """A byline and its date on one line, a blog's or a site's post line, else None: "By Nina Note, 1 April 2005",
    "Written by Jane Doe | March 12, 2024", "Posted by Jane Doe on March 3, 2024" (in a story in ``language``, its
    words: "Von Jane Doe am 3. März 2024"), or the date first, "Posted on 5 March 2024 by Tim Cole", "7 March 2024 |
    By Jane Doe"; a name without "By" beside a page's reading time ("Jane Doe | March 3, 2024 | 4 min read") when
    ``rest``, the text under it, writes none of its words in small letters ("Climate Change | … | 5 min read" is a
    topic), or beside an outlet the publishers' table knows ("Jane Doyle | Stuff | 7 March 2024"). An update's day after
    them is no publication day ("By Jane Doe — Updated March 4, 2024", "Von Jane Doe | Aktualisiert am 5. März 2024":
    the byline alone; ``textupdates``), and a site's login no writer ("Posted by admin on March 3, 2024": the day
    alone). The categories after its day come last ("… on March 3, 2024 in Politics": ``_filed_under``); a topic's
    label beside the day, no writer, is one ("Climate Change | RNZ | 5 March 2024": the outlet alone, ``textlabels``).
    The names had been read as a date line's place, the line left in the text."""
    if len(line) > DATE_LINE_CHARS or _DIGIT.search(line) is None:  # no day without a digit: its patterns not tried
        return None
    line, updated = without_update(line, day_first, date_language)
    if (found := _names_and_day(line, language, day_first, date_language, rest)) is not None:
        return found[0] or None, found[1], found[2]  # a login's day: no writer
    if updated and (names := _byline_part(line, language)):
        return names, None, ()
    return None


def _names_and_day(line: str, language: str | None, day_first: DayFirst,
                   date_language: str | None, rest: str) -> tuple[str, date, Categories] | None:
    """The names (``""`` for a login's, see ``_byline_part``), the day and the categories of a post line (see
    ``_byline_and_date``)."""
    def day_of(written: str) -> tuple[date, Categories] | None:
        day = line_date(written, day_first, date_language)
        categories: Categories = ()
        if day is None and (filed := filed_under(written)) is not None:  # "March 3, 2024 in Politics"
            written, categories = filed
            day = line_date(written, day_first, date_language)
        return None if day is None or names_place(written) else (day, categories)

    for separator in _BYLINE_DATE_SEPARATOR.finditer(line):
        before, after = line[:separator.start()], line[separator.end():]
        if (day := day_of(after)) is not None and (names := _names_before_day(
                before, after, language, rest, partial(_bare_credit, before, separator[0], after, day, rest))) \
                is not None:
            return names, *day
        if day is not None and not day[1] and (label := label_line(before, separator[0], rest)) is not None:
            return label.outlet, day[0], (label.label,)  # "Climate Change | RNZ | 5 March 2024": no writer
        if (day := day_of(before)) is not None and (names := _byline_part(after, language)) is not None:
            return names, *day  # the date first: "7 March 2024 | By Jane Doe", "March 7, 2024 — By Jane Doe"
    for on in _NAMES_ON.finditer(line):  # "Posted by Jane Doe on March 3, 2024", "Par Jean le Roux le 3 mars 2024"
        if (day := day_of(line[on.end():])) is not None and (names := _byline_part(line[:on.start()], language)) \
                is not None:
            return names, *day
    for by in _DATE_BY.finditer(line):  # the date first: "Posted on 5 March 2024 by Tim Cole"
        if (day := day_of(line[:by.start()])) is not None \
                and (names := _byline_part(f"By{line[by.end() + 2:]}", language)) is not None:
            return names, *day
    return None


def _byline_part(part: str, language: str | None, bare_above: str | None = None) -> str | None:
    """The names of a post line's byline ("By Jane Doe", "Posted by Jane Doe", "Written by Jane Doe"), ``""`` for a
    site's login ("Posted by admin"), else None; with ``bare_above``, the text under a line naming a page's reading
    time, a person's name without "By" too ("Jane Doe"), unless that text writes one of its words in small letters
    or them within a longer name: then it is a topic or a body ("Climate Change", "Auckland Council": "climate",
    "council", "the Climate Change Commission"; ``topic_of``), or it is a place ("Palmerston North": ``placenames``)."""
    opened = POSTED_BY.sub("By ", part)
    if names := byline_names(opened, language):
        return names
    if (login := _BY_LOGIN.fullmatch(opened)) and is_login(login.group(1)):
        return ""
    if bare_above is None or not is_person(part) or is_place(part) or topic_of(part, bare_above):
        return None
    return byline_names(f"By {part}", language)


def _names_before_day(before: str, after: str, language: str | None, rest: str,
                      bare: Callable[[], str | None]) -> str | None:
    """The names of a post line's part before its day (``_byline_part``; a name beside a reading time, or beside an
    outlet: ``_name_at_outlet``; else ``bare()``, a credit without "By": ``_bare_credit``, asked only then), ``""``
    for a login's, else None."""
    names = _byline_part(before, language, rest if names_reading_time(after) else None)
    names = _name_at_outlet(before, rest) if names is None else names
    return bare() if names is None else names


def _bare_credit(before: str, separator: str, after: str, day: tuple[date, Categories], rest: str) -> str | None:
    """The byline of a credit line without "By" before a whole date ``after``, no categories after it ("Jane Doe - 14
    March 2024", "RNZ | 5 March 2024": ``textbarecredits``), else None."""
    return None if day[1] else bare_credit(before, separator, after, rest)


def _name_at_outlet(part: str, rest: str) -> str | None:
    """The names of a name and an outlet the publishers' table knows, without "By" ("Jane Doyle | Stuff": "Jane Doyle,
    Stuff"), when the text under it writes no word of the name in small letters ("Harbour Bridge | Stuff" over "the
    harbour bridge" is a topic; "Palmerston North | Stuff" a place, ``placenames``); else None."""
    name, bar, outlet = part.partition("|")
    if not bar or not is_publisher(outlet.strip()) or not is_person(name.strip()) or is_place(name) \
            or topic_of(name, rest):
        return None
    return byline_names(f"By {name.strip()} | {outlet.strip()}", None)


def _another_date(rest: str) -> bool:
    """Whether the next line written in ``rest`` is a date too: dates one under another are a list (a schedule's),
    none of them the story's."""
    following = next((line for line in rest.split("\n") if line.strip()), "")
    return line_date(following) is not None
