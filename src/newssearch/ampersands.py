"""A quoted phrase through "&" or "and" as both spellings: "Fisher & Paykel" finds "Fisher and Paykel" and back.

The index holds no "&" (it is no token: "Fisher & Paykel" is the words fisher and paykel side by side), while "and"
is a word at its place like any other, so the phrase "Fisher and Paykel" missed "Fisher & Paykel" and the phrase
"Fisher & Paykel" missed "Fisher and Paykel". A phrase is searched with each joiner either way. Two exceptions:

- an initialism's "&", a word of one or two letters on each side ("AT&T", "R&D", "Q&A", "M&S", spaced too: "AT & T"),
  or of three and one written solid ("PSE&G"), is part of the name, not "and": "AT&T" does not find "at and T", nor
  "R and D" "R&D";
- a typed "and" is read as "&" only between words typed with a capital, as a name's ("Marks and Spencer", "Fisher
  and Paykel"): "&" stands for any punctuation in the index, so a lower-case "black and white" searched as "black &
  white" would find "black, white and red" (nor in a proximity: ``joiner_spellings``).
"""

from __future__ import annotations

import itertools
import re

from .startup import lazy_compile

# "&" between two words, spaced or not; "and" between two words, in any case.
_JOINER = lazy_compile(r"(?<=\w)(?:[^\S\n]*&[^\S\n]*|[^\S\n]+(?i:and)[^\S\n]+)(?=\w)")
_LAST_WORD = lazy_compile(r"\w+$")
_FIRST_WORD = lazy_compile(r"\w+")
MAX_MIXED_JOINERS = 3  # joiners of a phrase whose every mix of spellings is searched (2 ** 3 phrases at most)
INITIALISM_LETTERS = 2  # the most letters a side of an initialism's "&" has ("AT&T")
# ... but for three letters and one written solid (a utility's "PSE&G", "SDG&E", "KCP&L"): four letters in all, as
# AT&T's; spaced, "Fox & G" is words, and three a side ("Oil&Gas", "Ant&Dec") or three and two ("Sun&Co") are words
SOLID_INITIALISM_LETTERS = 3


def is_initialism(left: str, right: str, solid: bool) -> bool:
    """Whether the words ``left`` and ``right`` of an "&" (``solid``: no space around it) are an initialism's
    letters ("AT&T", "R & D", "PSE&G") rather than words joined by it ("Fisher & Paykel")."""
    if len(left) <= INITIALISM_LETTERS and len(right) <= INITIALISM_LETTERS:
        return True
    return solid and sorted((len(left), len(right))) == [1, SOLID_INITIALISM_LETTERS]


def joiner_spellings(text: str, proximity: bool = False) -> list[str]:
    """``text`` (a typed phrase) as typed, then with its "&" written "and" and its "and" written "&" where either may
    be meant, each joiner either way ("A & B or C & D": four spellings); with more than MAX_MIXED_JOINERS of them,
    only all of them one way or the other. In a ``proximity`` ("Fisher and Paykel"~1) an "and" stays one: as "&",
    which takes no place, it would leave a word more between ("Fisher said Paykel")."""
    if "&" not in text and ("and" not in text.lower() or proximity):
        return [text]
    joiners = [match for match in _JOINER.finditer(text) if _swappable(text, match, proximity)]
    if not joiners:
        return [text]
    choices = (itertools.product((False, True), repeat=len(joiners)) if len(joiners) <= MAX_MIXED_JOINERS
               else [(False,) * len(joiners), (True,) * len(joiners)])
    found = []
    for choice in choices:
        spelled, at = [], 0
        for match, swapped in zip(joiners, choice):
            spelled += [text[at:match.start()], _swapped(match.group()) if swapped else match.group()]
            at = match.end()
        found.append("".join(spelled) + text[at:])
    return found


def _swapped(joiner: str) -> str:
    """A joiner the other way: "&" as " and ", "and" as " & "."""
    return " and " if "&" in joiner else " & "


def _swappable(text: str, match: re.Match[str], proximity: bool) -> bool:
    """Whether the joiner ``match`` may be written the other way: no initialism's "&", and an "and" between names."""
    before = _LAST_WORD.search(text, 0, match.start())
    after = _FIRST_WORD.match(text, match.end())
    if before is None or after is None:
        return False
    left, right = before.group(), after.group()
    if is_initialism(left, right, match.group() == "&"):
        return False  # AT&T, R&D, Q&A, PSE&G: an initialism's
    return "&" in match.group() or (not proximity and left[:1].isupper() and right[:1].isupper())
