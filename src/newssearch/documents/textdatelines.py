"""A date alone on its line above a plain-text article's text ("12 March 2024", "Published: 05.03.2024", "Tuesday,
12 March 2024, 5:03 pm", "Berlin, 5. Mai 2024"), in the languages the page's date lines know; the bylines beside
them are ``textbyline``'s.

Narrow on purpose: a headline that holds a date ("Remembering 11 September 2001") or an update's line ("Last updated
14 June 2024") is no date line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from .calendars import without_hijri_date
from .dates import parse_date, written_date
from .dayfirst import writes_day_first
from .daytimes import timed
from .htmldatelines import (
    CJK_WEEKDAY,
    LABEL_LANGUAGES,
    LABEL_ON,
    OTHER_WEEKDAYS,
    READING_TIME,
    TEXT_PUBLISHING_WORDS,
    TIME_AT_WORDS,
    WEEKDAYS_AFTER_DATE,
)
from .weekdays import LINE_WEEKDAYS

# A date alone on its line, maybe its weekday, a time and "Published": "Tuesday, 12 March 2024, 5:03 pm", "5:00 AM
# Wednesday Feb 15, 2023", the weekday short too ("Sat 1 Jun 2024 10.00 BST", as the Guardian writes it; "Tue.");
# or with the word other languages write before a day ("le 5 mai 2020", "am 5. Mai 2020", "el 5 de mayo de 2020",
# "il 5 maggio"); or with the weekday after it, as LexisNexis writes it ("June 22, 2020 Monday").
# Its weekday in Western Europe's languages too ("dimanche 3 mars 2024", "So 03.03.2024", "domingo, 3 de marzo de
# 2024"), kept for a numeric date, whose reading it may tell ("Tue, 05/03/2024": 5 March).
_WEEKDAY = rf"(?:(?:{LINE_WEEKDAYS})(?!\w)\.?)"
# Its publishing label in any language the page's date lines know ("Veröffentlicht: 05.03.2024", "Publié le 5 mars
# 2024", "Gepubliceerd: 5 maart 2024"), and Persian's "date of publishing" ("تاریخ انتشار: ۱۴۰۳/۰۱/۲۱").
_PUBLISHING = "|".join(sorted(TEXT_PUBLISHING_WORDS, key=len, reverse=True) + ["تاریخ انتشار"])
# The words before the label of a story's first day: "First published", "Originally posted", "This article was first
# published"; a line so opening is read as its label's ("First published on 3 March 2024" as "published on …"), an
# outlet after it too ("Originally published in The Conversation on 3 March 2024" as "published on …"), a name with
# no digit or comma, never after "by" ("Posted by Jane Doe on March 3, 2024" is a byline's line).
FIRST_PUBLISHED = re.compile(r"^(?:this\s+(?:article|story|piece|post)\s+(?:was|is)\s+)?(?:first|originally)\s+"
                             r"(?:(?P<label>published|posted)\s+(?:in|on|at)\s+(?-i:[A-Z])[^\n,;:\d]{0,79}?\s+(?=on\s)"
                             r"|(?=(?:published|posted)\b))", re.IGNORECASE)


def without_first_published(line: str) -> str:
    """``line`` read from its label: without "First"/"Originally" before it, or an outlet after it (see above)."""
    return FIRST_PUBLISHED.sub(lambda match: f"{match.group('label')} " if match.group("label") else "", line)


# An ISO 8601 date and time, as a CMS or an API prints it: "2024-03-06T14:05:00+13:00", "2024-03-06T14:05:00.000Z", a
# space or an hour alone in its offset ("2024-03-06T14:05:00 +13:00", "…+13"), or compact ("20240306T140500Z"); its
# time a clock's, lest a number be read as a day.
_ISO_OFFSET = r"(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)"
_ISO_STAMP = re.compile(rf"\d{{4}}-\d{{2}}-\d{{2}}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{{1,9}})?)?(?:\s?{_ISO_OFFSET})?"
                        rf"|\d{{8}}T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?{_ISO_OFFSET}?")
_DATE_LABEL = re.compile(rf"^(?:(?P<label>{_PUBLISHING})(?:\s+(?P<on>{LABEL_ON}))?\s*(?::\s*)?)?"
                         r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,5}))?,?\s+)?"  # "10:22 AM EST, "
                         rf"(?:(?P<weekday>{_WEEKDAY})(?:,\s*|\s+)(?:the\s+)?)?(?:(?P<before>le|am|el|il|em|op)\s+(?=\d))?",
                         re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(rf",?\s+(?:{_WEEKDAY}|{'|'.join(WEEKDAYS_AFTER_DATE)})$", re.IGNORECASE)  # "…, kedd" too
# Other languages' weekdays before a date, as their papers write them ("вторник, 5 марта 2024 г.", "Τρίτη 5 Μαρτίου
# 2024", "الثلاثاء ٥ مارس ٢٠٢٤", "יום שלישי, 5 במרץ 2024", "मंगलवार, 5 मार्च 2024", Thai's "วันที่" ("the day") or a
# weekday), and the weekday after a Chinese, Japanese or Korean one ("2024年3月5日（火）", "星期二", "화요일").
_OTHER_WEEKDAY_BEFORE = re.compile(
    rf"^(?:{'|'.join(OTHER_WEEKDAYS)}|יום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|שבת)(?:\s*[,،]\s*|\s+)(?=\d|[٠-٩۰-۹])",
    re.IGNORECASE)
_CJK_WEEKDAY_AFTER = re.compile(rf"\s*{CJK_WEEKDAY}$")
# A time after its date, after a comma, a dash or a bar ("۱۴۰۳/۰۱/۲۱ - ۱۰:۳۰", "5 March 2024 | 10:30"), or after a
# language's word for "at" (htmldatelines.TIME_AT_WORDS: "à 10h30", "um 10:30 Uhr", "a las", "om", "в", "o godz.",
# "kl. 10.30"); never a date's own last numbers ("H31.4.30", "12.03.24": after a digit, or a digit and a dot or
# slash, "3.24" of "12.03.24" too).
_TIME = re.compile(rf"(?:,|\s*[-–—|•·@])?\s*(?:(?<!\w){TIME_AT_WORDS}\s+)?(?<!\d)(?<!\d[./])\d{{1,2}}[:.h]\d{{2}}"
                   r"(?::\d{2})?\s*(?:[ap]\.?m\.?|h\b|uhr\b|-kor\b|órakor\b)?"  # "10:22 h", "0:00 Uhr MESZ"; "10:30-kor"
                   r"(?:\s+[A-Z]{2,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\s*[+-]\d{2}(?::?\d{2})?)?"  # "GMT+1", "+1300", "+13"
                   r"(?:\s*\((?-i:[A-Z]{2,5}|(?:[A-Z][a-z]+ ){1,4}Time)\))?\s*$"  # its zone named in brackets: "(NZDT)"
                   r"|(?:,|\s*[-–—|])?\s+(?:at\s+)?(?:12\s+)?(?:noon|midday|midnight)\s*$"  # "March 3, 2024, 12 noon"
                   r"|\s*(?:(?:午前|午後|上午|下午|오전|오후)\s*)?\d{1,2}\s*[時时시]\s*(?:\d{1,2}\s*[分분])?\s*$"  # 18時30分
                   r"|(?:,|\s*[-–—|])?\s+\d{1,2}\s+órakor\s*$"  # Hungarian's "10 órakor": at ten o'clock
                   rf"|(?:,|\s*[-–—|•·@])?\s*(?:(?<!\w){TIME_AT_WORDS}\s+)?(?<![\d.,:])(?:[01]?\d|2[0-3])"  # an hour alone:
                   r"(?:\s?[ap]\.?\s?m\b\.?|\s?uhr\b|\s?h)(?:\s+[A-Z]{2,5})?\s*$",  # "um 14 Uhr", "at 2 p.m.", "à 11h"
                   re.IGNORECASE)
# What every match of ``_TIME`` holds (its clock's "10:22", "10.30", "10h30", its "noon", its 時, its "órakor", an hour's
# "2 p.m.", "14 Uhr", "11h"), found
# first: a line with none is searched for a time no further (each of ``_TIME``'s places tried had been 60 µs a line).
_TIME_HINT = re.compile(r"\d[:.h]\d\d|noon|midday|midnight|[時时시]|órakor|\d\s?(?:[ap]\.?\s?m|uhr|h)\b", re.IGNORECASE)


def _without_time(line: str) -> str:
    """``line`` without the time closing it (``_TIME``)."""
    return _TIME.sub("", line) if _TIME_HINT.search(line) else line


# What every reading time holds (``READING_TIME``: "· 4 min read"), found first: a line without is not searched for one.
_READ = re.compile("read", re.IGNORECASE)


def _without_other_scripts(line: str) -> str:
    """``line`` without a Lunar Hijri date printed before its date, another language's weekday opening it ("вторник,
    5 марта 2024 г.", Czech's "sobota 2. března 2024") and a Chinese, Japanese or Korean weekday closing it. A line all
    in ASCII holds no Hijri date nor CJK weekday, and is not searched for them (13 µs a Reuters line)."""
    if not line.isascii():
        line = without_hijri_date(line)
    if found := _OTHER_WEEKDAY_BEFORE.match(line):  # at the line's start only: the pattern opens with ^
        line = line[found.end():]
    return line if line.isascii() else _CJK_WEEKDAY_AFTER.sub("", line)


def _without_weekday_after(line: str) -> str:
    """``line`` without the weekday closing it (``_WEEKDAY_AFTER``), looked for from the white space before its last
    word on (a comma just before it too): no weekday holds white space, so none starts further back, and its many
    names are not tried at each gap of the line (25 µs a line)."""
    words = line.rsplit(None, 1)
    if len(words) < 2 or line[-1:].isspace():
        return _WEEKDAY_AFTER.sub("", line)
    match = _WEEKDAY_AFTER.search(line, max(len(words[0]) - 1, 0))
    return line if match is None else line[:match.start()] + line[match.end():]


# The word for "year" Russian, Ukrainian and Bulgarian write after a date's year: "5 марта 2024 г.", "года", "року";
# the full stop Croatian, Serbian and Hungarian close a date with ("5. ožujka 2024.", "2024.03.05.").
_YEAR_WORD = re.compile(r"(?<=\d)(?:\s+(?:г\.?|года|р\.|року)|\.)$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # a line without one is no date: its patterns, searched from each place, not tried
# How a story writes a slashed date, asked when a date line's own label does not tell (its language told once).
DayFirst = Callable[[], bool] | None
_NUMBERS_SHAPE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")  # 12.03.24 too, which the parser reads only alone


DATE_LINE_CHARS = 200  # "Published on Wednesday, 17 September 2025, 10:32 a.m. GMT+1" and a place before it fit


def names_reading_time(line: str) -> bool:
    """Whether a date line names a page's reading time beside its date ("5 March 2024 · 4 min read")."""
    return READING_TIME.search(line) is not None


