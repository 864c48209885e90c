"""An amount written with its currency ("$50 million", "£1.2bn", "US$50m", "€3", "€ 20", "20 €", "USD 50", "50 USD"):
when indexing, a term at its number's place that names the currency's sign and the number (``$50``, ``£1.2``),
beside the number's own.

A sign is no word (the tokenizer drops it), so "$50 million", "£50 million" and "50 million shares" had been one
phrase to the index. The term holds the sign itself, which no token's term holds (a typed ``$50`` is the word
"50"), so that searching a word ("dollar", "50", "pound") is as it was; it is another form of the number, as an
exact spelling is, so that the field's length, which counts words, is as it was too. A query for an amount typed
with its sign (``currencyamounts``) asks for the phrase of this term and the scale: ``$50m`` is ``$50`` "million",
found in "$50m", "$50 million" and "US$50 million", not in "£50m" nor "50 million shares".

A dollar's country before its sign (US$, NZ$, A$, C$, HK$, S$, NT$) is a dollar's: a dollar, whichever. The Brazilian
real's R$ is its own (``r$50``: a real is no dollar), and so is the Mexican peso's MX$ (``mx$50``). A sign may stand a
space before its number ("$ 50", "€ 20"), and the euro's a space after it or on it, as European papers set it ("20 €",
"20,50 €": a decimal comma, a "1.000 €" grouped with dots, and so after EUR: "20,50 EUR"); before its number too, the
euro's decimal comma is one ("€1,50" is 1.50, "€1,500" still 1500). Another sign after a decimal comma, as
French-Canadian texts write a dollar ("20,50 $", "20,50 £"), is its currency too; after a whole number ("5$") it is
none. A number grouped with spaces beside its currency ("1 000,50 €", "€1 000", "1 000 EUR") is one number
(``groupedamounts``). An ISO code in capitals before or after a number,
a space apart ("USD 50 million", "50 USD", "NZD 1.2bn"), is its currency's sign: only the codes of the signs read
(``CODES``), none of them a word in capitals ("ALL", "TOP" and "CUP" are currencies too), and only in capitals ("usd
50" in a text is no amount).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Container, Iterator, Sequence
from itertools import chain
from operator import itemgetter

from .codedscales import codes_after, scale_end, scale_term
from .fullamounts import whole_amount, with_full_amounts
from .groupedamounts import GAP, GAPS, grouped_after, grouped_before, grouped_number
from .scaledeuros import NO_AMOUNT_AFTER, OWN_TERMS, SCALE_TERMS, may_hold_scaled, scaled_amounts, worded_phrases
from .startup import lazy_compile

SIGNS = "$£€¥"  # the currency signs read before a number (as ``gluedamounts.CURRENCY_SIGNS``)
REAL = "R$"  # the Brazilian real's sign: the dollar's after an R that opens a word
PESO = "MX$"  # the Mexican peso's sign: the dollar's after an MX that opens a word
TERM_SIGNS = (*SIGNS, REAL.lower(), PESO.lower())  # what a sign's term opens with
# The ISO codes read as their currency's sign: the dollars' (whose signs are read as the dollar's), the euro, the
# pound, the yen, the real and the Mexican peso. Not CNY (the yuan's sign is the yen's, but its word is no "yen").
CODES = {"USD": "$", "NZD": "$", "AUD": "$", "CAD": "$", "HKD": "$", "SGD": "$", "TWD": "$", "EUR": "€",
         "GBP": "£", "JPY": "¥", "BRL": REAL, "MXN": PESO}
# A code as a query types it: in any letter case but CAD's (a cad is a word): ``currencyamounts`` reads it.
TYPED_CODE = "|".join(f"(?i:{code})" if code != "CAD" else code for code in CODES)
_CODE = "|".join(CODES)
_SIGN = lazy_compile(rf"[$£€¥]{GAP}?(?=[0-9])")  # opening with its signs, so that the engine looks for them alone
_CODE_BEFORE = lazy_compile(rf"\b(?:{_CODE}){GAP}(?=[0-9])")
_CODE_AFTER = lazy_compile(rf"(?<![\w.,$£€¥])([0-9](?:[0-9.,]*[0-9])?){GAP}({_CODE})\b")
_EURO_AFTER = lazy_compile(rf"(?<![\w.,$£€¥])([0-9](?:[0-9.,]*[0-9])?){GAP}?$")  # up to a euro's sign
_END = itemgetter(1)
_NUMBER = lazy_compile(r"[0-9](?:[0-9,.]*[0-9])?")  # a token that is a number: 50, 1,000, 1.2, 1,50
_EUROPEAN = lazy_compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+,[0-9]{1,2}")  # 1.000, 1.000,50, 20,50
_BEFORE_EURO = 32  # characters before a euro's sign its number is looked for in


def signed_term(sign: str, number: str) -> str:
    """The term of an amount's ``number`` (as the index holds it: ``1000``, ``1.2``) after ``sign``: ``$50``, the
    real's ``r$50`` (in lower case, as the analyzer chain makes every term); its zero cents dropped (``€1250.00`` is
    ``€1250``: ``fullamounts``)."""
    return sign.lower() + whole_amount(number)


def may_hold_signs(text: str, words: Container[str] | None = None) -> bool:
    """True when ``text`` may hold a number with a currency sign or code (the quick test: most texts hold none);
    ``words``: its tokens, if at hand, among which a code is looked up (searching a text for eleven codes had cost a
    BBC story 50 us, a tenth of the rest of this)."""
    if ("$" in text or "£" in text or "¥" in text) and (_SIGN.search(text) is not None or any(_signs_after(text))) \
            or "€" in text:
        return True
    return has_code(text, words) or may_hold_scaled(text)


def has_code(text: str, words: Container[str] | None = None) -> bool:
    """Whether ``text`` (its tokens ``words``, if at hand) holds a currency's code (``CODES``)."""
    return any(code in words for code in CODES) if words is not None else any(code in text for code in CODES)


