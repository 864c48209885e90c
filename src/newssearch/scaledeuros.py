"""An amount, its scale word, then the euro, as German, French, Spanish and Italian news write it ("50 Mio. €", "1,5
Mrd. Euro", "3 millions d'euros", "50 M€", "1,5 Md€", "50 millones de euros", "2 milioni di euro"), in lower case
too ("50 mio euro", "2,5 mrd eur"): the words it is read by, in an article and in a query alike.

``currencysigns`` reads such an amount as its sign-first form, "€50 million", is read: the term ``€50`` at its
number's place and its scale word's term (``million``, ``billion``) at the scale's place, so that ``€50m``,
``€50 million`` and ``EUR 50 million`` find it in the euro's tier, and ``$50m`` in another currency's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from .groupedamounts import GAP
from .startup import lazy_compile

# The scale words written between an amount and its currency, by the scale term they stand for. Not German's
# "Billion" nor French's "billion" (in capitals or not), which are a thousand billions: only an English "billion".
SCALE_WORDS = {"million": "million", "millions": "million", "Million": "million", "Millionen": "million",
               "Mio": "million", "millón": "million", "millones": "million", "milione": "million",
               "milioni": "million", "Mrd": "billion", "Milliarde": "billion", "Milliarden": "billion",
               "milliard": "billion", "milliards": "billion", "miliardo": "billion", "miliardi": "billion",
               "billion": "billion",
               # French papers' abbreviations ("50 M€", "1,5 Md€", "2 Mds €"), the Swiss "Mia." (Milliarden); only
               # between a number and the euro (a size "50 M" is none), the one letter M in capitals only
               "M": "million", "Md": "billion", "Mds": "billion", "Mia": "billion"}
# the scale words whose own term is their scale's, in English (its chain would index it twice at one place)
OWN_TERMS = frozenset({"million", "millions", "billion"})
# A scale word's term by its lower case: a scale word and the euro are read in any letter case ("50 mio euro", "2,5 mrd
# eur", "50 MIO EURO", as a user types and some articles write), beside a number and the euro only ("mio" alone is
# Italian and Spanish for "my"). But the one-letter M in capitals only (a race's "100 m", "100 m Euro final") and not
# German's "Billion" (a thousand billions)
SCALE_TERMS = {word.lower(): scale for word, scale in SCALE_WORDS.items()}
_SCALE = "|".join(sorted(SCALE_TERMS.keys() - {"m"}, key=lambda word: (-len(word), word)))
# After a scale word, a point after an abbreviation, a "de", "d'" or "di" (millones de euros, millions d'euros,
# milioni di euro), and the euro's sign, code or word (a space before it, or none: "M€", "Md€"): its code and word in
# capitals, in lower case or capitalised (EUR, EUROS, eur, euros, Eur, Euro), as ``may_hold_scaled`` looks for them
_TO_EURO = rf"(?!\w)\.?{GAP}?(?i:de{GAP}|d['’]|di{GAP})?(?:€|(?:EUR(?:OS?)?|[Ee]ur(?:os?)?)(?!\w))"
# A scale word (group "scale") up to the euro
SCALED_EURO = rf"(?P<scale>M|(?!Billion(?!\w))(?i:{_SCALE})){_TO_EURO}"
# The whole amount: its number (group "number": one token, "1,5" joined by ``decimalcommas``) first, a space before
# its scale word
_SCALED_AMOUNT = rf"(?<![\w.,$£€¥])(?P<number>[0-9](?:[0-9.,]*[0-9])?){GAP}{SCALED_EURO}"
# What stands before the euro's sign, code or word in such an amount, up to it: looked for only before each (a search
# of the whole text, stopping at every digit or every scale word's first letter, had taken ten times as long)
_BEFORE_EURO = rf"(?i:[0-9]{GAP}(?:{_SCALE}|m)\.?{GAP}?(?:de{GAP}|d['’]|di{GAP})?)$"
# The euro's sign, and its code and word as ``_TO_EURO`` reads them (EUR, EURO, eur, euro, Eur, Euro)
_EURO_MARKS = ("€", "EUR", "eur", "Eur")
_BEFORE = 24  # characters before a euro's mark its amount and scale word are looked for in
NO_AMOUNT_AFTER = ("*", "?", "~", "^")  # a query's signs after a word that make it no amount (a pattern, fuzzy, a boost)


def may_hold_scaled(text: str) -> bool:
    """True when ``text`` (an article's or a query) may hold an amount with its scale word before the euro (a quick
    test: most hold no euro)."""
    for mark in _EURO_MARKS:
        at = text.find(mark)
        while at >= 0:
            if _compiled(_BEFORE_EURO).search(text, max(0, at - _BEFORE), at) is not None:
                return True
            at = text.find(mark, at + 1)
    return False


def scaled_amounts(text: str) -> Iterator[re.Match[str]]:
    """Each amount of ``text`` with its scale word before the euro: its number (group ``number``), its scale word
    (group ``scale``, its term ``SCALE_TERMS`` by its lower case), up to the euro's sign, code or word."""
    return _compiled(_SCALED_AMOUNT).finditer(text)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled when first used (the two of this module had cost every query 2 ms at import)."""
    return re.compile(pattern)


# A quoted phrase, with its proximity's or boost's suffix after it ("zahlte 50 Millionen Euro für"~3)
_PHRASE = lazy_compile(r'"([^"]*)"((?:~[0-9]+)?(?:\^[0-9.]+)?)')


def worded_phrases(text: str, worded: Callable[[str], str]) -> str:
    """``text`` (a query) with each quoted phrase holding an amount with its scale word before the euro's word, and
    other words, as ``worded(phrase)``: its amount sign first, the euro's word kept (``"zahlte 50 Millionen Euro
    für"`` is ``"zahlte €50 million Euro für"``), as the index holds the euro's word at its place ("Euro", "de
    euros", "d'euros") and the sign at none ("50 Mio. €", "€50m"); ``amountphrases`` reads it through each of the
    amount's spellings (read sign first alone, the phrase had found only the articles writing the sign). Quoted
    alone, the amount is read as typed (``currencyamounts``)."""
    if text.count('"') < 2 or text.count('"') % 2:  # an unbalanced quote: the parser's to tell
        return text

    def either(match: re.Match[str]) -> str:
        phrase, suffix = match.groups()
        found = [amount for amount in scaled_amounts(phrase) if _euro_word(amount)]
        if not found or all(amount.group(0) == phrase.strip() for amount in found):
            return match.group(0)
        return f'"{worded(phrase)}"{suffix}'

    return _PHRASE.sub(either, text)


def _euro_word(amount: re.Match[str]) -> bool:
    """Whether ``amount`` (``scaled_amounts``) writes the euro as a word, which holds a place ("Euro", "d'euros"), not
    as its sign alone ("Mio. €", "M€"), which holds none."""
    after = amount.string[amount.end() : amount.end() + 1]  # a pattern's, fuzzy word's or boost's sign: no amount
    return after not in NO_AMOUNT_AFTER and any(char.isalpha() for char in amount.string[amount.end("scale") : amount.end()])