def line_date(line: str, day_first: DayFirst = None, language: str | None = None) -> date | None:
    """The date of a line that is a date and nothing more (a weekday, a time, "Published" or "First published", a place
    before it aside), else None: not a headline with a date in it ("Remembering 11 September 2001"), nor an update
    ("Last updated 14 June 2024"). A slashed date is read in the order its label's language writes ("Publicado: 05/03/2024" is 5 March),
    else, with no label of a language, in the story's: ``day_first()``, asked only then (a German story's
    "05/03/2024" is 5 March); without it, month first. Its month names are read as the story's ``language`` reads
    them (Croatian's "5. listopada 2024." is 5 October).

    A line longer than ``DATE_LINE_CHARS`` is none: the patterns search it from each place, and a line of 300,000
    spaces had kept the text reader busy for ever."""
    line = line.strip()
    if len(line) > DATE_LINE_CHARS or _DIGIT.search(line) is None:  # every date form read holds a digit
        return None
    line = without_first_published(READING_TIME.sub("", line) if _READ.search(line) else line)
    line = _without_place(_without_other_scripts(line))
    label = _DATE_LABEL.match(line)
    if (stamp := _ISO_STAMP.fullmatch(line[label.end():] if label else line)) and (day := parse_date(stamp[0])):
        return day  # "2024-03-06T14:05:00+13:00": the day as written, in its own zone
    rest = _without_weekday_after(_without_time(line[label.end():] if label else line)).strip(" ,")
    rest = _YEAR_WORD.sub("", rest)
    if not (written_date().fullmatch(rest) or _NUMBERS_SHAPE.fullmatch(rest)):
        return None
    labelled = _label_language(label) if label else None
    if label and label.group("weekday"):  # the parser reads a weekday before a numeric date as its evidence
        rest = f"{label.group('weekday')} {rest}"
    if labelled is not None:
        day = parse_date(rest, writes_day_first((labelled, "")), language)
    else:
        day = parse_date(rest, day_first is not None and _NUMBERS_SHAPE.fullmatch(rest) is not None and day_first(),
                         language)
    return timed(day, line)  # with its time, set aside to read the day: "June 19, 2020 Friday 5:02 AM GMT"


