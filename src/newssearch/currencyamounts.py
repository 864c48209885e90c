"""An amount typed with its currency ($50m, $50 million, US$50 million, £1.2bn) as a query: the number and its scale
as a phrase ("50 million"), as before, the articles writing that currency after it ranked first.

The index holds "$50m" as "50" and "million" (``gluedamounts``) and a wire's "50 mln dlrs" as "50 million dollars"
(``tokenpatterns``): typed "$50m" was the phrase "50 million", which Reuters' share counts ("50 mln shares") and
sterling ("50 mln stg") match as well as its dollars, and they had ranked above them, by their headlines. A typed
amount is still that phrase, so that every such article is found, but ranks the ones whose currency follows it
("50 mln dlrs", "50 million U.S. dollars", "50 mln stg" for £50m) or that write it on ("$50m", by its term "50m")
first: the phrase weighs ``config.BARE_AMOUNT_WEIGHT`` of a phrase, the currency after it
``config.CURRENCY_AMOUNT_BOOST`` more. A currency sign stays out of the index ("$50 million" is "50 million"), so a
typed "$50m" cannot tell a text's "$50 million" from "50 million shares", nor "$50m" from "£50m" (both "50m").

Typed with a space before its scale or a country before its sign (``$50 million``, ``US$50 million``, ``NZ$2.5 bn``),
an amount is read as written on: it had been two words anywhere (50 AND million), and with the country the phrase
"us 50" that no "$50m" holds. Quoted alone (``"$50m"``), an amount is read as typed: the quotes had made it the bare
phrase, without its currency's ranking.
"""

from __future__ import annotations

import re

from whoosh import query as wq

from . import config
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
    articles that write that currency after it (``CURRENCY_WORDS``), or the amount written on ("50m"), first."""
    amounts = _amounts(text)  # (querying calls this only for a query typing a currency sign)
    if not amounts:
        return query

    def ranked(leaf: wq.Query) -> wq.Query:
        if not isinstance(leaf, wq.Phrase) or leaf.fieldname not in SEARCH_FIELDS or len(leaf.words) != 2:
            return leaf
        found = amounts.get((str(leaf.words[0]), str(leaf.words[1])))
        if found is None:
            return leaf
        written, currencies = found
        boost = leaf.boost * config.CURRENCY_AMOUNT_BOOST
        optional: list[wq.Query] = [wq.Phrase(leaf.fieldname, [*leaf.words, currency], slop=_CURRENCY_SLOP,
                                              boost=boost) for currency in currencies]
        optional.append(wq.Term(leaf.fieldname, written, boost=boost))
        bare = wq.Phrase(leaf.fieldname, leaf.words, slop=leaf.slop, boost=leaf.boost * config.BARE_AMOUNT_WEIGHT)
        return wq.AndMaybe(bare, wq.Or(optional))

    return map_terms(query, ranked)


def _amounts(text: str) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """Each amount ``text`` types with its currency written on, outside quotes, as its phrase's two terms: its term as
    written on ("50m") and its currency's terms (``$50m``: ("50", "million"): ("50m", ["dollar"]))."""
    found: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for piece in text.split('"')[::2]:
        for match in _WRITTEN_ON.finditer(piece):
            sign, number, scale = match.groups()
            terms = analyze(number)
            if len(terms) != 1:
                continue
            key = (terms[0], SCALES[scale.lower()])
            currencies = found[key][1] if key in found else []  # $50m OR £50m: either's currency
            currencies += [term for word in CURRENCY_WORDS[sign] for term in analyze(word) if term not in currencies]
            found[key] = (f"{terms[0]}{scale.lower()}", currencies)
    return found
