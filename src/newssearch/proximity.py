"""A news database's proximity between two words as Lucene's phrase with a ``~`` (Nexis's w/5 and pre/5, Factiva's
near5, ProQuest's NEAR/5 and NEAR), and the proximities it cannot read refused with what to type instead."""

from __future__ import annotations

import re

from .errors import InvalidQuery, as_typed
from .querychecks import shorten

# A news database's proximity between two words: Nexis's "w/5" (within 5 words) and "pre/5" (before, within 5),
# Factiva's "near5" (or NEAR/5). Read as words, "Blair w/5 Brown" had required a word "w" and the number 5: nothing.
# Any number, as Lucene's slop has no limit: "oil w/1000 crude" (up to 3 digits read) had found nothing, silently.
# ProQuest's NEAR with no number, in capitals as its operators are, is its NEAR/4: read as an AND (near a stop word),
# "blair NEAR brown" had found Blair and Brown a page apart. In lower case ("homes near river") it is a word.
_PROXIMITY = re.compile(r"(?<![^\s(])([^\s()\"/:]+)\s+((?i:w|pre|near)/?(\d+)|NEAR)\s+([^\s()\"/:]+)(?![^\s)])")
NEAR_DEFAULT = 4  # ProQuest's: NEAR is NEAR/4


def proximity_operators(text: str) -> tuple[str, str | None]:
    """``text`` with a database's proximity between two words outside quotes as Lucene's, a phrase with a ``~``, which
    keeps its words' order: ``Blair pre/5 Brown`` is ``"Blair Brown"~5``, ``Blair w/5 Brown`` (and ``near5``) either
    order, ``("Blair Brown"~5 OR "Brown Blair"~5)``; and a note saying so (``text`` and None when it has none)."""
    said: list[str] = []

    def near(match: re.Match[str]) -> str:
        first, operator, distance, second = match.groups()
        if "/" not in operator and not operator.lower().startswith("near"):  # w5, pre5: words, as typed
            return match.group()
        if distance is None and not any(c.islower() for c in text):  # NEAR in a query typed in capitals: a word
            return match.group()
        ordered, apart = operator.lower().startswith("pre"), NEAR_DEFAULT if distance is None else int(distance)
        read = f'"{first} {second}"~{apart}' + ("" if ordered else f' OR "{second} {first}"~{apart}')
        read = read if ordered else f"({read})"
        default = "" if distance else f" (ProQuest's NEAR, NEAR/{apart}; type NEAR/10 for another number)"
        said.append(f"{operator} is read as {read}: at most {apart} words between them, "
                    f"{'in this order' if ordered else 'in either order'}{default}")
        # Lucene's ||, not OR: an OR of its own had made "OIL W/5 CRUDE" a query typed in capitals (unshout), the OR
        # lower-cased into a word that both phrases then stood beside
        return read.replace(" OR ", " || ")

    if "/" not in text and "near" not in text.lower():
        return text, None
    pieces = bracketed_words_unbracketed(quoted_words_unquoted(text)).split('"')
    pieces[::2] = [_PROXIMITY.sub(near, piece) for piece in pieces[::2]]
    return '"'.join(pieces), "; ".join(dict.fromkeys(said)) or None


# One word quoted beside a proximity, '"yen" w/3 dollar': a word, as it is anywhere else (the phrase of one word is the
# word); read as a phrase, it had been refused as one that a Lucene phrase cannot hold.
_READ_PROXIMITY = r"(?<![^\s(])(?i:(?:w|pre|near)/\d+|near\d+)"
_QUOTED_WORD = re.compile(r'(?<![^\s(])"([^\s()"/:]+)"(?![^\s)])')
_PROXIMITY_AFTER = re.compile(r"\s+" + _READ_PROXIMITY + r"\s")
_PROXIMITY_BEFORE = re.compile(_READ_PROXIMITY + r"\s+\Z")


def quoted_words_unquoted(text: str) -> str:
    """``text`` with each word quoted alone beside a proximity that proximity_operators reads without its quotes:
    ``"yen" w/3 "dollar"`` is ``yen w/3 dollar``; a phrase of several words stays quoted."""
    return _alone_beside_proximity(text, '"', _QUOTED_WORD, 1)


