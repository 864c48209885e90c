"""The patterns of dates whose month is named in words, in every language the readers know ("3rd March 2024",
"2024-Mar-03", "5 de marzo del 2024", "2024年7月7日"), and of the other dates a line may hold within its text: what
``dates.parse_date`` searches a text for, and what ``written_date`` finds a date in a line by.
"""

from __future__ import annotations

import re
from functools import cache

from .calendars import CALENDAR_DATE_TEXTS
from .monthnames import MONTHS, SHORT_MONTHS
from .moremonths import MORE_MONTHS, YEAR_MONTH_DAY_TEXT, month_key

_MONTH = "(" + "|".join(sorted(set(MONTHS) - set(SHORT_MONTHS), key=len, reverse=True)) + r")\.?"
_DAY_MONTH = "(" + "|".join(map(re.escape, sorted({*MONTHS, *MORE_MONTHS}, key=len, reverse=True))) + r")\.?"
MONTH_NUMBERS = {**{month_key(name): number for name, number in MONTHS.items()}, **MORE_MONTHS}
# "3rd March 2024", "1er mars", "1º de mayo de 2021", "5 de marzo del 2024", "1° marzo 2024", "3. März 2024",
# "2 ธันวาคม พ.ศ. 2569" (the Buddhist Era's mark before its year); "3.März 2024" and Folha's "3.mar.2024", unspaced.
# Catalan's "2 d'octubre de 2026"; Al Jazeera's "2 ديسمبر/كانون الأول 2026", the Levant's name after the slash.
_DAY_MONTH_YEAR_TEXT = (
    rf"\b(\d{{1,2}})(?:(?:st|nd|rd|th|er|º|°)?\s+|\.\s*)(?:of\s+|de\s+|d['’])?{_DAY_MONTH}"
    r"(?:\s*/\s*[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+)?)?(?:,?\s+|(?<=\d\.[^\W\d_]{3}\.))"
    r"(?:del?\s+|พ\.\s?ศ\.\s*)?(\d{4})\b")
# 19-Jun-2020, and Excel's short date d-mmm-yy: 7-Mar-24 (a two-digit year: see full_year)
_DASHED_DAY_MONTH_YEAR_TEXT = rf"\b(\d{{1,2}})-{_DAY_MONTH}-(\d{{4}}|\d{{2}})\b"
# A month's name between dashes or slashes, the same mark twice: "Mar-03-2024", "2024-Mar-03", "2024/Mar/03" and
# Apache's access log "03/Mar/2024:10:22:00 +1300" (its colon before the time kept, a date line's time cut after it).
_DELIMITED_MONTH_TEXT = (rf"\b(?=[^\W\d_]{{3,9}}\.?[-/]\d|\d{{1,4}}[-/][^\W\d_])"  # a cheap look first
                         rf"(?:{_MONTH.replace('(', '(?P<m1>', 1)}(?P<s1>[-/])(?P<d1>\d{{1,2}})(?P=s1)(?P<y1>\d{{4}})\b"
                         rf"|(?P<y2>\d{{4}})(?P<s2>[-/]){_MONTH.replace('(', '(?P<m2>', 1)}(?P=s2)(?P<d2>\d{{1,2}})\b"
                         rf"|(?P<d3>\d{{1,2}})/{_MONTH.replace('(', '(?P<m3>', 1)}/(?P<y3>\d{{4}})(?:\b:?))")
