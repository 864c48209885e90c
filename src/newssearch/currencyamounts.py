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
from collections.abc import Callable
from typing import NamedTuple

from whoosh import query as wq
from whoosh.query.spans import SpanOr

from . import config
from .amountphrases import phrase_amount, signed_phrases, spelled_phrase
from .amounttiers import CURRENCY_SLOP, currency_terms, currency_weight, last_boost, or_written_so, tiers
from .bareamounts import BareAmount
from .codedscales import codes_first, scales_in_english
from .currencysigns import CODES, TYPED_CODE, european_number, euros_first, signed_term
from .expansions import map_terms
from .fullamounts import SCALE_POWERS, number_value, scaled_forms, typed_in_full, valued
from .gluedamounts import SCALES
from .groupedamounts import GAP, grouped_number, grouped_runs
from .lucene import outside_quotes
from .phrases import AmountPhrase
from .schema import SEARCH_FIELDS
from .textanalysis import analyze
from .wordedamounts import signs_first

# The Brazilian real's sign, R$, and the Mexican peso's, MX$, as the query text carries them to the parser: their R
# and MX are no words to search
REAL_MARK = "\u20a2$"  # the cruzeiro's sign, which no one types, before the dollar's
PESO_MARK = "\u20b0$"  # the German penny's sign, which no one types, before the dollar's
_SIGN_MARKS = {REAL_MARK: "R$", PESO_MARK: "MX$"}
_MARKS = {"R": REAL_MARK, "MX": PESO_MARK}
_SCALE_WORDS = {"million": "m", "mln": "m", "mn": "m", "m": "m", "billion": "bn", "bln": "bn", "bn": "bn",
                "trillion": "tn", "trln": "tn", "tn": "tn", "thousand": "k", "k": "k", "b": "bn"}
_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
# A dollar's country before its sign (US$, NZ$, A$, HK$, NT$), or the real's R or the Mexican peso's MX, a sign, a
# number and a scale a space after it or on it, or none.
_TYPED = re.compile(rf"(?<![\w$£€¥.\u20a2\u20b0])(?:(?:US|NZ|AU|A|C|CA|HK|S|NT)(?=\$)|(R|MX)(?=\$))?([$£€¥])({_NUMBER})"
                    rf"(?:\s+((?i:million|billion|trillion|thousand|mln|bln|trln|mn|bn|tn))|((?i:[bmt]n|[bm]ln|[mkb])))?"
                    rf"(?![\w*?~^$]|[.,]\d)")
# A code (in capitals, or in any case but CAD's, a cad) or a sign a space before its number, a code a space after
# it, the euro's sign after it, as the index reads them (``currencysigns``): written as its sign before it. Not a
# proximity's or a boost's number ('"a b"~5 brl', 'oil^2 eur'), nor a code with a wildcard after it ('5 brl*'):
# '"a b"~5 brl*' had become '"a b"~R$5*', refused.
# A dollar's country before its sign stays ("US$ 50m" as "US$50m", as the index reads "US$ 2.5 million").
_SPACED = re.compile(rf"(?<![\w$£€¥.])(?:({TYPED_CODE})|((?:US|NZ|AU|A|C|CA|HK|S|NT|R|MX)\$|[$£€¥]))[ \u00a0]+(?=\d)")
_SIGN_SPACE = re.compile(r"(?<=[$£€¥])[ \u00a0]+(?=\d)")  # "$ 50m" quoted alone: the amount "$50m"
_AFTER = re.compile(rf"(?<![\w.,$£€¥~^])(\d(?:[\d.,]*\d)?)(?:[ \u00a0]*(€)|[ \u00a0]+({TYPED_CODE}))(?![\w$£€¥*])")
_CURRENCY_AFTER = re.compile(rf"{GAP}?[$£€¥]|{GAP}(?:{TYPED_CODE})\b")
_CURRENCY_BEFORE = re.compile(rf"(?:[$£€¥]|\b(?:{TYPED_CODE})){GAP}?$")
_CENTS = re.compile(r"[0-9]+\.[0-9]{2}")  # a number typed with cents: a price, no scaled amount's
# (in quotes, a dollar's country, the real's R and the peso's MX before the sign as typed: "paid US$50m for")
_WRITTEN_ON = re.compile(rf"(?<![\w.\u20a2\u20b0])(?:(?:US|NZ|AU|A|C|CA|HK|S|NT)(?=\$)|(R|MX)(?=\$))?"
                         rf"(\u20a2\$|\u20b0\$|[$£€¥])({_NUMBER})((?i:[bmt]n|[bm]ln|[mkb]))?(?![\w*?~]|[.,]\d)")


