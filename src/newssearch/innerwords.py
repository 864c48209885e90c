"""The words inside a token, indexed at its place beside it: "État" in "l'État", "Türkiye" in "Türkiye'de", "10.45"
in "10.45pm", "Amazon" in "Amazon.com", "stuff" in "www.stuff.co.nz"."""

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
    or each part with a letter of a dotted token:
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
