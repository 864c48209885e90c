"""A number before a scale written with zeros ending its decimals ("2.50 mln dlrs", "$2.500m", "1.50 billion") as its
value too, at its place: ``2.5`` beside ``2.50``, and an amount's term after its currency (``$2.5`` beside "$2.500m"'s
``$2.500``).

The index holds a number as written, so ``$2.5m``, ``2.5 mln`` and ``"1.5 billion"`` had not found a wire's "2.50 mln
dlrs" nor "1.50 billion", though they are the same amount (a query typed with the zeros is read as its value too:
``fullamounts.valued``). The value is another form of the number, as an amount's ``$50`` is (``currencysigns``): the
field's length and the phrase's places are as they were, and a snippet marks the number as written.

Only before a scale's own term (million, "mln", "bn", "$2.5m"'s m; thousand, billion, trillion): three decimals before
a continental scale word are a group ("1.500 Mio. €" is 1500 million: ``currencysigns`` reads it so), and so are they
in an article in a language that groups digits with dots (a German "1.500 Millionen": ``digitgroups``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .currencysigns import TERM_SIGNS
from .digitgroups import dot_grouped
from .fullamounts import SCALE_POWERS, number_value
from .numberwords import term_list
from .startup import lazy_compile
from .tokenpatterns import word_spans

_SCALES = frozenset(SCALE_POWERS)  # the scales' terms
# Decimals ending in a zero, then a scale's first letter past any characters no token holds ("2.50 mln", "$2.500m",
# "1.50 billion", "2.50\u00a0bn"): the quick look at a text before its terms are read (opening with the point, so that
# the engine looks for it alone; a look through a text's every word for a scale's term had cost a wire's build 1%)
_ZEROS = lazy_compile(r"\.[0-9]*0[\W_]*[mMbBtTkK]")


def may_hold_values(text: str) -> bool:
    """Whether ``text`` may hold a number before a scale whose decimals end in a zero."""
    return _ZEROS.search(text) is not None


def valued_numbers(terms: Sequence[str], signed: Mapping[int, str] | None = None,
                   lang: str | None = None) -> dict[int, tuple[str, ...]]:
    """The value of each number among a text's ``terms`` that a scale's term follows and whose decimals end in zeros,
    by its place (``{1: ("2.5",)}`` for "paid 2.50 mln"); with the value of the term of its amount after its currency
    (``signed``: the terms ``currencysigns`` holds at the places, ``$2.500`` for "$2.500m": ``$2.5``) where that differs
    from its term. Not a number grouped with dots in ``lang`` ("1.500" in German is 1500). The scales are looked
    up in the list, not each term in turn (most of a wire's stories hold "mln")."""
    found: dict[int, tuple[str, ...]] = {}
    for scale in _SCALES.intersection(terms):
        at = _index(terms, scale, 1)
        while at is not None:
            number = terms[at - 1]
            if number[-1:] == "0" and "." in number and (value := number_value(number)) != number \
                    and not dot_grouped(number, lang):
                found[at - 1] = (value, *_signed_value(signed.get(at - 1) if signed else None))
            at = _index(terms, scale, at + 1)
    return found


def _signed_value(term: str | None) -> tuple[str, ...]:
    """The value of an amount's ``term`` after its currency (``$2.5`` for ``$2.500``), when it differs from it."""
    if term is None:
        return ()
    sign = next((sign for sign in TERM_SIGNS if term.startswith(sign)), None)
    if sign is None:
        return ()
    value = sign + number_value(term[len(sign):])
    return (value,) if value != term else ()


def _index(terms: Sequence[str], term: str, start: int) -> int | None:
    """The place of ``term`` among ``terms`` from ``start`` on, or None."""
    try:
        return terms.index(term, start)
    except ValueError:
        return None


def value_spans(text: str, matches: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """Where each number of ``text`` that ``valued_numbers`` reads stands and its value, for the values ``matches``
    takes: a snippet marks the "2.50" of "2.50 mln" for 2.5. The text's tokens are read only when the value of a number
    that may be such matches (most texts a snippet reads hold none)."""
    if not any(matches(number_value(_number_before(text, found.start()))) for found in _ZEROS.finditer(text)):
        return []
    spans = word_spans(text)
    values = valued_numbers(term_list(text[start:end] for start, end in spans))
    return [(*spans[at], found[0]) for at, found in sorted(values.items()) if matches(found[0])]


def _number_before(text: str, point: int) -> str:
    """The number whose decimal point stands at ``point`` in ``text``, from its first digit to its last, as the index
    holds it (its thousands' commas left out: "1,234.50" is 1234.50)."""
    start, end = point, point + 1
    while start and (text[start - 1].isdigit() or text[start - 1] == "," and start > 1 and text[start - 2].isdigit()):
        start -= 1
    while end < len(text) and text[end].isdigit():
        end += 1
    return text[start:end].replace(",", "")
