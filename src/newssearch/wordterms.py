"""The index term a word of article text becomes, in its article's language: what a snippet marks it by."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import cache, lru_cache

from .acronymterms import acronyms
from .currencysigns import is_decimal_token
from .digitgroups import dot_grouped
from .folding import fold
from .gluedamounts import glued_scale
from .stemming import language_stemmer
from .stopwords import CONTENT_STOPWORDS
from .textanalysis import TEXT_ANALYZER, analyze, stem_english
from .tokenpatterns import PERCENT_WORD, plain_word


def _first_term(word: str, lang: str | None = None) -> str | None:
    """The index term a word of article text in the language ``lang`` becomes, stopwords too (a keyword query searches
    "inner" and the "Who" of "Doctor Who", so a snippet marks them; a query that leaves a stopword out has no term to
    mark). A percent token ("%", " pct") is one only where its number stands before it: alone it is still percent; a
    wire's amount word (" mln", " dlrs") is the word it abbreviates, stemmed."""
    if lang is None and word[:1].isdigit() and _NUMBER.fullmatch(word):  # "1.5", "3,000": 1.5, 3000, as the chain
        return word.replace(",", "")  # gives them, in 1 µs, not 40-300 µs (a wire's hits' snippets read hundreds)
    plain = plain_word(word)
    if plain == PERCENT_WORD:
        return PERCENT_WORD
    if plain != word and glued_scale(word):  # "£1.2bn": its own token is the scale, after the number's ("1.2")
        return plain
    if word[:1].isspace():  # the token holds the space after its number ("3 mln"): alone it would read as itself
        word = plain
    elif "," in word and is_decimal_token(word):  # "1,50" of "€1,50": alone it would read as 1 and 50
        word = plain
    if (term := _plain_term(word, plain, lang)) is not None:
        return term
    terms = analyze(word, lang=lang) or [token.text for token in TEXT_ANALYZER(word, mode="query", removestops=False,
                                                                               **({"lang": lang} if lang else {}))]
    return terms[0] if terms else None


# A decimal number with a point, or a whole number grouped by commas in threes: its term is itself, without its commas,
# in English (checked against the analyzer chain on Reuters' and BBC News's 20,485 such words, and random ones)
_NUMBER = re.compile(r"[0-9]+\.[0-9]+|[1-9][0-9]{0,2}(?:,[0-9]{3})+")
# A word of ASCII letters alone or digits alone: one token, no inner words, nothing for FoldFilter to fold
_PLAIN = re.compile(r"[A-Za-z]+|[0-9]+")


def _plain_term(word: str, plain: str, lang: str | None) -> str | None:
    """The term the analyzer chain gives ``word`` (``plain``: its ``plain_word``) when it is plain, letters alone or
    digits alone and no acronym, read without the chain: lower-cased and stemmed as ``NewsStemFilter`` stems it (in
    ``lang``, the stem of the word as written, folded), a stopword too; None for any other word. (The chain reads a
    word in some 50 µs, this in 2: a page of 1,000 hits' snippets had read 20,000 words new to it so.)"""
    # an acronym of letters alone opens with two capitals ("US", "MPs"): a word that does not is none (``acronyms``
    # asked of each word had been a third of a snippet's time for a word new to the process)
    if _PLAIN.fullmatch(word) is None or (word[:2].isupper() and acronyms([word])):
        return None
    lowered = plain.lower()
    stem = language_stemmer(lang)
    return stem_english(lowered) if stem is None else fold(stem(lowered))


@lru_cache(maxsize=131072)
def term_of(word: str) -> str | None:
    """``_first_term`` of an English word (or of a language with no stemmer of its own), cached across queries."""
    return _first_term(word)


def terms_in(lang: str | None) -> Callable[[str], str | None]:
    """``term_of`` for the words of an article in the language ``lang``: stemmed by its rules (``stemming``)."""
    return term_of if language_stemmer(lang) is None else _language_term_of(lang)


@cache
def _language_term_of(lang: str) -> Callable[[str], str | None]:
    """``_first_term`` in ``lang``, cached like ``term_of``."""
    return lru_cache(maxsize=131072)(lambda word: _first_term(word, lang))


def marked_terms_in(lang: str | None, words: Container[str]) -> Callable[[str], str | None]:
    """``terms_in(lang)`` for a snippet marking ``words`` (a query's terms): in a language stemmed by its own rules a
    word has two terms, its stem as written and its stem folded first (Turkish "Bankası": bankas, bankasi), and a
    query typed either way marks it by the one it searched; so has a number grouped with dots ("1.000": 1000)."""
    if language_stemmer(lang) is None:
        return term_of
    language_term_of = _language_term_of(lang)

    def term(word: str) -> str | None:
        written = language_term_of(word)
        if written is None or written in words:
            return written
        if (number := dot_grouped(word, lang)) and number in words:  # "1000" marks a German "1.000"
            return number
        folded = language_term_of(fold(word))
        return folded if folded in words else written
    return term


def searched_terms(word: str, lang: str | None = None) -> list[str]:
    """The terms a keyword query searches ``word`` as (``analyze``), a stop-list word that names something too
    (``CONTENT_STOPWORDS``: "different" is ``differ``, as ``--match all`` searches it); none for a grammar word
    ("the"). What "Did you mean" and fuzzy words count a word by: they reach what a query can search, and no more."""
    terms = analyze(word, lang=lang)
    if terms or word.lower() not in CONTENT_STOPWORDS:
        return terms
    if lang is None:
        return [t.text for t in TEXT_ANALYZER(word, mode="query", removestops=False)]
    return [t.text for t in TEXT_ANALYZER(word, mode="query", removestops=False, lang=lang)]