def signed_numbers(text: str, spans: Sequence[tuple[int, int]], tokens: Sequence[str],
                   words: Container[str] | None = None) -> dict[int, str]:
    """The term (``signed_term``) of each number among ``tokens`` (a text's tokens as written, at ``spans`` in
    ``text``; ``words``: the same, to look up) written with its currency (the module's forms), by its place; and a
    scaled amount's term in full at its scale's place ("$2500000" at the "million" of "$2.5 million": ``fullamounts``)."""
    return amount_terms(signed_amounts(text, spans, tokens, words), tokens)


def amount_terms(amounts: dict[int, tuple[str, int, int]], tokens: Sequence[str]) -> dict[int, str]:
    """The terms the index holds for ``amounts`` (``signed_amounts``: a text's, among its ``tokens``), by place."""
    found = {place: term for place, (term, _, _) in amounts.items()
             if tokens[place].lower() not in OWN_TERMS}  # the "million" of "50 million €": its own term already
    return with_full_amounts(found, tokens, TERM_SIGNS) if found else found


def signed_amounts(text: str, spans: Sequence[tuple[int, int]], tokens: Sequence[str],
                   words: Container[str] | None = None) -> dict[int, tuple[str, int, int]]:
    """``signed_numbers``' terms, each with where its amount starts and ends in ``text`` from its sign or code to its
    number, or from its number to its sign or code (a snippet marks it so). An amount with its scale written on
    ("$50m") is its number's token, then its own from its sign (``gluedamounts``): the spans' starts are out of order
    there, their ends are not, so the token a number opens is the first to end past its start."""
    found: dict[int, tuple[str, int, int]] = {}
    coded = has_code(text, words)
    for match in chain(_SIGN.finditer(text), _CODE_BEFORE.finditer(text) if coded else ()):
        place = _opened(spans, match.end())
        if place is not None and _NUMBER.fullmatch(token := tokens[place]):
            sign = CODES.get(match.group().rstrip(GAPS)) or _sign(text, match.start())
            if (run := grouped_after(text, match.end())) is not None:  # "€1 000,50": its groups one number
                found[place] = (signed_term(sign, grouped_number(run.group())), match.start(), run.end())
                continue
            # the euro's decimal comma ("€1,50", "€1.000,50") is in its token (``decimalcommas``); "$110,00" is not
            found[place] = (signed_term(sign, _number(token)), match.start(), spans[place][1])
    at = text.find("€")
    while at >= 0:  # "20 €", "20,50 €", "1 000 €": the number before the sign, as Europe writes it
        _number_before(text, spans, "€", at, found, lambda place: True)
        at = text.find("€", at + 1)
    for at in _signs_after(text):  # "20,50 $", "1 000 £": after a decimal comma or groups only ("5$" is no amount)
        _number_before(text, spans, _sign(text, at), at, found, lambda place: is_decimal_token(tokens[place]))
    for match in _CODE_AFTER.finditer(text) if coded else ():  # "50 USD", "1,50 EUR", "20,50 USD" (a decimal comma)
        if (run := grouped_before(text, match.start(2))) is not None:  # "1 000 EUR"
            if (place := _opened(spans, run.start())) is not None and place not in found:
                found[place] = (signed_term(CODES[match.group(2)], grouped_number(run.group())), run.start(),
                                match.end())
        elif (place := _opened(spans, match.start())) is not None and place not in found \
                and spans[place][1] == match.end(1):  # its number one token: "7,5 USD" is none
            found[place] = (signed_term(CODES[match.group(2)], _number(match.group(1))), match.start(), match.end())
    if may_hold_scaled(text):  # "50 Mio. €", "1,5 Mrd. Euro", "50 mio euro": as "€50 million"
        _scaled_euros(text, spans, found)
    if coded:  # "50 Mio. USD": a scale word, then a code
        _coded_after(text, spans, found)
    _scales_after(text, spans, tokens, found)  # "EUR 50 Mio.", "USD 50 Millionen": a scale word after a code's number
    return found


