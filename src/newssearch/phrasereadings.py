"""The other ways the index reads a text's words, each a phrase may stand in: written out ("Müller" as "mueller"),
the word inside a token ("L'Assemblée"), a hyphenated word or grouped number written solid, an amount after its sign,
an initialism joined by "&" and a word written with a dot at its start (".NET") as its one term, a number word before a scale as its digits,
a number before a scale with zeros ending its decimals as its value.

Each reading is the text's terms and their spans read that way, for ``phrasespans`` to look a phrase up in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .acronymterms import acronyms
from .currencysigns import TERM_SIGNS, amount_terms, may_hold_signs, signed_amounts
from .digitgroups import grouped_numbers
from .dotwords import dot_word_terms, has_dot_words
from .hyphens import number_pair, solid_spellings
from .initialisms import initialism_terms
from .innerwords import HEBREW_PREFIXES, inner_words
from .numberwords import NUMBER_DIGITS, has_number_words, number_word_terms, term_list
from .textanalysis import compound_term
from .timesofday import after_colon
from .tokenpatterns import Span
from .wordreadings import written_out_term
from .zerodecimals import may_hold_values, valued_numbers

Reading = tuple[list[str], Sequence[Span]]  # a text's words read another way: their terms, and where each stands


def written_out(text: str, terms: list[str], spans: Sequence[Span]) -> list[Reading]:
    """"Thomas Müller" is the phrase "thomas mueller" too, as the index holds it."""
    if text.isascii():
        return []
    written = [written_out_term(text[start:end]) or term for (start, end), term in zip(spans, terms)]
    return [(written, spans)] if written != terms else []


def inner_readings(text: str, terms: list[str], spans: Sequence[Span]) -> list[Reading]:
    """The words read as the first word inside each token: "L'Assemblée nationale" holds the phrase "assemblée
    nationale", "9:30am" the phrase "9 30" (``9:30``: "<mark>9:30</mark>am"), "Türkiye'de yapıldı" "türkiye
    yapıldı" and a scraped "the first round.said" "the first round", as the index holds the word inside a token at
    its place (``innerwords.inner_words``); then as the last: a scraped "round.said the coach" holds "said the
    coach". The words inside the tokens are found once for both (twice, a phrase query's snippet of a text of
    200,000 tokens with digits, "rtf1", had taken 2 s)."""
    inner = _inner_spans(text, spans)
    first = _inner_words(text, terms, spans, [found[0] if found else None for found in inner])
    if all(len(found) < 2 for found in inner):  # no token has more than one: the first parts' reading holds them all
        return [first] if first else []
    last = _inner_words(text, terms, spans, [found[-1] if found else None for found in inner])
    return [reading for reading in (first, last) if reading]


def _inner_spans(text: str, spans: Sequence[Span]) -> list[list[Span]]:
    """Where the words inside each token stand in ``text``; none in an acronym ("Ph.D."), as the index reads it
    (``tokenforms.words_of``)."""
    words = [text[start:end] for start, end in spans]
    if all(_letters_alone(word) for word in words):
        return [[] for _ in words]  # a word of letters alone holds no other: the common text, read at once
    special = acronyms(words)
    return [[] if at in special or _letters_alone(word) else
            [(start + first, start + last) for first, last in inner_words(word, after_colon(text, start))]
            for at, (word, (start, _)) in enumerate(zip(words, spans))]


def _letters_alone(word: str) -> bool:
    """Whether ``word`` is letters alone, holding no other word: not a Hebrew word after its article ("הממשלה")."""
    return word.isalpha() and word[:1] not in HEBREW_PREFIXES


def _inner_words(text: str, terms: list[str], spans: Sequence[Span], inner: list[Span | None]) -> Reading | None:
    """The words read as the word inside them where ``inner`` names its place (None: the word whole), or None if none
    is."""
    if not any(inner):
        return None
    places = [part or span for part, span in zip(inner, spans)]
    return [compound_term(text[start:end]) if part else term for (start, end), part, term in zip(places, inner, terms)], places


def _written_solid(text: str, terms: list[str], spans: Sequence[Span]) -> list[Reading]:
    """"e-mail address" is the phrase "email address" too, its hyphenated word written solid; "40\u00a0000 visitors"
    the phrase "40000 visitors"."""
    solid = solid_spellings(text, spans) | grouped_numbers(text, spans)
    if not solid:
        return []
    joined_terms: list[str] = []
    joined_spans: list[Span] = []
    at = 0
    while at < len(spans):
        last, word = solid.get(at, (at, ""))
        if number_pair(word):  # "1-0": the pair's term at its first number's place, the other numbers after it
            joined_terms += [word, *terms[at + 1 : last + 1]]
            joined_spans += spans[at : last + 1]
        else:
            joined_terms.append(compound_term(word) if word else terms[at])
            joined_spans.append((spans[at][0], spans[last][1]))
        at = last + 1
    return [(joined_terms, joined_spans)]


def signed_amount_readings(text: str, terms: list[str], spans: Sequence[Span]) -> list[Reading]:
    """"$50 million" is the phrase "$50 million" too, the number after its sign read as the term the index holds
    beside it (``currencysigns``), and marked with its sign or code: "US<mark>$50 million</mark>", "<mark>20
    €</mark>", "<mark>USD 50</mark>"."""
    tokens = [text[start:end] for start, end in spans]
    signed = signed_amounts(text, spans, tokens) if may_hold_signs(text) else {}
    if not signed:
        return []
    readings: list[Reading] = [([signed[at][0] if at in signed else term for at, term in enumerate(terms)],
                 [(min(span[0], signed[at][1]), max(span[1], signed[at][2])) if at in signed else span
                  for at, span in enumerate(spans)])]
    # "$2.5 million" is "$2500000" at its scale's place too (``fullamounts``), marked from its sign
    full = {at: term for at, term in amount_terms(signed, tokens).items() if at not in signed or signed[at][0] != term}
    if full:
        readings.append(([full.get(at, term) for at, term in enumerate(terms)],
                         [(signed[at - 1][1], max(span[1], signed[at - 1][2])) if at in full else span
                          for at, span in enumerate(spans)]))
    return readings


