"""A pattern typed over what the index leaves out of a word, as the query the index can answer: dotted initials as
the acronym they spell (``J.K.*``, ``U.S.*``), an amount without its currency sign (``$3m*`` is ``3m*``).

The index holds "J.K." and "U.S." as their acronyms' terms, without the dots (``jk``; ``us.``, whose dot tells it from
the pronoun), and "$3m" as the amount without its sign (``3m``, and ``3`` and ``million``: gluedamounts.py): typed
with the dots or the sign, a pattern had matched no word and found nothing. A wildcard after dotted initials stands
for what goes on from them in a token (a possessive, a plural, a hyphenated word: "U.S.'s", "U.S.-led"), all held as
the acronym's term. Longer initials ("U.S.A.") are not reached: their term is the letters joined (``usa``), as the
capital word's (USA) and a plain word's are, and read as letters ``U.S.*`` would find "use" and "usual". A currency
sign alone before a wildcard (``$*``) stands for no word the index holds, and is refused with what to type.
"""

from __future__ import annotations

from whoosh import query as wq

from .acronymterms import acronyms
from .errors import InvalidQuery, as_typed
from .gluedamounts import CURRENCY_SIGNS
from .patterns import WordPattern, written_pattern
from .startup import lazy_compile

# Two or more single letters joined by dots, a dot after the last or not, then only wildcards: J.K.*, U.S*, U.S.?
_INITIALS = lazy_compile(r"([^\W\d_](?:\.[^\W\d_])+)\.?[*?]+")
# Currency signs and wildcards alone, as a word of their own outside quotes: $*, £?*, title:€*
_SIGN_ALONE = lazy_compile(rf"(?<![^\s(:!+-])[{CURRENCY_SIGNS}]+[*?]+(?=[\s)]|$)")


def initials_term(pattern: str) -> str | None:
    """The acronym's term of dotted initials typed before wildcards (``J.K.*``: ``jk``; ``U.S.?``: ``us.``), or None
    for another pattern."""
    match = _INITIALS.fullmatch(pattern)
    return acronyms([match.group(1) + "."]).get(0) if match else None


def without_currency_sign(pattern: str) -> str:
    """``pattern`` without the currency signs opening it before an amount or a word (``$3m*``: ``3m*``,
    ``£1.2bn*``: ``1.2bn*``), as the index holds the amount; any other pattern as it is."""
    rest = pattern.lstrip(CURRENCY_SIGNS)
    return rest if rest != pattern and rest[:1].isalnum() else pattern


def typed_pattern(fieldname: str, pattern: str, boost: float = 1.0) -> wq.Query:
    """A title's or body's pattern as typed as its query: dotted initials' acronym as its term (``initials_term``),
    any other pattern a WordPattern of it as written, an amount's currency sign left off (``without_currency_sign``)."""
    term = initials_term(pattern)
    if term is not None:
        return wq.Term(fieldname, term, boost=boost)
    return WordPattern(fieldname, written_pattern(without_currency_sign(pattern)), boost=boost)


def check_sign_patterns(text: str) -> None:
    """Refuse a currency sign alone before a wildcard (``$*``), outside quotes: the index holds amounts without their
    sign, so it would have found nothing, with no word to say why."""
    for unquoted in text.split('"')[::2]:
        match = _SIGN_ALONE.search(unquoted) if any(sign in unquoted for sign in CURRENCY_SIGNS) else None
        if match:
            raise InvalidQuery(f"a currency sign alone cannot be a pattern: {as_typed(match.group())}",
                               hint="amounts are held without their sign, $3m as 3m and as 3 million: type the "
                                    "amount, as $3m* or 3m*")
