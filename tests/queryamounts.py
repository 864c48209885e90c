"""Quoted phrases through an amount for the differential check (querycheck.py): the amount's spellings, and a plain
reading of them in an article's text, independent of newssearch's query code.

README's row on amounts: a quoted phrase through an amount finds the amount written every way its currency's is
("paid $50m for": "paid USD 50 million for", "paid 50 mln dlrs for", "paid US$50 million for", "paid $50,000,000 for";
"zahlte 50 Millionen Euro für": "zahlte 50 Mio. EUR für", "zahlte €50m für"). Typed with its sign, it still finds its
number and scale with no currency ("paid 50 million for") and another currency's sign ("paid £50m for"), which hold
no place of their own; typed with the currency's word or code, that currency's spellings only. Another scale or
another currency's word is no spelling of it. Here an amount is read as (currency, value, worded): worded when a
code, a country or a currency's word names its currency (each holds a place), not a sign alone.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass
from decimal import Decimal

from queryterms import Places, places, query_places

_CODES = {"usd": "USD", "eur": "EUR", "gbp": "GBP"}
_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP"}
_WORDS = {"dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
          "eur": "EUR", "€": "EUR", "d'euros": "EUR", "pounds": "GBP", "stg": "GBP", "sterling": "GBP", "gbp": "GBP"}
_SCALES = {"m": 6, "mn": 6, "mln": 6, "million": 6, "millions": 6, "mio": 6, "mio.": 6, "millionen": 6, "bn": 9,
           "bln": 9, "billion": 9, "mrd": 9, "mrd.": 9, "milliarden": 9}
_AMOUNT = re.compile(
    r"(?<![\w$€£.,])(?:(?P<code>(?i:usd|eur|gbp))\s+|(?P<sign>(?i:us)?\$|€|£)\s?)?"
    r"(?P<number>\d+(?:[.,]\d+)*)"
    r"(?:\s?(?P<scale>(?i:m|mn|mln|bn|bln)(?![\w.])|(?i:million|millions|millionen|milliarden|billion)(?!\w)"
    r"|(?i:mio|mrd)\.?(?!\w))(?P<glued>€)?)?"
    r"(?:\s+(?:(?P<country>U\.S\.|US)\s+)?(?P<word>(?i:dollars?|dlrs?|usd|euros?|eur|pounds|stg|sterling|gbp)(?!\w)"
    r"|€|d['’]euros(?!\w)))?")


@dataclass(frozen=True)
class Amount:
    """An amount as the plain reading sees it: its currency (None: bare), value, and whether a code, a country or a
    currency's word names the currency (each a place of its own) rather than a sign alone."""

    currency: str | None
    value: Decimal
    worded: bool
    scale: int = 0  # the power of ten its scale word writes (0: none, the number in full)


def _value(number: str, scale: str | None, euro: bool) -> Decimal | None:
    if euro and re.fullmatch(r"\d+,\d{1,2}", number):  # a decimal comma beside the euro ("1,5 Mio. €")
        number = number.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", number):
        number = number.replace(",", "")
    else:
        return None
    return Decimal(number).scaleb(_SCALES[scale.lower()] if scale else 0).normalize()


def read_amount(match: re.Match[str]) -> Amount | None:
    """The amount ``match`` (of ``_AMOUNT``) spells, or None for a number that is none (a list, "1,2,3")."""
    code, sign, word = match.group("code"), match.group("sign"), match.group("word")
    currencies = {c for c in (_CODES.get((code or "").lower()), _SIGNS.get((sign or "").lower()),
                              "EUR" if match.group("glued") else None, _WORDS.get((word or "").lower())) if c}
    if len(currencies) > 1:
        return None
    currency = currencies.pop() if currencies else None
    scale = match.group("scale")
    if scale and scale.lower() == "m" and not sign and not match.group("glued"):
        return None  # README: m is million only after a currency sign ("5,000m" is a race)
    value = _value(match.group("number"), scale, currency == "EUR")
    # a sign holds no place, after its number too ("50 Mio. €"); a code, a word or a dollar's country one each
    worded = bool(code or word and word != "€" or match.group("country") or (sign or "").lower() == "us$")
    power = _SCALES[scale.lower()] if scale else 0
    return Amount(currency, value, worded, power) if value is not None else None


@functools.lru_cache(maxsize=10_000)
def amount_places(text: str) -> tuple[Places, dict[str, Amount]]:
    """``text``'s places with each amount one place, a stand-in word; and the amount each stand-in is."""
    amounts: dict[str, Amount] = {}
    def stand_in(match: re.Match[str]) -> str:
        amount = read_amount(match)
        if amount is None:
            return match.group()
        name = f"zqamt{len(amounts)}"
        amounts[name] = amount
        return f" {name} "
    return places(_AMOUNT.sub(stand_in, text)), amounts


def finds(typed: Amount, typed_sign: bool, written: Amount) -> bool:
    """Whether an amount typed (with its sign alone: ``typed_sign``) finds one written (README's row)."""
    if typed.value != written.value or typed.scale and written.scale and typed.scale != written.scale:
        return False  # README: with its scale or in full, not at another scale ("$2640 million", "2.64 billion")
    if written.currency == typed.currency:
        return True
    return typed_sign and (written.currency is None or not written.worded)


