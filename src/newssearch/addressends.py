"""Where a snippet's passage ends at a web address: before it or after it, never inside it. A passage's end is moved
to a word's end (``passageends.word_end``), taking a joined word whole within 30 characters; an address often runs
longer, and had been cut ("… see www.beehive.govt.nz/release/budget-2024 …" of one of 90 characters): a link the
text does not hold.

Pure functions on strings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .startup import lazy_compile
from .wordspans import MatchSpan

# a scheme or www. before its host, or a host's name and top-level domain before a path: an address as news text
# writes it, to its last character that is no sentence's punctuation
_ADDRESS = re.compile(r"(?:(?i:[a-z][a-z0-9+.-]*://|www\d{0,3}\.)|(?:[\w-]+\.)+[^\W\d_]{2,}(?::\d+)?/)"
                      r"[^\s<>\"]*[^\s<>\"'’”.,;:!?)\]]")
_OPENING = lazy_compile(r"[(\[<\"'‘“]*")  # before an address at a run's start: "(www.example.com/…)"
_INNER_START = lazy_compile(r"(?i:https?://|www\.)")  # an address after other characters of its run: "at:https://…"
_RUN = re.compile(r"\S*")
MAX_ADDRESS = 2048  # characters: a longer "address" (a blob, a page's data) is cut as any long word is


def address_around(text: str, at: int) -> tuple[int, int] | None:
    """The web address of ``text`` that ``at`` falls strictly inside (its start before ``at``, its end after), as
    ``(start, end)``; None when there is none. Reads no more than MAX_ADDRESS characters either side."""
    if not 0 < at < len(text) or text[at].isspace() or text[at - 1].isspace():
        return None
    back = max(0, at - MAX_ADDRESS)
    space = text.rfind(" ", back, at)  # then a line break or tab only after it: each read back no further
    run_start = max(space, text.rfind("\n", space + 1, at), text.rfind("\t", space + 1, at)) + 1
    run = _RUN.match(text, at, at + MAX_ADDRESS)
    if (run_start == 0 and back > 0) or run is None or run.end() - at >= MAX_ADDRESS:
        return None  # no space in MAX_ADDRESS characters: no address, a blob
    opened = _OPENING.match(text, run_start, at)
    starts = [opened.end() if opened is not None else run_start,
              *(found.start() for found in _INNER_START.finditer(text, run_start + 1, at))]
    for begins in starts:
        found = _ADDRESS.match(text, begins, run.end())
        if found is not None and found.start() < at < found.end():
            return found.start(), found.end()
    return None


def addresses_whole(text: str, windows: Sequence[tuple[int, int]], spans: Sequence[MatchSpan],
                    overrun: int) -> list[tuple[int, int]]:
    """``windows`` (passages, in order) each ending before or after the address its end falls inside: after it when
    its rest is no longer than what the passage shows of it (or ``overrun``, what a word may run on by), or when
    ending before it would leave out a match or the whole passage; else before it. A passage run on into the next
    one is joined with it later (``snippets._touching_joined``)."""
    ended = []
    for start, end in windows:
        address = address_around(text, end)
        if address is not None:
            begins, ends = address
            keeps = begins > start and text[start:begins].strip() and not any(
                span.start < end and span.end > begins for span in spans)
            end = ends if not keeps or ends - end <= max(overrun, end - begins) else begins
        ended.append((start, end))
    return ended