def _scales_after(text: str, spans: Sequence[tuple[int, int]], tokens: Sequence[str],
                  found: dict[int, tuple[str, int, int]]) -> None:
    """The term of each scale word (``codedscales``) right after the number of an amount in ``found`` whose code or
    sign stands before it ("EUR 50 Mio.", "$ 50 Millionen") added to ``found`` at its place, marked to its point."""
    for place, (_, start, _) in list(found.items()):
        scale_at = place + 1
        if start >= spans[place][0] or scale_at >= len(spans) or scale_at in found \
                or spans[scale_at][0] - spans[place][1] != 1 or text[spans[place][1]] not in GAPS \
                or (term := scale_term(tokens[scale_at])) is None:
            continue
        found[scale_at] = (term, spans[scale_at][0], scale_end(text, spans[scale_at][1], tokens[scale_at]))


def _coded_after(text: str, spans: Sequence[tuple[int, int]], found: dict[int, tuple[str, int, int]]) -> None:
    """Each amount of ``text`` with its scale word and then a code ("50 Mio. USD", "50 million GBP") added to
    ``found``: its currency's term at its number's place, its scale's at the scale word's, marked to the code."""
    for match in codes_after(text, _CODE):
        place = _opened(spans, match.start("number"))
        if place is None or place in found or spans[place][1] != match.end("number") or place + 1 == len(spans) \
                or spans[place + 1][0] != match.start("scale"):
            continue
        sign = CODES[match.group("code")]
        found[place] = (signed_term(sign, _number(match.group("number"))), match.start(), match.end("number"))
        found[place + 1] = (SCALE_TERMS[match.group("scale").lower()], match.start("scale"), match.end())


def _number_before(text: str, spans: Sequence[tuple[int, int]], sign: str, at: int,
                   found: dict[int, tuple[str, int, int]], single: Callable[[int], bool]) -> None:
    """The number before ``sign`` at ``at`` in ``text`` (the place of its last character) added to ``found``: its
    groups a space apart ("1 000,50 €"), or one token that ``single`` (its place) takes."""
    opens = at - len(sign) + 1
    if (run := grouped_before(text, opens)) is not None:
        if (place := _opened(spans, run.start())) is not None and place not in found:
            found[place] = (signed_term(sign, grouped_number(run.group())), run.start(), at + 1)
        return
    number = _EURO_AFTER.search(text, max(0, opens - _BEFORE_EURO), opens)
    if number is not None and (place := _opened(spans, number.start())) is not None and place not in found \
            and (sign == "€" or spans[place][1] == number.end(1)) and single(place):
        found[place] = (signed_term(sign, european_number(number.group(1))), number.start(), at + 1)


def _signs_after(text: str) -> Iterator[int]:
    """Where a sign other than the euro's stands after a number's last digit (a space between them or none), with no
    number after it ("20,50 $", "20,50 R$"; not the "$" of "10,20 $5", which is its own number's)."""
    for sign in "$£¥":
        at = text.find(sign)
        while at >= 0:
            opens = sign_start(text, at)
            if _digit_before(text, opens) and not _digit_after(text, at + 1):
                yield at
            at = text.find(sign, at + 1)


def _digit_before(text: str, at: int) -> bool:
    """Whether a digit ends ``text`` before ``at``, or before a space there."""
    return at > 0 and (text[at - 1].isdigit() or at > 1 and text[at - 1] in GAPS and text[at - 2].isdigit())