def typed_amounts(text: str) -> str:
    """``text`` with each amount typed with its currency written on, outside quotes: ``$50 million`` is ``$50m``,
    ``US$1.2 billion`` and ``1.2 billion dollars`` ``$1.2bn`` (the index reads both as the number and the scale word;
    ``wordedamounts``), and ``50 Mio. €`` (its
    scale word before the euro, in quotes too: ``currencysigns.euros_first``) ``€50m``; an amount quoted alone is
    that amount (``"$50m"`` is ``$50m``)."""
    text = scales_in_english(text, TYPED_CODE)  # "EUR 50 Mio." as "EUR 50 million", "50 Mio. USD" "50 million USD"
    return outside_quotes(_quoted_alone(signed_phrases(euros_first(text))),
                          lambda piece: _TYPED.sub(_written_on, _signed(codes_first(signs_first(piece), TYPED_CODE))))


def _signed(text: str) -> str:
    """``text`` with each amount written with a code or a spaced sign (``USD 50``, ``50 USD``, ``$ 50``, ``20 €``)
    as its sign before its number (``$50``, ``€20``); a decimal comma is a point already (``decimalcommas.typed_decimals``
    reads "€1,50" as "€1.50" first)."""
    text = _typed_groups(text)
    text = _SPACED.sub(lambda match: CODES[match.group(1).upper()] if match.group(1) else match.group(2), text)
    return _AFTER.sub(_sign_before, text)


def _typed_groups(text: str) -> str:
    """``text`` with each number grouped with spaces beside a currency's sign or code one number (``groupedamounts``):
    "1 000 000 €" is "1000000 €", "EUR 3 000" "EUR 3000"; with none, as typed ("in 2024 1 000 people")."""
    pieces, last = [], 0
    for run in grouped_runs(text):
        if _CURRENCY_AFTER.match(text, run.end()) or _CURRENCY_BEFORE.search(text, max(0, run.start() - 8), run.start()):
            pieces += [text[last:run.start()], grouped_number(run.group())]
            last = run.end()
    return "".join(pieces) + text[last:] if pieces else text


def _sign_before(match: re.Match[str]) -> str:
    """An amount with the euro's sign or a code after its number (``_AFTER``) as its sign before it: ``20,50 €`` and
    ``20,50 EUR`` (the euro's decimal comma, as the index reads it) are ``€20.50``, ``50 USD`` ``$50``."""
    number, euro, code = match.groups()
    sign = "€" if euro else CODES[code.upper()]
    return f"{sign}{european_number(number) if sign == '€' else number}"


def _quoted_alone(text: str) -> str:
    """``text`` with each amount quoted alone (``"$50m"``, ``title:"US$50 million"``) unquoted: it had been the bare
    phrase "50 million", without the currency's ranking the amount typed gets; so is one with a space after its sign
    (``"US$ 50 million"``, ``"$ 50m"``), as typed unquoted (a code's, ``"USD 50"``, stays its words). A quote with a
    proximity or a boost
    after it (``"$50m"~2``), or with other words in it (``"paid $50m"``), stays a phrase."""
    pieces = text.split('"')
    if len(pieces) < 3 or len(pieces) % 2 == 0:  # no quotes, or one unbalanced: the parser's to tell
        return text
    kept = [pieces[0]]
    for at in range(1, len(pieces), 2):
        quoted, after = pieces[at].strip(), pieces[at + 1]
        before = kept[-1][-1:]
        if (_TYPED.fullmatch(_SIGN_SPACE.sub("", quoted)) and (before in ("", "(", ":", "-", "+") or before.isspace())
                and (after[:1] in ("", ")") or after[:1].isspace())):
            kept[-1] += quoted + after
        else:
            kept += [pieces[at], after]
    return '"'.join(kept)


def _written_on(match: re.Match[str]) -> str:
    """A typed amount (``_TYPED``) as its sign (the real's as ``REAL_MARK``, the peso's as ``PESO_MARK``), number and
    short scale."""
    country, sign, number, spaced, glued = match.groups()
    scale = spaced or glued
    return f"{_MARKS[country] if country else sign}{number}{_SCALE_WORDS[scale.lower()] if scale else ''}"


