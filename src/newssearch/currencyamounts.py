"""An amount typed with its currency ($50m, $50 million, US$50 million, £1.2bn) as a query: the number and its scale
as a phrase ("50 million"), the articles writing that currency with it ranked first, those writing another currency
with it last.

The index holds "$50m" as "50" and "million" (``gluedamounts``), with the term "$50" at the 50's place
(``currencysigns``), and a wire's "50 mln dlrs" as "50 million dollars" (``tokenpatterns``). A typed amount is still
the phrase "50 million", so that every article holding it is found, as a Lucene-based tool finds them (it drops the
sign), but ranked in three tiers:

1. the amount in the currency typed: its sign before the number ("$50m", "$50 million", "US$50 million": the phrase
   "$50" "million") or its currency after the scale ("50 mln dlrs", "50 million U.S. dollars", "50 mln stg" for
   £50m), ``config.CURRENCY_AMOUNT_BOOST`` more than a phrase;
2. the amount with no currency ("50 million shares", "50 million people"), ``config.BARE_AMOUNT_WEIGHT`` of a
   phrase: a reader asking for $50m may mean a figure written without its sign;
3. the amount only in another currency ("£50m", "50 mln stg" for $50m), ``config.OTHER_CURRENCY_WEIGHT`` of a
   phrase: another sum of money, which no reader asking for dollars means, but kept (not left out) since the same
   story may give the sum in both, or the reader may misremember its currency.

An article in tier 2 that also writes the amount in another currency is in tier 3: which of its phrases is the sum
cannot be told from its postings, and the other currency says most of them are money.

Typed with a space before its scale or a country before its sign (``$50 million``, ``US$50 million``, ``NZ$2.5 bn``),
an amount is read as written on: it had been two words anywhere (50 AND million), and with the country the phrase
"us 50" that no "$50m" holds. Quoted alone (``"$50m"``), an amount is read as typed: the quotes had made it the bare
phrase, without its currency's ranking.
"""

from __future__ import annotations

import re

from whoosh import query as wq

from . import config
from .currencysigns import signed_term
from .expansions import map_terms
from .gluedamounts import SCALES
from .lucene import outside_quotes
from .schema import SEARCH_FIELDS
from .textanalysis import analyze

# The words written after an amount in each currency, as the wire and papers write them ("50 mln dlrs": dollars).
CURRENCY_WORDS = {"$": ("dollars",), "£": ("sterling", "pounds"), "€": ("euros",), "¥": ("yen",)}
_CURRENCY_SLOP = 2  # words between scale and currency: "50 mln U.S. dlrs", "50 mln Australian dlr"
_SCALE_WORDS = {"million": "m", "mln": "m", "mn": "m", "m": "m", "billion": "bn", "bln": "bn", "bn": "bn",
                "trillion": "tn", "trln": "tn", "tn": "tn", "thousand": "k", "k": "k"}
_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
# A dollar's country before its sign (US$, NZ$, A$, HK$), a sign, a number and a scale a space after it or on it.
_TYPED = re.compile(rf"(?<![\w$£€¥.])(?:(?:US|NZ|AU|A|C|CA|HK|S)(?=\$))?([$£€¥])({_NUMBER})"
                    rf"(?:\s+((?i:million|billion|trillion|thousand|mln|bln|trln|mn|bn|tn))|((?i:[bmt]n|[bm]ln|[mk])))"
                    rf"(?![\w*?~^$]|[.,]\d)")
_WRITTEN_ON = re.compile(rf"(?<![\w.])([$£€¥])({_NUMBER})((?i:[bmt]n|[bm]ln|[mk]))(?![\w*?~]|[.,]\d)")


def typed_amounts(text: str) -> str:
    """``text`` with each amount typed with its currency written on, outside quotes: ``$50 million`` is ``$50m``,
    ``US$1.2 billion`` ``$1.2bn`` (the index reads both as the number and the scale word); an amount quoted alone is
    that amount (``"$50m"`` is ``$50m``)."""
    if not any(sign in text for sign in CURRENCY_WORDS):
        return text
    return outside_quotes(_quoted_alone(text), lambda piece: _TYPED.sub(_written_on, piece))


