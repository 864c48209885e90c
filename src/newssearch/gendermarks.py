"""German gender marks: ``Kund*innen``, ``Lehrer:innen``, a word's masculine and feminine forms written as one.

German news writes them so (the gender star and colon); the index holds such a word as its two parts at their places
("kund", "innen"), as it holds a hyphenated word. Typed, the star had made a pattern that no word matched and the
colon a search of the field "Kund", refused. Either, before "in" or "innen" ending a word, is read as a hyphen: the
parts together, or the word written solid ("Kundinnen").
"""

from __future__ import annotations

import re

from .schema import QUERY_FIELD_NAMES
from .startup import lazy_compile

# a star or colon after two letters or more, before "in" or "innen" ending the word
_GENDER_MARK = lazy_compile(r"(?<![\w*?])([^\W\d_]{2,})[*:](?=in(?:nen)?(?![\w*?:]))")


def gender_marks(text: str) -> str:
    """``text`` with each gender mark a hyphen: ``Kund*innen`` -> ``Kund-innen``; a field's colon stays (``title:in``)."""
    if "*" not in text and ":" not in text:
        return text
    return _GENDER_MARK.sub(_hyphen, text)


def _hyphen(match: re.Match[str]) -> str:
    """The word before the mark and a hyphen, unless the word is a field's name."""
    word = match.group(1)
    return match.group() if word.lower() in QUERY_FIELD_NAMES else word + "-"
