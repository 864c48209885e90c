"""A quoted phrase through an amount, read through each way the index holds that amount in its currency: "paid $50m
for" finds "paid $50 million for", "paid US$50 million for", "paid USD 50 million for", "paid 50 million USD for",
"paid 50 mln dlrs for", "paid 50 million U.S. dollars for" and "paid $50,000,000 for"; "zahlte 50 Millionen Euro für"
finds "zahlte 50 Mio. EUR für", "zahlte 50 Mio. € für" and "zahlte €50m für", and each of those finds the others.

A sign holds no place of its own, a currency's code or word one, a country before its sign one ("US$50m": "us" at its
own place), so that the one amount takes two, three or four places as it is written: the phrase of its words as typed
had found the articles writing it with as many places only. Here the amount is its number, its scale and its sign,
the phrase's words before and after it kept, and each of its spellings (``spellings``) one phrase of its own.

Typed with its sign (``"paid $50m for"``), the phrase is also what it was, its number and scale with no currency
(``amounttiers``: "paid 50 million for" next, "paid £50m for" last, as a Lucene-based tool finds the
phrase, which drops the sign), and so written the other way, in full or scaled ("paid 50,000,000 for" next,
"paid £50,000,000 for" last): how an amount with no currency is written does not decide whether it is found. Typed
with its currency's word or code (``"paid 50 million dollars for"``, ``"zahlte 50 Millionen Euro für"``, ``"paid USD
50 million for"``), it is that currency's spellings alone, as the word itself asks: no amount with no currency nor in
another (they had been found, "zahlte $50m für" too, through its sign).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from whoosh import query as wq
from whoosh.query.spans import SpanOr

from . import config
from .amounttiers import CURRENCY_SLOP, currency_terms, or_written_so, tiers
from .bareamounts import BareAmount
from .currencysigns import TERM_SIGNS, signed_term
from .fullamounts import SCALE_POWERS, scaled_forms, typed_in_full
from .patternphrases import NewsSequence
from .phrases import AmountPhrase, NewsPhrase
from .textanalysis import FUNCTION_MARK, analyze

# What may stand at a place of its own before an amount's sign, in each currency: a dollar's country ("US$50m", not
# the A of "A$50m", which is the word "a" to the index), the real's R and the Mexican peso's MX (their signs' own,
# always written), and each currency's ISO code a space before its number ("USD 50 million")
_LEADS = {"$": ("", "US", "NZ", "AU", "CA", "C", "HK", "S", "NT", "USD", "NZD", "AUD", "CAD", "HKD", "SGD", "TWD"),
          "£": ("", "GBP"), "€": ("", "EUR"), "¥": ("", "JPY"), "R$": ("R", "BRL"), "MX$": ("MX", "MXN")}
_CODES = frozenset({"USD", "NZD", "AUD", "CAD", "HKD", "SGD", "TWD", "GBP", "EUR", "JPY", "BRL", "MXN"})
# A word between an amount's scale and its currency's word, as typed: "50 million U.S. dollars", "50 millions of
# dollars", "50 millones de euros", "2 milioni di euro" (the index's phrases allow any one word there)
_BETWEEN = frozenset({"of", "de", "di", "us."})
_SPELLINGS = 96  # phrases an amount's phrase is read as, at most (a dollar's: 41 with a word before it)


@dataclass(frozen=True)
class PhraseAmount:
    """An amount typed with its currency in a phrase: the phrase's words ``before`` and ``after`` it, its ``number``
    and ``scale`` (None: none) as the index's terms, its ``signs``; ``worded``: its currency typed as a word or code,
    which the phrase as typed asks for; ``numbers``: the other numbers it types after a sign."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    number: str
    scale: str | None
    signs: tuple[str, ...]
    worded: bool
    numbers: frozenset[str] = frozenset()  # the phrase's other numbers typed after a sign ("from $50m to $60m")

    def bare(self, fieldname: str, slop: int, boost: float) -> wq.Phrase:
        """The phrase with the amount as its number and scale alone ("paid 50 million for")."""
        return NewsPhrase(fieldname, [*self.before, *self.core(self.number), *self.after], slop=slop, boost=boost)

    def forms(self) -> list[tuple[str, str | None]]:
        """Its number and scale as typed, and a number typed in full as its scaled forms too (``scaled_forms``)."""
        return [(self.number, self.scale)] if self.scale else [(self.number, None), *scaled_forms(self.number)]

    def written_otherwise(self) -> list[tuple[str, str | None]]:
        """Its number and scale written the other way: typed in full, its scaled forms; typed scaled, in full."""
        full = typed_in_full(self.number, self.scale) if self.scale else None
        return [(full, None)] if full else self.forms()[1:]

    def core(self, number: str) -> list[str]:
        """Its terms with ``number`` for its number: the number and its scale, if any."""
        return [number, self.scale] if self.scale else [number]


