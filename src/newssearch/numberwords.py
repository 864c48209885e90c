"""A small number written as a word before a scale or per cent ("four mln tonnes", "five million", "ten pct") as its
digits too: ``"4 mln tonnes"`` finds "four mln tonnes", and ``"four million"`` "4 million".

The wire writes numbers under ten as words ("five mln dlrs") and papers write them so up to twenty and in round tens
("thirty per cent"), while a query types digits, or the other way round: the phrase "4 million tonnes" had missed
"four million tonnes". Each such word is also indexed as its digits (``4``: a term at its word's place, as an amount's
``$50`` is, ``currencysigns``), and a typed one is searched as its digits, which find either, and as the word typed,
which finds it where the index holds the word alone: its scale words apart ("five"~3 "Million"), or after another
number word ("twenty-five million") (``number_readings``).

Only a word of NUMBER_WORDS (one to twenty, thirty to ninety) whose next word is a scale (thousand, million, billion,
trillion; the wire's mln, bln and trln) or per cent ("per cent", "percent", "pct"), as the index reads a number's
("10. Million" is the phrase "10 million" too), and not after another number word ("twenty-five million", "two
hundred million" is no 5 and no 2 hundred): "one" alone is a common word ("one of them", "no one"), and "a dozen" or
"hundreds" name no number to write in digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import product

from .startup import lazy_compile
from .tokenpatterns import PERCENT_WORD, plain_word

_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()
_TENS = "thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {word: str(number) for number, word in [*enumerate(_UNITS, 1), *zip(range(30, 100, 10), _TENS)]}
NUMBER_DIGITS = frozenset(NUMBER_WORDS.values())  # the terms a number word is indexed as too
SCALE_TERMS = frozenset({"thousand", "million", "billion", "trillion", PERCENT_WORD})  # the next token's term
# A scale or per cent after a word ("four mln", "five per cent", "ten-million"), then the number word before it: the
# search opens with a scale's first letter, its look-behind after it (a search for the number words first, an
# alternation tried at every character, had made indexing a tenth slower). A quick look, before the tokens are.
_SCALE = re.compile(r"[tTmMbBpP](?<!\w.)(?:(?<=[tT])(?i:housand|rillion|rln)|(?<=[mMbB])(?i:illion|ln)"
                    r"|(?<=[pP])(?i:er\s*cent|ct))(?!\w)")
_NUMBER_BEFORE = lazy_compile(rf"(?i)(?<!\w)({'|'.join(NUMBER_WORDS)})\W+\Z")
_AROUND = 40  # characters before a scale its number word is looked for in


def has_number_words(text: str) -> bool:
    """Whether ``text`` may hold a number word before a scale or per cent."""
    return next(_number_words(text), None) is not None


def may_hold_number_words(terms: list[str]) -> bool:
    """Whether a text's ``terms`` (its tokens lower-cased as terms: "million" for "mln") hold a scale or per cent and a
    number word (a quicker look than ``has_number_words`` where the terms are made already: no search of the text)."""
    return not SCALE_TERMS.isdisjoint(terms) and not NUMBER_WORDS.keys().isdisjoint(terms)


def number_word_terms(terms: list[str]) -> dict[int, str]:
    """The digits of each number word among a text's ``terms`` (its tokens lower-cased as terms: "million" for
    "mln") that a scale or per cent follows, by its place: ``{2: "4"}`` for "produced some four mln tonnes"; not one
    after another number word ("twenty-five million", "two hundred million": 25 and 200, not 5 and 2 hundred). The
    scales are looked up in the list, not each term in turn (most of a wire's stories hold "mln" and a "one")."""
    found: dict[int, str] = {}
    for scale in SCALE_TERMS.intersection(terms):
        at = terms.index(scale)
        while True:
            if at and (digits := NUMBER_WORDS.get(terms[at - 1])) and not (at > 1 and terms[at - 2] in NUMBER_WORDS):
                found[at - 1] = digits
            try:
                at = terms.index(scale, at + 1)
            except ValueError:
                break
    return found


def term_list(tokens: Iterable[str]) -> list[str]:
    """Tokens (as written) as ``number_word_terms`` reads them: each as its term, lower-cased."""
    return [plain_word(token).lower() for token in tokens]


def number_word_spans(text: str) -> list[tuple[int, int, str]]:
    """Where each number word before a scale or per cent stands in ``text``, and its digits: a snippet's mark."""
    return [(*word.span(1), NUMBER_WORDS[word.group(1).lower()]) for word in _number_words(text)]


MAX_NUMBER_READINGS = 8  # a phrase's readings with its number words as their digits or as typed (three words' mixes)


def number_readings(text: str, tokens: list) -> list[list]:  # type: ignore[type-arg]
    """A typed phrase's tokens (``text`` analysed with chars) with each number word before a scale or per cent as its
    digits, as the index holds it at its place, and as typed, every mix of them (all digits first, all as typed last;
    at most MAX_NUMBER_READINGS, else those two), each a list of copies: "four mln tonnes" is 4 million tonn, which
    finds "4 mln tonnes" and "four million tonnes", and four million tonn, which finds the word where the index holds
    it alone, its scale further on ("the top five. Clint Eastwood's Million Dollar Baby" for ``"five million"~3``) or
    after another number word ("twenty-five million"). The tokens alone when ``text`` types no such word."""
    numbers = number_word_terms(term_list(text[t.startchar:t.endchar] for t in tokens)) if has_number_words(text) \
        else {}
    if not numbers:
        return [tokens]
    places = sorted(numbers)
    choices = list(product((True, False), repeat=len(places)))
    if len(choices) > MAX_NUMBER_READINGS:
        choices = [choices[0], choices[-1]]
    readings = []
    for digits in choices:
        reading = [t.copy() for t in tokens]
        for at, as_digits in zip(places, digits):
            if as_digits:
                reading[at].text = numbers[at]
        readings.append(reading)
    return readings


def typed_number(term: str) -> str | None:
    """The digits of a typed number word's term, as the analyzer stems it (``twelv``: 12), or None."""
    return _stemmed().get(term)


@cache
def _stemmed() -> dict[str, str]:
    """NUMBER_WORDS by their English stems, as a query's terms are (made once, when a query first asks)."""
    from .textanalysis import stem_english  # (which imports this module, by tokenforms)

    return {stem_english(word): digits for word, digits in NUMBER_WORDS.items()}


def _number_words(text: str) -> Iterator[re.Match[str]]:
    """Each number word of ``text`` (its group 1) that a scale or per cent follows, in text order."""
    for scale in _SCALE.finditer(text):
        if (word := _NUMBER_BEFORE.search(text, max(0, scale.start() - _AROUND), scale.start())) is not None:
            yield word