@dataclass
class AmountPhrase:
    """``"paid $50m for"``: words, an amount in one of its spellings, words, in quotes."""

    before: list[str]
    amount: str
    after: list[str]

    def render(self) -> str:
        return '"' + " ".join([*self.before, self.amount, *self.after]) + '"'

    def neutral(self) -> bool:
        return False

    def negative(self) -> bool:
        return False

    def typed(self) -> tuple[Amount, bool]:
        match = _AMOUNT.fullmatch(self.amount)
        amount = read_amount(match) if match else None
        assert amount is not None, self.amount
        # US$ too: a sign, its country a place; the euro's after its number ("4 Mio. €", "50 M€")
        return amount, bool(match and (match.group("sign") or match.group("glued") or match.group("word") == "€"))

    def matches(self, doc) -> bool:  # type: ignore[no-untyped-def]
        typed, sign = self.typed()
        before = [query_places(w)[0] for w in self.before]
        after = [query_places(w)[0] for w in self.after]
        for text in doc.texts.values():
            found, amounts = amount_places(text)
            for at, terms in enumerate(found):
                hits = [amounts[t] for t in terms if t in amounts]
                if not any(finds(typed, sign, written) for written in hits):
                    continue
                start, end = at - len(before), at + 1 + len(after)
                if start >= 0 and end <= len(found) and all(w & found[start + i] for i, w in enumerate(before)) \
                        and all(w & found[at + 1 + i] for i, w in enumerate(after)):
                    return True
        return False


_SPELLINGS = {
    "USD": ["${n}{s}", "${n} {scale}", "US${n} {scale}", "USD {n} {scale}", "{n} {scale} USD", "{n} {scale} dollars",
            "{n} {wire} dlrs"],
    "EUR": ["€{n}{s}", "€{n} {scale}", "EUR {n} {scale}", "{c} Mio. €", "{c} Millionen Euro", "{c} Mio. EUR",
            "{c} M€", "{n} {scale} euros"],
    "GBP": ["£{n}{s}", "£{n} {scale}", "GBP {n} {scale}", "{n} {scale} pounds", "{n} {wire} stg"],
}
_UNSCALED = {"USD": ["${n}", "USD {n}", "{n} dollars"], "EUR": ["€{n}", "{n} euros", "EUR {n}"],
             "GBP": ["£{n}", "{n} pounds"]}
_SCALE_WORDS = {6: ("m", "million", "mln"), 9: ("bn", "billion", "bln")}


def spelled(currency: str, value: Decimal, rng: random.Random) -> str:
    """``value`` in ``currency`` in one of its spellings (README's row), a million's and a billion's with a scale or
    in full after its sign ("$50,000,000")."""
    if value >= 10**6 and value == value.to_integral() and rng.random() < 0.15:
        return {"USD": "$", "EUR": "€", "GBP": "£"}[currency] + f"{int(value):,}"
    for power in (9, 6):
        scaled = value.scaleb(-power).normalize()
        if value >= Decimal(10) ** power and scaled == scaled.quantize(Decimal("0.1")):
            s, scale, wire = _SCALE_WORDS[power]
            pattern = rng.choice(_SPELLINGS[currency])
            if power == 9 and ("Mio" in pattern or "M€" in pattern or "Millionen" in pattern):
                pattern = pattern.replace("Mio.", "Mrd.").replace("Millionen", "Milliarden").replace("M€", "Mrd. €")
            number = f"{scaled:f}"
            return pattern.format(n=number, s=s, scale=scale, wire=wire, c=number.replace(".", ","))
    if value == value.to_integral() and value < 10**6:
        return rng.choice(_UNSCALED[currency]).format(n=f"{value:f}")
    return f"${value:,f}"


_CONTEXT = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # a word as written, "Brazil's" one


def amount_texts(texts: list[str]) -> list[str]:
    """The texts that write an amount with a sign, a scale or a currency's word, to draw phrases from."""
    return [text for text in texts if any(_written(m) for m in _AMOUNT.finditer(text))]


def _written(match: re.Match[str]) -> bool:
    return bool(match.group("scale") or match.group("sign") or match.group("word") or match.group("code"))


def amount_phrase(texts: list[str], rng: random.Random) -> AmountPhrase | None:
    """A phrase through an amount an article writes, with a word or two each side, the amount spelled again in its
    currency (or another, now and then) and at times at another value."""
    text = rng.choice(texts)
    found = [m for m in _AMOUNT.finditer(text) if _written(m)]
    if not found:
        return None
    match = rng.choice(found)
    amount = read_amount(match)
    if re.search(r"\.\d*0\b", match.group("number")):
        return None  # "2.70 billion", "5.50 dlrs": typed "2.7", another number as written (README leaves it open)
    before = _CONTEXT.findall(text[max(0, match.start() - 40):match.start()])[-rng.randint(1, 2):]
    after = _CONTEXT.findall(text[match.end():match.end() + 40])[:rng.randint(1, 2)]
    if amount is None or not before or not after or not re.fullmatch(r"\s+", text[match.end():][:1] or "x") \
            or any(not w.isalpha() or w.lower() in _SCALES or w.lower() in _WORDS or w.isupper() and len(w) < 4
                   for w in before + after):
        return None  # a word of another amount ("1.5 mln vs $33.5 million") is that amount's; IT, PC: acronyms
    before, after = [w.lower() for w in before], [w.lower() for w in after]
    currency = amount.currency if amount.currency and rng.random() < 0.8 else rng.choice(sorted(_SPELLINGS))
    value = amount.value if rng.random() < 0.85 else amount.value * rng.choice([10, Decimal("0.1")])
    return AmountPhrase(before, spelled(currency, value, rng), after)
