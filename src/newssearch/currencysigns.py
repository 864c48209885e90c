"""An amount written after its currency's sign ("$50 million", "£1.2bn", "US$50m", "€3"): when indexing, a term at
its number's place that names the sign and the number (``$50``, ``£1.2``), beside the number's own.

A sign is no word (the tokenizer drops it), so "$50 million", "£50 million" and "50 million shares" had been one
phrase to the index. The term holds the sign itself, which no token's term holds (a typed ``$50`` is the word
"50"), so that searching a word ("dollar", "50", "pound") is as it was; it is another form of the number, as an
exact spelling is, so that the field's length, which counts words, is as it was too. A query for an amount typed
with its sign (``currencyamounts``) asks for the phrase of this term and the scale: ``$50m`` is ``$50`` "million",
found in "$50m", "$50 million" and "US$50 million", not in "£50m" nor "50 million shares".

A dollar's country before its sign (US$, NZ$, A$, C$, HK$, S$, NT$ and, as the papers read it, MX$) is a dollar's;
the Brazilian real's R$ is its own (``R$50``: a real is no dollar). A sign a space before its number ("$ 50"),
or a code (USD 50), is not read: neither Reuters nor the BBC writes them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter

SIGNS = "$£€¥"  # the currency signs read before a number (as ``gluedamounts.CURRENCY_SIGNS``)
REAL = "R$"  # the Brazilian real's sign: the dollar's after an R that opens a word
TERM_SIGNS = (*SIGNS, REAL.lower())  # what a sign's term opens with
_SIGN = re.compile(r"[$£€¥](?=[0-9])")
_END = itemgetter(1)
_NUMBER = re.compile(r"[0-9](?:[0-9,.]*[0-9])?")  # a token that is a number: 50, 1,000, 1.2


def signed_term(sign: str, number: str) -> str:
    """The term of an amount's ``number`` (as the index holds it: ``1000``, ``1.2``) after ``sign``: ``$50``, the
    real's ``r$50`` (in lower case, as the analyzer chain makes every term)."""
    return sign.lower() + number


def may_hold_signs(text: str) -> bool:
    """True when ``text`` may hold a number after a currency sign (the quick test: most texts hold no sign)."""
    return ("$" in text or "£" in text or "€" in text or "¥" in text) and _SIGN.search(text) is not None


def signed_numbers(text: str, spans: Sequence[tuple[int, int]], tokens: Sequence[str]) -> dict[int, str]:
    """The term (``signed_term``) of each number among ``tokens`` (a text's tokens as written, at ``spans`` in
    ``text``) that stands straight after a currency sign, by its place. An amount with its scale written on ("$50m")
    is its number's token, then its own from its sign (``gluedamounts``): the spans' starts are out of order there,
    their ends are not, so the token after a sign is the first to end past it."""
    found: dict[int, str] = {}
    for match in _SIGN.finditer(text):
        at = match.end()
        place = bisect_right(spans, at, key=_END)
        if place < len(spans) and spans[place][0] == at and _NUMBER.fullmatch(token := tokens[place]):
            found[place] = signed_term(_sign(text, match.start()), token.replace(",", ""))
    return found


def _sign(text: str, at: int) -> str:
    """The currency sign at ``at`` in ``text``: the real's (``REAL``) for a dollar's after an R opening a word."""
    sign = text[at]
    if sign == "$" and at and text[at - 1] == "R" and (at == 1 or not text[at - 2].isalnum()):
        return REAL
    return sign
