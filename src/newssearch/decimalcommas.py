"""A decimal comma in an amount of money, as continental Europe writes it ("€1,50", "1,50 €", "20,50 USD", "1,5 Mrd.
Euro"): the number is one token ("1,50", its term ``1.50``, as "€1.50"'s is), not the numbers 1 and 50, so that a
query for 50 finds no amount of 1.50.

A comma and one or two digits ending a number is a decimal comma where its currency says so:

* the euro's sign or code before it ("€1,50", "€ 1,50", "EUR 1.000,50"), or the Brazilian real's ("R$ 20,50", "BRL
  20,50": Brazil writes a decimal comma): only theirs, as ``currencysigns`` reads them; an English "$110,00" or
  "£135,00" (BBC) is a thousands group cut short, and stays two numbers, as does "US$ 1,50";
* a currency after it, in the continental order ("20,50 €", "20,50 EUR"; with exactly two digits "20,50 USD",
  "20,50 $", "20,50 CHF", "20,50 zł": the wire's "2,29 dlrs" and "514,00 dlrs" are one typo each way, and stay);
* a scale word and then the euro after it ("1,5 Mrd. Euro", "2,5 millones de euros": ``scaledeuros``).

Three digits are a thousands group, as anywhere ("1,500 €" is 1500). After groups a space apart ("1 000,50 €",
"€1 000,50") the decimals are the last group's; ``groupedamounts`` reads the number whole.

A query's number typed with a decimal comma and no currency ("1,50", ``bare_decimal_commas``) may mean either: the
decimal of "€1,50" or "1,50 €", or a bare text's "1,50", two numbers; the parser searches both (``phrases``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from .codedscales import CONTINENTAL
from .currencysigns import CODES, TYPED_CODE, european_number
from .groupedamounts import GAP, group_head, grouped_number
from .scaledeuros import SCALED_EURO
from .startup import lazy_compile

# A comma and one or two digits ending a number: no digit, no other group and no letter after them ("€1,50m" is a
# glued amount, one token). Opening with the comma, its look-behind after it: the engine looks for commas alone (opening
# with the look-behind, tried at every character, it had cost 600 BBC stories' analysis 5%)
_DECIMALS = lazy_compile(r",(?<=[0-9],)[0-9]{1,2}(?![0-9]|[.,][0-9]|\w)")
# A number before it as one token holds it: digits, or groups of three after dots ("1.000,50"); no comma or point
# before (a "1,000,50" is no amount); its last group after a space ("1 000,50 €"), whose head ``currencysigns`` reads
_WHOLE = lazy_compile(r"(?:[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+)")
_OTHER_CODES = "CHF|PLN|CZK|HUF|SEK|NOK|DKK|RON|BGN|TRY|RUB|UAH|INR|CNY|ZAR"


class _Patterns(NamedTuple):
    """What tells a decimal comma's currency, compiled when a text or a query first holds a comma and one or two
    digits (few do: their 5 ms had been every query's, at import)."""

    scaled: re.Pattern[str]  # a scale word and the euro after the decimals ("1,5 Mrd. Euro")
    currency_after: re.Pattern[str]  # a currency after two decimals: a sign, a code (ours and others'), the złoty's zł
    euro_after: re.Pattern[str]
    euro_before: re.Pattern[str]
    # Any currency's sign or code before a number ("$1,50", "US$ 1,50", "usd 1,50"): a typed number after it has no
    # bare decimal comma (the dollar's "$1,50" is a thousands group cut short, as the index reads it)
    sign_before: re.Pattern[str]
    # A continental scale word after the decimals, and a code after it ("2,5 Mrd. USD"), or none ("USD 2,5 Mrd.")
    coded_scale: re.Pattern[str]
    code_before: re.Pattern[str]  # a code of ours, or a sign, before the number


@cache
def _patterns() -> _Patterns:
    """This module's currency patterns, compiled."""
    return _Patterns(
        re.compile(rf"{GAP}{SCALED_EURO}"),
        re.compile(rf"{GAP}?(?:[$£¥€]|zł(?!\w))|{GAP}(?:{'|'.join(CODES)}|{_OTHER_CODES})\b"),
        re.compile(rf"{GAP}?€|{GAP}EUR\b"),
        re.compile(rf"(?:€{GAP}?|\bEUR{GAP}|\bR\${GAP}?|\bBRL{GAP})$"),
        re.compile(rf"(?:[$£¥€]{GAP}?|\b(?:{TYPED_CODE}){GAP})$"),
        re.compile(rf"{GAP}{CONTINENTAL}(\.?{GAP}(?:{'|'.join(CODES)})\b)?"),
        re.compile(rf"(?:[$£¥€]{GAP}?|\b(?:{'|'.join(CODES)}){GAP})$"))


def has_decimals(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``text`` (from ``start`` to ``end``) may hold a decimal comma (the quick test: a comma and one or two
    digits ending a number, which most texts hold none of)."""
    end = len(text) if end is None else end
    return text.find(",", start, end) >= 0 and _DECIMALS.search(text, start, end) is not None


def decimal_commas(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """Each decimal comma of an amount in ``text`` (from ``start`` to ``end``): where its number starts, where the
    comma stands and where the decimals end."""
    return _commas(text, start, end, _is_decimal)


def bare_decimal_commas(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """Each number a query types with a comma and one or two digits after it and no currency sign or code before it
    ("1,50", "1.000,50"), as ``decimal_commas`` gives them: a decimal comma or a bare text's two numbers, either.
    (A query's decimal comma in its currency is a point already: ``typed_decimals``.)"""
    return _commas(text, start, end, _is_bare)


def _commas(text: str, start: int, end: int | None, decimal: Callable[[str, int, int, int], bool]) -> list[tuple[int, int, int]]:
    """Each comma and one or two digits ending a number in ``text`` (from ``start`` to ``end``) that ``decimal``
    (the text, where the number starts, where its decimals end, and how many digits they are) takes: where its number
    starts, where the comma stands and where the decimals end."""
    end = len(text) if end is None else end
    found = []
    for decimals in _DECIMALS.finditer(text, start, end):
        comma, after = decimals.start(), decimals.end()
        whole = _whole_before(text, comma, start)
        if whole is not None and decimal(text, whole, after, len(decimals.group()) - 1):
            found.append((whole, comma, after))
    return found


def _whole_before(text: str, comma: int, start: int) -> int | None:
    """Where the number before the comma at ``comma`` starts, when it is one token's whole number (``_WHOLE``)."""
    at = comma
    while at > start and (text[at - 1].isdigit() or text[at - 1] == "."):
        at -= 1
    if not _WHOLE.fullmatch(text, at, comma) or (at > 0 and (text[at - 1].isalnum() or text[at - 1] in ",._")):
        return None
    return at


def _is_decimal(text: str, whole: int, after: int, digits: int) -> bool:
    """Whether the comma between a number from ``whole`` and ``digits`` digits up to ``after`` is a decimal comma:
    by the euro or the real before it, a currency after it, or a scale word and a currency after it."""
    patterns = _patterns()
    head = group_head(text, whole)  # "€1 000,50": the euro before its first group
    if patterns.euro_before.search(text, max(0, head - 4), head):
        return True
    if digits == 2 and patterns.currency_after.match(text, after):
        return True
    if (scaled := patterns.coded_scale.match(text, after)) is not None \
            and (scaled.group(1) or patterns.code_before.search(text, max(0, head - 4), head)):
        return True  # "USD 2,5 Mrd.", "2,5 Mrd. USD", "$ 2,5 Millionen": ``codedscales``
    return patterns.euro_after.match(text, after) is not None or patterns.scaled.match(text, after) is not None


def _is_bare(text: str, whole: int, after: int, digits: int) -> bool:
    """Whether a number from ``whole`` has no currency's sign or code before it (``_Patterns.sign_before``)."""
    return _patterns().sign_before.search(text, max(0, whole - 4), whole) is None


def join_decimals(text: str, spans: list[tuple[int, int]], start: int = 0,
                  end: int | None = None) -> list[tuple[int, int]]:
    """``spans`` (a text's tokens, from ``start`` to ``end``) with the two tokens of each decimal amount (its whole
    number and its decimals) one, in place."""
    for at in reversed(decimal_joins(text, spans, start, end)):
        spans[at : at + 2] = [(spans[at][0], spans[at + 1][1])]
    return spans


def decimal_joins(text: str, spans: Sequence[tuple[int, int]], start: int = 0, end: int | None = None) -> list[int]:
    """The places ``i`` among ``spans`` (a text's tokens) where tokens ``i`` and ``i + 1`` are a decimal amount's
    whole number and decimals (``decimal_commas``), in order."""
    return _joins(spans, decimal_commas(text, start, end))


def bare_decimal_joins(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """The places ``i`` among ``spans`` (a typed text's tokens) where tokens ``i`` and ``i + 1`` are the whole number
    and decimals of a number typed with a decimal comma and no currency (``bare_decimal_commas``), in order."""
    return _joins(spans, bare_decimal_commas(text)) if "," in text else []


def _joins(spans: Sequence[tuple[int, int]], commas: list[tuple[int, int, int]]) -> list[int]:
    """The places ``i`` among ``spans`` where tokens ``i`` and ``i + 1`` are the whole number and decimals of one of
    ``commas`` (``decimal_commas``)."""
    joins = []
    for whole, comma, after in commas:
        at = bisect_left(spans, whole, key=itemgetter(0))
        if at + 1 < len(spans) and spans[at] == (whole, comma) and spans[at + 1] == (comma + 1, after):
            joins.append(at)
    return joins


def typed_decimals(text: str) -> str:
    """``text`` (a query) with each amount's decimal comma written as the index reads it, a point: "20,50 USD" is
    "20.50 USD", "€1.000,50" and "1 000,50 €" "€1000.50" and "1000.50 €" (the parser reads each word alone, without
    the currency that makes it one)."""
    if not has_decimals(text):
        return text
    pieces, last = [], 0
    for whole, _, after in decimal_commas(text):
        if (head := group_head(text, whole)) < whole and head >= last:  # "1 000,50 €": "1000.50 €"
            pieces += [text[last:head], grouped_number(text[head:after])]
        else:
            pieces += [text[last:whole], european_number(text[whole:after])]
        last = after
    return "".join(pieces) + text[last:] if pieces else text
