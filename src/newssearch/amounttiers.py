"""An amount's tiers: a query of an amount typed with its currency ranks the articles writing it in that currency
first, those writing it with no currency next, those writing it only in another currency last (``currencyamounts``,
whose module docstring tells why; ``amountphrases``: a phrase through such an amount). Another currency is one with
a sign here (``CURRENCY_WORDS``) or one whose word alone is read (``OTHER_CURRENCY_WORDS``: "600 mln French francs").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from whoosh import query as wq
from whoosh.query.spans import SpanOr

from . import config
from .bareamounts import BareAmount, LeadPhrase
from .phrases import AmountPhrase
from .textanalysis import analyze

# The words written after an amount in each currency, as the wire and papers write them ("50 mln dlrs": dollars).
# Their ISO codes too ("50 million USD"): a code after its number alone is read as its sign (``currencysigns``).
CURRENCY_WORDS = {"$": ("dollars", "usd"), "£": ("sterling", "pounds", "gbp"), "€": ("euros", "eur"), "¥": ("yen", "jpy"),
                  "R$": ("reais", "brl"), "MX$": ("pesos", "mxn")}

# Currency words that are a weight's or a measure's as often: "600 mln pounds" of cheese is no sum in sterling, and
# wires write sterling "stg". An amount written with one ranks as one written with no currency (BARE_AMOUNT_WEIGHT),
# below the amount after its sign ("(£600m)"), which a long article's had ranked under.
MEASURE_WORDS = frozenset({"pounds"})

# Currencies with no sign here, as the wire and papers write them after an amount ("600 mln French francs", "50 mln
# guilders"): an amount written with one is another currency's for any sign typed, in the last tier, as "£50m" is for
# $50m (it had counted as bare, and a short story's "600 mln French francs" had led £600m). Not "marks" (the "50
# million mark" a sale passes is no sum) nor "won" (a verb's as often).
OTHER_CURRENCY_WORDS = ("francs", "lire", "lira", "guilders", "pesetas", "escudos", "schillings", "drachmas", "kronor",
                        "kroner", "krona", "roubles", "rubles", "rupees", "yuan", "renminbi", "rupiah", "ringgit", "baht",
                        "dinars", "dirhams", "riyals", "shekels", "rand", "zlotys", "forints", "naira",
                        "crowns", "cruzados", "australs", "shillings", "bolivars", "sucres", "intis", "kwacha", "cedis")
# (the wires' Scandinavian "crowns", Brazil's and Argentina's 1980s currencies, East Africa's shillings, Venezuela's,
# Ecuador's, Peru's, Zambia's and Ghana's: Reuters-21578 writes each after an amount)
# The words after a time of day on a 24-hour clock, as the wires write one ("at 1200 GMT", "(1200) GMT", "by 1200 hrs
# EST"): a sum typed whose number reads as such a time (``£1,200``) has them after it in the last tier, as another
# currency's word, since no reader asking for a sum means a time (Reuters' times had stood among its bare sums)
CLOCK_WORDS = ("gmt", "utc", "hrs", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "jst")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # 0000 to 2359: the wires' times of day
# The words before a year ("in 2000", "since 2000", "June 2000") and after one ("the 2000 election"): a sum typed whose
# number reads as a year (``£2,000``) has them beside it in the last tier, as a time's words; not "by", "of", "the",
# "from", "for", "to" (BBC and Reuters write "by 2,000" and "of 2,000", sums, before numbers a year's as often),
# which a number with a comma, never a year, follows too: the index holds "2,000" as "2000"
YEAR_BEFORE = ("in", "since", "until", "till", "during", "throughout", "early", "mid", "late", "before", "after",
               "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "act", "fiscal")  # ("the Terrorism Act 2000", "fiscal 1988")
# (and "the 2000 deal", "its 1988 budget": BBC and Reuters write no sum before either. Reuters' "1986 results" (106),
# "1987 figures", "1986 crop", "the 1987 report", BBC's "2005 season" are years too, but each such word read after a
# year's number (Reuters: 1987 in thousands of stories) costs: with 12 more, '£1,987' took 20% more CPU)
YEAR_AFTER = ("election", "elections", "olympics", "census", "budget", "deal")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # 1800 to 2099: the years news writes of
CURRENCY_SLOP = 2  # Whoosh's slop between an amount and its currency's word: a word between ("50 mln U.S. dlrs")

Forms = Callable[[str, float], list[wq.Query]]  # an amount's queries written in a currency (its sign), at a boost


@cache
def currency_terms(sign: str) -> tuple[str, ...]:
    """The terms of the words written after an amount in the currency of ``sign`` (``CURRENCY_WORDS``)."""
    return tuple(dict.fromkeys(term for word in CURRENCY_WORDS[sign] for term in analyze(word)))


def currency_weight(term: str, boost: float) -> float:
    """The boost of an amount written with the currency word ``term`` in the typed tier (``boost``): a word that is a
    measure's too (MEASURE_WORDS) has the bare tier's."""
    if boost and term in _measure_terms():
        return boost * config.BARE_AMOUNT_WEIGHT / config.CURRENCY_AMOUNT_BOOST
    return boost


@cache
def _measure_terms() -> frozenset[str]:
    """The terms of MEASURE_WORDS."""
    return frozenset(term for word in MEASURE_WORDS for term in analyze(word))


def tiers(leaf: wq.Query, signs: list[str], forms: Forms, amount: tuple[str, ...] = ()) -> wq.Query:
    """``leaf`` (an amount's phrase, a number's term) ranked in the tiers: ``forms(sign, boost)`` are the queries of it
    written in the currency of ``sign``; ``amount``, its number's term and its scale's, if any, before which a word of
    ``OTHER_CURRENCY_WORDS`` is another currency's too, and one of ``CLOCK_WORDS`` after a number that reads as a time
    of day (``1200``) a time's. The bare tier is each article writing it once without another
    currency (``BareAmount``): one writing it bare and in another currency too is in it, as its bare amount is."""
    boost = leaf.boost
    typed = wq.Or([form for sign in signs for form in forms(sign, boost * config.CURRENCY_AMOUNT_BOOST)])
    base = leaf.with_boost(boost * config.OTHER_CURRENCY_WEIGHT)
    others = [form for sign in CURRENCY_WORDS if sign not in signs for form in forms(sign, 0.0)]
    # (each at no boost: Whoosh's SpanNot scores an article as ``base`` plus its forms', fastscore as ``base``)
    others += [AmountPhrase(leaf.fieldname, [*amount, term], slop=CURRENCY_SLOP, boost=0.0)
               for term in _other_terms()] if amount else []
    others += [AmountPhrase(leaf.fieldname, [*amount, word], slop=CURRENCY_SLOP, boost=0.0) for word in CLOCK_WORDS] \
        if len(amount) == 1 and _CLOCK.fullmatch(amount[0]) else []
    others += _year_forms(leaf.fieldname, amount[0]) if len(amount) == 1 and _YEAR.fullmatch(amount[0]) else []
    if not others:
        return wq.AndMaybe(base, typed)
    bare = BareAmount(leaf.with_boost(boost * (config.BARE_AMOUNT_WEIGHT - config.OTHER_CURRENCY_WEIGHT)), SpanOr(others))
    return wq.AndMaybe(base, wq.Or([typed, bare]))


def _year_forms(fieldname: str, number: str) -> list[wq.Query]:
    """``number`` (``2000``) as a year: after a word a year follows ("in 2000", ``LeadPhrase``), before one ("2000
    election"), or in a span of two, a fiscal year's ("2000-01", "1999-2000": the index holds the span at the place
    of each of its years)."""
    before, after = _year_terms()
    year = int(number)
    spans = (f"{year}-{(year + 1) % 100:02d}", f"{year}-{year + 1}", f"{year - 1}-{year}")
    return [*(LeadPhrase(fieldname, [word, number], boost=0.0) for word in before),
            *(wq.Phrase(fieldname, [number, word], boost=0.0) for word in after),
            *(wq.Term(fieldname, span, boost=0.0) for span in spans)]


@cache
def _year_terms() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The terms of YEAR_BEFORE and YEAR_AFTER as the index holds them (a function word marked: ``in``'s)."""
    def terms(words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(term for word in words for term in analyze(word, mode="index")))
    return terms(YEAR_BEFORE), terms(YEAR_AFTER)


@cache
def _other_terms() -> tuple[str, ...]:
    """The terms of OTHER_CURRENCY_WORDS."""
    return tuple(dict.fromkeys(term for word in OTHER_CURRENCY_WORDS for term in analyze(word)))


def or_written_so(ranked: wq.Query, leaf: wq.Query, signed: list[wq.Query]) -> wq.Query:
    """``ranked`` (``leaf`` in the tiers), or the articles holding one of ``signed`` (the amount's terms after its
    sign, which another way of writing it holds: "€1,250.00" for ``€1250``) but not ``leaf``."""
    return wq.Or([ranked, wq.AndNot(wq.Or(signed), leaf)]) if signed else ranked


def last_boost(leaf: wq.Query) -> float:
    """The boost of ``leaf``'s amount written bare another way: in the last tier, with another currency's."""
    return leaf.boost * config.OTHER_CURRENCY_WEIGHT