# Chinese and Japanese 2024年7月7日 (2024 年 07 月 07 日 10:30), Korean 2024년 4월 10일. No \b: 于2024年 has none.
_YEAR_MONTH_DAY_SIGNS_TEXT = r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
YEAR_MONTH_DAY_SIGNS = re.compile(_YEAR_MONTH_DAY_SIGNS_TEXT)
# 03.11.2023: day first, as Europe writes it (03.11.2023. too, as Croatian closes it; not 1.2.2023.4); or 5. 3. 2024 (5.
# 3. 2024.), spaced after its full stops, as Czech, Slovak, Croatian, Slovenian and German write it (groups 4 and 5 its
# month and year). The spaced form's year has four digits, and neither a list's numbers stand before it ("1. 2. 3.
# 2024") nor a version's after it ("1. 2. 2024.1"). One pattern, not two: a second alternative of its own had cost the
# written-date search 7% of its time, read at every place.
_DOTTED_TEXT = (r"(?<![\d.])(\d{1,2})\.(?:(\d{1,2})\.(\d{4})(?!\d|\.\d)"
                r"|[ \xa0](?<!\d\.[ \xa0]\d\.[ \xa0])(?<!\d\.[ \xa0]\d\d\.[ \xa0])(\d{1,2})\.[ \xa0]?(\d{4})(?!\d|\.\d))")
DOTTED = re.compile(_DOTTED_TEXT)
_MONTH_DAY_YEAR_TEXT = rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
_VIETNAMESE_TEXT = r"\b(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})\b"  # 2 tháng 12 năm 2026
VIETNAMESE = re.compile(_VIETNAMESE_TEXT, re.I)
# A date in one of the forms the parsers read within a line, to tell a line that is a date and little more
# ("3. März 2024, 10:30", "2024年7月7日"); parse_date reads it. A two-digit dotted year is left out: read alone only.
_WRITTEN_DATE_TEXT = "|".join(f"(?:{form})" for form in (
    _DAY_MONTH_YEAR_TEXT, _DASHED_DAY_MONTH_YEAR_TEXT, _MONTH_DAY_YEAR_TEXT, _YEAR_MONTH_DAY_SIGNS_TEXT, _DOTTED_TEXT,
    YEAR_MONTH_DAY_TEXT,
    _VIETNAMESE_TEXT, *CALENDAR_DATE_TEXTS,
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:\b|(?=T\d))", r"\b\d{4}/\d{1,2}/\d{1,2}\b", r"\b\d{4}\.\d{1,2}\.\d{1,2}\b",
    r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b", r"\b\d{1,2}-\d{1,2}-\d{4}\b",
    _DELIMITED_MONTH_TEXT.replace("?P<", "?P<w").replace("?P=", "?P=w"),
))
# A day or a month named without its year at the start of a text ("MARCH 3", "Apr. 7", "3 mars", "MARCH 1987") or
# a week ("WEEK TO 23-29", "week ended April 3"): a wire headline's "U.S. DIVIDEND MEETINGS - MARCH 3" ends so.
_DAY_WITHOUT_YEAR_TEXT = (
    rf"^\s*(?:{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}})\b|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+{_MONTH}(?!\w)"
    r"|weeks?\s+(?:to|ended|ending)\b)")

# The patterns of months named in words, in every language, are compiled at their first use, each once: compiling
# them all (~20 ms) had been paid by every update that read a file, though a text or a feed whose dates are numbers
# needs few of them or none.
_NAMED_MONTH_FORMS = {"written": _WRITTEN_DATE_TEXT, "day month year": _DAY_MONTH_YEAR_TEXT,
                      "dashed": _DASHED_DAY_MONTH_YEAR_TEXT, "delimited": _DELIMITED_MONTH_TEXT, "month day year": _MONTH_DAY_YEAR_TEXT,
                      "day without year": _DAY_WITHOUT_YEAR_TEXT, "year month day": YEAR_MONTH_DAY_TEXT}


@cache
def named_month_form(form: str) -> re.Pattern[str]:
    """The pattern of ``_NAMED_MONTH_FORMS[form]``, in any letter case."""
    return re.compile(_NAMED_MONTH_FORMS[form], re.I)


def written_date() -> re.Pattern[str]:
    """A date in one of the forms the parsers read within a line (see above)."""
    return named_month_form("written")


def day_without_year() -> re.Pattern[str]:
    """A day or month named without its year at the start of a text, or a week (see above)."""
    return named_month_form("day without year")