def _quoted_alone(text: str) -> str:
    """``text`` with each amount quoted alone (``"$50m"``, ``title:"US$50 million"``) unquoted: it had been the bare
    phrase "50 million", without the currency's ranking the amount typed gets. A quote with a proximity or a boost
    after it (``"$50m"~2``), or with other words in it (``"paid $50m"``), stays a phrase."""
    pieces = text.split('"')
    if len(pieces) < 3 or len(pieces) % 2 == 0:  # no quotes, or one unbalanced: the parser's to tell
        return text
    kept = [pieces[0]]
    for at in range(1, len(pieces), 2):
        quoted, after = pieces[at].strip(), pieces[at + 1]
        before = kept[-1][-1:]
        if (_TYPED.fullmatch(quoted) and (before in ("", "(", ":", "-", "+") or before.isspace())
                and (after[:1] in ("", ")") or after[:1].isspace())):
            kept[-1] += quoted + after
        else:
            kept += [pieces[at], after]
    return '"'.join(kept)


def _written_on(match: re.Match[str]) -> str:
    """A typed amount (``_TYPED``) as its sign, number and short scale."""
    sign, number, spaced, glued = match.groups()
    return f"{sign}{number}{_SCALE_WORDS[(spaced or glued).lower()]}"


def with_currency_amounts(query: wq.Query, text: str) -> wq.Query:
    """``query`` with each phrase of an amount ``text`` types with its currency (``$50m``: "50 million") ranking the
    articles that write it in that currency first (its sign before it: "$50m"; its words after it: "50 mln dlrs"),
    those that write it in another currency only last (the module's tiers)."""
    amounts = _amounts(text)  # (querying calls this only for a query typing a currency sign)
    if not amounts:
        return query

    def ranked(leaf: wq.Query) -> wq.Query:
        if not isinstance(leaf, wq.Phrase) or leaf.fieldname not in SEARCH_FIELDS or len(leaf.words) != 2:
            return leaf
        signs = amounts.get((str(leaf.words[0]), str(leaf.words[1])))
        if signs is None:
            return leaf
        boost = leaf.boost * config.CURRENCY_AMOUNT_BOOST
        other = [sign for sign in CURRENCY_WORDS if sign not in signs]
        typed = _written_in(leaf, signs, boost)
        bare = wq.Phrase(leaf.fieldname, leaf.words, slop=leaf.slop, boost=leaf.boost * config.OTHER_CURRENCY_WEIGHT)
        unsigned = wq.Phrase(leaf.fieldname, leaf.words, slop=leaf.slop,
                             boost=leaf.boost * (config.BARE_AMOUNT_WEIGHT - config.OTHER_CURRENCY_WEIGHT))
        tiers = wq.Or([typed, wq.AndNot(unsigned, _written_in(leaf, other, 1.0))]) if other else typed
        return wq.AndMaybe(bare, tiers)

    return map_terms(query, ranked)


def _written_in(leaf: wq.Phrase, signs: list[str], boost: float) -> wq.Query:
    """The amount of ``leaf`` (the phrase of its number and scale) written in the currencies of ``signs``: the sign
    before the number ("$50m", "$50 million": the phrase of "$50" and "million"), or a currency word after the
    scale ("50 mln dlrs")."""
    number, scale = (str(word) for word in leaf.words)
    written: list[wq.Query] = []
    for sign in signs:
        written.append(wq.Phrase(leaf.fieldname, [signed_term(sign, number), scale], boost=boost))
        written += [wq.Phrase(leaf.fieldname, [number, scale, currency], slop=_CURRENCY_SLOP, boost=boost)
                    for currency in _currency_terms(sign)]
    return wq.Or(written)


def _currency_terms(sign: str) -> list[str]:
    """The terms of the words written after an amount in the currency of ``sign`` (``CURRENCY_WORDS``)."""
    return list(dict.fromkeys(term for word in CURRENCY_WORDS[sign] for term in analyze(word)))


def _amounts(text: str) -> dict[tuple[str, str], list[str]]:
    """Each amount ``text`` types with its currency written on, outside quotes, as its phrase's two terms, and the
    signs it is typed with (``$50m``: ("50", "million"): ["$"]; ``$50m OR £50m``: ["$", "£"])."""
    found: dict[tuple[str, str], list[str]] = {}
    for piece in text.split('"')[::2]:
        for match in _WRITTEN_ON.finditer(piece):
            sign, number, scale = match.groups()
            terms = analyze(number)
            if len(terms) != 1:
                continue
            signs = found.setdefault((terms[0], SCALES[scale.lower()]), [])
            if sign not in signs:
                signs.append(sign)
    return found
