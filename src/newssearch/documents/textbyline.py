"""A byline and a date on lines of their own above a plain-text article's text ("By Rachel Thomas", "12 March
2024"), and a wire agency a byline names; a date line itself is read by ``textdatelines``.

Narrow on purpose, as the key lines of ``textheader`` are: a headline that opens with "By" ("By The Numbers: …")
or holds a date ("Remembering 11 September 2001") stays the story's.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from ..datelines import NAME_LIKE_AGENCIES, WIRE_AGENCIES
from .bylinelanguages import (
    ALL_AND_WORDS,
    ANY_AND_PATTERN,
    ANY_BYLINE_WORDS,
    TEXT_BYLINE_WORDS,
    names_joined_in_english,
    opens_with_time,
    starts_name,
)
from .namecase import name_case
from .personcheck import is_login, is_person, names_no_person
from .personnames import NEWSROOM_ROLES
from .publishers import is_publisher
from .textcategories import Categories, filed_under
from .textdatelines import DATE_LINE_CHARS, DayFirst, line_date, names_place, names_reading_time
from .textupdates import published_beside_update, without_update

# "By" (and Māori's "Nā") opens a byline in any language; the words of TEXT_BYLINE_WORDS only in the language whose word for it they are:
# "Von Thomas Müller" in a German story ("Von Miller Signs" heads an English one).
_BYLINE = re.compile(rf"^[ \t]*({'|'.join((*ANY_BYLINE_WORDS, *TEXT_BYLINE_WORDS))}):?[ \t]+([^\W\d_].{{1,100}}?)[ \t]*$")
_BYLINE_WORDS = 10
# A bar between a byline's names and its outlet, read as a comma; matched from a run's first space only (from each
# space of a line of 300,000, the search had taken n² steps).
_BAR = re.compile(r"(?<![ \t])[ \t]+\|[ \t]+")
# Lower-case words a byline may hold between names: "By Jane Doe and John Roe of The Associated Press".
# Those of ANY_AND_WORDS ("rāua ko") are read as "and" first, so that their words ("with") are no joiners alone.
_BYLINE_JOINERS = frozenset({"and", "of", "the", "for", "in", "at", "&", "de", "da", "van", "von", "der", "le", "la",
                             "del", "dos", "du", *ALL_AND_WORDS})
_ANY_AND = re.compile(ANY_AND_PATTERN)
# A byline's first word is a name: "By The Numbers", "By This Time" are headlines.
_NOT_A_NAME = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Our", "Your", "My", "Its", "Their"})
_AGENCY_NAMES = "|".join(re.escape(name) for name in sorted(
    {*WIRE_AGENCIES, *(v.lower() for v in WIRE_AGENCIES.values())}, key=len, reverse=True))
# The agency a wire byline ends with ("By DEREK GATOPOULOS Associated Press", "By Jane Doe, Reuters"), or is.
_AGENCY_END = re.compile(rf"(?P<mark>\s*,|\s+of)?(?:^|\s+)(?:the\s+)?(?P<agency>{_AGENCY_NAMES})\s*$", re.IGNORECASE)
_AGENCY_ONLY = re.compile(rf"^(?:the\s+)?({_AGENCY_NAMES})$", re.IGNORECASE)
# Its spaces are matched from the first of them only: from each of a long run of them in turn, search took n² steps.
_AGENCY_AFTER = re.compile(rf"(?<!\s)\s*\(({_AGENCY_NAMES})\)$", re.IGNORECASE)
_ROLE_WORDS = 4  # "Senior Political Reporter"
# A role after the names and a comma, in any letter case: "By Jane Doe, political editor", "…, transport and
# infrastructure reporter" (the names are read without it; split_authors leaves the role out).
_COMMA_ROLE = re.compile(rf",[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){{0,{_ROLE_WORDS}}}(?i:{'|'.join(NEWSROOM_ROLES)})s?\.?$")


class BylineLines(NamedTuple):
    """What ``split_byline_lines`` reads off a text's top: its byline, its date, the text after them, and the
    categories a post line files it under ("Posted by Jane Doe on March 3, 2024 in Politics": Politics)."""

    byline: str | None
    dated: date | None
    body: str
    categories: tuple[str, ...] = ()


def split_byline_lines(body: str, language: str | None = None, day_first: DayFirst = None,
                       date_language: str | None = None) -> BylineLines:
    """A byline and a date on lines of their own opening ``body``, in either order, in one paragraph or two,
    and the body after them: ``By Rachel Thomas`` / ``12 March 2024``. A byline that is
    only an agency ("By The Associated Press") is returned as the agency's name; an agency or a role on the
    line under the byline ("Reuters", "Political Reporter") is part of it. In a story in ``language``, that
    language's word opens a byline too ("Von Thomas Müller und Anna Weber": Thomas Müller and Anna Weber); a byline
    and its date may share a line, a post line ("Posted by Jane Doe on March 3, 2024": ``_byline_and_date``), its
    categories after its day ("… in Politics"). A date
    line over another date line is no date line: they are a list. A date line naming a place ("Berlin, 5. Mai 2024")
    stays the text's first line, as it was before its date was read; one with its update's day after it is read for
    its first ("Published 3 March 2024 | Updated 5 March 2024": 3 March, ``textupdates``). ``day_first`` tells the
    story's order of a slashed date whose line has no label to tell it, ``date_language`` the language the story
    names, whose month names it reads (see ``line_date``)."""
    byline = dated = placed = None
    categories: tuple[str, ...] = ()
    original = body
    while True:
        first, _sep, rest = body.partition("\n")
        line = first.strip()
        if byline is None and (names := _byline(line, language)):
            byline = names
        elif byline is None and dated is None and (both := _byline_and_date(line, language, day_first, date_language, rest)):
            byline, dated, categories = both
        elif byline is not None and (agency := byline_agency(line)) and not byline_agency(byline):
            byline = f"{byline} ({agency})"
        elif byline is not None and len(line.split()) <= _ROLE_WORDS and names_no_person(line) and _names_only(line):
            pass  # "Political Reporter"
        elif dated is None and (day_filed := _date_line(line, day_first, date_language)) is not None \
                and not _another_date(rest):  # "Published 3 March 2024 | Updated 5 March 2024": the first
            dated, categories = day_filed[0], categories or day_filed[1]
            placed = line if names_place(line) else None  # "Berlin, 5. Mai 2024": its place stays in the text
        else:
            return BylineLines(byline, dated, f"{placed}\n\n{body}" if placed else body, categories)
        if not rest.strip():
            return BylineLines(None, None, original)  # nothing after them: they are the text, not its byline
        body = rest.lstrip("\n")


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


def byline_names(line: str, language: str | None = None) -> str | None:
    """The names a byline line gives ("By Rachel Thomas": Rachel Thomas), else None; see ``_byline``."""
    return _byline(line, language)


def _byline(line: str, language: str | None) -> str | None:
    """The names of a byline line ("By Rachel Thomas", "Written by Rachel Thomas"; in a story in ``language``, its
    word: "Von Thomas Müller"), with the agency it ends with in brackets ("Jane Doe (Reuters)"), else None."""
    if language == "ko" and (korean := _KOREAN_BYLINE.fullmatch(line)):
        return korean.group(1)  # "김철수 기자"
    line = _in_name_case(line)  # "BY JANE DOE, REUTERS": By Jane Doe, Reuters
    match = _BYLINE.match(_BAR.sub(", ", _POSTED_BY.sub("By ", line)))  # "Written by Jane Doe | RNZ": By Jane Doe, RNZ
    if match is None or not (match.group(1) in ANY_BYLINE_WORDS or language in TEXT_BYLINE_WORDS[match.group(1)]):
        return None
    if _HAN_NAMES.fullmatch(match.group(2)):
        return " and ".join(match.group(2).split())  # "记者 张三 李四": 张三 and 李四
    return _without_agency(names_joined_in_english(match.group(2), language)) if _names_only(match.group(2)) else None


def _in_name_case(line: str) -> str:
    """A byline in capitals ("BY JANE DOE AND JOHN ROE") as its mixed-case form, "By Jane Doe and John Roe" (``name_case``;
    the first name word capitalised, so that "BY THE WAY" is no name, "The Way"), its agency after it in mixed case
    too ("BY DEREK GATOPOULOS Associated Press"); any other line as it is."""
    opener, space, names = line.partition(" ")
    if not space or opener.rstrip(":").title() not in ANY_BYLINE_WORDS:
        return line
    agency = ""
    if not line.isupper():
        agency_at = _AGENCY_END.search(names)
        names, agency = (names[:agency_at.start()], agency_at.group()) if agency_at else (names, "")
        if not agency or not names.isupper():
            return line
    words = name_case(names.strip()).split(" ")
    return " ".join([opener.title(), words[0], *(word.lower() if word.lower() in _BYLINE_JOINERS else word
                                                 for word in words[1:])]) + agency


# Chinese and Japanese names after their "reporter" (记者, 記者): two to four Han letters each, unspaced, a space
# between two names ("记者 张三 李四"), as those papers write them; a name so written has no capitals to tell it by.
# A Korean name (two to four Hangul syllables) before "reporter" (기자), maybe an e-mail address after it, as Korean
# papers write a byline: "김철수 기자", "김철수 기자 kim@yna.co.kr".
_KOREAN_BYLINE = re.compile(r"([\uac00-\ud7a3]{2,4})\s*기자(?:\s*=)?(?:\s+\S+@\S+)?\s*")
_HAN_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,4}){0,3}")


# Between a byline and its date on one line: a comma, a bar, a middle dot, a slash, or a dash with a space before it.
_BYLINE_DATE_SEPARATOR = re.compile(r"[ \t]*(?:[,|·•/]|[ \t][-–—])[ \t]*")
# A byline after its date, as a blog's post line writes it ("Posted on March 5, 2024 by Jane Doe").
_DATE_BY = re.compile(r"(?<=\S)[ \t]+(?=by[ \t])", re.IGNORECASE)
# The word for "on" between a byline's names and their day ("Posted by Jane Doe on March 3, 2024"): English's is
# dropped, the others' kept for the date line to read in their language ("am 3. März 2024", "le 3 mars 2024").
_NAMES_ON = re.compile(r"[ \t]+(?:on[ \t]+|(?=(?:am|le|el|il|em|op)[ \t]+\d))", re.IGNORECASE)
# A blog's words before a byline's names, read as its "By": "Posted by Jane Doe", "Written by Jane Doe", in capitals too.
_POSTED_BY = re.compile(r"^(?:P(?i:osted)|W(?i:ritten))[ \t]+(?i:by)[ \t]+")
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
    alone). The categories after its day come last ("… on March 3, 2024 in Politics": ``_filed_under``). The names had
    been read as a date line's place, the line left in the text."""
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
        if (day := day_of(after)) is not None and (names := _names_before_day(before, after, language, rest)) \
                is not None:
            return names, *day
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
    time, a person's name without "By" too ("Jane Doe"), unless that text writes one of its words in small letters:
    then it is a topic or a body ("Climate Change", "Auckland Council": "climate", "council")."""
    opened = _POSTED_BY.sub("By ", part)
    if names := _byline(opened, language):
        return names
    if (login := _BY_LOGIN.fullmatch(opened)) and is_login(login.group(1)):
        return ""
    if bare_above is None or not is_person(part) or _written_small(part, bare_above):
        return None
    return _byline(f"By {part}", language)


def _names_before_day(before: str, after: str, language: str | None, rest: str) -> str | None:
    """The names of a post line's part before its day (``_byline_part``; a name beside a reading time, or beside an
    outlet: ``_name_at_outlet``), ``""`` for a login's, else None."""
    names = _byline_part(before, language, rest if names_reading_time(after) else None)
    return _name_at_outlet(before, rest) if names is None else names


