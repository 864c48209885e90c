"""Two words joined by a slash in a query, ``Canada/U.S.``, searched as the words either side, as a comma's are.

The index reads "Canada/U.S." as the words canada and U.S. (the acronym's term), so it agrees; a query's
slash-joined word had been the phrase of the two, which found only the articles writing them side by side
("Canada/U.S. trade": 3 wires of Reuters-21578, where "Canada U.S. trade" finds 150). Numbers (``24/7``, ``9/11``,
``1/2``, ``5/3/2024``), a side of one letter (``km/h``, ``w/o``), a stopword (``and/or``, ``he/she``), a host or
file name (``report.pdf/x``), a path of three parts or more, a field's value and a pattern stay as typed: a phrase.
"""

from __future__ import annotations

import re

from .lucene import outside_quotes
from .textanalysis import analyze

# A word of letters, maybe hyphenated or with an apostrophe (Coca-Cola, O'Brien), or dotted initials (U.S., Ph.D.)
_SIDE = r"(?:[^\W\d_]+(?:['’-][^\W\d_]+)*|(?:[^\W\d_]{1,2}\.)+(?:[^\W\d_]{1,2})?)"
# Two of them with a slash between, a token of its own (a bracket around it is the group's), maybe signed: the
# sign is the group's (-Canada/U.S. leaves out what Canada/U.S. finds, as NOT does; it had been the phrase's, so
# that Canada/U.S. -Canada/U.S. found articles); no field (title:a/b), pattern or suffix after it
_SLASHED = re.compile(rf"(?<![^\s(])([-+]?)({_SIDE})/({_SIDE})(?![^\s)])")
_LETTER = re.compile(r"[^\W\d_]")


def slashed_words(text: str) -> str:
    """``text`` with two words joined by a slash, outside quotes, as a group of the two: ``Canada/U.S. trade`` is
    ``(Canada U.S.) trade`` (bracketed, so that an OR or NOT beside it takes both, as it took the phrase)."""
    if "/" not in text:
        return text
    return outside_quotes(text, lambda piece: _SLASHED.sub(_split, piece))


def _split(match: re.Match[str]) -> str:
    """The two words of ``match`` as a group, its sign before it, or ``match`` as typed when a side is no word
    searched by itself."""
    sign, first, second = match.groups()
    return f"{sign}({first} {second})" if _searched_word(first) and _searched_word(second) else match.group()


def _searched_word(side: str) -> bool:
    """Whether one side of a slash is a word of its own: two letters or more, not a stopword (``and`` of and/or)."""
    return len(_LETTER.findall(side)) >= 2 and bool(analyze(side))