def phrase_amount(words: Sequence[str], numbers: Mapping[str, list[str]]) -> PhraseAmount | None:
    """The first amount among a phrase's ``words`` (its terms) whose number is typed after a sign (``numbers``: each
    such number's signs), with the country or code typed before it and the currency's word after it; None if none."""
    at = next((k for k, word in enumerate(words) if numbers.get(word)), None)
    if at is None:
        return None
    signs = tuple(numbers[words[at]])
    scale = words[at + 1] if at + 1 < len(words) and words[at + 1] in SCALE_POWERS else None
    start, end, worded = at, at + 1 + bool(scale), False
    if at and (lead := _lead_of(words[at - 1], signs)) is not None:
        start, worded = at - 1, lead in _CODES
    named = {term for sign in signs for term in currency_terms(sign)}
    named |= {f"d'{term}" for term in named}  # "millions d'euros": one word
    if end < len(words) and words[end] in named:
        end, worded = end + 1, True
    elif end + 1 < len(words) and words[end].rstrip(FUNCTION_MARK) in _BETWEEN and words[end + 1] in named:
        end, worded = end + 2, True
    return PhraseAmount(tuple(words[:start]), tuple(words[end:]), words[at], scale, signs, worded, frozenset(numbers))


def spelled_phrase(leaf: wq.Phrase, amount: PhraseAmount, boost: float) -> wq.Query:
    """A phrase through ``amount`` (``leaf``) as each of its spellings in its currency at ``boost``, the spelling typed
    counted again at ``TYPED_AMOUNT_WEIGHT`` times it (ranked first); typed with its sign, also its number and scale
    alone, ranked in the amount's tiers (``amounttiers``: "paid 50 million for" next, "paid £50m for" last, as a
    Lucene-based tool finds them)."""
    spelled = [form for sign in amount.signs for form in spellings(amount, sign, leaf.fieldname, leaf.slop, boost)]
    typed_boost = boost * config.TYPED_AMOUNT_WEIGHT  # not the boost of its spelling in ``spelled``: an OR keeps both
    if amount.worded:  # its currency's word or code typed: that currency's spellings alone
        return wq.Or([leaf.with_boost(typed_boost), *spelled])
    bare = amount.bare(leaf.fieldname, leaf.slop, leaf.boost)  # a country typed before its sign is the sign's
    upto = [*amount.before, *amount.core(amount.number)]

    def forms(sign: str, boost: float) -> list[wq.Query]:  # with no boost, another currency's: its places, bare's
        if not boost:
            return [_signed_words(bare, amount.numbers, sign, boost), *_in_words(bare.fieldname, upto, sign)]
        typed_so = unscaled(_signed_words(leaf, amount.numbers, sign, boost * config.TYPED_AMOUNT_WEIGHT), amount)
        return [typed_so, *spellings(amount, sign, leaf.fieldname, leaf.slop, boost)]

    # a currency written by its word after the amount ("paid 600 million francs", "paid 600 mln dlrs"): last, as £600m
    # ranks "600 million francs"
    ranked = [tiers(bare, list(amount.signs), forms, tuple(upto)),
              *_scaled_tiers(amount, leaf, amount.written_otherwise())]
    return or_written_so(ranked[0] if len(ranked) == 1 else wq.Or(ranked), bare, spelled)


def _scaled_tiers(amount: PhraseAmount, leaf: wq.Phrase, forms: list[tuple[str, str | None]]) -> list[wq.Query]:
    """The tiers below the currency typed of ``amount`` written the other way (``forms``): typed in full (``"paid
    $50,000,000 for"``), "paid 50 million for" bare and "paid £50m for" in another currency, as its scaled form typed
    finds them; typed scaled (``"paid $50m for"``), "paid 50,000,000 for" and "paid £50,000,000 for" alike. Its own
    currency's are its spellings (``spellings``)."""
    ranked = []
    for number, scale in forms:
        core = [number, scale] if scale else [number]
        bare = NewsPhrase(leaf.fieldname, [*amount.before, *core, *amount.after], slop=leaf.slop, boost=leaf.boost)

        def others(sign: str, boost: float, bare: wq.Phrase = bare, number: str = number,
                   upto: tuple[str, ...] = (*amount.before, *core)) -> list[wq.Query]:
            if boost:  # its own currency's: the spellings'
                return []
            signed = _signed_words(bare, amount.numbers, sign, 0.0)  # the phrase's other numbers after a sign
            signed.words[len(amount.before)] = signed_term(sign, number)
            return [signed, *_in_words(bare.fieldname, upto, sign)]

        ranked.append(tiers(bare, list(amount.signs), others, (*amount.before, *core)))
    return ranked


