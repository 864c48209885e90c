"""Analyzers for news text: lowercase, stopwords, diacritic folding, English stemming.

The schema is pickled into the index, so every filter and stem function here is a module-level,
importable object.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer
from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)

from .stopwords import ACRONYM_STOPWORDS, STOP_WORDS

TOKEN_PATTERN = r"\w+(?:\.?\w+)*"
# Letters that Unicode decomposition does not fold.
_SPECIAL_FOLDS = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
     "Æ": "AE", "Œ": "OE", "Ø": "O", "Ł": "L", "Đ": "D", "Ð": "D", "Þ": "TH"}
)
# Te reo Māori writes a long vowel with a macron or, in some styles, doubled: Māori = Maaori.
_MACRONS = str.maketrans({"ā": "aa", "ē": "ee", "ī": "ii", "ō": "oo", "ū": "uu"})

_STEMMER = Stemmer.Stemmer("english")

# Acronyms: "U.S." (any case) and a word of two or three capitals ("US", "UN", "WHO") amid normal text;
# longer capital words (NATO, NASA) analyse to the same term anyway.
SHOUTED_RUN = 3          # this many capital words in a row are shouting, not acronyms
# An acronym-shaped token in a NUL-joined token list: two or three capitals, or dotted initials.
_ACRONYM_TOKEN = re.compile(r"(?<![^\0])(?:[A-Z]{2,3}|[A-Za-z](?:\.[A-Za-z])+)(?![^\0])")


def stem_english(word: str) -> str:
    """The Snowball (Porter2) English stem of ``word``."""
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Remove diacritics: ``Waitematā`` -> ``Waitemata``, ``café`` -> ``cafe``."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_FOLDS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def double_vowels(text: str) -> str:
    """The double-vowel spelling of a macron word: ``māori`` -> ``maaori``."""
    return text.translate(_MACRONS)


def _acronym_term(word: str) -> str | None:
    """The term of an acronym-shaped token (``U.S`` -> ``us``), or None for a capital stopword.

    A capital word that is also a stopword ("THE", "AND") is an acronym only when it is one of the
    ACRONYM_STOPWORDS (US, UN, WHO, IT); dotted initials always are.
    """
    term = word.replace(".", "").lower()
    return term if "." in word or term not in STOP_WORDS or term in ACRONYM_STOPWORDS else None


def _capitals(word: str) -> bool:
    """A word of two or more characters, all its letters capitals."""
    return len(word) > 1 and word.isupper()


def acronyms(words: list[str], joined: str | None = None) -> dict[int, str]:
    """Positions of the acronyms among ``words`` (tokens as written) and their terms.

    "U.S." is an acronym anywhere; a capital word of two or three letters ("US", "UN", "WHO") is one
    unless it stands in a run of SHOUTED_RUN or more capital words: a headline or text in capitals,
    where "US" is the pronoun. Acronyms are neither stopwords nor stemmed, so "US" and "U.S." both
    find "U.S." and "US", and "us" (the pronoun) finds neither. ``joined`` is ``"\\0".join(words)``
    when the caller has it: candidates are found by one regex over it, not by a loop over every word.
    """
    if joined is None:
        joined = "\0".join(words)
    found: dict[int, str] = {}
    index = counted = 0
    for match in _ACRONYM_TOKEN.finditer(joined):
        index += joined.count("\0", counted, match.start())
        counted = match.start()
        word = match.group()
        term = _acronym_term(word)
        if term is not None and ("." in word or not _in_capital_run(words, index)):
            found[index] = term
    return found


def _in_capital_run(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is one of SHOUTED_RUN or more capital words in a row."""
    start = i
    while start > 0 and i - start < SHOUTED_RUN and _capitals(words[start - 1]):
        start -= 1
    end = i
    while end + 1 < len(words) and end - start + 1 < SHOUTED_RUN and _capitals(words[end + 1]):
        end += 1
    return end - start + 1 >= SHOUTED_RUN