def _digit_after(text: str, at: int) -> bool:
    """Whether a digit opens ``text`` from ``at``, or after a space there."""
    return at < len(text) and (text[at].isdigit() or text[at] in GAPS and text[at + 1 : at + 2].isdigit())


def _scaled_euros(text: str, spans: Sequence[tuple[int, int]], found: dict[int, tuple[str, int, int]]) -> None:
    """Each amount of ``text`` with its scale word before the euro (``scaledeuros``) added to ``found``: the euro's
    term at its number's place, and its scale's term at the scale word's, marked up to the euro."""
    for match in scaled_amounts(text):
        place = _opened(spans, match.start("number"))
        if place is None or place in found or spans[place][1] != match.end("number") or place + 1 == len(spans) \
                or spans[place + 1][0] != match.start("scale"):
            continue
        found[place] = (signed_term("€", european_number(match.group("number"))), match.start(), match.end("number"))
        found[place + 1] = (SCALE_TERMS[match.group("scale").lower()], match.start("scale"), match.end())


def euros_first(text: str) -> str:
    """``text`` (a query) with each amount written with its scale word before the euro ("50 Mio. €", "50 Millionen
    Euro", "2.5 Mrd. €", in lower case too: "50 mio euro", "2,5 mrd euro") as ``_scaled_euros`` reads it in an
    article, its sign first: "€50 million", "€2.5 billion"; not one with a pattern's, a fuzzy word's or a boost's sign
    after it, as ``currencyamounts`` reads none ("50 Mio. €*" had been "€50 million*")."""
    if not may_hold_scaled(text):
        return text
    return _signs_first(worded_phrases(text, lambda phrase: _signs_first(phrase, worded=True)))


def _signs_first(text: str, worded: bool = False) -> str:
    """``text`` with each scaled euro amount its sign first; ``worded``: the euro's word after it kept ("€50 million
    Euro", "€3 million d'euros"), as the index holds it at its place."""
    pieces, last = [], 0
    for match in scaled_amounts(text):
        if text[match.end() : match.end() + 1] in NO_AMOUNT_AFTER:
            continue
        number, scale = match.group("number", "scale")
        words = text[match.end("scale") : match.end()].lstrip(".").strip() if worded else ""
        words = "" if words == "€" else words  # the sign holds no place
        pieces += [text[last:match.start()], f"€{european_number(number)} {SCALE_TERMS[scale.lower()]}",
                   f" {words}" if words else ""]
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


def _number(token: str) -> str:
    """A number's token after its currency as the index holds the number: "1,000" is 1000, a decimal comma's "1,50"
    (``decimalcommas``: no other token ends in a comma and one or two digits) 1.50."""
    return european_number(token) if is_decimal_token(token) else token.replace(",", "")


def is_decimal_token(word: str) -> bool:
    """Whether the token ``word`` is a decimal amount's (``decimalcommas.join_decimals``): no other token ends in a
    comma and one or two digits."""
    return word[-2:-1] == "," or word[-3:-2] == ","


def _opened(spans: Sequence[tuple[int, int]], at: int) -> int | None:
    """The place of the token that starts at ``at`` among ``spans``, or None."""
    place = bisect_right(spans, at, key=_END)
    return place if place < len(spans) and spans[place][0] == at else None


def european_number(number: str) -> str:
    """A number written before the euro's sign as the index holds a number: a European "1.000,50" is "1000.50",
    "20,50" "20.50"; another as the English write it ("1,000" is "1000")."""
    if _EUROPEAN.fullmatch(number):
        return number.replace(".", "").replace(",", ".")
    return number.replace(",", "")


def sign_start(text: str, at: int) -> int:
    """Where the currency sign at ``at`` in ``text`` starts: at the R of the real's R$ and the MX of the Mexican
    peso's MX$, which are their signs' (a dollar's country, the US of "US$", is not)."""
    return at - len(_sign(text, at)) + 1


def _sign(text: str, at: int) -> str:
    """The currency sign at ``at`` in ``text``: the real's (``REAL``) for a dollar's after an R opening a word, the
    Mexican peso's (``PESO``) after an MX."""
    sign = text[at]
    if sign == "$":
        for signed in (REAL, PESO):
            opens = at - len(signed) + 1
            if opens >= 0 and text.startswith(signed, opens) and (opens == 0 or not text[opens - 1].isalnum()):
                return signed
    return sign
