"""Right-to-left text isolated for a terminal: a field in Arabic, Hebrew or another right-to-left script wrapped in
FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so that a terminal applying the Unicode bidi algorithm keeps it one
unit where it is printed, and the line's own direction is set by the text around it."""

from __future__ import annotations

import unicodedata

FSI = "\u2068"  # FIRST STRONG ISOLATE: the text after it takes the direction of its first strong letter
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE: ends it
ISOLATES = FSI + PDI

_RIGHT_TO_LEFT = ("R", "AL")  # Hebrew's letters (R), Arabic's, Syriac's, Thaana's (AL)


def right_to_left(text: str) -> bool:
    """Whether ``text`` holds a letter written right to left."""
    return not text.isascii() and any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT for char in text)


def isolated(text: str) -> str:
    """``text`` between FSI and PDI when it holds a right-to-left letter, else as it is: "3. <Arabic title>  RNZ ·
    2020-06-19" had been laid out by a bidi terminal as one right-to-left run, the date before the source."""
    return f"{FSI}{text}{PDI}" if right_to_left(text) else text
