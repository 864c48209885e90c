"""The query rewrites whose modules cost an import (currencyamounts, amountphrases, scaledwords, slashedwords; about
2 ms), each imported only for a query that may use it: one typing a currency sign or code, a number, a slash."""

from __future__ import annotations

import re

from whoosh import query as wq

from .currencysigns import TYPED_CODE
from .numberwords import has_number_words
from .scaledeuros import may_hold_scaled
from .wordedamounts import may_type_worded

# The signs currencyamounts reads (amounttiers.CURRENCY_WORDS'): it and slashedwords (about 2 ms) are imported only for a
# query typing one, or a slash.
CURRENCY_SIGNS = "$£€¥"


# A currency's code beside a number (USD 50, 50 usd), read as its sign too: a word of its own, not the "eur" of
# "Europe" (every query naming Europe had imported currencyamounts and slashedwords for nothing)
CURRENCY_CODE = re.compile(rf"\b(?:{TYPED_CODE})\b")


def lazy_typed_amounts(text: str) -> str:
    """currencyamounts.typed_amounts, for a query typing a currency sign or code, or a scale word before the euro's
    word ("50 Millionen Euro", "50 mio euro") or another currency's ("8 billion dollars": ``wordedamounts``)."""
    if not (any(sign in text for sign in CURRENCY_SIGNS) or CURRENCY_CODE.search(text) or may_hold_scaled(text)
            or may_hold_worded(text) or may_type_worded(text)):
        return text
    from .currencyamounts import typed_amounts

    return typed_amounts(text)


def may_hold_worded(text: str) -> bool:
    """amountphrases.may_hold_worded (an amount in quotes with its currency's word: "paid 50 million dollars for"),
    for a query with quotes and a digit."""
    if '"' not in text or not any(char.isdigit() for char in text):
        return False
    from .amountphrases import may_hold_worded

    return may_hold_worded(text)


def lazy_currency_amounts(query: wq.Query, text: str) -> wq.Query:
    """currencyamounts.with_currency_amounts, for a query typing a currency sign; scaledwords.with_scaled_forms for
    one typing a number, or a number word before a scale."""
    if not any(sign in text for sign in CURRENCY_SIGNS):
        if not any(char.isdigit() for char in text) and not has_number_words(text):  # "four million" as 4 too
            return query
        from .scaledwords import with_scaled_forms

        return with_scaled_forms(query)
    from .currencyamounts import with_currency_amounts

    return with_currency_amounts(query, text)


def lazy_slashed_words(text: str) -> str:
    """slashedwords.slashed_words, for a query typing a slash (or a backslash, typed for one: police\\gunmen)."""
    if "/" not in text and "\\" not in text:
        return text
    from .slashedwords import slashed_words

    return slashed_words(text)
