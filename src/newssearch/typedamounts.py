"""A number's per cent and a wire's scale and currency, typed apart from it, rewritten before a query is parsed as
the words the index reads them as: "5 per cent" as "5%", "3 mln dlrs" as "3 million dollars" (``querytext`` rewrites
the rest of what was typed)."""

from __future__ import annotations

import re

from .lucene import outside_quotes
from .startup import lazy_compile
from .tokenpatterns import AMOUNT_WORDS

# A number's per cent typed apart from it ("5 per cent", "5 percent", "5 %", a wire's "5 pct", "5pc") is typed as
# "5%": the phrase "5 percent", as the index reads "5%" and "5 per cent" (``tokenpatterns._PERCENT``); as two
# keywords, "5" had found any 5 ("Clyde 0-5 Celtic"). "per cent" after no number is the one word percent, not
# "cent" (50 Cent). A field's value (date:2020 per cent) and a year typed apart (growth 2005 per cent) keep their
# number: the word percent follows it.
_NUMBER_PERCENT = lazy_compile(r"(?<!\S)(\S*?\d)(?:(\s*)(?:%|(?i:per\s*cent))|(\s+)(?:(?i:pct)|pc))(?!\w)")
# A wire's "pct" alone too (pct-owned); "PCT" typed in capitals is left to the acronym rule, which searches the
# acronym and the word it spells, percent (``typedwords``), as the index reads "the PCT" and "TWO PCT" apart.
_PER_CENT = lazy_compile(r"(?<![\w:])(?:(?i:per\s+cent)|[pP]ct)(?!\w)")
_YEAR = lazy_compile(r"(?<![\d.,])(?:1[89]\d\d|20\d\d|2100)\Z")  # a plain four-digit year, 1800 to 2100
# The number of a proximity, a fuzzy word or a boost ("shares rose"~3 pct, oil~1 percent, bank^2 pct): syntax, no
# amount; "~3%" had been refused ("cannot read the number after ~3%").
_SUFFIX_NUMBER = lazy_compile(r"[~^][\d.]*\d\Z")


def percentages(text: str) -> str:
    """``text`` with each number's per cent typed onto it (``5 per cent``: ``5%``), outside quotes; not a field's
    value's nor a year's typed apart from it (``date:2020 per cent``, ``2005 per cent``: the word percent)."""
    if "%" not in text and "cent" not in text.lower() and "pc" not in text.lower():
        return text
    return outside_quotes(text, lambda piece: _NUMBER_PERCENT.sub(_percent_after, _PER_CENT.sub("percent", piece)))


def _percent_after(match: re.Match[str]) -> str:
    """A number's per cent (see ``_NUMBER_PERCENT``) as ``5%``, or the word percent after a field's value, a year or a
    suffix's number (``~3``, ``^2``) typed apart from it; a field's value or a suffix typed with its sign
    (``year:2020%``) as typed."""
    number, space = match.group(1), match.group(2) or match.group(3)
    syntax = ":" in number or _SUFFIX_NUMBER.search(number)  # a field's value, or a ~ or ^ suffix's digits
    if not space and syntax:
        return match.group(0)
    return f"{number} percent" if space and (syntax or _YEAR.search(number)) else f"{number}%"


# A wire's scale or currency typed a space after a number ("3 mln dlrs", "1.2 bn") is the word it stands for, as the
# index reads it (``tokenpatterns.AMOUNT_WORDS``): as typed, "mln" had found only the texts writing it. A currency
# after a scale is one too; "mln" after no number, or after a proximity's or boost's (``"a b"~3 mln``), stays itself.
_NUMBER_SCALE = lazy_compile(r"(?<!\S)(\S*?\d)(\s+)((?i:mln|bln|trln)|[mbt]n)(?!\w)")
_NUMBER_CURRENCY = lazy_compile(r"(?<!\S)(\S*?\d)(\s+(?:(?i:[mb]illion|trillion)\s+)?)((?i:dlrs?|stg))(?!\w)")
# A wire's scale, or a scale word, and a currency typed with no number before them ("mln dlrs", "BLN STG", "million
# dlrs"), in quotes too: the words they stand for, as the index reads them after a number. Typed so, the currency had
# been the word "dlrs" (the index reads it so only after no number and no scale), and ``"mln dlrs"`` found nothing.
# Not a pattern's or fuzzy word's part (dlrs*), nor a name's or address's (dlrs.txt).
_SCALE_CURRENCY = lazy_compile(r"(?<![\w/-])(?<!\w\.)((?i:mln|bln|trln|million|billion|trillion))(\s+)((?i:dlrs?|stg))"
                             r"(?![\w*?~/-]|\.\w)")


def wire_amounts(text: str) -> str:
    """``text`` with a wire's scale and currency after a number as the words they stand for, outside quotes: ``3 mln
    dlrs`` is ``3 million dollars``, ``50 mln stg`` ``50 million sterling`` (a phrase reads them so itself); and a
    scale and currency typed alone, in quotes too: ``"mln dlrs"`` is ``"million dollars"``."""
    if "dlr" in text.lower() or "stg" in text.lower():
        text = _SCALE_CURRENCY.sub(_scale_currency, text)
    if not any(char.isdigit() for char in text):
        return text
    return outside_quotes(text, lambda piece: _NUMBER_CURRENCY.sub(_amount_word, _NUMBER_SCALE.sub(_amount_word, piece)))


def _scale_currency(match: re.Match[str]) -> str:
    """A scale and a currency (``_SCALE_CURRENCY``) as the words they stand for: ``mln dlrs`` is ``million dollars``."""
    scale, space, currency = match.groups()
    return AMOUNT_WORDS.get(scale.lower(), scale) + space + AMOUNT_WORDS[currency.lower()]


def _amount_word(match: re.Match[str]) -> str:
    """A number and the word its abbreviation stands for, or the match as typed after a proximity's or boost's number."""
    number, space, short = match.groups()
    return match.group(0) if _SUFFIX_NUMBER.search(number) else number + space + AMOUNT_WORDS[short.lower()]