def _in_words(fieldname: str, words: Sequence[str], sign: str) -> list[wq.Query]:
    """A phrase's ``words`` up to its amount's and a word of the currency of ``sign`` after them ("paid 100 mln dlrs"
    for ``"paid £100m"``): another currency's, as the amount typed alone reads "100 mln dlrs"."""
    return [AmountPhrase(fieldname, [*words, term], slop=CURRENCY_SLOP) for term in currency_terms(sign)]


def _signed_words(phrase: wq.Phrase, numbers: frozenset[str], sign: str, boost: float) -> wq.Phrase:
    """``phrase`` with each of its words typed after a sign (``numbers``) as its term after ``sign``: ``"$80 a
    barrel"`` is the phrase "$80" "a" "barrel"."""
    return wq.Phrase(phrase.fieldname, [signed_term(sign, str(word)) if str(word) in numbers else str(word)
                                        for word in phrase.words], slop=phrase.slop, boost=boost)


def spellings(amount: PhraseAmount, sign: str, fieldname: str, slop: int, boost: float) -> list[wq.Query]:
    """The phrases of ``amount``'s words before and after it with the amount written in the currency of ``sign`` each
    way the index holds it: its sign's term and scale ("$50m", "50 Mio. €"), a country's or code's place before them
    ("US$50m", "USD 50 million"; the real's R: "R$50m"), its number and scale and the currency's word ("50 mln dlrs",
    "50 Millionen Euro", a word between: "50 mln U.S. dlrs", "50 millones de euros"), its number in full ("$50,000,000",
    "50,000,000 USD"); a number typed in full is its scaled forms too (``fullamounts.scaled_forms``)."""
    forms = amount.forms()
    leads = [lead for lead in _lead_terms(sign) if lead or sign in ("$", "£", "€", "¥")] if amount.before else [""]
    cores: list[tuple[list[str], int]] = []  # the amount's terms, and where a free word stands among them (0: none)
    led: list[tuple[list[str], int]] = []  # those after a country or code: after the others, if many
    # a scale after the amount typed with none ("50 dollars million"): its sign's term with no scale before that
    # scale is another amount ("$50 million" is $50m), and so no spelling of it
    scale_after = bool(amount.after) and amount.after[0] in SCALE_POWERS
    for number, scale in forms:
        full = typed_in_full(number, scale) if scale else None
        signed = bool(scale) or not scale_after
        for lead in leads:
            spelled = [([*filter(None, [lead, signed_term(sign, number), scale])], 0)] if signed else []
            spelled += [([*filter(None, [lead, signed_term(sign, full)])], 0)] if full and not scale_after else []
            (led if lead else cores).extend(spelled)
        for word in currency_terms(sign):
            cores += [([*filter(None, [number, scale]), word], 0)] + ([([number, scale, word], 2)] if scale else [])
            cores += [([full, word], 0)] if full else []
    cores += led
    before, after = ([signed_term(sign, word) if word in amount.numbers else word for word in words]
                     for words in (amount.before, amount.after))
    found: list[wq.Query] = []
    for terms, gap in cores[:_SPELLINGS]:
        words = [*before, *terms, *after]
        if not gap:
            phrase: wq.Query = unscaled(NewsPhrase(fieldname, words, slop=slop, boost=boost), amount)
        else:
            gaps = [0] * len(words)
            gaps[len(amount.before) + gap] = 1
            phrase = NewsSequence([wq.Term(fieldname, word) for word in words], slop=slop, boost=boost, gaps=gaps)
        if phrase not in found:
            found.append(phrase)
    return found


def unscaled(phrase: wq.Phrase, amount: PhraseAmount) -> wq.Query:
    """``phrase``, where it ends with ``amount``'s number after its sign and no scale ("paid $50"), only where no
    scale follows it: "paid $50m" holds "paid" "$50", another amount ("$3.50": ``currencyamounts``)."""
    if amount.scale or amount.after or not str(phrase.words[-1]).startswith(TERM_SIGNS):
        return phrase
    return BareAmount(phrase, SpanOr([wq.Phrase(phrase.fieldname, [*phrase.words, scale], slop=phrase.slop, boost=0.0)
                                      for scale in SCALE_POWERS]))  # no boost: scored as ``phrase`` (amounttiers)


@cache
def _lead_terms(sign: str) -> tuple[str, ...]:
    """The terms of what may stand before the sign of ``sign`` at a place of its own (``_LEADS``; "": nothing)."""
    return tuple(dict.fromkeys((analyze(lead) or [""])[0] if lead else "" for lead in _LEADS[sign]))