class NewsTokenizer(RegexTokenizer):
    """Whoosh's RegexTokenizer that also marks acronyms (``token.acronym``) and gives them their term."""

    def __call__(self, value: str, positions: bool = False, chars: bool = False,  # type: ignore[override]
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs):  # type: ignore[no-untyped-def]
        if not tokenize or self.gaps:
            for t in super().__call__(value, positions, chars, keeporiginal, removestops, start_pos,
                                      start_char, tokenize, mode, **kwargs):
                t.acronym = False
                yield t
            return
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        matches = list(self.expression.finditer(value))
        special = acronyms([m.group(0) for m in matches])
        for pos, match in enumerate(matches):
            t.acronym = pos in special
            t.text = special[pos] if t.acronym else match.group(0)
            t.boost = 1.0
            if keeporiginal:
                t.original = match.group(0)
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            yield t


class NewsStopFilter(StopFilter):
    """Whoosh's StopFilter that keeps acronyms ("US" is not "us") and keeps a word's other forms with it.

    Another form of a word (``token.variant``: the exact spelling FoldFilter adds) is kept or dropped
    with the word and takes the word's position, so a phrase finds "Waitematā District" either way.
    """

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        stoplist, minsize, maxsize, renumber = self.stops, self.min, self.max, self.renumber
        pos = None
        kept = False
        for t in tokens:
            if getattr(t, "variant", False):
                if kept:
                    if renumber and t.positions:
                        t.pos = pos
                    t.stopped = False
                    yield t
                elif not t.removestops:
                    t.stopped = True
                    yield t
                continue
            text = t.text
            kept = getattr(t, "acronym", False) or (
                len(text) >= minsize and (maxsize is None or len(text) <= maxsize) and text not in stoplist
            )
            if kept:
                if renumber and t.positions:
                    if pos is None:
                        pos = t.pos
                    else:
                        pos += 1
                        t.pos = pos
                t.stopped = False
                yield t
            elif not t.removestops:
                t.stopped = True
                yield t


class NewsStemFilter(StemFilter):
    """Whoosh's StemFilter that leaves acronyms whole ("U.S" is not "u.")."""

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        stemfn, ignore = self._stem, self.ignore
        for t in tokens:
            if not t.stopped and not getattr(t, "acronym", False) and t.text not in ignore:
                t.text = stemfn(t.text)
            yield t


class FoldFilter(Filter):
    """Fold diacritics; when indexing, also keep the exact form and the double-vowel spelling.

    Queries are folded, so ``waitemata`` and ``Waitematā`` both find ``Waitematā``; the exact
    form kept at the same position (``token.variant``) lets a search rank exact-spelling matches first.
    """

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        for t in tokens:
            t.variant = False
            text = t.text
            if text.isascii():
                yield t
                continue
            folded = fold(text)
            t.text = folded
            yield t
            if t.mode != "index":
                continue
            seen = {folded}
            for variant in (text, double_vowels(text)):
                if variant not in seen:
                    seen.add(variant)
                    t.text = variant
                    t.variant = True
                    yield t


def make_analyzer(stem: bool = True):  # type: ignore[no-untyped-def]
    """Tokenize, lowercase, fold, drop stopwords and (optionally) stem."""
    chain = NewsTokenizer(TOKEN_PATTERN) | LowercaseFilter() | FoldFilter() | NewsStopFilter(stoplist=STOP_WORDS)
    if stem:
        chain = chain | NewsStemFilter(stemfn=stem_english, cachesize=100000)
    return chain


def make_name_analyzer():  # type: ignore[no-untyped-def]
    """Names and sources: tokenize, lowercase and fold, no stopwords or stemming."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | FoldFilter()


TEXT_ANALYZER = make_analyzer()
NAME_ANALYZER = make_name_analyzer()


def analyze(text: str, analyzer=TEXT_ANALYZER, mode: str = "query") -> list[str]:  # type: ignore[no-untyped-def]
    """The terms ``analyzer`` makes of ``text``."""
    return [t.text for t in analyzer(text, mode=mode)]
