"""Right-to-left text isolated for a terminal: a field in Arabic, Hebrew or another right-to-left script wrapped in
FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so that a terminal applying the Unicode bidi algorithm keeps it one
unit where it is printed, and the line's own direction is set by the text around it."""

from __future__ import annotations

import unicodedata

FSI = "\u2068"  # FIRST STRONG ISOLATE: the text after it takes the direction of its first strong letter
RLI = "\u2067"  # RIGHT-TO-LEFT ISOLATE: the text after it right to left, whatever its first letter
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


def _opens_right_to_left(text: str) -> bool:
    """Whether ``text``'s first strong letter is written right to left."""
    kinds = (unicodedata.bidirectional(char) for char in text)
    return next((kind for kind in kinds if kind in ("L", *_RIGHT_TO_LEFT)), "L") in _RIGHT_TO_LEFT


def isolated_line(text: str, line: str | None = None) -> str:
    """A row of a terminal with its right-to-left runs isolated, in the direction of the ``line`` it was cut from (by
    default itself): a line opening with a right-to-left letter (an Arabic paragraph) isolates the whole row, its
    full stop in its place (RLI when the row itself opens left to right); else each run from a right-to-left letter
    to the last before a left-to-right one, the digits and spaces between kept in it (``1 result for '<Arabic>'
    (page 1 of 1)`` had left the query's place to the terminal's bidi). A row holding an isolate is left as it is."""
    if text.isascii() or FSI in text or not right_to_left(text):
        return text
    if _opens_right_to_left(text if line is None else line):
        return f"{FSI if _opens_right_to_left(text) else RLI}{text}{PDI}"
    kinds = [unicodedata.bidirectional(char) for char in text]
    shown, start, end = [], None, 0
    for at, kind in enumerate([*kinds, "L"]):  # (a left-to-right stop after the last character closes a run)
        if kind in _RIGHT_TO_LEFT:
            start, end = at if start is None else start, at + 1
        elif kind == "NSM" and end == at and start is not None:  # a vowel mark on the run's last letter
            end = at + 1
        elif kind == "L" and start is not None:
            shown.append((start, end))
            start = None
    pieces, done = [], 0
    for begin, stop in shown:
        pieces += [text[done:begin], FSI, text[begin:stop], PDI]
        done = stop
    return "".join(pieces) + text[done:]
