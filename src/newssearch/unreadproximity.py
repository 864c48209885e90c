"""The proximities a news database writes that newssearch does not read, refused with what to type instead: Nexis's
``w/s`` and ``w/p`` (a sentence, a paragraph), Westlaw's ``/s``, ``/p`` and ``/5``, and one with no number (``w/``)."""

from __future__ import annotations

import re

from .errors import InvalidQuery, as_typed
from .querychecks import shorten

# Nexis's "w/s" and "w/p" (in the same sentence, paragraph) and Westlaw's "/s", "/p" and "/5" (within 5 words): read as
# words, "gunmen w/s officer" had required a word "w" and a word "s", and found nothing with a note offering --match
# any, as if the words were in no article together. The index keeps no sentences: they are refused with a number of
# words to type instead (a sentence some 20 words, a paragraph some 50).
# A proximity with no number, "blair w/ brown", had required a word "w" and found nothing, saying nothing: refused.
_UNREAD_PROXIMITY = re.compile(r"(?<![^\s(])(?:w?/([sp])|/(\d+)|((?:w|pre|near|n|p)/))(?![^\s()])", re.IGNORECASE)
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
