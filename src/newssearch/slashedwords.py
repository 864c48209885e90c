"""Words joined by slashes in a query, ``Canada/U.S.`` or ``U.S./Japan/EC``, searched as the words, as a comma's are.

The index reads "Canada/U.S." as the words canada and U.S. (the acronym's term), so it agrees; a query's
slash-joined word had been the phrase of the two, which found only the articles writing them side by side
("Canada/U.S. trade": 3 wires of Reuters-21578, where "Canada U.S. trade" finds 150). Two to MAX_SIDES words are
split, in any case ("gold/silver", "cocoa/coffee/sugar"); a lower-case "us" beside a word is the country
(``canada/us``: Canada/US), not the pronoun, a stopword. Numbers (``24/7``, ``9/11``, ``1/2``, ``5/3/2024``), a side of
one letter (``km/h``, ``w/o``, ``n/a``, ``c/o``, ``a/c``), a unit (``cts/lb``, ``km/hr``: UNITS), a stopword
(``and/or``, ``he/she``), a path's word (``usr/local/bin``: PATH_WORDS), a host or file name (``report.pdf/x``), more
than MAX_SIDES parts, a field's value and a pattern stay as typed: a phrase.
"""

from __future__ import annotations

import re

from .lucene import outside_quotes
from .textanalysis import analyze

MAX_SIDES = 4  # "U.S./Japan/EC/Canada"; a longer run of slashes is a path
# A word of letters, maybe hyphenated or with an apostrophe (Coca-Cola, O'Brien), or dotted initials (U.S., Ph.D.)
_SIDE = r"(?:[^\W\d_]+(?:['’-][^\W\d_]+)*|(?:[^\W\d_]{1,2}\.)+(?:[^\W\d_]{1,2})?)"
# Two to MAX_SIDES of them with slashes between, a token of its own (a bracket around it is the group's), maybe signed:
# the sign is the group's (-Canada/U.S. leaves out what Canada/U.S. finds, as NOT does; it had been the phrase's, so
# that Canada/U.S. -Canada/U.S. found articles); no field (title:a/b), pattern or suffix after it
_SLASHED = re.compile(rf"(?<![^\s(])([-+]?)({_SIDE}(?:/{_SIDE}){{1,{MAX_SIDES - 1}}})(?![^\s)])")
_LETTER = re.compile(r"[^\W\d_]")
# Words joined by backslashes, a token of their own (U.S.\Japan too); not a path's (C:\Users\news), nor an id's digits
_BACKSLASHED = re.compile(r"(?<![^\s(])[-+]?[^\W\d_][^\s()\"/:\\]*(?:\\[^\W\d_][^\s()\"/:\\]*)+(?![^\s)])")
# Units a slash means "per" between, written with two letters or more (one letter's, km/h and m/s, stay by that
# rule), in any case: "66 cts/lb", "dlrs/ton", "km/hr". The phrase finds them as written; their words apart, any
# article giving a price.
UNITS = frozenset({
    "kg", "mg", "gm", "lb", "lbs", "oz", "ton", "tons", "tonne", "tonnes", "mt", "kilo", "kilos", "cwt",     # mass
    "km", "cm", "mm", "ft", "yd", "mi", "ha", "sq", "acre", "acres",                                       # length, area
    "ml", "cl", "gal", "gals", "bbl", "bbls", "bu", "cu", "cc", "mcf", "pt", "qt",                         # volume
    "hr", "hrs", "sec", "secs", "min", "mins", "yr", "yrs", "wk", "mo",                                    # time
    "mph", "kph", "kmh", "kw", "kwh", "mw", "mwh", "gw", "gwh", "hp", "btu", "mmbtu", "kv",                # speed, power
    "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps",                                                        # data
    "ct", "cts", "dlr", "dlrs", "pct",                                                                     # money
})
# Folders a path names that are no words of news: "usr/local/bin" is a path, "cocoa/coffee/sugar" words.
PATH_WORDS = frozenset({"usr", "bin", "sbin", "etc", "var", "lib", "tmp", "opt", "dev", "src", "proc", "mnt", "srv",
                        "www", "cgi", "htdocs"})
# A stopword in lower case that beside a slash and a word is the acronym: "canada/us" is Canada/US.
_AS_ACRONYM = {"us": "US"}


def slashed_words(text: str) -> str:
    """``text`` with words joined by slashes (or backslashes), outside quotes, as a group of the words: ``Canada/U.S.
    trade`` is ``(Canada U.S.) trade`` (bracketed, so that an OR or NOT beside it takes them all, as it took the phrase)."""
    if "\\" in text:  # police\gunmen, a backslash typed for a slash: it had been the phrase "police gunmen"
        text = outside_quotes(text, lambda piece: _BACKSLASHED.sub(lambda words: words.group().replace("\\", "/"), piece))
    if "/" not in text:
        return text
    return outside_quotes(text, lambda piece: _SLASHED.sub(_split, piece))


def _split(match: re.Match[str]) -> str:
    """The words of ``match`` as a group, its sign before it, or ``match`` as typed when a side is no word searched by
    itself."""
    sign, slashed = match.groups()
    sides = slashed.split("/")
    if any(side.lower() in UNITS or side.lower() in PATH_WORDS for side in sides):
        return match.group()
    read = [side if _searched_word(side) else _AS_ACRONYM.get(side.lower(), "") for side in sides]
    if not all(read) or all(side.lower() in _AS_ACRONYM for side in sides):
        return match.group()
    return f"{sign}({' '.join(read)})"


def _searched_word(side: str) -> bool:
    """Whether one side of a slash is a word of its own: two letters or more, not a stopword (``and`` of and/or)."""
    return len(_LETTER.findall(side)) >= 2 and bool(analyze(side))