def _label_language(label: re.Match[str]) -> str | None:
    """The language of a date line's label ("Publicado:", "Publié le", "le"): of the first of its words that has one;
    None for a line with none."""
    return next((LABEL_LANGUAGES[word.lower()] for word in label.group("label", "on", "before") if word), None)


# A place and a comma before a date, as a dateline or a press release writes it in any language: "Berlin, 5. Mai
# 2024", "Paris, le 5 mai 2024", "Ankara, 1 Nisan 2024", "القاهرة، 3 مارس 2024" (Arabic's comma), "LONDON, 12 March 2024";
# a name of up to four words, not in lower case (a headline's "by, 12 March" is no place).
# A word's vowel signs and viramas are marks, which \w does not match: "नई दिल्ली", "ग्वालियर".
_MARKS = "".join(chr(code) for code in range(0x0300, 0x2100) if unicodedata.category(chr(code)) in ("Mn", "Mc"))
_PLACE_WORD = rf"[^\W\d_][\w{_MARKS}'’.-]*"
_PLACE = re.compile(rf"^({_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}})[ \t]*[,،][ \t]*")


def _without_place(line: str) -> str:
    """``line`` without the place (or weekday) before its date (``_PLACE``)."""
    match = _PLACE.match(line)
    if match is None or match.group(1)[0].islower() or _weekday_ends(match.group(1).split()):
        return line  # a weekday stays, read with its date ("Tue, 05/03/2024": 5 March; "Posted on Sunday, March 3")
    return line[match.end():]


def _weekday_ends(words: list[str]) -> bool:
    """Whether a date line's words before its comma are a weekday, alone or after a label's lower-case word ("Posted
    on Sunday"): Santo Domingo, whose last word is Spanish's Sunday, is a place."""
    return re.fullmatch(_WEEKDAY, words[-1], re.IGNORECASE) is not None and (len(words) == 1 or words[-2].islower())


def names_place(line: str) -> bool:
    """Whether a date line names a place before its date (not a weekday: "Tuesday, 12 March 2024")."""
    return _PLACE.match(line) is not None and _without_place(line) != line
