"""The words inside a token, indexed at its place beside it: "État" in "l'État", "Türkiye" in "Türkiye'de", "10.45"
in "10.45pm", "Amazon" in "Amazon.com", "stuff" in "www.stuff.co.nz", "ממשלה" in "הממשלה"."""

from __future__ import annotations

import re

from .apostrophes import elided, suffixed_name
from .hostnames import site_labels
from .timesofday import time_of_day
from .tokenpatterns import Span


def inner_words(word: str, colon: bool = False) -> list[Span]:
    """Where the words inside a token start and end, indexed at its place besides the token itself.

    The word after an elided article ("État" in "l'État") or an Irish name's O' ("Driscoll" in "O'Driscoll",
    told by its capitals: ``word`` is the token as written), a name before its suffix ("Türkiye" in
    "Türkiye'de", see ``suffixed_name``), the time before its am or pm ("10.45" in "10.45pm", "30" in the "30am"
    of "9:30am": ``9:30`` finds it as the phrase "9 30"; ``colon``: the token stands after one, see ``time_of_day``),
    the word after Hebrew's article or "and" (``hebrew_prefixed``), or each part with a letter of a dotted token:
    "said" and "He" in a scraped "said.He", "Amazon" in "Amazon.com" (``amazon`` had not found "Amazon.com"),
    but of a host name only the labels that name the site (``site_labels``: "stuff" in "www.stuff.co.nz", not
    "www", "co" or "nz"). Numbers (3.5, 1.5m) and initials (e.g.) have none; acronyms are left to the caller.
    """
    time = time_of_day(word, colon)
    if time:
        return [(0, time)]
    cut = elided(word)
    if cut:
        return [(cut, len(word))]
    name = suffixed_name(word)
    if name:
        return [(0, name)]
    if word[:1] in HEBREW_PREFIXES:
        return hebrew_prefixed(word)
    if "." not in word or _DECIMAL.match(word):
        return []
    spans: list[Span] = []
    seen: set[str] = set()
    start, end = site_labels(word) or (0, len(word))
    for match in _DOTTED_PART.finditer(word, start, end):
        part = match.group()
        if sum(c.isalnum() for c in part) > 1 and part.lower() not in seen:
            seen.add(part.lower())
            spans.append(match.span())
    return spans


_DOTTED_PART = re.compile(r"[^.]*[^\W\d_][^.]*")  # a part of a dotted token with a letter in it
# A decimal number, with a unit or not: "1.5m", "7.5bn" have no parts ("5m" and "5bn" had found "$5m" and
# "5bn" in every amount with a decimal).
_DECIMAL = re.compile(r"\d[\d,]*\.\d")  # thousands commas too: the chain sees "1,200.5m", the fast path "1200.5m"


# Hebrew writes its article ה ("the") and ו ("and") onto the word, "and the" as וה: "הממשלה" is "the government",
# "והכנסת" "and the Knesset". The word after them is indexed at the token's place, as the word after French's l' is,
# so that ממשלה finds "הממשלה"; the token stays too, as a word may begin with these letters (החלטה, ועדה). Only
# when three letters or more are left (a root's), as for Arabic's article; a double vav (וו) is a letter of its own.
HEBREW_PREFIXES = "הו"
_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea\u0591-\u05c7]+")  # letters and points only: not צה"ל, not a mixed token
_ROOT_LETTERS = 3


def hebrew_prefixed(word: str) -> list[Span]:
    """Where the words after a Hebrew word's ה or ו or וה start and end ("ממשלה" in "הממשלה"; "בחינוך" in
    "ובחינוך"; "כנסת" and "הכנסת" in "והכנסת"), or none."""
    if not _HEBREW_WORD.fullmatch(word) or word.startswith("וו"):
        return []
    first = _after_points(word, 1)  # the points of a pointed prefix are its own: "הַ" of "הַמֶּמְשָׁלָה"
    cuts = [first, _after_points(word, first + 1)] if word[first:first + 1] == "ה" and word[0] == "ו" else [first]
    return [(cut, len(word)) for cut in cuts if _letters(word[cut:]) >= _ROOT_LETTERS]


def _after_points(word: str, at: int) -> int:
    """The place after the points that follow the letter before ``at`` in ``word``."""
    while at < len(word) and "\u0591" <= word[at] <= "\u05c7":  # cantillation marks and points, before the letters
        at += 1
    return at


def _letters(word: str) -> int:
    """How many Hebrew letters ``word`` holds, its points aside."""
    return sum("\u05d0" <= char <= "\u05ea" for char in word)