def _lead_of(term: str, signs: Sequence[str]) -> str | None:
    """The country or code (as ``_LEADS`` writes it) whose term ``term`` is, before one of ``signs``; or None."""
    for sign in signs:
        for lead in _LEADS[sign]:
            if lead and lead != "A" and (analyze(lead) or [""])[0] == term:
                return lead
    return None


# An amount in a quoted phrase written with its currency's word or code and no sign: its number, its scale, a word
# between, the currency's word ("50 million dollars", "50 mln dlrs", "50 million U.S. dollars", "50 USD"); or the code
# before the number ("USD 50 million"). The words as ``amounttiers.CURRENCY_WORDS`` and the wire write them, any case
_NUMBER = r"(?<![\w.,$£€¥])\d(?:[\d,.]*\d)?"
_SCALE = r"(?i:millions?|billions?|trillions?|thousands?|mln|bln|trln|mn|bn|tn)"
# (the real's and the Mexican peso's signs as ``currencyamounts`` carries them to the parser: their R and MX no words)
_WORD_SIGNS = {"dollar": "$", "dlr": "$", "pound": "£", "sterling": "£", "stg": "£", "euro": "€", "yen": "¥",
               "reais": "\u20a2$", "peso": "\u20b0$"}  # not "real" ("50 real problems")
_CODE_SIGNS = {"USD": "$", "NZD": "$", "AUD": "$", "CAD": "$", "HKD": "$", "SGD": "$", "TWD": "$", "GBP": "£",
               "EUR": "€", "JPY": "¥", "BRL": "\u20a2$", "MXN": "\u20b0$"}


_WORDS = "|".join(sorted({*_WORD_SIGNS, "dollars", "dlrs", "pounds", "euros", "pesos"}, key=len, reverse=True))
_CODES_TYPED = "|".join(f"(?i:{code})" if code != "CAD" else code for code in _CODE_SIGNS)
_NAMED = rf"(?:\s+(?i:of|de|di|U\.S\.|US))?(?:\s+d['’]|\s+)(?:(?P<word>(?i:{_WORDS}))|(?P<code>{_CODES_TYPED}))(?!\w)"


@cache
def _worded() -> re.Pattern[str]:
    """The pattern of an amount with its currency's word or code (compiled at its first use)."""
    return re.compile(rf"(?P<number>{_NUMBER})(?:\s+{_SCALE})?{_NAMED}|\b(?P<before>{_CODES_TYPED})\s+(?=\d)")


@cache
def _alone() -> re.Pattern[str]:
    """The pattern of a phrase that is an amount with its currency's word or code alone."""
    return re.compile(rf"\s*(?:(?:{_CODES_TYPED})\s+)?{_NUMBER}(?:\s+{_SCALE})?(?:{_NAMED})?\s*")


def signed_phrases(text: str) -> str:
    """``text`` (a query) with each amount of a quoted phrase written with its currency's word or code and no sign its
    sign before its number, its words kept: ``"paid 50 million dollars for"`` is ``"paid $50 million dollars for"``,
    ``"paid USD 50 million for"`` ``"paid USD $50 million for"``, so that ``currencyamounts`` reads the amount and this
    module its spellings. Outside quotes, as typed."""
    if '"' not in text:
        return text
    pieces = text.split('"')
    if len(pieces) % 2 == 0:  # an unbalanced quote: the parser's to tell
        return text
    pieces[1::2] = [_signed(piece) for piece in pieces[1::2]]
    return '"'.join(pieces)


def _signed(phrase: str) -> str:
    """A phrase's amounts with their currency's word or code, each with its sign before its number; a phrase of the
    amount alone as typed (``"USD 50"``, ``"50 million dollars"``: its words, as before)."""
    if _alone().fullmatch(phrase):
        return phrase
    pieces, last = [], 0
    for match in _worded().finditer(phrase):
        if match.group("before"):
            sign, at = _CODE_SIGNS[match.group("before").upper()], match.end()
        else:
            word, code = match.group("word"), match.group("code")
            sign = _CODE_SIGNS[code.upper()] if code else _WORD_SIGNS[_singular(word.lower())]
            at = match.start("number")  # (a number with its sign typed before it is none: ``_NUMBER``)
        pieces += [phrase[last:at], sign]
        last = at
    return "".join(pieces) + phrase[last:] if pieces else phrase


def _singular(word: str) -> str:
    """A currency's word as ``_WORD_SIGNS`` holds it: "dollars" and "dlrs" are "dollar" and "dlr"; "reais" as it is."""
    return word if word in _WORD_SIGNS else word[:-1] if word.endswith("s") else word


def may_hold_worded(text: str) -> bool:
    """True when ``text`` (a query) may hold an amount in quotes with its currency's word or code (the quick test)."""
    return '"' in text and any(char.isdigit() for char in text) and _worded().search(text) is not None
