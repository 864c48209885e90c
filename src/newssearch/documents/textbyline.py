"""A byline and a date on lines of their own above a plain-text article's text ("By Rachel Thomas", "12 March
2024"), and a wire agency a byline names.

Narrow on purpose, as the key lines of ``textheader`` are: a headline that opens with "By" ("By The Numbers: …")
or holds a date ("Remembering 11 September 2001") stays the story's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from ..datelines import WIRE_AGENCIES
from .bylinelanguages import (
    ALL_AND_WORDS,
    ANY_AND_PATTERN,
    ANY_BYLINE_WORDS,
    TEXT_BYLINE_WORDS,
    names_joined_in_english,
    opens_with_time,
    starts_name,
)
from .calendars import without_hijri_date
from .dates import parse_date, written_date
from .dayfirst import writes_day_first
from .htmldatelines import (
    CJK_WEEKDAY,
    LABEL_LANGUAGES,
    LABEL_ON,
    OTHER_WEEKDAYS,
    PUBLISHING_WORDS,
    TIME_AT_WORDS,
    WEEKDAYS_AFTER_DATE,
)
from .personcheck import names_no_person

# "By" (and Māori's "Nā") opens a byline in any language; the words of TEXT_BYLINE_WORDS only in the language whose word for it they are:
# "Von Thomas Müller" in a German story ("Von Miller Signs" heads an English one).
_BYLINE = re.compile(rf"^[ \t]*({'|'.join((*ANY_BYLINE_WORDS, *TEXT_BYLINE_WORDS))}):?[ \t]+([^\W\d_].{{1,100}}?)[ \t]*$")
_BYLINE_WORDS = 10
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
_AGENCY_END = re.compile(rf"(?:\s*,|\s+of)?(?:^|\s+)(?:the\s+)?(?:{_AGENCY_NAMES})\s*$", re.IGNORECASE)
_AGENCY_ONLY = re.compile(rf"^(?:the\s+)?({_AGENCY_NAMES})$", re.IGNORECASE)
# Its spaces are matched from the first of them only: from each of a long run of them in turn, search took n² steps.
_AGENCY_AFTER = re.compile(rf"(?<!\s)\s*\(({_AGENCY_NAMES})\)$", re.IGNORECASE)
_ROLE_WORDS = 4  # "Senior Political Reporter"
# A date alone on its line, maybe its weekday, a time and "Published": "Tuesday, 12 March 2024, 5:03 pm", "5:00 AM
# Wednesday Feb 15, 2023", the weekday short too ("Sat 1 Jun 2024 10.00 BST", as the Guardian writes it; "Tue.");
# or with the word other languages write before a day ("le 5 mai 2020", "am 5. Mai 2020", "el 5 de mayo de 2020",
# "il 5 maggio"); or with the weekday after it, as LexisNexis writes it ("June 22, 2020 Monday").
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?)"
# Its publishing label in any language the page's date lines know ("Veröffentlicht: 05.03.2024", "Publié le 5 mars
# 2024", "Gepubliceerd: 5 maart 2024"), and Persian's "date of publishing" ("تاریخ انتشار: ۱۴۰۳/۰۱/۲۱").
_PUBLISHING = "|".join(sorted(PUBLISHING_WORDS, key=len, reverse=True) + ["تاریخ انتشار"])
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
_DATE_LABEL = re.compile(rf"^(?:(?P<label>{_PUBLISHING})(?:\s+(?P<on>{LABEL_ON}))?\s*(?::\s*)?)?"
                         r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s+)?"
                         rf"(?:{_WEEKDAY},?\s+)?(?:(?P<before>le|am|el|il|em|op)\s+(?=\d))?", re.IGNORECASE)
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
_TIME = re.compile(rf"(?:,|\s*[-–—|])?\s*(?:(?<!\w){TIME_AT_WORDS}\s+)?(?<!\d)(?<!\d[./])\d{{1,2}}[:.h]\d{{2}}"
                   r"(?::\d{2})?\s*(?:[ap]\.?m\.?|-kor\b|órakor\b)?"  # Hungarian's case ending or word: "10:30-kor"
                   r"(?:\s+[A-Z]{2,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?\s*$"  # "5:02 AM GMT+1" too
                   r"|\s*(?:(?:午前|午後|上午|下午|오전|오후)\s*)?\d{1,2}\s*[時时시]\s*(?:\d{1,2}\s*[分분])?\s*$"  # 18時30分
                   r"|(?:,|\s*[-–—|])?\s+\d{1,2}\s+órakor\s*$",  # Hungarian's "10 órakor": at ten o'clock
                   re.IGNORECASE)
# The word for "year" Russian, Ukrainian and Bulgarian write after a date's year: "5 марта 2024 г.", "года", "року";
# the full stop Croatian, Serbian and Hungarian close a date with ("5. ožujka 2024.", "2024.03.05.").
_YEAR_WORD = re.compile(r"(?<=\d)(?:\s+(?:г\.?|года|р\.|року)|\.)$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # a line without one is no date: its patterns, searched from each place, not tried
# How a story writes a slashed date, asked when a date line's own label does not tell (its language told once).
DayFirst = Callable[[], bool] | None
_NUMBERS_SHAPE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")  # 12.03.24 too, which the parser reads only alone


def split_byline_lines(body: str, language: str | None = None, day_first: DayFirst = None,
                       date_language: str | None = None) -> tuple[str | None, date | None, str]:
    """A byline and a date on lines of their own opening ``body``, in either order, in one paragraph or two,
    and the body after them: ``By Rachel Thomas`` / ``12 March 2024``. A byline that is
    only an agency ("By The Associated Press") is returned as the agency's name; an agency or a role on the
    line under the byline ("Reuters", "Political Reporter") is part of it. In a story in ``language``, that
    language's word opens a byline too ("Von Thomas Müller und Anna Weber": Thomas Müller and Anna Weber). A date
    line over another date line is no date line: they are a list. A date line naming a place ("Berlin, 5. Mai 2024")
    stays the text's first line, as it was before its date was read. ``day_first`` tells the story's order of a
    slashed date whose line has no label to tell it, ``date_language`` the language the story names, whose month
    names it reads (see ``line_date``)."""
    byline = dated = placed = None
    original = body
    while True:
        first, _sep, rest = body.partition("\n")
        line = first.strip()
        if byline is None and (names := _byline(line, language)):
            byline = names
        elif byline is None and dated is None and (both := _byline_and_date(line, language, day_first, date_language)):
            byline, dated = both
        elif byline is not None and (agency := byline_agency(line)) and not byline_agency(byline):
            byline = f"{byline} ({agency})"
        elif byline is not None and len(line.split()) <= _ROLE_WORDS and names_no_person(line) and _names_only(line):
            pass  # "Political Reporter"
        elif dated is None and (day := line_date(line, day_first, date_language)) is not None \
                and not _another_date(rest):
            dated = day
            placed = line if _names_place(line) else None  # "Berlin, 5. Mai 2024": its place stays in the text
        else:
            return byline, dated, f"{placed}\n\n{body}" if placed else body
        if not rest.strip():
            return None, None, original  # nothing after them: they are the text, not its byline
        body = rest.lstrip("\n")


def byline_names(line: str, language: str | None = None) -> str | None:
    """The names a byline line gives ("By Rachel Thomas": Rachel Thomas), else None; see ``_byline``."""
    return _byline(line, language)


def _byline(line: str, language: str | None) -> str | None:
    """The names of a byline line ("By Rachel Thomas"; in a story in ``language``, its word: "Von Thomas Müller"),
    with the agency it ends with in brackets ("Jane Doe (Reuters)"), else None."""
    if language == "ko" and (korean := _KOREAN_BYLINE.fullmatch(line)):
        return korean.group(1)  # "김철수 기자"
    match = _BYLINE.match(line)
    if match is None or not (match.group(1) in ANY_BYLINE_WORDS or language in TEXT_BYLINE_WORDS[match.group(1)]):
        return None
    if _HAN_NAMES.fullmatch(match.group(2)):
        return " and ".join(match.group(2).split())  # "记者 张三 李四": 张三 and 李四
    return _without_agency(names_joined_in_english(match.group(2), language)) if _names_only(match.group(2)) else None


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


def _byline_and_date(line: str, language: str | None, day_first: DayFirst = None,
                     date_language: str | None = None) -> tuple[str, date] | None:
    """A byline and its date on one line ("By Nina Note, 1 April 2005", "By Jane Doe | March 12, 2024", or the date
    first, "Posted on 5 March 2024 by Tim Cole"), else None: the names were read as a date line's place, and the line
    left in the text."""
    if len(line) > DATE_LINE_CHARS:
        return None
    for separator in _BYLINE_DATE_SEPARATOR.finditer(line):
        written = line[separator.end():]
        if (day := line_date(written, day_first, date_language)) is not None and not _names_place(written) \
                and (names := _byline(line[:separator.start()], language)):
            return names, day
    for by in _DATE_BY.finditer(line):  # the date first: "Posted on 5 March 2024 by Tim Cole"
        written = line[:by.start()]
        if (day := line_date(written, day_first, date_language)) is not None and not _names_place(written) \
                and (names := _byline(f"By{line[by.end() + 2:]}", language)):
            return names, day
    return None


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
    if match is None:
        return byline, None
    agency = re.sub(r"^(?:,|\s)*(?:of\s+)?(?:the\s+)?", "", match.group(), flags=re.IGNORECASE).strip()
    return byline[: match.start()].strip(), agency

# A page's reading time beside its date, after or before it ("5 March 2024 · 4 min read", "4 min read · Mar 5, 2024").
_READING_TIME = re.compile(r"\s*[·•|–—-]\s*\d{1,3}[ \t-]?min(?:ute)?s?\.?[ \t]+read$|"
                           r"^\d{1,3}[ \t-]?min(?:ute)?s?\.?[ \t]+read\s*[·•|–—-]\s*", re.IGNORECASE)
DATE_LINE_CHARS = 200  # "Published on Wednesday, 17 September 2025, 10:32 a.m. GMT+1" and a place before it fit


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
    line = without_first_published(_READING_TIME.sub("", line))
    line = _without_place(_CJK_WEEKDAY_AFTER.sub("", _OTHER_WEEKDAY_BEFORE.sub("", without_hijri_date(line))))
    label = _DATE_LABEL.match(line)
    rest = _WEEKDAY_AFTER.sub("", _TIME.sub("", line[label.end():] if label else line)).strip(" ,")
    rest = _YEAR_WORD.sub("", rest)
    if not (written_date().fullmatch(rest) or _NUMBERS_SHAPE.fullmatch(rest)):
        return None
    labelled = _label_language(label) if label else None
    if labelled is not None:
        return parse_date(rest, writes_day_first((labelled, "")), language)
    return parse_date(rest, day_first is not None and _NUMBERS_SHAPE.fullmatch(rest) is not None and day_first(),
                      language)


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
    return line[match.end():] if match and not match.group(1)[0].islower() else line


def _names_place(line: str) -> bool:
    """Whether a date line names a place before its date (not a weekday: "Tuesday, 12 March 2024")."""
    match = _PLACE.match(line)
    if match is None or _without_place(line) == line:
        return False
    return not re.fullmatch(_WEEKDAY, match.group(1), re.IGNORECASE)


def _names_only(byline: str) -> bool:
    """True when ``byline`` reads as names: two to ten words, each capitalised or a joiner, the first a name, no
    digits or a sentence's marks ("By Tuesday the council had voted", "By The Numbers: Super Bowl LVIII" are not), not
    opening with a time ("By Christmas Eve", "By Monday Morning": see ``opens_with_time``)."""
    if opens_with_time(byline):
        return False
    if byline_agency(byline):
        return True
    if re.search(r"[\d:?!;]", byline):
        return False
    byline = _ANY_AND.sub("and", byline)  # "Hemi Smith rāua ko Aroha Walker"
    return any(_name_words(names.rstrip(".").split()) for names in {byline, _agency_end(byline)[0]})  # "…, dpa"


def _name_words(words: list[str]) -> bool:
    """True for two to ten words, each capitalised or a joiner, the first a name."""
    return (2 <= len(words) <= _BYLINE_WORDS and words[0] not in _NOT_A_NAME
            and all(starts_name(word) or word in _BYLINE_JOINERS for word in words))