def initialism_readings(text: str, terms: list[str], spans: Sequence[Span]) -> list[Reading]:
    """"The S&P 500" is the phrase "the s&p p 500" too, the initialism's term at its first letters' place, as the
    index holds it (``initialisms``)."""
    initialisms = initialism_terms(text, spans)
    return [([initialisms.get(at, term) for at, term in enumerate(terms)], spans)] if initialisms else []


def dot_word_readings(text: str, terms: list[str], spans: Sequence[Span]) -> list[Reading]:
    """"The .NET framework" is the phrase "the .net framework" too, the word's term with its dot at its place, marked
    from the dot, as the index holds it (``dotwords``)."""
    dotted = dot_word_terms(text, spans) if has_dot_words(text) else {}
    if not dotted:
        return []
    return [([dotted.get(at, term) for at, term in enumerate(terms)],
             [(span[0] - 1, span[1]) if at in dotted else span for at, span in enumerate(spans)])]


def number_word_readings(text: str, terms: list[str], spans: Sequence[Span]) -> list[Reading]:
    """"Four mln tonnes" is the phrase "4 million tonn" too, a number word's digits at its place before a scale, as the
    index holds them (``numberwords``)."""
    numbers = number_word_terms(term_list(text[start:end] for start, end in spans)) if has_number_words(text) else {}
    return [([numbers.get(at, term) for at, term in enumerate(terms)], spans)] if numbers else []


def valued_readings(text: str, terms: list[str], spans: Sequence[Span]) -> list[Reading]:
    """"2.50 mln dlrs" is the phrase "2.5 million dollar" too, a number's value before a scale at its place, as the
    index holds it (``zerodecimals``)."""
    values = valued_numbers(terms) if may_hold_values(text) else {}
    return [([values[at][0] if at in values else term for at, term in enumerate(terms)], spans)] if values else []


# The other ways the index reads a text's words, each a phrase may stand in, in the order they are looked for.
READINGS: tuple[Callable[[str, list[str], Sequence[Span]], list[Reading]], ...] = (
    written_out, inner_readings, _written_solid, signed_amount_readings, initialism_readings, dot_word_readings,
    number_word_readings, valued_readings)


def _any_term(term: str) -> bool:
    """Any term (a word written out is read only in a text with letters outside ASCII: little to read)."""
    return True


# The readings a phrase found as written is looked for in too, each with the terms it gives that a phrase's word
# shows it needs ("4 mln tonnes" written so and as "four mln tonnes" is marked twice): read only for a phrase with
# such a word, as they cost little then. The word inside a token and a hyphenated word written solid are read only for
# a phrase the words as written do not hold: any phrase may need them, and on Reuters they had cost a phrase's
# snippet a tenth more.
SHOWN_READINGS: tuple[tuple[Callable[[str, list[str], Sequence[Span]], list[Reading]], Callable[[str], bool]], ...] = (
    (written_out, _any_term), (signed_amount_readings, lambda term: term.startswith(TERM_SIGNS)),
    (initialism_readings, lambda term: "&" in term), (dot_word_readings, lambda term: term.startswith(".")),
    (number_word_readings, NUMBER_DIGITS.__contains__), (valued_readings, lambda term: term[:1].isdigit()))
