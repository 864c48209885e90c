"""Analyzers for news text: lowercase, stopwords, diacritic folding, English stemming.

The schema is pickled into the index, so every filter and stem function here is a module-level,
importable object.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import Stemmer
from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)

from .stopwords import STOP_WORDS

TOKEN_PATTERN = r"\w+(?:\.?\w+)*"
# Letters that Unicode decomposition does not fold.
_SPECIAL_FOLDS = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
     "Æ": "AE", "Œ": "OE", "Ø": "O", "Ł": "L", "Đ": "D", "Ð": "D", "Þ": "TH"}
)
# Te reo Māori writes a long vowel with a macron or, in some styles, doubled: Māori = Maaori.
_MACRONS = str.maketrans({"ā": "aa", "ē": "ee", "ī": "ii", "ō": "oo", "ū": "uu"})

_STEMMER = Stemmer.Stemmer("english")


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


class FoldFilter(Filter):
    """Fold diacritics; when indexing, also keep the exact form and the double-vowel spelling.

    Queries are folded, so ``waitemata`` and ``Waitematā`` both find ``Waitematā``; the exact
    form kept at the same position lets a search rank exact-spelling matches first.
    """

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        for t in tokens:
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
                    yield t


def make_analyzer(stem: bool = True):  # type: ignore[no-untyped-def]
    """Tokenize, lowercase, fold, drop stopwords and (optionally) stem."""
    chain = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | FoldFilter() | StopFilter(stoplist=STOP_WORDS)
    if stem:
        chain = chain | StemFilter(stemfn=stem_english, cachesize=100000)
    return chain


def make_name_analyzer():  # type: ignore[no-untyped-def]
    """Names and sources: tokenize, lowercase and fold, no stopwords or stemming."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | FoldFilter()


TEXT_ANALYZER = make_analyzer()
NAME_ANALYZER = make_name_analyzer()


def analyze(text: str, analyzer=TEXT_ANALYZER, mode: str = "query") -> list[str]:  # type: ignore[no-untyped-def]
    """The terms ``analyzer`` makes of ``text``."""
    return [t.text for t in analyzer(text, mode=mode)]
