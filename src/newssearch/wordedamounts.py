"""An amount typed with its scale and then its currency's word (``8 billion dollars``, ``50 mln dlrs``, ``3 billion
yen``) read as typed with its sign (``$8 billion``, ``currencyamounts``), its scale on its number too (``100m dollars``,
``1.5bn stg``), as one typed with a code after it (``50 million USD``) or the euro's word (``50 million euros``,
``scaledeuros``) is: it had been its words anywhere, where ``$8 billion`` finds the amount and ranks it in its
currency's tiers.

Outside quotes only (``"50 million dollars"`` is its words, as a quoted code's amount is); not "pounds", a weight's
as often (``amounttiers.MEASURE_WORDS``: ``50 million pounds`` stays words), nor an amount with no scale (``50
dollars``), nor a field's value (``title:50``), a pattern or a fuzzy word (``dollars*``, ``dollars~1``).
"""

from __future__ import annotations

import re

from .startup import lazy_compile

# The currencies' words typed after an amount's scale, as a reader and the wire write them, and their signs
SIGNS_BY_WORD = {"dollars": "$", "dollar": "$", "dlrs": "$", "dlr": "$", "yen": "¥", "sterling": "£", "stg": "£"}
_SCALES = "million|billion|trillion|thousand|mln|bln|trln|mn|bn|tn"  # as currencyamounts reads them after a sign
# The scale a space after the number, or on it as currencyamounts reads one after a sign ("100m dollars", "1.5bn stg":
# before a currency's word, "100m" is no race's metres)
_WORDED = lazy_compile(rf"(?<![\w.,$£€¥:])(\d(?:[\d,]*\d)?(?:\.\d+)?)(?:[ \u00a0]+((?i:{_SCALES}))|"
                       rf"((?i:[bmt]n|[bm]ln|[mkb])))[ \u00a0]+((?i:{'|'.join(SIGNS_BY_WORD)}))(?![\w$£€¥*?~^])")


def may_type_worded(text: str) -> bool:
    """True when ``text`` (a query) may type an amount with its currency's word after its scale (the quick test)."""
    return any(char.isdigit() for char in text) and _WORDED.search(text) is not None


def signs_first(text: str) -> str:
    """``text`` (a query's words outside quotes) with each amount typed with its scale and then its currency's word
    as its sign first: ``8 billion dollars`` is ``$8 billion``, ``50 mln dlrs`` ``$50 mln``."""
    return _WORDED.sub(_sign_first, text)


def _sign_first(match: re.Match[str]) -> str:
    """The amount ``match`` (see ``_WORDED``) with its currency's sign before its number, its scale as typed."""
    sign, number, spaced, glued = SIGNS_BY_WORD[match.group(4).lower()], match.group(1), match.group(2), match.group(3)
    return f"{sign}{number} {spaced}" if spaced else f"{sign}{number}{glued}"
