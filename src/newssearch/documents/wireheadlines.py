"""A headline run on into its story's wire dateline: on one line ("Oil prices rise NEW YORK, March 3 - Crude oil
futures…", as Reuters-21578's unprocessed stories write "KYUSHU ELECTRIC POWER ISSUES YEN BONDS LONDON, March 24 -"),
or straight over it with no blank line between ("Quake shakes capital" / "WELLINGTON (Reuters) - …").

The headline is the title and the story opens at its dateline, whose date and agency are read as a dateline opening a
story is. Narrow on purpose: a place inside a line starts a dateline only when the table knows it ("NEW YORK", not
"NATO"), or, after a headline in mixed case, when a comma or an agency's brackets follow it ("HAMILTON, Ont. -");
the words before it are a headline's (two words or more, not a sentence nor a line a sentence goes on from: "Trading
was brisk in NEW YORK, March 3 -" is a lede).
"""

from __future__ import annotations

import re

from ..datelines import DATELINE_SPAN
from .placenames import is_place
from .textheader import is_metadata_line
from .titles import ENDS_SENTENCE, goes_on, is_caption, opening_dateline

MAX_RUN_ON = 200  # characters of a line's start a headline before its dateline may take
# Where a word starts after white space: a dateline's place may start there when it is in capitals ("NEW", "U.S.").
_CAPITALS_START = re.compile(r"(?<=\s)(?=\S)")
# What ends a dateline's place: a comma, a bracket, a slash, a dash ("LONDON, …", "WELLINGTON (Reuters)").
_PLACE_END = re.compile(r"\s*(?:[,(/–—]|--|-\s|\s-)")
# What every dateline read after a place holds: a comma, an agency's bracket, a release's slash, a dash.
_DATELINE_MARK = re.compile(r"[,(/–—-]")
_BETWEEN = " \t-–—:|"  # marks between a headline and its dateline on one line


def split_wire_headline(text: str) -> tuple[str, str] | None:
    """The headline run on into the wire dateline opening ``text``'s story (see the module) and the text from that
    dateline on; None when ``text`` opens with no such headline."""
    text = text.lstrip()
    first, _sep, rest = text.partition("\n")
    line = first.rstrip()
    if not line or opening_dateline(line) is not None:  # the story opens with its dateline: no headline before it
        return None
    under = rest.lstrip(" \t")
    if under.strip() and not under.startswith(("\n", "\r")) and _headline(line) and opening_dateline(under):
        return line, under.strip()
    at = _run_on_dateline(text, len(line))
    return None if at is None else (text[:at].rstrip(_BETWEEN), text[at:].strip())


def _run_on_dateline(text: str, end: int) -> int | None:
    """Where a wire dateline starts after a headline on the first line of ``text`` (its first ``end`` characters; see
    the module), else None: at the first place the table knows, else after a headline in mixed case at the first
    dateline with a comma or an agency. The dateline may end the line, its story under it ("LONDON, March 24 -")."""
    fallback = None
    if _DATELINE_MARK.search(text, 0, end) is None:  # most headlines: none of a dateline's marks, no place tried
        return None
    for found in _CAPITALS_START.finditer(text, 1, min(end, MAX_RUN_ON)):
        at = found.start()
        if not text[at:at + 2].isupper():
            continue
        match = opening_dateline(text[at:at + DATELINE_SPAN])
        headline = text[:at].rstrip(_BETWEEN)
        if match is None or not _headline(headline) or _inside_capitals(headline):
            continue
        if is_place(_PLACE_END.split(match.group().strip(), 1)[0]):
            return at
        if fallback is None and _strong(match) and any(letter.islower() for letter in headline):
            fallback = at
    return fallback


def _inside_capitals(headline: str) -> bool:
    """Whether a place after ``headline``, a headline in mixed case, would start inside a run of words in capitals
    ("Trading was brisk in NEW" before "YORK, March 3 -"): its last word is in capitals."""
    last = headline.split()[-1]
    return any(letter.islower() for letter in headline) and last.upper() == last and last.lower() != last


def _strong(match: re.Match[str]) -> bool:
    """Whether a dateline says it is one by more than a dash after capitals: a comma, or an agency's brackets."""
    return "," in match.group() or any(match.group(name) for name in ("agency", "agency_first", "release"))


def _headline(line: str) -> bool:
    """Whether ``line`` may be a headline over a dateline: two words or more, no sentence, no caption, no metadata
    line, none a sentence goes on from."""
    return (len(line.split()) >= 2 and len(line) <= MAX_RUN_ON and not ENDS_SENTENCE.search(line)
            and not goes_on(line) and not is_caption(line) and not is_metadata_line(line))