def with_currency_amounts(query: wq.Query, text: str) -> wq.Query:
    """``query`` with each phrase of an amount ``text`` types with its currency (``$50m``: "50 million"), each number
    it types after a sign alone (``$80``: "80") and each phrase holding such a number (``"$80 a barrel"``) ranking the
    articles that write it in that currency first (its sign before it: "$50m"; its words after it: "50 mln dlrs"),
    those that write it in another currency only last (the module's tiers). Negations are left as typed: ``-$80``
    excludes every 80, as ``-$50m`` every "50 million"; but a phrase through an amount leaves out each spelling it
    finds (``-"paid $50m for"`` "paid 50 mln dlrs for" too), or its articles had been found beside its NOT."""
    typed = _amounts(text)  # (querying calls this only for a query typing a currency sign)
    if not typed.numbers:
        return query

    def spelled(leaf: wq.Phrase, boost: float) -> wq.Query:
        amount = phrase_amount(tuple(str(word) for word in leaf.words), typed.numbers)
        return leaf if amount is None else spelled_phrase(leaf, amount, boost)

    def left_out(leaf: wq.Query) -> wq.Query:  # inside a NOT: a phrase of more than an amount, every spelling
        if not isinstance(leaf, wq.Phrase) or leaf.fieldname not in SEARCH_FIELDS or len(leaf.words) == 2 \
                and typed.scaled.get((str(leaf.words[0]), str(leaf.words[1]))):
            return leaf  # the amount alone ("-$50m"), left as typed
        return spelled(leaf, leaf.boost)

    def ranked(leaf: wq.Query) -> wq.Query:
        if getattr(leaf, "fieldname", None) not in SEARCH_FIELDS:
            return leaf
        boost = leaf.boost * config.CURRENCY_AMOUNT_BOOST
        if isinstance(leaf, wq.Phrase):
            words = tuple(str(word) for word in leaf.words)
            if len(words) == 2 and (signs := typed.scaled.get(words)):
                ranked_so = tiers(leaf, signs, lambda sign, boost: _written_in(leaf, sign, boost), words)
                # "€1,000,000" holds "€1000000" and no phrase "1 million": found by €1m all the same; a bare
                # "1,000,000" last, with another currency's
                if (full := typed_in_full(*words)) is None:
                    return ranked_so
                return or_written_so(ranked_so, leaf, [*(wq.Term(leaf.fieldname, signed_term(sign, full), boost=boost)
                                                      for sign in signs),
                                                    wq.Term(leaf.fieldname, full, boost=last_boost(leaf))])
            return spelled(leaf, boost)
        if isinstance(leaf, wq.Term) and (signs := typed.alone.get(str(leaf.text))):
            ranked_so = tiers(leaf, signs, lambda sign, boost: _number_in(leaf, sign, boost), (str(leaf.text),))
            # "20,50 €" holds "€20.50" and no number 20.50: found by €20.50 all the same; "$2.5 million" holds
            # "$2500000" (``fullamounts``), and a bare "2.5 million" is found by $2,500,000 last; with its scale in
            # the currency typed, as its scaled form typed finds it ("50 Mio. €", "50 mln dlrs": no number in full)
            # ("$50m" holds both: the best of them counts)
            forms = [wq.Phrase(leaf.fieldname, list(form), boost=last_boost(leaf)) for form in scaled_forms(str(leaf.text))]
            return or_written_so(ranked_so, leaf, [*(_best([_signed_number(leaf, sign, boost),
                                                         *(written for form in forms
                                                           for written in _written_in(form, sign, boost))])
                                                  for sign in signs),
                                                *forms])
        return leaf

    def as_valued(change: Callable[[wq.Query], wq.Query], pick: type[wq.Query]) -> Callable[[wq.Query], wq.Query]:
        # an amount typed with zeros ending its decimals ($2.50m) as typed and as its value ($2.5m): the best of them
        def changed(leaf: wq.Query) -> wq.Query:
            if not isinstance(leaf, wq.Phrase) or (words := valued([str(word) for word in leaf.words])) is None:
                return change(leaf)
            return pick([change(leaf), change(wq.Phrase(leaf.fieldname, words, slop=leaf.slop, boost=leaf.boost))])
        return changed

    return map_terms(_in_negations(query, as_valued(left_out, wq.Or)), as_valued(ranked, wq.DisjunctionMax),
                     skip=(wq.Not,))