def _name_at_outlet(part: str, rest: str) -> str | None:
    """The names of a name and an outlet the publishers' table knows, without "By" ("Jane Doyle | Stuff": "Jane Doyle,
    Stuff"), when the text under it writes no word of the name in small letters ("Harbour Bridge | Stuff" over "the
    harbour bridge" is a topic); else None."""
    name, bar, outlet = part.partition("|")
    if not bar or not is_publisher(outlet.strip()) or not is_person(name.strip()) or _written_small(name, rest):
        return None
    return _byline(f"By {name.strip()} | {outlet.strip()}", None)


def _written_small(name: str, text: str) -> bool:
    """Whether ``text`` writes a word of ``name`` in small letters, as a word of its own."""
    return any(re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) for word in name.split())


def _another_date(rest: str) -> bool:
    """Whether the next line written in ``rest`` is a date too: dates one under another are a list (a schedule's),
    none of them the story's."""
    following = next((line for line in rest.split("\n") if line.strip()), "")
    return line_date(following) is not None


def byline_agency(byline: str | None) -> str | None:
    """The agency a byline names alone ("The Associated Press": Associated Press) or in brackets after its names
    ("Jane Doe (Reuters)", from an agency on the line under the byline), else None."""
    match = (_AGENCY_ONLY.match(byline.strip()) or _AGENCY_AFTER.search(byline)) if byline else None
    return WIRE_AGENCIES.get(match.group(1).lower(), match.group(1)) if match else None