def _alone_beside_proximity(text: str, mark: str, alone: re.Pattern[str], group: int) -> str:
    """``text`` with each match of ``alone`` (a word quoted or bracketed alone, if ``mark`` is in ``text``) outside
    quotes and beside a proximity as its word, ``group``; left as typed when its quotes do not pair."""
    if mark not in text or text.count('"') % 2:
        return text  # which quote opens which phrase is not known: the parser drops the odd one later

    def word(match: re.Match[str]) -> str:
        if text.count('"', 0, match.start()) % 2:
            return match.group()  # inside a phrase: '"a b "c" w/3' is no word quoted
        beside = (_PROXIMITY_AFTER.match(text, match.end())
                  or _PROXIMITY_BEFORE.search(text, 0, match.start()))
        return match.group(group) if beside else match.group()

    return alone.sub(word, text)


# One word bracketed beside a proximity, '(gunmen) w/5 officer' or '("yen") w/3 dollar': the word, as the group of one
# word is anywhere else; it had been refused as a bracket. A field's (title:(yen)) or a sign's (-(yen)) stays refused.
_BRACKETED_WORD = re.compile(r'(?<![^\s(])\(("?)([^\s()"/:]+)\1\)(?![^\s)])')


def bracketed_words_unbracketed(text: str) -> str:
    """``text`` with each word bracketed alone (maybe quoted too) beside a proximity without its bracket:
    ``(gunmen) w/5 officer`` is ``gunmen w/5 officer``; a bracket of several words stays."""
    return _alone_beside_proximity(text, "(", _BRACKETED_WORD, 2)


# A proximity proximity_operators left as typed: beside a phrase, a bracket or a field's value ('"heating oil" w/3
# prices', '(blair OR brown) w/10 election'), which a Lucene phrase cannot hold, or chained ('a pre/5 b w/3 c').
# Read as words, it had required a word "w" and the number 3: nothing, with no word of why.
_LEFT_PROXIMITY = re.compile(r"(?<![^\s()])(?:(?i:(?:w|pre|near)/\d+|near\d+)|NEAR)(?![^\s()])")


def check_proximity(rewritten: str, typed: str) -> None:
    """Refuse a news database's proximity outside quotes that ``rewritten`` (by proximity_operators) still holds:
    one beside a phrase, a bracket, a field's value or another proximity, which finds nothing read as words
    (``typed``: the query as the user typed it, for the message); beside a phrase, the hint is the query to type."""
    at = 0
    for number, piece in enumerate(rewritten.split('"')):
        match = _LEFT_PROXIMITY.search(piece) if number % 2 == 0 else None
        instead = _one_phrase(rewritten, at + match.start(), at + match.end()) if match else None
        if match and match.group() == "NEAR" and not (instead and any(c.islower() for c in rewritten)):
            match = None  # NEAR beside no phrase is a word ("NEAR Shoemaker", the probe), as in a query in capitals
        if match:
            hint = (f"type all the words as one phrase with a ~, {instead}, or a word on each side of {match.group()}"
                    if instead else 'type a word on each side, blair w/5 brown, or all the words as one phrase '
                                    'with a ~, "heating oil prices"~3')
            raise InvalidQuery(f"{match.group()} needs a word of its own on each side (not a phrase, a bracket, a "
                               f"field's value or another proximity's word): {as_typed(shorten(typed))}", hint=hint)
        at += len(piece) + 1


_LEFT_SIDE = re.compile(r'(?<![^\s(])(?:"([^"]*)"|([^\s()"]+))\s+\Z')
_RIGHT_SIDE = re.compile(r'\s+(?:"([^"]*)"|([^\s()"]+))(?![^\s)])')
_DISTANCE = re.compile(r"\d+")


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


# Nexis's "w/s" and "w/p" (in the same sentence, paragraph) and Westlaw's "/s", "/p" and "/5" (within 5 words): read as
# words, "gunmen w/s officer" had required a word "w" and a word "s", and found nothing with a note offering --match
# any, as if the words were in no article together. The index keeps no sentences: they are refused with a number of
# words to type instead (a sentence some 20 words, a paragraph some 50).
# A proximity with no number, "blair w/ brown", had required a word "w" and found nothing, saying nothing: refused.
_UNREAD_PROXIMITY = re.compile(r"(?<![^\s(])(?:w?/([sp])|/(\d+)|((?:w|pre|near)/))(?![^\s()])", re.IGNORECASE)
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
