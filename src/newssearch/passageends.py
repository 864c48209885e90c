"""Where a snippet's passage starts and ends: at a sentence's start near its match, at a word's end, reaching back
to be full at the text's end. Pure functions on strings, for ``snippets``."""

from __future__ import annotations

import unicodedata

from .startup import lazy_compile
from .textkeys import after_abbreviation
from .tokenpatterns import token_pattern_for
from .unspaced import first_unspaced

_STOP = r"[.!?…][\"'’”)]*\s+|[。！？][”」』）]*\s*|\n\s*"  # a sentence's end: its stop, quotes and spaces
_SENTENCE_START = lazy_compile(rf"(?:^|{_STOP})(?=\S)")
_STOP_START = lazy_compile(rf"(?:{_STOP})(?=\S)")  # ... after a stop (faster found)


def window_start(text: str, at: int, width: int) -> int:
    """Start a window at the sentence holding ``at`` if it starts at most half the width before ``at``, else a third
    of the width before ``at`` (at a word).

    A stop after initials or a title ("the U.S. Senate", "Gov. Brown") starts no sentence. (Reaching only a third of
    the way for a sentence had started a passage of 240 at "… weekend's European Indoor Athletics Championships
    after picking up a hamstring injury", its sentence's start "Kelly Holmes has been forced out of this" left out.)
    """
    floor, reach = max(0, at - width // 3), max(0, at - width // 2)
    best = _last_sentence_start(text, reach, at + 1)
    if best >= 0:
        return min(best, at)
    if reach == 0:  # the text's start, a sentence's
        return 0
    space = text.find(" ", floor, at)
    return min(space + 1 if space != -1 else _token_start(text, floor, at), at)


STOP_CHARS = 8  # characters of a stop and the quotes and spaces after it, looked at before a sentence's start


def _last_sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence of ``text`` starting from ``start`` to before ``end`` starts (its stop may stand
    STOP_CHARS before ``start``; a stop after initials or a title is none); -1 for none."""
    for m in reversed(list(_STOP_START.finditer(text, max(0, start - STOP_CHARS), end))):
        if m.end() < start:
            break
        if not (m.start() and after_abbreviation(text, m.start() + 1)):  # (asked of the last start alone, most often)
            return m.end()
    return -1


def _token_start(text: str, floor: int, at: int) -> int:
    """Where a window reaching back to ``floor`` inside a token holding the match at ``at`` starts: the token's start
    when it is near ("www.example.com/budget.pdf"), else the match ("budget-…" of a long address, not "e.com/…");
    in a script without spaces, ``floor`` itself."""
    if first_unspaced(text[floor:at]) >= 0:
        return floor
    back = max(0, floor - WORD_OVERRUN)
    space = max(text.rfind(" ", back, floor), text.rfind("\n", back, floor))
    return space + 1 if space != -1 else at


def reaching_back(text: str, start: int, width: int, floor: int = 0) -> int:
    """``start`` moved back, not before ``floor``, when a window from it would run past the text's end, so that
    the window is full: to a sentence start at most ``WORD_OVERRUN`` characters before the point that leaves it
    exactly ``width``, else at most as many after it (a little less full, rather than from a sentence's last words:
    "… over Birmingham. But Wenger said"), else to the start of the word at that point (the next one after a long
    word)."""
    room = max(len(text) - width, floor)
    if start <= room:
        return start
    if room <= 0:
        return 0
    best = -1
    for m in _SENTENCE_START.finditer(text, max(floor, room - WORD_OVERRUN), min(start, room + WORD_OVERRUN) + 1):
        if m.end() > min(start, room + WORD_OVERRUN) or (m.start() and after_abbreviation(text, m.start() + 1)):
            continue
        if m.end() <= room or best < 0:
            best = m.end()  # the last start before the point: over-full by the least; else the first after it
        if m.end() > room:
            break
    if best >= 0:
        return best
    before = max(text.rfind(" ", floor, room), text.rfind("\n", floor, room))
    if before != -1 and room - before <= WORD_OVERRUN:
        return before + 1
    after = text.find(" ", room, start)  # a long word (a key, a blob) is not cut: the next word starts the window
    return after + 1 if after != -1 else start


WORD_OVERRUN = 30  # characters a passage may grow by so as not to cut its last word
_JOINER = lazy_compile(r"[-‐‑/:@?=&%#~+.,'’]+\w")
_JOINED = lazy_compile(r"(?:[-‐‑/:@?=&%#~+.,'’]+\w+)+")  # the rest of a hyphenated word, an address, a path
TAIL_CHARS = 10  # a passage ending this near the text's end, with no word left after it, takes the rest ('."', ".)")


def word_end(text: str, at: int) -> int:
    """Move ``at`` forward to the end of the word it falls in; to the text's end when only punctuation is left."""
    if at >= len(text):
        return len(text)
    while at < len(text) and unicodedata.category(text[at]).startswith("M"):
        at += 1  # the marks of a letter stay with it (हि, ที่)
    # Matched no further than one character past the overrun: a word of a megabyte (a fuzzed "aaa…") had been matched
    # whole for every window tried, 17 s for one `similar`.
    start = at
    rest = token_pattern_for(text, at, at + WORD_OVERRUN + 1).match(text, at, at + WORD_OVERRUN + 1)
    if rest is not None and rest.end() - at <= WORD_OVERRUN:  # a longer "word" (a key, a blob) is cut
        cut = first_unspaced(rest.group())  # Chinese, Thai...: a window may end at any letter
        at = rest.end() if cut < 0 else at + cut
    # A window ending on a joiner inside a word had been cut there: "anti" of "anti-establishment", "$2" of "$2.80",
    # "don" of "don't", "www.example" of an address, each a word, a figure or a link that the text does not hold.
    joined = _JOINED.match(text, at, start + WORD_OVERRUN + 1)
    if (joined is not None and joined.end() - start <= WORD_OVERRUN and first_unspaced(joined.group()) < 0
            and _JOINER.match(text, joined.end(), joined.end() + 8) is None):  # whole, or not at all
        at = joined.end()
    if len(text) - at <= TAIL_CHARS and token_pattern_for(text, at, len(text)).search(text, at) is None:
        return len(text)  # "… on Monday." rather than "… on Monday …"
    return at
