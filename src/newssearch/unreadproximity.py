"""The proximities a news database writes that newssearch does not read, refused with what to type instead: Nexis's
``w/s`` and ``w/p`` (a sentence, a paragraph), Westlaw's ``/s``, ``/p`` and ``/5``, one with no number (``w/``), and
one that proximity.py left as typed (beside a phrase, a bracket, a field's value or another proximity)."""

from __future__ import annotations

import re

from .errors import InvalidQuery, as_typed
from .proximity import CODE_NUMBER, NEAR_DEFAULT
from .querychecks import shorten
from .startup import lazy_compile

# Nexis's "w/s" and "w/p" (in the same sentence, paragraph) and Westlaw's "/s", "/p" and "/5" (within 5 words): read as
# words, "gunmen w/s officer" had required a word "w" and a word "s", and found nothing with a note offering --match
# any, as if the words were in no article together. The index keeps no sentences: they are refused with a number of
# words to type instead (a sentence some 20 words, a paragraph some 50).
# A proximity with no number, "blair w/ brown", had required a word "w" and found nothing, saying nothing: refused.
_UNREAD_PROXIMITY = lazy_compile(r"(?<![^\s(])(?:w?/([sp])|/(\d+)|((?:w|pre|near|n|p)/))(?![^\s()])", re.IGNORECASE)
_NUMBER_TO_TYPE = 5  # the number offered for a proximity typed without one: "blair w/5 brown", as README's examples
_UNREAD_SPANS = {"s": ("in the same sentence", 20), "p": ("in the same paragraph", 50)}


def check_unread_proximity(rewritten: str, typed: str) -> None:
    """Refuse a database's proximity between two words that counts sentences or paragraphs (``w/s``, ``w/p``,
    Westlaw's ``/s``, ``/p``) or is written as Westlaw writes a number of words (``/5``), outside quotes in
    ``rewritten``; the hint is the query with a number of words (``w/20``, ``w/5``), ``typed`` being the query as
    the user typed it."""
    if "/" not in rewritten:  # most queries: no regex searched
        return
    at = 0
    for number, piece in enumerate(rewritten.split('"')):
        match = _UNREAD_PROXIMITY.search(piece) if number % 2 == 0 else None
        start, end = (at + match.start(), at + match.end()) if match else (0, 0)
        at += len(piece) + 1
        if match is None or not rewritten[:start].strip() or not rewritten[end:].strip():
            continue  # "w/s" alone is a word, as typed
        span, distance, bare = match.groups()
        if bare:
            instead = shorten(re.sub(rf"(?<![^\s(]){re.escape(bare)}(?![^\s()])", f"{bare}{_NUMBER_TO_TYPE}", typed,
                                     count=1))
            raise InvalidQuery(f"{bare} needs a number, the words that may stand between them: "
                               f"{as_typed(shorten(typed))}", hint=f"type {instead}")
        words = _UNREAD_SPANS[span.lower()][1] if span else int(distance)
        instead = shorten(re.sub(rf"(?<![^\s(]){re.escape(match.group())}(?![^\s()])", f"w/{words}", typed, count=1))
        if span:
            raise InvalidQuery(f"{match.group()} ({_UNREAD_SPANS[span.lower()][0]}) is not read: newssearch counts the "
                               f"words between two words, not sentences or paragraphs: {as_typed(shorten(typed))}",
                               hint=f"type how many words may stand between them: {instead}")
        raise InvalidQuery(f"{match.group()} (Westlaw's within {distance} words) is not read: "
                           f"{as_typed(shorten(typed))}", hint=f"type it as Nexis does: {instead}")


# A proximity proximity_operators left as typed: beside a phrase, a bracket or a field's value ('"heating oil" w/3
# prices', '(blair OR brown) w/10 election'), which a Lucene phrase cannot hold, or chained ('a pre/5 b w/3 c').
# Read as words, it had required a word "w" and the number 3: nothing, with no word of why.
_LEFT_PROXIMITY = re.compile(
    rf"(?<![^\s()])(?:(?i:(?:w|pre|near|n|p)/\d+|near\d+)|NEAR|[NW]{CODE_NUMBER})(?![^\s()])")