def _in_negations(query: wq.Query, change: Callable[[wq.Query], wq.Query]) -> wq.Query:
    """``query`` with the leaves inside its NOTs alone passed through ``change``."""
    if isinstance(query, wq.Not):
        return query.apply(lambda child: map_terms(child, change))
    return query if query.is_leaf() else query.apply(lambda child: _in_negations(child, change))


def _best(queries: list[wq.Query]) -> wq.Query:
    """The best-scoring of ``queries`` (the one when there is one)."""
    return queries[0] if len(queries) == 1 else wq.DisjunctionMax(queries)


def _written_in(leaf: wq.Phrase, sign: str, boost: float) -> list[wq.Query]:
    """The amount of ``leaf`` (the phrase of its number and scale) written in the currency of ``sign``: the sign
    before the number ("$50m", "$50 million": the phrase of "$50" and "million"), or a currency word after the
    scale ("50 mln dlrs")."""
    number, scale = (str(word) for word in leaf.words)
    return [wq.Phrase(leaf.fieldname, [signed_term(sign, number), scale], boost=boost),
            *(AmountPhrase(leaf.fieldname, [number, scale, currency], slop=CURRENCY_SLOP,
                           boost=currency_weight(currency, boost))
              for currency in currency_terms(sign))]


def _number_in(leaf: wq.Term, sign: str, boost: float) -> list[wq.Query]:
    """The number of ``leaf`` written in the currency of ``sign``: after its sign ("$80") or before its word ("80
    dlrs")."""
    number = str(leaf.text)
    return [_signed_number(leaf, sign, boost),
            *(AmountPhrase(leaf.fieldname, [number, currency], slop=CURRENCY_SLOP, boost=currency_weight(currency, boost))
              for currency in currency_terms(sign))]


def _signed_number(leaf: wq.Term, sign: str, boost: float) -> wq.Query:
    """The term of ``leaf``'s number after ``sign``; typed with cents (``$3.50``), a price, only where no scale follows
    it: "$3.5bn" holds "$3.5" too, as "$3.50" does (``fullamounts``). With no boost (another currency's form, which
    marks the bare tier's places: ``amounttiers.tiers``), the term alone."""
    term = wq.Term(leaf.fieldname, signed_term(sign, str(leaf.text)), boost=boost)
    if not boost or _CENTS.fullmatch(str(leaf.text)) is None:
        return term
    # the scales' phrases at no boost: Whoosh's SpanNot adds their scores to the term's, fastscore does not
    return BareAmount(term, SpanOr([wq.Phrase(leaf.fieldname, [str(term.text), scale], boost=0.0)
                                    for scale in SCALE_POWERS]))


class TypedAmounts(NamedTuple):
    """The amounts a query types with a currency: ``scaled``, each with its scale, as its phrase's two terms, and its
    signs (``$50m``: ("50", "million"): ["$"]); ``alone``, each number typed after a sign with no scale (``$80``: "80":
    ["$"]); ``numbers``, every number typed after a sign, with a scale or not, quoted or not (for a phrase)."""

    scaled: dict[tuple[str, str], list[str]]
    alone: dict[str, list[str]]
    numbers: dict[str, list[str]]


def _amounts(text: str) -> TypedAmounts:
    """The amounts ``text`` types with its currency written on (``TypedAmounts``): ``$50m OR £50m`` is ("50",
    "million"): ["$", "£"]."""
    found = TypedAmounts({}, {}, {})
    for at, piece in enumerate(text.split('"')):
        for match in _WRITTEN_ON.finditer(piece):
            country, sign, number, scale = match.groups()
            terms = analyze(number)
            if len(terms) != 1:
                continue
            sign = f"{country}$" if country else _SIGN_MARKS.get(sign, sign)
            for number in dict.fromkeys((terms[0], number_value(terms[0]))):  # $2.50m as $2.5m too (``valued``)
                _add(found.numbers, number, sign)
                if at % 2:  # quoted: a phrase's
                    continue
                if scale:
                    _add(found.scaled, (number, SCALES[scale.lower()]), sign)
                elif number == terms[0]:  # ($2.50 is a price: its term holds its value, 2.5)
                    _add(found.alone, number, sign)
    return found


def _add(signs: dict, key: object, sign: str) -> None:  # type: ignore[type-arg]
    """``sign`` added to the list of ``signs`` of ``key``, once."""
    listed = signs.setdefault(key, [])
    if sign not in listed:
        listed.append(sign)
