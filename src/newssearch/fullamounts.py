"""An amount's other ways of being written: with zero cents or none ("€1,250.00" is "€1250"), and with its scale or in
full ("$2.5 million", "$2.5m" and "50 mln" after a sign are "$2,500,000").

The index holds a number after its currency as one term (``currencysigns.signed_term``: ``€1250``), its zero cents
dropped, so that ``€1250`` finds "€1,250.00" and "1 250,00 €", and ``€1250.00`` finds "€1,250"; real cents stay
(``€1250`` does not find "€1,250.50"), the trailing zero of two left off (``€1250.5``: ``€1,250.5`` and ``€1,250.50``
find each other, ``$3.5`` "$3.50", never "$3.05"). An amount with a scale after its sign ("$2.5 million", "$2.5m",
"$ 7 mln", "50 million €") holds, at its scale's place, the term of the amount in full (``$2500000``), which "$2,500,000"
holds at its number's place: ``$2,500,000`` (the term) finds "$2.5 million", the phrase ``"$2,500,000 for repairs"``
finds "$2.5 million for repairs", and ``$2.5m`` (``currencyamounts``) "$2,500,000". The scale of an amount before the
euro in German, French, Spanish or Italian ("50 Mio. €") holds its scale's term at that place already, and is not read
so: ``€50,000,000`` finds it as ``€50m`` does, by "€50" "million" (``currencyamounts``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .gluedamounts import SCALE_ENDS, glued_scale
from .startup import lazy_compile

# The scales' terms, by the power of ten they stand for (as ``gluedamounts.SCALES`` and ``scaledeuros.SCALE_WORDS``
# name them: "billion" a thousand millions)
SCALE_POWERS = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
# A scale as its own token after a number: written out, in any case ("$5 Million"), or a wire's abbreviation, whose
# token holds the space before it (``tokenpatterns``' " mln": a "MN" alone may be Minnesota)
_SPACED = {"mln": "million", "mn": "million", "bln": "billion", "bn": "billion", "trln": "trillion", "tn": "trillion"}
_LONGEST = 12  # no scale's token is longer (" trillions" is no scale's)
# A number as the index holds one: digits, a point and digits after it; not what Decimal reads besides ("inf", "NaN",
# "1e5", "1_000", "-5"), which a typed query may hold
_NUMBER = lazy_compile(r"\d+(?:\.\d+)?")


def whole_amount(number: str) -> str:
    """A number (as the index holds it: ``1250.00``) with its zero cents dropped (``1250``), and the trailing zero of
    two cents' digits (``3.50`` is ``3.5``: a "$3.5" is the same amount; ``3.05`` stays); any other as it is (three
    decimals may be a group of thousands: "$3.500")."""
    whole, point, cents = number.partition(".")
    if not point or not whole:
        return number
    if cents in ("0", "00"):
        return whole
    return number[:-1] if len(cents) == 2 and cents[1] == "0" else number


def in_full(number: str, scale: str) -> str | None:
    """The number ``number`` (``2.5``) of ``scale`` (a scale's term: ``million``) written in full, as the index holds a
    number (``2500000``; ``1234.5`` for 1.2345 thousand), or None for no scale or no number."""
    power = SCALE_POWERS.get(scale)
    if power is None or not _NUMBER.fullmatch(number):
        return None
    from decimal import Decimal, InvalidOperation  # here: a plain query's start-up spares decimal (~1-2 ms)

    try:
        value = Decimal(number).scaleb(power)
    except InvalidOperation:
        return None
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


def typed_in_full(number: str, scale: str) -> str | None:
    """``in_full`` of an amount a query types with its scale, or None for one of nothing (``$0m``, ``$0.0m``): its
    number in full, 0, is no longer that amount ("tickets cost $0", every "2-0" score), while the index still holds
    "$0m" by its number and scale, as a query finds it."""
    full = in_full(number, scale)
    return None if full is not None and full.strip("0.") == "" else full  # "0" or "0.0": an amount of nothing


def valued(words: Sequence[str]) -> list[str] | None:
    """A phrase's terms (``words``) with the zeros ending the decimals of each number before a scale dropped, its
    value (``2.50`` ``million`` is ``2.5`` ``million``, ``0.0`` ``million`` ``0`` ``million``), or None when none
    has them: "$2.5m" and "2.5 mln dlrs" are indexed by 2.5, which ``$2.50m`` typed had not found."""
    found = [number_value(word) if at + 1 < len(words) and words[at + 1] in SCALE_POWERS else word
             for at, word in enumerate(words)]
    return found if found != list(words) else None


def number_value(number: str) -> str:
    """``number`` without the zeros ending its decimals (``2.50`` is ``2.5``, ``0.0`` ``0``), any other as it is."""
    if not _NUMBER.fullmatch(number) or "." not in number:
        return number
    return number.rstrip("0").rstrip(".")


def scale_of(token: str) -> str | None:
    """The scale's term of a token that follows an amount's number (``million`` for "million", " mln" and "$50m"'s
    own token, whose term it is: ``gluedamounts``), or None."""
    if len(token) > _LONGEST:
        return None
    if token[:1].isspace():
        return _SPACED.get(token[1:].lower())
    word = token.lower()
    if word in SCALE_POWERS:
        return word
    return glued_scale(token) if token[-1:] in SCALE_ENDS else None


def with_full_amounts(found: dict[int, str], tokens: Sequence[str], signs: tuple[str, ...]) -> dict[int, str]:
    """``found`` (the terms of amounts after their currency, by their number's place among ``tokens``; each opening
    with one of ``signs``) with the term of each scaled one in full at its scale's place, where no term stands."""
    full: dict[int, str] = {}
    for place, term in found.items():
        scale_at = place + 1
        if scale_at >= len(tokens) or scale_at in found or (scale := scale_of(tokens[scale_at])) is None:
            continue
        sign = next((sign for sign in signs if term.startswith(sign)), "")
        if sign and (number := in_full(term[len(sign):], scale)) is not None:
            full[scale_at] = sign + number
    return found | full if full else found


def scaled_forms(number: str) -> list[tuple[str, str]]:
    """The ways of writing ``number`` (as the index holds it: ``2500000``) with a scale, each its number and its
    scale's term: ``[("2500", "thousand"), ("2.5", "million")]`` (at most three decimals: no "0.0025 billion")."""
    if not _NUMBER.fullmatch(number):
        return []
    from decimal import Decimal  # here: a plain query's start-up spares decimal

    value = Decimal(whole_amount(number))
    forms = []
    for scale, power in SCALE_POWERS.items():
        scaled = value.scaleb(-power).normalize()
        if scaled >= 1 and -min(0, int(scaled.as_tuple().exponent)) <= 3:
            forms.append((format(scaled, "f"), scale))
    return forms
