"""Amounts with their scale written on, as British papers write them ("£1.2bn", "$3m", "1.2bn"): the number and the
scale word, at two places, so that the phrase "1.2 billion" finds "£1.2bn" and ``£1.2bn`` "1.2 billion"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter
from typing import TypeVar

from .startup import lazy_compile

_Item = TypeVar("_Item")

# A scale written onto its number is the word it stands for: bn, bln billion, mn, mln million, tn trillion after any
# number ("1.2bn"), m million, k thousand and b billion only after a currency sign ("$3m", "NZ$2.5m", "£800k",
# "$1.88b" as New Zealand and Australian papers write it) or a rand's or rupee's R or Rs ("R5m"): a "5,000m" race, a
# "5m" lead, a "2b" pencil and "10am" stay words. A sign before such an amount is in its
# token (``SIGNED_AMOUNT``, a branch of ``tokenpatterns.TOKEN_PATTERN``), so that the token tells what it is alone.
# In lower case only, but after a currency sign, where a headline's capitals are no other word ("$5M", "£1.2BN",
# "€3BN"): "3M", "1.2BN", "10AM" and the spaced "3 BN" and "3 TN" stay (see tokenpatterns' wire amounts).
_SCALE = r"(?:[bmt]n|[bm]ln|[mkb])"
CURRENCY_SIGNS = "$£€¥"  # the signs an amount is glued after (``SIGNED_AMOUNT``)
SIGNED_AMOUNT = rf"[$£€¥]\d(?:[.,]?\d)*(?i:{_SCALE})(?![\w.'’]\w|\w)"  # not where a word goes on ("$1.2bn's")
_AMOUNT = re.compile(rf"(?:[$£€¥]|Rs|R)?(\d(?:[.,]?\d)*)({_SCALE})")
_SIGNED = lazy_compile(rf"[$£€¥](\d(?:[.,]?\d)*)((?i:{_SCALE}))")  # in capitals too (``_amount``)
_HINT = lazy_compile(rf"\d(?i:{_SCALE})(?!\w)")  # a text that may hold one: most hold none, and are cut as before
SCALES = {"bn": "billion", "bln": "billion", "mn": "million", "mln": "million", "tn": "trillion", "m": "million",
          "k": "thousand", "b": "billion"}
_SIGNED_ONLY = ("m", "k", "b")  # scales read only after a currency sign
SCALE_ENDS = "mknbMKNB"  # the last letter of every such amount: a quick test before the patterns
SIGNED_SCALES = frozenset(SCALES.values())  # the terms of a token that has another (``written_amount``)


# What every such amount holds: a currency sign, a rand's or rupee's R before a digit, or a scale of two letters. Most
# texts hold none, and are told so by ``str``'s search, far quicker than a regex that stops at every digit (``_HINT``
# over each of 600 Reuters stories had cost their analysis 3%).
_MARKS = ("$", "£", "€", "¥", "bn", "mn", "tn", "ln")
_RAND = lazy_compile(r"Rs?[0-9]")  # opens with a letter: the engine looks for it as a string
# The same marks in one pattern, for a short text (a word typed, a snippet's token): there the eight searches' calls
# cost more than the looking (1.3 against 0.24 us a word; over 4,000 characters the pattern is five times slower)
_ANY_MARK = re.compile(r"[$£€¥]|[bmtl]n|Rs?[0-9]")
_SHORT = 64


def has_glued(text: str) -> bool:
    """True when ``text`` may hold an amount with its scale written on."""
    return first_glued(text) >= 0


def first_glued(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the first place that may end an amount with its scale written on (``_HINT``) starts in ``text`` (from
    ``start`` to ``end``), or -1."""
    end = len(text) if end is None else end
    # the marks within start and end only: a run of Chinese is cut into pieces, each asking (split_unspaced), and a
    # 200,000-character run in a fuzzed .docx took 80 s when each piece looked through the whole text
    if end - start <= _SHORT:
        if _ANY_MARK.search(text, start, end) is None:
            return -1
    elif all(text.find(mark, start, end) < 0 for mark in _MARKS) and _RAND.search(text, start, end) is None:
        return -1
    hint = _HINT.search(text, start, end)
    return -1 if hint is None else hint.start()


def glued_scale(word: str) -> str | None:
    """The scale word of a token that is an amount with its scale written on (``£1.2bn`` -> ``billion``), or None
    (``5m``, ``5,000m``: no currency before a metre)."""
    found = _glued_match(word)
    return SCALES[found.group(2).lower()] if found is not None else None


