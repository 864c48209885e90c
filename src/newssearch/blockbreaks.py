"""A snippet's white space made one space, or " · " where a block (a paragraph, a list item, a heading) ends
without ending a sentence: "…about $350,000 · The storm closed…", "Latest news · Police say…", not one run-on
sentence. Pure functions on strings, for ``snippets``.

A block ends at a blank line, the break every reader writes between paragraphs; or at a single line break before
an indented line (a wire's paragraph) or a list item ("- item", "* item", "1. item"). Any other single line break may
be a hard wrap, however short the line or capital the next word (a Reuters story's first line, its dateline cut:
"Oil traders in New York said Exxon" / "Corp's Exxon U.S.A. unit…"), and runs on with a space. So does a block
the next goes on from in lower case: a sentence cut into paragraphs where its italics or links were taken out (BBC
News: "i.e. like an" / "agent provocateur" / "and perhaps interfering").
The middle dot is what the hit's own lines already part their items by ("NZ Herald · 2020-10-26"); "…" means words
left out, and " / " reads as the slash of "24/7" and "and/or".
"""

from __future__ import annotations

import re

BLOCK_BREAK = " · "  # between two blocks, the first of which ends no sentence
_STOPS = frozenset(".!?:;…。！？：；．।؟۔")  # a sentence's (or a clause's) end, Latin, CJK, Devanagari, Arabic script's
_CLOSERS = frozenset("\"'’”»›)]」』）")  # a closing quote or bracket, a stop before it
_SPACES = re.compile(r"\s+")
_LINE_BREAKS = re.compile(r"[^\S\n]*\n\s*")  # a run of white space holding a line break
_OPENING = re.compile(r"[ \t]{2}|(?:[-*+•]|\d{1,3}[.)])[ \t]")  # after a single line break: an indent, a list item


def squashed(text: str, start: int, end: int) -> str:
    """``text[start:end]`` (no white space at its ends) with each run of white space one space, or ``BLOCK_BREAK``
    where a block ends without a stop (``text`` before ``start`` is looked at for a run opening the slice)."""
    piece = text[start:end]
    if "  " not in piece and piece.isprintable():  # (every space of it alone: ASCII's is the one printable space)
        return piece
    if "\n" not in piece:
        return _SPACES.sub(" ", piece)
    # only the runs holding a line break are looked at one by one: a callback for every space had cost 3% of a
    # snippet's time
    parts: list[str] = []
    at = start
    for run in _LINE_BREAKS.finditer(text, start, end):
        if _breaks(text, run.start(), run.end()):
            parts += (_SPACES.sub(" ", text[at:run.start()]), BLOCK_BREAK)
            at = run.end()
    return _SPACES.sub(" ", piece) if at == start else "".join(parts) + _SPACES.sub(" ", text[at:end])


def _breaks(text: str, start: int, end: int) -> bool:
    """Whether the run of white space ``text[start:end]``, holding a line break, ends a block without a stop."""
    if start == 0 or end >= len(text) or text[end].islower() or _ends_sentence(text, start):
        return False
    return text.count("\n", start, end) >= 2 or _OPENING.match(text, text.rindex("\n", start, end) + 1) is not None


def _ends_sentence(text: str, end: int) -> bool:
    """Whether the text before ``end`` ends in a stop, or in a stop and closing quotes or brackets."""
    at = end - 1
    while at > 0 and text[at] in _CLOSERS:
        at -= 1
    return text[at] in _STOPS
