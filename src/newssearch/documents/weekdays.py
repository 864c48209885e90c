"""A weekday written before a date, in English and the languages of Western Europe's news (German, French, Spanish,
Italian, Portuguese, Dutch), full or cut short: "Sun, 03/03/2024", "So., 03.03.2024", "dom 03/03/2024", "dimanche 3
mars 2024". Before a numeric date it is no part of the date the parser reads; before an ambiguous one (``05/03/2024``)
it tells which reading was meant: a Tuesday is 5 March 2024, not 3 May. And an ISO week date ("2024-W09-7").
"""

from __future__ import annotations

import re
from datetime import date

from ..startup import lazy_compile
from .monthnames import MONTHS
from .moremonths import MORE_MONTHS

# Monday is 0, as ``date.weekday`` counts. The short forms of the languages agree where they meet: "mar" is Tuesday in
# French, Spanish and Italian; "di" and "do" are Tuesday and Thursday in German and Dutch.
_NAMES = (
    ("monday", "mon", "montag", "mo", "lundi", "lun", "lunes", "lunedì", "lunedi", "segunda-feira", "segunda", "seg",
     "maandag", "ma"),
    ("tuesday", "tue", "tues", "dienstag", "di", "mardi", "mar", "martes", "martedì", "martedi", "terça-feira",
     "terca-feira", "terça", "terca", "ter", "dinsdag"),
    ("wednesday", "wed", "mittwoch", "mi", "mercredi", "mer", "miércoles", "miercoles", "mié", "mie", "mercoledì",
     "mercoledi", "quarta-feira", "quarta", "qua", "woensdag", "wo"),
    ("thursday", "thu", "thur", "thurs", "donnerstag", "do", "jeudi", "jeu", "jueves", "jue", "giovedì", "giovedi",
     "gio", "quinta-feira", "quinta", "qui", "donderdag"),
    ("friday", "fri", "freitag", "fr", "vendredi", "ven", "viernes", "vie", "venerdì", "venerdi", "sexta-feira", "sexta",
     "sex", "vrijdag", "vr"),
    ("saturday", "sat", "samstag", "sonnabend", "sa", "samedi", "sam", "sábado", "sabado", "sáb", "sab", "sabato",
     "zaterdag", "za"),
    ("sunday", "sun", "sonntag", "so", "dimanche", "dim", "domingo", "dom", "domenica", "zondag", "zo"),
)
WEEKDAY_NUMBERS = {name: number for number, names in enumerate(_NAMES) for name in names}
_ALTERNATION = "|".join(map(re.escape, sorted(WEEKDAY_NUMBERS, key=len, reverse=True)))
# Before a numeric date only (a slashed, dotted, dashed or ISO one): "Mar 3" is March's, never Tuesday's.
_BEFORE_NUMERIC = lazy_compile(rf"^\s*({_ALTERNATION})(?:\.,?\s*|,\s*|\s+)(?=\d{{1,4}}[/.-]\d)", re.IGNORECASE)
# The weekdays a written date's line may open with: one that is a month's short name too ("mar") before a numeric
# date only.
_MONTH_NAMED = set(WEEKDAY_NUMBERS) & {*MONTHS, *MORE_MONTHS}
LINE_WEEKDAYS = "|".join([*map(re.escape, sorted(set(WEEKDAY_NUMBERS) - _MONTH_NAMED, key=len, reverse=True)),
                          *(rf"{re.escape(name)}(?=\.?,?\s*\d{{1,4}}[/.-]\d)" for name in sorted(_MONTH_NAMED))])


def weekday_before(text: str) -> tuple[int | None, str]:
    """The weekday (Monday 0) written before a numeric date opening ``text``, and ``text`` from its date on; (None,
    ``text``) when none is."""
    found = _BEFORE_NUMERIC.match(text)
    if found is None:
        return None, text
    return WEEKDAY_NUMBERS[found.group(1).lower()], text[found.end():]


def as_weekday_says(day: date | None, other: date | None, weekday: int | None) -> date | None:
    """``day``, a numeric date's reading in its order, or ``other``, its reading the other way, when only ``other``
    falls on the ``weekday`` written before it; a weekday neither falls on (a slip) leaves ``day``."""
    if weekday is None or other is None or (day is not None and day.weekday() == weekday):
        return day
    return other if other.weekday() == weekday else day


_ENDING = re.compile(rf"(?<![^\W\d_])(?:{_ALTERNATION})(?:\.,?\s*|,\s*|\s+)$", re.IGNORECASE)


def weekday_start(text: str, end: int) -> int:
    """Where a weekday written just before ``end`` in ``text`` starts ("Published: Tue, 05/03/2024", its date at 16:
    11); ``end`` when none is."""
    found = _ENDING.search(text[max(0, end - 20):end])
    return end - len(found.group()) if found else end


_ISO_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{2})-?([1-7])\b")  # 2024-W09-7, 2024W097


def iso_week_date(text: str) -> date | None:
    """The day of an ISO week date opening ``text`` ("2024-W09-7": Sunday of the ninth week, 3 March 2024); None for
    none, or a week the year has not (W54)."""
    found = _ISO_WEEK.match(text)
    if found is None:
        return None
    try:
        return date.fromisocalendar(*(int(group) for group in found.groups()))
    except ValueError:
        return None