def _glued_match(word: str) -> re.Match[str] | None:
    """``word`` as an amount with its scale written on, its number (group 1) and its scale (2), or None: an m, a k or
    a b only after a currency sign (``_AMOUNT``, ``_SIGNED``: in capitals too)."""
    found = _AMOUNT.fullmatch(word) or (_SIGNED.fullmatch(word) if word[:1] in "$£€¥" else None)
    return None if found is None or (found.group(2) in _SIGNED_ONLY and found.start(1) == 0) else found


def glued_number(word: str) -> str | None:
    """The number of a token that is an amount with its scale written on (``£1.2bn`` -> ``1.2``), or None."""
    found = _glued_match(word)
    return found.group(1) if found is not None else None


def written_amount(word: str) -> tuple[int, int] | None:
    """Where the amount as written without its sign stands in a token of an amount with its scale written on
    (``$1.5m`` -> (1, 5), ``1.2bn`` -> (0, 5)), or None: it is indexed at the token's place too (``innerwords``), as
    before the number and the scale were apart, so that ``1.5m`` still finds "$1.5m" (and ``$5m`` still does not: its
    "5" is no "1.5"), and a pattern ``1.2bn*`` or ``1.2b*`` "£1.2bn" (whose terms are "1.2" and "billion")."""
    found = _glued_match(word) if word[-1:] in SCALE_ENDS else None
    return (found.start(1), len(word)) if found is not None else None


def glued_spans(text: str, spans: list[tuple[int, int]], start: int = 0,
                end: int | None = None) -> list[tuple[int, int]]:
    """``spans`` (a text's tokens, from ``start`` to ``end``) with each amount with its scale written on cut in two
    (``glued_cuts``), in place: the list made anew, not each number inserted (a 2 MB text's 20,000 amounts had moved
    its 400,000 spans as many times, a second)."""
    cuts = glued_cuts(text, spans, start, end)
    if cuts:
        spans[:] = _with_inserted(spans, cuts)
    return spans


def _with_inserted(items: Sequence[_Item], cuts: Sequence[tuple[int, _Item]]) -> list[_Item]:
    """``items`` with each cut's item before the one at its place (places ascending), made in one pass: inserting each
    moved every item after it, a long text's square."""
    out: list[_Item] = []
    last = 0
    for at, item in cuts:
        out += items[last:at]
        out.append(item)
        last = at
    out += items[last:]
    return out


def glued_cuts(text: str, spans: Sequence[tuple[int, int]], start: int = 0,
               end: int | None = None) -> list[tuple[int, tuple[int, int]]]:
    """Where each amount with its scale written on stands among ``spans`` (a text's tokens), and its number's span,
    to go before it: the token's term is the scale word (``glued_scale``), the number's the number, and they overlap
    so that a snippet marks the amount whole. Only the tokens ending where ``_HINT`` finds a scale (from ``start``)
    are looked at: scanning a text for them costs a BBC story a tenth of its tokenizing, so a text is scanned only
    from its first (``first_glued``), to ``end``."""
    cuts = []
    for hint in _HINT.finditer(text, start, len(text) if end is None else end):
        at = bisect_left(spans, hint.end(), key=itemgetter(1))
        if at < len(spans) and spans[at][1] == hint.end() and (found := _glued(text, *spans[at])) is not None:
            cuts.append((at, found))
    return cuts


# where such an amount ends among a text's tokens joined by NULs (``indexwords``' ASCII path, which has no spans)
_GLUED_END = lazy_compile(rf"[0-9](?i:{_SCALE})(?![^\0])")


def glued_tokens(raw: list[str], links: list[int], together: str) -> tuple[list[str], list[int], list[int]] | None:
    """``raw`` (a text's tokens, ``together`` joined by NULs) with each amount with its scale written on after its
    number (``glued_spans``), ``links`` (hyphens joining tokens ``i`` and ``i + 1``) moved to match, and where the
    amounts now stand; None if there are none."""
    cuts: list[tuple[int, str]] = []
    at = last = 0
    for found in _GLUED_END.finditer(together):
        start = together.rfind("\0", 0, found.start()) + 1
        at += together.count("\0", last, start)
        last = start
        if (amount := _glued_match(raw[at])) is not None:
            cuts.append((at, amount.group(1)))
    if not cuts:
        return None
    out = _with_inserted(raw, cuts)
    places = [at for at, _ in cuts]
    return out, [link + bisect_right(places, link) for link in links], [at + k + 1 for k, at in enumerate(places)]


def _glued(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the number of the token at ``start``-``end`` when it is an amount with its scale written on."""
    found = _glued_match(text[start:end])
    return (start + found.start(1), start + found.end(1)) if found is not None else None