def _without_agency(byline: str) -> str:
    """The names of a byline with the agency it ends with in brackets after them, where ``byline_agency`` finds it
    ("Thomas Müller, dpa": "Thomas Müller (dpa)"); the agency itself when it names no one else."""
    if byline_agency(byline):
        return byline
    names, agency = _agency_end(byline)
    return f"{names} ({agency})" if names and agency else byline


def _agency_end(byline: str) -> tuple[str, str | None]:
    """The names of a byline and the agency it ends with (", Reuters", " of The Associated Press"), else None."""
    match = _AGENCY_END.search(byline)
    if match is None or (not (match.group("mark") or "").strip() and match.group("agency").casefold() in NAME_LIKE_AGENCIES):
        return byline, None  # "By Anne Ritzau": a surname
    agency = re.sub(r"^(?:,|\s)*(?:of\s+)?(?:the\s+)?", "", match.group(), flags=re.IGNORECASE).strip()
    return byline[: match.start()].strip(), agency


def _names_only(byline: str) -> bool:
    """True when ``byline`` reads as names: two to ten words, each capitalised or a joiner, the first a name, no
    digits or a sentence's marks ("By Tuesday the council had voted", "By The Numbers: Super Bowl LVIII" are not), not
    opening with a time ("By Christmas Eve", "By Monday Morning": see ``opens_with_time``); a role after a comma aside
    ("Jane Doe, political editor")."""
    if opens_with_time(byline):
        return False
    if byline_agency(byline):
        return True
    byline = _COMMA_ROLE.sub("", byline)
    if re.search(r"[\d:?!;]", byline):
        return False
    byline = _ANY_AND.sub("and", byline)  # "Hemi Smith rāua ko Aroha Walker"
    return any(_name_words(names.rstrip(".").split()) for names in {byline, _agency_end(byline)[0]})  # "…, dpa"


def _name_words(words: list[str]) -> bool:
    """True for two to ten words, each capitalised or a joiner, the first a name."""
    return (2 <= len(words) <= _BYLINE_WORDS and words[0] not in _NOT_A_NAME
            and all(starts_name(word) or word in _BYLINE_JOINERS for word in words))