_MAY_BE_WORD = lazy_compile(rf"NEAR|[NW]{CODE_NUMBER}")  # NEAR, N5, W5: a word unless a phrase or proximity beside it
_AFTER_PROXIMITY = lazy_compile(r"~\d+\)*\s+\Z")


def check_proximity(rewritten: str, typed: str) -> None:
    """Refuse a news database's proximity outside quotes that ``rewritten`` (by proximity_operators) still holds:
    one beside a phrase, a bracket, a field's value or another proximity, which finds nothing read as words
    (``typed``: the query as the user typed it, for the message); beside a phrase, the hint is the query to type."""
    at, shouted = 0, not any(c.islower() for c in rewritten)
    for number, piece in enumerate(rewritten.split('"')):
        for match in _LEFT_PROXIMITY.finditer(piece) if number % 2 == 0 else ():
            start, end = at + match.start(), at + match.end()
            instead = _one_phrase(rewritten, start, end)
            if _MAY_BE_WORD.fullmatch(match.group()) and _a_word(rewritten, start, end, instead, shouted):
                continue
            hint = (f"type all the words as one phrase with a ~, {instead}, or a word on each side of {match.group()}"
                    if instead else 'type a word on each side, blair w/5 brown, or all the words as one phrase '
                                    'with a ~, "heating oil prices"~3')
            raise InvalidQuery(f"{match.group()} needs a word of its own on each side (not a phrase, a bracket, a "
                               f"field's value or another proximity's word): {as_typed(shorten(typed))}", hint=hint)
        at += len(piece) + 1


def _a_word(rewritten: str, start: int, end: int, instead: str | None, shouted: bool) -> bool:
    """Whether the NEAR, N5 or W5 at ``rewritten[start:end]``, left unread, is a word: in a query typed in capitals;
    else unless a proximity read stands before it or a phrase beside it (NEAR: or a bracket or a field's value, or a
    side ``instead`` holds, which proximity_operators could not read, "9/11"; "the N5 road" is a road; a NEAR opening
    the query or a group it left out)."""
    if shouted:
        return True
    beside = (_AFTER_PROXIMITY.search(rewritten, 0, start)  # a w/5 b NEAR c: another proximity's word
              or rewritten[:start].rstrip().endswith('"') or rewritten[end:].lstrip().startswith('"'))
    held = bool(_HELD_BEFORE.search(rewritten, 0, start) or _HELD_AFTER.match(rewritten, end))
    return not (beside or rewritten[start:end] == "NEAR" and (instead or held))


# A bracket or a field's value beside a NEAR, '(oil gas) NEAR brown', 'brown NEAR title:oil': refused, as w/5 is
# there. Read as a word, the NEAR had been dropped as a stop word, saying nothing (oil, gas and brown a page apart).
_HELD_BEFORE = lazy_compile(r'(?:\)\s*|(?<![^\s(])[^\s()"]*:[^\s()"]*\s+)\Z')
_HELD_AFTER = lazy_compile(r'\s*[+\-!]*\(|\s+[^\s()"]*:')


_LEFT_SIDE = lazy_compile(r'(?<![^\s(])(?:"([^"]*)"|([^\s()"]+))\s+\Z')
_RIGHT_SIDE = lazy_compile(r'\s+(?:"([^"]*)"|([^\s()"]+))(?![^\s)])')
_DISTANCE = lazy_compile(r"\d+")


def _one_phrase(rewritten: str, start: int, end: int) -> str | None:
    """The phrase with a ~ that holds the words on both sides of the proximity at ``rewritten[start:end]`` (a phrase
    and a word, or two phrases: ``"heating oil prices"~3``), or None when a side is a bracket, a field's value or
    another proximity's word."""
    left, right = _LEFT_SIDE.search(rewritten, 0, start), _RIGHT_SIDE.match(rewritten, end)
    if not left or not right or rewritten.count('"', 0, left.start()) % 2:
        return None
    sides = [side.group(1) if side.group(1) is not None else side.group(2) for side in (left, right)]
    if any(":" in side or _LEFT_PROXIMITY.search(side) or not side.strip() for side in sides):
        return None
    words = " ".join(" ".join(side.split()) for side in sides)
    distance = _DISTANCE.search(rewritten, start, end)
    return f'"{words}"~{distance.group() if distance else NEAR_DEFAULT}'
