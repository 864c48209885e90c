"""An amount with its currency's code or sign before its number and a scale word after it ("EUR 50 Mio.", "USD 50
Millionen", "€ 2,5 Mrd."), or its scale word and then a code ("50 Mio. USD", "50 Mrd. GBP"), as German and Swiss
financial papers write it: read as its sign-first form ("€50 million", "$50 million") is, in an article and typed.

``currencysigns`` reads the code or sign before the number already (``€50`` at its number's place); this module adds
the scale word's term (``million``) at the scale's place, as ``scaledeuros`` does for "50 Mio. €", and reads a code
after the scale word as the amount's currency. A code with no scale word ("USD 50", "USD 2024 results") is read as it
was; a scale word with no currency beside it ("50 Mio. Einwohner") stays a word; only the codes ``currencysigns``
reads (``CODES``: not CHF, whose amounts stay bare numbers); not the one letter M ("USD 50 M") nor German's "Billion".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .groupedamounts import GAP
from .scaledeuros import NO_AMOUNT_AFTER, SCALE_TERMS

# The scale words written after a code's amount, longest first: ``scaledeuros``' but the one letter M
_SCALE = "|".join(sorted(SCALE_TERMS.keys() - {"m"}, key=lambda word: (-len(word), word)))
_ABBREVIATED = frozenset({"mio", "mrd", "mia", "md", "mds"})  # a point after these is theirs ("EUR 50 Mio.")
_OWN = frozenset({"million", "millions", "billion"})  # their own term already: "USD 50 million" is read as it was
# A continental scale word (none of ``_OWN``: "2,5 million" may be an English list), as ``scale_term`` reads one
CONTINENTAL = "(?!Billion(?!\\w))(?i:{})(?!\\w)".format(
    "|".join(sorted(SCALE_TERMS.keys() - _OWN - {"m"}, key=lambda word: (-len(word), word))))


def scale_term(token: str) -> str | None:
    """The scale's term (``million``, ``billion``) of a scale word's token after an amount's number ("Mio",
    "Millionen", "Mrd"), or None: not for a word that is its own term already, nor German's "Billion"."""
    if token == "Billion" or token.lower() in _OWN:
        return None
    return SCALE_TERMS.get(token.lower()) if token.lower() != "m" else None


def scale_end(text: str, end: int, token: str) -> int:
    """Where a scale word's token ending at ``end`` in ``text`` ends as written: after its abbreviation's point."""
    return end + 1 if token.lower() in _ABBREVIATED and text[end : end + 1] == "." else end


@cache
def _after(codes: str) -> re.Pattern[str]:
    """A number, its scale word and a code of ``codes`` (a pattern's alternatives) after it ("50 Mio. USD")."""
    return re.compile(rf"(?<![\w.,$£€¥])(?P<number>[0-9](?:[0-9.,]*[0-9])?){GAP}"
                      rf"(?P<scale>(?!Billion(?!\w))(?i:{_SCALE}))(?!\w)\.?{GAP}(?P<code>{codes})(?![\w$£€¥*?~^])")


def codes_after(text: str, codes: str) -> Iterator[re.Match[str]]:
    """Each amount of ``text`` written with its scale word and then a code of ``codes`` (group ``number``, ``scale``
    and ``code``): "50 Mio. USD", "50 Mrd. GBP"."""
    return _after(codes).finditer(text)


@cache
def _before(codes: str) -> re.Pattern[str]:
    """A code of ``codes`` or a sign, a number and a scale word after it ("EUR 50 Mio.", "$ 50 Millionen")."""
    return re.compile(rf"(?<![\w$£€¥.])(?P<currency>{codes}|[$£€¥])(?P<gap>{GAP}?)(?P<number>[0-9](?:[0-9.,]*[0-9])?)"
                      rf"{GAP}(?P<scale>(?!Billion(?!\w))(?i:{_SCALE}))(?!\w)")


def scales_in_english(text: str, codes: str) -> str:
    """``text`` (a query) with each scale word beside a code of ``codes`` and its amount as the English scale its
    term is, the point of its abbreviation dropped: "EUR 50 Mio." is "EUR 50 million", "50 Mrd. USD" "50 billion
    USD", "USD 50 Millionen" "USD 50 million", so that ``currencyamounts`` reads it as it reads those, in quotes too."""
    def english(match: re.Match[str]) -> str:
        typed, scale = match.string, match.group("scale")
        if (term := scale_term(scale)) is None or typed[match.end() : match.end() + 1] in NO_AMOUNT_AFTER:
            return match.group()
        cut = scale_end(typed, match.end("scale"), scale)
        return typed[match.start() : match.start("scale")] + term + typed[cut : match.end()]

    return _after(codes).sub(english, _before(codes).sub(english, text))


def codes_first(text: str, codes: str) -> str:
    """``text`` (a query's words outside quotes) with each amount typed with its scale and then a code of ``codes``
    as its code first ("50 million USD" is "USD 50 million"), as ``currencyamounts`` reads a typed amount."""
    def first(match: re.Match[str]) -> str:
        if scale_term(match.group("scale")) is None and match.group("scale").lower() not in _OWN:
            return match.group()
        return f"{match.group('code')} {match.group('number')} {match.group('scale')}"

    return _after(codes).sub(first, text)
